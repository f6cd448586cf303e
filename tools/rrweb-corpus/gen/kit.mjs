// Scaffolding shared by the held-out session scripts (sets 6-9): the same code each of them
// carried, moved here unchanged (every function byte for byte as it was in
// sessions-heldout6/7/8.mjs), so the recordings those scripts make do not change. Each takes
// the generator's Session `s` (gen/generate.mjs) and drives its human model `s.h`.

export async function answersSince(s, t0) {
  const log = await s.page.evaluate(() => window.__answers || []);
  return log.filter((a) => a.t >= t0);
}
export function lastEpisode(s) { return s.episodes[s.episodes.length - 1]; }
export function centre(h, vp, r) {
  return { cx: Math.min(Math.max(h.x, r + 20), vp.w - r - 20), cy: Math.min(Math.max(h.y, r + 60), vp.h - r - 60) };
}
// a shake: `shakeWith` without options for the hand's moveTo (the same steps and draws)
export async function shake(s, ms, amp, halfMin, halfMax) {
  return shakeWith(s, ms, amp, halfMin, halfMax);
}
export async function loops(s, ms, radius, periodMin, periodMax) {
  const { h } = s;
  const vp = await h.viewport();
  const { cx, cy } = centre(h, vp, radius);
  const end = Date.now() + ms;
  const period = h.uniform(periodMin, periodMax);
  const sign = h.rand() < 0.5 ? -1 : 1;
  let a = 0;
  for (let g = 0; Date.now() < end && g < 200; g++) {
    a += sign * Math.PI / 4;
    const r = radius * h.uniform(0.8, 1.1);
    await h.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a), { durationMs: period / 8, overshoot: false });
  }
}
export async function flingThrash(s, n) {
  const { h } = s;
  await s.episode('scroll_thrash', async () => {
    let dir = -1;
    for (let i = 0; i < n; i++) { await h.fling(dir * h.uniform(350, 520)); await h.pause(60, 160); dir = -dir; }
  }, { how: 'touch flings alternating up and down', tailMs: 900 });
}
export async function wheelThrash(s, n) {
  const { h } = s;
  await s.episode('scroll_thrash', async () => {
    let dir = 1;
    for (let i = 0; i < n; i++) { await h.wheelFlick(dir, h.int(2, 3)); await h.pause(120, 260); dir = -dir; }
  }, { how: 'wheel flicks alternating down and up' });
}

// ---- held-out set 15 (added for gen/sessions-heldout15.mjs; nothing above changed) --------
// Pressing a control the way the session's hand does (a finger or pen tap on phones and
// tablets, else the pointer moved there and pressed), or with the keyboard (`key`: the
// KeyboardHuman of gen/human.mjs Tabs to the control and presses Enter or Space: the
// browser's click then has x = y = 0), and the scripted episodes built on it.
const wait = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
export async function aimSel(s, sel, { margin = null } = {}) {
  const { h } = s;
  await h.ensureVisible(sel, { margin: margin ?? (s.mobile ? 200 : 120) });
  if (s.mobile) { await h.pause(300, 700); return h.pointIn(sel); }
  const p = await h.pointIn(sel); await h.moveTo(p.x, p.y); await h.pause(150, 350); return p;
}
export async function hitPoint(s, p) { if (s.mobile) await s.h.tapAt(p.x, p.y); else await s.h.pressRelease(); }
export async function pressSel(s, sel, opts = {}) {
  if (opts.key) { await s.h.focusBy(sel); await s.h.pause(150, 350); await s.page.keyboard.press(opts.key); return null; }
  const p = await aimSel(s, sel, opts); await hitPoint(s, p); return p;
}
// one scripted click (dead, slow or error) and what the page's own log answered to it
export async function scriptedSingle(s, signal, sel, waitMs, { answer = null, key = null, margin = null } = {}) {
  const { h } = s;
  let p = null;
  if (key) { await h.focusBy(sel); await h.pause(150, 350); } else p = await aimSel(s, sel, { margin });
  await s.episode(signal, async () => {
    if (key) await s.page.keyboard.press(key); else await hitPoint(s, p);
    if (signal === 'error_click') await wait(300);
  }, { target: sel });
  const ep = lastEpisode(s);
  await s.idle(waitMs);
  const log = await answersSince(s, ep.t0);
  if (signal === 'slow_click') ep.answer = (answer && log.find((a) => a.what === answer)) || null;
  if (signal === 'dead_click') ep.answers = log.filter((a) => a.t <= ep.t1 + 5000 && a.click >= ep.t0);
}
// a rage burst: n presses gapMin-gapMax ms apart, each within `spread` px of the first
export async function scriptedBurst(s, sel, n, gapMin, gapMax, spread) {
  const { h, page } = s;
  const base = await aimSel(s, sel);
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
// a phone or tablet turned n times, 1.2-2.0 s apart (landscape, portrait, ...)
export async function rotateTimes(s, n = 4) {
  await s.episode('repeated_rotation', async () => {
    for (let i = 0; i < n && i < 8; i++) { if (i > 0) await s.h.pause(1200, 2000); await s.rotate(i % 2 === 0); }
  });
}
// quick back through a client-side route (pushState + 'pageview'): history.back() after ~1.5 s
export async function quickBackSpa(s, sel, awayRe, { key = null } = {}) {
  const { h, page } = s;
  let p = null;
  if (key) { await h.focusBy(sel); await h.pause(150, 350); } else p = await aimSel(s, sel);
  await s.episode('quick_back', async () => {
    if (key) await page.keyboard.press(key); else await hitPoint(s, p);
    await page.waitForURL(awayRe);
    await wait(h.uniform(1200, 1900));
    await page.evaluate(() => history.back());
    await page.waitForURL((u) => !awayRe.test(String(u)));
    await wait(300);
  }, { target: sel, spa: true, how: 'history.back() (popstate)' });
}
// form re-entry on an input validated on blur (its error is `${sel}-error`): a bad value,
// Tab away (the error shows), back into the field (a press, or Shift+Tab with `key`),
// select all, delete, the good value, Tab away
export async function reenterField(s, sel, bad, good, { key = null } = {}) {
  const { h, page } = s;
  if (key) await h.focusBy(sel); else await pressSel(s, sel);
  await h.pause(300, 500);
  await s.episode('form_reentry', async () => {
    await h.type(bad);
    await h.pause(300, 600);
    await page.keyboard.press('Tab');
    await page.waitForSelector(`${sel}-error:not([hidden])`, { state: 'attached' });
    await s.idle(1800);
    if (key) await page.keyboard.press('Shift+Tab'); else await pressSel(s, sel);
    await h.pause(250, 450);
    await page.keyboard.press('Control+A');
    await h.pause(150, 300);
    await page.keyboard.press('Backspace');
    await h.pause(500, 900);
    await h.type(good);
    await h.pause(300, 500);
    await page.keyboard.press('Tab');
  }, { target: sel });
}
// `shake` with extra options for the hand's moveTo (a 500 Hz gamer's mouse reports every
// 2 ms, too fine for 60-100 ms strokes on a loaded machine: pass a coarser stepMs)
export async function shakeWith(s, ms, amp, halfMin, halfMax, moveOpts = {}) {
  const { h } = s;
  const vp = await h.viewport();
  const { cx, cy } = centre(h, vp, amp);
  let dir = h.rand() < 0.5 ? -1 : 1;
  const tilt = h.uniform(-0.6, 0.6);
  const end = Date.now() + ms;
  for (let g = 0; Date.now() < end && g < 80; g++) {
    const a = dir * amp * h.uniform(0.6, 1.0);
    await h.moveTo(cx + a, cy + tilt * a + h.gauss(0, 5), { ...moveOpts, durationMs: h.uniform(halfMin, halfMax), overshoot: false });
    dir = -dir;
  }
}

// ---- held-out set 14 (added for gen/sessions-heldout14.mjs; nothing above changed) --------
// Steps sets 10-13 each wrote out in their own script, made general. The press is the
// script's own (set 14's waits for a fling to stop before a finger aims); a turn of the
// device is `rotateTimes` above.

// a burst of `n` presses (taps on a phone or tablet) around `base`, `spread` px at most from
// it, `gapMin`-`gapMax` ms apart, as one rage_click episode; the page's answers are kept
export async function rageBurst(s, base, target, n, gapMin, gapMax, spread) {
  const { h, page } = s;
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
      else { if (i > 0) { await page.mouse.move(x, y, { steps: 2 }); h.x = x; h.y = y; } await page.mouse.down(); await h.pause(30, 70); await page.mouse.up(); }
      await h.pause(gapMin, gapMax);
    }
  }, { target });
  const ep = lastEpisode(s);
  await s.idle(3500);
  ep.answers = (await answersSince(s, ep.t0)).filter((a) => a.t <= ep.t1 + 5000 && a.click >= ep.t0);
}

// form re-entry on `#field`, validated on blur: `bad` typed, Tab, the error `#field-error`
// shown, the field pressed again (`focus()`, the script's own press), cleared, `good` typed, Tab
export async function blurReentry(s, field, bad, good, focus) {
  const { h, page } = s;
  await focus();
  await h.pause(300, 500);
  await s.episode('form_reentry', async () => {
    await h.type(bad);
    await h.pause(300, 600);
    await page.keyboard.press('Tab');
    await page.waitForSelector(`#${field}-error:not([hidden])`, { state: 'attached' });
    await s.idle(1800);
    await focus();
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

// a quick back through a real page (page loads, not client-side routes): `go()` follows the
// link (URL `away`), 1.2-1.9 s there, then `back()` returns (history.back() when not given)
// to the page at URL `home`
export async function quickBack(s, target, go, away, home, back = null, how = 'history.back()') {
  const { h, page } = s;
  await s.episode('quick_back', async () => {
    await go();
    await page.waitForURL(away);
    await page.waitForLoadState('load');
    await wait(h.uniform(1200, 1900));
    if (back) await back(); else await page.evaluate(() => history.back());
    await page.waitForURL(home);
    await page.waitForLoadState('load');
  }, { target, how });
}
