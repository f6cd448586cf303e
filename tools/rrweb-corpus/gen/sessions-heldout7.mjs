// Held-out set 7 (replay issue 15, seventh round): a kind of site no detector was tuned on (a
// product page of a home-goods shop with a support chat widget over it, gen/site/kettle.*: a
// photo gallery that turns by itself every 2.5 s and whose arrows change the same photo,
// counter and dots; a quantity stepper; a delivery countdown ticking every second; reviews
// loaded by infinite scroll; a chat whose agent answers after "typing..." dots) and a new mix
// of people: a phone held in landscape (TabletHuman's fingertip on an 844x390 phone, DPR 3),
// keyboard-only with Tab and Space, a pen, a fast hand and a jittery low-resolution mouse on
// desktops. Every recording is in part `heldout7`: written, generated and committed before
// any detector change of round 7 and before any detector ran on it (replay's docs/signals.md).
// The site logs its own answers in window.__answers (not in the DOM): the truth notes name
// the real answer of a click, not the first DOM change (the page changes every second).

import { answersSince, lastEpisode, centre, shake, loops, flingThrash, wheelThrash } from './kit.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const PHONE = { width: 390, height: 844, deviceScaleFactor: 3 };
const PHONE_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';

// press (click or tap) where the hand is, or on a point
async function hit(s, p = null) {
  const { h } = s;
  if (s.mobile) { const q = p || { x: h.x, y: h.y }; await h.tapAt(q.x, q.y); } else await h.pressRelease();
}
async function aim(s, sel) {
  const { h } = s;
  if (s.mobile) { await h.ensureVisible(sel); await h.pause(300, 700); const p = await h.pointIn(sel); h.x = p.x; h.y = p.y; return p; }
  const p = await h.moveToEl(sel); await h.pause(150, 350); return p;
}

// A click or tap the page must answer itself: the episode, then the page's own log.
async function single(s, signal, sel, waitMs) {
  const { h } = s;
  await aim(s, sel);
  await s.episode(signal, async () => { await hit(s, { x: h.x, y: h.y }); if (signal === 'error_click') await sleep(300); }, { target: sel });
  const ep = lastEpisode(s);
  await s.idle(waitMs);
  const log = await answersSince(s, ep.t0);
  if (signal === 'slow_click') ep.answer = log[0] || null;
  if (signal === 'dead_click') ep.answers = log.filter((a) => a.t <= ep.t1 + 5000);
}

async function burst(s, sel, n, gapMin, gapMax, spread) {
  const { h, page } = s;
  const base = await aim(s, sel);
  await s.episode('rage_click', async () => {
    for (let i = 0; i < n && i < 12; i++) {
      let dx = 0, dy = 0;
      if (i > 0) {
        dx = h.gauss(0, spread / 2); dy = h.gauss(0, spread / 2);
        const d = Math.hypot(dx, dy);
        if (d > spread) { dx *= spread / d; dy *= spread / d; }
      }
      const x = Math.round(base.x + dx), y = Math.round(base.y + dy);
      if (s.mobile) await h.tapAt(x, y, { holdMin: 45, holdMax: 90 });
      else { if (i > 0) { await page.mouse.move(x, y, { steps: 2 }); h.x = x; h.y = y; } await h.pressRelease(); }
      await h.pause(gapMin, gapMax);
    }
  }, { target: sel });
  const ep = lastEpisode(s);
  await s.idle(3500);
  ep.answers = (await answersSince(s, ep.t0)).filter((a) => a.t <= ep.t1 + 5000);
}

async function reentry(s, field, bad, good) {
  const { h, page } = s;
  await h.click(`#${field}`);
  await h.pause(300, 500);
  await s.episode('form_reentry', async () => {
    await h.type(bad);
    await h.pause(300, 600);
    await page.keyboard.press('Tab');
    await page.waitForSelector(`#${field}-error:not([hidden])`, { state: 'attached' });
    await s.idle(1800);
    await h.click(`#${field}`);
    await h.pause(250, 450);
    await page.keyboard.press('Control+A');
    await h.pause(150, 300);
    await page.keyboard.press('Backspace');
    await h.pause(500, 900);
    await h.type(good);
    await h.pause(300, 500);
    await page.keyboard.press('Tab');
  }, { target: `#${field}` });
}

async function quickBack(s) {
  const { h, page } = s;
  await aim(s, '#care-link');
  await s.episode('quick_back', async () => {
    await hit(s, { x: h.x, y: h.y });
    await page.waitForURL(/kettle-care\.html/);
    await page.waitForLoadState('load');
    await sleep(h.uniform(1200, 1900));
    await page.evaluate(() => history.back());
    await page.waitForURL(/kettle\.html$/);
    await page.waitForLoadState('load');
  }, { target: '#care-link', how: 'history.back()' });
}

// The phone is held in landscape from the start (before the page loads: no rotation recorded).
async function landscapeStart(s) {
  await s.page.setViewportSize({ width: PHONE.height, height: PHONE.width });
  s.landscape = true;
  s.sensor.beta = 6; s.sensor.gamma = -80;
  await s.sendSensor();
}
// keyboard only: Tab through the page to the control, Space presses it (the browser's click
// carries clientX = clientY = 0)
async function spaceOn(s, sel, n, gapMin, gapMax) {
  const { h, page } = s;
  for (let i = 0, k = h.int(1, 3); i < k; i++) { await page.keyboard.press('Tab'); await h.pause(180, 420); }
  await page.focus(sel);
  await h.pause(250, 600);
  for (let i = 0; i < n; i++) { if (i > 0) await h.pause(gapMin, gapMax); await page.keyboard.press('Space'); }
}
async function quick(s, sel, n, gapMin, gapMax) {
  const { h } = s;
  const p = await aim(s, sel);
  for (let i = 0; i < n; i++) {
    if (s.mobile) await h.tapAt(p.x, p.y); else await h.pressRelease(50, 90);
    await h.pause(gapMin, gapMax);
  }
}

const phone = (name, v, describe) => ({
  name, part: 'heldout7', page: 'kettle.html', device: 'phone', human: 'tablet', viewport: PHONE, userAgent: PHONE_UA,
  seed: v.seed, recordOptions: { __consolePlugin: true, ...(v.recordOptions || {}) }, expectSources: [0, 2, 3, 6], describe,
});
const desk = (name, human, v, describe) => ({
  name, part: 'heldout7', page: 'kettle.html', device: 'desktop', human, viewport: v.viewport,
  seed: v.seed, recordOptions: { __consolePlugin: true, ...(v.recordOptions || {}) }, expectSources: [0, 1, 2], describe,
});

// A. Phone in landscape: a dead tap on Compare, a slow Check delivery, fling thrash over the reviews, postcode re-entry, quick back.
function phoneA(v) {
  return {
    ...phone('h7-phone-a', v, 'Phone held in landscape (844x390, DPR 3, TabletHuman\'s fingertip): taps "next photo" once (answered); `dead_click`: a tap on "Compare" (cursor: pointer, dashed underline, no handler; the slideshow and countdown change meanwhile); `slow_click`: a tap on "Check delivery" (the real answer after 3.3 s); `form_reentry` on the postcode (rejected on blur, cleared, retyped); `scroll_thrash`: flings alternating up and down over the reviews (infinite scroll loads more); `quick_back` through "Care guide", back after ~1.5 s.'),
    async run(s) {
      const { h } = s;
      await landscapeStart(s);
      await s.open();
      await s.idle(2500);
      await h.tap('#next');
      await s.idle(2500);
      await single(s, 'dead_click', '#compare', 4500);
      await single(s, 'slow_click', '#deliv-btn', 5500);
      await reentry(s, 'postcode', '015', '0150');
      await s.idle(2500);
      await h.scrollBy(900);
      await s.idle(2500);
      await flingThrash(s, 6);
      await s.idle(3000);
      await h.scrollBy(-4000);
      await s.idle(1500);
      await quickBack(s);
      await s.idle(3000);
    },
  };
}

// B. Phone: rage taps on Notify me, an error tap on the wishlist, repeated rotation, the chat used.
function phoneB(v) {
  return {
    ...phone('h7-phone-b', v, 'Phone (landscape at first, TabletHuman): `rage_click`: 5 taps ~0.3 s apart, up to 12 px apart, on "Notify me" (no handler); `error_click`: a tap on "Add to wishlist" (console error); opens the chat and taps a quick reply (answered after the typing dots); `repeated_rotation`: 4 turns 1.2-2.0 s apart; taps "+" twice quickly (answered).'),
    expectSources: [0, 2, 4],
    async run(s) {
      const { h } = s;
      await landscapeStart(s);
      await s.open();
      await s.idle(2500);
      await burst(s, '#notify-btn', 5, 220, 380, 12);
      await single(s, 'error_click', '#wish-btn', 3000);
      await h.tap('#chat-open');
      await s.idle(1500);
      await h.tap('#qr-return');
      await s.idle(3000);
      await h.tap('#chat-close');
      await s.idle(2000);
      await s.episode('repeated_rotation', async () => {
        for (let i = 0; i < 4; i++) { if (i > 0) await h.pause(1200, 2000); await s.rotate(i % 2 === 1); }
      });
      await s.idle(3000);
      await quick(s, '#plus', 2, 250, 400);
      await s.idle(3000);
    },
  };
}

// C. Desktop pen: a shake, slow spread rage on Compare, an error click, quick back.
function deskC(v) {
  return {
    ...desk('h7-desk-c', 'pen', v, 'Desktop pen (PenHuman): clicks "next photo"; `erratic_cursor`: a shake (~60 px, 70-120 ms strokes) over the gallery; `rage_click`: 4 clicks ~0.5 s apart, up to 14 px apart, on "Compare" (no handler); `error_click` on "Add to wishlist"; `quick_back` through "Care guide".'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(400, 700), h.int(300, 450));
      await s.idle(2000);
      await h.click('#next');
      await s.idle(2500);
      await h.moveTo(h.uniform(250, 450), h.uniform(200, 300));
      await h.pause(300, 600);
      await s.episode('erratic_cursor', async () => { await shake(s, v.shakeMs, v.shakeAmp, 70, 120); });
      await s.idle(2500);
      await burst(s, '#compare', 4, 430, 600, 14);
      await single(s, 'error_click', '#wish-btn', 3000);
      await quickBack(s);
      await s.idle(3000);
    },
  };
}

// D. Desktop jittery mouse: loops, a dead click on Notify me, slow delivery, wheel thrash, chat email re-entry.
function deskD(v) {
  return {
    ...desk('h7-desk-d', 'jitter', v, 'Desktop mouse with a jittery low-resolution sensor (JitterHuman): `erratic_cursor`: the pointer circled around one spot (~45 px loops); `dead_click` on "Notify me" (once); `slow_click` on "Check delivery" (the real answer after 3.3 s; the countdown and slideshow change meanwhile); opens the chat; `form_reentry` on the chat\'s email (rejected on blur, cleared, retyped); `scroll_thrash`: wheel flicks down and up over the reviews.'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(400, 700), h.int(300, 450));
      await s.idle(2000);
      await h.moveTo(h.uniform(250, 450), h.uniform(180, 280));
      await h.pause(300, 600);
      await s.episode('erratic_cursor', async () => { await loops(s, v.shakeMs, v.loopR, 420, 560); });
      await s.idle(3000);
      await single(s, 'dead_click', '#notify-btn', 4500);
      await single(s, 'slow_click', '#deliv-btn', 5500);
      await h.click('#chat-open');
      await s.idle(2000);
      await reentry(s, 'chat-email', 'kofi@mail', 'kofi@mail.com');
      await s.idle(2500);
      await h.click('#chat-close');
      await s.idle(1500);
      await h.moveTo(h.uniform(300, 600), h.uniform(350, 500));
      await h.scrollBy(700);
      await s.idle(2500);
      await wheelThrash(s, 6);
      await s.idle(3000);
    },
  };
}

// Calm E: phone in landscape: quick next-photo taps, quick + taps, chat quick reply, infinite scroll flings, one rotation kept.
function calmPhone(v) {
  return {
    ...phone('h7-calm-phone', v, 'Calm phone in landscape (TabletHuman): taps "next photo" four times quickly (~0.25-0.4 s apart, each answered: the same photo, counter and dots the slideshow turns every 2.5 s) and "previous" twice; taps "+" four times quickly (each answered: quantity and total) and "-" once; opens the chat, taps "Where is my order?" (answered after ~0.8 s of typing dots), closes it; flings down through the reviews (infinite scroll loads more) with reading pauses and back up once; turns the phone to portrait ONCE and keeps it.'),
    expectSources: [0, 2, 3, 4],
    async run(s) {
      const { h } = s;
      await landscapeStart(s);
      await s.open();
      await s.idle(3000);
      await quick(s, '#next', 4, 200, 330);
      await s.idle(2500);
      await quick(s, '#prev', 2, 300, 450);
      await s.idle(3000);
      await quick(s, '#plus', 4, 200, 330);
      await h.pause(500, 800);
      await h.tap('#minus');
      await s.idle(2500);
      await h.tap('#chat-open');
      await s.idle(1500);
      await h.tap('#qr-order');
      await s.idle(3500);
      await h.tap('#chat-close');
      await s.idle(2000);
      await h.fling(-500); await s.idle(2500); await h.fling(-500); await s.idle(2500); await h.fling(-500); await s.idle(2000);
      await h.fling(450); await s.idle(2500);
      await s.rotate(false);
      await s.idle(v.pauseMs);
      await h.tap('#next');
      await s.idle(2500);
    },
  };
}

// Calm F: keyboard only (Tab + Space): quick presses on next photo and +, a valid postcode, a slow care-guide visit.
function calmKeyboard(v) {
  return {
    ...desk('h7-calm-keyboard', 'human', v, 'Calm keyboard-only desktop user (Tab and Space, maskAllInputs; the mouse rests): Space four times quickly on "next photo" (each answered; the browser\'s clicks are at x = y = 0) while the slideshow turns by itself, Space three times on "+", a valid postcode and "Check delivery" (answered after 3.3 s, waited for), Enter on "Care guide" read slowly (~9 s) and back; long rests.'),
    expectSources: [0, 2],
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 450));
      await s.idle(2500);
      await spaceOn(s, '#next', 4, 250, 420);
      await s.idle(3000);
      await spaceOn(s, '#plus', 3, 280, 450);
      await s.idle(2500);
      await page.focus('#postcode');
      await h.pause(300, 600);
      await h.type('0150');
      await page.keyboard.press('Tab');
      await h.pause(400, 700);
      await page.keyboard.press('Space');
      await s.idle(6000);
      await page.focus('#care-link');
      await h.pause(300, 600);
      await page.keyboard.press('Enter');
      await page.waitForURL(/kettle-care\.html/);
      await s.idle(9000);
      await page.evaluate(() => history.back());
      await page.waitForURL(/kettle\.html$/);
      await s.idle(v.pauseMs);
    },
  };
}

// Calm G: fast hand: quick arrows and stepper, chat, wheel scan with infinite scroll, word selection.
function calmFast(v) {
  return {
    ...desk('h7-calm-fast', 'fast', v, 'Calm fast desktop hand (FastHuman): clicks "next photo" four times quickly (~0.15-0.3 s apart, each answered) and "previous" twice, "+" three times quickly and "-" once, "Add to basket"; opens the chat, a quick reply (answered after the typing dots), closes it; scans the reviews down with the wheel (infinite scroll loads more) and up with reading pauses; double-clicks a word in the description; rests.'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 450));
      await s.idle(2500);
      await quick(s, '#next', 4, 150, 300);
      await s.idle(2000);
      await quick(s, '#prev', 2, 250, 400);
      await s.idle(2500);
      await quick(s, '#plus', 3, 150, 300);
      await h.click('#minus');
      await h.pause(400, 700);
      await h.click('#add-btn');
      await s.idle(2500);
      await h.click('#chat-open');
      await s.idle(1200);
      await h.click('#qr-return');
      await s.idle(3000);
      await h.click('#chat-close');
      await s.idle(2000);
      await h.moveTo(h.uniform(300, 600), h.uniform(350, 500));
      await h.scrollBy(900);
      await s.idle(2000);
      await h.scrollBy(900);
      await s.idle(2500);
      await h.scrollBy(-1400);
      await s.idle(2000);
      await h.scrollBy(-1200);
      await s.idle(2000);
      const w = await h.wordBox('#desc', 'Borosilicate');
      await h.moveTo(w.x + w.width / 2, w.y + w.height / 2);
      await h.pause(200, 400);
      await h.doubleClick();
      await s.idle(v.pauseMs);
    },
  };
}

// Calm H: pen: dots and thumbnails, reading clicks, drag selection, a valid chat email, a slow care-guide visit.
function calmPen(v) {
  return {
    ...desk('h7-calm-pen', 'pen', v, 'Calm desktop pen (PenHuman): clicks three gallery dots (answered), reading clicks on the description and the price, drag-selects a line of the description, opens the chat and types a valid email, closes it, reads the "Care guide" slowly (~8 s) and comes back; rests while the slideshow and countdown change.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 450));
      await s.idle(2500);
      await h.click('#d3'); await s.idle(1500); await h.click('#d5'); await s.idle(1500); await h.click('#d1');
      await s.idle(2500);
      await h.click('#desc');
      await s.idle(2500);
      await h.click('#price');
      await s.idle(2000);
      await h.dragSelect('#desc');
      await s.idle(2500);
      await h.click('#chat-open');
      await s.idle(1500);
      await h.click('#chat-email');
      await h.type('ana.silva@example.org');
      await page.keyboard.press('Tab');
      await s.idle(2000);
      await h.click('#chat-close');
      await s.idle(2000);
      await h.click('#care-link');
      await page.waitForURL(/kettle-care\.html/);
      await s.idle(8000);
      await page.evaluate(() => history.back());
      await page.waitForURL(/kettle\.html$/);
      await s.idle(v.pauseMs);
    },
  };
}

export const HELDOUT7_SESSIONS = [
  calmPhone({ seed: 7505, pauseMs: 5000 }),
  calmKeyboard({ seed: 7606, viewport: { width: 1440, height: 900 }, pauseMs: 5000, recordOptions: { maskAllInputs: true } }),
  calmFast({ seed: 7707, viewport: { width: 1920, height: 1080 }, pauseMs: 5000 }),
  calmPen({ seed: 7808, viewport: { width: 1366, height: 768 }, pauseMs: 5000 }),
  phoneA({ seed: 7101 }),
  phoneB({ seed: 7202 }),
  deskC({ seed: 7303, viewport: { width: 1536, height: 864 }, shakeMs: 2000, shakeAmp: 60 }),
  deskD({ seed: 7404, viewport: { width: 1280, height: 800 }, shakeMs: 2400, loopR: 45 }),
];
