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
// a rage burst: n presses gapMin-gapMax ms apart, each within `spread` px of the first, on
// `sel` (aimed first); a desktop press is the hand's own (`h.pressRelease`: a jittery hand's
// slip included)
export async function scriptedBurst(s, sel, n, gapMin, gapMax, spread) {
  const base = await aimSel(s, sel);
  await rageBurst(s, base, sel, n, gapMin, gapMax, spread, { handPress: true });
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
export async function rageBurst(s, base, target, n, gapMin, gapMax, spread, { handPress = false } = {}) {
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
      else {
        if (i > 0) { await page.mouse.move(x, y, { steps: 2 }); h.x = x; h.y = y; }
        if (handPress) await h.pressRelease(30, 70);
        else { await page.mouse.down(); await h.pause(30, 70); await page.mouse.up(); }
      }
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

// ---- held-out set 16 (added for gen/sessions-heldout16.mjs; nothing above changed) --------
// Drawing on a board with the button (nib, finger) held, for any hand: the ArtistHuman of
// gen/human.mjs draws with its own pen (`penStroke`), a stylus on a phone or tablet presses
// its nib (pointer type pen), a finger touches, a mouse holds its left button. Also the
// paths drawn (scribbles, hatching, colouring in), a point on the board, and scrolling that
// keeps off the board (a finger that starts a swipe on the board draws instead; the wheel
// over the board zooms it).
const sleep16 = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
export async function drawStroke(s, pts, pxPerS = 900, stepMs = 10) {
  const { h, page } = s;
  if (!pts.length) return;
  if (h.penStroke) return h.penStroke(pts, pxPerS);
  let len = 0;
  for (let i = 1; i < pts.length; i++) len += Math.hypot(pts[i].x - pts[i - 1].x, pts[i].y - pts[i - 1].y);
  const T = Math.max(60, (1000 * len) / pxPerS);
  const n = Math.max(2, Math.min(600, Math.round(T / stepMs)));
  const at = (d) => {
    for (let i = 1; i < pts.length; i++) {
      const seg = Math.hypot(pts[i].x - pts[i - 1].x, pts[i].y - pts[i - 1].y);
      if (d <= seg || i === pts.length - 1) { const f = seg ? Math.min(1, d / seg) : 0; return { x: pts[i - 1].x + (pts[i].x - pts[i - 1].x) * f, y: pts[i - 1].y + (pts[i].y - pts[i - 1].y) * f }; }
      d -= seg;
    }
    return pts[pts.length - 1];
  };
  const p0 = pts[0], e = pts[pts.length - 1];
  const stylus = s.mobile && h.pen;
  const c = s.mobile && h.contact ? h.contact() : { radiusX: 9, radiusY: 9, force: 1 };
  if (stylus) {
    h.tiltX = Math.round(h.uniform(15, 35)); h.tiltY = Math.round(h.uniform(-10, 10));
    await h.pen('mouseMoved', p0.x + h.gauss(0, 4), p0.y + h.gauss(0, 4)); await sleep16(h.uniform(80, 160));
    await h.pen('mousePressed', p0.x, p0.y, { button: 'left', buttons: 1, clickCount: 1, force: 0.4 });
  } else if (s.mobile) {
    await h.pause(250, 500);
    await h.touch('touchStart', [{ x: Math.round(p0.x), y: Math.round(p0.y), ...c }]);
  } else {
    await h.moveTo(p0.x, p0.y); await h.pause(60, 160);
    await page.mouse.down();
  }
  const t0 = Date.now();
  for (let i = 1; i <= n; i++) {
    const p = at(len * (i / n));
    const x = p.x + h.gauss(0, 0.6), y = p.y + h.gauss(0, 0.6);
    if (stylus) await h.pen('mouseMoved', x, y, { button: 'left', buttons: 1, force: 0.5 });
    else if (s.mobile) await h.touch('touchMove', [{ x: Math.round(x), y: Math.round(y), ...c }]);
    else await page.mouse.move(x, y);
    await sleep16(t0 + (T * i) / n - Date.now());
  }
  if (stylus) await h.pen('mouseReleased', e.x, e.y, { button: 'left', buttons: 0, clickCount: 1 });
  else if (s.mobile) await h.touch('touchEnd', []);
  else await page.mouse.up();
  h.x = Math.round(e.x); h.y = Math.round(e.y);
}
// a point of `sel` (the board: '#stage') at fractions fx, fy of its box, in viewport px
export async function boxPoint(s, sel, fx, fy) {
  const b = await s.page.locator(sel).first().boundingBox();
  return { x: b.x + b.width * fx, y: b.y + b.height * fy };
}
// a scribble: `loops` fast overlapping loops of about w x hgt px around (cx, cy)
export function scribblePts(h, cx, cy, w, hgt, loops) {
  const pts = [];
  const n = Math.min(40, loops) * 10;
  let a = h.uniform(0, 2 * Math.PI);
  for (let i = 0; i <= n; i++) {
    a += (2 * Math.PI) / 10 * h.uniform(0.8, 1.2);
    const drift = (i / n - 0.5) * w * 0.8;
    pts.push({ x: cx + drift + (w / 3) * Math.cos(a) * h.uniform(0.7, 1.1), y: cy + (hgt / 2) * Math.sin(a) * h.uniform(0.7, 1.1) });
  }
  return pts;
}
// hatching (or colouring in, with a small `gap`): back and forth strokes of `w` px, each
// `gap` px lower than the last, `n` of them, slanted by `slant` px
export function hatchPts(h, x, y, w, n, gap, slant = 0) {
  const pts = [];
  for (let i = 0; i < n && i < 60; i++) {
    const yy = y + i * gap;
    const l = x + h.gauss(0, 3), r = x + w + h.gauss(0, 4);
    if (i % 2 === 0) { pts.push({ x: l, y: yy + slant }); pts.push({ x: r, y: yy }); } else { pts.push({ x: r, y: yy }); pts.push({ x: l, y: yy + slant }); }
  }
  return pts;
}
// a swipe of `dy` px (negative: finger up, the page goes down) that starts off `avoid`
export async function swipeOff(s, dy, avoid = '#stage', durationMs = null) {
  const { h } = s;
  const vp = await h.viewport();
  const b = (await s.page.locator(avoid).count()) ? await s.page.locator(avoid).first().boundingBox() : null;
  const sign = Math.sign(dy) || -1;
  const inside = (y) => b && y >= b.y - 8 && y <= b.y + b.height + 8;
  const cands = [];
  for (let f = 0.1; f <= 0.9; f += 0.05) if (!inside(vp.h * f)) cands.push(vp.h * f);
  if (!cands.length) throw new Error('swipeOff: the board fills the screen');
  // finger up: start low; finger down: start high; the longest way on the free part
  const y0 = sign < 0 ? Math.max(...cands) : Math.min(...cands);
  const dist = Math.min(Math.abs(dy), vp.h * 0.7, sign < 0 ? y0 - 10 : vp.h - 10 - y0);
  const x0 = vp.w * h.uniform(0.35, 0.7);
  const T = durationMs ?? h.uniform(160, 320);
  const steps = Math.max(5, Math.round(T / 16));
  const c = h.contact ? h.contact() : { radiusX: 9, radiusY: 9, force: 1 };
  await h.touch('touchStart', [{ x: Math.round(x0), y: Math.round(y0), ...c }]);
  const t0 = Date.now();
  let x = x0, y = y0;
  for (let i = 1; i <= steps; i++) {
    const t = i / steps, e = t * t * (3 - 2 * t);
    x = x0 + h.gauss(0, 1.2) + e * h.gauss(0, 4); y = y0 + sign * dist * e;
    await h.touch('touchMove', [{ x: Math.round(x), y: Math.round(y), ...c }]);
    await sleep16(t0 + (T * i) / steps - Date.now());
  }
  await h.touch('touchEnd', []);
  h.x = Math.round(x); h.y = Math.round(y);
  await h.pause(120, 260);
}
// bring `sel` on screen on a phone or tablet with swipes that start off the board
export async function showOff(s, sel, margin = 200, avoid = '#stage') {
  const { h } = s;
  for (let g = 0; g < 25; g++) {
    const box = await s.page.locator(sel).first().boundingBox();
    const vp = await h.viewport();
    if (box.y >= margin && box.y + box.height <= vp.h - margin) return;
    if (box.y < margin && vp.y <= 0) return;
    if (box.y >= margin && vp.y + vp.h >= vp.docH - 1 && box.y + box.height <= vp.h) return;
    const need = box.y < margin ? box.y - vp.h * 0.35 : box.y + box.height - vp.h * 0.6;
    await swipeOff(s, -Math.sign(need) * Math.min(Math.abs(need), 450), avoid);
    await h.pause(350, 600);
  }
}
// finger flings alternating up and down, each started off the board, as one scroll_thrash
export async function flingThrashOff(s, n, avoid = '#stage') {
  const { h } = s;
  await s.episode('scroll_thrash', async () => {
    let dir = -1;
    for (let i = 0; i < n && i < 12; i++) { await swipeOff(s, dir * h.uniform(350, 520), avoid, h.uniform(90, 160)); await h.pause(60, 160); dir = -dir; }
  }, { how: 'touch flings alternating up and down, off the board', tailMs: 900 });
}

// ---- held-out set 17 (added for gen/sessions-heldout17.mjs; nothing above changed) --------
// Hovering (a finger or pen: tapping) `n` of the elements matched by `sel` in turn, the
// i-th of them picked from `order` (indices, clamped to how many there are), each
// dwellMin-dwellMax ms: tooltips and hover highlights read one after another
export async function hoverAcross(s, sel, order, dwellMin, dwellMax) {
  const { h, page } = s;
  const count = await page.locator(sel).count();
  if (!count) throw new Error(`hoverAcross: nothing matches ${sel}`);
  await h.ensureVisible(sel, { margin: s.mobile ? 200 : 120 });
  for (const k of order.slice(0, 12)) {
    const one = `${sel} >> nth=${Math.min(Math.max(0, k), count - 1)}`;
    const p = await h.pointIn(one);
    if (s.mobile) { await h.pause(300, 600); await h.tapAt(p.x, p.y); } else await h.moveTo(p.x, p.y);
    await h.pause(dwellMin, dwellMax);
  }
}
