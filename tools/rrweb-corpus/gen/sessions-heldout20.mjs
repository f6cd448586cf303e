// Held-out set 20 (replay issue 15, twentieth round): a kind of site no detector was tuned
// on (a team calendar and meeting scheduler, "Fjord Team Calendar", gen/site/cal.*: a week
// grid where a new event is made by DRAGGING over empty half hours with the button held (a
// "New event" popover at once when it is let go; a tap on an empty half hour on a touch
// screen), events moved by dragging and resized by their bottom edge (a toast "Event moved.
// Undo" that vanishes by itself after 4 s), a press on an event opening its details popover
// at once (with "Close"), a mini-month whose days jump the week at once, "Today", "<" and
// ">" answered at once, a time-zone dropdown, a red "now" line that moves by itself every
// 3 s and a "Syncing... / Synced" status in the header that flickers by itself every 4-7 s,
// a real help page (cal-help.html) and a client-side "Agenda" route (pushState + a
// 'pageview' event) with a long list; "Find a time" answered after 2.7-3.3 s with nothing
// shown meanwhile, "Meeting rooms" and "Holidays" chips styled clickable with no handler, a
// broken "Send invites" primary button, "Export .ics" that throws, the popover's "Title"
// and "Guests (e-mail)" validated on blur) and a new input model, GazeHuman (gen/human.mjs:
// an eye tracker as the pointer: saccades of 30-80 ms between fixations that wander 5-15 px,
// dwell clicks of 0.8-1.2 s or a hand switch, fixed scroll steps, an on-screen keyboard),
// beside earlier models on screens not used on sets 17 and 18: an accelerated mouse
// (AccelHuman, 1536x960), a fingertip on a small 600x960 tablet (TabletHuman, turned), a
// thumb on a 360x780 phone (ThumbHuman, turned), and calm: a pen tablet (PenHuman,
// 1920x1080), a slow hand (SlowHuman, 1366x768), a jittery mouse (JitterHuman, 1536x864)
// and GazeHuman with a switch (1680x940). Every recording is in part `heldout20`: written,
// generated and committed before any detector ran on it. Late answers are truth by rule
// (window.__devAnswer; any click answered after more than 1 s is a slow_click row in any
// session: gen/truth.mjs, lateAnswerRows); no calm script presses "Find a time". The
// scaffolding is in gen/kit.mjs.

import {
  aimSel, hitPoint, pressSel, scriptedSingle, scriptedBurst, rotateTimes, quickBackSpa, quickBack, reenterField,
  blurReentry, shakeWith, wheelThrash, flingThrash, rageBurst,
} from './kit.mjs';

const wait = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const TAB = { width: 600, height: 960, deviceScaleFactor: 1.333 };
const TAB_UA = 'Mozilla/5.0 (Linux; Android 13; Lenovo TB-8506F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const PHONE = { width: 360, height: 780, deviceScaleFactor: 3 };
const PHONE_UA = 'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const HELP = /cal-help\.html$/;
const CAL = /cal\.html$/;

// `n` free half hours in a row in day column `d` (0 = Monday), on screen: the points (viewport
// px) of the first and the last slot's middles, or null
async function freeRun(s, d, n, { from = 2 } = {}) {
  return s.page.evaluate(([d, n, from]) => {
    const col = document.getElementById('col-' + d);
    const r = col.getBoundingClientRect();
    const busy = new Set();
    for (const e of col.querySelectorAll('.ev')) {
      const a = Math.floor((parseFloat(e.style.top) - 1) / 22), len = Math.round((parseFloat(e.style.height) + 2) / 22);
      for (let q = a - 1; q <= a + len; q++) busy.add(q);
    }
    for (let k = from; k + n <= 30; k++) {
      let ok = true;
      for (let q = k; q < k + n; q++) if (busy.has(q)) ok = false;
      const y0 = r.top + k * 22 + 11, y1 = r.top + (k + n - 1) * 22 + 11;
      if (ok && y0 > 90 && y1 < innerHeight - 90) return { x: r.left + r.width / 2, y0, y1, slot: k };
    }
    return null;
  }, [d, n, from]);
}
// a visible event at least `minLen` half hours long (not in `skip`): its id and box
async function pickEvent(s, minLen, skip = []) {
  return s.page.evaluate(([minLen, skip]) => {
    for (const e of document.querySelectorAll('#cols .ev')) {
      const b = e.getBoundingClientRect();
      if (skip.includes(e.id) || b.height < minLen * 22 - 4 || b.top < 90 || b.bottom > innerHeight - 90) continue;
      return { id: e.id, x: b.left, y: b.top, w: b.width, h: b.height, d: Number(e.parentNode.dataset.day) };
    }
    return null;
  }, [minLen, skip]);
}
// a drag with the button held (a mouse or a pen tablet): to (x0, y0), a short settle, the
// button down, a smooth path to (x1, y1) at 150-320 px/s with a small sideways wander, a
// short hold on the target, the button up
async function dragPath(s, x0, y0, x1, y1) {
  const { h, page } = s;
  await h.moveTo(x0, y0); await h.pause(150, 350);
  await page.mouse.down(); await h.pause(90, 200);
  const dist = Math.hypot(x1 - x0, y1 - y0);
  const T = 150 + 1000 * dist / h.uniform(150, 320);
  const n = Math.max(4, Math.min(200, Math.round(T / 16)));
  const t0 = Date.now();
  for (let i = 1; i <= n; i++) {
    const t = i / n, p = 10 * t ** 3 - 15 * t ** 4 + 6 * t ** 5;
    const x = x0 + (x1 - x0) * p + (i === n ? 0 : h.gauss(0, 0.8)), y = y0 + (y1 - y0) * p + (i === n ? 0 : h.gauss(0, 0.8));
    await page.mouse.move(x, y); h.x = x; h.y = y;
    await wait(t0 + (T * i) / n - Date.now());
  }
  await h.pause(150, 320);
  await page.mouse.up();
}
// a new event made by dragging over `n` free half hours of day `d`; the popover opens at once
async function dragCreate(s, d, n) {
  const { h } = s;
  await h.ensureVisible('#day-heads', { margin: 60 });
  const run = await freeRun(s, d, n);
  if (!run) throw new Error(`no ${n} free half hours on day ${d}`);
  const x = run.x + h.gauss(0, 4);
  await dragPath(s, x, run.y0 + h.gauss(0, 3), x + h.gauss(0, 2), run.y1 + h.gauss(0, 3));
  await s.page.waitForSelector('#new-pop:not([hidden])');
}
// the eye tracker's drag (a dwell on the start presses, a dwell on the end lets go)
async function gazeCreate(s, d, n) {
  const { h, page } = s;
  await h.ensureVisible('#day-heads', { margin: 60 });
  const run = await freeRun(s, d, n);
  if (!run) throw new Error(`no ${n} free half hours on day ${d}`);
  await h.moveTo(run.x, run.y0); await h.fixate(h.uniform(800, 1200));
  await page.mouse.down(); await h.pause(200, 400);
  await h.moveTo(run.x + h.gauss(0, 2), run.y1); await h.fixate(h.uniform(800, 1200));
  await page.mouse.up();
  await page.waitForSelector('#new-pop:not([hidden])');
}
// a tap on `n` free half hours' first slot (touch: the popover opens for one half hour); a
// thumb that lands on an event instead opens its details: closed, and tapped again
async function tapCreate(s, d) {
  const { h, page } = s;
  for (let g = 0; g < 4; g++) {
    await h.ensureVisible('#day-heads', { margin: 60 });
    await h.pause(300, 700);
    const run = await freeRun(s, d, 3, { from: 1 + g * 3 });
    if (!run) continue;
    await h.tapAt(run.x, (run.y0 + run.y1) / 2);
    await h.pause(600, 1000);
    if (await page.locator('#new-pop:not([hidden])').count()) return;
    if (await page.locator('#detail-pop:not([hidden])').count()) { await pressSel(s, '#detail-close', { margin: 8 }); await h.pause(500, 900); }
  }
  throw new Error('tapCreate: no popover');
}
// an event moved by `dd` days and `ds` half hours (grabbed in its upper part)
async function moveEvent(s, dd, ds, skip = []) {
  const { h } = s;
  await h.ensureVisible('#day-heads', { margin: 60 });
  const e = await pickEvent(s, 2, skip);
  if (!e) throw new Error('moveEvent: no event on screen');
  const colW = e.w + 6;
  const x0 = e.x + e.w * h.uniform(0.35, 0.65), y0 = e.y + h.uniform(6, 14);
  await dragPath(s, x0, y0, x0 + dd * colW + h.gauss(0, 3), y0 + ds * 22 + h.gauss(0, 3));
  return e.id;
}
// an event resized by `ds` half hours by its bottom edge
async function resizeEvent(s, ds, skip = []) {
  const { h } = s;
  await h.ensureVisible('#day-heads', { margin: 60 });
  const e = await pickEvent(s, 2, skip);
  if (!e) throw new Error('resizeEvent: no event on screen');
  const x0 = e.x + e.w * h.uniform(0.3, 0.7), y0 = e.y + e.h - 3;
  await dragPath(s, x0, y0, x0 + h.gauss(0, 2), y0 + ds * 22 + h.gauss(0, 2));
  return e.id;
}
// a press on an event (no move): its details at once
async function openEvent(s, skip = []) {
  const { h, page } = s;
  await h.ensureVisible('#day-heads', { margin: 60 });
  const e = await pickEvent(s, 2, skip);
  if (!e) throw new Error('openEvent: no event on screen');
  const x = e.x + e.w * h.uniform(0.35, 0.65), y = e.y + e.h * h.uniform(0.3, 0.5);
  if (s.mobile) await h.tapAt(x, y); else { await h.moveTo(x, y); await h.pause(150, 350); await h.pressRelease(); }
  await page.waitForSelector('#detail-pop:not([hidden])');
  return e.id;
}
// a control pressed quickly several times (each press answered at once)
async function repeat(s, sel, n, gapMin, gapMax) {
  const { h } = s;
  for (let i = 0; i < n && i < 10; i++) { if (i === 0) await pressSel(s, sel); else await hitPoint(s, await h.pointIn(sel)); await h.pause(gapMin, gapMax); }
}
// the pointer resting near `sel` (offset dx, dy from its middle) for `ms`
async function restNear(s, sel, dx, dy, ms) {
  const { h } = s;
  const b = await s.page.locator(sel).first().boundingBox();
  await h.moveTo(b.x + b.width / 2 + dx, b.y + b.height / 2 + dy); await s.idle(ms);
}

const rec = (v) => ({ __consolePlugin: true, ...(v.recordOptions || {}) });
const base = (name, v, describe) => ({ name, part: 'heldout20', page: 'cal.html', seed: v.seed, recordOptions: rec(v), describe });
const desk = (name, human, v, describe) => ({ ...base(name, v, describe), device: 'desktop', human, viewport: v.viewport, expectSources: [0, 1, 2, 3] });
const tablet = (name, human, v, describe) => ({ ...base(name, v, describe), device: 'tablet', human, viewport: TAB, userAgent: TAB_UA, expectSources: [0, 2, 3, 4] });
const phone = (name, human, v, describe) => ({ ...base(name, v, describe), device: 'phone', human, viewport: PHONE, userAgent: PHONE_UA, expectSources: [0, 2, 3, 4] });

// A. Eye tracker with dwell clicks: a slow "Find a time", a dead click on the "Meeting rooms" chip, an error on "Export .ics", re-entry in "Guests", a real mouse shake when the tracker lost her.
function gazeA(v) {
  return {
    ...desk('h20-gaze-a', 'gaze', v, 'Eye-tracker user with dwell clicks on a 1920x1080 monitor (GazeHuman, new: the pointer jumps in 30-80 ms saccades between fixations and wanders 5-15 px during each; a click by dwelling 0.8-1.2 s, at the fixation\'s centre; an on-screen keyboard): `slow_click`: "Find a time" (the free hours appear 2.7-3.3 s later, nothing shown meanwhile, while the sync status flickers by itself); `dead_click`: the "Meeting rooms" chip under "Other calendars" (cursor: pointer, a hover background, a title; no handler); `error_click`: "Export .ics" (console error); makes an event by the tracker\'s drag (a dwell on the first half hour presses, a dwell on the last lets go; the popover at once), types "Demo" as its title; `form_reentry` in "Guests (e-mail)" ("kari(at)fjord" rejected on blur, dwelt on again, cleared, "kari@fjord.no" typed), then "Save" (a toast at once); reads down to the "This week" list in fixed steps and back up; `erratic_cursor`: the tracker loses her eyes (the pointer stops), she takes the mouse beside the keyboard and shakes it with the button up to find the pointer (~90 px strokes of 70-110 ms, a real mouse).'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(700, 1100), h.int(300, 450));
      await s.idle(3000);
      await scriptedSingle(s, 'slow_click', '#find-time', 5000, { answer: 'find a time' });
      await scriptedSingle(s, 'dead_click', '#chip-rooms', 4500);
      await scriptedSingle(s, 'error_click', '#export-ics', 3000);
      await gazeCreate(s, 2, 3); await h.pause(500, 900);
      await h.type('Demo'); await h.pause(600, 1000);
      await reenterField(s, '#ev-guests', 'kari(at)fjord', 'kari@fjord.no');
      await h.pause(600, 1000);
      await pressSel(s, '#ev-save'); await s.idle(3000);
      await h.scrollBy(500); await s.idle(2500); await h.scrollBy(-500); await s.idle(2000);
      // the tracker loses her eyes: the pointer stops where it was; the mouse is taken
      await wait(h.uniform(1200, 1800));
      await s.episode('erratic_cursor', async () => { await shakeWith(s, v.shakeMs, v.shakeAmp, 70, 110, { hand: true }); });
      await wait(h.uniform(800, 1400));
      await s.idle(3000);
    },
  };
}

// B. Accelerated mouse: a new event and rage on "Send invites", a shake, a dead click on "Holidays", a quick back through the Agenda route, wheel thrash in the help text.
function accelB(v) {
  return {
    ...desk('h20-accel-b', 'accel', v, 'Accelerated-mouse user on a 1536x960 laptop (AccelHuman: pointer acceleration, quick strokes that overshoot and come back; recorded with maskAllInputs): makes an event by dragging over three free half hours (the popover at once) and types "Vendor demo" as its title; `rage_click`: 6 clicks 0.2-0.4 s apart, up to 10 px apart, on "Send invites" (no handler), then "Save" (at once); `erratic_cursor`: a shake with the button up over the week grid (~100 px strokes of 70-110 ms); `dead_click`: the "Holidays" chip (cursor: pointer, a hover background, a title; no handler); `quick_back`: "Agenda" (a client-side route, pushState + pageview), history.back() after ~1.5 s; opens "Help" (a real page), reads, wheels down into the help text; `scroll_thrash`: wheel flicks alternating down and up over the help text; back by its "Back to the calendar" link after a long read.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(600, 900), h.int(300, 450));
      await s.idle(2500);
      await dragCreate(s, 1, 3); await h.pause(400, 700);
      await h.type('Vendor demo'); await h.pause(500, 900);
      await scriptedBurst(s, '#send-invites', 6, 200, 400, 10);
      await pressSel(s, '#ev-save'); await s.idle(2000);
      await h.ensureVisible('#col-3', { margin: 60 });
      const b = await page.locator('#col-3').boundingBox();
      await h.moveTo(b.x + b.width / 2, b.y + Math.min(b.height, 400) / 2); await h.pause(300, 500);
      // strokes reported every 16 ms (the accelerated hand's 5 ms steps slow a shake down on a loaded machine)
      await s.episode('erratic_cursor', async () => { await shakeWith(s, v.shakeMs, v.shakeAmp, 70, 110, { stepMs: 16 }); });
      await s.idle(2000);
      await scriptedSingle(s, 'dead_click', '#chip-holidays', 4500);
      await quickBackSpa(s, '#agenda-link', /view=agenda/);
      await s.idle(2500);
      await pressSel(s, '#help-link'); await page.waitForURL(HELP); await page.waitForLoadState('load');
      await s.idle(3000);
      await h.scrollBy(900); await s.idle(2000);
      await wheelThrash(s, 6);
      await s.idle(3000);
      await pressSel(s, '#back-link'); await page.waitForURL(CAL); await page.waitForLoadState('load');
      await s.idle(2500);
    },
  };
}

// C. Fingertip on a small tablet: a new event and rage taps on "Send invites", turned in the hands, a slow "Find a time", an error on "Export .ics".
function tabletC(v) {
  return {
    ...tablet('h20-tablet-c', 'tablet', v, 'Fingertip on a small 600x960 tablet (TabletHuman: a wide, rolling fingertip; swipes): taps an event (its details at once) and "Close"; taps an empty half hour (the "New event" popover at once, as a sheet at the bottom), taps "Title" and types "Planning"; `rage_click`: 5 taps 0.3-0.5 s apart, up to 10 px apart, on "Send invites" (no handler), then "Save" (at once); `repeated_rotation`: 4 turns 1.2-2.0 s apart (landscape, portrait, ...); `slow_click`: a tap on "Find a time" (the free hours 2.7-3.3 s later, nothing meanwhile); `error_click`: a tap on "Export .ics" (console error).'),
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await openEvent(s); await s.idle(1500);
      await pressSel(s, '#detail-close', { margin: 8 }); await s.idle(1500);
      await tapCreate(s, 3); await h.pause(500, 900);
      await pressSel(s, '#ev-title', { margin: 8 }); await h.pause(400, 700);
      await h.type('Planning'); await h.pause(600, 1000);
      const p = await h.pointIn('#send-invites');
      await h.pause(300, 600);
      await rageBurst(s, p, '#send-invites', 5, 300, 500, 10);
      await pressSel(s, '#ev-save', { margin: 8 }); await s.idle(2500);
      await rotateTimes(s, 4);
      await s.idle(2500);
      await scriptedSingle(s, 'slow_click', '#find-time', 5000, { answer: 'find a time' });
      await scriptedSingle(s, 'error_click', '#export-ics', 3000);
      await s.idle(2000);
    },
  };
}

// D. Thumb on a phone: a quick back through the help page, fling thrash over the Agenda, turned in the hand, re-entry in "Title".
function thumbD(v) {
  return {
    ...phone('h20-thumb-d', 'thumb', v, 'One-handed thumb user on a 360x780 phone at DPR 3 (ThumbHuman: taps high on the screen wider and a few px low-right; thumb swipes): `quick_back`: a tap on "Help" (a real page), back after ~1.5 s by its "Back to the calendar" link (a page load; the thumb already over the link); opens "Agenda" (a client-side route) and reads down the long list with swipes; `scroll_thrash`: flings alternating up and down over the list; back by "Back to week"; `repeated_rotation`: 4 turns 1.2-2.0 s apart (landscape, portrait, ...); taps an empty half hour (the popover at once, a sheet at the bottom); `form_reentry` in "Title" ("Q4" rejected on blur, tapped again, cleared, "Quarter plan" typed), then "Save" (at once).'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await s.idle(2500);
      await h.ensureVisible('#help-link', { margin: 120 }); await s.idle(1000);
      await quickBack(s, '#help-link', async () => { await pressSel(s, '#help-link'); }, HELP, CAL,
        async () => { const q = await h.pointIn('#back-link'); await h.tapAt(q.x, q.y); }, 'the help page\'s "Back to the calendar" link (a page load)');
      await page.waitForSelector('#col-0');
      await s.idle(2500);
      await pressSel(s, '#agenda-link'); await page.waitForURL(/view=agenda/); await s.idle(3000);
      await h.scrollBy(1200); await s.idle(1500);
      await flingThrash(s, 6);
      await s.idle(2500);
      await pressSel(s, '#agenda-back'); await s.idle(2500);
      await rotateTimes(s, 4);
      await s.idle(2500);
      await tapCreate(s, 2); await h.pause(600, 1000);
      const tapField = async () => { const q = await h.pointIn('#ev-title'); await h.tapAt(q.x, q.y); };
      await blurReentry(s, 'ev-title', 'Q4', 'Quarter plan', tapField);
      await h.pause(600, 1000);
      await pressSel(s, '#ev-save', { margin: 8 }); await s.idle(3000);
    },
  };
}

// Calm E: eye tracker with a switch: gaze resting by the sync status, ">" pressed three times quickly, Today, a mini-month day, a time zone, an event's details opened and closed, the Agenda read.
function calmGaze(v) {
  return {
    ...desk('h20-calm-gaze', 'gaze', v, 'Calm eye-tracker user with a hand switch on a 1680x940 window (GazeHuman, new: saccades between fixations that wander 5-15 px; here each click is a switch press 150-400 ms into the fixation; an on-screen keyboard is not needed): reads the week with the gaze resting beside the header\'s "Syncing... / Synced" status for 8 s while it flickers by itself; presses ">" three times 0.3-0.5 s apart (a week each, at once) and "Today" (at once); picks 17 December in the mini-month (the week jumps at once) and "Today" again; opens the time-zone dropdown and picks London (the hour labels change at once); presses an event (its details at once) and "Close" 1 s later; reads beside the moving now line for 6 s; opens "Agenda" (a client-side route), reads 9 s and returns by "Back to week"; scrolls down and back up in fixed steps.'),
    async run(s) {
      const { h } = s;
      h.useSwitch = true;
      await s.open();
      await h.placeMouse(h.int(600, 900), h.int(300, 400));
      await s.idle(2500);
      await restNear(s, '#sync', h.uniform(60, 110), h.uniform(-4, 8), 8000);
      await repeat(s, '#next', 3, 300, 500); await s.idle(2000);
      await pressSel(s, '#today'); await s.idle(2500);
      await pressSel(s, '#md-17'); await s.idle(2500);
      await pressSel(s, '#today'); await s.idle(2000);
      await pressSel(s, '#tz-btn'); await h.pause(500, 900);
      await pressSel(s, '#tz-1'); await s.idle(2500);
      await openEvent(s); await h.pause(900, 1200);
      await pressSel(s, '#detail-close'); await s.idle(1500);
      await restNear(s, '#now-line', h.uniform(-80, 80), h.uniform(-30, -15), 6000);
      await pressSel(s, '#agenda-link'); await s.idle(9000);
      await pressSel(s, '#agenda-back'); await s.idle(2500);
      await h.scrollBy(500); await s.idle(2000); await h.scrollBy(-500); await s.idle(v.pauseMs);
    },
  };
}

// Calm F: pen tablet: an event made by dragging and saved, one moved (the toast vanishes by itself), one moved and undone, one resized, details opened and closed, resting by the now line.
function calmPen(v) {
  return {
    ...desk('h20-calm-pen', 'pen', v, 'Calm pen-tablet user on a 1920x1080 screen (PenHuman: quick straight hovering strokes, short presses; drags with the nib held down): makes an event by dragging over four free half hours on Tuesday (the popover at once), types "Design crit" and presses "Save" (a toast "Event saved. Undo" at once, gone by itself 4 s later); drags an event one day right and one hour down (a toast "Event moved. Undo" at once, left to vanish by itself); drags another event and presses "Undo" in the toast 1-2 s later (the event back at once); drags an event\'s bottom edge down an hour (a toast "Event resized. Undo"); presses an event (details at once) and "Close" 0.6-1 s later; rests beside the now line for 7 s while it moves and the sync status flickers by themselves; wheels down to the "This week" list and back up.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(800, 1100), h.int(300, 450));
      await s.idle(2500);
      await dragCreate(s, 1, 4); await h.pause(400, 700);
      await h.type('Design crit'); await h.pause(500, 900);
      await pressSel(s, '#ev-save'); await s.idle(6000);
      const moved = await moveEvent(s, 1, 2); await s.idle(6000);
      const moved2 = await moveEvent(s, -1, 1, [moved]); await h.pause(1000, 2000);
      await pressSel(s, '#toast-undo'); await s.idle(3000);
      await resizeEvent(s, 2, [moved, moved2]); await s.idle(5500);
      await openEvent(s); await h.pause(600, 1000);
      await pressSel(s, '#detail-close'); await s.idle(1500);
      await restNear(s, '#now-line', h.uniform(-70, 70), h.uniform(12, 30), 7000);
      await h.scrollBy(600); await s.idle(3000); await h.scrollBy(-600); await s.idle(v.pauseMs);
    },
  };
}

// Calm G: slow hand: the help page read and left by its link, ">" four times quickly, "<", Today, a mini-month day, the Team calendar off and on, a drag that is cancelled, the Agenda read.
function calmSlow(v) {
  return {
    ...desk('h20-calm-slow', 'slow', v, 'Calm slow-handed user on a 1366x768 laptop (SlowHuman: slow, careful movements with corrections, long presses): opens "Help" (a real page), reads 10 s and returns by its "Back to the calendar" link; presses ">" four times 0.3-0.5 s apart at one spot (a week each, at once), "<" once and "Today" (at once); picks 24 December in the mini-month (at once) and "Today"; turns the "Team" calendar off and on again 3 s later (its events go and come back at once); drags over two free half hours (the popover at once) and presses "Cancel" 1-2 s later; opens "Agenda" (a client-side route), reads 9 s, returns by "Back to week".'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(250, 400));
      await s.idle(2500);
      await pressSel(s, '#help-link'); await page.waitForURL(HELP); await page.waitForLoadState('load'); await s.idle(10000);
      await pressSel(s, '#back-link'); await page.waitForURL(CAL); await page.waitForLoadState('load'); await s.idle(2500);
      await repeat(s, '#next', 4, 300, 500); await s.idle(2000);
      await pressSel(s, '#prev'); await s.idle(1500);
      await pressSel(s, '#today'); await s.idle(2000);
      await pressSel(s, '#md-24'); await s.idle(2500);
      await pressSel(s, '#today'); await s.idle(2000);
      await pressSel(s, '#cal-team'); await s.idle(3000);
      await pressSel(s, '#cal-team'); await s.idle(2000);
      await dragCreate(s, 4, 2); await h.pause(1000, 2000);
      await pressSel(s, '#ev-cancel'); await s.idle(2000);
      await pressSel(s, '#agenda-link'); await s.idle(9000);
      await pressSel(s, '#agenda-back'); await s.idle(v.pauseMs);
    },
  };
}

// Calm H: jittery mouse: an event made with a valid title and guests, one resized, one moved and undone, details opened and closed, a time zone, the week list read.
function calmJitter(v) {
  return {
    ...desk('h20-calm-jitter', 'jitter', v, 'Calm user with a jittery cheap mouse on a 1536x864 screen (JitterHuman: positions on a coarse grid, sensor glitches, unsteady presses): makes an event by dragging over three free half hours on Thursday (the popover at once), types "Team lunch" and "ola@fjord.no, kari@fjord.no" as guests (both valid) and presses "Save" (a toast at once); drags an event\'s bottom edge down half an hour (a toast, gone by itself); drags an event half an hour up and reaches for "Undo" at once (the event back at once); presses an event (details at once) and "Close"; opens the time-zone dropdown and picks New York (the hour labels change at once); wheels down to the "This week" list, reads, and back up.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(600, 900), h.int(300, 450));
      await s.idle(2500);
      await dragCreate(s, 3, 3); await h.pause(400, 700);
      await h.type('Team lunch'); await h.pause(400, 700);
      await pressSel(s, '#ev-guests'); await h.pause(300, 500);
      await h.type('ola@fjord.no, kari@fjord.no'); await h.pause(500, 900);
      await pressSel(s, '#ev-save'); await s.idle(5500);
      const r = await resizeEvent(s, 1); await s.idle(5500);
      // Undo reached for at once (the toast goes by itself 4 s after the release)
      await moveEvent(s, 0, -1, [r]); await h.pause(300, 700);
      await pressSel(s, '#toast-undo'); await s.idle(3000);
      await openEvent(s); await h.pause(1200, 2000);
      await pressSel(s, '#detail-close'); await s.idle(2000);
      await pressSel(s, '#tz-btn'); await h.pause(400, 800);
      await pressSel(s, '#tz-2'); await s.idle(2500);
      await h.scrollBy(700); await s.idle(3000); await h.scrollBy(-700); await s.idle(v.pauseMs);
    },
  };
}

export const HELDOUT20_SESSIONS = [
  calmGaze({ seed: 20505, viewport: { width: 1680, height: 940 }, pauseMs: 3000 }),
  calmPen({ seed: 20606, viewport: { width: 1920, height: 1080 }, pauseMs: 3000 }),
  calmSlow({ seed: 20707, viewport: { width: 1366, height: 768 }, pauseMs: 3000 }),
  calmJitter({ seed: 20808, viewport: { width: 1536, height: 864 }, pauseMs: 3000 }),
  gazeA({ seed: 20101, viewport: { width: 1920, height: 1080 }, shakeMs: 2200, shakeAmp: 90 }),
  accelB({ seed: 20202, viewport: { width: 1536, height: 960 }, shakeMs: 2200, shakeAmp: 100, recordOptions: { maskAllInputs: true } }),
  tabletC({ seed: 20303 }),
  thumbD({ seed: 20404 }),
];
