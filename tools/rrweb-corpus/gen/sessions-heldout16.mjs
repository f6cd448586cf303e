// Held-out set 16 (replay issue 15, sixteenth round): a kind of site no detector was tuned on
// (a drawing board, gen/site/sketch.*, "Inkpot Sketch board": an SVG board on which the user
// draws with the button, nib or finger held, the stroke redrawn every 50 ms while it moves; a
// toolbar of tools (pen, eraser, rectangle, ellipse, hand) and a colour palette answering at
// once with a selected state; zoom buttons and wheel zoom over the board (the page does not
// scroll there); the hand tool pans by dragging; a layers panel reordered by dragging a grip;
// Undo / Redo answering at once; a drawing name validated on blur; a real help page; a
// gallery of earlier sketches below the board) and a new input model, ArtistHuman
// (gen/human.mjs: an illustrator's drawing tablet in absolute mode, pen pointer events, fast
// continuous strokes with the nib down, far targets reached by lifting the pen), beside
// earlier models in new combinations: a left-handed mouse (LeftyHuman, 1366x768), a stylus on
// a 412x915 phone (StylusHuman), a fingertip on an 820x1180 tablet (TabletHuman), and calm: a
// trackball (TrackballHuman, 1280x1024), an accelerated high-DPI mouse (AccelHuman,
// 2048x1152), a fingertip on a 1024x1366 tablet turned once (TabletHuman). Every recording is
// in part `heldout16`: written, generated and committed before any detector ran on it.
// Late answers are truth by rule: the site reports every answer with the click it answers
// (window.__devAnswer) and any click answered after more than 1 s is a slow_click row in any
// session (gen/truth.mjs, lateAnswerRows); a calm script never presses "Export PNG" (2.6 s).
// The scaffolding (pressing, scripted episodes, rotations, quick back, re-entry, drawing,
// swipes that start off the board) is in gen/kit.mjs.

import {
  hitPoint, pressSel, scriptedSingle, scriptedBurst, rotateTimes, quickBack, reenterField,
  shake, shakeWith, wheelThrash, drawStroke, boxPoint, scribblePts, hatchPts, showOff, swipeOff, flingThrashOff,
} from './kit.mjs';

const PHONE = { width: 412, height: 915, deviceScaleFactor: 2.625 };
const PHONE_UA = 'Mozilla/5.0 (Linux; Android 13; SM-N986B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const TAB_M = { width: 820, height: 1180, deviceScaleFactor: 2 };
const TAB_L = { width: 1024, height: 1366, deviceScaleFactor: 2 };
const TAB_UA = 'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const HELP = /sketch-help\.html/;
const HOME = /sketch\.html/;

// a press that first brings the control on screen without a swipe starting on the board
async function press(s, sel) { if (s.mobile) await showOff(s, sel); return pressSel(s, sel); }
// a control pressed quickly several times (each press answered at once)
async function repeat(s, sel, n, gapMin, gapMax) {
  const { h } = s;
  for (let i = 0; i < n && i < 10; i++) { if (i === 0) await press(s, sel); else await hitPoint(s, await h.pointIn(sel)); await h.pause(gapMin, gapMax); }
}
// drawing at fractions of the board
async function scribble(s, fx, fy, w, hgt, loops, speed) { const p = await boxPoint(s, '#stage', fx, fy); await drawStroke(s, scribblePts(s.h, p.x, p.y, w, hgt, loops), speed); }
async function hatch(s, fx, fy, w, n, gap, speed, slant = 0) { const p = await boxPoint(s, '#stage', fx, fy); await drawStroke(s, hatchPts(s.h, p.x, p.y, w, n, gap, slant), speed); }
async function line(s, fx0, fy0, fx1, fy1, speed) { const a = await boxPoint(s, '#stage', fx0, fy0), b = await boxPoint(s, '#stage', fx1, fy1); await drawStroke(s, [a, { x: (a.x + b.x) / 2 + s.h.gauss(0, 12), y: (a.y + b.y) / 2 + s.h.gauss(0, 12) }, b], speed); }
// a layer's grip dragged by dy px (the rows move while it moves)
async function dragGrip(s, n, dy) {
  const { h } = s;
  const b = await s.page.locator(`#grip-${n}`).boundingBox();
  const x = b.x + b.width / 2, y = b.y + b.height / 2;
  await drawStroke(s, [{ x, y }, { x: x + h.gauss(0, 3), y: y + dy / 2 }, { x: x + h.gauss(0, 3), y: y + dy }], h.uniform(120, 200));
}
// the pointer parked on the layers column (off the board: the wheel scrolls the page there)
async function offBoard(s) { const b = await s.page.locator('.side').boundingBox(); await s.h.moveTo(b.x + b.width * s.h.uniform(0.3, 0.7), Math.min(b.y + b.height + 40, 500) + s.h.gauss(0, 20)); }

const rec = (v) => ({ __consolePlugin: true, ...(v.recordOptions || {}) });
const base = (name, v, describe) => ({ name, part: 'heldout16', page: 'sketch.html', seed: v.seed, recordOptions: rec(v), describe });
const desk = (name, human, v, describe) => ({ ...base(name, v, describe), device: 'desktop', human, viewport: v.viewport, expectSources: [0, 1, 2, 3] });
const tablet = (name, human, vp, v, describe) => ({ ...base(name, v, describe), device: 'tablet', human, viewport: vp, userAgent: TAB_UA, expectSources: [0, 2, 3, 4] });
const phone = (name, human, v, describe) => ({ ...base(name, v, describe), device: 'phone', human, viewport: PHONE, userAgent: PHONE_UA, expectSources: [0, 2, 3, 4] });

// A. Illustrator with a drawing tablet: draws, re-enters the name, a slow "Export PNG", an error on "Share", waves the pen to find the pointer, a dead click on the lasso.
function artistA(v) {
  return {
    ...desk('s16-artist-a', 'artist', v, 'Illustrator with a drawing tablet in absolute mode on a 1920x1200 screen (ArtistHuman, new: pen pointer events about every 6 ms, quick straight pointing, far targets reached by lifting the pen and setting it down over them, fast continuous strokes with the nib down): scribbles a harbour outline and hatches the water fast (nib down); `form_reentry` on the drawing name ("ab/c" rejected on blur, cleared, "Harbour at dusk" typed); `slow_click` on "Export PNG" (the note "sketch.png is ready" 2.6 s later, nothing shown meanwhile); `error_click` on "Share" (console error); `erratic_cursor`: the pen waved over the board with the nib up to find the pointer (~90 px strokes of 60-100 ms); `dead_click` on the lasso icon (a tool button\'s look and cursor, no handler); another scribble; reads down into the gallery with the wheel.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(900, 1100), h.int(500, 700));
      await s.idle(2000);
      await line(s, 0.15, 0.55, 0.75, 0.5, 1400); await h.pause(300, 600);
      await scribble(s, 0.4, 0.35, 160, 70, 5, 1800); await h.pause(300, 600);
      await hatch(s, 0.2, 0.65, 320, 10, 7, 2200); await s.idle(1500);
      await reenterField(s, '#name', 'ab/c', 'Harbour at dusk');
      await s.idle(1500);
      await scriptedSingle(s, 'slow_click', '#export-btn', 4500, { answer: 'export ready' });
      await scriptedSingle(s, 'error_click', '#share-btn', 3000);
      const c = await boxPoint(s, '#stage', 0.5, 0.4); await h.moveTo(c.x, c.y); await s.idle(800);
      await s.episode('erratic_cursor', async () => { await shakeWith(s, v.shakeMs, v.shakeAmp, 60, 100, { stepMs: 8 }); });
      await s.idle(2000);
      await scriptedSingle(s, 'dead_click', '#tool-lasso', 4500);
      await s.idle(1500);
      await scribble(s, 0.7, 0.3, 120, 50, 4, 1800); await s.idle(1500);
      await offBoard(s); await h.scrollBy(500); await s.idle(2500);
    },
  };
}

// B. Left-handed mouse on a small laptop: rage on "Templates", a shake, a quick back through Help, wheel thrash over the gallery.
function leftyB(v) {
  return {
    ...desk('s16-lefty-b', 'lefty', v, 'Left-handed mouse on a 1366x768 laptop (LeftyHuman: movements bowed to the other side, a short correction at the end of a long one, long pauses with the hand off the mouse): draws two strokes with the button held; `rage_click`: 6 clicks 0.34-0.43 s apart, up to 8 px apart, on "Templates" (no handler); `erratic_cursor`: a shake (~100 px, 70-110 ms strokes) over the board with the button up; `quick_back` through "Help" (a real page), back with the browser after ~1.8 s; reads down into the gallery with the wheel (the pointer on the layers column, off the board); `scroll_thrash`: wheel flicks alternating down and up over the gallery; back up to the board.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(500, 700), h.int(350, 450));
      await s.idle(2000);
      await line(s, 0.2, 0.3, 0.6, 0.45, 700); await h.pause(400, 800);
      await line(s, 0.3, 0.6, 0.7, 0.55, 700); await s.idle(1500);
      await scriptedBurst(s, '#templates-btn', 6, 250, 400, 8);
      await s.idle(1200);
      const c = await boxPoint(s, '#stage', 0.5, 0.45); await h.moveTo(c.x, c.y); await s.idle(800);
      await s.episode('erratic_cursor', async () => { await shake(s, v.shakeMs, v.shakeAmp, 70, 110); });
      await s.idle(2000);
      await quickBack(s, '#help-link', () => pressSel(s, '#help-link'), HELP, HOME);
      await s.idle(2500);
      await offBoard(s); await h.scrollBy(700); await s.idle(2000);
      await wheelThrash(s, 6);
      await s.idle(3000);
      await h.scrollBy(-900); await s.idle(2500);
    },
  };
}

// C. Stylus on a phone: draws with the nib, a dead tap on the lasso, rage taps on "Templates", fling thrash over the gallery, a quick back through Help, turned in the hands.
function stylusPhoneC(v) {
  return {
    ...phone('s16-stylus-phone-c', 'stylus', v, 'Stylus on a 412x915 phone at DPR 2.625 (StylusHuman: the pen hovers before each small tap, drawing with the nib (pointer type pen), scrolling with a finger; every swipe starts off the board, where a finger would draw): draws a scribble and a few hatching strokes with the nib; `dead_click`: a tap on the lasso icon (no handler); `rage_click`: 5 pen taps 0.5-0.85 s apart (each with its hover), up to 10 px apart, on "Templates" (no handler); scrolls down to the gallery; `scroll_thrash`: finger flings alternating up and down over the gallery; `quick_back` through "Help" (a real page), back by its "Back to the board" link after ~2.5 s; `repeated_rotation`: 4 turns 1.2-2.0 s apart (landscape, portrait, ...).'),
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await scribble(s, 0.45, 0.4, 120, 60, 4, 900); await h.pause(400, 700);
      await hatch(s, 0.2, 0.6, 200, 6, 8, 1000); await s.idle(1500);
      await showOff(s, '#tool-lasso');
      await scriptedSingle(s, 'dead_click', '#tool-lasso', 4500);
      await showOff(s, '#templates-btn');
      await scriptedBurst(s, '#templates-btn', 5, 80, 180, 8); // the pen hovers 0.1-0.3 s before each tap
      await s.idle(1500);
      await showOff(s, '.gallery h2'); await swipeOff(s, -450); await s.idle(1500);
      await flingThrashOff(s, 6);
      await s.idle(2000);
      await showOff(s, '#help-link');
      await quickBack(s, '#help-link', () => pressSel(s, '#help-link'), HELP, HOME, () => pressSel(s, '#back-link'), 'its "Back to the board" link');
      await s.idle(2500);
      await rotateTimes(s, 4);
      await s.idle(3000);
    },
  };
}

// D. Fingertip on a tablet: colours in with a finger, a slow "Export PNG", an error on "Share", re-entry on the name, turned in the hands.
function tabletD(v) {
  return {
    ...tablet('s16-tablet-d', 'tablet', TAB_M, v, 'Fingertip on an 820x1180 tablet at DPR 2 (TabletHuman: wide taps that may roll, drawing with the finger; swipes start off the board): picks red and colours in a patch with the finger, back and forth; `form_reentry` on the drawing name ("no" rejected on blur, cleared, "Red kite" typed); `slow_click`: a tap on "Export PNG" (the note 2.6 s later, nothing shown meanwhile); `error_click`: a tap on "Share" (console error); `repeated_rotation`: 4 turns 1.2-2.0 s apart (landscape, portrait, ...).'),
    expectSources: [0, 2, 4], // never scrolls
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await press(s, '#c-1'); await s.idle(1000);
      await hatch(s, 0.3, 0.3, 180, 12, 6, 900); await s.idle(1500);
      await reenterField(s, '#name', 'no', 'Red kite');
      await s.idle(1500);
      await scriptedSingle(s, 'slow_click', '#export-btn', 4500, { answer: 'export ready' });
      await scriptedSingle(s, 'error_click', '#share-btn', 3000);
      await s.idle(1500);
      await rotateTimes(s, 4);
      await s.idle(3000);
    },
  };
}

// Calm E: the artist sketching: colours in a row, fast scribbles, hatching and colouring in, Undo pressed quickly four times, Redo, an ellipse, the name, a layer.
function calmArtist(v) {
  return {
    ...desk('s16-calm-artist', 'artist', v, 'Calm illustrator with a drawing tablet (ArtistHuman) on a 1440x900 screen: picks four colours in a row, about 1.2 s apart (each swatch selected at once); fast scribbles (~2000 px/s with the nib down), hatching back and forth (12 strokes of ~150 px) and colouring in a patch (36 px wide, tight back and forth), all with the nib down; presses Undo four times about 0.5 s apart (each removes a stroke at once) and Redo twice 0.5 s apart; the ellipse tool and an ellipse; the eraser and a quick rub; picks the "Colour" layer; types the name "Fern study" (valid on blur).'),
    expectSources: [0, 1, 2], // draws and picks; never scrolls
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(600, 800), h.int(400, 500));
      await s.idle(2000);
      for (const c of ['#c-4', '#c-1', '#c-2', '#c-3']) { await press(s, c); await h.pause(150, 350); }
      await s.idle(1000);
      await scribble(s, 0.35, 0.35, 180, 80, 6, 2000); await h.pause(200, 400);
      await scribble(s, 0.6, 0.3, 120, 60, 5, 2200); await h.pause(300, 500);
      await hatch(s, 0.25, 0.55, 150, 12, 6, 2000, 10); await h.pause(300, 500);
      await hatch(s, 0.55, 0.6, 36, 24, 3, 1500); await h.pause(300, 600);
      await line(s, 0.1, 0.8, 0.8, 0.82, 1600); await s.idle(1500);
      await repeat(s, '#undo', 4, 300, 500); await s.idle(1500);
      await repeat(s, '#redo', 2, 400, 700); await s.idle(1500);
      await press(s, '#tool-ellipse'); await h.pause(300, 500);
      await line(s, 0.65, 0.2, 0.85, 0.45, 900); await s.idle(1000);
      await press(s, '#tool-eraser'); await h.pause(300, 500);
      await scribble(s, 0.35, 0.35, 60, 30, 3, 1800); await s.idle(1200);
      await press(s, '#li-layer-2'); await s.idle(1000);
      await press(s, '#name'); await h.pause(300, 500); await h.type('Fern study'); await h.pause(300, 500);
      await s.page.keyboard.press('Tab'); await s.idle(v.pauseMs);
    },
  };
}

// Calm F: trackball: zoom in three times quickly, out twice, wheel zoom in and out over the board, panning drags with the hand, two layer drags, a stroke, reading the gallery.
function calmTrackball(v) {
  return {
    ...desk('s16-calm-trackball', 'trackball', v, 'Calm trackball user on a 1280x1024 screen (TrackballHuman: long moves in thumb rolls with pauses, the wheel in small notches): presses "+" three times about 0.5 s apart and "-" twice 0.6 s apart (each zoom answered at once); the wheel over the board, in and out and in again (the board zooms, the page does not scroll); the hand tool and three panning drags of the board; back to the pen and a stroke; drags the "Ink" layer to the top by its grip and "Sketch" down (the rows move while the pointer moves); reads the gallery with the wheel off the board, down and back up.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(400, 600), h.int(300, 450));
      await s.idle(2000);
      await repeat(s, '#zoom-in', 3, 350, 600); await s.idle(1500);
      await repeat(s, '#zoom-out', 2, 400, 700); await s.idle(1500);
      const c = await boxPoint(s, '#stage', 0.5, 0.5); await h.moveTo(c.x, c.y); await h.pause(300, 600);
      await h.wheelFlick(-1, 2); await h.pause(500, 900); await h.wheelFlick(1, 3); await h.pause(500, 900); await h.wheelFlick(-1, 1); await s.idle(1500);
      await press(s, '#tool-hand'); await h.pause(400, 700);
      for (let i = 0; i < 3; i++) { await line(s, 0.4 + 0.1 * i, 0.5, 0.3 + 0.1 * i, 0.4, 350); await h.pause(500, 900); }
      await s.idle(1000);
      await press(s, '#tool-pen'); await h.pause(300, 500);
      await line(s, 0.3, 0.3, 0.6, 0.35, 600); await s.idle(1200);
      await dragGrip(s, 3, -90); await s.idle(1200);
      await dragGrip(s, 1, 45); await s.idle(1500);
      await offBoard(s); await h.scrollBy(600); await s.idle(2500); await h.scrollBy(-600); await s.idle(v.pauseMs);
    },
  };
}

// Calm G: accelerated high-DPI mouse: palette clicks in a row, a rectangle, Undo three times quickly, zoom in and out, the help page read and back.
function calmAccel(v) {
  return {
    ...desk('s16-calm-accel', 'accel', v, 'Calm user of an accelerated mouse on a 2048x1152 screen (AccelHuman: quick movements that overshoot and come back, short presses): clicks five colours in a row 1.4-1.8 s apart (each selected at once); the rectangle tool and two rectangles; a fast scribble with the pen; Undo three times 0.45-0.65 s apart (each at once); "+" twice and "-" twice, 0.5-0.6 s apart; the name "Kitchen plans" typed (valid on blur); "Help" (a real page), read for ~12 s, "Back to the board".'),
    expectSources: [0, 1, 2], // never scrolls
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(700, 900), h.int(400, 600));
      await s.idle(2000);
      for (const c of ['#c-1', '#c-2', '#c-4', '#c-5', '#c-0']) { await press(s, c); await h.pause(150, 300); }
      await s.idle(1200);
      await press(s, '#tool-rect'); await h.pause(300, 500);
      await line(s, 0.2, 0.2, 0.45, 0.5, 900); await h.pause(400, 700);
      await line(s, 0.5, 0.3, 0.8, 0.6, 900); await s.idle(1000);
      await press(s, '#tool-pen'); await h.pause(300, 500);
      await scribble(s, 0.3, 0.7, 150, 60, 5, 1800); await s.idle(1500);
      await repeat(s, '#undo', 3, 300, 450); await s.idle(1500);
      await repeat(s, '#zoom-in', 2, 300, 500); await repeat(s, '#zoom-out', 2, 300, 500); await s.idle(1500);
      await press(s, '#name'); await h.pause(300, 500); await h.type('Kitchen plans'); await h.pause(300, 500);
      await s.page.keyboard.press('Tab'); await s.idle(1500);
      await press(s, '#help-link'); await s.page.waitForURL(HELP); await s.page.waitForLoadState('load'); await s.idle(12000);
      await press(s, '#back-link'); await s.page.waitForURL(HOME); await s.page.waitForLoadState('load'); await s.idle(v.pauseMs);
    },
  };
}

// Calm H: fingertip on a large tablet, turned once: colours in with the finger, Undo three times quickly, a layer dragged by touch, zoom taps, the gallery read.
function calmTablet(v) {
  return {
    ...tablet('s16-calm-tablet', 'tablet', TAB_L, v, 'Calm fingertip on a 1024x1366 tablet at DPR 2 (TabletHuman; swipes start off the board), turned once: picks green and colours in with the finger (16 fast back and forth strokes of ~120 px), a scribble; taps Undo three times about 0.55 s apart (each at once); drags the "Colour" layer up by its grip with the finger; taps "+" twice and "-" once; scrolls down about 200 px with the finger and back up; turns the tablet to landscape once (a single turn) and goes on reading.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await press(s, '#c-3'); await s.idle(1000);
      await hatch(s, 0.3, 0.3, 120, 16, 5, 1100); await h.pause(400, 700);
      await scribble(s, 0.6, 0.6, 140, 70, 4, 1000); await s.idle(1500);
      await repeat(s, '#undo', 3, 350, 550); await s.idle(1500);
      await dragGrip(s, 2, -45); await s.idle(1500);
      await repeat(s, '#zoom-in', 2, 400, 600); await press(s, '#zoom-out'); await s.idle(1500);
      await showOff(s, '.gallery h2'); await swipeOff(s, -400); await s.idle(2500);
      await swipeOff(s, 450); await h.pause(500, 900); await showOff(s, '#zoom-in'); await s.idle(1500);
      await s.rotate(true); await s.idle(v.pauseMs);
    },
  };
}

export const HELDOUT16_SESSIONS = [
  calmArtist({ seed: 16505, viewport: { width: 1440, height: 900 }, pauseMs: 3000 }),
  calmTrackball({ seed: 16606, viewport: { width: 1280, height: 1024 }, pauseMs: 3000 }),
  calmAccel({ seed: 16707, viewport: { width: 2048, height: 1152 }, pauseMs: 3000 }),
  calmTablet({ seed: 16808, pauseMs: 4000 }),
  artistA({ seed: 16101, viewport: { width: 1920, height: 1200 }, shakeMs: 2200, shakeAmp: 90 }),
  leftyB({ seed: 16202, viewport: { width: 1366, height: 768 }, shakeMs: 2200, shakeAmp: 100 }),
  stylusPhoneC({ seed: 16303 }),
  tabletD({ seed: 16404 }),
];
