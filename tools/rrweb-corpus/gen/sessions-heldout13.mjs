// Held-out set 13 (replay issue 15, thirteenth round): a kind of site no detector was tuned on
// (a restaurant ordering page, gen/site/menu.*: a menu of 12 dishes with +/- quantity
// steppers answered at once, category buttons that filter the menu at once, a cart drawer
// opened and closed, a tip selector that changes the total at once, "Waiting time" answered
// after 0.8 s, a mobile number validated on blur, a "Kitchen closes in" countdown ticking
// every second in the sticky header, a real allergen-info page) and existing input models in
// new combinations: a thumb trackball (TrackballHuman) on a small laptop, a pen on a graphics
// tablet (PenHuman), a stylus on a phone (StylusHuman on a 412x915 phone), a fingertip on a
// small tablet (TabletHuman, 820x1180), and calm: a slow hand (SlowHuman), a high-DPI
// accelerated mouse (AccelHuman), a left-handed mouse (LeftyHuman) and a jittery mouse
// (JitterHuman). Every recording is in part `heldout13`: written, generated and committed
// before any detector ran on it (replay's docs/signals.md). Late answers are truth by rule:
// the site reports every answer with the click it answers (window.__devAnswer), and any click
// answered after more than 1 s is a slow_click row in any session (gen/truth.mjs,
// lateAnswerRows); a calm script never presses "Apply voucher" (3.3 s).

import { answersSince, lastEpisode, loops } from './kit.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const PHONE = { width: 412, height: 915, deviceScaleFactor: 2.625 };
const PHONE_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const TAB = { width: 820, height: 1180, deviceScaleFactor: 2 };
const TAB_UA = 'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
// the header and the tool bar are sticky (on a phone only the bar: the header scrolls away); the cart drawer is fixed
const BAR = new Set(['#cat-all', '#cat-mains', '#cat-sweets', '#eta', '#voucher-btn', '#allergen-btn', '#share-btn', '#cart-btn']);
const HEAD = new Set(['#table', '#info-link']);
const margin = (s) => (s.def.device === 'phone' ? 240 : 150);
const fixed = (s, sel) => BAR.has(sel) || sel.startsWith('#cart-') || (HEAD.has(sel) && s.def.device !== 'phone');

// ---- pressing: a finger (tablet), a spoken "tap ..." (voice), a finger on the laptop screen (hybrid, how = 'touch'), else the pointer
async function aim(s, sel) {
  const { h } = s;
  if (!fixed(s, sel)) await h.ensureVisible(sel, { margin: margin(s) });
  if (s.def.human === 'voice') { await h.utter(); return h.pointIn(sel); }
  if (s.mobile) { await h.pause(300, 700); return h.pointIn(sel); }
  const p = await h.pointIn(sel); await h.moveTo(p.x, p.y); await h.pause(150, 350); return p;
}
async function hit(s, p, how) {
  const { h } = s;
  if (s.mobile) await h.tapAt(p.x, p.y);
  else if (how === 'touch') await h.touchTapAt(p.x, p.y);
  else await h.pressRelease();
}
async function aimTouch(s, sel) {
  const { h } = s;
  if (!fixed(s, sel)) await h.ensureVisible(sel, { margin: margin(s) });
  await h.pause(350, 800); // the hand leaves the keyboard and reaches for the screen
  return h.pointIn(sel);
}
async function press(s, sel, how) { const p = how === 'touch' ? await aimTouch(s, sel) : await aim(s, sel); await hit(s, p, how); return p; }

async function single(s, signal, sel, waitMs, how) {
  const p = how === 'touch' ? await aimTouch(s, sel) : await aim(s, sel);
  await s.episode(signal, async () => { await hit(s, p, how); if (signal === 'error_click') await sleep(300); }, { target: sel });
  const ep = lastEpisode(s);
  await s.idle(waitMs);
  const log = await answersSince(s, ep.t0);
  if (signal === 'slow_click') ep.answer = log.find((a) => a.what === 'voucher applied') || null;
  if (signal === 'dead_click') ep.answers = log.filter((a) => a.t <= ep.t1 + 5000 && a.click >= ep.t0);
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
      else { if (i > 0) { await page.mouse.move(x, y, { steps: 2 }); h.x = x; h.y = y; } await h.pressRelease(30, 70); }
      await h.pause(gapMin, gapMax);
    }
  }, { target: sel });
  const ep = lastEpisode(s);
  await s.idle(3500);
  ep.answers = (await answersSince(s, ep.t0)).filter((a) => a.t <= ep.t1 + 5000 && a.click >= ep.t0);
}

function centre(h, vp, r) {
  return { cx: Math.min(Math.max(h.x, r + 20), vp.w - r - 20), cy: Math.min(Math.max(h.y, r + 160), vp.h - r - 60) };
}
async function shake(s, ms, amp, halfMin, halfMax) {
  const { h } = s;
  const vp = await h.viewport();
  const { cx, cy } = centre(h, vp, amp);
  let dir = h.rand() < 0.5 ? -1 : 1;
  const tilt = h.uniform(-0.5, 0.5);
  const end = Date.now() + ms;
  for (let g = 0; Date.now() < end && g < 80; g++) {
    const a = dir * amp * h.uniform(0.6, 1.0);
    await h.moveTo(cx + a, cy + tilt * a + h.gauss(0, 6), { durationMs: h.uniform(halfMin, halfMax), overshoot: false });
    dir = -dir;
  }
}

// the mobile number for 'text me when it is ready': a bad address rejected on blur, cleared, a good one typed
async function reentry(s, bad, good, how) {
  const { h, page } = s;
  await press(s, '#phone', how);
  await h.pause(300, 500);
  await s.episode('form_reentry', async () => {
    await h.type(bad);
    await h.pause(300, 600);
    await page.keyboard.press('Tab');
    await page.waitForSelector('#phone-error:not([hidden])', { state: 'attached' });
    await s.idle(1800);
    await press(s, '#phone', how);
    await h.pause(250, 450);
    await page.keyboard.press('Control+A');
    await h.pause(150, 300);
    await page.keyboard.press('Backspace');
    await h.pause(500, 900);
    await h.type(good);
    await h.pause(300, 500);
    await page.keyboard.press('Tab');
  }, { target: '#phone' });
}

// quick back through the real allergen-info page: back after ~1.5 s
async function quickBack(s) {
  const { h, page } = s;
  const p = await aim(s, '#info-link');
  await s.episode('quick_back', async () => {
    await hit(s, p);
    await page.waitForURL(/menu-info\.html/);
    await page.waitForLoadState('load');
    await sleep(h.uniform(1200, 1900));
    await page.evaluate(() => history.back());
    await page.waitForURL(/\/menu\.html/);
    await page.waitForLoadState('load');
  }, { target: '#info-link', how: 'history.back()' });
}

async function flingThrash(s, n) {
  const { h } = s;
  await s.episode('scroll_thrash', async () => {
    let dir = -1;
    for (let i = 0; i < n; i++) { await h.fling(dir * h.uniform(380, 540)); await h.pause(60, 160); dir = -dir; }
  }, { how: 'finger flings alternating up and down', tailMs: 900 });
}
async function wheelThrash(s, n, how) {
  const { h } = s;
  await s.episode('scroll_thrash', async () => {
    let dir = 1;
    for (let i = 0; i < n; i++) { await h.wheelFlick(dir, h.int(2, 3)); await h.pause(100, 220); dir = -dir; }
  }, { how });
}
async function rotations(s) {
  const { h } = s;
  await s.episode('repeated_rotation', async () => {
    for (let i = 0; i < 4; i++) { if (i > 0) await h.pause(1200, 2000); await s.rotate(i % 2 === 0); }
  });
}

// a stepper pressed quickly several times (each press answered at once)
async function steps(s, sel, n, gapMin, gapMax) {
  const { h } = s;
  for (let i = 0; i < n; i++) { if (i === 0) await press(s, sel); else await hit(s, await h.pointIn(sel)); await h.pause(gapMin, gapMax); }
}

const rec = (v) => ({ __consolePlugin: true, ...(v.recordOptions || {}) });
const desk = (name, human, v, describe) => ({
  name, part: 'heldout13', page: 'menu.html', device: 'desktop', human, viewport: v.viewport, touch: !!v.touch,
  seed: v.seed, recordOptions: rec(v), expectSources: [0, 1, 2], describe,
});
const tablet = (name, human, v, describe) => ({
  name, part: 'heldout13', page: 'menu.html', device: 'tablet', human, viewport: TAB, userAgent: TAB_UA,
  seed: v.seed, recordOptions: rec(v), expectSources: [0, 2, 3], describe,
});
const phone = (name, human, v, describe) => ({
  name, part: 'heldout13', page: 'menu.html', device: 'phone', human, viewport: PHONE, userAgent: PHONE_UA,
  seed: v.seed, recordOptions: rec(v), expectSources: [0, 2, 3], describe,
});

// A. Thumb trackball on a small laptop: a dead click on "Table 12", lost loops, a slow "Apply voucher", mobile-number re-entry, a quick back through "Allergen info".
function trackballA(v) {
  return {
    ...desk('m13-trackball-a', 'trackball', v, 'Thumb trackball on a small laptop (TrackballHuman: rolled strokes with the thumb re-placed between them, buttons apart from the ball): adds a dish with its "+" (the quantity, the cart button and the total change at once); `dead_click`: a click on "Table 12" in the header (dashed, cursor: pointer, no handler); `erratic_cursor`: the ball rolled round and round (~55 px loops of the pointer) over the menu, lost; `slow_click` on "Apply voucher" (the real answer, the voucher box in the sidebar, after 3.3 s, nothing shown meanwhile); `form_reentry` on the mobile number ("+351 91" rejected on blur, cleared, "+351 912 345 678" typed); sends the order; `quick_back` through "Allergen info" (a real page), back after ~1.5 s.'),
    expectSources: [0, 1, 2], // no scroll: every control it uses is in view
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(400, 700), h.int(300, 450));
      await s.idle(2500);
      await press(s, '#plus-1'); await s.idle(2000);
      await single(s, 'dead_click', '#table', 4500);
      await s.idle(1500);
      await h.moveTo(h.uniform(650, 850), h.uniform(400, 500)); await s.idle(1200);
      await s.episode('erratic_cursor', async () => { await loops(s, v.shakeMs, v.loopR, 380, 520); });
      await s.idle(2500);
      await single(s, 'slow_click', '#voucher-btn', 5500);
      await reentry(s, '+351 91', '+351 912 345 678');
      await s.idle(1500);
      await press(s, '#order-btn'); await s.idle(2500);
      await quickBack(s);
      await s.idle(3000);
    },
  };
}

// B. Pen on a graphics tablet: rage clicks on "Allergen table", a shake, an error click on "Share menu", wheel thrash.
function penB(v) {
  return {
    ...desk('m13-pen-b', 'pen', v, 'Pen on a graphics tablet (PenHuman: quick straight strokes, the pen lifted out of range between them, short presses): shows only the mains; `rage_click`: 6 clicks 0.33-0.42 s apart, up to 9 px apart, on "Allergen table" (no handler); `erratic_cursor`: a shake (~100 px, 90-140 ms strokes) over the menu; `error_click` on "Share menu" (console error); reads down with the wheel; `scroll_thrash`: wheel flicks alternating down and up over the menu and the notes below it.'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(500, 900), h.int(300, 500));
      await s.idle(2500);
      await press(s, '#cat-mains'); await s.idle(2000);
      await burst(s, '#allergen-btn', 6, 200, 350, 8);
      await s.idle(1500);
      await h.moveTo(h.uniform(700, 1000), h.uniform(380, 520));
      await s.idle(1200);
      await s.episode('erratic_cursor', async () => { await shake(s, v.shakeMs, v.shakeAmp, 90, 140); });
      await s.idle(3000);
      await single(s, 'error_click', '#share-btn', 3000);
      await h.scrollBy(500); await s.idle(2000);
      await wheelThrash(s, 6, 'wheel flicks alternating down and up');
      await s.idle(3000);
    },
  };
}

// C. Stylus on a phone: rage taps on "Allergen table", a dead tap on "Table 12", fling thrash, repeated rotation, a quick back.
function stylusC(v) {
  return {
    ...phone('m13-stylus-c', 'stylus', v, 'Stylus on a phone (StylusHuman on a 412x915 phone at DPR 2.625: the pen hovers before each small tap; scrolling with a finger): `rage_click`: 5 pen taps 0.6-0.8 s apart (each after a short hover), up to 11 px apart, on "Allergen table" (no handler); `dead_click`: a tap on "Table 12" in the header (cursor: pointer, no handler); adds a dish with its "+"; `scroll_thrash`: finger flings alternating up and down over the menu; `repeated_rotation`: 4 turns 1.2-2.0 s apart (landscape, portrait, ...); `quick_back` through "Allergen info", back after ~1.5 s.'),
    expectSources: [0, 2, 3, 4],
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await burst(s, '#allergen-btn', 5, 60, 160, 10);
      await s.idle(1500);
      await single(s, 'dead_click', '#table', 4500);
      await press(s, '#plus-3'); await s.idle(1500);
      await h.fling(-600); await s.idle(1500);
      await flingThrash(s, 6);
      await s.idle(2500);
      await rotations(s);
      await s.idle(2500);
      await h.fling(1500); await s.idle(1500);
      await quickBack(s);
      await s.idle(3000);
    },
  };
}

// D. Fingertip on a small tablet: a slow "Apply voucher", an error tap on "Share menu", mobile-number re-entry, turned in the hands.
function tabletD(v) {
  return {
    ...tablet('m13-tablet-d', 'tablet', v, 'Fingertip on a small tablet (TabletHuman, 820x1180 at DPR 2: wide taps, flings): adds two dishes with their "+"; `slow_click` on "Apply voucher" (the real answer after 3.3 s); `error_click`: a tap on "Share menu" (console error); `form_reentry` on the mobile number ("91234" rejected on blur, cleared, "912 345 678" typed); `repeated_rotation`: 4 turns 1.2-2.0 s apart (landscape, portrait, ...).'),
    expectSources: [0, 2, 4], // no scroll: every control it uses is in view
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await press(s, '#plus-0'); await s.idle(1500); await press(s, '#plus-9'); await s.idle(1500);
      await single(s, 'slow_click', '#voucher-btn', 5500);
      await single(s, 'error_click', '#share-btn', 3000);
      await reentry(s, '91234', '912 345 678');
      await s.idle(2000);
      await rotations(s);
      await s.idle(3000);
    },
  };
}

// Calm E: slow hand: categories, a "+" pressed three times quickly and a "-", a tip, the cart opened and closed at once, "Waiting time" (0.8 s).
function calmSlow(v) {
  return {
    ...desk('m13-calm-slow', 'slow', v, 'Calm, slow and careful hand (SlowHuman: slow aimed movements with small corrections, long presses, the wheel a notch at a time): shows the mains, then all dishes (the menu filters at once); presses "+" on a dish three times about 0.7 s apart (each press answered: the quantity, the cart button and the total change) and "-" once; picks a 15% tip (the total changes at once); opens the cart drawer and closes it (5 s later); "Waiting time" (the estimate shows 0.8 s later); reads down and up with the wheel while the "Kitchen closes in" countdown ticks.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 500));
      await s.idle(2500);
      await press(s, '#cat-mains'); await s.idle(2000); await press(s, '#cat-all'); await s.idle(2000);
      await steps(s, '#plus-2', 3, 300, 500); await s.idle(1200);
      await press(s, '#minus-2'); await s.idle(1500);
      await press(s, '#tip-15'); await s.idle(1500);
      await press(s, '#cart-btn'); await h.pause(600, 800); await press(s, '#cart-close'); await s.idle(2000);
      await press(s, '#eta'); await s.idle(2500);
      await h.scrollBy(600); await s.idle(3000); await h.scrollBy(-600); await s.idle(v.pauseMs);
    },
  };
}

// Calm F: high-DPI accelerated mouse: dishes added, tips changed quickly, a valid mobile number, the cart and "Go to payment".
function calmAccel(v) {
  return {
    ...desk('m13-calm-accel', 'accel', v, 'Calm user of a high-DPI accelerated mouse (AccelHuman: fast strokes that speed up and stop short): adds three dishes with their "+" (each answered at once); picks a 10% tip and 1.9 s later a 20% tip (the total changes each time); clicks into the mobile number (its box is highlighted and a hint shows), types a valid number ("+351 936 112 447") and sends the order; opens the cart drawer, "Go to payment" (the drawer says it is opening the payment page), "Close"; reads the notes down with the wheel and back up.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(600, 1000), h.int(300, 500));
      await s.idle(2500);
      await press(s, '#plus-4'); await s.idle(900); await press(s, '#plus-8'); await s.idle(900); await press(s, '#plus-10'); await s.idle(1500);
      await press(s, '#tip-10'); await h.pause(300, 500); await press(s, '#tip-20'); await s.idle(1500);
      await press(s, '#phone'); await h.pause(300, 500); await h.type('+351 936 112 447'); await h.pause(300, 500);
      await press(s, '#order-btn'); await s.idle(2000);
      await press(s, '#cart-btn'); await s.idle(1500); await press(s, '#cart-go'); await s.idle(1200); await press(s, '#cart-close'); await s.idle(1500);
      await h.scrollBy(700); await s.idle(3000); await h.scrollBy(-700); await s.idle(v.pauseMs);
    },
  };
}

// Calm G: left-handed mouse: sweets, a "+" twice, "Waiting time" twice (0.8 s each), the cart opened and closed.
function calmLefty(v) {
  return {
    ...desk('m13-calm-lefty', 'lefty', v, 'Calm left-handed mouse user (LeftyHuman: arcs bowed the other way, long pauses with the hand off the mouse): shows the sweets (the menu filters at once); presses "+" on a sweet twice 0.6 s apart (each answered); "Waiting time" twice (each estimate shows 0.8 s later); opens the cart drawer and closes it; shows all dishes again; reads down slowly with the wheel and back up.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(400, 700), h.int(300, 450));
      await s.idle(2500);
      await press(s, '#cat-sweets'); await s.idle(2000);
      await steps(s, '#plus-8', 2, 400, 600); await s.idle(1500);
      await press(s, '#eta'); await s.idle(2000); await press(s, '#eta'); await s.idle(2000);
      await press(s, '#cart-btn'); await s.idle(1500); await press(s, '#cart-close'); await s.idle(1500);
      await press(s, '#cat-all'); await s.idle(1500);
      await h.scrollBy(500); await s.idle(3000); await h.scrollBy(-500); await s.idle(v.pauseMs);
    },
  };
}

// Calm H: jittery mouse: a "+" four times quickly and "-" twice, categories, a tip, the cart opened and closed at once, "Waiting time" (0.8 s).
function calmJitter(v) {
  return {
    ...desk('m13-calm-jitter', 'jitter', v, 'Calm user of a jittery mouse (JitterHuman: a noisy sensor, small jumps of the pointer now and then, a press that may slip a step): presses "+" on a dish four times 0.4-0.5 s apart and "-" twice 0.5 s apart (each press answered at once); shows the mains and all dishes again; picks a 10% tip; opens the cart drawer and closes it 1.9 s later; "Waiting time" (0.8 s); reads the notes down with the wheel and scrolls back up.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(600, 1000), h.int(300, 500));
      await s.idle(2500);
      await steps(s, '#plus-0', 4, 250, 400); await s.idle(1000);
      await steps(s, '#minus-0', 2, 300, 450); await s.idle(1500);
      await press(s, '#cat-mains'); await s.idle(1500); await press(s, '#cat-all'); await s.idle(1500);
      await press(s, '#tip-10'); await s.idle(1500);
      await press(s, '#cart-btn'); await h.pause(400, 600); await press(s, '#cart-close'); await s.idle(1500);
      await press(s, '#eta'); await s.idle(2500);
      await h.scrollBy(800); await s.idle(3000); await h.scrollBy(-800); await s.idle(v.pauseMs);
    },
  };
}

export const HELDOUT13_SESSIONS = [
  calmSlow({ seed: 13505, viewport: { width: 1600, height: 1000 }, pauseMs: 3000 }),
  calmAccel({ seed: 13606, viewport: { width: 1920, height: 1200 }, pauseMs: 3000 }),
  calmLefty({ seed: 13707, viewport: { width: 1280, height: 1024 }, pauseMs: 3000 }),
  calmJitter({ seed: 13808, viewport: { width: 1440, height: 900 }, pauseMs: 3000 }),
  trackballA({ seed: 13101, viewport: { width: 1366, height: 768 }, shakeMs: 2600, loopR: 55 }),
  penB({ seed: 13202, viewport: { width: 1600, height: 900 }, shakeMs: 2200, shakeAmp: 100 }),
  stylusC({ seed: 13303 }),
  tabletD({ seed: 13404 }),
];
