// Held-out set 21 (replay issue 15, twenty-first round): a kind of site no detector was tuned
// on (a concert-ticket seat picker, "Nordlys Tickets", gen/site/tix.*: an interactive SEAT
// MAP of 200 seats in two sections (Stalls rows A-J with an aisle, Balcony rows K-M); hovering
// a seat shows a tooltip with row, seat and price at once; a press on a free seat selects it
// (a basket line at once) and a second press deselects it; SOLD seats are greyed (cursor:
// not-allowed) and have no handler; a "Seats held for 9:59" countdown in the header that
// ticks by itself every second; zoom - / + and section buttons (Stalls, Balcony, Whole hall)
// answered at once; a price slider that dims the seats above its price while it moves; a
// basket drawer opened and closed from the header; a real "Venue info" page
// (tix-venue.html) and a client-side "My tickets" route (pushState + a 'pageview' event);
// long "Event details and FAQ"; "Continue to checkout" answered after 2.8-3.3 s with nothing
// shown meanwhile, the "Accessible seating" info icon styled clickable with no handler, a
// broken primary "Apply promo code" button, "Add to calendar" that throws, "E-mail for
// tickets" validated on blur) and a new input model, PalmHuman (gen/human.mjs: a laptop
// trackpad with tap-to-click, light 40-90 ms taps, a double-tap-to-drag, and a palm that
// makes the pointer jump 20-80 px in one sample and now and then taps by accident where the
// pointer is, with no aim), beside earlier models on screens not used on sets 19 and 20: a
// tremor (TremorHuman, 1600x900), a stylus on an 800x1280 tablet (StylusHuman, turned), a
// fingertip on a 384x854 phone (TabletHuman, turned), and calm: PalmHuman (1280x800), a
// trackball (TrackballHuman, 1920x1200), a fingertip on a 768x1024 tablet (TabletHuman, one
// turn) and a thumb on a 390x844 phone (ThumbHuman). Every recording is in part `heldout21`:
// written, generated and committed before any detector ran on it. Late answers are truth by
// rule (window.__devAnswer; any click answered after more than 1 s is a slow_click row in any
// session: gen/truth.mjs, lateAnswerRows); no calm script presses "Continue to checkout".
// The scaffolding is in gen/kit.mjs.

import {
  aimSel, hitPoint, pressSel, scriptedSingle, scriptedBurst, rotateTimes, quickBackSpa, quickBack, reenterField,
  blurReentry, shakeWith, wheelThrash, flingThrash, rageBurst, hoverAcross,
} from './kit.mjs';

const wait = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const TAB_S = { width: 800, height: 1280, deviceScaleFactor: 2 };
const TAB_S_UA = 'Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const TAB_F = { width: 768, height: 1024, deviceScaleFactor: 2 };
const TAB_F_UA = 'Mozilla/5.0 (Linux; Android 12; Lenovo TB-J606F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const PHONE_A = { width: 384, height: 854, deviceScaleFactor: 2.8125 };
const PHONE_A_UA = 'Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const PHONE_T = { width: 390, height: 844, deviceScaleFactor: 3 };
const PHONE_T_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const VENUE = /tix-venue\.html$/;
const TIX = /tix\.html$/;

// `n` free seats side by side in one row, all on screen (a random pick among such runs, by
// the session's own draws), or one sold seat (`sold`); their element ids
async function seatRun(s, n, { sold = false, margin = 90 } = {}) {
  const r = s.h.rand();
  const ids = await s.page.evaluate(([n, sold, margin, r]) => {
    const runs = [];
    for (const row of document.querySelectorAll('#map .srow')) {
      const ss = [...row.querySelectorAll('.seat')];
      for (let i = 0; i + n <= ss.length; i++) {
        const part = ss.slice(i, i + n);
        if (part.some((e) => e.classList.contains('sold') !== sold || e.classList.contains('sel'))) continue;
        if (part.slice(1).some((e) => e.classList.contains('gap'))) continue;
        const ok = part.every((e) => { const b = e.getBoundingClientRect(); return b.top > margin && b.bottom < innerHeight - margin && b.left > 4 && b.right < innerWidth - 4; });
        if (ok) runs.push(part.map((e) => e.id));
      }
    }
    return runs.length ? runs[Math.floor(r * runs.length)] : null;
  }, [n, sold, margin, r]);
  if (!ids) throw new Error(`seatRun: no ${n} ${sold ? 'sold' : 'free'} seats side by side on screen`);
  return ids.map((id) => '#' + id);
}
// the map on screen (seats are small: a phone or tablet user brings them well inside)
async function showMap(s) { await s.h.ensureVisible('#map', { margin: s.mobile ? 70 : 60 }); await s.h.pause(300, 600); }
// seats pressed one after the other, `gapMin`-`gapMax` ms apart (a short stroke between
// neighbours on a desktop; a tap each on a touch screen); each press is answered at once
async function pressSeats(s, sels, gapMin, gapMax) {
  const { h } = s;
  for (let i = 0; i < sels.length && i < 8; i++) {
    const p = await h.pointIn(sels[i], { pad: 0.3 });
    if (s.mobile) await h.tapAt(p.x, p.y, { holdMin: 50, holdMax: 100 });
    else {
      await h.moveTo(p.x, p.y, { durationMs: h.uniform(110, 190) });
      await h.pause(40, 90); await h.pressRelease();
    }
    await h.pause(gapMin, gapMax);
  }
}
// the price slider's thumb dragged from its value `from` to `to` (NOK), the button held
// (PalmHuman: a double-tap-to-drag)
async function dragSlider(s, from, to) {
  const { h, page } = s;
  await h.ensureVisible('#price', { margin: 100 });
  const b = await page.locator('#price').boundingBox();
  const at = (v) => b.x + 8 + ((v - 30) / 90) * (b.width - 16);
  const y = b.y + b.height / 2;
  if (h.tapDrag) { await h.tapDrag(at(from), y + h.gauss(0, 1), at(to), y + h.gauss(0, 2)); return; }
  await h.moveTo(at(from), y); await h.pause(150, 300);
  await page.mouse.down(); await h.pause(80, 180);
  const n = h.int(18, 30), x0 = at(from), x1 = at(to);
  for (let i = 1; i <= n; i++) {
    const t = i / n, e = t * t * (3 - 2 * t);
    await page.mouse.move(x0 + (x1 - x0) * e + h.gauss(0, 0.7), y + h.gauss(0, 1)); h.x = x0 + (x1 - x0) * e; h.y = y;
    await h.pause(20, 40);
  }
  await h.pause(120, 260); await page.mouse.up();
}
// a few presses in a row (zoom + / -), each answered at once
async function repeat(s, sel, n, gapMin, gapMax) {
  const { h } = s;
  for (let i = 0; i < n && i < 10; i++) { if (i === 0) await pressSel(s, sel); else await hitPoint(s, await h.pointIn(sel)); await h.pause(gapMin, gapMax); }
}
// the pointer resting near `sel` (offset dx, dy from its middle) for `ms`
async function restNear(s, sel, dx, dy, ms) {
  const { h } = s;
  const b = await s.page.locator(sel).first().boundingBox();
  await h.moveTo(b.x + b.width / 2 + dx, b.y + b.height / 2 + dy); await s.idle(ms);
}
// the pointer put on a line of the FAQ (reading), on screen
async function onText(s) {
  const { h } = s;
  const b = await s.page.evaluate(() => {
    for (const p of document.querySelectorAll('#faq p')) { const r = p.getBoundingClientRect(); if (r.top > 120 && r.bottom < innerHeight - 120) return { x: r.left, y: r.top, w: r.width, h: r.height }; }
    return null;
  });
  if (b) await h.moveTo(b.x + b.w * h.uniform(0.3, 0.6), b.y + b.h * h.uniform(0.3, 0.6));
}

const rec = (v) => ({ __consolePlugin: true, ...(v.recordOptions || {}) });
const base = (name, v, describe) => ({ name, part: 'heldout21', page: 'tix.html', seed: v.seed, recordOptions: rec(v), describe });
const desk = (name, human, v, describe) => ({ ...base(name, v, describe), device: 'desktop', human, viewport: v.viewport, expectSources: [0, 1, 2, 3] });
const touch = (device, name, human, v, vp, ua, describe) => ({ ...base(name, v, describe), device, human, viewport: vp, userAgent: ua, expectSources: [0, 2, 3, 4] });

// A. Palm on a trackpad: tooltips, two seats, a dead press on the accessibility icon, re-entry in the e-mail, a palm tap, a slow checkout, a jiggle of the finger.
function palmA(v) {
  return {
    ...desk('h21-palm-a', 'palm', v, 'Laptop trackpad user with tap-to-click on a 1470x956 screen (PalmHuman, new: light 40-90 ms taps; the palm resting on the pad makes the pointer jump 20-80 px in one sample while typing or reading, and taps by accident where the pointer is, with no aim; here accidental taps tried while reading the FAQ and after the e-mail, on plain page only): hovers four seats (a tooltip each at once), taps two free seats side by side (a basket line each at once); `dead_click`: the "Accessible seating" info icon (cursor: pointer, a hover background, a title; no handler); reads the start of the FAQ with two-finger scrolling and back up; `form_reentry` in "E-mail for tickets" ("ingrid.berg@gmail" rejected on blur, tapped again, cleared, "ingrid.berg@gmail.com" typed); `slow_click`: "Continue to checkout" (answered 2.8-3.3 s later, nothing shown meanwhile, the countdown ticking by itself); `erratic_cursor`: the finger jiggles fast on the pad with no button (~90 px strokes of 70-110 ms) when the page seems stuck after the checkout message.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(600, 900), h.int(300, 450));
      await s.idle(2500);
      await showMap(s);
      await hoverAcross(s, '#map .seat', [h.int(10, 40), h.int(41, 80), h.int(81, 120), h.int(121, 190)], 500, 900);
      await s.idle(1500);
      await pressSeats(s, await seatRun(s, 2), 700, 1200); await s.idle(2000);
      await scriptedSingle(s, 'dead_click', '#access-info', 4500);
      await h.scrollBy(500); await s.idle(1500); await onText(s); await s.idle(1500); await h.palmTap(); await s.idle(1500);
      await h.scrollBy(-500); await s.idle(1500);
      await reenterField(s, '#email', 'ingrid.berg@gmail', 'ingrid.berg@gmail.com');
      await h.pause(400, 800);
      await h.palmTap(); await s.idle(2000);
      await scriptedSingle(s, 'slow_click', '#checkout', 5000, { answer: 'checkout' });
      await wait(h.uniform(800, 1400));
      await s.episode('erratic_cursor', async () => { await shakeWith(s, v.shakeMs, v.shakeAmp, 70, 110); });
      await s.idle(3000);
    },
  };
}

// B. Tremor: two seats, rage on "Apply promo code", an error on "Add to calendar", a quick back from the venue page, wheel thrash in the FAQ, a shake.
function tremorB(v) {
  return {
    ...desk('h21-tremor-b', 'tremor', v, 'User with a tremor on a 1600x900 screen (TremorHuman: slow movements that shake at 6-9 Hz, land off and correct, long dwells, small wheel ticks): selects two free seats (a basket line each at once); types "WINTER25" in "Promo code"; `rage_click`: 6 presses 0.25-0.45 s apart, up to 12 px apart, on "Apply promo code" (no handler); `error_click`: "Add to calendar" (console error); `quick_back`: "Venue info" (a real page), history.back() after ~1.5 s; wheels down into "Event details and FAQ"; `scroll_thrash`: wheel flicks alternating down and up over the FAQ; back up to the map; `erratic_cursor`: a shake with the button up (~100 px strokes of 70-110 ms).'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(600, 900), h.int(300, 450));
      await s.idle(2500);
      await showMap(s);
      await pressSeats(s, await seatRun(s, 2), 900, 1500); await s.idle(2000);
      await pressSel(s, '#promo'); await h.pause(400, 700);
      await h.type('WINTER25'); await h.pause(600, 1000);
      await scriptedBurst(s, '#apply-promo', 6, 250, 450, 12);
      await s.idle(1500);
      await scriptedSingle(s, 'error_click', '#add-cal', 3000);
      await quickBack(s, '#venue-link', async () => { await pressSel(s, '#venue-link'); }, VENUE, TIX);
      await page.waitForSelector('#map .seat');
      await s.idle(2500);
      await h.ensureVisible('#faq h3', { margin: 120 }); await h.scrollBy(500); await s.idle(2500);
      await wheelThrash(s, 6);
      await s.idle(2500);
      await h.ensureVisible('#map', { margin: 60 }); await s.idle(2000);
      // the strokes are not aimed (no corrections), the tremor on top
      await s.episode('erratic_cursor', async () => { await shakeWith(s, v.shakeMs, v.shakeAmp, 70, 110, { aimed: false }); });
      await s.idle(3000);
    },
  };
}

// C. Stylus on a tablet: seats, a dead tap on the accessibility icon, rage taps on "Apply promo code", turned, a quick back through "My tickets".
function stylusC(v) {
  return {
    ...touch('tablet', 'h21-stylus-c', 'stylus', v, TAB_S, TAB_S_UA, 'Stylus on an 800x1280 tablet at DPR 2 (StylusHuman: the nib hovers before it lands, precise short taps; recorded with maskAllInputs): taps two free seats (a tooltip and a basket line each at once); `dead_click`: a tap on the "Accessible seating" info icon (no handler); taps "Promo code", writes "STUDENT"; `rage_click`: 5 taps up to 10 px apart on "Apply promo code" (no handler), 0.3-0.5 s from each lift to the next hover (0.7-1.0 s apart with the nib\'s hover and landing); `repeated_rotation`: 4 turns 1.2-2.0 s apart (landscape, portrait, ...); `quick_back`: "My tickets" (a client-side route, pushState + pageview), history.back() after ~1.5 s; swipes down into "Event details and FAQ" and reads.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await showMap(s);
      await pressSeats(s, await seatRun(s, 2, { margin: 120 }), 900, 1500); await s.idle(2000);
      await scriptedSingle(s, 'dead_click', '#access-info', 4500, { margin: 160 });
      await pressSel(s, '#promo', { margin: 200 }); await h.pause(500, 900);
      await h.type('STUDENT'); await h.pause(600, 1000);
      const p = await h.pointIn('#apply-promo');
      await h.pause(300, 600);
      await rageBurst(s, p, '#apply-promo', 5, 300, 500, 10);
      await s.idle(2000);
      await rotateTimes(s, 4);
      await s.idle(2500);
      await quickBackSpa(s, '#tickets-link', /view=tickets/);
      await s.idle(2500);
      await h.ensureVisible('#faq h3', { margin: 150 }); await h.scrollBy(800); await s.idle(3000);
    },
  };
}

// D. Fingertip on a phone: a seat, a slow checkout, an error on "Add to calendar", re-entry in the e-mail, turned in the hand, fling thrash in the FAQ.
function fingerD(v) {
  return {
    ...touch('phone', 'h21-finger-d', 'tablet', v, PHONE_A, PHONE_A_UA, 'Fingertip on a 384x854 phone at DPR 2.8 (TabletHuman: a wide, rolling fingertip; swipes): taps a free seat on the small map (a tooltip and a basket line at once); `form_reentry` in "E-mail for tickets" ("ola.nordmann@" rejected on blur, tapped again, cleared, "ola.nordmann@online.no" typed); `slow_click`: a tap on "Continue to checkout" (answered 2.8-3.3 s later, nothing meanwhile); `error_click`: a tap on "Add to calendar" (console error); `repeated_rotation`: 4 turns 1.2-2.0 s apart (landscape, portrait, ...); swipes down into "Event details and FAQ"; `scroll_thrash`: flings alternating up and down over the FAQ.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await showMap(s);
      await pressSeats(s, await seatRun(s, 1, { margin: 120 }), 800, 1200); await s.idle(2000);
      const tapField = async () => { await pressSel(s, '#email', { margin: 220 }); };
      await blurReentry(s, 'email', 'ola.nordmann@', 'ola.nordmann@online.no', tapField);
      await h.pause(600, 1000);
      await scriptedSingle(s, 'slow_click', '#checkout', 5000, { answer: 'checkout', margin: 200 });
      await scriptedSingle(s, 'error_click', '#add-cal', 3000, { margin: 200 });
      await s.idle(1500);
      await rotateTimes(s, 4);
      await s.idle(2500);
      await h.ensureVisible('#faq h3', { margin: 150 }); await h.scrollBy(900); await s.idle(2000);
      await flingThrash(s, 6);
      await s.idle(3000);
    },
  };
}

// Calm E: palm on a trackpad: tooltips, seats picked and unpicked quickly, a sold seat, the countdown beside the pointer, the slider by double-tap-to-drag, e-mail typed with palm taps, the FAQ and My tickets read.
function calmPalm(v) {
  return {
    ...desk('h21-calm-palm', 'palm', v, 'Calm trackpad user with tap-to-click on a 1280x800 laptop (PalmHuman, new; her palm on the pad makes the pointer jump and taps by accident, on plain page only): hovers five seats (a tooltip each at once); taps three free seats side by side and the third again to drop it, 0.5-0.75 s from click to click (each answered at once); taps a sold seat (greyed, cursor: not-allowed, no handler: nothing happens, as on text); rests beside the "Seats held for ..." countdown for 7 s while it ticks by itself; drags the price slider with a double-tap-to-drag (a light tap on the thumb, then the finger down again and moved: the seats above the price dim while it moves) and back up later; types "kari.nordby@outlook.com" in "E-mail for tickets" (valid); her palm taps the pad by accident 1-3 times where the pointer is (on plain page only: text, a heading, blank space) and makes the pointer jump 20-80 px now and then; reads "Event details and FAQ" with two-finger scrolling; opens "My tickets" (a client-side route), reads 8 s and returns by "Back to seats".'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 420));
      await s.idle(2500);
      await showMap(s);
      await hoverAcross(s, '#map .seat', [h.int(5, 40), h.int(41, 80), h.int(81, 130), h.int(131, 170), h.int(171, 199)], 400, 800);
      await s.idle(1500);
      const run = await seatRun(s, 3);
      await pressSel(s, run[0]); await h.pause(250, 400);
      await pressSeats(s, [run[1], run[2], run[2]], 250, 400);
      await s.idle(2000);
      await pressSel(s, (await seatRun(s, 1, { sold: true }))[0]); await s.idle(2500);
      await restNear(s, '#hold', h.uniform(50, 120), h.uniform(10, 30), 7000);
      await dragSlider(s, 120, 75); await s.idle(3000);
      await pressSel(s, '#email'); await h.pause(400, 700);
      await h.type('kari.nordby@outlook.com'); await h.pause(500, 900);
      await h.palmTap(); await s.idle(2500);
      await dragSlider(s, 75, 120); await s.idle(2000);
      await h.ensureVisible('#faq h3', { margin: 120 }); await h.scrollBy(600); await s.idle(2500);
      await onText(s); await s.idle(2000); await h.palmTap(); await s.idle(3000);
      await h.scrollBy(700); await s.idle(2500); await onText(s); await h.palmTap(); await s.idle(2500);
      await h.scrollBy(-1800); await s.idle(2000);
      await pressSel(s, '#tickets-link'); await s.idle(8000);
      await pressSel(s, '#tickets-back'); await s.idle(v.pauseMs);
    },
  };
}

// Calm F: trackball: zoom + pressed in a row, sections, the slider, sold seats, seats picked, the basket drawer closed and opened, the venue page read.
function calmTrackball(v) {
  return {
    ...desk('h21-calm-trackball', 'trackball', v, 'Calm trackball user on a 1920x1200 screen (TrackballHuman: rolled strokes with a stop between rolls, a thumb press): presses zoom "+" twice 0.3-0.5 s apart and "-" three times in a row (the seats resize at once each time); "Balcony" (the balcony zoomed and outlined at once), "Stalls", "Whole hall"; drags the price slider down to about NOK 80 (the dearer seats dim while it moves) and back to NOK 120; presses two sold seats (nothing happens: greyed, cursor: not-allowed, no handler); selects two free seats (at once); closes the basket drawer from the header and opens it again 3 s later (at once); wheels down into "Event details and FAQ" and back up; opens "Venue info" (a real page), reads 10 s and returns by its "Back to the seats" link.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(700, 1100), h.int(300, 450));
      await s.idle(2500);
      await repeat(s, '#zoom-in', 2, 300, 500); await s.idle(1500);
      await repeat(s, '#zoom-out', 3, 300, 500); await s.idle(2000);
      await pressSel(s, '#sec-balcony'); await s.idle(2500);
      await pressSel(s, '#sec-stalls'); await s.idle(2500);
      await pressSel(s, '#sec-all'); await s.idle(2000);
      await dragSlider(s, 120, 80); await s.idle(3000);
      await dragSlider(s, 80, 120); await s.idle(2000);
      await showMap(s);
      const sold = await seatRun(s, 1, { sold: true });
      await pressSel(s, sold[0]); await s.idle(1800);
      await pressSel(s, (await seatRun(s, 1, { sold: true }))[0]); await s.idle(2000);
      await pressSeats(s, await seatRun(s, 2), 800, 1300); await s.idle(2000);
      await pressSel(s, '#basket-btn'); await s.idle(3000);
      await pressSel(s, '#basket-btn'); await s.idle(2000);
      await h.scrollBy(700); await s.idle(3000); await h.scrollBy(-700); await s.idle(1500);
      await pressSel(s, '#venue-link'); await page.waitForURL(VENUE); await page.waitForLoadState('load'); await s.idle(10000);
      await pressSel(s, '#back-link'); await page.waitForURL(TIX); await page.waitForLoadState('load'); await s.idle(v.pauseMs);
    },
  };
}

// Calm G: fingertip on a tablet: seats tapped and one untapped, a sold seat, one turn to landscape, My tickets read, the FAQ swiped.
function calmTablet(v) {
  return {
    ...touch('tablet', 'h21-calm-tablet', 'tablet', v, TAB_F, TAB_F_UA, 'Calm fingertip user on a 768x1024 tablet at DPR 2 (TabletHuman: a wide, rolling fingertip; swipes): taps three free seats side by side and the middle one again to drop it, 0.5-0.6 s from tap to tap (a tooltip and a basket change each at once); aims a tap at a sold seat (no handler): the browser\'s touch adjustment moves the tap to the free seat beside it, which is selected at once; turns the tablet once to landscape and keeps it there (one turn, not repeated); taps a seat again in landscape; opens "My tickets" (a client-side route), reads 8 s, returns by "Back to seats"; swipes down through "Event details and FAQ" and back up.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await showMap(s);
      const run = await seatRun(s, 3, { margin: 120 });
      await pressSeats(s, [run[0], run[1], run[2], run[1]], 300, 450); await s.idle(2500);
      await pressSel(s, (await seatRun(s, 1, { sold: true, margin: 120 }))[0], { margin: 120 }); await s.idle(2500);
      await s.rotate(true); await s.idle(3000);
      await showMap(s);
      await pressSeats(s, await seatRun(s, 1, { margin: 100 }), 500, 800); await s.idle(2000);
      await pressSel(s, '#tickets-link'); await s.idle(8000);
      await pressSel(s, '#tickets-back'); await s.idle(2500);
      await h.ensureVisible('#faq h3', { margin: 150 }); await h.scrollBy(1000); await s.idle(3000);
      await h.scrollBy(-1600); await s.idle(v.pauseMs);
    },
  };
}

// Calm H: thumb on a phone: seats, a sold seat, the basket drawer, a valid e-mail, the venue page read.
function calmThumb(v) {
  return {
    ...touch('phone', 'h21-calm-thumb', 'thumb', v, PHONE_T, PHONE_T_UA, 'Calm one-handed thumb user on a 390x844 phone at DPR 3 (ThumbHuman: taps high on the screen wider and a few px low-right; thumb swipes): taps two free seats side by side on the small map and the second again to drop it, 0.55-0.7 s from tap to tap (a basket line each at once); aims a tap at a sold seat (no handler): the browser\'s touch adjustment moves the tap to the free seat beside it, which is selected at once; closes the basket drawer from the header and opens it again (at once); types "per@nordlys.no" in "E-mail for tickets" (valid); opens "Venue info" (a real page), reads 9 s with a swipe, returns by its "Back to the seats" link; swipes through "Event details and FAQ".'),
    // never turned: no viewport resize expected
    expectSources: [0, 2, 3],
    async run(s) {
      const { h, page } = s;
      await s.open();
      await s.idle(2500);
      await showMap(s);
      const run = await seatRun(s, 2, { margin: 120 });
      await pressSeats(s, [run[0], run[1], run[1]], 400, 600); await s.idle(2500);
      await pressSel(s, (await seatRun(s, 1, { sold: true, margin: 120 }))[0], { margin: 120 }); await s.idle(2500);
      await pressSel(s, '#basket-btn'); await s.idle(2500);
      await pressSel(s, '#basket-btn'); await s.idle(2000);
      await pressSel(s, '#email', { margin: 220 }); await h.pause(500, 900);
      await h.type('per@nordlys.no'); await h.pause(600, 1000);
      await pressSel(s, '#venue-link'); await page.waitForURL(VENUE); await page.waitForLoadState('load'); await s.idle(4000);
      await h.scrollBy(500); await s.idle(5000); await h.scrollBy(-600); await s.idle(1500);
      await pressSel(s, '#back-link'); await page.waitForURL(TIX); await page.waitForLoadState('load'); await s.idle(2500);
      await h.ensureVisible('#faq h3', { margin: 150 }); await h.scrollBy(900); await s.idle(3000); await h.scrollBy(-700); await s.idle(v.pauseMs);
    },
  };
}

export const HELDOUT21_SESSIONS = [
  calmPalm({ seed: 21505, viewport: { width: 1280, height: 800 }, pauseMs: 3000 }),
  calmTrackball({ seed: 21606, viewport: { width: 1920, height: 1200 }, pauseMs: 3000 }),
  calmTablet({ seed: 21707, pauseMs: 3000 }),
  calmThumb({ seed: 21808, pauseMs: 3000 }),
  palmA({ seed: 21101, viewport: { width: 1470, height: 956 }, shakeMs: 2200, shakeAmp: 90 }),
  tremorB({ seed: 21202, viewport: { width: 1600, height: 900 }, shakeMs: 2200, shakeAmp: 100 }),
  stylusC({ seed: 21303, recordOptions: { maskAllInputs: true } }),
  fingerD({ seed: 21404 }),
];
