// Held-out set 14 (replay issue 15, fourteenth round): a kind of site no detector was tuned on
// (a job application and account settings page, gen/site/jobs.*: a CUSTOM dropdown (a button
// with role=combobox opening a listbox; mouse, touch and keyboard), "?" tooltips and an
// account menu that open on HOVER, a "N people are viewing this job" toast that comes and goes
// on its own every 6-8 s in the bottom-left corner, an attachment drop zone, experience rows
// reordered by a drag grip, a scrollable job-description panel, "Check salary range" that shows
// a spinner at once and the range after 0.9 s, a portfolio link validated on blur, a real
// benefits page) and two new input models (gen/human.mjs): a head mouse with dwell clicks
// (DwellHuman) and a double-click habit (DoubleClickHuman, calm), beside earlier ones on screens
// set 13 did not use: a gamer's mouse (GamerHuman) on a 2560x1440 screen, a fingertip on a
// 393x852 phone (TabletHuman), a stylus on a 768x1024 tablet (StylusHuman); calm: the first
// model with the keyboard for the dropdown, a fingertip on an 800x1280 tablet turned once, a
// trackpad (TrackpadHuman). Every recording is in part `heldout14`: written, generated and
// committed before any detector ran on it (replay's docs/signals.md). Late answers are truth
// by rule: the site reports every answer with the click it answers (window.__devAnswer), and
// any click answered after more than 1 s is a slow_click row in any session (gen/truth.mjs,
// lateAnswerRows); a calm script never presses "Save settings" (2.2 s).

import { answersSince, lastEpisode, shake, flingThrash, wheelThrash, rotateTimes, rageBurst, blurReentry, quickBack } from './kit.mjs';

const PHONE = { width: 393, height: 852, deviceScaleFactor: 3 };
const PHONE_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 8a) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const TAB_S = { width: 768, height: 1024, deviceScaleFactor: 2 };
const TAB_L = { width: 800, height: 1280, deviceScaleFactor: 2 };
const TAB_UA = 'Mozilla/5.0 (Linux; Android 13; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
// the header is sticky on every screen: its controls are always in view
const HEAD = new Set(['#benefits-link', '#acct', '#acct-profile', '#acct-alerts', '#acct-privacy']);
const margin = (s) => (s.mobile ? 200 : 150);

// a fling carries the page on after the finger lifts: the eye waits until it stops before the finger aims
async function settle(s) {
  let y = await s.page.evaluate(() => scrollY);
  for (let g = 0; g < 30; g++) {
    await new Promise((r) => setTimeout(r, 150));
    const y2 = await s.page.evaluate(() => scrollY);
    if (y2 === y) return;
    y = y2;
  }
}
async function aim(s, sel) {
  const { h } = s;
  if (!HEAD.has(sel)) await h.ensureVisible(sel, { margin: margin(s) });
  if (s.mobile) { await settle(s); await h.pause(300, 700); return h.pointIn(sel); }
  const p = await h.pointIn(sel); await h.moveTo(p.x, p.y); await h.pause(150, 350); return p;
}
async function hit(s, p) { const { h } = s; if (s.mobile) await h.tapAt(p.x, p.y); else await h.pressRelease(); }
async function press(s, sel) { const p = await aim(s, sel); await hit(s, p); return p; }
// a field: the double-click habit clicks fields once
async function field(s, sel) { const p = await aim(s, sel); if (s.h.singlePress) await s.h.singlePress(); else await hit(s, p); return p; }

async function single(s, signal, sel, waitMs) {
  const p = await aim(s, sel);
  await s.episode(signal, async () => { await hit(s, p); if (signal === 'error_click') await new Promise((r) => setTimeout(r, 300)); }, { target: sel });
  const ep = lastEpisode(s);
  await s.idle(waitMs);
  const log = await answersSince(s, ep.t0);
  if (signal === 'slow_click') ep.answer = log.find((a) => a.what === 'settings saved') || null;
  if (signal === 'dead_click') ep.answers = log.filter((a) => a.t <= ep.t1 + 5000 && a.click >= ep.t0);
}
async function rage(s, sel, n, gapMin, gapMax, spread) { const p = await aim(s, sel); await rageBurst(s, p, sel, n, gapMin, gapMax, spread); }
const portfolio = (s, bad, good) => blurReentry(s, 'portfolio', bad, good, () => field(s, '#portfolio'));
const benefitsBack = (s, viaLink) => quickBack(s, '#benefits-link', () => press(s, '#benefits-link'), /jobs-benefits\.html/, /\/jobs\.html/,
  viaLink ? () => press(s, '#back-link') : null, viaLink ? 'the "Back to the job" link' : 'history.back()');

// the pointer over the job description panel, then the wheel (or two fingers) scrolls the panel
async function overPanel(s) { const { h } = s; await h.ensureVisible('#desc', { margin: 120 }); const p = await h.pointIn('#desc', { pad: 0.3 }); await h.moveTo(p.x, p.y); await h.pause(300, 600); }
// hover: over a "?" icon (its tooltip shows) for a while, then away
async function hoverTip(s, sel, ms) { const { h } = s; await h.ensureVisible(sel, { margin: margin(s) }); const p = await h.pointIn(sel, { pad: 0.35 }); await h.moveTo(p.x, p.y); await h.pause(ms, ms + 400); await h.moveTo(p.x + h.uniform(60, 120), p.y + h.uniform(30, 70)); }
// hover: onto the account name (its menu opens), down over the items, away (it closes)
async function hoverMenu(s, clickItem = null) {
  const { h } = s;
  const a = await h.pointIn('#acct'); await h.moveTo(a.x, a.y); await h.pause(500, 900);
  const m = await h.pointIn(clickItem || '#acct-alerts'); await h.moveTo(m.x, m.y, { overshoot: false }); await h.pause(400, 800);
  if (clickItem) { await h.pressRelease(); await s.idle(1200); }
  await h.moveTo(m.x - h.uniform(250, 400), m.y + h.uniform(150, 260));
}
// drag an experience row by its grip onto the place of another (mouse or trackpad held down)
async function dragRow(s, from, to) {
  const { h, page } = s;
  await h.ensureVisible('#exp', { margin: 150 });
  const a = await h.pointIn(`#grip-${from}`, { pad: 0.35 }); await h.moveTo(a.x, a.y); await h.pause(250, 450);
  await page.mouse.down(); await h.pause(120, 220);
  const b = await h.pointIn(`#exp-${to}`, { pad: 0.3 });
  await h.moveTo(a.x + h.gauss(0, 3), b.y + (to > from ? 8 : -8), { durationMs: h.uniform(600, 900), overshoot: false });
  await h.pause(200, 400); await page.mouse.up();
}

const rec = (v) => ({ __consolePlugin: true, ...(v.recordOptions || {}) });
const desk = (name, human, v, describe) => ({
  name, part: 'heldout14', page: 'jobs.html', device: 'desktop', human, viewport: v.viewport,
  seed: v.seed, recordOptions: rec(v), expectSources: [0, 1, 2, 3], describe,
});
const tablet = (name, human, v, describe) => ({
  name, part: 'heldout14', page: 'jobs.html', device: 'tablet', human, viewport: v.viewport, userAgent: TAB_UA,
  seed: v.seed, recordOptions: rec(v), expectSources: [0, 2, 3, 4], describe,
});
const phone = (name, human, v, describe) => ({
  name, part: 'heldout14', page: 'jobs.html', device: 'phone', human, viewport: PHONE, userAgent: PHONE_UA,
  seed: v.seed, recordOptions: rec(v), expectSources: [0, 2, 3, 4], describe,
});

// A. Head mouse with dwell clicks: a dead click on "Remote-friendly", the pointer swinging lost, a slow "Save settings", portfolio re-entry, a quick back.
function dwellA(v) {
  return {
    ...desk('j14-dwell-a', 'dwell', v, 'Head mouse with dwell clicks (DwellHuman: slow head-driven movements with a sway, landing short and creeping on, the pointer never quite still; every click comes after the pointer dwelt ~1 s on the spot): opens the notice-period dropdown and picks "1 month" (answered at once); `dead_click`: a dwell click on "Remote-friendly" (dashed, cursor: pointer, no handler); `erratic_cursor`: the pointer swung from side to side (~110 px, 0.16-0.26 s strokes) as the camera loses the head; `slow_click` on "Save settings" (the real answer, "Settings saved", 2.2 s later, nothing shown meanwhile); `form_reentry` on the portfolio link ("ana.pt" rejected on blur, cleared, "https://ana.pt" typed); `quick_back` through "Benefits" (a real page), back with the browser after ~1.5 s.'),
    expectSources: [0, 1, 2], // no scroll: every control it uses is in view at 1536x864
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 450));
      await s.idle(2500);
      await press(s, '#notice-btn'); await s.idle(800); await press(s, '#opt-2'); await s.idle(1500);
      await single(s, 'dead_click', '#remote-chip', 4500);
      await h.moveTo(h.uniform(600, 800), h.uniform(380, 480)); await s.idle(1000);
      await s.episode('erratic_cursor', async () => { await shake(s, v.shakeMs, v.shakeAmp, 160, 260); });
      await s.idle(2500);
      await single(s, 'slow_click', '#save-btn', 4500);
      await portfolio(s, 'ana.pt', 'https://ana.pt');
      await s.idle(1500);
      await benefitsBack(s, false);
      await s.idle(3000);
    },
  };
}

// B. Gamer's mouse on a large screen: rage clicks on "Preview application", a fast shake, an error click on "Share job", wheel thrash in the description panel.
function gamerB(v) {
  return {
    ...desk('j14-gamer-b', 'gamer', v, 'Gamer\'s mouse on a 2560x1440 screen (GamerHuman: 70-170 ms flicks that overshoot and snap back, very short presses): suggests two skills; `rage_click`: 7 clicks 0.18-0.31 s apart, up to 8 px apart, on "Preview application" (no handler); `erratic_cursor`: a fast shake (~90 px, 60-100 ms strokes) over the job card; `error_click` on "Share job" (console error); reads the job description in its panel with the wheel; `scroll_thrash`: wheel flicks alternating down and up inside the description panel (the panel scrolls, not the page).'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(800, 1200), h.int(400, 600));
      await s.idle(2500);
      await press(s, '#skill-btn'); await s.idle(900); await press(s, '#skill-btn'); await s.idle(1500);
      await rage(s, '#preview-btn', 7, 120, 250, 8);
      await s.idle(1500);
      await h.moveTo(h.uniform(700, 1000), h.uniform(300, 420)); await s.idle(1000);
      // the gamer's own move reports every 2 ms, too fine to keep up on a loaded machine: 8 ms here
      await s.episode('erratic_cursor', async () => {
        const cx = h.x, cy = h.y, end = Date.now() + v.shakeMs;
        let dir = h.rand() < 0.5 ? -1 : 1;
        for (let g = 0; Date.now() < end && g < 80; g++) { const a = dir * v.shakeAmp * h.uniform(0.6, 1.0); await h.moveTo(cx + a, cy + 0.3 * a + h.gauss(0, 5), { durationMs: h.uniform(60, 100), overshoot: false, stepMs: 8 }); dir = -dir; }
      });
      await s.idle(3000);
      await single(s, 'error_click', '#share-btn', 3000);
      await overPanel(s); await h.scrollBy(300); await s.idle(2000);
      await wheelThrash(s, 6);
      await s.idle(3000);
    },
  };
}

// C. Fingertip on a phone: rage taps on "Preview application", a dead tap on "Remote-friendly", fling thrash, repeated rotation, a quick back by the back link.
function phoneC(v) {
  return {
    ...phone('j14-phone-c', 'tablet', v, 'Fingertip on a 393x852 phone at DPR 3 (TabletHuman: wide taps that may roll, flings): `rage_click`: 5 taps 0.24-0.30 s apart (two of them a browser double-tap), up to ~15 px apart (the aim spread plus the fingertip\'s landing and roll), on "Preview application" (no handler); `dead_click`: a tap on "Remote-friendly" (cursor: pointer, no handler); opens the notice-period dropdown by a tap and picks "2 weeks"; `scroll_thrash`: finger flings alternating up and down over the form; `repeated_rotation`: 4 turns 1.2-2.0 s apart (landscape, portrait, ...); `quick_back` through "Benefits" (a real page), back by its "Back to the job" link after ~2 s.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await rage(s, '#preview-btn', 5, 100, 220, 10);
      await s.idle(1500);
      await single(s, 'dead_click', '#remote-chip', 4500);
      await press(s, '#notice-btn'); await s.idle(1000); await press(s, '#opt-1'); await s.idle(1500);
      await h.fling(-500); await s.idle(1000); await h.fling(-500); await s.idle(1500);
      await flingThrash(s, 6);
      await s.idle(2500);
      await rotateTimes(s, 4);
      await s.idle(2500);
      await benefitsBack(s, true);
      await s.idle(3000);
    },
  };
}

// D. Stylus on a small tablet: a slow "Save settings", an error tap on "Share job", portfolio re-entry, turned in the hands.
function stylusD(v) {
  return {
    ...tablet('j14-stylus-d', 'stylus', v, 'Stylus on a 768x1024 tablet at DPR 2 (StylusHuman: the pen hovers before each small tap; scrolling with a finger): attaches a sample CV (answered at once); `slow_click` on "Save settings" (the real answer after 2.2 s, nothing shown meanwhile); `error_click`: a tap on "Share job" (console error); `form_reentry` on the portfolio link ("https://ana" rejected on blur, cleared, "https://ana.dev" typed); `repeated_rotation`: 4 turns 1.2-2.0 s apart (landscape, portrait, ...).'),
    async run(s) {
      await s.open();
      await s.idle(2500);
      await press(s, '#attach-btn'); await s.idle(1500);
      await single(s, 'slow_click', '#save-btn', 4500);
      await single(s, 'error_click', '#share-btn', 3000);
      await portfolio(s, 'https://ana', 'https://ana.dev');
      await s.idle(2000);
      await rotateTimes(s, 4);
      await s.idle(3000);
    },
  };
}

// Calm E: the double-click habit: every button and link double-clicked, each press answered.
function calmDouble(v) {
  return {
    ...desk('j14-calm-double', 'double', v, 'Calm person with the double-click habit (DoubleClickHuman: the first model\'s hand, but every button and link is double-clicked, 70-200 ms between the presses; fields are clicked once): double-clicks "Check salary range" (the first press shows the spinner at once, the second is answered at once ("Still checking..."), the range shows 0.9 s after the first); double-clicks "Suggest a skill" (two skills) and "Attach a sample CV" (two files); double-clicks the notice-period dropdown (it opens and closes, each press answered), then opens it with a single click and picks "3 months" with a single click; hovers a "?" (its tooltip shows); hovers the account name (its menu opens) and double-clicks "Job alerts" (the note changes); double-clicks "Benefits" (a real page), reads it for ~14 s and double-clicks "Back to the job".'),
    expectSources: [0, 1, 2], // no scroll: every control it uses is in view at 1440x960
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 450));
      await s.idle(2500);
      await press(s, '#salary-btn'); await s.idle(2500);
      await press(s, '#skill-btn'); await s.idle(1500);
      await press(s, '#attach-btn'); await s.idle(1500);
      await press(s, '#notice-btn'); await s.idle(1500);
      await field(s, '#notice-btn'); await s.idle(900); await field(s, '#opt-4'); await s.idle(800); // an option is clicked once (a second press would land under the closed list)
      await hoverTip(s, '#notice-tip-icon', 1500); await s.idle(1000);
      await hoverMenu(s, '#acct-alerts'); await s.idle(1500);
      await press(s, '#benefits-link');
      await page.waitForURL(/jobs-benefits\.html/); await page.waitForLoadState('load');
      await s.idle(14000);
      await press(s, '#back-link');
      await page.waitForURL(/\/jobs\.html/); await page.waitForLoadState('load');
      await s.idle(3000);
    },
  };
}

// Calm F: the first model with the keyboard for the dropdown: hovers, drags a row, skills pressed quickly, the spinner button twice, the panel read, a valid application.
function calmKeys(v) {
  return {
    ...desk('j14-calm-keys', 'first', v, 'Calm user of the first model\'s mouse who works the dropdown with the keyboard: Tab to the notice-period dropdown and Enter (the browser\'s click at x=0, y=0 opens it), ArrowDown twice, Enter picks "1 month" (each key answered at once); hovers both "?" icons (tooltips show and hide); hovers the account menu and clicks "Profile"; drags the second experience row above the first by its grip; presses "Suggest a skill" three times 0.35-0.4 s apart (each adds a skill at once); presses "Check salary range" twice, 4 s apart (spinner at once, the range 0.9 s later, each time); reads the job description in its panel with the wheel, down and up; types a valid portfolio link and submits (answered at once); the viewers toast comes and goes meanwhile.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(700, 1000), h.int(300, 450));
      await s.idle(2500);
      await h.keyActivate('#notice-btn', { tabs: 2 }); await h.pause(500, 800);
      await page.keyboard.press('ArrowDown'); await h.pause(400, 700); await page.keyboard.press('ArrowDown'); await h.pause(400, 700);
      await page.keyboard.press('Enter'); await s.idle(1500);
      await hoverTip(s, '#notice-tip-icon', 1200); await hoverTip(s, '#portfolio-tip-icon', 1500); await s.idle(1000);
      await hoverMenu(s, '#acct-profile'); await s.idle(1500);
      await dragRow(s, 1, 0); await s.idle(1500);
      await press(s, '#skill-btn'); for (let i = 0; i < 2; i++) { await h.pause(250, 400); await h.pressRelease(); } await s.idle(1500);
      await press(s, '#salary-btn'); await s.idle(3000); await press(s, '#salary-btn'); await s.idle(2000);
      await overPanel(s); await h.scrollBy(400); await s.idle(2500); await h.scrollBy(-400); await s.idle(1500);
      await field(s, '#portfolio'); await h.pause(300, 500); await h.type('https://github.com/ana'); await h.pause(400, 700);
      await press(s, '#submit-btn'); await s.idle(v.pauseMs);
    },
  };
}

// Calm G: fingertip on a tablet turned once: the dropdown opened and closed by a tap outside, then a pick, the spinner, attachments, the account menu by taps.
function calmTablet(v) {
  return {
    ...tablet('j14-calm-tablet', 'tablet', v, 'Calm fingertip on an 800x1280 tablet at DPR 2 (TabletHuman), turned once: taps the notice-period dropdown open and closes it by a tap on the job title outside it (answered at once), opens it again and picks "2 months"; taps "Check salary range" (spinner at once, the range 0.9 s later); attaches two sample files by two taps 1.5 s apart; taps the account name (its menu opens) and "Privacy" (the note changes); scrolls down with the finger and back; turns the tablet to landscape once (one rotation) and goes on reading.'),
    expectSources: [0, 2, 3, 4],
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await press(s, '#notice-btn'); await s.idle(1500); await press(s, '.job h1'); await s.idle(1500);
      await press(s, '#notice-btn'); await s.idle(1000); await press(s, '#opt-3'); await s.idle(1500);
      await press(s, '#salary-btn'); await s.idle(2500);
      await press(s, '#attach-btn'); await s.idle(1500); await press(s, '#attach-btn'); await s.idle(1500);
      await press(s, '#acct'); await s.idle(1200); await press(s, '#acct-privacy'); await s.idle(2000);
      await h.swipe(-500); await s.idle(3000); await h.swipe(500); await s.idle(2000);
      await s.rotate(true); await s.idle(4000);
      await h.swipe(-400); await s.idle(v.pauseMs);
    },
  };
}

// Calm H: trackpad: hovers through the menu, skills four times quickly, the dropdown opened and closed, a switch twice, the panel read with two fingers, a row dragged.
function calmTrackpad(v) {
  return {
    ...desk('j14-calm-trackpad', 'trackpad', v, 'Calm trackpad user (TrackpadHuman: finger strokes, tap-to-click, two-finger scrolls with inertia): hovers the account name and moves down through its menu without clicking (it opens and closes); hovers the portfolio "?" (tooltip); presses "Suggest a skill" four times 0.38-0.51 s apart (each adds a skill at once); opens the notice-period dropdown and closes it with a second click 1.5 s later, then opens it and picks "Immediately"; turns "Email me about similar jobs" on and off again (each answered at once); reads the job description in its panel with two-finger scrolls; drags the third experience row up by its grip; "Check salary range" (spinner, then the range at 0.9 s).'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(600, 900), h.int(300, 450));
      await s.idle(2500);
      await hoverMenu(s); await s.idle(1500);
      await hoverTip(s, '#portfolio-tip-icon', 1500); await s.idle(1000);
      await press(s, '#skill-btn'); for (let i = 0; i < 3; i++) { await h.pause(250, 450); await h.pressRelease(); } await s.idle(1500);
      await press(s, '#notice-btn'); await s.idle(1500); await press(s, '#notice-btn'); await s.idle(1500);
      await press(s, '#notice-btn'); await s.idle(900); await press(s, '#opt-0'); await s.idle(1500);
      await press(s, '#alerts-switch'); await s.idle(1500); await press(s, '#alerts-switch'); await s.idle(1500);
      await overPanel(s); await h.scrollBy(400); await s.idle(2500); await h.scrollBy(-300); await s.idle(1500);
      await dragRow(s, 2, 0); await s.idle(1500);
      await press(s, '#salary-btn'); await s.idle(v.pauseMs);
    },
  };
}

export const HELDOUT14_SESSIONS = [
  calmDouble({ seed: 14505, viewport: { width: 1440, height: 960 } }),
  calmKeys({ seed: 14606, viewport: { width: 1680, height: 1050 }, pauseMs: 3000 }),
  calmTablet({ seed: 14707, viewport: TAB_L, pauseMs: 3000 }),
  calmTrackpad({ seed: 14808, viewport: { width: 1512, height: 982 }, pauseMs: 3000 }),
  dwellA({ seed: 14101, viewport: { width: 1536, height: 864 }, shakeMs: 2800, shakeAmp: 110 }),
  gamerB({ seed: 14202, viewport: { width: 2560, height: 1440 }, shakeMs: 2000, shakeAmp: 90 }),
  phoneC({ seed: 14303 }),
  stylusD({ seed: 14404, viewport: TAB_S }),
];
