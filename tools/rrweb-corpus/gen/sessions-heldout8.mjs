// Held-out set 8 (replay issue 15, eighth round): a kind of site no detector was tuned on (a
// kanban board of a small team, gen/site/board.*: cards dragged between columns with the
// mouse, pen or a finger on the card's grip; a star on each card that adds one vote per
// press; filter chips; "Collapse Done"; avatars that show a tooltip on hover; and page
// elements that change every 0.5-4 s where nobody can see them: a visibility:hidden "Saved N
// s ago", a zero-size presence count, an off-screen aria-hidden live region, the closed
// (hidden) activity drawer) and a new mix of people: a tablet held upright with a fingertip
// that drags by the grip (TabletHuman, 810x1080, DPR 2), a trackpad (TrackpadHuman), a slow
// hand (SlowHuman), a tremor (TremorHuman) and keyboard only with Tab and Enter on desktops.
// Every recording is in part `heldout8`: written, generated and committed before any detector
// change of round 8 and before any detector ran on it (replay's docs/signals.md). The site
// logs its own answers in window.__answers (not in the DOM): the truth notes name the real
// answer of a click, not the first DOM change (the hidden elements change all the time).

import { answersSince, lastEpisode, centre, shake, loops, flingThrash, wheelThrash } from './kit.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const TAB = { width: 810, height: 1080, deviceScaleFactor: 2 };
const TAB_UA = 'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';

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
  if (s.mobile) await h.tap(`#${field}`); else await h.click(`#${field}`);
  await h.pause(300, 500);
  await s.episode('form_reentry', async () => {
    await h.type(bad);
    await h.pause(300, 600);
    await page.keyboard.press('Tab');
    await page.waitForSelector(`#${field}-error:not([hidden])`, { state: 'attached' });
    await s.idle(1800);
    if (s.mobile) await h.tap(`#${field}`); else await h.click(`#${field}`);
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
    await page.waitForURL(/board-help\.html/);
    await page.waitForLoadState('load');
    await sleep(h.uniform(1200, 1900));
    await page.evaluate(() => history.back());
    await page.waitForURL(/board\.html$/);
    await page.waitForLoadState('load');
  }, { target: '#help-link', how: 'history.back()' });
}

// Drag a card to another column: mouse (or pen, trackpad) anywhere on the card; a finger by
// the card's grip (the rest of a card scrolls the page under a finger).
async function drag(s, cardSel, colName) {
  const { h, page } = s;
  const to = `[data-col=${colName}] h2`;
  if (s.mobile) {
    await h.ensureVisible(cardSel);
    await h.pause(300, 700);
    const a = await h.pointIn(`${cardSel} .grip`, { pad: 0.35 });
    const b = await h.pointIn(to);
    const c = h.contact();
    const n = h.int(18, 26);
    await h.touch('touchStart', [{ x: Math.round(a.x), y: Math.round(a.y), ...c }]);
    await h.pause(120, 220);
    for (let i = 1; i <= n; i++) {
      const f = i / n, e = f * f * (3 - 2 * f);
      await h.touch('touchMove', [{ x: Math.round(a.x + (b.x - a.x) * e + h.gauss(0, 1.5)), y: Math.round(a.y + (b.y - a.y) * e + h.gauss(0, 1.5)), ...c }]);
      await sleep(h.uniform(25, 45));
    }
    await h.pause(150, 300);
    await h.touch('touchEnd', []);
    h.x = Math.round(b.x); h.y = Math.round(b.y);
    return;
  }
  await h.moveToEl(cardSel, { pad: 0.3 });
  await h.pause(200, 400);
  await page.mouse.down();
  await h.pause(120, 250);
  const b = await h.pointIn(to);
  await h.moveTo(b.x, b.y, { durationMs: h.uniform(650, 1100), overshoot: false });
  await h.pause(150, 300);
  await page.mouse.up();
}
// keyboard only: Tab through the page to the control, Enter presses it (the browser's click
// carries clientX = clientY = 0)
async function enterOn(s, sel, n, gapMin, gapMax) {
  const { h, page } = s;
  for (let i = 0, k = h.int(1, 3); i < k; i++) { await page.keyboard.press('Tab'); await h.pause(180, 420); }
  await page.focus(sel);
  await h.pause(250, 600);
  for (let i = 0; i < n; i++) { if (i > 0) await h.pause(gapMin, gapMax); await page.keyboard.press('Enter'); }
}
async function quick(s, sel, n, gapMin, gapMax) {
  const { h } = s;
  const p = await aim(s, sel);
  for (let i = 0; i < n; i++) {
    if (s.mobile) await h.tapAt(p.x, p.y); else await h.pressRelease(50, 90);
    await h.pause(gapMin, gapMax);
  }
}
async function tapOrClick(s, sel) { const { h } = s; if (s.mobile) await h.tap(sel); else await h.click(sel); }

const tablet = (name, v, describe) => ({
  name, part: 'heldout8', page: 'board.html', device: 'tablet', human: 'tablet', viewport: TAB, userAgent: TAB_UA,
  seed: v.seed, recordOptions: { __consolePlugin: true, ...(v.recordOptions || {}) }, expectSources: [0, 2, 3, 6], describe,
});
const desk = (name, human, v, describe) => ({
  name, part: 'heldout8', page: 'board.html', device: 'desktop', human, viewport: v.viewport,
  seed: v.seed, recordOptions: { __consolePlugin: true, ...(v.recordOptions || {}) }, expectSources: [0, 1, 2], describe,
});

// A. Tablet: a dead tap on the design chip, a slow Sync, fling thrash over Done, title re-entry, quick back.
function tabA(v) {
  return {
    ...tablet('b8-tab-a', v, 'Tablet held upright (810x1080, DPR 2, TabletHuman\'s fingertip): drags a card from "To do" to "Doing" by its grip (answered); `dead_click`: a tap on the "Label: design" chip (cursor: pointer, dashed, no handler; the hidden elements change meanwhile); `slow_click`: a tap on "Sync now" (the real answer after 3.2 s); `form_reentry` on the new card\'s title (rejected on blur, cleared, retyped); `scroll_thrash`: flings alternating up and down over "Done"; `quick_back` through "Board help", back after ~1.5 s.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await drag(s, '#k1', 'doing');
      await s.idle(2500);
      await single(s, 'dead_click', '#f-design', 4500);
      await single(s, 'slow_click', '#sync-btn', 5500);
      await reentry(s, 'card-title', 'ab', 'Fix date picker');
      await s.idle(2500);
      await h.fling(-600);
      await s.idle(2500);
      await flingThrash(s, 6);
      await s.idle(3000);
      await h.fling(700); await h.fling(700); await h.fling(700);
      await s.idle(1500);
      await quickBack(s);
      await s.idle(3000);
    },
  };
}

// B. Tablet: rage taps on Assign to me, an error tap on Export, repeated rotation, answered star taps.
function tabB(v) {
  return {
    ...tablet('b8-tab-b', v, 'Tablet (upright, TabletHuman): taps a card\'s star twice quickly (each answered); `rage_click`: 5 taps ~0.3 s apart, up to 12 px apart, on "Assign to me" (no handler); `error_click`: a tap on "Export CSV" (console error); `repeated_rotation`: 4 turns 1.2-2.0 s apart; taps "Bugs" and "All" (answered).'),
    expectSources: [0, 2, 4],
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await quick(s, '#v2', 2, 250, 400);
      await s.idle(2500);
      await burst(s, '#assign-btn', 5, 220, 380, 12);
      await single(s, 'error_click', '#export-btn', 3000);
      await s.episode('repeated_rotation', async () => {
        for (let i = 0; i < 4; i++) { if (i > 0) await h.pause(1200, 2000); await s.rotate(i % 2 === 0); }
      });
      await s.idle(3000);
      await h.tap('#f-bugs');
      await s.idle(2000);
      await h.tap('#f-all');
      await s.idle(3000);
    },
  };
}

// C. Desktop trackpad: a shake, slow spread rage on the design chip, an error click, quick back.
function deskA(v) {
  return {
    ...desk('b8-desk-a', 'trackpad', v, 'Desktop trackpad (TrackpadHuman): drags a card from "Doing" to "Done"; `erratic_cursor`: a shake (~55 px, 80-130 ms strokes) over the board; `rage_click`: 4 clicks ~0.5 s apart, up to 14 px apart, on the "Label: design" chip (no handler); `error_click` on "Export CSV"; `quick_back` through "Board help".'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(400, 700), h.int(300, 450));
      await s.idle(2000);
      await drag(s, '#k6', 'done');
      await s.idle(2500);
      await h.moveTo(h.uniform(450, 700), h.uniform(350, 500));
      await h.pause(300, 600);
      await s.episode('erratic_cursor', async () => { await shake(s, v.shakeMs, v.shakeAmp, 80, 130); });
      await s.idle(2500);
      await burst(s, '#f-design', 4, 430, 600, 14);
      await single(s, 'error_click', '#export-btn', 3000);
      await quickBack(s);
      await s.idle(3000);
    },
  };
}

// D. Desktop slow hand: loops, a dead click on Assign to me, slow Sync, title re-entry, wheel thrash.
function deskB(v) {
  return {
    ...desk('b8-desk-b', 'slow', v, 'Desktop slow hand (SlowHuman): `erratic_cursor`: the pointer circled around one spot (~50 px loops); `dead_click` on "Assign to me" (once); `slow_click` on "Sync now" (the real answer after 3.2 s; the hidden elements change meanwhile); `form_reentry` on the new card\'s title (rejected on blur, cleared, retyped); `scroll_thrash`: wheel flicks down and up over "Done".'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(400, 700), h.int(300, 450));
      await s.idle(2000);
      await h.moveTo(h.uniform(350, 600), h.uniform(380, 520));
      await h.pause(300, 600);
      await s.episode('erratic_cursor', async () => { await loops(s, v.shakeMs, v.loopR, 420, 560); });
      await s.idle(3000);
      await single(s, 'dead_click', '#assign-btn', 4500);
      await single(s, 'slow_click', '#sync-btn', 5500);
      await reentry(s, 'card-title', 'x1', 'Write the FAQ');
      await s.idle(2500);
      await h.moveTo(h.uniform(600, 900), h.uniform(350, 500));
      await h.scrollBy(700);
      await s.idle(2500);
      await wheelThrash(s, 6);
      await s.idle(3000);
    },
  };
}

// Calm E: tablet: quick star taps, a drag by the grip, filters, collapse twice, flings, one rotation kept.
function calmTablet(v) {
  return {
    ...tablet('b8-calm-tablet', v, 'Calm tablet held upright (TabletHuman): taps a card\'s star four times quickly (~0.25-0.4 s apart, each answered: one vote more each time) while the hidden elements change; drags a card by its grip from "To do" to "Doing" and another back; taps "Bugs" then "All"; taps "Collapse Done" twice (answered); flings down through "Done" with reading pauses and back up; turns the tablet to landscape ONCE and keeps it.'),
    expectSources: [0, 2, 3, 4],
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(3000);
      await quick(s, '#v0', 4, 200, 330);
      await s.idle(2500);
      await drag(s, '#k2', 'doing');
      await s.idle(2000);
      await drag(s, '#k5', 'todo');
      await s.idle(2500);
      await h.tap('#f-bugs'); await s.idle(2500); await h.tap('#f-all');
      await s.idle(2500);
      await h.tap('#collapse-btn'); await s.idle(1500); await h.tap('#collapse-btn');
      await s.idle(2500);
      await h.fling(-500); await s.idle(2500); await h.fling(-500); await s.idle(2500); await h.fling(-500); await s.idle(2000);
      await h.fling(600); await h.fling(600); await s.idle(2500);
      await s.rotate(true);
      await s.idle(v.pauseMs);
      await h.tap('#v3');
      await s.idle(2500);
    },
  };
}

// Calm F: keyboard only (Tab + Enter): quick Enter presses on a star, a new card, Sync waited for, a slow help visit.
function calmKeyboard(v) {
  return {
    ...desk('b8-calm-keyboard', 'human', v, 'Calm keyboard-only desktop user (Tab and Enter, maskAllInputs; the mouse rests): Enter four times quickly on a card\'s star (each answered: one vote more; the browser\'s clicks are at x = y = 0), Enter on the "Bugs" and "All" chips, a valid new card title and Enter on "Add card", Enter on "Sync now" (answered after 3.2 s, waited for), Enter on "Board help" read slowly (~9 s) and back; long rests while the hidden elements change.'),
    expectSources: [0, 2],
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 450));
      await s.idle(2500);
      await enterOn(s, '#v1', 4, 250, 420);
      await s.idle(3000);
      await enterOn(s, '#f-bugs', 1, 0, 0);
      await s.idle(2000);
      await enterOn(s, '#f-all', 1, 0, 0);
      await s.idle(2500);
      await page.focus('#card-title');
      await h.pause(300, 600);
      await h.type('Check the invoice totals');
      await page.keyboard.press('Tab');
      await h.pause(400, 700);
      await page.keyboard.press('Enter');
      await s.idle(2500);
      await enterOn(s, '#sync-btn', 1, 0, 0);
      await s.idle(6000);
      await page.focus('#help-link');
      await h.pause(300, 600);
      await page.keyboard.press('Enter');
      await page.waitForURL(/board-help\.html/);
      await s.idle(9000);
      await page.evaluate(() => history.back());
      await page.waitForURL(/board\.html$/);
      await s.idle(v.pauseMs);
    },
  };
}

// Calm G: tremor: hovers avatars (tooltips), reading clicks, mouse drags, quick star clicks, wheel reading.
function calmTremor(v) {
  return {
    ...desk('b8-calm-tremor', 'tremor', v, 'Calm desktop hand with a tremor (TremorHuman): rests on two avatars (their tooltips open after 250 ms and close when the pointer leaves) and clicks one of them while its tooltip shows (a reading click), a reading click on a card\'s title; drags a card from "To do" to "Doing" and one from "Doing" to "Done" (the drop\'s click lands on the board); clicks a star three times quickly (each answered); "Collapse Done" twice; reads "Done" down with the wheel and back up; rests.'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 450));
      await s.idle(2500);
      await h.moveToEl('#av0'); await s.idle(1500);
      await h.moveToEl('#av3'); await s.idle(1200);
      await h.clickHere();
      await s.idle(2000);
      await h.moveToEl('#k4 .t'); await h.clickHere();
      await s.idle(2500);
      await drag(s, '#k0', 'doing');
      await s.idle(2500);
      await drag(s, '#k7', 'done');
      await s.idle(2500);
      await quick(s, '#v1', 3, 250, 400);
      await s.idle(2500);
      await h.click('#collapse-btn'); await s.idle(1500); await h.click('#collapse-btn');
      await s.idle(2000);
      await h.moveTo(h.uniform(600, 900), h.uniform(350, 500));
      await h.scrollBy(700); await s.idle(2500); await h.scrollBy(700); await s.idle(2500);
      await h.scrollBy(-900); await s.idle(2000); await h.scrollBy(-700);
      await s.idle(v.pauseMs);
    },
  };
}

// Calm H: trackpad: drags, filters, Collapse Done twice quickly, trackpad scroll with inertia, Sync waited for, a slow help visit.
function calmTrackpad(v) {
  return {
    ...desk('b8-calm-trackpad', 'trackpad', v, 'Calm desktop trackpad (TrackpadHuman): drags a card from "To do" to "Done", clicks "Mine" and "All" (answered), "Collapse Done" twice ~0.5 s apart (each answered), rests on an avatar (tooltip), scrolls "Done" down and up with two-finger swipes (inertia), "Sync now" waited for (3.2 s), reads "Board help" slowly (~8 s) and comes back; rests while the hidden elements change.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 450));
      await s.idle(2500);
      await drag(s, '#k3', 'done');
      await s.idle(2500);
      await h.click('#f-mine'); await s.idle(2500); await h.click('#f-all');
      await s.idle(2500);
      await quick(s, '#collapse-btn', 2, 400, 600);
      await s.idle(2500);
      await h.moveToEl('#av1'); await s.idle(1500);
      await h.moveTo(h.uniform(600, 900), h.uniform(350, 500));
      await h.scrollBy(800); await s.idle(2500); await h.scrollBy(800); await s.idle(2000);
      await h.scrollBy(-1600); await s.idle(2000);
      await h.click('#sync-btn');
      await s.idle(6000);
      await h.click('#help-link');
      await page.waitForURL(/board-help\.html/);
      await s.idle(8000);
      await page.evaluate(() => history.back());
      await page.waitForURL(/board\.html$/);
      await s.idle(v.pauseMs);
    },
  };
}

export const HELDOUT8_SESSIONS = [
  calmTablet({ seed: 8505, pauseMs: 5000 }),
  calmKeyboard({ seed: 8606, viewport: { width: 1600, height: 900 }, pauseMs: 5000, recordOptions: { maskAllInputs: true } }),
  calmTremor({ seed: 8707, viewport: { width: 1280, height: 720 }, pauseMs: 5000 }),
  calmTrackpad({ seed: 8808, viewport: { width: 1440, height: 900 }, pauseMs: 5000 }),
  tabA({ seed: 8101 }),
  tabB({ seed: 8202 }),
  deskA({ seed: 8303, viewport: { width: 1920, height: 1080 }, shakeMs: 2000, shakeAmp: 55 }),
  deskB({ seed: 8404, viewport: { width: 1366, height: 768 }, shakeMs: 2400, loopR: 50 }),
];
