// Held-out set 5 (replay issue 15, fifth round): a kind of site no detector was tuned on
// (a spreadsheet-like budget grid with inline editing, gen/site/sheet.*: a click selects a
// cell, a double-click or Enter edits it, arrow keys move, +/- steppers, sortable headers,
// a date picker, a collaborator's highlight moving on its own) and a new human model
// (JitterHuman, a worn low-precision mouse, in gen/human.mjs) beside the first model used
// with keyboard spreadsheet navigation. Every recording is in part `heldout5`: this set was
// written, generated and committed before any detector change of round 5 and before any
// detector ran on it (replay's docs/signals.md).

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
      await page.mouse.move(nx, ny, { steps: 2 });
      h.x = nx; h.y = ny;
    }
    await h.pressRelease();
    await h.pause(gapMin, gapMax);
  }
}

function centre(h, vp, r) {
  return { cx: Math.min(Math.max(h.x, r + 20), vp.w - r - 20), cy: Math.min(Math.max(h.y, r + 60), vp.h - r - 60) };
}

// Back-and-forth strokes (a shake) around where the pointer is.
async function shake(s, ms, amp, halfMin, halfMax) {
  const { h } = s;
  const vp = await h.viewport();
  const { cx, cy } = centre(h, vp, amp);
  let dir = h.rand() < 0.5 ? -1 : 1;
  const tilt = h.uniform(-0.5, 0.5);
  const end = Date.now() + ms;
  for (let g = 0; Date.now() < end && g < 80; g++) {
    const a = dir * amp * h.uniform(0.6, 1.0);
    await h.moveTo(cx + a, cy + tilt * a + h.gauss(0, 5), { durationMs: h.uniform(halfMin, halfMax) });
    dir = -dir;
  }
}

// Loops around one spot, drawn through the mouse's own sensor (h.moveTo in short arcs).
async function loops(s, ms, radius, periodMin, periodMax) {
  const { h } = s;
  const vp = await h.viewport();
  const { cx, cy } = centre(h, vp, radius);
  const end = Date.now() + ms;
  const period = h.uniform(periodMin, periodMax);
  const sign = h.rand() < 0.5 ? -1 : 1;
  let a = 0;
  for (let g = 0; Date.now() < end && g < 200; g++) {
    a += sign * Math.PI / 3;
    const r = radius * h.uniform(0.8, 1.1);
    await h.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a), { durationMs: period / 6 });
  }
}

// A zigzag drifting sideways: quick strokes up and down.
async function zigzag(s, ms, amp, halfMin, halfMax) {
  const { h } = s;
  const vp = await h.viewport();
  let { cx, cy } = centre(h, vp, amp + 60);
  let dir = 1;
  const end = Date.now() + ms;
  for (let g = 0; Date.now() < end && g < 80; g++) {
    cx += h.gauss(4, 3);
    await h.moveTo(cx + h.gauss(0, 4), cy + dir * amp * h.uniform(0.5, 1.0), { durationMs: h.uniform(halfMin, halfMax) });
    dir = -dir;
  }
}

async function editCell(s, sel, text) {
  const { h, page } = s;
  await h.moveToEl(sel);
  await h.pause(200, 450);
  await h.doubleClick();
  await page.waitForSelector('#cell-edit');
  await h.pause(300, 600);
  await page.keyboard.press('Control+A');
  await h.type(text);
  await h.pause(250, 500);
  await page.keyboard.press('Enter');
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
  await h.moveToEl('#help-link');
  await h.pause(150, 350);
  await s.episode('quick_back', async () => {
    await h.pressRelease();
    await page.waitForURL(/sheet-help\.html/);
    await page.waitForLoadState('load');
    await sleep(h.uniform(1200, 1900));
    await page.evaluate(() => history.back());
    await page.waitForURL(/sheet\.html$/);
    await page.waitForLoadState('load');
  }, { target: '#help-link', how: 'history.back()' });
}

async function datePick(s, row, { nexts = 0, day = null, close = 'day' } = {}) {
  const { h, page } = s;
  await h.click(`#c${row}-4`);
  await page.waitForSelector('#picker:not([hidden])');
  await h.pause(500, 900);
  for (let i = 0; i < nexts; i++) { await h.click('#next-month'); await h.pause(150, 300); }
  if (close === 'day') await h.click(`#days span[data-day="${day ?? h.int(3, 26)}"]`);
  else if (close === 'escape') await page.keyboard.press('Escape');
  else { await h.moveTo(h.x + h.uniform(250, 400), h.y + h.uniform(-40, 40)); await h.clickHere(); }
  await page.waitForSelector('#picker', { state: 'hidden' });
}

const base = (name, human, v, describe) => ({
  name, part: 'heldout5', page: 'sheet.html', device: 'desktop', human,
  viewport: v.viewport, seed: v.seed, recordOptions: { __consolePlugin: true, ...(v.recordOptions || {}) },
  expectSources: [0, 1, 2], describe,
});

// A. Jittery mouse: dead Share, slow Recalculate, a shake, cap re-entry, quick back via Help.
function jitterA(v) {
  return {
    ...base('h5-sheet-jitter-a', 'jitter', v, 'Worn low-precision mouse: selects two cells; `dead_click` on "Share" (no handler; the collaborator highlight moves meanwhile); `slow_click` on "Recalculate" (answer after 3.6 s); `erratic_cursor`: a shake (~60 px, 90-150 ms strokes, 3-4 sensor reports each); `form_reentry` on the budget cap (900, rejected on blur, cleared, retyped); `quick_back` through "Help" (page load), back after ~1.5 s.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 450));
      await s.idle(2500);
      await h.click('#c2-0');
      await s.idle(2000);
      await h.click('#c5-3');
      await s.idle(2500);
      await h.moveToEl('#share-btn');
      await h.pause(200, 400);
      await s.episode('dead_click', async () => { await h.pressRelease(); }, { target: '#share-btn' });
      await s.idle(4500);
      await h.moveToEl('#recalc-btn');
      await h.pause(200, 400);
      await s.episode('slow_click', async () => { await h.pressRelease(); }, { target: '#recalc-btn' });
      await s.idle(5500);
      await h.moveTo(h.x + h.uniform(200, 350), h.y + h.uniform(200, 300));
      await h.pause(300, 600);
      await s.episode('erratic_cursor', async () => { await shake(s, v.shakeMs, v.shakeAmp, 90, 150); });
      await s.idle(3000);
      await reentry(s, 'cap', '900', '250000');
      await s.idle(2500);
      await quickBack(s);
      await s.idle(3000);
    },
  };
}

// B. Jittery mouse: fast rage on Share, Export error, wheel thrash on the grid, loops.
function jitterB(v) {
  return {
    ...base('h5-sheet-jitter-b', 'jitter', v, 'Worn low-precision mouse: `rage_click`: 5 quick clicks ~0.25 s apart, up to 10 px apart, on the broken "Share"; `error_click` on "Export CSV"; reads down the grid with the wheel; `scroll_thrash`: wheel flicks alternating down and up; `erratic_cursor`: the pointer circled around one spot (~35 px radius loops, through the coarse sensor).'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(600, 900), h.int(300, 450));
      await s.idle(2000);
      await h.click('#c1-1');
      await s.idle(2000);
      await h.moveToEl('#share-btn');
      await h.pause(150, 300);
      await s.episode('rage_click', async () => { await burst(s, 5, 180, 320, 4, 10); }, { target: '#share-btn' });
      await s.idle(3500);
      await h.moveToEl('#export-btn');
      await h.pause(150, 300);
      await s.episode('error_click', async () => { await h.pressRelease(); await sleep(300); }, { target: '#export-btn' });
      await s.idle(3000);
      await h.moveTo(h.uniform(500, 800), h.uniform(450, 600));
      await h.scrollBy(400);
      await s.idle(2500);
      await s.episode('scroll_thrash', async () => {
        let dir = -1;
        for (let i = 0; i < v.thrashFlicks; i++) {
          await h.wheelFlick(dir, h.int(2, 3));
          await h.pause(120, 250);
          dir = -dir;
        }
      }, { how: 'wheel flicks alternating up and down' });
      await s.idle(3000);
      await h.scrollBy(-1200);
      await s.idle(2000);
      await h.moveTo(h.x + h.uniform(-200, 200), h.y + h.uniform(-150, -50));
      await h.pause(300, 600);
      await s.episode('erratic_cursor', async () => { await loops(s, v.shakeMs, v.loopR, 360, 500); });
      await s.idle(3000);
      await h.click('#c3-0');
      await s.idle(2000);
    },
  };
}

// C. First model, keyboard in the grid: dead Owner header, Export error, cost-centre re-entry, zigzag, quick back.
function keyboardC(v) {
  return {
    ...base('h5-sheet-keyboard-c', 'human', v, 'Keyboard spreadsheet user (the first human model): selects a price and moves through cells with the arrow keys; `dead_click` on the "Owner" header (cursor: pointer, dotted underline, no handler; once); `error_click` on "Export CSV"; `form_reentry` on the cost centre (cc12, rejected on blur, cleared, retyped CC-4410); `erratic_cursor`: a quick zigzag (~35 px strokes drifting sideways); `quick_back` through "Help", back after ~1.6 s.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 450));
      await s.idle(2000);
      await h.click('#c0-3');
      await h.pause(400, 700);
      for (const k of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowRight']) { await page.keyboard.press(k); await h.pause(250, 500); }
      await s.idle(1500);
      await h.moveToEl('#h-owner');
      await h.pause(150, 350);
      await s.episode('dead_click', async () => { await h.pressRelease(); }, { target: '#h-owner' });
      await s.idle(4500);
      await h.moveToEl('#export-btn');
      await h.pause(150, 300);
      await s.episode('error_click', async () => { await h.pressRelease(); await sleep(300); }, { target: '#export-btn' });
      await s.idle(3000);
      await reentry(s, 'cc', 'cc12', 'CC-4410');
      await s.idle(2500);
      await h.moveTo(h.x + h.uniform(100, 300), h.y + h.uniform(200, 300));
      await h.pause(300, 600);
      await s.episode('erratic_cursor', async () => { await zigzag(s, v.shakeMs, v.shakeAmp, 60, 95); });
      await s.idle(3000);
      await quickBack(s);
      await s.idle(2500);
    },
  };
}

// D. Jittery mouse: slow spread rage on the Owner header, slow Recalculate, wheel thrash, a wide shake.
function jitterD(v) {
  return {
    ...base('h5-sheet-jitter-d', 'jitter', v, 'Worn low-precision mouse: `rage_click`: 4 clicks ~0.6 s apart, up to 14 px apart, on the "Owner" header (cursor: pointer, no handler); `slow_click` on "Recalculate"; `scroll_thrash`: short wheel flicks down and up on the grid; `erratic_cursor`: a wide shake (~90 px, 130-200 ms strokes).'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(250, 400));
      await s.idle(2000);
      await h.moveToEl('#h-owner');
      await h.pause(200, 400);
      await s.episode('rage_click', async () => { await burst(s, 4, 520, 700, 7, 14); }, { target: '#h-owner' });
      await s.idle(3500);
      await h.moveToEl('#recalc-btn');
      await h.pause(200, 400);
      await s.episode('slow_click', async () => { await h.pressRelease(); }, { target: '#recalc-btn' });
      await s.idle(5500);
      await h.moveTo(h.uniform(400, 700), h.uniform(400, 550));
      await h.scrollBy(500);
      await s.idle(2500);
      await s.episode('scroll_thrash', async () => {
        let dir = 1;
        for (let i = 0; i < v.thrashFlicks; i++) {
          await h.wheelFlick(dir, h.int(1, 2));
          await h.pause(150, 280);
          dir = -dir;
        }
      }, { how: 'short wheel flicks alternating down and up' });
      await s.idle(3000);
      await h.moveTo(h.x + h.uniform(-250, 250), h.y + h.uniform(-150, -80));
      await h.pause(300, 600);
      await s.episode('erratic_cursor', async () => { await shake(s, v.shakeMs, v.shakeAmp, 130, 200); });
      await s.idle(3000);
      await h.click('#c4-0');
      await s.idle(2000);
    },
  };
}

// Calm 1: jittery mouse editing: double-click to edit, fast stepper clicks, sort twice, date picker with month arrows.
function calmJitterEdit(v) {
  return {
    ...base('h5-calm-sheet-jitter-edit', 'jitter', v, 'Calm editing with a worn low-precision mouse: selects cells (each click answered: outline and formula bar), double-clicks an item to edit it inline, types and presses Enter; clicks "+" five times quickly on one quantity (~0.15-0.25 s apart, each answered) and "-" twice; sorts by Qty twice (the second click flips the order); opens a date picker, clicks the next-month arrow three times quickly (each answered) and picks a day; opens another date picker and closes it with Escape; rests with the hand on the mouse (sensor glitches).'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 450));
      await s.idle(2000);
      for (const id of ['#c1-0', '#c1-3', '#c3-5']) { await h.click(id); await s.idle(1500); }
      await editCell(s, '#c2-0', 'Venue deposit (paid)');
      await s.idle(2000);
      await h.moveToEl('#inc-4');
      await h.pause(200, 400);
      for (let i = 0; i < 5; i++) { await h.pressRelease(); await h.pause(150, 250); }
      await h.pause(400, 700);
      await h.click('#dec-4');
      await h.pause(300, 500);
      await h.clickHere();
      await s.idle(2500);
      await h.click('#h-qty');
      await s.idle(1500);
      await h.click('#h-qty');
      await s.idle(2500);
      await datePick(s, 6, { nexts: 3 });
      await s.idle(2500);
      await datePick(s, 9, { close: 'escape' });
      await s.idle(6000);
      await h.click('#c0-0');
      await s.idle(2000);
    },
  };
}

// Calm 2: jittery mouse scanning the long grid up and down, a word selected by double-click, a long rest.
function calmJitterScan(v) {
  return {
    ...base('h5-calm-sheet-jitter-scan', 'jitter', v, 'Calm reading with a worn low-precision mouse: scans the long grid down and up with the wheel several times with reading pauses (1.2-2.5 s) between the turns, hovers over rows, double-clicks a word in the notes to select it, a reading click on the notes, sorts by Total once, a long rest with the hand on the mouse (the pointer glitches 3-9 px and back now and then), selects a cell.'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(600, 900), h.int(300, 450));
      await s.idle(2500);
      await h.moveTo(h.uniform(500, 800), h.uniform(400, 550));
      for (const px of [500, -300, 600, -400, 500, -900]) {
        await h.scrollBy(px, { pauseMin: 600, pauseMax: 1200 });
        await s.idle(h.uniform(1200, 2500));
      }
      await h.wander(2);
      await h.scrollBy(1500);
      await s.idle(1500);
      const w = await h.wordBox('#notes', 'deposit');
      await h.moveTo(w.x + w.width / 2, w.y + w.height / 2);
      await h.pause(200, 400);
      await h.doubleClick();
      await s.idle(2000);
      await h.moveTo(h.x + h.uniform(-150, 150), h.y + h.uniform(-10, 10));
      await h.clickHere();
      await s.idle(2000);
      await h.scrollBy(-2000);
      await s.idle(1500);
      await h.click('#h-total');
      await s.idle(2500);
      await s.idle(v.pauseMs);
      await h.click('#c5-1');
      await s.idle(2000);
      await page.evaluate(() => 0);
    },
  };
}

// Calm 3: the first model with the keyboard (maskAllInputs): arrows, Enter to edit, valid cap and cost centre, a slow Help visit.
function calmKeyboard(v) {
  return {
    ...base('h5-calm-sheet-keyboard', 'human', v, 'Calm keyboard spreadsheet user (recorder option maskAllInputs): clicks a cell, moves with the arrow keys (runs of quick presses), presses Enter to edit a price, types and Enter; fills the budget cap and the cost centre with valid values (Tab between them); reads "Help" slowly (~9 s) and comes back with history.back(); edits another cell; long rests.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 450));
      await s.idle(2000);
      await h.click('#c0-0');
      await h.pause(400, 700);
      for (const k of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight', 'ArrowRight']) { await page.keyboard.press(k); await h.pause(180, 350); }
      await h.pause(500, 800);
      await page.keyboard.press('Enter');
      await page.waitForSelector('#cell-edit');
      await h.pause(300, 500);
      await page.keyboard.press('Control+A');
      await h.type('4100');
      await page.keyboard.press('Enter');
      await s.idle(2500);
      await h.click('#cap');
      await h.type('180000');
      await h.pause(300, 500);
      await page.keyboard.press('Tab');
      await h.pause(200, 400);
      await page.keyboard.press('Tab');
      await h.type('CC-2207');
      await page.keyboard.press('Tab');
      await s.idle(2500);
      await h.click('#help-link');
      await page.waitForURL(/sheet-help\.html/);
      await page.waitForLoadState('load');
      await s.idle(9000);
      await page.evaluate(() => history.back());
      await page.waitForURL(/sheet\.html$/);
      await page.waitForLoadState('load');
      await s.idle(2500);
      await h.click('#c6-0');
      await h.pause(300, 600);
      for (const k of ['ArrowDown', 'ArrowDown']) { await page.keyboard.press(k); await h.pause(200, 400); }
      await page.keyboard.press('Enter');
      await page.waitForSelector('#cell-edit');
      await h.type(' (extra)');
      await page.keyboard.press('Enter');
      await s.idle(v.pauseMs);
      await h.click('#c1-5');
      await s.idle(2000);
    },
  };
}

// Calm 4: jittery mouse: a fast run on a stepper, quick sorts, date pickers closed by a click outside, a drag over cells.
function calmJitterSteps(v) {
  return {
    ...base('h5-calm-sheet-jitter-steps', 'jitter', v, 'Calm counting with a worn low-precision mouse: clicks "+" on one quantity seven times quickly (~0.12-0.2 s apart, each answered at once) and "-" three times; sorts by Total three times in a row (~0.5 s apart, each answered); opens a date picker and closes it with a click elsewhere, twice; drags across a range of cells (button held, nothing happens); selects cells; rests.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 450));
      await s.idle(2000);
      await h.click('#c2-1');
      await s.idle(1500);
      await h.moveToEl('#inc-3');
      await h.pause(200, 400);
      for (let i = 0; i < 7; i++) { await h.pressRelease(50, 90); await h.pause(90, 150); }
      await h.pause(500, 900);
      await h.moveToEl('#dec-3');
      await h.pause(150, 300);
      for (let i = 0; i < 3; i++) { await h.pressRelease(); await h.pause(200, 350); }
      await s.idle(2500);
      await h.moveToEl('#h-total');
      await h.pause(200, 400);
      for (let i = 0; i < 3; i++) { await h.pressRelease(); await h.pause(400, 600); }
      await s.idle(2500);
      await datePick(s, 2, { close: 'outside' });
      await s.idle(1500);
      await datePick(s, 7, { close: 'outside' });
      await s.idle(2500);
      await h.moveToEl('#c3-0');
      await h.pause(200, 400);
      await page.mouse.down();
      await h.pause(100, 200);
      const b = await page.locator('#c6-3').boundingBox();
      await h.moveTo(b.x + b.width / 2, b.y + b.height / 2, { durationMs: h.uniform(700, 1000) });
      await h.pause(150, 300);
      await page.mouse.up();
      await s.idle(2500);
      await h.click('#c4-3');
      await s.idle(v.pauseMs);
      await h.click('#c0-1');
      await s.idle(2000);
    },
  };
}

export const HELDOUT5_SESSIONS = [
  calmJitterEdit({ seed: 5505, viewport: { width: 1440, height: 900 } }),
  calmJitterScan({ seed: 5606, viewport: { width: 1920, height: 1080 }, pauseMs: 7000 }),
  calmKeyboard({ seed: 5707, viewport: { width: 1366, height: 768 }, pauseMs: 5000, recordOptions: { maskAllInputs: true } }),
  calmJitterSteps({ seed: 5808, viewport: { width: 1280, height: 800 }, pauseMs: 5000 }),
  jitterA({ seed: 5101, viewport: { width: 1440, height: 900 }, shakeMs: 2200, shakeAmp: 60 }),
  jitterB({ seed: 5202, viewport: { width: 1920, height: 1080 }, shakeMs: 2200, loopR: 35, thrashFlicks: 7 }),
  keyboardC({ seed: 5303, viewport: { width: 1366, height: 768 }, shakeMs: 1800, shakeAmp: 35 }),
  jitterD({ seed: 5404, viewport: { width: 1280, height: 800 }, shakeMs: 2400, shakeAmp: 90, thrashFlicks: 6 }),
];
