// Held-out set 18 (replay issue 15, eighteenth round): a kind of site no detector was tuned
// on (a customer-support help centre, "Lumo Energi", gen/site/care.*: a search box whose
// autocomplete suggestions change as you type, FAQ accordions, a live chat widget in the
// bottom-right corner where the agent's messages and a "typing…" indicator ARRIVE BY
// THEMSELVES at irregular times, a "Contact us" form validated on blur, "Track my ticket"
// answered after 2.4 s with nothing shown meanwhile, "Was this helpful? Yes / No" answered at
// once, a print icon that looks clickable with no handler, a broken "Call me back" button,
// "Download invoice" that throws, a real article page with a back link, a client-side
// "My tickets" route announced as a 'pageview' event, long guides to scroll) and a new input
// model, CarefulHuman (gen/human.mjs: an older user who double-checks: rests on a target
// reading its label before a firm press, reads with the hand off the mouse, scrolls one
// small notch at a time), beside earlier models on screens not used on sets 16 and 17: a
// tremor (TremorHuman, 1536x864), a stylus on an 800x1280 tablet (StylusHuman, turned in
// the hands), a fingertip on a 390x844 phone (TabletHuman, turned), and calm: a gamer's
// mouse (GamerHuman, 1680x1050), a screen magnifier (MagnifierHuman, 1280x720), a trackpad
// (TrackpadHuman, 1512x982) and CarefulHuman (1920x1080). Every recording is in part
// `heldout18`: written, generated and committed before any detector ran on it. Late answers
// are truth by rule (window.__devAnswer; any click answered after more than 1 s is a
// slow_click row in any session: gen/truth.mjs, lateAnswerRows); no calm script presses
// "Track". The scaffolding is in gen/kit.mjs.

import {
  aimSel, hitPoint, pressSel, scriptedSingle, scriptedBurst, rotateTimes, quickBackSpa, quickBack, reenterField,
  shake, shakeWith, wheelThrash, flingThrash,
} from './kit.mjs';

const TAB = { width: 800, height: 1280, deviceScaleFactor: 2 };
const TAB_UA = 'Mozilla/5.0 (Linux; Android 14; SM-X210) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const PHONE = { width: 390, height: 844, deviceScaleFactor: 3 };
const PHONE_UA = 'Mozilla/5.0 (Linux; Android 14; moto g84 5G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';

// a control pressed quickly several times (each press answered at once)
async function repeat(s, sel, n, gapMin, gapMax) {
  const { h } = s;
  for (let i = 0; i < n && i < 10; i++) { if (i === 0) await pressSel(s, sel); else await hitPoint(s, await h.pointIn(sel)); await h.pause(gapMin, gapMax); }
}
// the pointer brought over the FAQ list (a shake starts there)
async function overFaq(s) {
  const { h } = s;
  await h.ensureVisible('#faq-3', { margin: 160 });
  const p = await h.pointIn('#faq-3', { pad: 0.3 });
  await h.moveTo(p.x, p.y); await h.pause(300, 500);
}
// the pointer resting beside the chat's messages while the agent writes by herself
async function besideChat(s, ms) {
  const { h } = s;
  const b = await s.page.locator('#chat-log').boundingBox();
  await h.moveTo(b.x - h.uniform(20, 60), b.y + b.height * h.uniform(0.3, 0.7)); await s.idle(ms);
}
// the chat's head pressed: it is fixed at the bottom of the screen (no scrolling brings it
// higher) and moves up as the agent's messages grow the log, so the hand re-aims when the
// head moved away from under the pointer (as a person would), then presses
async function pressHead(s) {
  const { h, page } = s;
  let p = await aimSel(s, '#chat-toggle', { margin: 8 });
  for (let g = 0; g < 4 && !s.mobile; g++) {
    const over = await page.evaluate(([x, y]) => !!(document.elementFromPoint(x, y) || document.body).closest('#chat-toggle'), [h.x, h.y]);
    if (over) break;
    p = await aimSel(s, '#chat-toggle', { margin: 8 });
  }
  await hitPoint(s, p);
}
const ARTICLE = /care-article\.html$/;
const CARE = /care\.html$/;

const rec = (v) => ({ __consolePlugin: true, ...(v.recordOptions || {}) });
const base = (name, v, describe) => ({ name, part: 'heldout18', page: 'care.html', seed: v.seed, recordOptions: rec(v), describe });
const desk = (name, human, v, describe) => ({ ...base(name, v, describe), device: 'desktop', human, viewport: v.viewport, expectSources: [0, 1, 2, 3] });
const tablet = (name, human, v, describe) => ({ ...base(name, v, describe), device: 'tablet', human, viewport: TAB, userAgent: TAB_UA, expectSources: [0, 2, 3, 4] });
const phone = (name, human, v, describe) => ({ ...base(name, v, describe), device: 'phone', human, viewport: PHONE, userAgent: PHONE_UA, expectSources: [0, 2, 3, 4] });

// A. Careful older user: a slow "Track", a dead click on the print icon, an error on "Download invoice", re-entry in the e-mail field, a shake to find the pointer.
function carefulA(v) {
  return {
    ...desk('h18-careful-a', 'careful', v, 'Older user who double-checks, on a 1280x800 laptop (CarefulHuman, new: rests on a target 0.9-2 s reading its label, a firm 180-320 ms press, reads with the hand off the mouse, scrolls one 50 px notch at a time): `slow_click`: "Track" under "Track my ticket" (the status appears 2.4 s later, nothing shown meanwhile, while the chat agent writes by herself); `dead_click`: the print icon in the header (cursor: pointer and a hover background, no handler); `error_click`: "Download invoice" (console error); `form_reentry` in "E-mail" of the contact form ("anna.berg(at)mail" rejected on blur, pressed again, cleared, "anna.berg@mail.no" typed); `erratic_cursor`: a shake with the button up over the FAQ list (~80 px strokes of 70-110 ms), looking for the pointer.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(400, 700), h.int(250, 400));
      await s.idle(2500);
      await scriptedSingle(s, 'slow_click', '#track', 5000, { answer: 'ticket status' });
      await scriptedSingle(s, 'dead_click', '#icon-print', 4500);
      await scriptedSingle(s, 'error_click', '#invoice', 3000);
      await reenterField(s, '#cemail', 'anna.berg(at)mail', 'anna.berg@mail.no');
      await s.idle(2000);
      await overFaq(s);
      await s.episode('erratic_cursor', async () => { await shake(s, v.shakeMs, v.shakeAmp, 70, 110); });
      await s.idle(3000);
    },
  };
}

// B. Stylus on a tablet: the chat minimised, turned in the hands, rage taps on "Call me back", a slow "Track", an error on "Download invoice".
function stylusB(v) {
  return {
    ...tablet('h18-stylus-b', 'stylus', v, 'Stylus on an 800x1280 tablet at DPR 2 (StylusHuman: the pen hovers before it touches, a short tap with a 0-2 px slip; finger swipes to scroll): minimises the chat (at once); `repeated_rotation`: 4 turns 1.2-2.0 s apart (landscape, portrait, ...); `rage_click`: 5 taps 0.25-0.45 s apart, up to 10 px apart, on "Call me back" (no handler); `slow_click`: a tap on "Track" (the status 2.4 s later, nothing meanwhile); `error_click`: a tap on "Download invoice" (console error); reads down into the FAQ.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await pressHead(s); await s.idle(2000);
      await rotateTimes(s, 4);
      await s.idle(2500);
      await scriptedBurst(s, '#callback', 5, 250, 450, 10);
      await s.idle(1500);
      await scriptedSingle(s, 'slow_click', '#track', 5000, { answer: 'ticket status' });
      await scriptedSingle(s, 'error_click', '#invoice', 3000);
      await h.scrollBy(600); await s.idle(2500);
    },
  };
}

// C. Tremor: rage clicks on "Call me back", a shake, a dead click on the print icon, a quick back through the article, wheel thrash over the guides.
function tremorC(v) {
  return {
    ...desk('h18-tremor-c', 'tremor', v, 'User with a hand tremor on a 1536x864 screen (TremorHuman: a constant 6-9 Hz shake of 1.5-3.5 px, aimed movements corrected by small submovements, long presses): `rage_click`: 6 clicks 0.3-0.6 s apart, up to 14 px apart, on "Call me back" (no handler); `erratic_cursor`: a shake with the button up over the FAQ list (~100 px strokes of 70-110 ms); `dead_click`: the print icon in the header (no handler); `quick_back`: the article link (a real page), back after ~1.5 s by its "Back to the help centre" link (a page load, not history.back()); reads down with the wheel into the guides; `scroll_thrash`: wheel flicks alternating down and up over the guides.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 450));
      await s.idle(2500);
      await scriptedBurst(s, '#callback', 6, 300, 600, 14);
      await s.idle(1200);
      await overFaq(s);
      // the strokes unaimed (the tremor's corrections would slow a shake to a crawl)
      await s.episode('erratic_cursor', async () => { await shakeWith(s, v.shakeMs, v.shakeAmp, 70, 110, { aimed: false }); });
      await s.idle(2000);
      await scriptedSingle(s, 'dead_click', '#icon-print', 4500);
      await h.ensureVisible('#article-link', { margin: 120 }); await s.idle(1500);
      await quickBack(s, '#article-link', async () => { await pressSel(s, '#article-link'); }, ARTICLE, CARE,
        async () => { await pressSel(s, '#back-link'); }, 'the article\'s "Back to the help centre" link (a page load)');
      await page.waitForSelector('#faq-1');
      await s.idle(2500);
      await h.ensureVisible('.guides h2', { margin: 120 }); await h.scrollBy(600); await s.idle(2000);
      await wheelThrash(s, 6);
      await s.idle(3000);
    },
  };
}

// D. Fingertip on a phone: the chat minimised, fling thrash over the guides, turned in the hand, re-entry in "Customer number", a quick back through "My tickets".
function phoneD(v) {
  return {
    ...phone('h18-finger-d', 'tablet', v, 'Fingertip on a 390x844 phone at DPR 3 (TabletHuman: a wide, rolling fingertip; swipes and flings): minimises the chat (at once); reads down with swipes into the guides; `scroll_thrash`: flings alternating up and down over the guides; `repeated_rotation`: 4 turns 1.2-2.0 s apart (landscape, portrait, ...); `form_reentry` in "Customer number" ("4821" rejected on blur, tapped again, cleared, "48213377" typed); `quick_back`: a tap on "My tickets" (a client-side route, pushState + pageview), history.back() after ~1.5 s.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await pressHead(s); await s.idle(2000);
      await h.ensureVisible('.guides h2', { margin: 200 }); await s.idle(1500);
      await h.scrollBy(900); await s.idle(1500);
      await flingThrash(s, 6);
      await s.idle(2000);
      await rotateTimes(s, 4);
      await s.idle(2500);
      await reenterField(s, '#ccust', '4821', '48213377');
      await s.idle(2000);
      await quickBackSpa(s, '#tickets-link', /view=tickets/);
      await s.idle(3000);
    },
  };
}

// Calm E: careful user: search with autocomplete, a suggestion picked (its answer opens), "Yes" at once, the chat's messages arriving beside the resting pointer, a chat message sent, small-step scrolling.
function calmCareful(v) {
  return {
    ...desk('h18-calm-careful', 'careful', v, 'Calm older user who double-checks, on a 1920x1080 screen (CarefulHuman, new): types "meter" slowly into the search box (the suggestions change at once with each letter), rests on the first suggestion and picks it (its FAQ answer opens at once), reads it, presses "Yes" under "Was this helpful?" (a thank-you at once); rests the pointer beside the chat for 9 s while the agent\'s "typing…" and messages arrive by themselves; types "Thank you" into the chat and presses "Send" (shown at once); scrolls down in small notches and back up.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(700, 1100), h.int(300, 450));
      await s.idle(2500);
      await pressSel(s, '#search'); await h.pause(400, 700); await h.type('meter'); await h.pause(800, 1300);
      await pressSel(s, '#sug-0'); await s.idle(5000);
      await pressSel(s, '#helpful-yes'); await s.idle(3000);
      await besideChat(s, 9000);
      await pressSel(s, '#chat-msg'); await h.pause(400, 700); await h.type('Thank you'); await h.pause(600, 900);
      await pressSel(s, '#chat-send'); await s.idle(3000);
      await h.scrollBy(500); await s.idle(2500); await h.scrollBy(-500); await s.idle(v.pauseMs);
    },
  };
}

// Calm F: gamer's mouse: accordions opened and closed quickly, the chat minimised and opened in a row, "No" at once, a suggestion picked.
function calmGamer(v) {
  return {
    ...desk('h18-calm-gamer', 'gamer', v, 'Calm user with a gamer\'s mouse on a 1680x1050 screen (GamerHuman: fast, precise strokes reported every 2 ms): opens and closes FAQ answers quickly, 0.4-0.8 s apart ("Why is my invoice higher" open and closed, "How do I read my meter" open, "I am moving" open, "How do I read my meter" closed; each at once); presses "What is the grid fee?" four times 0.3-0.5 s apart at one spot (open, closed, open, closed; each at once); minimises the chat (at once) and opens it again 3 s later, beside the agent\'s own messages; presses "No" under "Was this helpful?" (a thank-you at once); types "mov" into the search (suggestions at once) and picks the second suggestion, "move date and contract" (its answer opens at once).'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(600, 900), h.int(300, 450));
      await s.idle(2500);
      for (const q of ['#faq-1', '#faq-1', '#faq-2', '#faq-3', '#faq-2']) { await pressSel(s, q); await h.pause(400, 800); }
      await s.idle(2000);
      await repeat(s, '#faq-5', 4, 300, 500); await s.idle(2000);
      await pressHead(s); await s.idle(3000); await pressHead(s); await s.idle(2500);
      await pressSel(s, '#helpful-no'); await s.idle(2500);
      await pressSel(s, '#search'); await h.pause(300, 500); await h.type('mov'); await h.pause(600, 900);
      await pressSel(s, '#sug-1'); await s.idle(3000);
      await h.scrollBy(700); await s.idle(2000); await h.scrollBy(-700); await s.idle(v.pauseMs);
    },
  };
}

// Calm G: screen magnifier: the article read and left by its back link, "My tickets" read and left by its button, the contact form filled in validly and sent.
function calmMagnifier(v) {
  return {
    ...desk('h18-calm-magnifier', 'magnifier', v, 'Calm screen-magnifier user on a 1280x720 screen (MagnifierHuman: short slow pointer steps while the magnified view follows, nudges near a target, a wheel notch at a time): opens the invoice article (a real page), reads 10 s and returns by its "Back to the help centre" link; opens "My tickets" (a client-side route, pushState + pageview), reads 9 s and returns by "Back to the help centre" (another route); opens one FAQ answer; fills in the contact form validly (name, e-mail, customer number) and sends it (a thank-you at once).'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(250, 400));
      await s.idle(2500);
      await pressSel(s, '#article-link'); await page.waitForURL(ARTICLE); await page.waitForLoadState('load'); await s.idle(10000);
      await pressSel(s, '#back-link'); await page.waitForURL(CARE); await page.waitForLoadState('load'); await s.idle(2500);
      await pressSel(s, '#tickets-link'); await s.idle(9000);
      await pressSel(s, '#tickets-back'); await s.idle(2500);
      await pressSel(s, '#faq-4'); await s.idle(3000);
      await pressSel(s, '#cname'); await h.pause(300, 500); await h.type('Per Olsen'); await h.pause(300, 500);
      await pressSel(s, '#cemail'); await h.pause(300, 500); await h.type('per.olsen@mail.no'); await h.pause(300, 500);
      await pressSel(s, '#ccust'); await h.pause(300, 500); await h.type('40218876'); await h.pause(300, 500);
      await pressSel(s, '#csend'); await s.idle(v.pauseMs);
    },
  };
}

// Calm H: trackpad: chat minimised while the agent writes (a badge), opened again, a message sent; a suggestion picked; a FAQ opened; guides read down and back up.
function calmTrackpad(v) {
  return {
    ...desk('h18-calm-trackpad', 'trackpad', v, 'Calm trackpad user on a 1512x982 laptop (TrackpadHuman: light taps, two-finger scrolling with inertia): minimises the chat (at once) and opens it again 8 s later after the agent wrote by herself (a badge counted her messages); types "Is my meter reading in?" and presses "Send" (shown at once); types "grid" into the search (suggestions at once) and picks the first (its answer opens at once); opens "How do I change my price plan?"; reads down the guides and back up.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(600, 900), h.int(300, 450));
      await s.idle(2500);
      await pressHead(s); await s.idle(8000); await pressHead(s); await s.idle(2500);
      await pressSel(s, '#chat-msg'); await h.pause(300, 500); await h.type('Is my meter reading in?'); await h.pause(400, 700);
      await pressSel(s, '#chat-send'); await s.idle(3000);
      await pressSel(s, '#search'); await h.pause(300, 500); await h.type('grid'); await h.pause(600, 900);
      await pressSel(s, '#sug-0'); await s.idle(3000);
      await pressSel(s, '#faq-6'); await s.idle(2500);
      await h.scrollBy(1400); await s.idle(2500); await h.scrollBy(-1400); await s.idle(v.pauseMs);
    },
  };
}

export const HELDOUT18_SESSIONS = [
  calmCareful({ seed: 18505, viewport: { width: 1920, height: 1080 }, pauseMs: 3000 }),
  calmGamer({ seed: 18606, viewport: { width: 1680, height: 1050 }, pauseMs: 3000 }),
  calmMagnifier({ seed: 18707, viewport: { width: 1280, height: 720 }, pauseMs: 3000 }),
  calmTrackpad({ seed: 18808, viewport: { width: 1512, height: 982 }, pauseMs: 3000 }),
  carefulA({ seed: 18101, viewport: { width: 1280, height: 800 }, shakeMs: 2200, shakeAmp: 80 }),
  stylusB({ seed: 18202 }),
  tremorC({ seed: 18303, viewport: { width: 1536, height: 864 }, shakeMs: 2200, shakeAmp: 100 }),
  phoneD({ seed: 18404 }),
];
