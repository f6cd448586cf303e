// Held-out set 4 (replay issue 15, fourth round): a kind of site no detector was tuned on
// (a fleet dispatch dashboard, gen/site/dispatch.*: hash routes announced as 'pageview'
// events, a map panned by dragging and zoomed by double-click, a modal form, an SVG chart,
// KPI tiles on an irregular refresh schedule and a blinking 'live' mark, so the DOM changes
// all the time without any click) and two new human models (SlowHuman, an older person's
// slow careful hand, and PenHuman, a pen on a graphics tablet, in gen/human.mjs). Every
// recording is in part `heldout4`: this set was written, generated and committed before
// any detector change of round 4 and before any detector ran on it (replay's docs/signals.md).

const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

// Repeated presses around one spot; each within `spread` px of the first.
async function burst(s, n, gapMin, gapMax, sigma, spread) {
  const { h, page } = s;
  const base = { x: h.x, y: h.y };
  for (let i = 0; i < n && i < 12; i++) {
    if (i > 0) {
      let dx = h.gauss(0, sigma), dy = h.gauss(0, sigma);
      const d = Math.hypot(dx, dy);
      if (d > spread) { dx *= spread / d; dy *= spread / d; }
      const nx = Math.round(base.x + dx), ny = Math.round(base.y + dy);
      await page.mouse.move(nx, ny, { steps: 3 });
      h.x = nx; h.y = ny;
    }
    await h.pressRelease();
    await h.pause(gapMin, gapMax);
  }
}

function centre(h, vp, r) {
  return { cx: Math.min(Math.max(h.x, r + 20), vp.w - r - 20), cy: Math.min(Math.max(h.y, r + 60), vp.h - r - 60) };
}

// The slow hand shaken in anger: wide back-and-forth strokes, slow for a shake.
async function wideShake(s, ms, amp, halfMin, halfMax) {
  const { h } = s;
  const vp = await h.viewport();
  const { cx, cy } = centre(h, vp, amp);
  let dir = h.rand() < 0.5 ? -1 : 1;
  const tilt = h.uniform(-0.4, 0.4);
  const end = Date.now() + ms;
  for (let g = 0; Date.now() < end && g < 60; g++) {
    const a = dir * amp * h.uniform(0.6, 1.0);
    await h.moveTo(cx + a, cy + tilt * a + h.gauss(0, 6), { durationMs: h.uniform(halfMin, halfMax) });
    dir = -dir;
  }
}

// Loops around one spot (circling the pointer while waiting, annoyed).
async function loops(s, ms, radius, periodMin, periodMax) {
  const { h, page } = s;
  const vp = await h.viewport();
  const { cx, cy } = centre(h, vp, radius);
  const end = Date.now() + ms;
  const period = h.uniform(periodMin, periodMax);
  const t0 = Date.now();
  const sign = h.rand() < 0.5 ? -1 : 1;
  for (let g = 0; Date.now() < end && g < 400; g++) {
    const a = sign * 2 * Math.PI * (Date.now() - t0) / period;
    const r = radius * (0.8 + 0.2 * Math.sin(a * 0.7));
    const x = Math.round(cx + r * Math.cos(a) + h.gauss(0, 1)), y = Math.round(cy + r * Math.sin(a) + h.gauss(0, 1));
    await page.mouse.move(x, y);
    h.x = x; h.y = y;
    await sleep(h.uniform(8, 16));
  }
}

// A pen zigzag: short quick strokes side to side, drifting a little.
async function zigzag(s, ms, amp, halfMin, halfMax) {
  const { h } = s;
  const vp = await h.viewport();
  let { cx, cy } = centre(h, vp, amp + 30);
  let dir = 1;
  const end = Date.now() + ms;
  for (let g = 0; Date.now() < end && g < 80; g++) {
    cy += h.gauss(0, 3);
    await h.moveTo(cx + dir * amp * h.uniform(0.5, 1.0), cy + h.gauss(0, 4), { durationMs: h.uniform(halfMin, halfMax) });
    dir = -dir;
  }
}

// Drag the map to pan it: press on the map, move with the button held, release.
async function pan(s, dx, dy, ms, { holdAfter = [80, 200] } = {}) {
  const { h, page } = s;
  await page.mouse.down();
  await h.pause(80, 200);
  await h.moveTo(h.x + dx, h.y + dy, { durationMs: ms });
  await h.pause(holdAfter[0], holdAfter[1]);
  await page.mouse.up();
}

async function toMapSpot(s) {
  const { h, page } = s;
  const box = await page.locator('#map').boundingBox();
  // an empty spot of the map (the upper left, away from markers)
  await h.moveTo(box.x + box.width * h.uniform(0.08, 0.2), box.y + box.height * h.uniform(0.08, 0.2));
  return box;
}

async function route(s, name, { back = false } = {}) {
  const { h, page } = s;
  await h.click(`#nav-${name}`);
  await page.waitForFunction((v) => !document.getElementById(`view-${v}`).hidden, name);
  if (back) await sleep(0);
}

async function openModal(s) {
  const { h, page } = s;
  await h.click('#assign-btn');
  await page.waitForSelector('#backdrop:not([hidden])');
  await h.pause(400, 800);
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

async function quickBackPage(s) {
  const { h, page } = s;
  await h.moveToEl('#help-link');
  await h.pause(150, 350);
  await s.episode('quick_back', async () => {
    await h.pressRelease();
    await page.waitForURL(/dispatch-help\.html/);
    await page.waitForLoadState('load');
    await sleep(h.uniform(1300, 2000));
    await page.evaluate(() => history.back());
    await page.waitForURL(/dispatch\.html$/);
    await page.waitForLoadState('load');
  }, { target: '#help-link', how: 'history.back()' });
}

async function quickBackRoute(s) {
  const { h, page } = s;
  await h.moveToEl('#nav-orders');
  await h.pause(150, 350);
  await s.episode('quick_back', async () => {
    await h.pressRelease();
    await page.waitForFunction(() => !document.getElementById('view-orders').hidden);
    await sleep(h.uniform(1100, 1700));
    await page.evaluate(() => history.back());
    await page.waitForFunction(() => !document.getElementById('view-map').hidden);
    await sleep(200);
  }, { target: '#nav-orders', how: 'history.back() (hash route)', spa: true });
}

const base = (name, human, v, describe) => ({
  name, part: 'heldout4', page: 'dispatch.html', device: 'desktop', human,
  viewport: v.viewport, seed: v.seed, recordOptions: { __consolePlugin: true, ...(v.recordOptions || {}) },
  expectSources: [0, 1, 2], describe,
});

// A. Slow hand: dead Reroute, slow Locate, a wide slow shake, phone re-entry in the modal, quick back via Help.
function slowA(v) {
  return {
    ...base('h4-dispatch-slow-a', 'slow', v, 'Older person\'s slow hand on the dispatch dashboard: selects a van; `dead_click` on "Reroute" (no handler; the chart, KPI tiles and live mark change meanwhile); `slow_click` on "Locate vans" (answer after 3.4 s); `erratic_cursor`: a wide, slow shake (~80 px, 220-320 ms strokes); `form_reentry` on the driver phone in the "Assign driver" modal (4 digits, rejected on blur, cleared, retyped); `quick_back` through "Help" (page load), back after ~1.6 s.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 450));
      await s.idle(2500);
      await h.click('#van-2');
      await s.idle(3000);
      await h.moveToEl('#reroute-btn');
      await h.pause(500, 900);
      await s.episode('dead_click', async () => { await h.pressRelease(); }, { target: '#reroute-btn' });
      await s.idle(4500);
      await h.moveToEl('#locate-btn');
      await h.pause(500, 900);
      await s.episode('slow_click', async () => { await h.pressRelease(); }, { target: '#locate-btn' });
      await s.idle(5500);
      await h.moveTo(h.x + h.uniform(150, 300), h.y + h.uniform(150, 250));
      await h.pause(400, 700);
      await s.episode('erratic_cursor', async () => { await wideShake(s, v.shakeMs, v.shakeAmp, 220, 320); });
      await s.idle(3000);
      await openModal(s);
      await h.click('#drv-name');
      await h.type('Eli Vik');
      await h.pause(400, 700);
      await reentry(s, 'drv-phone', '5512', '55 12 34 78');
      await h.pause(600, 1000);
      await h.click('#confirm-btn');
      await s.idle(3000);
      await quickBackPage(s);
      await s.idle(3000);
    },
  };
}

// B. Slow hand: slow spread rage on Reroute, Export error, slow wheel thrash on Orders, loops.
function slowB(v) {
  return {
    ...base('h4-dispatch-slow-b', 'slow', v, 'Older person\'s slow hand: `rage_click`: 4 slow clicks ~0.8 s apart, up to 15 px apart, on the broken "Reroute"; `error_click` on "Export"; opens Orders (hash route) and reads with the wheel one notch at a time; `scroll_thrash`: alternating slow wheel notches up and down; back to the map; `erratic_cursor`: the pointer circled around one spot (~45 px radius loops).'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 450));
      await s.idle(2500);
      await h.moveToEl('#reroute-btn');
      await h.pause(500, 900);
      await s.episode('rage_click', async () => { await burst(s, 4, 700, 900, 7, 15); }, { target: '#reroute-btn' });
      await s.idle(3500);
      await h.moveToEl('#export-btn');
      await h.pause(500, 900);
      await s.episode('error_click', async () => { await h.pressRelease(); await sleep(300); }, { target: '#export-btn' });
      await s.idle(3500);
      await route(s, 'orders');
      await s.idle(2000);
      await h.moveTo(h.uniform(500, 800), h.uniform(350, 500));
      await h.scrollBy(600);
      await s.idle(2500);
      await s.episode('scroll_thrash', async () => {
        let dir = -1;
        for (let i = 0; i < v.thrashFlicks; i++) {
          await h.wheelFlick(dir, h.int(1, 2));
          await h.pause(150, 300);
          dir = -dir;
        }
      }, { how: 'alternating slow mouse-wheel notches' });
      await s.idle(3000);
      await h.scrollBy(-1500);
      await route(s, 'map');
      await s.idle(2500);
      await h.moveTo(h.x + h.uniform(-200, 200), h.y + h.uniform(150, 250));
      await h.pause(400, 700);
      await s.episode('erratic_cursor', async () => { await loops(s, v.shakeMs, v.loopR, 450, 650); });
      await s.idle(3000);
      await h.click('#van-1');
      await s.idle(2000);
    },
  };
}

// C. Pen: dead "+5" cluster, slow Locate, a pen scribble of loops, Export error, keyboard page thrash.
function penA(v) {
  return {
    ...base('h4-dispatch-pen-a', 'pen', v, 'Pen on a graphics tablet: taps two vans; `dead_click` on the "+5" cluster (cursor: pointer, no handler; once); `slow_click` on "Locate vans"; `erratic_cursor`: small quick loops drawn with the pen (~25 px); `error_click` on "Export"; opens Orders; `scroll_thrash`: PageDown / PageUp pressed back and forth (keyboard scrolling, no wheel).'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(700, 1000), h.int(300, 450));
      await s.idle(2000);
      await h.click('#van-3');
      await s.idle(2500);
      await h.click('#van-4');
      await s.idle(2500);
      await h.moveToEl('#cluster', { pad: 0.3 });
      await h.pause(100, 200);
      await s.episode('dead_click', async () => { await h.pressRelease(); }, { target: '#cluster' });
      await s.idle(4000);
      await h.moveToEl('#locate-btn');
      await h.pause(100, 200);
      await s.episode('slow_click', async () => { await h.pressRelease(); }, { target: '#locate-btn' });
      await s.idle(5500);
      await h.moveTo(h.x + h.uniform(100, 250), h.y + h.uniform(150, 250));
      await h.pause(200, 400);
      await s.episode('erratic_cursor', async () => { await loops(s, v.shakeMs, v.loopR, 220, 320); });
      await s.idle(3000);
      await h.moveToEl('#export-btn');
      await h.pause(100, 200);
      await s.episode('error_click', async () => { await h.pressRelease(); await sleep(300); }, { target: '#export-btn' });
      await s.idle(3000);
      await route(s, 'orders');
      await s.idle(2500);
      await page.keyboard.press('PageDown');
      await s.idle(2500);
      await s.episode('scroll_thrash', async () => {
        const keys = ['PageDown', 'PageUp'];
        for (let i = 0; i < v.thrashKeys; i++) {
          await page.keyboard.press(keys[i % 2]);
          await h.pause(250, 420);
        }
      }, { how: 'PageDown / PageUp pressed back and forth', tailMs: 700 });
      await s.idle(3000);
      await route(s, 'map');
      await s.idle(2000);
    },
  };
}

// D. Pen: fast rage taps on "+5", quick back by hash route, phone re-entry, a pen zigzag.
function penB(v) {
  return {
    ...base('h4-dispatch-pen-b', 'pen', v, 'Pen on a graphics tablet: `rage_click`: 6 quick pen taps on the "+5" cluster (cursor: pointer, no handler; the nib slips 1-3 px in every tap); `quick_back` by hash route: Orders, back after ~1.4 s with history.back() (pageview events); `form_reentry` on the driver phone in the modal; `erratic_cursor`: a quick pen zigzag (~30 px strokes).'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(600, 900), h.int(300, 450));
      await s.idle(2000);
      await h.click('#van-1');
      await s.idle(2500);
      await h.moveToEl('#cluster', { pad: 0.3 });
      await h.pause(100, 200);
      await s.episode('rage_click', async () => { await burst(s, 6, 110, 200, 2, 6); }, { target: '#cluster' });
      await s.idle(3500);
      await quickBackRoute(s);
      await s.idle(3000);
      await openModal(s);
      await h.click('#drv-name');
      await h.type('Tor Haug');
      await h.pause(300, 500);
      await reentry(s, 'drv-phone', '4790', '+47 90 12 34 56');
      await h.pause(400, 700);
      await h.click('#confirm-btn');
      await s.idle(3000);
      await h.moveTo(h.x + h.uniform(-300, -100), h.y + h.uniform(100, 200));
      await h.pause(200, 400);
      await s.episode('erratic_cursor', async () => { await zigzag(s, v.shakeMs, v.shakeAmp, 45, 75); });
      await s.idle(3000);
      await h.click('#van-2');
      await s.idle(2000);
    },
  };
}

// Calm 1: the slow hand on the map: vans, a long slow pan held > 5 s, a short pan, a double-click zoom, orders.
function calmSlowMap(v) {
  return {
    ...base('h4-calm-dispatch-slow-map', 'slow', v, 'Calm older person on the map: selects three vans (slow movements with hesitations and small corrections; the chart, KPI tiles and live mark change all the time), pans the map with one long slow drag (button held ~6-7 s) and a short one back, double-clicks the map to zoom (two clicks on the same spot, answered), a reading click on the legend, opens Orders and reads with the wheel one notch at a time, returns to the map, a long rest with the hand on the mouse.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 450));
      await s.idle(2500);
      for (const id of ['#van-1', '#van-3', '#van-2']) { await h.click(id); await s.idle(2500); }
      await toMapSpot(s);
      await h.pause(500, 900);
      await pan(s, h.uniform(180, 260), h.uniform(90, 150), v.panMs, { holdAfter: [400, 800] });
      await s.idle(2000);
      await h.pause(300, 600);
      await pan(s, -h.uniform(60, 120), -h.uniform(30, 60), 1200);
      await s.idle(2000);
      await h.pause(500, 900);
      await h.doubleClick();
      await s.idle(3000);
      await h.moveToEl('#legend');
      await h.clickHere();
      await s.idle(2500);
      await route(s, 'orders');
      await s.idle(2000);
      await h.moveTo(h.uniform(500, 800), h.uniform(350, 500));
      await h.scrollBy(900, { pauseMin: 900, pauseMax: 1800 });
      await s.idle(3000);
      await h.scrollBy(-1200);
      await route(s, 'map');
      await s.idle(2000);
      await h.longPause(v.pauseMs);
      await h.click('#van-4');
      await s.idle(2000);
    },
  };
}

// Calm 2: pen dispatcher: taps with slips, quick short pans back and forth, the modal filled, a backdrop tap.
function calmPenDispatch(v) {
  return {
    ...base('h4-calm-dispatch-pen', 'pen', v, 'Calm pen user: taps vans (the nib slips 1-3 px in every tap), pans the map quickly back and forth four times to look around (short drags, button held), opens "Assign driver", fills name and a valid phone and confirms, opens it again and closes it with a tap on the dimmed backdrop, a reading tap on a KPI tile, the pen lifted and put down across the screen (jumps).'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(700, 1000), h.int(300, 450));
      await s.idle(2000);
      await h.click('#van-2');
      await s.idle(2000);
      await h.click('#van-4');
      await s.idle(2000);
      await toMapSpot(s);
      let dir = 1;
      for (let i = 0; i < 4; i++) {
        await h.pause(150, 300);
        await pan(s, dir * h.uniform(80, 160), h.gauss(0, 30), h.uniform(250, 400));
        dir = -dir;
      }
      await s.idle(2500);
      await openModal(s);
      await h.click('#drv-name');
      await h.type('Mia Lunde');
      await h.pause(300, 500);
      await h.click('#drv-phone');
      await h.type('91 23 45 67');
      await h.pause(400, 700);
      await h.click('#confirm-btn');
      await s.idle(2500);
      await openModal(s);
      await h.moveTo(h.uniform(40, 120), h.uniform(300, 500));
      await h.clickHere();
      await s.idle(2500);
      await h.moveToEl('#k-ontime');
      await h.clickHere();
      await s.idle(2500);
      await h.wander(3);
      await h.click('#van-3');
      await s.idle(2000);
    },
  };
}

// Calm 3: slow hand and keyboard, maskAllInputs: Enter on Assign driver and Confirm, a slow Help visit, PageDown reading.
function calmSlowKeyboard(v) {
  return {
    ...base('h4-calm-dispatch-slow-keyboard', 'slow', v, 'Calm older person who uses the keyboard (recorder option maskAllInputs): Enter on "Assign driver" (keyboard click at x=0, y=0), types the driver\'s name and phone with a typo fixed by backspaces, Enter on "Confirm", reads "Help" slowly (~10 s) and comes back with history.back(), opens Orders and reads it with PageDown (once PageUp to re-read a row), back to the map, long rests.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 450));
      await s.idle(2500);
      await h.keyActivate('#assign-btn', { tabs: 3 });
      await page.waitForSelector('#backdrop:not([hidden])');
      await h.pause(600, 1000);
      await page.focus('#drv-name');
      await h.type('Jon Berge');
      await h.pause(400, 700);
      await page.keyboard.press('Tab');
      await h.type('4812 34 566');
      await h.pause(400, 700);
      await h.backspace(2, { meanMs: 300 });
      await h.type('67');
      await h.pause(400, 700);
      await h.keyActivate('#confirm-btn', { tabs: 1 });
      await s.idle(3000);
      await h.click('#help-link');
      await page.waitForURL(/dispatch-help\.html/);
      await page.waitForLoadState('load');
      await s.idle(10000);
      await page.evaluate(() => history.back());
      await page.waitForURL(/dispatch\.html$/);
      await page.waitForLoadState('load');
      await s.idle(2500);
      await route(s, 'orders');
      await s.idle(2000);
      for (const key of ['PageDown', 'PageDown', 'PageUp', 'PageDown', 'PageDown']) {
        await page.keyboard.press(key);
        await s.idle(h.uniform(2500, 3500));
      }
      await route(s, 'map');
      await s.idle(2000);
      await h.longPause(v.pauseMs);
      await h.click('#van-1');
      await s.idle(2000);
    },
  };
}

// Calm 4: pen on orders and map: keyboard reading, reading taps on rows, a van tapped twice, a double-tap zoom.
function calmPenOrders(v) {
  return {
    ...base('h4-calm-dispatch-pen-orders', 'pen', v, 'Calm pen user: opens Orders and stays (~12 s) reading with the arrow keys and PageDown, reading taps on two table rows (not interactive), back to the map by the "Map" link, taps a van twice in a row (both answered), double-taps the map to zoom (a double-click, answered), pans once slowly, glances across the screen with the pen lifted.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(600, 900), h.int(300, 450));
      await s.idle(2000);
      await route(s, 'orders');
      await s.idle(2000);
      for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'PageDown']) { await page.keyboard.press(key); await h.pause(500, 900); }
      await s.idle(2000);
      await h.moveTo(h.uniform(300, 600), h.uniform(300, 400));
      await h.clickHere();
      await s.idle(2500);
      await h.moveTo(h.x + h.uniform(50, 150), h.y + h.uniform(80, 160));
      await h.clickHere();
      await s.idle(2500);
      await route(s, 'map');
      await s.idle(2000);
      await h.click('#van-3');
      await h.pause(400, 700);
      await h.clickHere();
      await s.idle(2500);
      await toMapSpot(s);
      await h.pause(200, 400);
      await h.doubleClick();
      await s.idle(2500);
      await h.pause(200, 400);
      await pan(s, h.uniform(100, 200), h.uniform(50, 100), 1600);
      await s.idle(2000);
      await h.wander(3);
      await s.idle(1500);
    },
  };
}

export const HELDOUT4_SESSIONS = [
  calmSlowMap({ seed: 4404, viewport: { width: 1280, height: 800 }, panMs: 6000, pauseMs: 7000 }),
  calmPenDispatch({ seed: 4505, viewport: { width: 1920, height: 1080 } }),
  calmSlowKeyboard({ seed: 4606, viewport: { width: 1366, height: 768 }, pauseMs: 6000, recordOptions: { maskAllInputs: true } }),
  calmPenOrders({ seed: 4707, viewport: { width: 1536, height: 864 } }),
  slowA({ seed: 4101, viewport: { width: 1280, height: 800 }, shakeMs: 2600, shakeAmp: 80 }),
  slowB({ seed: 4202, viewport: { width: 1440, height: 900 }, shakeMs: 2400, loopR: 45, thrashFlicks: 7 }),
  penA({ seed: 4303, viewport: { width: 1920, height: 1080 }, shakeMs: 2000, loopR: 25, thrashKeys: 7 }),
  penB({ seed: 4404 + 1, viewport: { width: 1536, height: 864 }, shakeMs: 1800, shakeAmp: 30 }),
];
