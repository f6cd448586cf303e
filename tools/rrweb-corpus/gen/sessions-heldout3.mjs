// Held-out set 3 (replay issue 15, third round): a site no detector was tuned on (a team
// inbox web app, gen/site/inbox.*: a live ticker and a carousel change the DOM all the
// time, answering no click) and two new human models (TrackpadHuman and FastHuman in
// gen/human.mjs). Every recording is in part `heldout3`: this set was written and
// committed before any detector change of round 3 and before any detector ran on it, and
// is kept out of every tuning decision (replay's docs/signals.md).

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

// A finger rubbing the trackpad back and forth along one axis (the pointer shakes in a
// small band, at this person's ordinary stroke speed or below).
async function rub(s, ms, amp, halfMin, halfMax, axis = 'x') {
  const { h } = s;
  const vp = await h.viewport();
  const cx = Math.min(Math.max(h.x, amp + 20), vp.w - amp - 20);
  const cy = Math.min(Math.max(h.y, amp + 60), vp.h - amp - 60);
  let dir = h.rand() < 0.5 ? -1 : 1;
  const end = Date.now() + ms;
  for (let guard = 0; Date.now() < end && guard < 60; guard++) {
    const a = dir * amp * h.uniform(0.6, 1.0);
    const tx = axis === 'x' ? cx + a : cx + h.gauss(0, 6);
    const ty = axis === 'x' ? cy + h.gauss(0, 6) : cy + a;
    await h.moveTo(tx, ty, { durationMs: h.uniform(halfMin, halfMax) });
    dir = -dir;
  }
}

// A quick scribble: the fast hand darts between random points around one spot.
async function scribble(s, ms, radius, segMin, segMax) {
  const { h } = s;
  const vp = await h.viewport();
  const cx = Math.min(Math.max(h.x, radius + 20), vp.w - radius - 20);
  const cy = Math.min(Math.max(h.y, radius + 60), vp.h - radius - 60);
  const end = Date.now() + ms;
  let ang = h.uniform(0, 2 * Math.PI);
  for (let guard = 0; Date.now() < end && guard < 60; guard++) {
    ang += Math.PI * h.uniform(0.6, 1.4); // roughly the other side each time
    const r = radius * h.uniform(0.5, 1.0);
    await h.moveTo(cx + r * Math.cos(ang), cy + r * Math.sin(ang), { durationMs: h.uniform(segMin, segMax), overshoot: false });
  }
}

// Drag the text-size slider's thumb back and forth (a purposeful adjustment, button held).
async function adjustSlider(s, moves, pxMin, pxMax, msMin, msMax) {
  const { h, page } = s;
  await h.ensureVisible('#zoom');
  const box = await page.locator('#zoom').boundingBox();
  const y = box.y + box.height / 2;
  await h.moveTo(box.x + box.width * 0.25, y);
  await h.pause(150, 300);
  await page.mouse.down();
  let dir = 1;
  for (let i = 0; i < moves && i < 12; i++) {
    const tx = Math.min(box.x + box.width - 2, Math.max(box.x + 2, h.x + dir * h.uniform(pxMin, pxMax)));
    await h.moveTo(tx, y + h.gauss(0, 1.5), { durationMs: h.uniform(msMin, msMax), overshoot: false });
    await h.pause(150, 450); // look at the text
    dir = -dir;
  }
  await page.mouse.up();
}

async function fill(s, selector, text) {
  const { h } = s;
  await h.ensureVisible(selector);
  await h.click(selector);
  await h.pause(250, 500);
  await h.type(text);
  await h.pause(300, 700);
}

async function openMessage(s, i) {
  await s.h.ensureVisible(`#m${i}`);
  await s.h.click(`#m${i}`);
}

async function quickBack(s) {
  const { h, page } = s;
  await h.ensureVisible('#help-link');
  await h.moveToEl('#help-link');
  await h.pause(150, 350);
  await s.episode('quick_back', async () => {
    await h.pressRelease();
    await page.waitForURL(/help\.html/);
    await page.waitForLoadState('load');
    await sleep(h.uniform(1200, 1900));
    await page.evaluate(() => history.back());
    await page.waitForURL(/inbox\.html/);
    await page.waitForLoadState('load');
  }, { target: '#help-link', how: 'history.back()' });
}

async function reentry(s, field, bad, good) {
  const { h, page } = s;
  await h.ensureVisible(`#${field}`);
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

const base = (name, human, v, describe) => ({
  name, part: 'heldout3', page: 'inbox.html', device: 'desktop', human,
  viewport: v.viewport, seed: v.seed, recordOptions: { __consolePlugin: true, ...(v.recordOptions || {}) },
  expectSources: [0, 1, 2], describe,
});

// A. Trackpad: dead Archive (ticker and carousel running), slow Sync, a rub shake, Export error, quick back.
function trackpadA(v) {
  return {
    ...base('h3-inbox-trackpad-a', 'trackpad', v, 'Trackpad user on the inbox: opens a message; `dead_click` on "Archive" (no handler; the ticker changes every 700 ms and the carousel every 2.6 s meanwhile); `slow_click` on "Sync" (answer after 3.2 s); `erratic_cursor`: the finger rubs the pad side to side (~35 px); `error_click` on "Export"; `quick_back` through "Help" (page load), back after ~1.5 s.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(600, 900), h.int(250, 400));
      await s.idle(2500);
      await openMessage(s, 1);
      await s.idle(3000);
      await h.moveToEl('#archive-btn');
      await h.pause(200, 400);
      await s.episode('dead_click', async () => { await h.pressRelease(); }, { target: '#archive-btn' });
      await s.idle(4000);
      await h.moveToEl('#sync-btn');
      await h.pause(200, 400);
      await s.episode('slow_click', async () => { await h.pressRelease(); }, { target: '#sync-btn' });
      await s.idle(5000);
      await h.moveTo(h.x + h.uniform(-250, -100), h.y + h.uniform(120, 220));
      await h.pause(300, 500);
      await s.episode('erratic_cursor', async () => { await rub(s, v.shakeMs, v.shakeAmp, 110, 150); });
      await s.idle(3000);
      await h.moveToEl('#export-btn');
      await h.pause(200, 400);
      await s.episode('error_click', async () => { await h.pressRelease(); await sleep(300); }, { target: '#export-btn' });
      await s.idle(3000);
      await quickBack(s);
      await s.idle(2500);
      await openMessage(s, 3);
      await s.idle(2000);
    },
  };
}

// B. Trackpad: rage on a label chip, two-finger scroll thrash, name re-entry, a vertical rub.
function trackpadB(v) {
  return {
    ...base('h3-inbox-trackpad-b', 'trackpad', v, 'Trackpad user: `rage_click`: 5 quick taps on the "urgent" label chip (cursor: pointer, no handler); reads the message with two-finger scrolls; `scroll_thrash`: alternating two-finger swipes; `form_reentry` on the signature name (2 letters, rejected on blur, cleared, retyped); `erratic_cursor`: the finger rubs the pad up and down (~30 px).'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(250, 400));
      await s.idle(2500);
      await h.moveToEl('#chip-urgent', { pad: 0.3 });
      await h.pause(200, 400);
      await s.episode('rage_click', async () => { await burst(s, 5, 140, 240, 2, 6); }, { target: '#chip-urgent' });
      await s.idle(3000);
      await h.moveTo(h.uniform(700, 900), h.uniform(350, 500));
      await h.scrollBy(600);
      await s.idle(2500);
      await s.episode('scroll_thrash', async () => {
        let dir = 1;
        for (let i = 0; i < v.thrashSwipes; i++) {
          await h.trackpadScroll(dir * h.uniform(220, 320), { interruptAt: 0.5 });
          await h.pause(60, 140);
          dir = -dir;
        }
      }, { how: 'alternating two-finger trackpad swipes (inertia cut short)' });
      await s.idle(3000);
      await reentry(s, 'set-name', 'Al', 'Alva Strand');
      await s.idle(2000);
      await h.moveTo(h.x + h.uniform(100, 250), h.y - h.uniform(100, 200));
      await h.pause(300, 500);
      await s.episode('erratic_cursor', async () => { await rub(s, v.shakeMs, v.shakeAmp, 100, 140, 'y'); });
      await s.idle(3000);
    },
  };
}

// C. Fast hand: dead chip, slow spread rage on Archive, a scribble, Export error, re-entry.
function fastA(v) {
  return {
    ...base('h3-inbox-fast-a', 'fast', v, 'Fast, precise hand: `dead_click` on the "billing" label chip (once); `rage_click`: 4 slow clicks ~0.65 s apart, up to 18 px apart, on the broken "Archive"; `erratic_cursor`: a quick scribble around one spot (~90 px); `error_click` on "Export"; `form_reentry` on the signature name.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(700, 1100), h.int(250, 450));
      await s.idle(2000);
      await openMessage(s, 2);
      await s.idle(2500);
      await h.moveToEl('#chip-billing', { pad: 0.3 });
      await h.pause(80, 160);
      await s.episode('dead_click', async () => { await h.pressRelease(40, 90); }, { target: '#chip-billing' });
      await s.idle(3500);
      await openMessage(s, 4);
      await s.idle(2000);
      await h.moveToEl('#archive-btn');
      await h.pause(80, 160);
      await s.episode('rage_click', async () => { await burst(s, 4, 550, 750, 8, 18); }, { target: '#archive-btn' });
      await s.idle(3500);
      await h.moveTo(h.x + h.uniform(100, 300), h.y + h.uniform(150, 300));
      await h.pause(200, 400);
      await s.episode('erratic_cursor', async () => { await scribble(s, v.shakeMs, v.shakeR, 70, 110); });
      await s.idle(3000);
      await h.moveToEl('#export-btn');
      await h.pause(80, 160);
      await s.episode('error_click', async () => { await h.pressRelease(40, 90); await sleep(300); }, { target: '#export-btn' });
      await s.idle(3000);
      await reentry(s, 'set-name', 'Bo', 'Bo Lindqvist');
      await s.idle(2500);
      await h.wander(2);
    },
  };
}

// D. Fast hand: slow Sync, quick back, wheel thrash, a fast diagonal shake.
function fastB(v) {
  return {
    ...base('h3-inbox-fast-b', 'fast', v, 'Fast, precise hand: `slow_click` on "Sync" (answer after 3.2 s; the ticker and carousel change meanwhile); `quick_back` through "Help"; reads with the wheel; `scroll_thrash`: alternating wheel flicks; `erratic_cursor`: a fast diagonal shake (~60 px).'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(500, 900), h.int(250, 400));
      await s.idle(2000);
      await openMessage(s, 5);
      await s.idle(2000);
      await h.moveToEl('#sync-btn');
      await h.pause(80, 160);
      await s.episode('slow_click', async () => { await h.pressRelease(40, 90); }, { target: '#sync-btn' });
      await s.idle(5000);
      await quickBack(s);
      await s.idle(2500);
      await h.moveTo(h.uniform(700, 1000), h.uniform(300, 500));
      await h.scrollBy(700);
      await s.idle(2500);
      await s.episode('scroll_thrash', async () => {
        let dir = 1;
        for (let i = 0; i < v.thrashFlicks; i++) {
          await h.wheelFlick(dir, h.int(2, 3), { gapMin: 25, gapMax: 50 });
          await h.pause(60, 140);
          dir = -dir;
        }
      }, { how: 'alternating mouse-wheel flicks' });
      await s.idle(3000);
      await h.moveTo(h.x + h.uniform(-300, -100), h.y + h.uniform(-150, 150));
      await h.pause(200, 400);
      await s.episode('erratic_cursor', async () => {
        const vp = await h.viewport();
        const cx = Math.min(Math.max(h.x, 100), vp.w - 100), cy = Math.min(Math.max(h.y, 120), vp.h - 120);
        let dir = 1;
        const end = Date.now() + v.shakeMs;
        for (let g = 0; Date.now() < end && g < 60; g++) {
          const a = dir * v.shakeAmp * h.uniform(0.6, 1.0);
          await h.moveTo(cx + a, cy + 0.6 * a + h.gauss(0, 5), { durationMs: h.uniform(60, 95), overshoot: false });
          dir = -dir;
        }
      });
      await s.idle(3000);
      await h.wander(2);
    },
  };
}

// Calm 1: trackpad reader: working rows, reading clicks, scroll overshoot and back, slider, stars.
function calmTrackpadReader(v) {
  return {
    ...base('h3-calm-inbox-trackpad-reader', 'trackpad', v, 'Calm trackpad user: opens three messages (the row answers at once; the ticker and carousel change all the time), a reading click on a paragraph and one on the side note, two-finger scrolls through the message with one short scroll back to re-read, drags the text-size slider back and forth four times to compare, toggles a star on and off quickly, a long pause with the finger off the pad, "Mark read".'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(250, 400));
      await s.idle(2500);
      for (const i of [0, 3, 6]) { await openMessage(s, i); await s.idle(2500); }
      await h.moveToEl('#p1');
      await h.clickHere();
      await s.idle(2000);
      await h.moveToEl('#side-note');
      await h.clickHere();
      await s.idle(1500);
      await h.moveTo(h.uniform(700, 900), h.uniform(300, 450));
      await h.scrollBy(500);
      await s.idle(2500);
      await h.trackpadScroll(-h.uniform(150, 220));
      await s.idle(3000);
      await h.scrollBy(300);
      await s.idle(2000);
      await h.scrollBy(-900);
      await s.idle(1500);
      await adjustSlider(s, 4, 50, 110, 300, 500);
      await s.idle(2000);
      await h.ensureVisible('#s2');
      await h.click('#s2');
      await h.pause(250, 400);
      await h.pressRelease();
      await s.idle(2000);
      await h.longPause(v.pauseMs);
      await h.click('#mark-btn');
      await s.idle(2500);
      await page.evaluate(() => 0);
    },
  };
}

// Calm 2: fast triage: many quick, long movements between the list and the toolbar.
function calmFastTriage(v) {
  return {
    ...base('h3-calm-inbox-fast-triage', 'fast', v, 'Calm fast hand triages the inbox: opens six messages one after another and presses "Mark read" after each (long fast movements between the list and the toolbar, every click answered at once), stars two messages, follows the text lines with the pointer while reading (left-to-right sweeps and quick returns), a click on the margin, glances across the screen.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(600, 900), h.int(250, 400));
      await s.idle(1500);
      for (const i of [0, 1, 2, 3, 4, 5]) {
        await openMessage(s, i);
        await h.pause(500, 1100);
        await h.click('#mark-btn');
        await h.pause(600, 1200);
        if (i === 1 || i === 4) { await h.click(`#s${i}`); await h.pause(300, 600); }
      }
      await s.idle(1500);
      // reading with the pointer: sweep along four lines of a paragraph
      await h.ensureVisible('#p2');
      const box = await page.locator('#p2').boundingBox();
      for (let line = 0; line < 4; line++) {
        const y = box.y + 10 + line * 20;
        await h.moveTo(box.x + h.uniform(0, 20), y, { durationMs: h.uniform(180, 260), overshoot: false });
        await h.moveTo(box.x + box.width * h.uniform(0.8, 0.95), y + h.gauss(0, 2), { durationMs: h.uniform(1600, 2400), overshoot: false });
      }
      await s.idle(1000);
      const vp = await h.viewport();
      await h.moveTo(Math.min(vp.w - 20, box.x + box.width + h.uniform(40, 100)), box.y + 30);
      await h.clickHere();
      await s.idle(2000);
      await h.wander(4);
      await s.idle(1500);
    },
  };
}

// Calm 3: trackpad and keyboard, maskAllInputs: Enter on working buttons, settings, slow help visit.
function calmTrackpadKeyboard(v) {
  return {
    ...base('h3-calm-inbox-trackpad-keyboard', 'trackpad', v, 'Calm trackpad user who uses the keyboard (recorder option maskAllInputs): opens a message, Enter on "Mark read" (keyboard click at x=0, y=0), types a valid signature name with a typo fixed by backspaces, Enter on "Save", reads "Help" slowly (~9 s) and comes back with history.back(), the finger off the pad for long stretches.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(250, 400));
      await s.idle(2000);
      await openMessage(s, 7);
      await s.idle(2500);
      await h.keyActivate('#mark-btn', { tabs: 2 });
      await s.idle(2500);
      await h.ensureVisible('#set-name');
      await h.click('#set-name');
      await h.pause(300, 500);
      await h.type('Siri Moenn');
      await h.pause(400, 700);
      await h.backspace(1, { meanMs: 200 });
      await h.pause(300, 500);
      await page.keyboard.press('Tab');
      await h.type('Team lead');
      await h.pause(400, 700);
      await h.keyActivate('#save-settings', { tabs: 1 });
      await s.idle(2500);
      await h.ensureVisible('#help-link');
      await h.click('#help-link');
      await page.waitForURL(/help\.html/);
      await page.waitForLoadState('load');
      await s.idle(9000);
      await page.evaluate(() => history.back());
      await page.waitForURL(/inbox\.html/);
      await page.waitForLoadState('load');
      await s.idle(2500);
      await h.longPause(v.pauseMs);
      await openMessage(s, 8);
      await s.idle(2000);
    },
  };
}

// Calm 4: fast hand adjusts the slider quickly, fills settings, opens messages.
function calmFastSettings(v) {
  return {
    ...base('h3-calm-inbox-fast-settings', 'fast', v, 'Calm fast hand: drags the text-size slider quickly back and forth three times to compare sizes (button held), fills the signature settings correctly and saves, opens two messages, toggles a star on and off, a reading click on the subject, glances across the screen.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(200, 350));
      await s.idle(2000);
      await adjustSlider(s, 6, 40, 90, 150, 260);
      await s.idle(2500);
      await fill(s, '#set-name', 'Jonas Berg');
      await fill(s, '#set-title', 'Support');
      await h.click('#save-settings');
      await s.idle(2500);
      await openMessage(s, 9);
      await s.idle(2000);
      await openMessage(s, 10);
      await s.idle(1500);
      await h.click('#s10');
      await h.pause(300, 600);
      await h.clickHere();
      await s.idle(1500);
      await h.ensureVisible('#subject');
      await h.moveToEl('#subject');
      await h.clickHere();
      await s.idle(2000);
      await h.wander(3);
      await s.idle(1500);
    },
  };
}

export const HELDOUT3_SESSIONS = [
  calmTrackpadReader({ seed: 8404, viewport: { width: 1440, height: 900 }, pauseMs: 7000 }),
  calmFastTriage({ seed: 8505, viewport: { width: 1920, height: 1080 } }),
  calmTrackpadKeyboard({ seed: 8606, viewport: { width: 1366, height: 768 }, pauseMs: 6000, recordOptions: { maskAllInputs: true } }),
  calmFastSettings({ seed: 8707, viewport: { width: 1280, height: 720 } }),
  trackpadA({ seed: 8101, viewport: { width: 1440, height: 900 }, shakeMs: 2200, shakeAmp: 35 }),
  trackpadB({ seed: 8202, viewport: { width: 1280, height: 800 }, shakeMs: 2000, shakeAmp: 30, thrashSwipes: 7 }),
  fastA({ seed: 8303, viewport: { width: 1920, height: 1080 }, shakeMs: 2000, shakeR: 90 }),
  fastB({ seed: 8404 + 1, viewport: { width: 1536, height: 864 }, shakeMs: 1800, shakeAmp: 60, thrashFlicks: 7 }),
];

// Held-out set 3b: the same scripts with other seeds, screens and numbers, generated after
// set 3's one run with the detectors frozen (no detector change after that run), and run
// once too. Part `heldout3b`, in tests/data/rrweb-heldout3b.
const b = (def) => ({ ...def, name: def.name.replace(/^h3-/, 'h3b-'), part: 'heldout3b' });
export const HELDOUT3B_SESSIONS = [
  b(calmTrackpadReader({ seed: 9404, viewport: { width: 1280, height: 800 }, pauseMs: 9000 })),
  b(calmFastTriage({ seed: 9505, viewport: { width: 1600, height: 900 } })),
  b(calmTrackpadKeyboard({ seed: 9606, viewport: { width: 1440, height: 900 }, pauseMs: 8000, recordOptions: { maskAllInputs: true } })),
  b(calmFastSettings({ seed: 9707, viewport: { width: 1366, height: 768 } })),
  b(trackpadA({ seed: 9101, viewport: { width: 1536, height: 864 }, shakeMs: 2500, shakeAmp: 45 })),
  b(trackpadB({ seed: 9202, viewport: { width: 1440, height: 900 }, shakeMs: 2300, shakeAmp: 40, thrashSwipes: 8 })),
  b(fastA({ seed: 9303, viewport: { width: 1600, height: 900 }, shakeMs: 2300, shakeR: 70 })),
  b(fastB({ seed: 9405, viewport: { width: 1920, height: 1080 }, shakeMs: 2100, shakeAmp: 80, thrashFlicks: 8 })),
];
