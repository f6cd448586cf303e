// Held-out set 15 (replay issue 15, fifteenth round): a kind of site no detector was tuned on
// (an online course lesson, gen/site/course.*: a video-like player built from elements whose
// play/pause toggles at once, a seek bar clicked or dragged, a volume slider, "Theatre mode"
// that moves the side column below the player; a transcript panel that scrolls by itself to
// the line being spoken while the "video" plays; keyboard shortcuts; a quiz answered at once,
// right or wrong; "Next lesson" / "Previous lesson" as client-side routes announced as
// 'pageview' events; a "Bookmark" star whose only answer is its own icon; a question box
// validated on blur and on "Post") and a new input model, KeyboardHuman (gen/human.mjs: a
// keyboard-first power user who Tabs to controls and presses Enter or Space, drives the
// player with its shortcuts and takes the mouse only now and then), beside earlier models in
// new combinations: a gamer's mouse (GamerHuman, 1920x1080), a fingertip on a 393x873 phone
// (TabletHuman), a stylus on an 800x1280 tablet (StylusHuman), and calm: a tremor
// (TremorHuman, 1680x1050), a trackpad (TrackpadHuman, 1512x982), a screen magnifier
// (MagnifierHuman, 1600x1200). Every recording is in part `heldout15`: written, generated
// and committed before any detector ran on it (replay's docs/signals.md). Late answers are
// truth by rule: the site reports every answer with the click it answers (window.__devAnswer)
// and any click answered after more than 1 s is a slow_click row in any session
// (gen/truth.mjs, lateAnswerRows); a calm script never presses "Download notes" (3.4 s).
// The scaffolding (pressing, scripted episodes, rotations, route quick back, re-entry) is in
// gen/kit.mjs.

import {
  hitPoint, pressSel, scriptedSingle, scriptedBurst, rotateTimes, quickBackSpa, reenterField,
  shake, shakeWith, wheelThrash, flingThrash,
} from './kit.mjs';

const PHONE = { width: 393, height: 873, deviceScaleFactor: 2.75 };
const PHONE_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const TAB = { width: 800, height: 1280, deviceScaleFactor: 2 };
const TAB_UA = 'Mozilla/5.0 (Linux; Android 13; Lenovo TB-X606F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const KEY = { key: 'Enter' };

// a control pressed quickly several times (each press answered at once)
async function repeat(s, sel, n, gapMin, gapMax) {
  const { h } = s;
  for (let i = 0; i < n && i < 10; i++) { if (i === 0) await pressSel(s, sel); else await hitPoint(s, await h.pointIn(sel)); await h.pause(gapMin, gapMax); }
}
// the seek bar clicked at a fraction of its width
async function seekAt(s, f) {
  const { h } = s;
  await h.ensureVisible('#seek', { margin: 150 });
  const box = (await h.pointIn('#seek')).box;
  const x = box.x + box.width * f + h.gauss(0, 3), y = box.y + box.height / 2 + h.gauss(0, 1.5);
  if (s.mobile) { await h.pause(300, 600); await h.tapAt(x, y); return; }
  await h.moveTo(x, y); await h.pause(150, 300); await h.pressRelease();
}
// a drag with the button held: from a control's point to dx further along (seek knob, volume thumb)
async function dragAlong(s, x0, y0, dx) {
  const { h, page } = s;
  await h.moveTo(x0, y0); await h.pause(200, 400);
  await page.mouse.down(); await h.pause(120, 250);
  await h.moveTo(x0 + dx, y0 + h.gauss(0, 2), { durationMs: h.uniform(500, 900), overshoot: false });
  await h.pause(150, 300); await page.mouse.up();
}
async function knob(s) { const b = await s.page.locator('#seek-knob').boundingBox(); return { x: b.x + b.width / 2, y: b.y + b.height / 2 }; }
async function volThumb(s) { const b = await s.page.locator('#vol').boundingBox(); const v = Number(await s.page.inputValue('#vol')); return { x: b.x + 8 + (b.width - 16) * v / 100, y: b.y + b.height / 2, w: b.width }; }

const rec = (v) => ({ __consolePlugin: true, ...(v.recordOptions || {}) });
const base = (name, v, describe) => ({ name, part: 'heldout15', page: 'course.html', seed: v.seed, recordOptions: rec(v), describe });
const desk = (name, human, v, describe) => ({ ...base(name, v, describe), device: 'desktop', human, viewport: v.viewport, expectSources: [0, 1, 2, 3] });
const tablet = (name, human, v, describe) => ({ ...base(name, v, describe), device: 'tablet', human, viewport: TAB, userAgent: TAB_UA, expectSources: [0, 2, 3, 4] });
const phone = (name, human, v, describe) => ({ ...base(name, v, describe), device: 'phone', human, viewport: PHONE, userAgent: PHONE_UA, expectSources: [0, 2, 3, 4] });

// A. Keyboard-first power user on a laptop: Space plays, a slow "Download notes" and an error on "Make a clip" by Enter, re-entry in the question box, the lost pointer shaken, a dead click on a thumbnail, a quick back through "Next lesson" by Enter.
function keyboardA(v) {
  return {
    ...desk('c15-keyboard-a', 'keyboard', v, 'Keyboard-first power user on a laptop (KeyboardHuman: Tab / Shift+Tab to each control, Enter or Space to press it, so the browser\'s click has x = y = 0; the player\'s shortcuts; the mouse only now and then, in quick direct strokes): Tabs to the video and plays it with Space (the transcript then scrolls by itself); `slow_click`: Enter on "Download notes" (the notes box appears 3.4 s later, nothing shown meanwhile); `error_click`: Enter on "Make a clip" (console error); `form_reentry` in the question box ("why pie??" rejected on blur, Shift+Tab back, cleared, "Why is a pie bad for data over time?" typed), Tab and Enter on "Post"; `erratic_cursor`: takes the mouse and shakes it to find the pointer (~80 px strokes of 70-110 ms); `dead_click`: a click on the "Up next" thumbnail (cursor: pointer and a hover zoom, no handler); `quick_back`: Enter on "Next lesson" (a client-side route, pushState + pageview), back after ~1.5 s.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(900, 1200), h.int(500, 700));
      await s.idle(2000);
      await h.focusBy('#screen'); await h.key(' '); await s.idle(3500);
      await scriptedSingle(s, 'slow_click', '#notes-btn', 5500, { key: 'Enter', answer: 'notes ready' });
      await scriptedSingle(s, 'error_click', '#clip-btn', 3000, KEY);
      await reenterField(s, '#comment', 'why pie??', 'Why is a pie bad for data over time?', KEY);
      await h.pause(300, 500); await page.keyboard.press('Enter'); await s.idle(2000); // Tab landed on "Post"
      await h.moveTo(h.uniform(500, 800), h.uniform(380, 520)); await h.pause(200, 400);
      await s.episode('erratic_cursor', async () => { await shake(s, v.shakeMs, v.shakeAmp, 70, 110); });
      await s.idle(1500);
      await scriptedSingle(s, 'dead_click', '#thumb-next', 4500);
      await quickBackSpa(s, '#next-lesson', /lesson=4/, KEY);
      await s.idle(3000);
    },
  };
}

// B. Gamer's mouse on a full-HD screen: rage clicks on "Transcript language", a shake, an error click on "Make a clip", wheel thrash.
function gamerB(v) {
  return {
    ...desk('c15-gamer-b', 'gamer', v, 'Gamer\'s fast mouse on a full-HD screen (GamerHuman: 500 Hz, 70-170 ms flicks, overshoot and snap back, very short presses): plays the video; `rage_click`: 6 clicks 0.2-0.35 s apart, up to 8 px apart, on "Transcript language" (no handler); `erratic_cursor`: a shake (~110 px, 60-100 ms strokes, reported every 10 ms) over the player; `error_click` on "Make a clip" (console error); pauses the video; reads down with the wheel into the lesson notes; `scroll_thrash`: wheel flicks alternating down and up over the notes.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(600, 900), h.int(400, 600));
      await s.idle(2000);
      await pressSel(s, '#play'); await s.idle(3000);
      await scriptedBurst(s, '#lang-btn', 6, 200, 350, 8);
      await s.idle(1200);
      await h.moveTo(h.uniform(550, 800), h.uniform(300, 420)); await s.idle(800);
      await s.episode('erratic_cursor', async () => { await shakeWith(s, v.shakeMs, v.shakeAmp, 60, 100, { stepMs: 10 }); });
      await s.idle(2500);
      await scriptedSingle(s, 'error_click', '#clip-btn', 3000);
      await pressSel(s, '#play'); await s.idle(1500); // paused: the transcript stops scrolling
      await h.moveTo(h.uniform(450, 700), h.uniform(450, 600));
      await h.scrollBy(900); await s.idle(2000);
      await wheelThrash(s, 6);
      await s.idle(3000);
    },
  };
}

// C. Fingertip on a phone: fling thrash, a dead tap on the thumbnail, rage taps on "Transcript language", turned in the hands, a quick back.
function phoneC(v) {
  return {
    ...phone('c15-phone-c', 'tablet', v, 'Fingertip on a phone (TabletHuman\'s wide, rolling fingertip on a 393x873 phone at DPR 2.75; flings): `scroll_thrash`: finger flings alternating up and down over the lesson (before the video plays); plays the video; `dead_click`: a tap on the "Up next" thumbnail (no handler); `rage_click`: 5 taps 0.3-0.5 s apart, up to 10 px apart, on "Transcript language" (no handler); `repeated_rotation`: 4 turns 1.2-2.0 s apart (landscape, portrait, ...); `quick_back`: a tap on "Next lesson" (pushState + pageview), back after ~1.5 s.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await h.fling(-500); await s.idle(1500);
      await flingThrash(s, 6);
      await s.idle(2000);
      await pressSel(s, '#play'); await s.idle(2500);
      await scriptedSingle(s, 'dead_click', '#thumb-next', 4500);
      await scriptedBurst(s, '#lang-btn', 5, 250, 400, 10);
      await s.idle(1500);
      await rotateTimes(s, 4);
      await s.idle(2500);
      await quickBackSpa(s, '#next-lesson', /lesson=4/);
      await s.idle(3000);
    },
  };
}

// D. Stylus on a tablet: a slow "Download notes", re-entry in the question box, turned in the hands.
function stylusD(v) {
  return {
    ...tablet('c15-stylus-d', 'stylus', v, 'Stylus on a tablet (StylusHuman on an 800x1280 tablet at DPR 2: the pen hovers before each small tap; flings with a finger): plays the video and sets the volume with a tap on its slider; `slow_click`: a tap on "Download notes" (the notes box 3.4 s later, nothing meanwhile); `form_reentry` in the question box ("ok?" rejected on blur, cleared, "Can a line chart show categories?" typed), then "Post"; `repeated_rotation`: 4 turns 1.2-2.0 s apart (landscape, portrait, ...).'),
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await pressSel(s, '#play'); await s.idle(2500);
      await pressSel(s, '#vol'); await s.idle(1500);
      await scriptedSingle(s, 'slow_click', '#notes-btn', 5500, { answer: 'notes ready' });
      await reenterField(s, '#comment', 'ok?', 'Can a line chart show categories?');
      await pressSel(s, '#post'); await s.idle(2000);
      await rotateTimes(s, 4);
      await s.idle(3000);
    },
  };
}

// Calm E: keyboard-first: Space toggles play several times, arrows seek, T for theatre, Enter on the bookmark, the quiz by keys (wrong, then right), a lesson later and back by "Previous lesson".
function calmKeyboard(v) {
  return {
    ...desk('c15-calm-keyboard', 'keyboard', v, 'Calm keyboard-first user (KeyboardHuman): Tabs to the video, Space plays; Space four times 0.5-0.9 s apart (pause, play, pause, play: each answered at once); the right arrow twice (5 s on each); T for theatre mode (the side column moves below the player) and T again 4 s later; Enter on the bookmark star (its icon fills: the only answer); the quiz by keys: Space on answer A, Enter on "Check answer" (wrong, at once), the down arrow to answer B, "Check answer" again (right); Enter on "Next lesson" (a client-side route), 11 s there, Enter on "Previous lesson" (another route back to lesson 3). No mouse at all: every click is the browser\'s click for a key (x = y = 0).'),
    expectSources: [0, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2000);
      await h.focusBy('#screen'); await h.key(' '); await s.idle(4000);
      for (let i = 0; i < 4; i++) await h.key(' ', 500, 900);
      await s.idle(2500);
      await h.key('ArrowRight', 400, 700); await h.key('ArrowRight'); await s.idle(2500);
      await h.key('t'); await s.idle(4000); await h.key('t'); await s.idle(2000);
      await h.activate('#bookmark'); await s.idle(2000);
      await h.activate('#ans-a', ' '); await h.pause(400, 700);
      await h.activate('#check'); await s.idle(2500);
      await h.focusBy('#ans-a'); await h.key('ArrowDown', 400, 700);
      await h.activate('#check'); await s.idle(2500);
      await h.activate('#next-lesson'); await s.idle(11000);
      await h.activate('#prev-lesson'); await s.idle(v.pauseMs);
    },
  };
}

// Calm F: tremor: play/pause pressed quickly four times, the seek bar clicked three times, the volume set, the quiz wrong then right, the bookmark.
function calmTremor(v) {
  return {
    ...desk('c15-calm-tremor', 'tremor', v, 'Calm older user with a hand tremor (TremorHuman: slower movements, a 6-9 Hz tremor also at rest, aimed movements that land off and are corrected with one or two submovements, long dwells before a press): plays the video; presses play/pause four times 0.5-0.8 s apart (each answered at once); clicks the seek bar three times 1.5-2.5 s apart at different places (the time and the transcript jump at once); a click on the volume slider (the value and the icon change at once); the quiz: answer C, "Check answer" (wrong, at once), answer B, "Check answer" (right); the bookmark star (its icon only); reads down with the wheel and back up while the transcript scrolls by itself.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(350, 500));
      await s.idle(2000);
      await pressSel(s, '#play'); await s.idle(3000);
      await repeat(s, '#play', 4, 300, 550); await s.idle(2000);
      await seekAt(s, 0.3); await h.pause(1500, 2500); await seekAt(s, 0.55); await h.pause(1500, 2500); await seekAt(s, 0.42); await s.idle(2000);
      await pressSel(s, '#vol'); await s.idle(1500);
      await pressSel(s, '#ans-c-l'); await h.pause(600, 900); await pressSel(s, '#check'); await s.idle(2500);
      await pressSel(s, '#ans-b-l'); await h.pause(600, 900); await pressSel(s, '#check'); await s.idle(2000);
      await pressSel(s, '#bookmark'); await s.idle(2000);
      await h.moveTo(h.uniform(400, 700), h.uniform(400, 600));
      await h.scrollBy(500); await s.idle(3000); await h.scrollBy(-500); await s.idle(v.pauseMs);
    },
  };
}

// Calm G: trackpad: watches while the transcript scrolls by itself, theatre mode on and off, the bookmark on and off, the seek bar clicked twice, a question posted.
function calmTrackpad(v) {
  return {
    ...desk('c15-calm-trackpad', 'trackpad', v, 'Calm trackpad user (TrackpadHuman: finger strokes with the finger lifted between them, tap-to-click, two-finger scrolling with inertia): plays the video and watches 12 s with the hand still (the transcript highlights the next line and scrolls by itself, in its box, every ~6 s); "Theatre mode" (the player takes the full width, the transcript moves below) and off again 6 s later; the bookmark star on and 3 s later off (its icon only); the seek bar clicked twice 2 s apart; types a question ("Is a stacked bar fine for shares over time?") and posts it (it appears at once); scrolls down and back up.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(350, 500));
      await s.idle(2000);
      await pressSel(s, '#play'); await s.idle(12000);
      await pressSel(s, '#theatre'); await s.idle(6000); await pressSel(s, '#theatre'); await s.idle(2000);
      await pressSel(s, '#bookmark'); await s.idle(3000); await pressSel(s, '#bookmark'); await s.idle(2000);
      await seekAt(s, 0.65); await h.pause(1800, 2400); await seekAt(s, 0.2); await s.idle(2000);
      await pressSel(s, '#comment'); await h.pause(300, 500); await h.type('Is a stacked bar fine for shares over time?'); await h.pause(400, 700);
      await pressSel(s, '#post'); await s.idle(2000);
      await h.scrollBy(-600); await s.idle(v.pauseMs);
    },
  };
}

// Calm H: screen magnifier: the seek knob dragged, the volume thumb dragged, "Previous lesson" and after 10 s "Next lesson" back, the quiz answered wrong.
function calmMagnifier(v) {
  return {
    ...desk('c15-calm-magnifier', 'magnifier', v, 'Calm screen-magnifier user (MagnifierHuman: short slow steps with pauses, a check of what is under the pointer before each press): plays the video; drags the seek knob about 160 px along the bar (the time follows while it moves, set when released); drags the volume thumb down about 40 px (the value and the icon follow); "Previous lesson" (a client-side route to lesson 2) and 10 s later "Next lesson" (back to lesson 3, another route); plays again; the quiz: answer A and "Check answer" (wrong, at once: the user reads the explanation and leaves it).'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(300, 500), h.int(500, 650));
      await s.idle(2000);
      await pressSel(s, '#play'); await s.idle(3000);
      const k = await knob(s); await dragAlong(s, k.x, k.y, h.uniform(140, 180)); await s.idle(2500);
      const t = await volThumb(s); await dragAlong(s, t.x, t.y, -h.uniform(35, 45)); await s.idle(2000);
      await pressSel(s, '#prev-lesson'); await s.idle(10000); await pressSel(s, '#next-lesson'); await s.idle(2000);
      await pressSel(s, '#play'); await s.idle(2500);
      await pressSel(s, '#ans-a-l'); await h.pause(500, 800); await pressSel(s, '#check'); await s.idle(v.pauseMs);
    },
  };
}

export const HELDOUT15_SESSIONS = [
  calmKeyboard({ seed: 15505, viewport: { width: 1280, height: 800 }, pauseMs: 3000 }),
  calmTremor({ seed: 15606, viewport: { width: 1680, height: 1050 }, pauseMs: 3000 }),
  calmTrackpad({ seed: 15707, viewport: { width: 1512, height: 982 }, pauseMs: 3000 }),
  calmMagnifier({ seed: 15808, viewport: { width: 1600, height: 1200 }, pauseMs: 3000 }),
  keyboardA({ seed: 15101, viewport: { width: 1536, height: 864 }, shakeMs: 2200, shakeAmp: 80 }),
  gamerB({ seed: 15202, viewport: { width: 1920, height: 1080 }, shakeMs: 2200, shakeAmp: 110 }),
  phoneC({ seed: 15303 }),
  stylusD({ seed: 15404 }),
];
