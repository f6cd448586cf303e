// Held-out set 6 (replay issue 15, sixth round): a kind of site no detector was tuned on (a
// video lesson page on a course site, gen/site/lesson.*: a player whose bar, knob and time
// move by themselves while it plays, double-tap to jump, a scrubber, a playlist with press
// and hold, a transcript whose highlighted line follows the video, a question form) and a
// new human model (TabletHuman in gen/human.mjs: fingertip taps with finger roll, double
// taps, press and hold, flings, scrubbing) beside desktop mice. Every recording is in part
// `heldout6`: written, generated and committed before any detector change of round 6 and
// before any detector ran on it (replay's docs/signals.md).
// The site logs its own answers in window.__answers (not in the DOM): the truth notes name
// the real answer of a click, not the first DOM change (the player changes every 0.5 s).

import { answersSince, lastEpisode, centre, shake, loops, flingThrash, wheelThrash } from './kit.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const TAB = { width: 800, height: 1280, deviceScaleFactor: 2 };
const TAB_UA = 'Mozilla/5.0 (Linux; Android 14; TB-J716F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';

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
  await aim(s, '#help-link');
  await s.episode('quick_back', async () => {
    await hit(s, { x: h.x, y: h.y });
    await page.waitForURL(/lesson-help\.html/);
    await page.waitForLoadState('load');
    await sleep(h.uniform(1200, 1900));
    await page.evaluate(() => history.back());
    await page.waitForURL(/lesson\.html$/);
    await page.waitForLoadState('load');
  }, { target: '#help-link', how: 'history.back()' });
}

async function doubleTapScreen(s) {
  const { h } = s;
  await h.ensureVisible('#screen');
  const p = await h.pointIn('#screen', { pad: 0.3 });
  await h.doubleTapAt(p.x, p.y);
}

const tablet = (name, v, describe) => ({
  name, part: 'heldout6', page: 'lesson.html', device: 'tablet', human: 'tablet', viewport: TAB, userAgent: TAB_UA,
  seed: v.seed, recordOptions: { __consolePlugin: true, ...(v.recordOptions || {}) }, expectSources: [0, 2, 3, 6], describe,
});
const desk = (name, human, v, describe) => ({
  name, part: 'heldout6', page: 'lesson.html', device: 'desktop', human, viewport: v.viewport,
  seed: v.seed, recordOptions: { __consolePlugin: true, ...(v.recordOptions || {}) }, expectSources: [0, 1, 2], describe,
});

// A. Tablet: a dead tap on Cast, a slow Load transcript, fling thrash, email re-entry, quick back.
function tabletA(v) {
  return {
    ...tablet('h6-tablet-a', v, 'Tablet (800x1280, DPR 2, TabletHuman): taps a lesson in the list (answered); `dead_click`: a tap on "Cast" (no handler; the player\'s bar and time move meanwhile); `slow_click`: a tap on "Load transcript" (the real answer, 30 transcript lines, after 3.2 s); `scroll_thrash`: touch flings alternating up and down over the comments; `form_reentry` on the email (rejected on blur, cleared, retyped); `quick_back` through "Help", back after ~1.5 s.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await h.tap('#l4');
      await s.idle(2500);
      await single(s, 'dead_click', '#cast', 4500);
      await single(s, 'slow_click', '#transcript-btn', 5500);
      await h.scrollBy(900);
      await s.idle(2500);
      await flingThrash(s, 6);
      await s.idle(3000);
      await reentry(s, 'email', 'ines.berg@', 'ines.berg@example.org');
      await s.idle(2500);
      await quickBack(s);
      await s.idle(3000);
    },
  };
}

// B. Tablet: rage taps on Quality, an error tap on Save, press and hold in the list, repeated rotation.
function tabletB(v) {
  return {
    ...tablet('h6-tablet-b', v, 'Tablet (TabletHuman): `rage_click`: 5 taps ~0.3 s apart, up to 12 px apart, on "Quality: Auto" (cursor: pointer, dotted underline, no handler); `error_click`: a tap on "Save to list" (console error); presses and holds a lesson (menu opens, answered) and taps "Play next"; `repeated_rotation`: 4 turns 1.2-2.0 s apart; a double tap on the picture (answered: +10 s).'),
    expectSources: [0, 2, 4], // no touch moves: taps, a press and hold, turns (no scrolling)
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await burst(s, '#quality', 5, 220, 380, 12);
      await single(s, 'error_click', '#save-btn', 3000);
      await h.longPress('#l7');
      await s.page.waitForSelector('#menu:not([hidden])');
      await h.pause(500, 900);
      await h.tap('#menu-next');
      await s.idle(3000);
      await s.episode('repeated_rotation', async () => {
        for (let i = 0; i < 4; i++) { if (i > 0) await h.pause(1200, 2000); await s.rotate(i % 2 === 0); }
      });
      await s.idle(3000);
      await doubleTapScreen(s);
      await s.idle(3000);
    },
  };
}

// C. Desktop, first model: a shake, a dead click on Quality, slow transcript, an error, quick back.
function deskC(v) {
  return {
    ...desk('h6-desk-c', 'human', v, 'Desktop mouse (the first human model): clicks a lesson; `erratic_cursor`: a shake (~70 px, 80-130 ms strokes) over the player; `dead_click` on "Quality: Auto" (once); `slow_click` on "Load transcript" (the real answer after 3.2 s; the bar and time move meanwhile); `error_click` on "Save to list"; `quick_back` through "Help".'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(400, 700), h.int(300, 450));
      await s.idle(2000);
      await h.click('#l1');
      await s.idle(2500);
      await h.moveTo(h.uniform(300, 600), h.uniform(200, 320));
      await h.pause(300, 600);
      await s.episode('erratic_cursor', async () => { await shake(s, v.shakeMs, v.shakeAmp, 80, 130); });
      await s.idle(2500);
      await single(s, 'dead_click', '#quality', 4500);
      await single(s, 'slow_click', '#transcript-btn', 5500);
      await single(s, 'error_click', '#save-btn', 3000);
      await quickBack(s);
      await s.idle(3000);
    },
  };
}

// D. Desktop, slow hand: slow spread rage on Cast, loops, wheel thrash, minute re-entry.
function deskD(v) {
  return {
    ...desk('h6-desk-d', 'slow', v, 'Desktop mouse (slow hand): `rage_click`: 4 clicks ~0.55 s apart, up to 12 px apart, on "Cast" (no handler); `erratic_cursor`: the pointer circled around one spot (~40 px loops); `scroll_thrash`: wheel flicks down and up over the comments; `form_reentry` on the minute (4.5, rejected on blur, cleared, retyped 4:05).'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(400, 700), h.int(300, 450));
      await s.idle(2000);
      await burst(s, '#cast', 4, 480, 640, 12);
      await h.moveTo(h.x + h.uniform(-250, -100), h.y + h.uniform(-200, -120));
      await h.pause(300, 600);
      await s.episode('erratic_cursor', async () => { await loops(s, v.shakeMs, v.loopR, 420, 560); });
      await s.idle(3000);
      await reentry(s, 'minute', '4.5', '4:05');
      await s.idle(2500);
      await h.moveTo(h.uniform(300, 600), h.uniform(350, 500));
      await h.scrollBy(600);
      await s.idle(2500);
      await wheelThrash(s, 6);
      await s.idle(3000);
    },
  };
}

// Calm E: tablet watching: double taps, scrubbing, press and hold, one rotation kept.
function calmTabletWatch(v) {
  return {
    ...tablet('h6-calm-tablet-watch', v, 'Calm tablet watching (TabletHuman): double-taps the picture four times: once, twice in a row (4 taps within ~1 s, each pair answered: +10 s), once more in landscape; drags the bar twice (scrubbing); presses and holds a lesson and taps "Add to queue"; taps two lessons; turns the tablet to landscape ONCE and keeps it; flings down through the comments and back up once with reading pauses; long rests while the video plays (the bar, knob and time change every 0.5 s).'),
    expectSources: [0, 2, 3, 4],
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(3000);
      await doubleTapScreen(s);
      await s.idle(2500);
      await doubleTapScreen(s); await h.pause(250, 400); await doubleTapScreen(s);
      await s.idle(3000);
      await h.scrub('#bar', 0.1, 0.45);
      await s.idle(2500);
      await h.scrub('#bar', 0.45, 0.3);
      await s.idle(2500);
      await h.longPress('#l9');
      await s.page.waitForSelector('#menu:not([hidden])');
      await h.pause(600, 1000);
      await h.tap('#menu-queue');
      await s.idle(2500);
      await h.tap('#l5');
      await s.idle(4000);
      await s.rotate(true);
      await s.idle(3000);
      await doubleTapScreen(s);
      await s.idle(v.pauseMs);
      await h.fling(-600); await s.idle(2000); await h.fling(-600); await s.idle(2500);
      await h.fling(500); await s.idle(2000);
      await h.tap('#l6');
      await s.idle(3000);
    },
  };
}

// Calm F: tablet browsing: quick +10 s taps, play/pause, reading taps, menu closed by a tap elsewhere, more comments.
function calmTabletBrowse(v) {
  return {
    ...tablet('h6-calm-tablet-browse', v, 'Calm tablet browsing (TabletHuman): taps "+10 s" four times quickly (~0.25-0.4 s apart, each answered), pauses and resumes the video; reading taps on the lesson description; presses and holds a lesson and closes the menu with a tap elsewhere; flings down to the comments with reading pauses, taps "Show more comments" (answered: ten more) and reads on; a short fling back up.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      const p = await aim(s, '#fwd10');
      for (let i = 0; i < 4; i++) { await h.tapAt(p.x, p.y); await h.pause(200, 330); }
      await s.idle(2500);
      await h.tap('#play');
      await s.idle(3000);
      await h.tap('#play');
      await s.idle(2000);
      await h.tap('#desc');
      await s.idle(2500);
      await h.longPress('#l3');
      await s.page.waitForSelector('#menu:not([hidden])');
      await h.pause(700, 1100);
      await h.tap('#desc');
      await s.idle(2500);
      await h.fling(-550); await s.idle(2500); await h.fling(-550); await s.idle(2000);
      await h.tap('#more-comments');
      await s.idle(3000);
      await h.fling(-500); await s.idle(v.pauseMs);
      await h.fling(400); await s.idle(2500);
    },
  };
}

// Calm G: keyboard on the desktop: Enter on +10 s several times, valid form, a slow Help visit, reading clicks.
function calmDeskKeyboard(v) {
  return {
    ...desk('h6-calm-desk-keyboard', 'human', v, 'Calm desktop user with the keyboard (maskAllInputs): Tab to "+10 s" and Enter four times quickly (each answered; the browser\'s clicks are at x = y = 0), fills the email and the minute with valid values, reads the description with a reading click, double-clicks the picture (answered: +10 s), reads "Help" slowly (~9 s) and comes back; long rests while the video plays.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 450));
      await s.idle(2500);
      await h.keyActivate('#fwd10');
      for (let i = 0; i < 3; i++) { await h.pause(250, 450); await h.keyEnter(); }
      await s.idle(3000);
      await h.click('#email');
      await h.type('aiko.tan@example.org');
      await page.keyboard.press('Tab');
      await h.pause(400, 700);
      await h.type('6:10');
      await page.keyboard.press('Tab');
      await s.idle(2500);
      await h.click('#desc');
      await s.idle(3000);
      await h.moveToEl('#screen');
      await h.pause(200, 400);
      await h.doubleClick();
      await s.idle(2500);
      await h.click('#help-link');
      await page.waitForURL(/lesson-help\.html/);
      await s.idle(9000);
      await page.evaluate(() => history.back());
      await page.waitForURL(/lesson\.html$/);
      await s.idle(v.pauseMs);
      await h.click('#l2');
      await s.idle(2500);
    },
  };
}

// Calm H: desktop mouse: scrubbing with the mouse, quick +10 s clicks, list clicks, wheel scan, word selection.
function calmDeskMouse(v) {
  return {
    ...desk('h6-calm-desk-mouse', 'human', v, 'Calm desktop mouse (the first human model): drags the bar with the button held (scrubbing); clicks "+10 s" four times quickly (~0.2-0.35 s apart, each answered) and "-10 s" twice; clicks lessons in the list; scans the comments down and up with the wheel with reading pauses; "Show more comments"; double-clicks a word in the description to select it; rests while the video plays.'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 450));
      await s.idle(2500);
      await h.moveToEl('#bar', { pad: 0.45 });
      await h.pause(200, 400);
      await page.mouse.down();
      const b = await page.locator('#bar').boundingBox();
      await h.moveTo(b.x + b.width * 0.6, b.y + b.height / 2, { durationMs: h.uniform(600, 900), overshoot: false });
      await h.pause(100, 250);
      await page.mouse.up();
      await s.idle(2500);
      await h.moveToEl('#fwd10');
      await h.pause(150, 300);
      for (let i = 0; i < 4; i++) { await h.pressRelease(50, 90); await h.pause(150, 280); }
      await h.moveToEl('#back10');
      await h.pause(150, 300);
      for (let i = 0; i < 2; i++) { await h.pressRelease(); await h.pause(250, 400); }
      await s.idle(2500);
      await h.click('#l8');
      await s.idle(2500);
      await h.click('#l10');
      await s.idle(2500);
      await h.moveTo(h.uniform(300, 600), h.uniform(350, 500));
      await h.scrollBy(800);
      await s.idle(2000);
      await h.scrollBy(500);
      await s.idle(2000);
      await h.click('#more-comments');
      await s.idle(2500);
      await h.scrollBy(-900);
      await s.idle(2000);
      const w = await h.wordBox('#desc', 'meanders');
      await h.moveTo(w.x + w.width / 2, w.y + w.height / 2);
      await h.pause(200, 400);
      await h.doubleClick();
      await s.idle(v.pauseMs);
      await h.click('#l0');
      await s.idle(2000);
    },
  };
}

export const HELDOUT6_SESSIONS = [
  calmTabletWatch({ seed: 6505, pauseMs: 6000 }),
  calmTabletBrowse({ seed: 6606, pauseMs: 5000 }),
  calmDeskKeyboard({ seed: 6707, viewport: { width: 1366, height: 768 }, pauseMs: 5000, recordOptions: { maskAllInputs: true } }),
  calmDeskMouse({ seed: 6808, viewport: { width: 1600, height: 900 }, pauseMs: 5000 }),
  tabletA({ seed: 6101 }),
  tabletB({ seed: 6202 }),
  deskC({ seed: 6303, viewport: { width: 1536, height: 864 }, shakeMs: 2000, shakeAmp: 70 }),
  deskD({ seed: 6404, viewport: { width: 1280, height: 720 }, shakeMs: 2400, loopR: 40 }),
];
