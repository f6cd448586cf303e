// Held-out set 17 (replay issue 15, seventeenth round): a kind of site no detector was tuned
// on (an analytics dashboard, "Store performance", gen/site/dash.*: KPI cards and a bar chart
// whose data refreshes BY ITSELF every ~5 s, with an "updated N s ago" label ticking every
// second; hover tooltips on the bars; a sortable stores table with pagination, answered at
// once; a date-range popover with presets; channel filter chips that toggle; a collapsible
// sidebar; "Refresh now" with a spinner at once and the data 0.7 s later; "Export CSV"
// answered after 2.6 s with nothing shown meanwhile; a "Visitors" KPI card that looks
// clickable and has no handler; a broken "Compare to last year" switch; "Share report" that
// throws; a "Report name" field validated on blur; a real "Help" page with a back link and a
// client-side "Settings" route announced as a 'pageview' event; reading notes long enough to
// scroll) and a new input model, ThumbHuman (gen/human.mjs: a one-handed phone user whose
// thumb is accurate near the bottom of the screen and lands low-right and wider near the
// top, sometimes missing a high target once onto blank space and tapping it again), beside
// earlier models in new combinations: a left-handed mouse (LeftyHuman, 1366x768), a
// fingertip on an 834x1194 tablet (TabletHuman), a jittery mouse (JitterHuman, 1280x1024),
// and calm: a fast hand (FastHuman, 1440x900), a trackball (TrackballHuman, 1920x1200), a pen
// (PenHuman, 1600x900) and ThumbHuman on a 412x915 phone. Every recording is in part
// `heldout17`: written, generated and committed before any detector ran on it. Late answers
// are truth by rule (the site reports every answer with the click it answers through
// window.__devAnswer; any click answered after more than 1 s is a slow_click row in any
// session: gen/truth.mjs, lateAnswerRows); no calm script presses "Export CSV".
// The scaffolding (pressing, scripted episodes, rotations, quick backs, re-entry, shakes,
// hovering across elements) is in gen/kit.mjs.

import {
  hitPoint, pressSel, scriptedSingle, scriptedBurst, rotateTimes, quickBackSpa, quickBack, reenterField,
  shake, wheelThrash, flingThrash, hoverAcross,
} from './kit.mjs';

const PHONE_A = { width: 360, height: 800, deviceScaleFactor: 3 };
const PHONE_A_UA = 'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const PHONE_E = { width: 412, height: 915, deviceScaleFactor: 2.625 };
const PHONE_E_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 6 Pro) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const TAB = { width: 834, height: 1194, deviceScaleFactor: 2 };
const TAB_UA = 'Mozilla/5.0 (Linux; Android 13; SM-X706B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';

// a control pressed quickly several times (each press answered at once)
async function repeat(s, sel, n, gapMin, gapMax) {
  const { h } = s;
  for (let i = 0; i < n && i < 10; i++) { if (i === 0) await pressSel(s, sel); else await hitPoint(s, await h.pointIn(sel)); await h.pause(gapMin, gapMax); }
}
// the pointer brought over the chart's middle (a shake starts there)
async function overChart(s) {
  const { h } = s;
  await h.ensureVisible('#chart', { margin: 120 });
  const p = await h.pointIn('#chart', { pad: 0.3 });
  await h.moveTo(p.x, p.y); await h.pause(200, 400);
}
const DASH = /dash\.html$/;
const HELP = /dash-help\.html$/;

const rec = (v) => ({ __consolePlugin: true, ...(v.recordOptions || {}) });
const base = (name, v, describe) => ({ name, part: 'heldout17', page: 'dash.html', seed: v.seed, recordOptions: rec(v), describe });
const desk = (name, human, v, describe) => ({ ...base(name, v, describe), device: 'desktop', human, viewport: v.viewport, expectSources: [0, 1, 2, 3] });
const tablet = (name, human, v, describe) => ({ ...base(name, v, describe), device: 'tablet', human, viewport: TAB, userAgent: TAB_UA, expectSources: [0, 2, 3, 4] });
const phone = (name, human, v, vp, ua, describe) => ({ ...base(name, v, describe), device: 'phone', human, viewport: vp, userAgent: ua, expectSources: [0, 2, 3, 4] });

// A. One-handed thumb on a phone: fling thrash, a dead tap on the Visitors card, rage taps on "Compare to last year", turned in the hand, a quick back through "Settings".
function thumbA(v) {
  return {
    ...phone('d17-thumb-a', 'thumb', v, PHONE_A, PHONE_A_UA, 'One-handed phone user reaching with the thumb (ThumbHuman, new: on a 360x800 phone at DPR 3; taps near the bottom accurate, near the top wider and a few px low-right): reads down with thumb swipes while the numbers refresh by themselves; `scroll_thrash`: flings alternating up and down over the reading notes; `dead_click`: a tap on the "Visitors" KPI card (cursor: pointer, no handler); `rage_click`: 5 taps 0.25-0.45 s apart, up to 10 px apart (plus the thumb\'s own error), on the "Compare to last year" switch (no handler); `repeated_rotation`: 4 turns 1.2-2.0 s apart (landscape, portrait, ...); `quick_back`: a tap on "Settings" (a client-side route, pushState + pageview), history.back() after ~1.5 s.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(3000);
      await h.scrollBy(900); await s.idle(1500);
      await h.scrollBy(900); await s.idle(1500);
      await flingThrash(s, 6);
      await s.idle(2000);
      await scriptedSingle(s, 'dead_click', '#kpi-visitors', 4500);
      await scriptedBurst(s, '#compare', 5, 250, 450, 10);
      await s.idle(1500);
      await rotateTimes(s, 4);
      await s.idle(2500);
      await quickBackSpa(s, '#settings-link', /view=settings/);
      await s.idle(3000);
    },
  };
}

// B. Left-handed mouse on a small laptop: a slow "Export CSV", an error on "Share report", re-entry in "Report name", a shake, a dead click on the Visitors card.
function leftyB(v) {
  return {
    ...desk('d17-lefty-b', 'lefty', v, 'Left-handed mouse user on a 1366x768 laptop (LeftyHuman: mirrored curvature and overshoot, long pauses): `slow_click`: "Export CSV" (the "ready" note appears 2.6 s later, nothing shown meanwhile, while the numbers keep refreshing by themselves); `error_click`: "Share report" (console error); `form_reentry` in "Report name" ("Q3??" rejected on blur, pressed again, cleared, "Stores review Q3" typed), then "Save"; `erratic_cursor`: a shake with the button up over the chart (~90 px strokes of 70-110 ms; the bars\' tooltips flash under it); `dead_click`: a click on the "Visitors" KPI card (cursor: pointer and a hover shadow, no handler).'),
    expectSources: [0, 1, 2], // no scroll: everything it uses is on the first screen
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 450));
      await s.idle(2500);
      await scriptedSingle(s, 'slow_click', '#export', 5000, { answer: 'export ready' });
      await scriptedSingle(s, 'error_click', '#share', 3000);
      await reenterField(s, '#rname', 'Q3??', 'Stores review Q3');
      await pressSel(s, '#save-name'); await s.idle(2000);
      await overChart(s);
      await s.episode('erratic_cursor', async () => { await shake(s, v.shakeMs, v.shakeAmp, 70, 110); });
      await s.idle(1500);
      await scriptedSingle(s, 'dead_click', '#kpi-visitors', 4500);
      await s.idle(2000);
    },
  };
}

// C. Fingertip on a tablet: a chip on, turned in the hands, a slow "Export CSV", an error on "Share report", re-entry in "Report name".
function tabletC(v) {
  return {
    ...tablet('d17-tablet-c', 'tablet', v, 'Fingertip on an 834x1194 tablet at DPR 2 (TabletHuman: a wide, rolling fingertip; swipes): taps the "Mobile app" chip on (answered at once); `repeated_rotation`: 4 turns 1.2-2.0 s apart (landscape, portrait, ...); `slow_click`: a tap on "Export CSV" (the note 2.6 s later, nothing meanwhile); `error_click`: a tap on "Share report" (console error); `form_reentry` in "Report name" ("ok" rejected on blur, tapped again, cleared, "North region weekly" typed), then "Save".'),
    expectSources: [0, 2, 4], // no scroll: everything it uses is on the first screen
    async run(s) {
      await s.open();
      await s.idle(2500);
      await pressSel(s, '#chip-mobile'); await s.idle(2000);
      await rotateTimes(s, 4);
      await s.idle(2500);
      await scriptedSingle(s, 'slow_click', '#export', 5000, { answer: 'export ready' });
      await scriptedSingle(s, 'error_click', '#share', 3000);
      await reenterField(s, '#rname', 'ok', 'North region weekly');
      await pressSel(s, '#save-name'); await s.idle(2500);
    },
  };
}

// D. Jittery mouse: rage clicks on "Compare to last year", a shake, wheel thrash over the notes, a quick back through the Help page by its back link.
function jitterD(v) {
  return {
    ...desk('d17-jitter-d', 'jitter', v, 'Jittery cheap mouse on a 1280x1024 screen (JitterHuman: positions on a coarse grid, sensor glitches, unsteady presses): `rage_click`: 6 clicks 0.15-0.3 s apart, up to 8 px apart, on the "Compare to last year" switch (no handler); `erratic_cursor`: a shake with the button up over the chart (~100 px strokes of 70-110 ms); reads down with the wheel into the notes; `scroll_thrash`: wheel flicks alternating down and up over the notes; `quick_back`: a click on "Help" (a real page), back after ~1.5 s by its "Back to the report" link (a page load, not history.back()).'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(400, 600));
      await s.idle(2500);
      await scriptedBurst(s, '#compare', 6, 150, 300, 8);
      await s.idle(1200);
      await overChart(s);
      await s.episode('erratic_cursor', async () => { await shake(s, v.shakeMs, v.shakeAmp, 70, 110); });
      await s.idle(2000);
      await h.scrollBy(1100); await s.idle(2000);
      await wheelThrash(s, 6);
      await s.idle(2500);
      await h.ensureVisible('#help-link', { margin: 120 }); await s.idle(1500);
      await quickBack(s, '#help-link', async () => { await pressSel(s, '#help-link'); }, HELP, DASH,
        async () => { await pressSel(s, '#back-link'); }, 'the help page\'s "Back to the report" link (a page load)');
      await page.waitForSelector('#chart .bar');
      await s.idle(3000);
    },
  };
}

// Calm E: thumb on a phone: near misses on high targets and retaps (a chip, the sidebar button), a chip on and off, the range popover, tooltips by tap, Next tapped three times, one turn to landscape.
function calmThumb(v) {
  return {
    ...phone('d17-calm-thumb', 'thumb', v, PHONE_E, PHONE_E_UA, 'Calm one-handed thumb user (ThumbHuman, new: on a 412x915 phone at DPR 2.625): reaches for the "Include returns" chip high on the screen and misses it once onto blank space beside it (the edge of the thumb, 14-20 px off, no control within 13 px), then taps it again 0.7-1.3 s later, more carefully (on, at once); taps it off again; reaches for the sidebar button in the top-left corner and misses it once onto the page title beside it, then taps it again (the sidebar state toggles at once; on a phone the sidebar itself is hidden); opens the date range and picks "Last 7 days" (the bars change at once); taps three bars of the chart in turn (a tooltip each, at once); scrolls to the stores table and taps "Next" three times 0.4-0.7 s apart and "Prev" once (each page at once); the numbers refresh by themselves throughout; turns the phone once to landscape and stays there reading.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(3000);
      const m1 = await h.thumbTap('#chip-returns', { miss: true, sides: ['below', 'right'] }); await s.idle(2500);
      await h.thumbTap('#chip-returns', { miss: false }); await s.idle(2000);
      const m2 = await h.thumbTap('#side-toggle', { miss: true, sides: ['right'] }); await s.idle(2500);
      console.log(`   [d17-calm-thumb] near misses: chip ${JSON.stringify(m1.missed)}, sidebar button ${JSON.stringify(m2.missed)}`);
      await h.thumbTap('#range-btn', { miss: false }); await s.idle(1500);
      await h.thumbTap('#r-7', { miss: false }); await s.idle(2500);
      await hoverAcross(s, '#chart .bar', [1, 4, 6], 1200, 1800); await s.idle(1500);
      await h.scrollBy(500); await s.idle(1500);
      await repeat(s, '#next', 3, 400, 700); await s.idle(1500);
      await pressSel(s, '#prev'); await s.idle(2500);
      await s.rotate(true); await s.idle(v.pauseMs);
    },
  };
}

// Calm F: fast hand: tooltips across the chart, the table re-sorted by four headers in a row, Next pressed four times quickly, Prev twice.
function calmFast(v) {
  return {
    ...desk('d17-calm-fast', 'fast', v, 'Calm fast mouse user on a 1440x900 screen (FastHuman: quick, direct strokes): hovers across six bars of the chart (a tooltip each, at once) while the numbers refresh by themselves; re-sorts the stores table by clicking headers in a row 0.5-0.9 s apart: "Orders", "Growth", "Growth" again (reversed), "Store", "Revenue" (rows re-order at once); presses "Next" four times 0.25-0.45 s apart and "Prev" twice (each page at once); reads down into the notes and back up.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(600, 900), h.int(300, 450));
      await s.idle(2500);
      await hoverAcross(s, '#chart .bar', [2, 5, 8, 11, 14, 20], 500, 900); await s.idle(2000);
      for (const th of ['#th-orders', '#th-growth', '#th-growth', '#th-store', '#th-rev']) { await pressSel(s, th); await h.pause(500, 900); }
      await s.idle(1500);
      await repeat(s, '#next', 4, 250, 450); await repeat(s, '#prev', 2, 300, 500); await s.idle(2000);
      await h.scrollBy(800); await s.idle(2500); await h.scrollBy(-800); await s.idle(v.pauseMs);
    },
  };
}

// Calm G: trackball: "Refresh now" (spinner, data 0.7 s later), the sidebar collapsed and expanded, date ranges picked, a chip toggled beside the refreshing KPIs, a report name saved.
function calmTrackball(v) {
  return {
    ...desk('d17-calm-trackball', 'trackball', v, 'Calm trackball user on a 1920x1200 screen (TrackballHuman: the ball rolled in short pushes, stops between them, a still hand at the press): "Refresh now" (a spinner at once, the data 0.7 s later) and again 6 s later; collapses the sidebar (the page widens at once) and expands it 5 s later; opens the date range, picks "Last 90 days", opens it again and picks "Year to date" (the bars change at once); toggles "Include returns" on and 3 s later off, next to the KPI cards that refresh by themselves every ~5 s; types "Weekly stores review" into "Report name" (valid) and saves it (the saved line appears at once); scrolls down and back up.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(700, 1000), h.int(400, 600));
      await s.idle(2500);
      await pressSel(s, '#refresh'); await s.idle(6000); await pressSel(s, '#refresh'); await s.idle(2500);
      await pressSel(s, '#side-toggle'); await s.idle(5000); await pressSel(s, '#side-toggle'); await s.idle(2000);
      await pressSel(s, '#range-btn'); await h.pause(600, 1000); await pressSel(s, '#r-90'); await s.idle(2000);
      await pressSel(s, '#range-btn'); await h.pause(600, 1000); await pressSel(s, '#r-ytd'); await s.idle(2000);
      await pressSel(s, '#chip-returns'); await s.idle(3000); await pressSel(s, '#chip-returns'); await s.idle(2000);
      await pressSel(s, '#rname'); await h.pause(300, 500); await h.type('Weekly stores review'); await h.pause(400, 700);
      await pressSel(s, '#save-name'); await s.idle(2000);
      await h.scrollBy(700); await s.idle(2000); await h.scrollBy(-700); await s.idle(v.pauseMs);
    },
  };
}

// Calm H: pen: the Help page read and left by its back link, the Settings route and back by its button, chips off and on, the range popover opened and closed.
function calmPen(v) {
  return {
    ...desk('d17-calm-pen', 'pen', v, 'Calm pen-tablet user on a 1600x900 screen (PenHuman: quick straight hovering strokes, the pen lifted for long ways so the pointer jumps, short presses with a 1-3 px nib slip): opens "Help" (a real page), reads 9 s and returns by its "Back to the report" link; opens "Settings" (a client-side route, pushState + pageview), reads 8 s and returns by "Back to the report" (another route); turns "Online" off and on again 3 s later (the KPIs change at once, and by themselves every ~5 s); opens the date range and closes it again with the same button without picking; "Refresh now" once; scrolls down and back up.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(600, 900), h.int(300, 450));
      await s.idle(2500);
      await pressSel(s, '#help-link'); await page.waitForURL(HELP); await page.waitForLoadState('load'); await s.idle(9000);
      await pressSel(s, '#back-link'); await page.waitForURL(DASH); await page.waitForLoadState('load'); await s.idle(2500);
      await pressSel(s, '#settings-link'); await s.idle(8000);
      await pressSel(s, '#settings-back'); await s.idle(2500);
      await pressSel(s, '#chip-online'); await s.idle(3000); await pressSel(s, '#chip-online'); await s.idle(2000);
      await pressSel(s, '#range-btn'); await s.idle(2500); await pressSel(s, '#range-btn'); await s.idle(2000);
      await pressSel(s, '#refresh'); await s.idle(2500);
      await h.scrollBy(600); await s.idle(2500); await h.scrollBy(-600); await s.idle(v.pauseMs);
    },
  };
}

export const HELDOUT17_SESSIONS = [
  calmThumb({ seed: 17505, pauseMs: 4000 }),
  calmFast({ seed: 17606, viewport: { width: 1440, height: 900 }, pauseMs: 3000 }),
  calmTrackball({ seed: 17707, viewport: { width: 1920, height: 1200 }, pauseMs: 3000 }),
  calmPen({ seed: 17808, viewport: { width: 1600, height: 900 }, pauseMs: 3000 }),
  thumbA({ seed: 17101 }),
  leftyB({ seed: 17202, viewport: { width: 1366, height: 768 }, shakeMs: 2200, shakeAmp: 90 }),
  tabletC({ seed: 17303 }),
  jitterD({ seed: 17404, viewport: { width: 1280, height: 1024 }, shakeMs: 2200, shakeAmp: 100 }),
];
