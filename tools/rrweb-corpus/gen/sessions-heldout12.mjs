// Held-out set 12 (replay issue 15, twelfth round): a kind of site no detector was tuned on
// (a flight search results page, gen/site/flights.*: results that re-sort at once when a sort
// button is pressed, a price range slider that filters them while it moves and sets the count
// when it is released, "Direct only" that filters after 0.8 s, hearts that save and unsave a
// flight, "Select" opening a fare dialog with "Close", a price alert whose email is validated
// on blur, a "Prices held" countdown ticking every second in the sticky header, a real
// baggage-rules page) and existing input models in new combinations: a hand with a tremor
// (TremorHuman) on a small laptop, a left-handed mouse (LeftyHuman), a fingertip on a large
// tablet (TabletHuman, 1024x1366), a touchscreen 2-in-1 turned in the hands (HybridHuman,
// 1368x912 at DPR 1.5), and calm: a trackpad (TrackpadHuman), a fast precise hand
// (FastHuman), voice control on a phone (VoiceHuman) and a gamer's mouse (GamerHuman).
// Every recording is in part `heldout12`: written, generated and committed before any
// detector ran on it (replay's docs/signals.md). Late answers are truth by rule: the site
// reports every answer with the click it answers (window.__devAnswer), and any click
// answered after more than 1 s is a slow_click row in any session (gen/truth.mjs,
// lateAnswerRows); a calm script never presses "Flexible dates" (3.3 s).

import { answersSince, lastEpisode, loops } from './kit.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const PHONE = { width: 390, height: 844, deviceScaleFactor: 3 };
const PHONE_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const TAB = { width: 1024, height: 1366, deviceScaleFactor: 2 };
const TAB_UA = 'Mozilla/5.0 (Linux; Android 14; SM-X810) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
// the header and the sort bar are sticky (on a phone only the bar: the header scrolls away)
const BAR = new Set(['#sort-price', '#sort-fast', '#sort-early', '#direct', '#flex-btn', '#graph-btn', '#share-btn']);
const HEAD = new Set(['#account', '#bag-link']);
const margin = (s) => (s.def.device === 'phone' ? 240 : 150);
const fixed = (s, sel) => BAR.has(sel) || sel.startsWith('#fare-') || (HEAD.has(sel) && s.def.device !== 'phone');

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
  if (signal === 'slow_click') ep.answer = log.find((a) => a.what === 'nearby dates shown') || null;
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

// the price-alert email: a bad address rejected on blur, cleared, a good one typed
async function reentry(s, bad, good, how) {
  const { h, page } = s;
  await press(s, '#alert-email', how);
  await h.pause(300, 500);
  await s.episode('form_reentry', async () => {
    await h.type(bad);
    await h.pause(300, 600);
    await page.keyboard.press('Tab');
    await page.waitForSelector('#alert-email-error:not([hidden])', { state: 'attached' });
    await s.idle(1800);
    await press(s, '#alert-email', how);
    await h.pause(250, 450);
    await page.keyboard.press('Control+A');
    await h.pause(150, 300);
    await page.keyboard.press('Backspace');
    await h.pause(500, 900);
    await h.type(good);
    await h.pause(300, 500);
    await page.keyboard.press('Tab');
  }, { target: '#alert-email' });
}

// quick back through the real baggage-rules page: back after ~1.5 s
async function quickBack(s) {
  const { h, page } = s;
  const p = await aim(s, '#bag-link');
  await s.episode('quick_back', async () => {
    await hit(s, p);
    await page.waitForURL(/flights-bags\.html/);
    await page.waitForLoadState('load');
    await sleep(h.uniform(1200, 1900));
    await page.evaluate(() => history.back());
    await page.waitForURL(/\/flights\.html/);
    await page.waitForLoadState('load');
  }, { target: '#bag-link', how: 'history.back()' });
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

// the price slider dragged with the mouse held down, back and forth, then released (the
// release is a click on the slider, answered by the count and the note)
async function adjustSlider(s, fracs) {
  const { h, page } = s;
  await h.ensureVisible('#price', { margin: margin(s) });
  const b = await page.locator('#price').boundingBox();
  const y = b.y + b.height / 2;
  const val = await page.evaluate(() => (Number(document.getElementById('price').value) - 80) / 360);
  await h.moveTo(b.x + 8 + (b.width - 16) * val, y); await h.pause(200, 400);
  await page.mouse.down();
  for (const f of fracs) { await h.moveTo(b.x + 8 + (b.width - 16) * f, y + h.gauss(0, 1.2), { durationMs: h.uniform(350, 700), overshoot: false }); await h.pause(400, 900); }
  await page.mouse.up();
}

const rec = (v) => ({ __consolePlugin: true, ...(v.recordOptions || {}) });
const desk = (name, human, v, describe) => ({
  name, part: 'heldout12', page: 'flights.html', device: 'desktop', human, viewport: v.viewport, touch: !!v.touch,
  seed: v.seed, recordOptions: rec(v), expectSources: [0, 1, 2], describe,
});
const tablet = (name, human, v, describe) => ({
  name, part: 'heldout12', page: 'flights.html', device: 'tablet', human, viewport: TAB, userAgent: TAB_UA,
  seed: v.seed, recordOptions: rec(v), expectSources: [0, 2, 3], describe,
});
const phone = (name, human, v, describe) => ({
  name, part: 'heldout12', page: 'flights.html', device: 'phone', human, viewport: PHONE, userAgent: PHONE_UA,
  seed: v.seed, recordOptions: rec(v), expectSources: [0, 2, 3], describe,
});

// A. Hand with a tremor on a small laptop: a dead click on "Signed in as Ana", a slow "Flexible dates", alert re-entry, a quick back through "Baggage rules".
function tremorA(v) {
  return {
    ...desk('f12-tremor-a', 'tremor', v, 'Hand with a tremor on a small laptop (TremorHuman: a shaking pointer, hesitant aimed movements, long presses): sorts by "Fastest" (the results re-sort at once); `dead_click`: a click on "Signed in as Ana" in the header (dashed, cursor: pointer, no handler); `slow_click` on "Flexible dates" (the real answer, the nearby dates in the sidebar, after 3.3 s, nothing shown meanwhile); saves a flight with its heart; `form_reentry` on the price-alert email ("ana.lima@" rejected on blur, cleared, "ana.lima@mail.pt" typed); sets the alert; `quick_back` through "Baggage rules" (a real page), back after ~1.5 s.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(400, 700), h.int(300, 450));
      await s.idle(3000);
      await press(s, '#sort-fast'); await s.idle(2500);
      await single(s, 'dead_click', '#account', 4500);
      await s.idle(2000);
      await single(s, 'slow_click', '#flex-btn', 5500);
      await press(s, '#fav-3'); await s.idle(2000);
      await reentry(s, 'ana.lima@', 'ana.lima@mail.pt');
      await s.idle(1500);
      await press(s, '#alert-btn'); await s.idle(2500);
      await quickBack(s);
      await s.idle(3000);
    },
  };
}

// B. Left-handed mouse: rage clicks on "Price graph", a shake, an error click on "Share search", wheel thrash.
function leftyB(v) {
  return {
    ...desk('f12-lefty-b', 'lefty', v, 'Left-handed mouse user (LeftyHuman: arcs bowed the other way, long pauses with the hand off the mouse): sorts by "Earliest"; `rage_click`: 5 clicks 0.2-0.4 s apart, up to 9 px apart, on "Price graph" (no handler); `erratic_cursor`: a shake (~90 px, 100-150 ms strokes) over the results; `error_click` on "Share search" (console error); reads down with the wheel; `scroll_thrash`: wheel flicks alternating down and up over the results and the travel tips.'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(500, 900), h.int(300, 500));
      await s.idle(2500);
      await press(s, '#sort-early'); await s.idle(2000);
      await burst(s, '#graph-btn', 5, 200, 400, 9);
      await s.idle(1500);
      await h.moveTo(h.uniform(700, 1000), h.uniform(380, 520));
      await s.idle(1200);
      await s.episode('erratic_cursor', async () => { await shake(s, v.shakeMs, v.shakeAmp, 100, 150); });
      await s.idle(3000);
      await single(s, 'error_click', '#share-btn', 3000);
      await h.scrollBy(500); await s.idle(2000);
      await wheelThrash(s, 6, 'wheel flicks alternating down and up');
      await s.idle(3000);
    },
  };
}

// C. Fingertip on a large tablet: rage taps on "Price graph", a dead tap on "Signed in as Ana", fling thrash, repeated rotation, a quick back.
function tabletC(v) {
  return {
    ...tablet('f12-tablet-c', 'tablet', v, 'Fingertip on a large tablet (TabletHuman, 1024x1366, DPR 2: wide taps, flings): `rage_click`: 5 taps 0.3-0.5 s apart, up to 12 px apart, on "Price graph" (no handler); `dead_click`: a tap on "Signed in as Ana" (cursor: pointer, no handler); saves a flight with its heart; `scroll_thrash`: finger flings alternating up and down over the results; `repeated_rotation`: 4 turns 1.2-2.0 s apart (landscape, portrait, ...); `quick_back` through "Baggage rules", back after ~1.5 s.'),
    expectSources: [0, 2, 3, 4],
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await burst(s, '#graph-btn', 5, 300, 500, 12);
      await s.idle(1500);
      await single(s, 'dead_click', '#account', 4500);
      await press(s, '#fav-1'); await s.idle(1500);
      await h.fling(-500); await s.idle(1500);
      await flingThrash(s, 6);
      await s.idle(2500);
      await rotations(s);
      await s.idle(2500);
      await h.fling(900); await s.idle(1500);
      await quickBack(s);
      await s.idle(3000);
    },
  };
}

// D. Touchscreen 2-in-1: lost loops, a slow "Flexible dates", an error tap on "Share search", alert re-entry, turned in the hands.
function hybridD(v) {
  return {
    ...desk('f12-hybrid-d', 'hybrid', v, 'Touchscreen 2-in-1 (HybridHuman, 1368x912 at DPR 1.5: a trackpad pointer and a finger on the screen): `erratic_cursor`: the pointer circled round and round (~60 px loops) over the results, lost; `slow_click`: a pointer click on "Flexible dates" (the real answer after 3.3 s); `error_click`: a finger tap on "Share search" (console error); `form_reentry` on the price-alert email ("joao@mail" rejected on blur, cleared, "joao@mail.pt" typed); `repeated_rotation`: the 2-in-1 turned in the hands 4 times 1.2-2.0 s apart (912x1368, 1368x912, ...).'),
    expectSources: [0, 1, 2, 4],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(400, 700), h.int(300, 450));
      await s.idle(2500);
      await h.moveTo(h.uniform(650, 850), h.uniform(420, 520)); await s.idle(1200);
      await s.episode('erratic_cursor', async () => { await loops(s, v.shakeMs, v.loopR, 380, 500); });
      await s.idle(2500);
      await single(s, 'slow_click', '#flex-btn', 5500);
      await single(s, 'error_click', '#share-btn', 3000, 'touch');
      await reentry(s, 'joao@mail', 'joao@mail.pt');
      await s.idle(2000);
      await rotations(s);
      await s.idle(3000);
    },
  };
}

// Calm E: trackpad: re-sorts, the slider dragged back and forth, a heart on and off, the fare dialog opened and closed quickly, "Direct only" (0.8 s).
function calmTrackpad(v) {
  return {
    ...desk('f12-calm-trackpad', 'trackpad', v, 'Calm trackpad user (TrackpadHuman): sorts by "Fastest", then back to "Cheapest" (the results re-sort at once); drags the price slider with the button held down to about 300, 210, 260 and releases (the results filter while it moves; the release sets the count and the note); saves a flight with its heart and unsaves it at once; "Select" opens the fare dialog and "Close" shuts it 0.8 s later; "Direct only" on (the results filter 0.8 s later) and off again; reads down and up with two-finger scrolls while the "Prices held" countdown ticks.'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 500));
      await s.idle(2500);
      await press(s, '#sort-fast'); await s.idle(2000); await press(s, '#sort-price'); await s.idle(2000);
      await adjustSlider(s, [0.6, 0.35, 0.5]); await s.idle(2000);
      await press(s, '#fav-0'); await h.pause(300, 500); await press(s, '#fav-0'); await s.idle(1500);
      await press(s, '#sel-0'); await h.pause(700, 900); await press(s, '#fare-close'); await s.idle(2000);
      await press(s, '#direct'); await s.idle(2000); await press(s, '#direct'); await s.idle(2000);
      await h.scrollBy(600); await s.idle(3000); await h.scrollBy(-600); await s.idle(v.pauseMs);
    },
  };
}

// Calm F: fast precise hand: quick sorts, hearts, the fare dialog, a valid price alert, reading with the wheel.
function calmFast(v) {
  return {
    ...desk('f12-calm-fast', 'fast', v, 'Calm fast, precise hand (FastHuman): clicks "Earliest", "Fastest" and "Cheapest" about a second apart (each re-sorts the results at once); saves two flights with their hearts; "Select" on a flight, "Go to seller" (the dialog says it is opening the seller), "Close"; "Select" on another and "Close" at once; clicks into the price-alert email (a hint shows) and sets an alert with a valid address ("per.berg@mail.no"); reads the travel tips down with the wheel and back up.'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(600, 1000), h.int(300, 500));
      await s.idle(2500);
      await press(s, '#sort-early'); await h.pause(200, 300); await press(s, '#sort-fast'); await h.pause(200, 300); await press(s, '#sort-price'); await s.idle(2000);
      await press(s, '#fav-4'); await s.idle(800); await press(s, '#fav-7'); await s.idle(1500);
      await press(s, '#sel-4'); await s.idle(1500); await press(s, '#fare-go'); await s.idle(1200); await press(s, '#fare-close'); await s.idle(1500);
      await press(s, '#sel-7'); await h.pause(400, 600); await press(s, '#fare-close'); await s.idle(1500);
      await press(s, '#alert-email'); await h.pause(300, 500); await h.type('per.berg@mail.no'); await h.pause(300, 500);
      await press(s, '#alert-btn'); await s.idle(2000);
      await h.scrollBy(700); await s.idle(3000); await h.scrollBy(-700); await s.idle(v.pauseMs);
    },
  };
}

// Calm G: voice control on a phone: spoken scrolls and taps: a heart, the fare dialog, sorts.
function calmVoice(v) {
  return {
    ...phone('f12-calm-voice', 'voice', v, 'Calm voice-control user on a phone (VoiceHuman, 390x844, DPR 3: each tap is spoken first, lands in the middle of the control with a tiny contact; scrolls are spoken "scroll down" / "scroll up", smooth): taps "Fastest" and "Cheapest" (the results re-sort at once); scrolls down to the results; saves a flight with its heart; "Select" opens the fare dialog, "Close"; unsaves the flight; scrolls down through the travel tips and back up.'),
    expectSources: [0, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(3000);
      await press(s, '#sort-fast'); await s.idle(2000); await press(s, '#sort-price'); await s.idle(2000);
      await press(s, '#fav-5'); await s.idle(1500);
      await press(s, '#sel-5'); await s.idle(1200); await press(s, '#fare-close'); await s.idle(1500);
      await press(s, '#fav-5'); await s.idle(1500);
      await h.say(1); await s.idle(2500); await h.say(1); await s.idle(2500); await h.say(-1); await s.idle(1500); await h.say(-1);
      await s.idle(v.pauseMs);
    },
  };
}

// Calm H: gamer: fast flicks, the slider adjusted back and forth quickly, a heart clicked three times, "Direct only" on and off (0.8 s), the fare dialog.
function calmGamer(v) {
  return {
    ...desk('f12-calm-gamer', 'gamer', v, 'Calm gamer (GamerHuman: flicks of 70-170 ms across the screen, overshoot and snap back): flicks across the results; drags the price slider back and forth quickly (to about 220, 360, 160, 270) and releases; clicks a heart three times about a second apart (saved, unsaved, saved, each answered); "Direct only" on (the results filter 0.8 s later); sorts by "Earliest"; "Direct only" off (0.8 s); "Select" and "Close" 0.6 s later; reads the tips with the wheel and scrolls fast back up.'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(600, 1200), h.int(300, 600));
      await s.idle(2500);
      await h.moveTo(h.uniform(900, 1300), h.uniform(400, 700)); await s.idle(1200);
      await adjustSlider(s, [0.4, 0.78, 0.22, 0.53]); await s.idle(2000);
      await press(s, '#fav-0'); await h.pause(250, 400); await press(s, '#fav-0'); await h.pause(250, 400); await press(s, '#fav-0'); await s.idle(1500);
      await press(s, '#direct'); await s.idle(2500);
      await press(s, '#sort-early'); await s.idle(2000);
      await press(s, '#direct'); await s.idle(2000);
      await press(s, '#sel-5'); await h.pause(500, 700); await press(s, '#fare-close'); await s.idle(1500);
      await h.scrollBy(800); await s.idle(3000); await h.scrollBy(-800); await s.idle(v.pauseMs);
    },
  };
}

export const HELDOUT12_SESSIONS = [
  calmTrackpad({ seed: 12505, viewport: { width: 1440, height: 900 }, pauseMs: 3000 }),
  calmFast({ seed: 12606, viewport: { width: 1680, height: 1050 }, pauseMs: 3000 }),
  calmVoice({ seed: 12707, pauseMs: 3000 }),
  calmGamer({ seed: 12808, viewport: { width: 1920, height: 1080 }, pauseMs: 3000 }),
  tremorA({ seed: 12101, viewport: { width: 1280, height: 720 } }),
  leftyB({ seed: 12202, viewport: { width: 1536, height: 864 }, shakeMs: 2200, shakeAmp: 90 }),
  tabletC({ seed: 12303 }),
  hybridD({ seed: 12404, viewport: { width: 1368, height: 912, deviceScaleFactor: 1.5 }, touch: true, shakeMs: 2500, loopR: 60 }),
];
