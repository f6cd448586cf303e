// Held-out set 9 (replay issue 15, ninth round): a kind of site no detector was tuned on (a
// clinic's appointment wizard, gen/site/wizard.*: four steps on one page with client-side
// routes announced as `pageview` events, a search with filter chips and a checkbox whose
// results come 0.6-0.8 s later with nothing shown meanwhile, accordions and switches with CSS
// transitions, a date picker whose free times come 0.6-0.8 s after a day is picked, "Continue"
// buttons that are aria-disabled until a step is complete and say why when pressed, a "Help"
// menu that opens on hover, a "?" with a tip on hover, a same-origin map iframe with its own
// zoom buttons, a "people are booking now" count every 3-5 s) and four new input models
// (gen/human.mjs): a touchscreen laptop mixing touch taps and swipes with its pointer
// (HybridHuman), a screen-magnifier user (MagnifierHuman), a high-DPI mouse with pointer
// acceleration (AccelHuman) and a stylus on a phone and a tablet (StylusHuman).
// Every recording is in part `heldout9`: written, generated and committed before any detector
// change of round 9 and before any detector ran on it (replay's docs/signals.md). Late
// answers are truth by rule: the site reports every answer with the click it answers
// (window.__devAnswer), and any click answered after more than 1 s is a slow_click row in any
// session (gen/truth.mjs, lateAnswerRows); a calm script never presses the slow control.

import { answersSince, lastEpisode, centre, shake, loops } from './kit.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const PHONE = { width: 412, height: 915, deviceScaleFactor: 2.625 };
const PHONE_UA = 'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const TAB = { width: 800, height: 1280, deviceScaleFactor: 2 };
const TAB_UA = 'Mozilla/5.0 (Linux; Android 14; SM-X910) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';

// ---- pressing: `how` is 'touch' (a finger on the laptop's screen), else the session's own
// way (a pen or finger on a phone or tablet, the pointer on a desktop)
async function aim(s, sel, how) {
  const { h } = s;
  if (s.mobile || how === 'touch') { await h.ensureVisible(sel); await h.pause(300, 700); return h.pointIn(sel); }
  const p = await h.moveToEl(sel); await h.pause(150, 350); return p;
}
async function hit(s, p, how) {
  const { h } = s;
  if (how === 'touch') await h.touchTapAt(p.x, p.y);
  else if (s.mobile) await h.tapAt(p.x, p.y);
  else await h.pressRelease();
}
async function press(s, sel, how) { const p = await aim(s, sel, how); await hit(s, p, how); return p; }

// a click or tap the page must answer itself (or not): the episode, then the page's own log
async function single(s, signal, sel, waitMs, how) {
  const p = await aim(s, sel, how);
  await s.episode(signal, async () => { await hit(s, p, how); if (signal === 'error_click') await sleep(300); }, { target: sel });
  const ep = lastEpisode(s);
  await s.idle(waitMs);
  const log = await answersSince(s, ep.t0);
  if (signal === 'slow_click') ep.answer = log.find((a) => a.what === 'earliest slot') || null;
  if (signal === 'dead_click') ep.answers = log.filter((a) => a.t <= ep.t1 + 5000 && a.click >= ep.t0);
}

async function burst(s, sel, n, gapMin, gapMax, spread, how) {
  const { h, page } = s;
  const base = await aim(s, sel, how);
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
      else { if (i > 0) { await page.mouse.move(x, y, { steps: 2 }); h.x = x; h.y = y; } await h.pressRelease(50, 100); }
      await h.pause(gapMin, gapMax);
    }
  }, { target: sel });
  const ep = lastEpisode(s);
  await s.idle(3500);
  ep.answers = (await answersSince(s, ep.t0)).filter((a) => a.t <= ep.t1 + 5000 && a.click >= ep.t0);
}

async function reentry(s, field, bad, good, how) {
  const { h, page } = s;
  await press(s, `#${field}`, how);
  await h.pause(300, 500);
  await s.episode('form_reentry', async () => {
    await h.type(bad);
    await h.pause(300, 600);
    await page.keyboard.press('Tab');
    await page.waitForSelector(`#${field}-error:not([hidden])`, { state: 'attached' });
    await s.idle(1800);
    await press(s, `#${field}`, how);
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

// quick back through a client-side route ("Prices"): pushState there, history.back() after ~1.5 s
async function quickBackRoute(s, sel, how) {
  const { h, page } = s;
  const p = await aim(s, sel, how);
  await s.episode('quick_back', async () => {
    await hit(s, p, how);
    await page.waitForURL(/view=prices/);
    await sleep(h.uniform(1200, 1900));
    await page.evaluate(() => history.back());
    await page.waitForURL((u) => !/view=prices/.test(String(u)));
    await sleep(300);
  }, { target: sel, spa: true, how: 'history.back() (popstate)' });
}
// quick back through a real page: the "Help" menu opens on hover, then "Cancellation policy"
async function quickBackPolicy(s) {
  const { h, page } = s;
  await h.moveToEl('#help-btn');
  await page.waitForSelector('#help-menu.open', { state: 'attached' });
  await h.pause(250, 450);
  await h.moveToEl('#policy-link');
  await h.pause(150, 300);
  await s.episode('quick_back', async () => {
    await h.pressRelease();
    await page.waitForURL(/wizard-policy\.html/);
    await page.waitForLoadState('load');
    await sleep(h.uniform(1200, 1900));
    await page.evaluate(() => history.back());
    await page.waitForURL(/wizard\.html/);
    await page.waitForLoadState('load');
  }, { target: '#policy-link', how: 'history.back()' });
}

async function flingThrash(s, n) {
  const { h } = s;
  await s.episode('scroll_thrash', async () => {
    let dir = -1;
    for (let i = 0; i < n; i++) { await h.fling(dir * h.uniform(380, 540)); await h.pause(60, 160); dir = -dir; }
  }, { how: 'finger flings alternating up and down', tailMs: 900 });
}
async function swipeThrash(s, n) {
  const { h } = s;
  await s.episode('scroll_thrash', async () => {
    let dir = -1;
    for (let i = 0; i < n; i++) { await h.screenSwipe(dir * h.uniform(300, 420)); await h.pause(60, 160); dir = -dir; }
  }, { how: 'finger swipes on the laptop screen alternating up and down', tailMs: 900 });
}
async function wheelThrash(s, n) {
  const { h } = s;
  await s.episode('scroll_thrash', async () => {
    let dir = 1;
    for (let i = 0; i < n; i++) { await h.wheelFlick(dir, h.int(2, 3), { tickPx: 100, gapMin: 35, gapMax: 80 }); await h.pause(120, 260); dir = -dir; }
  }, { how: 'wheel flicks alternating down and up' });
}

// ---- the wizard's steps
async function firstFreeDay(s) {
  for (let g = 0; g < 3; g++) {
    const id = await s.page.evaluate(() => { const b = [...document.querySelectorAll('#cal-grid button')].filter((x) => !x.disabled); return b.length > 2 ? b[1].id : null; });
    if (id) return `#${id}`;
    await press(s, '#cal-next'); await s.idle(900);
  }
  throw new Error('no free day');
}
async function pickTime(s, how, slot = '#slot1') {
  const day = await firstFreeDay(s);
  await press(s, day, how);
  await s.page.waitForSelector(`${slot}`, { state: 'attached' });
  await s.idle(1200);
  await press(s, slot, how);
  await s.idle(1200);
}
async function chooseService(s, how, chip = '#f-physio', pick = '#pick0') {
  await press(s, chip, how);
  await s.idle(1800);
  await press(s, pick, how);
  await s.page.waitForURL(/step=when/);
  await s.idle(1500);
}
async function toDetails(s, how) { await press(s, '#next-when', how); await s.page.waitForURL(/step=details/); await s.idle(1500); }
async function toReview(s, how) { await press(s, '#next-details', how); await s.page.waitForURL(/step=review/); await s.idle(1500); }
async function fill(s, sel, text, how) { await press(s, sel, how); await s.h.pause(300, 600); await s.h.type(text); await s.h.pause(300, 500); }
// a button inside the map iframe, in the page's coordinates
async function inMap(s, sel) {
  const { h, page } = s;
  await h.ensureVisible('#map');
  const f = page.frames().find((x) => /clinic-map\.html/.test(x.url()));
  if (!f) throw new Error('no map frame');
  const b = await f.locator(sel).boundingBox();
  return { x: b.x + b.width / 2 + h.gauss(0, 2), y: b.y + b.height / 2 + h.gauss(0, 2) };
}

const phone = (name, v, describe) => ({
  name, part: 'heldout9', page: 'wizard.html', device: 'phone', human: 'stylus', viewport: PHONE, userAgent: PHONE_UA,
  seed: v.seed, recordOptions: { __consolePlugin: true, ...(v.recordOptions || {}) }, expectSources: [0, 2, 3], describe,
});
const tablet = (name, v, describe) => ({
  name, part: 'heldout9', page: 'wizard.html', device: 'tablet', human: 'stylus', viewport: TAB, userAgent: TAB_UA,
  seed: v.seed, recordOptions: { __consolePlugin: true, ...(v.recordOptions || {}) }, expectSources: [0, 2, 3], describe,
});
const desk = (name, human, v, describe) => ({
  name, part: 'heldout9', page: 'wizard.html', device: 'desktop', human, viewport: v.viewport, touch: !!v.touch,
  seed: v.seed, recordOptions: { __consolePlugin: true, ...(v.recordOptions || {}) }, expectSources: [0, 1, 2], describe,
});

// A. Touchscreen laptop: a dead tap on the rating, a slow tap on "Find the earliest slot", phone re-entry, swipe thrash.
function hybridA(v) {
  return {
    ...desk('w9-hybrid-a', 'hybrid', v, 'Touchscreen laptop (HybridHuman: trackpad pointer and a finger on the screen): `dead_click`: a finger tap on the rating "4.8 (212 reviews)" (dashed, cursor: pointer, no handler); `scroll_thrash`: finger swipes on the screen alternating up and down over the clinic text; picks a treatment and a time mixing taps and the pointer; `slow_click`: a tap on "Find the earliest slot at any clinic" (the real answer after 3.4 s); `form_reentry` on the mobile number (rejected on blur, cleared, retyped).'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(400, 700), h.int(300, 450));
      await s.idle(2500);
      await single(s, 'dead_click', '#rating', 4500, 'touch');
      await h.screenSwipe(-400); await s.idle(1500);
      await swipeThrash(s, 6);
      await s.idle(3000);
      await h.screenSwipe(500); await h.screenSwipe(500); await s.idle(1500);
      await chooseService(s, 'touch', '#f-physio', '#pick0');
      await pickTime(s, 'mouse');
      await single(s, 'slow_click', '#earliest-btn', 5500, 'touch');
      await toDetails(s, 'touch');
      await fill(s, '#name', 'Sam Carter', 'mouse');
      await reentry(s, 'phone', '0770 12', '07700 900123', 'touch');
      await s.idle(3000);
    },
  };
}

// B. Phone with a stylus: rage pen taps on the promo "Apply", an error tap on "Add to calendar", repeated rotation, a quick back through "Prices".
function stylusB(v) {
  return {
    ...phone('w9-stylus-b', v, 'Phone with a stylus (StylusHuman: pen taps that hover first, finger flings): picks a treatment and a time with the pen; `rage_click`: 5 pen taps (each hovering first, ~0.7-0.9 s apart), up to 10 px apart, on the promo code\'s "Apply" (no handler); ticks the consent box by its label; `error_click`: a pen tap on "Add to calendar" (console error); `repeated_rotation`: 4 turns 1.2-2.0 s apart; `quick_back` through "Prices" (a client-side route), back after ~1.5 s.'),
    expectSources: [0, 2, 4],
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await chooseService(s, 'pen', '#f-massage', '#pick3');
      await pickTime(s, 'pen', '#slot2');
      await toDetails(s, 'pen');
      await fill(s, '#name', 'Ana Ruiz', 'pen');
      await fill(s, '#promo', 'SPRING10', 'pen');
      await burst(s, '#promo-btn', 5, 220, 380, 10);
      await press(s, '#consent-label');
      await s.idle(1500);
      await toReview(s, 'pen');
      await single(s, 'error_click', '#ics-btn', 3000);
      await s.episode('repeated_rotation', async () => {
        for (let i = 0; i < 4; i++) { if (i > 0) await h.pause(1200, 2000); await s.rotate(i % 2 === 0); }
      });
      await s.idle(3000);
      await quickBackRoute(s, '#nav-prices');
      await s.idle(3000);
    },
  };
}

// C. High-DPI accelerated mouse: a fast shake, spread rage on the rating, slow "earliest", an error click, a quick back through the policy page.
function accelC(v) {
  return {
    ...desk('w9-accel-c', 'accel', v, 'Desktop with a high-DPI accelerated mouse (AccelHuman, 1920x1080 at DPR 1.5): `erratic_cursor`: a fast shake (~60 px, 45-80 ms strokes) over the page; `rage_click`: 4 clicks ~0.5 s apart, up to 14 px apart, on the rating (no handler); picks a treatment and a time; `slow_click` on "Find the earliest slot" (3.4 s); consent by its label; `error_click` on "Add to calendar"; `quick_back`: "Help" menu opened on hover, "Cancellation policy", back after ~1.5 s.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(500, 900), h.int(300, 500));
      await s.idle(2000);
      await h.moveTo(h.uniform(500, 800), h.uniform(380, 520));
      await h.pause(300, 600);
      await s.episode('erratic_cursor', async () => { await shake(s, v.shakeMs, v.shakeAmp, 45, 80); });
      await s.idle(2500);
      await burst(s, '#rating', 4, 430, 600, 14);
      await chooseService(s, 'mouse', '#f-sports', '#pick5');
      await pickTime(s, 'mouse', '#slot0');
      await single(s, 'slow_click', '#earliest-btn', 5500);
      await toDetails(s);
      await fill(s, '#name', 'Lee Morgan');
      await fill(s, '#phone', '07700 900456');
      await press(s, '#consent-label');
      await s.idle(1200);
      await toReview(s);
      await single(s, 'error_click', '#ics-btn', 3000);
      await quickBackPolicy(s);
      await s.idle(3000);
    },
  };
}

// D. Screen magnifier: slow loops (lost), a dead click on the promo "Apply", phone re-entry, wheel thrash.
function magnifierD(v) {
  return {
    ...desk('w9-magnifier-d', 'magnifier', v, 'Desktop screen-magnifier user (MagnifierHuman: short slow steps, scans along lines): reads the clinic text; `erratic_cursor`: the pointer circles around one spot (~45 px loops), lost in the magnified view; `scroll_thrash`: wheel flicks down and up over the clinic text; picks a treatment and a time; `dead_click` on the promo code\'s "Apply" (once; no handler); `form_reentry` on the mobile number (rejected on blur, cleared, retyped).'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(200, 400), h.int(250, 400));
      await s.idle(2000);
      await h.ensureVisible('#about');
      await h.scanLines('#about p', 3);
      await s.idle(1500);
      await s.episode('erratic_cursor', async () => { await loops(s, v.shakeMs, v.loopR, 560, 720); });
      await s.idle(3000);
      await h.scrollBy(-900); await s.idle(1500);
      await h.scrollBy(300); await s.idle(1500);
      await wheelThrash(s, 6);
      await s.idle(3000);
      await h.scrollBy(-900); await s.idle(1500);
      await chooseService(s, 'mouse', '#f-physio', '#pick1');
      await pickTime(s, 'mouse', '#slot3');
      await toDetails(s);
      await fill(s, '#name', 'Olu Bello');
      await fill(s, '#promo', 'WELCOME');
      await single(s, 'dead_click', '#promo-btn', 4500);
      await reentry(s, 'phone', '7700', '07700 900789');
      await s.idle(3000);
    },
  };
}

// E. Tablet with a stylus: flings thrash, repeated rotation, a quick back through "Prices".
function stylusE(v) {
  return {
    ...tablet('w9-stylus-e', v, 'Tablet with a stylus (StylusHuman, 800x1280): a pen tap on a chip; `repeated_rotation`: 5 turns 1.2-2.0 s apart (ends in landscape); `scroll_thrash`: finger flings alternating up and down over the clinic text (in landscape); `quick_back` through "Prices" (client-side route), back after ~1.5 s.'),
    expectSources: [0, 2, 3, 4],
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await press(s, '#f-sports'); await s.idle(1800);
      await s.episode('repeated_rotation', async () => {
        for (let i = 0; i < 5; i++) { if (i > 0) await h.pause(1200, 2000); await s.rotate(i % 2 === 0); }
      });
      await s.idle(3000);
      await h.fling(-600); await s.idle(2000);
      await flingThrash(s, 6);
      await s.idle(3000);
      await h.fling(700); await h.fling(700); await s.idle(2000);
      await quickBackRoute(s, '#nav-prices');
      await s.idle(3000);
    },
  };
}

// Calm F: touchscreen laptop: hover menu, taps and clicks with 0.6-0.8 s answers, a label click, aria-disabled Continue, quick month arrows, a switch, map zoom inside the iframe.
function calmHybrid(v) {
  return {
    ...desk('w9-calm-hybrid', 'hybrid', v, 'Calm touchscreen laptop (HybridHuman): the pointer rests on "Help" (the menu opens on hover) and leaves; a finger taps "Massage" (results 0.6-0.8 s later, nothing meanwhile); the pointer clicks the "Evening slots only" label (the checkbox toggles; results 0.6-0.8 s later); taps "What to expect" open and clicks it shut; taps "Select"; taps "Continue" before picking a time (aria-disabled: "Pick a time first." shows); next month three times quickly by finger, previous month three times by the pointer (each answered); taps a day (free times 0.6-0.8 s later) and a time; taps the text-message switch; clicks "+" twice and "-" once inside the map iframe; fills its details by pointer and keyboard, ticks consent by its label, continues; opens and closes accordions; rests.'),
    expectSources: [0, 1, 2],
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(400, 700), h.int(300, 450));
      await s.idle(2500);
      await h.moveToEl('#help-btn'); await s.idle(1500);
      await h.moveTo(h.uniform(400, 700), h.uniform(300, 450)); await s.idle(1500);
      await press(s, '#f-massage', 'touch'); await s.idle(2000);
      await press(s, '#evening-label', 'mouse'); await s.idle(2000);
      await press(s, '#acc-expect-btn', 'touch'); await s.idle(2500);
      await press(s, '#acc-expect-btn', 'mouse'); await s.idle(1500);
      await press(s, '#pick3', 'touch');
      await page.waitForURL(/step=when/); await s.idle(2000);
      await press(s, '#next-when', 'touch'); await s.idle(2000);
      const nx = await aim(s, '#cal-next', 'touch');
      for (let i = 0; i < 3; i++) { await h.touchTapAt(nx.x, nx.y); await h.pause(250, 420); }
      await s.idle(1500);
      await h.moveToEl('#cal-prev'); await h.pause(200, 400);
      for (let i = 0; i < 3; i++) { await h.pressRelease(50, 90); await h.pause(250, 420); }
      await s.idle(1500);
      await pickTime(s, 'touch', '#slot4');
      await press(s, '#sms-switch', 'touch'); await s.idle(1500);
      const zin = await inMap(s, '#zin');
      await h.moveTo(zin.x, zin.y); await h.pause(200, 400);
      await h.pressRelease(); await h.pause(500, 900); await h.pressRelease(); await s.idle(1500);
      const zout = await inMap(s, '#zout');
      await h.moveTo(zout.x, zout.y); await h.pause(200, 400); await h.pressRelease();
      await s.idle(2000);
      await toDetails(s, 'touch');
      await fill(s, '#name', 'Kim Park', 'mouse');
      await fill(s, '#phone', '07700 900321', 'mouse');
      await press(s, '#consent-label', 'mouse'); await s.idle(1500);
      await toReview(s, 'touch');
      await press(s, '#acc-who-btn', 'touch'); await s.idle(2000);
      await press(s, '#acc-pay-btn', 'mouse'); await s.idle(2000);
      await s.idle(v.pauseMs);
    },
  };
}

// Calm G: screen magnifier: slow scans, a word double-clicked, a drag selection, search typed, disabled Continue pressed, label clicks, a tip on hover.
function calmMagnifier(v) {
  return {
    ...desk('w9-calm-magnifier', 'magnifier', v, 'Calm screen-magnifier user (MagnifierHuman): reads "About the clinic" line by line (slow scans, quick returns); double-clicks a word to select it; drag-selects part of a line; types "knee" in the search (results 0.6-0.8 s after typing stops); clicks "Physio" (results 0.6-0.8 s later); selects a treatment; clicks "Continue" before picking a time ("Pick a time first." shows); picks a day and a time; fills name and mobile number; rests on the "?" (a tip on hover); clicks "Continue" before ticking consent ("Tick the consent box to continue." shows); ticks consent by clicking its label text; continues; opens "Your details"; rests.'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(200, 400), h.int(250, 400));
      await s.idle(2000);
      await h.ensureVisible('#about');
      await h.scanLines('#about p', 4);
      await s.idle(1500);
      const w = await h.wordBox('#about', 'physiotherapists');
      await h.moveTo(w.x + w.width / 2, w.y + w.height / 2); await h.pause(300, 600);
      await h.doubleClick(); await s.idle(2000);
      await h.ensureVisible('#about p:nth-of-type(3)'); await h.dragSelect('#about p:nth-of-type(3)', { widthPx: 220 }); await s.idle(2000);
      await press(s, '#q'); await h.pause(300, 500); await h.type('knee'); await s.idle(2500);
      await page.keyboard.press('Control+A'); await page.keyboard.press('Backspace'); await s.idle(2000);
      await press(s, '#f-physio'); await s.idle(2000);
      await press(s, '#pick1');
      await page.waitForURL(/step=when/); await s.idle(2000);
      await press(s, '#next-when'); await s.idle(2500);
      await pickTime(s, 'mouse', '#slot1');
      await toDetails(s);
      await fill(s, '#name', 'June Adler');
      await fill(s, '#phone', '07700 900654');
      await h.moveToEl('#phone-q'); await s.idle(2000);
      await press(s, '#next-details'); await s.idle(2500);
      await press(s, '#consent-label'); await s.idle(1500);
      await toReview(s);
      await press(s, '#acc-who-btn'); await s.idle(2500);
      await s.idle(v.pauseMs);
    },
  };
}

// Calm H: accelerated mouse: fast long moves, the hover menu to "Prices" read slowly and back, chips, map zoom clicked quickly, disabled day, disabled Continue, a switch, confirm.
function calmAccel(v) {
  return {
    ...desk('w9-calm-accel', 'accel', v, 'Calm desktop with a high-DPI accelerated mouse (AccelHuman): glances across the wide screen; opens "Help" by hover and clicks "Prices and insurers" (a client-side route), reads it slowly (~8 s), clicks "Book a visit"; clicks "Sports" then "All" (results 0.6-0.8 s later); selects a treatment; clicks "+" three times quickly inside the map iframe (each answered) and "-" twice; clicks next month twice quickly; clicks a weekend day (a disabled button: nothing happens); picks a day and a time; clicks the text-message switch; fills the details; clicks "Continue" before consent (the reason shows); ticks consent by its label; continues; turns on the calendar-invitation switch; confirms the booking; rests.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 900), h.int(300, 500));
      await s.idle(2000);
      await h.wander(3);
      await h.moveToEl('#help-btn');
      await page.waitForSelector('#help-menu.open', { state: 'attached' });
      await h.pause(300, 500);
      await press(s, '#menu-prices');
      await page.waitForURL(/view=prices/);
      await s.idle(8000);
      await press(s, '#prices-book');
      await page.waitForURL(/step=service/); await s.idle(2000);
      await press(s, '#f-sports'); await s.idle(2000);
      await press(s, '#f-all'); await s.idle(2000);
      await press(s, '#pick2');
      await page.waitForURL(/step=when/); await s.idle(2000);
      const zin = await inMap(s, '#zin');
      await h.moveTo(zin.x, zin.y); await h.pause(150, 300);
      for (let i = 0; i < 3; i++) { await h.pressRelease(50, 90); await h.pause(180, 300); }
      await s.idle(1200);
      const zout = await inMap(s, '#zout');
      await h.moveTo(zout.x, zout.y); await h.pause(150, 300);
      for (let i = 0; i < 2; i++) { await h.pressRelease(50, 90); await h.pause(200, 320); }
      await s.idle(1500);
      await h.moveToEl('#cal-next'); await h.pause(150, 300);
      for (let i = 0; i < 2; i++) { await h.pressRelease(50, 90); await h.pause(200, 350); }
      await s.idle(1500);
      const weekend = await page.evaluate(() => { const b = [...document.querySelectorAll('#cal-grid button')].find((x) => x.disabled); return b ? b.id : null; });
      if (weekend) { await press(s, `#${weekend}`); await s.idle(1500); }
      await pickTime(s, 'mouse', '#slot2');
      await press(s, '#sms-switch'); await s.idle(1500);
      await toDetails(s);
      await fill(s, '#name', 'Ravi Shah');
      await fill(s, '#phone', '07700 900987');
      await press(s, '#next-details'); await s.idle(2000);
      await press(s, '#consent-label'); await s.idle(1500);
      await toReview(s);
      await press(s, '#cal-switch'); await s.idle(1500);
      await press(s, '#confirm-btn'); await s.idle(2000);
      await s.idle(v.pauseMs);
    },
  };
}

// Calm I: phone with a stylus: pen taps through the wizard, pen hover on the "?", finger flings, consent by label, one rotation kept.
function calmStylus(v) {
  return {
    ...phone('w9-calm-stylus', v, 'Calm phone with a stylus (StylusHuman): flings down through the clinic text with reading pauses and back up; pen taps "Physio" (results 0.6-0.8 s later) and "Select"; taps the next month twice quickly; picks a day and a time; taps the text-message switch; writes name and number; the pen hovers over the "?" (a tip shows on hover); taps the consent label; continues; opens "Payment"; turns the phone to landscape ONCE and keeps it; reads on.'),
    expectSources: [0, 2, 3, 4],
    async run(s) {
      const { h, page } = s;
      await s.open();
      await s.idle(2500);
      await h.fling(-500); await s.idle(2500); await h.fling(-500); await s.idle(2500);
      await h.fling(600); await h.fling(600); await s.idle(2000);
      await press(s, '#f-physio'); await s.idle(2000);
      await press(s, '#pick0');
      await page.waitForURL(/step=when/); await s.idle(2000);
      const nx = await aim(s, '#cal-next');
      for (let i = 0; i < 2; i++) { await h.tapAt(nx.x, nx.y); await h.pause(250, 400); }
      await s.idle(1500);
      await pickTime(s, 'pen', '#slot3');
      await press(s, '#sms-switch'); await s.idle(1500);
      await toDetails(s);
      await fill(s, '#name', 'Mia Lund');
      await fill(s, '#phone', '07700 900111');
      await h.ensureVisible('#phone-q');
      const q = await h.pointIn('#phone-q');
      await h.hoverAt(q.x, q.y, 1500); await s.idle(1500);
      await press(s, '#consent-label'); await s.idle(1500);
      await toReview(s);
      await press(s, '#acc-pay-btn'); await s.idle(2000);
      await s.rotate(true);
      await s.idle(v.pauseMs);
    },
  };
}

export const HELDOUT9_SESSIONS = [
  calmHybrid({ seed: 9505, viewport: { width: 1366, height: 768 }, touch: true, pauseMs: 4000 }),
  calmMagnifier({ seed: 9606, viewport: { width: 1280, height: 720 }, pauseMs: 4000 }),
  calmAccel({ seed: 9707, viewport: { width: 1920, height: 1080, deviceScaleFactor: 1.5 }, pauseMs: 4000, recordOptions: { maskAllInputs: true } }),
  calmStylus({ seed: 9808, pauseMs: 5000 }),
  hybridA({ seed: 9101, viewport: { width: 1366, height: 768 }, touch: true }),
  stylusB({ seed: 9202 }),
  accelC({ seed: 9303, viewport: { width: 1920, height: 1080, deviceScaleFactor: 1.5 }, shakeMs: 2000, shakeAmp: 60 }),
  magnifierD({ seed: 9404, viewport: { width: 1280, height: 720 }, shakeMs: 2500, loopR: 45 }),
  stylusE({ seed: 9909 }),
];
