// Held-out set 11 (replay issue 15, eleventh round): a kind of site no detector was tuned on
// (an online notes editor, gen/site/notes.*: a contenteditable document under a sticky
// formatting toolbar whose toggles answer with a class change only, undo and redo, an
// autosave mark that flashes "Saving..." / "Saved" while typing, a word count, a focus timer
// counting down every second in the header, a notes list reordered by dragging its grip and
// pinned with a star, a figure that opens a lightbox, a comments panel, a share box whose
// email is validated on blur, a real help page) and existing input models in new
// combinations: a worn jittery mouse (JitterHuman), a high-DPI accelerated mouse (AccelHuman,
// DPR 1.5), a stylus on a tablet (StylusHuman), an older person's slow hand (SlowHuman), a
// fingertip on a small phone (TabletHuman, 360x780), and calm: a pen tablet on a desktop
// (PenHuman), keyboard only (Tab, Enter, shortcuts), a screen-magnifier user
// (MagnifierHuman) and a thumb trackball (TrackballHuman).
// Every recording is in part `heldout11`: written, generated and committed before any
// detector ran on it (replay's docs/signals.md). Late answers are truth by rule: the site
// reports every answer with the click it answers (window.__devAnswer), and any click
// answered after more than 1 s is a slow_click row in any session (gen/truth.mjs,
// lateAnswerRows); a calm script never presses "Version history" (3.4 s).

import { answersSince, lastEpisode, loops } from './kit.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const PHONE = { width: 360, height: 780, deviceScaleFactor: 3 };
const PHONE_UA = 'Mozilla/5.0 (Linux; Android 13; SM-A146B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const TAB = { width: 800, height: 1280, deviceScaleFactor: 2 };
const TAB_UA = 'Mozilla/5.0 (Linux; Android 14; SM-X210) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
// the header and toolbar are sticky: their controls are always on screen (no scrolling to them)
const FIXED = new Set(['#owner', '#help-link', '#b-bold', '#b-italic', '#b-h2', '#b-list', '#undo', '#redo', '#insert-table', '#comments-btn', '#history-btn', '#export-btn']);
const margin = (s) => (s.mobile ? 240 : 140); // below the sticky header and toolbar

// ---- pressing: a finger or a pen (phone, tablet), else the pointer
async function aim(s, sel) {
  const { h } = s;
  if (!(FIXED.has(sel) && s.def.device !== 'phone') && !sel.startsWith('#lightbox')) await h.ensureVisible(sel, { margin: margin(s) });
  if (s.mobile) { await h.pause(300, 700); return h.pointIn(sel); }
  const p = await h.pointIn(sel); await h.moveTo(p.x, p.y); await h.pause(150, 350); return p;
}
async function hit(s, p) {
  const { h } = s;
  if (s.mobile) await h.tapAt(p.x, p.y);
  else await h.pressRelease();
}
async function press(s, sel) { const p = await aim(s, sel); await hit(s, p); return p; }

async function single(s, signal, sel, waitMs) {
  const p = await aim(s, sel);
  await s.episode(signal, async () => { await hit(s, p); if (signal === 'error_click') await sleep(300); }, { target: sel });
  const ep = lastEpisode(s);
  await s.idle(waitMs);
  const log = await answersSince(s, ep.t0);
  if (signal === 'slow_click') ep.answer = log.find((a) => a.what === 'versions shown') || null;
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

// the invite email: a bad address rejected on blur, cleared, a good one typed
async function reentry(s, bad, good) {
  const { h, page } = s;
  await press(s, '#invite');
  await h.pause(300, 500);
  await s.episode('form_reentry', async () => {
    await h.type(bad);
    await h.pause(300, 600);
    await page.keyboard.press('Tab');
    await page.waitForSelector('#invite-error:not([hidden])', { state: 'attached' });
    await s.idle(1800);
    await press(s, '#invite');
    await h.pause(250, 450);
    await page.keyboard.press('Control+A');
    await h.pause(150, 300);
    await page.keyboard.press('Backspace');
    await h.pause(500, 900);
    await h.type(good);
    await h.pause(300, 500);
    await page.keyboard.press('Tab');
  }, { target: '#invite' });
}

// quick back through the real help page: back after ~1.5 s
async function quickBack(s) {
  const { h, page } = s;
  const p = await aim(s, '#help-link');
  await s.episode('quick_back', async () => {
    await hit(s, p);
    await page.waitForURL(/notes-help\.html/);
    await page.waitForLoadState('load');
    await sleep(h.uniform(1200, 1900));
    await page.evaluate(() => history.back());
    await page.waitForURL(/notes\.html/);
    await page.waitForLoadState('load');
  }, { target: '#help-link', how: 'history.back()' });
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

// a typing burst at the end of a paragraph of the document (the autosave mark flashes)
async function writeIn(s, para, text) {
  const { h, page } = s;
  const sel = `#doc > p:nth-of-type(${para})`;
  await h.ensureVisible(sel, { margin: margin(s) });
  const b = await page.locator(sel).boundingBox();
  const x = b.x + b.width * h.uniform(0.3, 0.7), y = b.y + b.height - 10;
  if (s.mobile) await h.tapAt(x, y); else { await h.moveTo(x, y); await h.pause(150, 300); await h.pressRelease(); }
  await h.pause(300, 600);
  await page.keyboard.press('End');
  await h.pause(200, 400);
  await h.type(text);
}

// drag a note by its grip to the top of the list (mouse): the list reorders
async function dragNote(s, from) {
  const { h, page } = s;
  await h.ensureVisible('#notes', { margin: 60 });
  const g = await h.pointIn(`.note[data-i="${from}"] .grip`);
  await h.moveTo(g.x, g.y); await h.pause(250, 500);
  await page.mouse.down(); await h.pause(150, 300);
  const top = await page.locator('#notes > li').first().boundingBox();
  await h.moveTo(g.x + h.gauss(0, 3), top.y + 6, { durationMs: h.uniform(600, 1000), overshoot: false });
  await h.pause(200, 400);
  await page.mouse.up();
}

const rec = (v) => ({ __consolePlugin: true, ...(v.recordOptions || {}) });
const desk = (name, human, v, describe) => ({
  name, part: 'heldout11', page: 'notes.html', device: 'desktop', human, viewport: v.viewport,
  seed: v.seed, recordOptions: rec(v), expectSources: [0, 1, 2], describe,
});
const tablet = (name, human, v, describe) => ({
  name, part: 'heldout11', page: 'notes.html', device: 'tablet', human, viewport: TAB, userAgent: TAB_UA,
  seed: v.seed, recordOptions: rec(v), expectSources: [0, 2, 3], describe,
});
const phone = (name, human, v, describe) => ({
  name, part: 'heldout11', page: 'notes.html', device: 'phone', human, viewport: PHONE, userAgent: PHONE_UA,
  seed: v.seed, recordOptions: rec(v), expectSources: [0, 2, 3], describe,
});

// A. Worn jittery mouse: a dead click on "Last edited by Mia", a slow "Version history", a typing burst, invite re-entry, a quick back through Help.
function jitterA(v) {
  return {
    ...desk('n11-jitter-a', 'jitter', v, 'Worn low-precision mouse (JitterHuman: coarse reports on a 3 px grid, spurious jumps while moving): reads the plan; `dead_click`: a click on "Last edited by Mia" in the header (dashed, cursor: pointer, no handler); `slow_click` on "Version history" (the real answer, the versions list, after 3.4 s, nothing shown meanwhile); types a sentence at the end of a paragraph (autosave flashes); `form_reentry` on the invite email ("sam@inkwell" rejected on blur, cleared, "sam@inkwell.app" typed); `quick_back` through "Help" (a real page), back after ~1.5 s.'),
    expectSources: [0, 1, 2], // everything it reads is on the first screen: no scroll
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(400, 700), h.int(300, 450));
      await s.idle(3500);
      await single(s, 'dead_click', '#owner', 4500);
      await s.idle(2500);
      await single(s, 'slow_click', '#history-btn', 5500);
      await writeIn(s, 2, ' Bring the map.'); await s.idle(2500);
      await reentry(s, 'sam@inkwell', 'sam@inkwell.app');
      await s.idle(1500);
      await press(s, '#invite-btn'); await s.idle(2500);
      await quickBack(s);
      await s.idle(3000);
    },
  };
}

// B. Accelerated high-DPI mouse: rage clicks on "Insert table", a shake, an error click on "Export PDF".
function accelB(v) {
  return {
    ...desk('n11-accel-b', 'accel', v, 'High-DPI mouse with pointer acceleration (AccelHuman, DPR 1.5: sharp speed peaks, overshoots, 5 ms reports): toggles Bold on and off; `rage_click`: 6 clicks 0.15-0.3 s apart, up to 10 px apart, on "Insert table" (no handler); `erratic_cursor`: a shake (~110 px, 90-140 ms strokes) over the document; `error_click` on "Export PDF" (console error); reads on with the wheel.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(500, 900), h.int(300, 500));
      await s.idle(2500);
      await writeIn(s, 1, ' Seats 14A and 14B.'); await s.idle(1500);
      await press(s, '#b-bold'); await s.idle(1200); await press(s, '#b-bold'); await s.idle(1500);
      await burst(s, '#insert-table', 6, 150, 300, 10);
      await s.idle(2000);
      await h.moveTo(h.uniform(600, 900), h.uniform(380, 480));
      await s.idle(1500);
      await s.episode('erratic_cursor', async () => { await shake(s, v.shakeMs, v.shakeAmp, 90, 140); });
      await s.idle(3000);
      await single(s, 'error_click', '#export-btn', 3000);
      await h.scrollBy(700); await s.idle(3000);
    },
  };
}

// C. Tablet with a stylus: rage pen taps on "Insert table", a dead pen tap on "Last edited by Mia", fling thrash, repeated rotation.
function stylusC(v) {
  return {
    ...tablet('n11-stylus-c', 'stylus', v, 'Tablet with a stylus (StylusHuman, 800x1280, DPR 2: pen taps that hover first, finger flings): `rage_click`: 5 pen taps ~0.8-1.0 s apart (each hovering first), up to 12 px apart, on "Insert table" (no handler); `dead_click`: a pen tap on "Last edited by Mia" (cursor: pointer, no handler); `scroll_thrash`: finger flings alternating up and down over the document; `repeated_rotation`: 4 turns 1.2-2.0 s apart (landscape, portrait, ...).'),
    expectSources: [0, 2, 3, 4],
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await burst(s, '#insert-table', 5, 150, 250, 12);
      await s.idle(2000);
      await single(s, 'dead_click', '#owner', 4500);
      await h.fling(-500); await s.idle(1500);
      await flingThrash(s, 6);
      await s.idle(3000);
      await s.episode('repeated_rotation', async () => {
        for (let i = 0; i < 4; i++) { if (i > 0) await h.pause(1200, 2000); await s.rotate(i % 2 === 0); }
      });
      await s.idle(3000);
    },
  };
}

// D. Slow careful hand: lost loops, invite re-entry, an error click, wheel thrash.
function slowD(v) {
  return {
    ...desk('n11-slow-d', 'slow', v, 'An older person\'s slow, careful hand (SlowHuman: hesitations, small corrections, long presses, one wheel notch at a time): `erratic_cursor`: the pointer circled round and round (~70 px loops) over the document, lost; `form_reentry` on the invite email ("ola.nordmann@" rejected on blur, cleared, "ola.nordmann@mail.no" typed); `error_click` on "Export PDF" (console error); `scroll_thrash`: the wheel turned down and up over the document.'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(400, 700), h.int(300, 450));
      await s.idle(3000);
      await h.moveTo(h.uniform(600, 800), h.uniform(420, 520)); await s.idle(1500);
      await s.episode('erratic_cursor', async () => { await loops(s, v.shakeMs, v.loopR, 420, 560); });
      await s.idle(3000);
      await reentry(s, 'ola.nordmann@', 'ola.nordmann@mail.no');
      await s.idle(2500);
      await single(s, 'error_click', '#export-btn', 3000);
      await h.scrollBy(600); await s.idle(2000);
      await wheelThrash(s, 6, 'wheel turned down and up');
      await s.idle(3000);
    },
  };
}

// E. Fingertip on a small phone: a slow "Version history", repeated rotation, a quick back through Help.
function phoneE(v) {
  return {
    ...phone('n11-phone-e', 'tablet', v, 'Fingertip on a small phone (TabletHuman\'s wide taps, 360x780, DPR 3): scrolls the plan; `slow_click`: a tap on "Version history" (the real answer after 3.4 s); taps "Packing list" in the notes list; `repeated_rotation`: 4 turns 1.2-2.0 s apart; `quick_back` through "Help", back after ~1.5 s.'),
    expectSources: [0, 2, 3, 4],
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await h.fling(-400); await s.idle(2500); await h.fling(500); await s.idle(1500);
      await single(s, 'slow_click', '#history-btn', 5500);
      await press(s, '#note-1'); await s.idle(1500);
      await s.episode('repeated_rotation', async () => {
        for (let i = 0; i < 4; i++) { if (i > 0) await h.pause(1200, 2000); await s.rotate(i % 2 === 0); }
      });
      await s.idle(3000);
      await quickBack(s);
      await s.idle(3000);
    },
  };
}

// Calm F: a pen tablet on a desktop: typing bursts with the autosave flash, toolbar toggles on and off, undo and redo, comments and the lightbox opened and closed quickly.
function calmPen(v) {
  return {
    ...desk('n11-calm-pen', 'pen', v, 'Calm pen tablet on a desktop (PenHuman: hover strokes, jumps when the pen leaves hover range, taps that slip 1-3 px): types three bursts at the ends of paragraphs (the autosave mark flashes "Saving..." / "Saved" each time, the word count changes); Italic on, a few words, Italic off; Undo twice, Redo once; List on and off; opens Comments and closes them 1 s later; taps the figure (the lightbox opens) and closes it 0.7 s later; pins a note and unpins it at once; reads with the wheel while the focus timer counts down.'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(600, 1000), h.int(350, 600));
      await s.idle(3000);
      await writeIn(s, 1, ' Window seats.'); await s.idle(2000);
      await press(s, '#b-italic'); await h.pause(300, 500); await h.type(' if it rains'); await press(s, '#b-italic'); await s.idle(1500);
      await press(s, '#undo'); await h.pause(500, 900); await press(s, '#undo'); await s.idle(1200); await press(s, '#redo'); await s.idle(2000);
      await writeIn(s, 4, ' Ask about the boat.'); await s.idle(2000);
      await press(s, '#b-list'); await s.idle(1000); await press(s, '#b-list'); await s.idle(1500);
      await press(s, '#comments-btn'); await s.idle(1000); await press(s, '#comments-btn'); await s.idle(1500);
      await press(s, '#fig'); await h.pause(600, 800); await press(s, '#lightbox'); await s.idle(2000);
      await press(s, '#pin-2'); await h.pause(300, 500); await press(s, '#pin-2'); await s.idle(1500);
      await h.scrollBy(900); await s.idle(3000);
      await writeIn(s, 8, ' Buy film.'); await s.idle(2500);
      await h.scrollBy(-900); await s.idle(v.pauseMs);
    },
  };
}

// Calm G: keyboard only: Tab and Enter on the toolbar (clicks at x = y = 0), typing, shortcuts, PageDown.
function calmKeys(v) {
  return {
    ...desk('n11-calm-keys', 'human', v, 'Calm keyboard-only writer (no mouse at all: Tab and Enter, so every click is recorded at x = y = 0): focuses the document and types a sentence (autosave flashes); Ctrl+B, a word, Ctrl+B; Enter on Bold twice (on, off), on Undo and Redo; Enter on Comments and again 0.8 s later; opens "Packing list" and back to "Trip plan"; reads with PageDown and PageUp; types an invite address and Enter on "Send invite".'),
    expectSources: [0, 2, 3],
    async run(s) {
      const { h, page } = s;
      const rest = (ms) => sleep(ms); // the hand never touches the mouse (no idle drift)
      await s.open();
      await rest(3000);
      await page.focus('#doc'); await h.pause(400, 700);
      await page.keyboard.press('Control+End'); await h.pause(300, 600);
      await h.type(' Leave on time.'); await rest(2000);
      await page.keyboard.press('Control+B'); await h.type(' really'); await page.keyboard.press('Control+B'); await rest(1500);
      await h.keyActivate('#b-bold', { tabs: 2 }); await rest(1000); await h.keyActivate('#b-bold', { tabs: 0 }); await rest(1500);
      await h.keyActivate('#undo', { tabs: 1 }); await rest(1200);
      await h.keyActivate('#redo', { tabs: 1 }); await rest(1500);
      await h.keyActivate('#comments-btn', { tabs: 2 }); await h.pause(700, 900); await h.keyEnter(); await rest(1500);
      await h.keyActivate('#note-1', { tabs: 3 }); await rest(2500);
      await h.keyActivate('#note-0', { tabs: 1 }); await rest(2000);
      await page.focus('#help-link'); await h.pause(200, 400);
      await page.keyboard.press('PageDown'); await rest(3000); await page.keyboard.press('PageDown'); await rest(3000);
      await page.keyboard.press('PageUp'); await rest(2000); await page.keyboard.press('PageUp'); await rest(1500);
      await page.focus('#invite'); await h.pause(300, 600); await h.type('ana@fjord.no'); await h.pause(300, 600);
      await h.keyActivate('#invite-btn', { tabs: 1 }); await rest(v.pauseMs);
    },
  };
}

// Calm H: screen-magnifier user: slow line scans, a note dragged by its grip to the top of the list, pins, a typing burst.
function calmMagnifier(v) {
  return {
    ...desk('n11-calm-magnifier', 'magnifier', v, 'Calm screen-magnifier user (MagnifierHuman: short slow steps with pauses, slow line scans with quick returns): scans two paragraphs line by line; drags "Budget" by its grip to the top of the notes list (the list reorders while it is dragged; the press is recorded, the release is not a click); stars "Budget", then unstars it; opens "Budget" and back to "Trip plan"; types a sentence at the end of a paragraph (autosave flashes); H2 on, then Undo (the heading goes back to a paragraph); opens the lightbox and closes it quickly; reads with the wheel.'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(400, 600), h.int(300, 400));
      await s.idle(2500);
      await h.scanLines('#doc > p:nth-of-type(1)', 3); await s.idle(1500);
      await dragNote(s, 3); await s.idle(2000);
      await press(s, '#pin-3'); await h.pause(400, 700); await press(s, '#pin-3'); await s.idle(1500);
      await press(s, '#note-3'); await s.idle(2000); await press(s, '#note-0'); await s.idle(2000);
      await writeIn(s, 3, ' Left side.'); await s.idle(2000);
      await press(s, '#b-h2'); await s.idle(1200); await press(s, '#undo'); await s.idle(1500);
      await press(s, '#fig'); await h.pause(500, 800); await press(s, '#lightbox'); await s.idle(2000);
      await h.scrollBy(700); await s.idle(3000); await h.ensureVisible('#doc > p:nth-of-type(6)', { margin: 140 }); await h.scanLines('#doc > p:nth-of-type(6)', 2);
      await s.idle(v.pauseMs);
    },
  };
}

// Calm I: thumb trackball: reads with the scroll ring, the notes list reordered by dragging, a quick pin/unpin, an invite, typing.
function calmTrackball(v) {
  return {
    ...desk('n11-calm-trackball', 'trackball', v, 'Calm thumb trackball (TrackballHuman: rolls with stops, presses that never move the pointer, a 50 px scroll ring): reads with the scroll ring down and back up; drags "Reading notes" by its grip to the top of the list; pins and unpins "Packing list" quickly; types a sentence (autosave flashes); Bold on and off; Undo; invites "mia@inkwell.app" (valid); opens the comments and closes them; rests while the focus timer counts down.'),
    expectSources: [0, 1, 2, 3, 5],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(400, 700), h.int(300, 450));
      await s.idle(2500);
      await h.scrollBy(800); await s.idle(4000); await h.scrollBy(-800); await s.idle(2000);
      await dragNote(s, 2); await s.idle(2000);
      await press(s, '#pin-1'); await h.pause(300, 600); await press(s, '#pin-1'); await s.idle(1500);
      await writeIn(s, 5, ' Or the aquarium.'); await s.idle(2500);
      await press(s, '#b-bold'); await s.idle(1000); await press(s, '#b-bold'); await s.idle(1000);
      await press(s, '#undo'); await s.idle(1500);
      await press(s, '#invite'); await h.pause(300, 500); await h.type('mia@inkwell.app'); await h.pause(300, 600);
      await press(s, '#invite-btn'); await s.idle(2000);
      await press(s, '#comments-btn'); await s.idle(1500); await press(s, '#comments-btn'); await s.idle(1500);
      await s.idle(v.pauseMs);
    },
  };
}

export const HELDOUT11_SESSIONS = [
  calmPen({ seed: 11505, viewport: { width: 1920, height: 1080 }, pauseMs: 3000 }),
  calmKeys({ seed: 11606, viewport: { width: 1366, height: 768 }, pauseMs: 3000, recordOptions: { maskAllInputs: true } }),
  calmMagnifier({ seed: 11707, viewport: { width: 1280, height: 800 }, pauseMs: 3000 }),
  calmTrackball({ seed: 11808, viewport: { width: 1440, height: 900 }, pauseMs: 3000 }),
  jitterA({ seed: 11101, viewport: { width: 1366, height: 768 } }),
  accelB({ seed: 11202, viewport: { width: 1600, height: 900, deviceScaleFactor: 1.5 }, shakeMs: 2200, shakeAmp: 110 }),
  stylusC({ seed: 11303 }),
  slowD({ seed: 11404, viewport: { width: 1280, height: 1024 }, shakeMs: 2500, loopR: 70 }),
  phoneE({ seed: 11909 }),
];
