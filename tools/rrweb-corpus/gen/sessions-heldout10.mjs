// Held-out set 10 (replay issue 15, tenth round): a kind of site no detector was tuned on (a
// bank's accounts and transfer page, gen/site/bank.*: a sticky offer banner that animates all
// the time and is rewritten every 0.9 s, payee chips, a transfer form validated on blur,
// "Check payee name" answered after 0.85 s, a confirmation dialog (Cancel / Send now), a
// toast that dismisses itself after 4 s or on a click, a savings-goal slider, "Show more"
// that acts once on a double-click, a long "Staying safe" text, a real statements page) and
// four new input models (gen/human.mjs): a left-handed mouse user with long pauses
// (LeftyHuman), a gamer's very fast flicks (GamerHuman), a thumb trackball (TrackballHuman)
// and voice control on a phone (VoiceHuman); beside them a large tablet held in landscape
// (TabletHuman's fingertip, 1480x924).
// Every recording is in part `heldout10`: written, generated and committed before any
// detector ran on it (replay's docs/signals.md). Late answers are truth by rule: the site
// reports every answer with the click it answers (window.__devAnswer), and any click
// answered after more than 1 s is a slow_click row in any session (gen/truth.mjs,
// lateAnswerRows); a calm script never presses "Refresh balance" (3.3 s).

// the shared helpers of sets 6-9 (gen/kit.mjs) where this set uses them unchanged; its own
// shake (centred below the sticky banner), flings and wheel thrash (with a `how`) stay here,
// as they were when the recordings were made
import { answersSince, lastEpisode } from './kit.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const PHONE = { width: 412, height: 915, deviceScaleFactor: 2.625 };
const PHONE_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const TAB = { width: 924, height: 1480, deviceScaleFactor: 2 }; // held in landscape: 1480x924
const TAB_UA = 'Mozilla/5.0 (Linux; Android 14; SM-X916B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const MARGIN = 150; // below the sticky header and offer banner

// ---- pressing: a finger (tablet), a spoken "tap ..." (voice), else the pointer
async function aim(s, sel) {
  const { h } = s;
  await h.ensureVisible(sel, { margin: MARGIN });
  if (s.def.human === 'voice') { await h.utter(); return h.pointIn(sel); }
  if (s.mobile) { await h.pause(300, 700); return h.pointIn(sel); }
  const p = await h.moveToEl(sel); await h.pause(150, 350); return p;
}
async function hit(s, p) {
  const { h } = s;
  if (s.mobile) await h.tapAt(p.x, p.y);
  else await h.pressRelease();
}
async function press(s, sel) { const p = await aim(s, sel); await hit(s, p); return p; }
// a double-click (or double tap) on a link or button: an older habit
async function dbl(s, sel) {
  const p = sel === '#toast' ? await aimFixed(s, sel) : await aim(s, sel);
  if (s.mobile) await s.h.doubleTapAt(p.x, p.y); else await s.h.doubleClick();
}
// the toast is fixed at the bottom of the screen: no scrolling to reach it
async function aimFixed(s, sel) {
  const { h } = s;
  if (s.mobile) { await h.pause(250, 500); return h.pointIn(sel); }
  const p = await h.pointIn(sel); await h.moveTo(p.x, p.y); await h.pause(100, 250); return p;
}

async function single(s, signal, sel, waitMs) {
  const p = await aim(s, sel);
  await s.episode(signal, async () => { await hit(s, p); if (signal === 'error_click') await sleep(300); }, { target: sel });
  const ep = lastEpisode(s);
  await s.idle(waitMs);
  const log = await answersSince(s, ep.t0);
  if (signal === 'slow_click') ep.answer = log.find((a) => a.what === 'balance refreshed') || null;
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

async function reentry(s, field, bad, good) {
  const { h, page } = s;
  await press(s, `#${field}`);
  await h.pause(300, 500);
  await s.episode('form_reentry', async () => {
    await h.type(bad);
    await h.pause(300, 600);
    await page.keyboard.press('Tab');
    await page.waitForSelector(`#${field}-error:not([hidden])`, { state: 'attached' });
    await s.idle(1800);
    await press(s, `#${field}`);
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

// quick back through the real statements page: back after ~1.5 s
async function quickBack(s) {
  const { h, page } = s;
  const p = await aim(s, '#statements-link');
  await s.episode('quick_back', async () => {
    await hit(s, p);
    await page.waitForURL(/bank-statements\.html/);
    await page.waitForLoadState('load');
    await sleep(h.uniform(1200, 1900));
    await page.evaluate(() => history.back());
    await page.waitForURL(/bank\.html/);
    await page.waitForLoadState('load');
  }, { target: '#statements-link', how: s.def.human === 'voice' ? 'history.back() ("go back", said)' : 'history.back()' });
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

// the savings-goal slider dragged back and forth while choosing an amount (not thrash)
async function adjustSlider(s, fracs) {
  const { h, page } = s;
  if (s.mobile) {
    let f0 = 0.25;
    for (const f of fracs) { await h.scrub('#goal', f0, f); f0 = f; await s.idle(900); }
    return;
  }
  await h.ensureVisible('#goal', { margin: MARGIN });
  const b = await page.locator('#goal').boundingBox();
  const y = b.y + b.height / 2;
  const val = await page.evaluate(() => Number(document.getElementById('goal').value) / 600);
  await h.moveTo(b.x + 8 + (b.width - 16) * val, y); await h.pause(200, 400);
  await page.mouse.down();
  for (const f of fracs) { await h.moveTo(b.x + 8 + (b.width - 16) * f, y + h.gauss(0, 1.5), { durationMs: h.uniform(350, 700), overshoot: false }); await h.pause(400, 900); }
  await page.mouse.up();
}

async function transfer(s, { payee = '#payee-0', amount = '25.00', ref = 'Thanks', cancelFirst = false, tapToast = false, check = true }) {
  const { h, page } = s;
  await press(s, payee); await s.idle(1200);
  if (check) { await press(s, '#cop-btn'); await s.idle(2000); }
  await press(s, '#amount'); await h.pause(300, 500); await h.type(amount); await h.pause(300, 600);
  await press(s, '#ref'); await h.pause(300, 500); await h.type(ref); await h.pause(300, 600);
  if (cancelFirst) {
    await press(s, '#review-btn');
    await page.waitForSelector('#dialog:not([hidden])', { state: 'attached' }); await s.idle(1500);
    await press(s, '#cancel-btn'); await s.idle(1500);
  }
  await press(s, '#review-btn');
  await page.waitForSelector('#dialog:not([hidden])', { state: 'attached' }); await s.idle(1500);
  await press(s, '#confirm-btn');
  if (tapToast) { await h.pause(700, 1100); await hit(s, await aimFixed(s, '#toast')); }
  await s.idle(4500);
}

// The large tablet is held in landscape from the start (before the page loads: no rotation recorded).
async function landscapeStart(s) {
  await s.page.setViewportSize({ width: TAB.height, height: TAB.width });
  s.landscape = true;
  s.sensor.beta = 6; s.sensor.gamma = -80;
  await s.sendSensor();
}

const rec = (v) => ({ __consolePlugin: true, ...(v.recordOptions || {}) });
const desk = (name, human, v, describe) => ({
  name, part: 'heldout10', page: 'bank.html', device: 'desktop', human, viewport: v.viewport,
  seed: v.seed, recordOptions: rec(v), expectSources: [0, 1, 2], describe,
});
const tablet = (name, v, describe) => ({
  name, part: 'heldout10', page: 'bank.html', device: 'tablet', human: 'tablet', viewport: TAB, userAgent: TAB_UA,
  seed: v.seed, recordOptions: rec(v), expectSources: [0, 2, 3], describe,
});
const phone = (name, v, describe) => ({
  name, part: 'heldout10', page: 'bank.html', device: 'phone', human: 'voice', viewport: PHONE, userAgent: PHONE_UA,
  seed: v.seed, recordOptions: rec(v), expectSources: [0, 2, 3], describe,
});

// A. Left-handed mouse user: a dead click on the rewards badge, a slow "Refresh balance", amount re-entry, a quick back through Statements.
function leftyA(v) {
  return {
    ...desk('b10-lefty-a', 'lefty', v, 'Left-handed mouse user (LeftyHuman: arcs bowed the other way, long pauses with the hand off the mouse): reads the balance; `dead_click`: a click on the rewards badge "2,340 points" (dashed, cursor: pointer, no handler); `slow_click` on "Refresh balance" (the real answer after 3.3 s, nothing shown meanwhile); picks a payee; `form_reentry` on the amount ("25,50" rejected on blur, cleared, "25.50" typed); reads "Staying safe" and scrolls back up; `quick_back` through "Statements" (a real page), back after ~1.5 s.'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(300, 600), h.int(300, 450));
      await s.idle(4000);
      await single(s, 'dead_click', '#rewards', 4500);
      await s.idle(3000);
      await single(s, 'slow_click', '#refresh-btn', 5500);
      await press(s, '#payee-2'); await s.idle(1500);
      await reentry(s, 'amount', '25,50', '25.50');
      await s.idle(3000);
      await h.scrollBy(1200); await s.idle(4000);
      await h.scrollBy(-1400); await s.idle(1500);
      await quickBack(s);
      await s.idle(3000);
    },
  };
}

// B. Gamer: a very fast flick shake, rapid rage clicks on "Freeze card", an error click on "Download PDF statement".
function gamerB(v) {
  return {
    ...desk('b10-gamer-b', 'gamer', v, 'Gamer with a fast 500 Hz mouse (GamerHuman: flicks of 70-170 ms across the screen, overshoot and snap back): flicks across the page; `rage_click`: 6 clicks 0.1-0.2 s apart, up to 8 px apart, on "Freeze card" (no handler); `erratic_cursor`: a very fast shake (~120 px, 35-60 ms strokes) beside the card; `error_click` on "Download PDF statement" (console error); scrolls to the activity and reads.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(700, 1200), h.int(350, 600));
      await s.idle(2000);
      await h.wander(3);
      await burst(s, '#freeze-btn', 6, 100, 200, 8);
      await s.idle(2000);
      await h.moveTo(h.uniform(1000, 1300), h.uniform(450, 600));
      await s.idle(1500);
      await s.episode('erratic_cursor', async () => { await shake(s, v.shakeMs, v.shakeAmp, 35, 60); });
      await s.idle(3000);
      await single(s, 'error_click', '#pdf-btn', 3000);
      await h.scrollBy(900); await s.idle(3000);
    },
  };
}

// C. Large tablet in landscape: rage taps on "Freeze card", a dead tap on the rewards badge, fling thrash, repeated rotation.
function tabletC(v) {
  return {
    ...tablet('b10-tablet-c', v, 'Large tablet held in landscape (1480x924, DPR 2, TabletHuman\'s fingertip): `rage_click`: 5 taps ~0.3-0.5 s apart, up to 12 px apart, on "Freeze card" (no handler); `dead_click`: a tap on the rewards badge (cursor: pointer, no handler); `scroll_thrash`: flings alternating up and down over "Staying safe"; `repeated_rotation`: 4 turns 1.2-2.0 s apart (portrait, landscape, ...).'),
    expectSources: [0, 2, 3, 4],
    async run(s) {
      const { h } = s;
      await landscapeStart(s);
      await s.open();
      await s.idle(2500);
      await burst(s, '#freeze-btn', 5, 300, 500, 12);
      await s.idle(2000);
      await single(s, 'dead_click', '#rewards', 4500);
      await h.fling(-600); await s.idle(1500); await h.fling(-600); await s.idle(1500);
      await flingThrash(s, 6);
      await s.idle(3000);
      await s.episode('repeated_rotation', async () => {
        for (let i = 0; i < 4; i++) { if (i > 0) await h.pause(1200, 2000); await s.rotate(i % 2 === 1); }
      });
      await s.idle(3000);
    },
  };
}

// D. Trackball: spinning loops, account number re-entry, an error click, scroll-ring thrash.
function trackballD(v) {
  return {
    ...desk('b10-trackball-d', 'trackball', v, 'Thumb trackball (TrackballHuman: moves in rolls with stops between them, presses that never move the pointer, a 50 px scroll ring): `erratic_cursor`: the ball spun round and round (~50 px loops), lost; `form_reentry` on the account number ("4005123", 7 digits, rejected on blur, cleared, "40051236" typed); `error_click` on "Download PDF statement"; `scroll_thrash`: the scroll ring turned down and up over "Staying safe".'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(300, 600), h.int(300, 450));
      await s.idle(2500);
      await h.moveTo(h.uniform(700, 900), h.uniform(400, 500)); await s.idle(1500);
      await s.episode('erratic_cursor', async () => { await h.spin(v.shakeMs, v.loopR); });
      await s.idle(3000);
      await reentry(s, 'acct', '4005123', '40051236');
      await s.idle(2500);
      await h.scrollBy(-900); await s.idle(1500);
      await single(s, 'error_click', '#pdf-btn', 3000);
      await h.scrollBy(1500); await s.idle(2000);
      await wheelThrash(s, 6, 'trackball scroll ring turned down and up');
      await s.idle(3000);
    },
  };
}

// E. Voice control on a phone: a slow "Refresh balance", repeated rotation, a quick back through Statements.
function voiceE(v) {
  return {
    ...phone('b10-voice-e', v, 'Voice control on a phone (VoiceHuman, 412x915: "tap ..." taps the exact middle of a control after the phrase, "scroll down" scrolls smoothly with no touch, "go back"): `slow_click`: "tap Refresh balance" (the real answer after 3.3 s); "tap Jade Okafor"; `repeated_rotation`: 4 turns 1.2-2.0 s apart; `quick_back` through "Statements", "go back" after ~1.5 s.'),
    expectSources: [0, 2, 4],
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await single(s, 'slow_click', '#refresh-btn', 5500);
      await press(s, '#payee-0'); await s.idle(1500);
      await s.episode('repeated_rotation', async () => {
        for (let i = 0; i < 4; i++) { if (i > 0) await h.pause(1200, 2000); await s.rotate(i % 2 === 0); }
      });
      await s.idle(3000);
      await h.say(-1); await h.say(-1);
      await quickBack(s);
      await s.idle(3000);
    },
  };
}

// Calm F: left-handed reader: long pauses, the account number selected and copied, a 0.85 s payee check, dialog cancel then send, the toast clicked away.
function calmLefty(v) {
  return {
    ...desk('b10-calm-lefty', 'lefty', v, 'Calm left-handed mouse user (LeftyHuman): reads with long pauses (the hand off the mouse); drag-selects the account number and copies it with Ctrl+C; reads "Staying safe" with the wheel and rests; picks "Jade Okafor"; "Check payee name" (answered after 0.85 s); types amount and reference; "Review transfer" opens the dialog, "Cancel"; "Review transfer" again, "Send now"; clicks the toast away before it goes by itself; rests while the offer banner keeps animating.'),
    expectSources: [0, 1, 2, 3, 5],
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(300, 600), h.int(300, 450));
      await s.idle(5000);
      await h.ensureVisible('#iban', { margin: MARGIN });
      await h.dragSelect('#iban', { widthPx: 260 }); await h.pause(400, 800);
      await page.keyboard.press('Control+C'); await s.idle(4000);
      await h.moveTo(h.uniform(70, 220), h.uniform(400, 600)); await h.pressRelease(); // in the blank margin: clears the selection
      await h.scrollBy(1800); await s.idle(9000);
      await h.scrollBy(-1800); await s.idle(2000);
      await transfer(s, { payee: '#payee-0', amount: '40.00', ref: 'Dinner', cancelFirst: true, tapToast: true });
      await s.idle(v.pauseMs);
    },
  };
}

// Calm G: gamer: fast flicks, "Show more" double-clicked (acts once), the slider adjusted back and forth, a fast scroll up to re-read, a transfer.
function calmGamer(v) {
  return {
    ...desk('b10-calm-gamer', 'gamer', v, 'Calm gamer (GamerHuman): fast flicks across the wide screen between reading; double-clicks "Show more" (acts once); drags the savings-goal slider back and forth while choosing an amount (to 60 %, 35 %, 50 %, 45 %); reads "Staying safe" and scrolls fast back up to re-read a paragraph, then on; picks "Tom Brennan", checks the name (0.85 s), sends money through the dialog, lets the toast go by itself; rests.'),
    expectSources: [0, 1, 2, 3, 5],
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(700, 1200), h.int(350, 600));
      await s.idle(2000);
      await h.wander(4);
      await dbl(s, '#more-btn'); await s.idle(2500);
      await adjustSlider(s, [0.6, 0.35, 0.5, 0.45]); await s.idle(2000);
      await h.scrollBy(1400); await s.idle(3000);
      await h.wheelFlick(-1, 5); await s.idle(3500);
      await h.scrollBy(500); await s.idle(2500);
      await h.scrollBy(-2400); await s.idle(1500);
      await transfer(s, { payee: '#payee-2', amount: '12.50', ref: 'Match tickets' });
      await s.idle(v.pauseMs);
    },
  };
}

// Calm H: an older trackball user who double-clicks links and buttons: Statements read slowly and left by its link, a word copied, a transfer.
function calmTrackball(v) {
  return {
    ...desk('b10-calm-trackball', 'trackball', v, 'Calm older trackball user (TrackballHuman) who double-clicks links and buttons: double-clicks "Statements" (one page load), reads it ~10 s, double-clicks "Back to accounts"; double-clicks "Show more" (acts once) and a payee chip; double-clicks a word of the account number and copies it with Ctrl+C; reads with the scroll ring; checks the payee name (0.85 s), types amount and reference, sends through the dialog; double-clicks the toast (the first click dismisses it); rests.'),
    expectSources: [0, 1, 2, 3],
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(300, 600), h.int(300, 450));
      await s.idle(3000);
      await dbl(s, '#statements-link');
      await page.waitForURL(/bank-statements\.html/); await page.waitForLoadState('load');
      await s.idle(10000);
      await dbl(s, '#back-link');
      await page.waitForURL(/bank\.html/); await page.waitForLoadState('load');
      await s.idle(3000);
      await dbl(s, '#more-btn'); await s.idle(2500);
      await h.ensureVisible('#iban', { margin: MARGIN });
      const w = await h.wordBox('#iban', 'NWBK');
      await h.moveTo(w.x + w.width / 2, w.y + w.height / 2); await h.pause(300, 600);
      await h.doubleClick(); await h.pause(500, 900);
      await page.keyboard.press('Control+C'); await s.idle(2500);
      await h.scrollBy(1200); await s.idle(6000); await h.scrollBy(-1200); await s.idle(2000);
      await dbl(s, '#payee-1'); await s.idle(1500);
      await press(s, '#cop-btn'); await s.idle(2000);
      await press(s, '#amount'); await h.pause(300, 500); await h.type('650.00'); await h.pause(300, 600);
      await press(s, '#ref'); await h.pause(300, 500); await h.type('December rent'); await h.pause(300, 600);
      await press(s, '#review-btn');
      await page.waitForSelector('#dialog:not([hidden])', { state: 'attached' }); await s.idle(2000);
      await press(s, '#confirm-btn'); await h.pause(600, 900);
      await dbl(s, '#toast'); await s.idle(2000);
      await s.idle(v.pauseMs);
    },
  };
}

// Calm I: large tablet in landscape: flings and a quick fling back up to re-read, "Show more" double-tapped, the slider scrubbed back and forth, dialog cancel and send, the toast tapped.
function calmTablet(v) {
  return {
    ...tablet('b10-calm-tablet', v, 'Calm large tablet held in landscape (1480x924, TabletHuman): flings down through "Staying safe" with reading pauses, one quick fling back up to re-read, on down and back to the top; double-taps "Show more" (acts once); scrubs the savings-goal slider back and forth (to 55 %, 30 %, 40 %); picks "Hollis Lettings", checks the name (0.85 s), types amount and reference, opens the dialog and cancels, then sends; taps the toast away; keeps landscape.'),
    async run(s) {
      const { h } = s;
      await landscapeStart(s);
      await s.open();
      await s.idle(2500);
      await h.fling(-500); await s.idle(3000); await h.fling(-500); await s.idle(3000);
      await h.fling(350); await s.idle(3000);
      await h.fling(-500); await s.idle(2500);
      await h.fling(700); await h.fling(700); await h.fling(700); await s.idle(2000);
      await dbl(s, '#more-btn'); await s.idle(2500);
      await adjustSlider(s, [0.55, 0.3, 0.4]); await s.idle(1500);
      await transfer(s, { payee: '#payee-1', amount: '30.00', ref: 'Deposit', cancelFirst: true, tapToast: true });
      await s.idle(v.pauseMs);
    },
  };
}

export const HELDOUT10_SESSIONS = [
  calmLefty({ seed: 10505, viewport: { width: 1440, height: 900 }, pauseMs: 4000, recordOptions: { maskAllInputs: true } }),
  calmGamer({ seed: 10606, viewport: { width: 1920, height: 1080 }, pauseMs: 3000 }),
  calmTrackball({ seed: 10707, viewport: { width: 1280, height: 800 }, pauseMs: 3000 }),
  calmTablet({ seed: 10808, pauseMs: 3000 }),
  leftyA({ seed: 10101, viewport: { width: 1440, height: 900 } }),
  gamerB({ seed: 10202, viewport: { width: 1920, height: 1080 }, shakeMs: 2000, shakeAmp: 120 }),
  tabletC({ seed: 10303 }),
  trackballD({ seed: 10404, viewport: { width: 1280, height: 800 }, shakeMs: 2500, loopR: 50 }),
  voiceE({ seed: 10909 }),
];
