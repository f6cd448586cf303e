// Human-like input for Playwright: curved mouse paths with a minimum-jerk speed profile,
// sub-pixel jitter, overshoot and correction, wheel flicks, typing with variable rhythm,
// and (for mobile) real touch taps and swipes through CDP Input.dispatchTouchEvent.
// Every loop here is bounded.

export function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

export class Human {
  constructor(page, cdp, seed, { mobile = false } = {}) {
    this.page = page;
    this.cdp = cdp;
    this.rand = mulberry32(seed);
    this.mobile = mobile;
    this.x = 0;
    this.y = 0;
  }

  // ---- randomness ------------------------------------------------------------------
  uniform(a, b) { return a + (b - a) * this.rand(); }
  int(a, b) { return Math.floor(this.uniform(a, b + 1)); }
  gauss(mu = 0, sigma = 1) {
    const u = Math.max(1e-9, this.rand());
    const v = this.rand();
    return mu + sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  pick(arr) { return arr[Math.floor(this.rand() * arr.length)]; }

  async pause(minMs, maxMs = minMs) { await sleep(this.uniform(minMs, maxMs)); }
  async now() { return this.page.evaluate(() => Date.now()); }
  async viewport() {
    return this.page.evaluate(() => ({ w: innerWidth, h: innerHeight, y: scrollY, docH: document.documentElement.scrollHeight }));
  }

  // ---- mouse -----------------------------------------------------------------------
  async placeMouse(x, y) {
    this.x = x; this.y = y;
    await this.page.mouse.move(x, y);
  }

  // One aimed movement: cubic Bezier with a sideways bow, minimum-jerk timing, jitter.
  async moveTo(tx, ty, { durationMs = null, overshoot = true, stepMs = 12 } = {}) {
    const vp = await this.viewport();
    tx = Math.min(Math.max(2, tx), vp.w - 3);
    ty = Math.min(Math.max(2, ty), vp.h - 3);
    const sx = this.x, sy = this.y;
    const dx = tx - sx, dy = ty - sy;
    const dist = Math.hypot(dx, dy);
    if (dist < 1) return;
    const doOvershoot = overshoot && dist > 260 && this.rand() < 0.6;
    let ex = tx, ey = ty;
    if (doOvershoot) {
      const k = this.uniform(0.03, 0.08);
      ex = tx + dx * k + this.gauss(0, 3);
      ey = ty + dy * k + this.gauss(0, 3);
    }
    // Fitts-like duration
    const T = durationMs ?? Math.min(1400, 180 + 130 * Math.log2(1 + dist / 18) + this.gauss(0, 40));
    const nx = -dy / dist, ny = dx / dist;
    const bow1 = this.gauss(0, 0.12) * dist, bow2 = this.gauss(0, 0.08) * dist;
    const c1 = { x: sx + dx * 0.3 + nx * bow1, y: sy + dy * 0.3 + ny * bow1 };
    const c2 = { x: sx + dx * 0.75 + nx * bow2, y: sy + dy * 0.75 + ny * bow2 };
    const steps = Math.max(4, Math.min(160, Math.round(T / stepMs)));
    const t0 = Date.now();
    for (let i = 1; i <= steps; i++) {
      const t = i / steps;
      const s = 10 * t ** 3 - 15 * t ** 4 + 6 * t ** 5; // minimum-jerk progress
      const u = 1 - s;
      const bx = u ** 3 * sx + 3 * u * u * s * c1.x + 3 * u * s * s * c2.x + s ** 3 * ex;
      const by = u ** 3 * sy + 3 * u * u * s * c1.y + 3 * u * s * s * c2.y + s ** 3 * ey;
      const jx = i === steps ? 0 : this.gauss(0, 0.7);
      const jy = i === steps ? 0 : this.gauss(0, 0.7);
      const px = Math.min(Math.max(1, Math.round(bx + jx)), vp.w - 2);
      const py = Math.min(Math.max(1, Math.round(by + jy)), vp.h - 2);
      await this.page.mouse.move(px, py);
      this.x = px; this.y = py;
      const due = t0 + (T * i) / steps;
      await sleep(due - Date.now());
    }
    if (doOvershoot) {
      await this.pause(40, 110);
      await this.moveTo(tx, ty, { durationMs: this.uniform(120, 220), overshoot: false, stepMs });
    }
  }

  // Random point inside an element's box, biased to the centre.
  async pointIn(selector, { pad = 0.25 } = {}) {
    const box = await this.page.locator(selector).first().boundingBox();
    if (!box) throw new Error(`no box for ${selector}`);
    const fx = 0.5 + Math.max(-0.5 + pad, Math.min(0.5 - pad, this.gauss(0, 0.15)));
    const fy = 0.5 + Math.max(-0.5 + pad, Math.min(0.5 - pad, this.gauss(0, 0.15)));
    return { x: box.x + box.width * fx, y: box.y + box.height * fy, box };
  }

  async moveToEl(selector, opts = {}) {
    await this.ensureVisible(selector);
    const p = await this.pointIn(selector, opts);
    await this.moveTo(p.x, p.y, opts);
    return p;
  }

  async pressRelease(holdMin = 70, holdMax = 140) {
    await this.page.mouse.down();
    await this.pause(holdMin, holdMax);
    await this.page.mouse.up();
  }

  // Double-click in place (e.g. to select a word): two presses 80-150 ms apart, the
  // second one with clickCount 2 so the browser fires dblclick and selects the word.
  async doubleClick() {
    await this.page.mouse.down({ clickCount: 1 });
    await this.pause(45, 85);
    await this.page.mouse.up({ clickCount: 1 });
    await this.pause(80, 150);
    await this.page.mouse.down({ clickCount: 2 });
    await this.pause(45, 85);
    await this.page.mouse.up({ clickCount: 2 });
  }

  // Box of the first occurrence of `word` in the text of `selector` (viewport coords).
  async wordBox(selector, word) {
    const box = await this.page.evaluate(([sel, w]) => {
      const root = document.querySelector(sel);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(), g = 0; n && g < 5000; n = walker.nextNode(), g++) {
        const i = n.data.indexOf(w);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i); r.setEnd(n, i + w.length);
        const b = r.getBoundingClientRect();
        return { x: b.x, y: b.y, width: b.width, height: b.height };
      }
      return null;
    }, [selector, word]);
    if (!box) throw new Error(`no word '${word}' in ${selector}`);
    return box;
  }

  async click(selector, opts = {}) {
    if (this.mobile) return this.tap(selector, opts);
    await this.moveToEl(selector, opts);
    await this.pause(90, 260); // aim settles before the press
    await this.pressRelease();
  }

  // Reading: the hand rests on the mouse and drifts a little, sometimes not at all.
  async idle(ms) {
    const end = Date.now() + ms;
    let guard = 0;
    while (Date.now() < end && guard++ < 400) {
      const left = end - Date.now();
      if (this.mobile || this.rand() < 0.45) { await sleep(Math.min(left, this.uniform(400, 1400))); continue; }
      const vp = await this.viewport();
      const tx = Math.min(vp.w - 10, Math.max(10, this.x + this.gauss(0, 25)));
      const ty = Math.min(vp.h - 10, Math.max(10, this.y + this.gauss(0, 18)));
      await this.moveTo(tx, ty, { durationMs: Math.min(left, this.uniform(150, 450)), overshoot: false });
      await sleep(Math.min(end - Date.now(), this.uniform(300, 1200)));
    }
  }

  // Glance across the page: a couple of loose movements (reading product cards etc.)
  async wander(n = 2) {
    const vp = await this.viewport();
    for (let i = 0; i < n && i < 10; i++) {
      await this.moveTo(this.uniform(0.1, 0.9) * vp.w, this.uniform(0.15, 0.85) * vp.h);
      await this.pause(300, 1100);
    }
  }

  // ---- wheel scrolling -------------------------------------------------------------
  // One flick: a few wheel ticks in quick succession (like a finger rolling the wheel).
  async wheelFlick(direction, ticks, { tickPx = 100, gapMin = 35, gapMax = 80 } = {}) {
    for (let i = 0; i < ticks && i < 30; i++) {
      await this.page.mouse.wheel(0, direction * tickPx);
      await this.pause(gapMin, gapMax);
    }
  }

  // Scroll down/up by about `px`, in flicks separated by short reading pauses.
  async scrollBy(px, { pauseMin = 350, pauseMax = 1200 } = {}) {
    const dir = Math.sign(px);
    let left = Math.abs(px);
    let guard = 0;
    while (left > 40 && guard++ < 40) {
      const ticks = Math.max(1, Math.min(Math.round(left / 100), this.int(2, 5)));
      if (this.mobile) await this.swipe(-dir * Math.min(left, ticks * 100));
      else await this.wheelFlick(dir, ticks);
      left -= ticks * 100;
      await this.pause(pauseMin, pauseMax);
    }
  }

  // Bring an element into view the way a person would: scroll until it is on screen.
  async ensureVisible(selector, { margin = 60 } = {}) {
    for (let guard = 0; guard < 40; guard++) {
      const box = await this.page.locator(selector).first().boundingBox();
      if (!box) throw new Error(`no box for ${selector}`);
      const vp = await this.viewport();
      if (box.y >= margin && box.y + box.height <= vp.h - margin) return;
      if (box.y < margin && box.y + box.height > vp.h - margin) return; // taller than the screen
      // already at the top (or bottom) of the page and fully on screen: cannot scroll further
      if (box.y < margin && vp.y <= 0 && box.y >= 0) return;
      if (box.y >= margin && vp.y + vp.h >= vp.docH - 1 && box.y + box.height <= vp.h) return;
      const need = box.y < margin ? box.y - vp.h * 0.3 : box.y + box.height - vp.h * 0.6;
      const ticks = Math.max(1, Math.min(5, Math.round(Math.abs(need) / 100)));
      if (this.mobile) await this.swipe(-Math.sign(need) * Math.min(Math.abs(need), 420));
      else await this.wheelFlick(Math.sign(need), ticks);
      await this.pause(280, 520);
    }
  }

  // ---- keyboard --------------------------------------------------------------------
  async type(text, { meanMs = 150, sdMs = 55 } = {}) {
    for (const ch of text.slice(0, 200)) {
      await this.page.keyboard.type(ch);
      let d = this.gauss(meanMs, sdMs);
      if (ch === ' ' || ch === '@' || ch === '.') d += this.uniform(40, 160);
      await sleep(Math.max(35, d));
    }
  }

  async backspace(n, { meanMs = 110, sdMs = 30 } = {}) {
    for (let i = 0; i < n && i < 200; i++) {
      await this.page.keyboard.press('Backspace');
      await sleep(Math.max(30, this.gauss(meanMs, sdMs)));
    }
  }

  async press(key) {
    await this.page.keyboard.press(key);
  }

  // ---- touch (mobile) --------------------------------------------------------------
  async touch(type, points) {
    await this.cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
  }

  async tapAt(x, y, { holdMin = 60, holdMax = 130 } = {}) {
    const px = Math.round(x + this.gauss(0, 2)), py = Math.round(y + this.gauss(0, 2));
    await this.touch('touchStart', [{ x: px, y: py, radiusX: 9, radiusY: 9, force: 1 }]);
    await this.pause(holdMin, holdMax);
    await this.touch('touchEnd', []);
    this.x = px; this.y = py;
  }

  async tap(selector, opts = {}) {
    await this.ensureVisible(selector);
    await this.pause(250, 700); // finger travels to the target
    const p = await this.pointIn(selector, opts);
    await this.tapAt(p.x, p.y);
  }

  // Swipe finger by dy CSS px (negative = finger up = content scrolls down).
  async swipe(dy, { durationMs = null } = {}) {
    const vp = await this.viewport();
    const dist = Math.min(Math.abs(dy), vp.h * 0.7);
    const sign = Math.sign(dy) || -1;
    const x0 = vp.w * this.uniform(0.35, 0.7);
    const yStart = sign < 0 ? vp.h * this.uniform(0.72, 0.85) : vp.h * this.uniform(0.18, 0.3);
    const T = durationMs ?? this.uniform(160, 320);
    const steps = Math.max(5, Math.round(T / 16));
    await this.touch('touchStart', [{ x: Math.round(x0), y: Math.round(yStart), radiusX: 9, radiusY: 9, force: 1 }]);
    const t0 = Date.now();
    let x = x0, y = yStart;
    for (let i = 1; i <= steps; i++) {
      const t = i / steps;
      const s = t * t * (3 - 2 * t);
      x = x0 + this.gauss(0, 1.2) + s * this.gauss(0, 4);
      y = yStart + sign * dist * s;
      await this.touch('touchMove', [{ x: Math.round(x), y: Math.round(y), radiusX: 9, radiusY: 9, force: 1 }]);
      await sleep(t0 + (T * i) / steps - Date.now());
    }
    await this.touch('touchEnd', []);
    this.x = Math.round(x); this.y = Math.round(y);
    await this.pause(120, 260);
  }

  // ---- second human model: trackpad, keyboard, selection, long pauses ----------------
  // Trackpad two-finger swipe: many small wheel deltas (~16 ms apart) while the fingers
  // move, then an inertia tail of decaying deltas, as macOS/Windows precision touchpads
  // send them. `interruptAt` (0..1) cuts the inertia short (fingers land again).
  async trackpadScroll(dy, { interruptAt = 1, frameMs = 16 } = {}) {
    const sign = Math.sign(dy) || 1;
    const total = Math.abs(dy);
    const v0 = total / 19;
    const n1 = this.int(8, 12);
    let sent = 0;
    for (let i = 1; i <= n1 && i < 40; i++) {
      const d = v0 * (i / n1) * this.uniform(0.85, 1.15);
      await this.page.mouse.wheel(0, sign * d);
      sent += d;
      await sleep(frameMs + this.gauss(0, 2));
    }
    let v = v0;
    const decay = this.uniform(0.91, 0.94);
    const frames = Math.ceil(Math.log(0.5 / v0) / Math.log(decay));
    const stop = Math.max(1, Math.round(frames * interruptAt));
    for (let i = 0; i < stop && i < 200 && v >= 0.5; i++) {
      v *= decay;
      await this.page.mouse.wheel(0, sign * v);
      sent += v;
      await sleep(frameMs + this.gauss(0, 2));
    }
    return sign * sent;
  }

  async trackpadScrollBy(px, { pauseMin = 600, pauseMax = 1600 } = {}) {
    let left = Math.abs(px);
    const dir = Math.sign(px);
    for (let guard = 0; left > 30 && guard < 30; guard++) {
      const part = Math.min(left, this.uniform(180, 420));
      await this.trackpadScroll(dir * part);
      left -= part;
      await this.pause(pauseMin, pauseMax);
    }
  }

  // Keyboard navigation: a few Tabs, then focus lands on the target and Enter activates
  // it. The browser's click for Enter carries clientX = clientY = 0.
  async keyActivate(selector, { tabs = null } = {}) {
    const n = tabs ?? this.int(1, 3);
    for (let i = 0; i < n && i < 10; i++) {
      await this.page.keyboard.press('Tab');
      await this.pause(180, 420);
    }
    await this.page.focus(selector);
    await this.pause(250, 600);
    await this.page.keyboard.press('Enter');
  }

  async keyEnter() { await this.page.keyboard.press('Enter'); }

  // Drag-select text: press at a point in a line of text, drag along the line, release.
  async dragSelect(selector, { widthPx = null } = {}) {
    const box = await this.page.locator(selector).first().boundingBox();
    if (!box) throw new Error(`no box for ${selector}`);
    const x0 = box.x + box.width * this.uniform(0.05, 0.3);
    const y0 = box.y + Math.min(box.height - 8, 10 + 28 * this.int(0, 2));
    await this.moveTo(x0, y0);
    await this.pause(200, 400);
    await this.page.mouse.down();
    const w = widthPx ?? this.uniform(160, 360);
    await this.moveTo(Math.min(box.x + box.width - 4, x0 + w), y0 + this.gauss(0, 2), { durationMs: this.uniform(450, 900), overshoot: false });
    await this.pause(80, 200);
    await this.page.mouse.up();
  }

  // A single click where the pointer is (reading: on text, an image, the margin).
  async clickHere() {
    await this.pause(120, 300);
    await this.pressRelease();
  }

  // Long pause: the hand leaves the mouse (no movement at all).
  async longPause(ms) { await sleep(ms); }

  // Horizontal touch flick at (x, y): finger moves dx quickly and lifts (carousels).
  async swipeX(x0, y0, dx, { durationMs = null } = {}) {
    const T = durationMs ?? this.uniform(120, 220);
    const steps = Math.max(5, Math.round(T / 16));
    await this.touch('touchStart', [{ x: Math.round(x0), y: Math.round(y0), radiusX: 9, radiusY: 9, force: 1 }]);
    const t0 = Date.now();
    let x = x0, y = y0;
    for (let i = 1; i <= steps; i++) {
      const t = i / steps;
      const s = t * t * (3 - 2 * t);
      x = x0 + dx * s;
      y = y0 + this.gauss(0, 1.5) + s * this.gauss(0, 3);
      await this.touch('touchMove', [{ x: Math.round(x), y: Math.round(y), radiusX: 9, radiusY: 9, force: 1 }]);
      await sleep(t0 + (T * i) / steps - Date.now());
    }
    await this.touch('touchEnd', []);
    this.x = Math.round(x); this.y = Math.round(y);
    await this.pause(150, 300);
  }
}

// ---- third human model (held-out set 2): a slower, less precise user with a tremor ------
// Older or tired hands: movements take ~1.7 times as long as the first model's, the hand
// shakes at 6-9 Hz with 1.5-3.5 px amplitude all the time (also while resting on the
// mouse), aimed movements land 4-14 px off and are corrected with one or two small
// submovements, the pointer dwells 0.35-0.9 s on a target before the press, presses are
// longer and sometimes slip 1-4 px, typing is slow, and the mouse wheel sends small
// ticks (60 px, another acceleration setting) in longer runs.
export class TremorHuman extends Human {
  constructor(page, cdp, seed, opts = {}) {
    super(page, cdp, seed, opts);
    this.tremorHz = this.uniform(6, 9);
    this.tremorAmp = this.uniform(1.5, 3.5);
    this.phase = this.uniform(0, 2 * Math.PI);
  }

  tremor(tMs) {
    const w = 2 * Math.PI * this.tremorHz * tMs / 1000 + this.phase;
    return { x: this.tremorAmp * Math.sin(w), y: 0.7 * this.tremorAmp * Math.sin(1.3 * w + 1) };
  }

  async moveTo(tx, ty, { durationMs = null, overshoot = true, stepMs = 16, aimed = true } = {}) {
    const dist = Math.hypot(tx - this.x, ty - this.y);
    if (dist < 1) return;
    const T = durationMs ?? Math.min(2400, 1.7 * (180 + 130 * Math.log2(1 + dist / 18)) + this.gauss(0, 80));
    // the primary movement lands off target (no fast overshoot: this hand undershoots)
    const err = aimed && dist > 30 ? Math.min(14, Math.max(4, Math.abs(this.gauss(0, 0.04 * dist)))) : 0;
    const a = this.uniform(0, 2 * Math.PI);
    const ex = tx + err * Math.cos(a), ey = ty + err * Math.sin(a);
    await this.path(ex, ey, T, stepMs);
    if (!aimed || err === 0) return;
    const corrections = err > 9 ? 2 : 1;
    for (let i = 0; i < corrections; i++) {
      await this.pause(120, 300);
      const f = i === corrections - 1 ? 1 : this.uniform(0.5, 0.8);
      await this.path(this.x + (tx - this.x) * f, this.y + (ty - this.y) * f, this.uniform(180, 320), stepMs);
    }
  }

  // Minimum-jerk path with a slight bow and the tremor on top.
  async path(ex, ey, T, stepMs) {
    const vp = await this.viewport();
    const sx = this.x, sy = this.y;
    const dx = ex - sx, dy = ey - sy;
    const dist = Math.max(1, Math.hypot(dx, dy));
    const bow = this.gauss(0, 0.08) * dist;
    const cx = sx + dx * 0.5 - (dy / dist) * bow, cy = sy + dy * 0.5 + (dx / dist) * bow;
    const steps = Math.max(4, Math.min(200, Math.round(T / stepMs)));
    const t0 = Date.now();
    for (let i = 1; i <= steps; i++) {
      const t = i / steps;
      const s = 10 * t ** 3 - 15 * t ** 4 + 6 * t ** 5;
      const u = 1 - s;
      const tr = this.tremor(Date.now());
      const bx = u * u * sx + 2 * u * s * cx + s * s * ex + tr.x;
      const by = u * u * sy + 2 * u * s * cy + s * s * ey + tr.y;
      const px = Math.min(Math.max(1, Math.round(bx)), vp.w - 2);
      const py = Math.min(Math.max(1, Math.round(by)), vp.h - 2);
      await this.page.mouse.move(px, py);
      this.x = px; this.y = py;
      await sleep(t0 + (T * i) / steps - Date.now());
    }
    this.x = ex; this.y = ey;
  }

  // The hand rests on the mouse and shakes in place (never still for long).
  async shakeInPlace(ms) {
    const cx = this.x, cy = this.y;
    const end = Date.now() + ms;
    for (let guard = 0; Date.now() < end && guard < 2000; guard++) {
      const tr = this.tremor(Date.now());
      await this.page.mouse.move(Math.round(cx + tr.x), Math.round(cy + tr.y));
      await sleep(Math.min(end - Date.now(), this.uniform(30, 60)));
    }
    await this.page.mouse.move(Math.round(cx), Math.round(cy));
    this.x = cx; this.y = cy;
  }

  async click(selector, opts = {}) {
    if (this.mobile) return this.tap(selector, opts);
    await this.moveToEl(selector, opts);
    await this.shakeInPlace(this.uniform(350, 900)); // long dwell before the press
    await this.pressRelease();
  }

  async pressRelease(holdMin = 110, holdMax = 220) {
    await this.page.mouse.down();
    await this.pause(holdMin / 2, holdMax / 2);
    if (this.rand() < 0.25) { // the press slips a little (stays a click: < 5 px)
      const nx = Math.round(this.x + this.gauss(0, 1.5)), ny = Math.round(this.y + this.gauss(0, 1.5));
      await this.page.mouse.move(nx, ny);
      this.x = nx; this.y = ny;
    }
    await this.pause(holdMin / 2, holdMax / 2);
    await this.page.mouse.up();
  }

  async clickHere() {
    await this.shakeInPlace(this.uniform(250, 600));
    await this.pressRelease();
  }

  async idle(ms) {
    const end = Date.now() + ms;
    for (let guard = 0; Date.now() < end && guard < 200; guard++) {
      const left = end - Date.now();
      const r = this.rand();
      if (r < 0.5) await this.shakeInPlace(Math.min(left, this.uniform(600, 1800)));
      else if (r < 0.75) await sleep(Math.min(left, this.uniform(400, 1200))); // hand off the mouse
      else {
        const vp = await this.viewport();
        const tx = Math.min(vp.w - 10, Math.max(10, this.x + this.gauss(0, 30)));
        const ty = Math.min(vp.h - 10, Math.max(10, this.y + this.gauss(0, 20)));
        await this.moveTo(tx, ty, { durationMs: Math.min(left, this.uniform(300, 700)), aimed: false });
      }
    }
  }

  async type(text, { meanMs = 260, sdMs = 90 } = {}) { return super.type(text, { meanMs, sdMs }); }

  async wheelFlick(direction, ticks, { tickPx = 60, gapMin = 45, gapMax = 95 } = {}) {
    return super.wheelFlick(direction, Math.min(30, Math.round(ticks * 1.6)), { tickPx, gapMin, gapMax });
  }
}

// ---- fourth and fifth human models (held-out set 3) --------------------------------------
// TrackpadHuman: the pointer is moved with a laptop trackpad. A long movement is several
// finger strokes (each <= ~300 px of pointer travel, 130-260 ms) with the finger lifted
// 80-220 ms between strokes (the pointer stands still); the last stroke is slower and
// lands on the target. Clicks are taps on the pad (short 25-60 ms presses), scrolling is
// two-finger with inertia (trackpadScroll), and while reading the finger is mostly off
// the pad (no movement at all).
export class TrackpadHuman extends Human {
  async moveTo(tx, ty, { durationMs = null, stepMs = 16 } = {}) {
    const vp = await this.viewport();
    tx = Math.min(Math.max(2, tx), vp.w - 3);
    ty = Math.min(Math.max(2, ty), vp.h - 3);
    let dist = Math.hypot(tx - this.x, ty - this.y);
    if (dist < 1) return;
    if (durationMs !== null) return this.stroke(tx, ty, durationMs, stepMs, vp);
    for (let guard = 0; dist >= 1 && guard < 12; guard++) {
      const reach = this.uniform(200, 320);
      const last = dist <= reach;
      const f = last ? 1 : reach / dist;
      const nx = this.x + (tx - this.x) * f + (last ? 0 : this.gauss(0, 6));
      const ny = this.y + (ty - this.y) * f + (last ? 0 : this.gauss(0, 6));
      await this.stroke(nx, ny, last ? this.uniform(200, 320) : this.uniform(130, 260), stepMs, vp);
      dist = Math.hypot(tx - this.x, ty - this.y);
      if (dist >= 1) await this.pause(80, 220); // finger lifted and put back
    }
  }

  async stroke(ex, ey, T, stepMs, vp) {
    const sx = this.x, sy = this.y;
    const dx = ex - sx, dy = ey - sy;
    const dist = Math.max(1, Math.hypot(dx, dy));
    const bow = this.gauss(0, 0.06) * dist; // a finger stroke is nearly straight
    const cx = sx + dx * 0.5 - (dy / dist) * bow, cy = sy + dy * 0.5 + (dx / dist) * bow;
    const steps = Math.max(3, Math.min(120, Math.round(T / stepMs)));
    const t0 = Date.now();
    for (let i = 1; i <= steps; i++) {
      const t = i / steps;
      const s = t * t * (3 - 2 * t);
      const u = 1 - s;
      const bx = u * u * sx + 2 * u * s * cx + s * s * ex + (i === steps ? 0 : this.gauss(0, 0.4));
      const by = u * u * sy + 2 * u * s * cy + s * s * ey + (i === steps ? 0 : this.gauss(0, 0.4));
      const px = Math.min(Math.max(1, Math.round(bx)), vp.w - 2);
      const py = Math.min(Math.max(1, Math.round(by)), vp.h - 2);
      await this.page.mouse.move(px, py);
      this.x = px; this.y = py;
      await sleep(t0 + (T * i) / steps - Date.now());
    }
    this.x = ex; this.y = ey;
  }

  async pressRelease(holdMin = 25, holdMax = 60) { return super.pressRelease(holdMin, holdMax); }

  async idle(ms) {
    const end = Date.now() + ms;
    for (let guard = 0; Date.now() < end && guard < 200; guard++) {
      const left = end - Date.now();
      if (this.rand() < 0.75) { await sleep(Math.min(left, this.uniform(600, 1800))); continue; }
      const vp = await this.viewport();
      const tx = Math.min(vp.w - 10, Math.max(10, this.x + this.gauss(0, 40)));
      const ty = Math.min(vp.h - 10, Math.max(10, this.y + this.gauss(0, 25)));
      await this.stroke(tx, ty, Math.min(left, this.uniform(150, 260)), 16, vp);
    }
  }

  async wheelFlick(direction, ticks) { return this.trackpadScroll(direction * ticks * 100); }
  async scrollBy(px, opts = {}) { return this.trackpadScrollBy(px, opts); }
}

// FastHuman: a quick, precise hand with a fast (high-DPI) mouse: movements take ~0.55 times
// the first model's time, overshoot like the first model, dwell only 40-120 ms before a press,
// press briefly, and glance across the screen a lot. Its ordinary movements are fast,
// so its baseline speed is high.
export class FastHuman extends Human {
  async moveTo(tx, ty, { durationMs = null, overshoot = true, stepMs = 10 } = {}) {
    const dist = Math.hypot(tx - this.x, ty - this.y);
    const T = durationMs ?? Math.min(800, 0.55 * (180 + 130 * Math.log2(1 + dist / 18)) + this.gauss(0, 20));
    return super.moveTo(tx, ty, { durationMs: T, overshoot, stepMs });
  }

  async click(selector, opts = {}) {
    await this.moveToEl(selector, opts);
    await this.pause(40, 120);
    await this.pressRelease(40, 90);
  }

  async clickHere() {
    await this.pause(60, 160);
    await this.pressRelease(40, 90);
  }
}

// SlowHuman: an older person's slow, careful hand (held-out set 4). Movements take ~2.3 times
// the first model's time and stop once or twice on the way (150-450 ms hesitations); the
// hand lands 5-15 px off a target and homes in with one to three small slow corrections;
// 0.5-1.1 s dwell before a press, long presses (140-280 ms), slow typing with pauses, a
// mouse wheel turned one notch at a time (120-300 ms between notches), and long rests
// with the hand still on the mouse.
export class SlowHuman extends Human {
  async moveTo(tx, ty, { durationMs = null, overshoot = true, stepMs = 16 } = {}) {
    const dist = Math.hypot(tx - this.x, ty - this.y);
    if (dist < 1) return;
    if (durationMs !== null) return super.moveTo(tx, ty, { durationMs, overshoot: false, stepMs });
    const T = Math.min(2600, 2.3 * (180 + 130 * Math.log2(1 + dist / 18)) + this.gauss(0, 80));
    const stops = dist > 200 ? this.int(1, 2) : 0;
    const sx = this.x, sy = this.y;
    for (let i = 1; i <= stops; i++) {
      const f = (i / (stops + 1)) * this.uniform(0.85, 1.1);
      await super.moveTo(sx + (tx - sx) * f + this.gauss(0, 8), sy + (ty - sy) * f + this.gauss(0, 8), { durationMs: T / (stops + 1), overshoot: false, stepMs });
      await this.pause(150, 450);
    }
    const aimed = overshoot && dist > 60;
    const off = aimed ? this.uniform(5, 15) : 0;
    const ang = this.uniform(0, 2 * Math.PI);
    await super.moveTo(tx + off * Math.cos(ang), ty + off * Math.sin(ang), { durationMs: T / (stops + 1), overshoot: false, stepMs });
    if (!aimed) return;
    const n = this.int(1, 3);
    for (let i = 1; i <= n; i++) {
      await this.pause(120, 300);
      const left = off * (1 - i / n);
      await super.moveTo(tx + left * Math.cos(ang + this.gauss(0, 0.6)), ty + left * Math.sin(ang + this.gauss(0, 0.6)), { durationMs: this.uniform(220, 420), overshoot: false, stepMs });
    }
  }

  async click(selector, opts = {}) {
    await this.moveToEl(selector, opts);
    await this.pause(500, 1100);
    await this.pressRelease();
  }

  async clickHere() {
    await this.pause(500, 1000);
    await this.pressRelease();
  }

  async pressRelease(holdMin = 140, holdMax = 280) { return super.pressRelease(holdMin, holdMax); }
  async type(text, { meanMs = 320, sdMs = 120 } = {}) { return super.type(text, { meanMs, sdMs }); }

  async wheelFlick(direction, ticks, { tickPx = 100, gapMin = 120, gapMax = 300 } = {}) {
    return super.wheelFlick(direction, ticks, { tickPx, gapMin, gapMax });
  }

  async idle(ms) {
    const end = Date.now() + ms;
    for (let guard = 0; Date.now() < end && guard < 200; guard++) {
      const left = end - Date.now();
      if (this.rand() < 0.85) { await sleep(Math.min(left, this.uniform(800, 2000))); continue; }
      const vp = await this.viewport();
      const tx = Math.min(vp.w - 10, Math.max(10, this.x + this.gauss(0, 15)));
      const ty = Math.min(vp.h - 10, Math.max(10, this.y + this.gauss(0, 10)));
      await super.moveTo(tx, ty, { durationMs: Math.min(left, this.uniform(400, 800)), overshoot: false });
    }
  }
}

// PenHuman: a pen on a graphics tablet used as the mouse (held-out set 4). While the pen
// hovers the pointer follows it in quick, nearly straight strokes (reports every ~8 ms);
// for a long way the pen is lifted out of hover range, so the pointer stands still and
// then appears 10-40 px from the target with no path in between (a jump), and the last
// short stroke lands on it. A tap is a short press (20-50 ms) during which the nib slips
// 1-3 px (a move with the button down). While reading the pen is out of range (no motion).
// Frustration: small, quick loops and zigzags drawn with the pen.
export class PenHuman extends Human {
  async moveTo(tx, ty, { durationMs = null, overshoot = true, stepMs = 8 } = {}) {
    const vp = await this.viewport();
    tx = Math.min(Math.max(2, tx), vp.w - 3);
    ty = Math.min(Math.max(2, ty), vp.h - 3);
    const dist = Math.hypot(tx - this.x, ty - this.y);
    if (dist < 1) return;
    if (durationMs !== null) return super.moveTo(tx, ty, { durationMs, overshoot: false, stepMs });
    if (overshoot && dist > 260) {
      await this.pause(150, 350); // pen lifted out of range and brought down elsewhere
      const r = this.uniform(10, 40), a = this.uniform(0, 2 * Math.PI);
      await this.placeMouse(Math.round(tx + r * Math.cos(a)), Math.round(ty + r * Math.sin(a)));
      await this.pause(60, 160);
      return super.moveTo(tx, ty, { durationMs: this.uniform(120, 220), overshoot: false, stepMs });
    }
    const T = Math.min(600, 0.6 * (180 + 130 * Math.log2(1 + dist / 18)) + this.gauss(0, 20));
    return super.moveTo(tx, ty, { durationMs: T, overshoot: false, stepMs });
  }

  async pressRelease(holdMin = 20, holdMax = 50) {
    await this.page.mouse.down();
    await this.pause(holdMin / 2, holdMax / 2);
    const a = this.uniform(0, 2 * Math.PI), r = this.uniform(1, 3);
    await this.page.mouse.move(Math.round(this.x + r * Math.cos(a)), Math.round(this.y + r * Math.sin(a)));
    await this.pause(holdMin / 2, holdMax / 2);
    await this.page.mouse.up();
  }

  async click(selector, opts = {}) {
    await this.moveToEl(selector, opts);
    await this.pause(60, 180);
    await this.pressRelease();
  }

  async clickHere() {
    await this.pause(80, 200);
    await this.pressRelease();
  }

  async idle(ms) { await sleep(ms); }
}

// JitterHuman: a worn, low-precision mouse on a glossy desk (held-out set 5). The sensor
// reports only every ~28-40 ms, on a coarse grid (low DPI with pointer acceleration: the
// pointer moves in 3 px steps), with noise of ~1.5 px on every report; about one report in
// 30 during a movement is a spurious jump of 8-22 px off the path (the sensor losing the
// surface), put right by the next report. While the hand rests on the mouse the pointer
// still glitches now and then: a 3-9 px jump and back within 30-70 ms. Movements are aimed
// like the first model's but ~1.15 times slower and land 2-6 px off, one correction; a
// press may slip one grid step. Frustration: the same shakes as anyone's, drawn through
// this sensor.
export class JitterHuman extends Human {
  grid(v) { return Math.round(v / 3) * 3; }

  async moveTo(tx, ty, { durationMs = null, overshoot = true, stepMs = null } = {}) {
    const vp = await this.viewport();
    tx = Math.min(Math.max(2, tx), vp.w - 3);
    ty = Math.min(Math.max(2, ty), vp.h - 3);
    const sx = this.x, sy = this.y;
    const dx = tx - sx, dy = ty - sy;
    const dist = Math.hypot(dx, dy);
    if (dist < 1) return;
    const T = durationMs ?? Math.min(1600, 1.15 * (180 + 130 * Math.log2(1 + dist / 18)) + this.gauss(0, 50));
    const aimed = overshoot && durationMs === null && dist > 80;
    const off = aimed ? this.uniform(2, 6) : 0, ang = this.uniform(0, 2 * Math.PI);
    const ex = tx + off * Math.cos(ang), ey = ty + off * Math.sin(ang);
    const nx = -dy / dist, ny = dx / dist;
    const bow = this.gauss(0, 0.1) * dist;
    const c1 = { x: sx + dx * 0.3 + nx * bow, y: sy + dy * 0.3 + ny * bow };
    const c2 = { x: sx + dx * 0.75 + nx * bow * 0.5, y: sy + dy * 0.75 + ny * bow * 0.5 };
    const step = stepMs ?? this.uniform(28, 40);
    const steps = Math.max(3, Math.min(80, Math.round(T / step)));
    const t0 = Date.now();
    for (let i = 1; i <= steps; i++) {
      const t = i / steps;
      const s = 10 * t ** 3 - 15 * t ** 4 + 6 * t ** 5;
      const u = 1 - s;
      let bx = u ** 3 * sx + 3 * u * u * s * c1.x + 3 * u * s * s * c2.x + s ** 3 * ex;
      let by = u ** 3 * sy + 3 * u * u * s * c1.y + 3 * u * s * s * c2.y + s ** 3 * ey;
      if (i < steps) {
        bx += this.gauss(0, 1.5); by += this.gauss(0, 1.5);
        if (this.rand() < 1 / 30) { const r = this.uniform(8, 22), a = this.uniform(0, 2 * Math.PI); bx += r * Math.cos(a); by += r * Math.sin(a); }
      }
      const px = Math.min(Math.max(1, i === steps && !aimed ? Math.round(bx) : this.grid(bx)), vp.w - 2);
      const py = Math.min(Math.max(1, i === steps && !aimed ? Math.round(by) : this.grid(by)), vp.h - 2);
      await this.page.mouse.move(px, py);
      this.x = px; this.y = py;
      await sleep(t0 + (T * i) / steps - Date.now());
    }
    if (aimed) {
      await this.pause(90, 200);
      await this.page.mouse.move(Math.round(tx), Math.round(ty));
      this.x = Math.round(tx); this.y = Math.round(ty);
    }
  }

  async pressRelease(holdMin = 70, holdMax = 130) {
    await this.page.mouse.down();
    await this.pause(holdMin / 2, holdMax / 2);
    if (this.rand() < 0.35) {
      const nx = this.x + this.pick([-3, 3]), ny = this.y + this.pick([-3, 0, 3]);
      await this.page.mouse.move(nx, ny);
      this.x = nx; this.y = ny;
    }
    await this.pause(holdMin / 2, holdMax / 2);
    await this.page.mouse.up();
  }

  async glitch() {
    const ox = this.x, oy = this.y;
    const r = this.uniform(3, 9), a = this.uniform(0, 2 * Math.PI);
    await this.page.mouse.move(Math.round(ox + r * Math.cos(a)), Math.round(oy + r * Math.sin(a)));
    await this.pause(30, 70);
    await this.page.mouse.move(ox, oy);
  }

  async idle(ms) {
    const end = Date.now() + ms;
    for (let guard = 0; Date.now() < end && guard < 300; guard++) {
      const left = end - Date.now();
      const p = this.rand();
      if (p < 0.55) { await sleep(Math.min(left, this.uniform(500, 1500))); continue; }
      if (p < 0.8) { await this.glitch(); continue; }
      const vp = await this.viewport();
      const tx = Math.min(vp.w - 10, Math.max(10, this.x + this.gauss(0, 25)));
      const ty = Math.min(vp.h - 10, Math.max(10, this.y + this.gauss(0, 18)));
      await this.moveTo(tx, ty, { durationMs: Math.min(left, this.uniform(200, 500)), overshoot: false });
    }
  }
}

// TabletHuman: a person on a 10-inch touch tablet (held-out set 6). Fingertip taps with a
// wide contact (radius 11-15 px), landing 3-5 px around the aim, the finger sometimes
// rolling 2-6 px while it is down (a few touch moves before the lift); double taps 90-200
// ms apart; press and hold (0.7-1.0 s, the finger creeping 1-2 px); flings: short, fast
// strokes (90-160 ms) over a long distance that the browser carries on with momentum; a
// finger drag along a bar (scrubbing). Nothing moves between touches: a tablet has no
// cursor at rest.
export class TabletHuman extends Human {
  contact() { const r = Math.round(this.uniform(11, 15)); return { radiusX: r, radiusY: r, force: 1 }; }

  async tapAt(x, y, { holdMin = 60, holdMax = 120 } = {}) {
    const c = this.contact();
    let px = Math.round(x + this.gauss(0, 3.5)), py = Math.round(y + this.gauss(0, 3.5));
    await this.touch('touchStart', [{ x: px, y: py, ...c }]);
    if (this.rand() < 0.3) {
      const n = this.int(1, 3), ax = this.gauss(0, 2), ay = this.gauss(0, 2);
      for (let i = 0; i < n; i++) {
        await this.pause(holdMin / 3, holdMax / 3);
        px += Math.round(ax); py += Math.round(ay);
        await this.touch('touchMove', [{ x: px, y: py, ...c }]);
      }
    }
    await this.pause(holdMin, holdMax);
    await this.touch('touchEnd', []);
    this.x = px; this.y = py;
  }

  async doubleTapAt(x, y) {
    await this.tapAt(x, y, { holdMin: 40, holdMax: 80 });
    await this.pause(90, 200);
    await this.tapAt(x, y, { holdMin: 40, holdMax: 80 });
  }

  async longPressAt(x, y) {
    const c = this.contact();
    let px = Math.round(x + this.gauss(0, 3)), py = Math.round(y + this.gauss(0, 3));
    await this.touch('touchStart', [{ x: px, y: py, ...c }]);
    const end = Date.now() + this.uniform(700, 1000);
    for (let g = 0; Date.now() < end && g < 20; g++) {
      await sleep(Math.min(end - Date.now(), this.uniform(150, 300)));
      if (this.rand() < 0.4) { px += this.pick([-1, 0, 1]); py += this.pick([-1, 0, 1]); }
    }
    await this.touch('touchEnd', []);
    this.x = px; this.y = py;
  }

  async longPress(selector) {
    await this.ensureVisible(selector);
    await this.pause(300, 700);
    const p = await this.pointIn(selector);
    await this.longPressAt(p.x, p.y);
  }

  // A fling: a fast stroke of `dy` px (negative: finger up, the page goes down).
  async fling(dy) { return this.swipe(dy, { durationMs: this.uniform(90, 160) }); }

  // Drag a finger along a horizontal bar from fraction f0 to f1 of its width.
  async scrub(selector, f0, f1) {
    await this.ensureVisible(selector);
    await this.pause(300, 600);
    const b = await this.page.locator(selector).first().boundingBox();
    const c = this.contact();
    const y = b.y + b.height / 2;
    const T = this.uniform(600, 1100), steps = Math.max(8, Math.round(T / 16));
    let x = b.x + b.width * f0;
    await this.touch('touchStart', [{ x: Math.round(x), y: Math.round(y), ...c }]);
    await this.pause(60, 120);
    const t0 = Date.now();
    for (let i = 1; i <= steps; i++) {
      const t = i / steps, s = t * t * (3 - 2 * t);
      x = b.x + b.width * (f0 + (f1 - f0) * s);
      await this.touch('touchMove', [{ x: Math.round(x), y: Math.round(y + this.gauss(0, 1.5)), ...c }]);
      await sleep(t0 + (T * i) / steps - Date.now());
    }
    await this.pause(100, 250);
    await this.touch('touchEnd', []);
    this.x = Math.round(x); this.y = Math.round(y);
  }
}

// ---- held-out set 9: four new input models ------------------------------------------------
// HybridHuman: a touchscreen laptop (held-out set 9). The same person moves a precise-ish
// trackpad pointer (the first model's aimed movements, a little slower) AND reaches out to
// touch the screen: a touch tap lands where the finger lands while the mouse pointer stays
// where it was (Chromium then sends the compatibility mouse events at the touch point, so
// the recorded pointer jumps there and jumps back at the next trackpad movement). Touch
// swipes scroll the page like a tablet's; the trackpad scrolls with small wheel steps.
export class HybridHuman extends Human {
  async moveTo(tx, ty, opts = {}) {
    const dist = Math.hypot(tx - this.x, ty - this.y);
    const T = opts.durationMs ?? Math.min(1500, 1.15 * (180 + 130 * Math.log2(1 + dist / 18)) + this.gauss(0, 40));
    return super.moveTo(tx, ty, { ...opts, durationMs: T });
  }

  // A fingertip on the laptop screen: a wide contact, 60-130 ms, landing ~3 px from the aim.
  async touchTapAt(x, y, { holdMin = 60, holdMax = 130 } = {}) {
    const r = Math.round(this.uniform(10, 14));
    const px = Math.round(x + this.gauss(0, 3)), py = Math.round(y + this.gauss(0, 3));
    await this.touch('touchStart', [{ x: px, y: py, radiusX: r, radiusY: r, force: 1 }]);
    await this.pause(holdMin, holdMax);
    await this.touch('touchEnd', []);
    this.touchX = px; this.touchY = py; // the mouse pointer itself does not move
  }

  async touchTap(selector) {
    await this.ensureVisible(selector);
    await this.pause(350, 800); // the hand leaves the keyboard and reaches for the screen
    const p = await this.pointIn(selector);
    await this.touchTapAt(p.x, p.y);
    return p;
  }

  // A swipe on the laptop screen (the page scrolls like a tablet's).
  async screenSwipe(dy) { return this.swipe(dy, { durationMs: this.uniform(140, 240) }); }

  async wheelFlick(direction, ticks, { tickPx = 40, gapMin = 16, gapMax = 30 } = {}) {
    return super.wheelFlick(direction, Math.min(30, ticks * 2), { tickPx, gapMin, gapMax });
  }
}

// MagnifierHuman: a person using a screen magnifier at about 3x (held-out set 9). They see
// a small part of the screen at a time, so the pointer (which the magnified view follows)
// moves in short, slow steps (20-70 px at 80-200 px/s) with pauses of 150-500 ms between
// them while they look for the next thing; near a target they stop, check, and nudge it
// 2-8 px; reading is a slow scan along a line (left to right at ~120 px/s) and a quicker
// return to the line's start, one line lower. Presses are deliberate (90-170 ms), typing
// is slow, the wheel turns a notch at a time.
export class MagnifierHuman extends Human {
  async moveTo(tx, ty, { durationMs = null, overshoot = true, stepMs = 16 } = {}) {
    const vp = await this.viewport();
    tx = Math.min(Math.max(2, tx), vp.w - 3);
    ty = Math.min(Math.max(2, ty), vp.h - 3);
    if (durationMs !== null) return super.moveTo(tx, ty, { durationMs, overshoot: false, stepMs });
    for (let guard = 0; guard < 60; guard++) {
      const dist = Math.hypot(tx - this.x, ty - this.y);
      if (dist < 1) return;
      const reach = this.uniform(20, 70);
      const last = dist <= reach;
      const f = last ? 1 : reach / dist;
      const nx = this.x + (tx - this.x) * f + (last ? 0 : this.gauss(0, 3));
      const ny = this.y + (ty - this.y) * f + (last ? 0 : this.gauss(0, 3));
      const step = Math.hypot(nx - this.x, ny - this.y);
      await super.moveTo(nx, ny, { durationMs: Math.max(120, 1000 * step / this.uniform(80, 200)), overshoot: false, stepMs });
      if (!last) await this.pause(150, 500);
    }
  }

  async click(selector, opts = {}) {
    await this.moveToEl(selector, opts);
    await this.pause(300, 700); // checks what is under the pointer in the magnified view
    const nx = this.x + this.gauss(0, 3), ny = this.y + this.gauss(0, 2);
    await super.moveTo(nx, ny, { durationMs: this.uniform(150, 260), overshoot: false });
    await this.pause(150, 350);
    await this.pressRelease();
  }

  async clickHere() { await this.pause(300, 600); await this.pressRelease(); }
  async pressRelease(holdMin = 90, holdMax = 170) { return super.pressRelease(holdMin, holdMax); }
  async type(text, { meanMs = 280, sdMs = 90 } = {}) { return super.type(text, { meanMs, sdMs }); }
  async wheelFlick(direction, ticks, { tickPx = 100, gapMin = 180, gapMax = 380 } = {}) {
    return super.wheelFlick(direction, ticks, { tickPx, gapMin, gapMax });
  }

  // Read `lines` lines of the element's text through the magnifier.
  async scanLines(selector, lines) {
    const box = await this.page.locator(selector).first().boundingBox();
    if (!box) throw new Error(`no box for ${selector}`);
    const vp = await this.viewport();
    const x0 = Math.max(4, box.x + 6), x1 = Math.min(vp.w - 6, box.x + Math.min(box.width, 640) - 10);
    let y = Math.max(8, Math.min(vp.h - 30, box.y + 12));
    await this.moveTo(x0, y);
    for (let i = 0; i < lines && i < 12; i++) {
      await super.moveTo(x1, y + this.gauss(0, 1.5), { durationMs: 1000 * (x1 - x0) / this.uniform(100, 140), overshoot: false, stepMs: 20 });
      await this.pause(200, 450);
      y = Math.min(vp.h - 10, y + this.uniform(22, 26));
      await super.moveTo(x0 + this.gauss(0, 6), y, { durationMs: this.uniform(450, 700), overshoot: false, stepMs: 20 });
      await this.pause(150, 350);
    }
  }

  async idle(ms) {
    const end = Date.now() + ms;
    for (let guard = 0; Date.now() < end && guard < 200; guard++) {
      const left = end - Date.now();
      if (this.rand() < 0.7) { await sleep(Math.min(left, this.uniform(600, 1600))); continue; }
      const vp = await this.viewport();
      const tx = Math.min(vp.w - 10, Math.max(10, this.x + this.gauss(0, 20)));
      const ty = Math.min(vp.h - 10, Math.max(10, this.y + this.gauss(0, 10)));
      await super.moveTo(tx, ty, { durationMs: Math.min(left, this.uniform(300, 700)), overshoot: false });
    }
  }
}

// AccelHuman: a high-DPI mouse (3200 dpi, 500 Hz) with the operating system's pointer
// acceleration (held-out set 9). The pointer's speed grows faster than the hand's (gain ~
// hand speed^1.7), so an aimed movement has a sharp speed peak: long movements cross a wide
// screen in 250-450 ms and overshoot by 6-14 %, small ones are slow and sub-pixel precise;
// reports every ~4-6 ms. The correction after an overshoot is a slow, short movement.
export class AccelHuman extends Human {
  async moveTo(tx, ty, { durationMs = null, overshoot = true, stepMs = 5 } = {}) {
    const vp = await this.viewport();
    tx = Math.min(Math.max(2, tx), vp.w - 3);
    ty = Math.min(Math.max(2, ty), vp.h - 3);
    const sx = this.x, sy = this.y, dx = tx - sx, dy = ty - sy, dist = Math.hypot(dx, dy);
    if (dist < 1) return;
    const T = durationMs ?? Math.min(520, 120 + 70 * Math.log2(1 + dist / 12) + this.gauss(0, 20));
    const over = overshoot && durationMs === null && dist > 200 ? this.uniform(0.06, 0.14) : 0;
    const ex = tx + dx * over + this.gauss(0, 2), ey = ty + dy * over + this.gauss(0, 2);
    // progress: the integral of (minimum-jerk hand speed)^1.7, normalised
    const N = 64, cum = [0];
    for (let i = 1; i <= N; i++) { const t = (i - 0.5) / N; cum.push(cum[i - 1] + (30 * t * t * (1 - t) * (1 - t)) ** 1.7); }
    const prog = (t) => { const k = Math.min(N, t * N), i = Math.floor(k); return (cum[i] + (i < N ? (cum[i + 1] - cum[i]) * (k - i) : 0)) / cum[N]; };
    const bow = this.gauss(0, 0.05) * dist, nx = -dy / dist, ny = dx / dist;
    const steps = Math.max(4, Math.min(160, Math.round(T / stepMs)));
    const t0 = Date.now();
    for (let i = 1; i <= steps; i++) {
      const s = prog(i / steps);
      const b = 4 * s * (1 - s) * bow;
      const px = Math.min(Math.max(1, sx + (ex - sx) * s + nx * b + (i === steps ? 0 : this.gauss(0, 0.3))), vp.w - 2);
      const py = Math.min(Math.max(1, sy + (ey - sy) * s + ny * b + (i === steps ? 0 : this.gauss(0, 0.3))), vp.h - 2);
      await this.page.mouse.move(px, py);
      this.x = px; this.y = py;
      await sleep(t0 + (T * i) / steps - Date.now());
    }
    if (over > 0) {
      await this.pause(60, 140);
      await this.moveTo(tx, ty, { durationMs: this.uniform(180, 300), overshoot: false, stepMs });
    }
  }

  async click(selector, opts = {}) {
    await this.moveToEl(selector, opts);
    await this.pause(60, 160);
    await this.pressRelease(50, 100);
  }
}

// StylusHuman: a pen on a touch screen (a phone or tablet with a stylus; held-out set 9).
// The pen hovers before it touches: the browser gets pointer events of type "pen" (with
// the compatibility mouse events) from 5-25 px away for 120-300 ms, then the nib touches
// the screen (pressure 0.3-0.7, tilted), slips 0-2 px, and lifts after 50-110 ms; away from
// the screen (reading, moving the hand) the pen sends nothing. Scrolling is done with a
// finger (TabletHuman's flings and swipes).
export class StylusHuman extends TabletHuman {
  async pen(type, x, y, extra = {}) {
    await this.cdp.send('Input.dispatchMouseEvent', {
      type, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, pointerType: 'pen',
      tiltX: this.tiltX, tiltY: this.tiltY, ...extra,
    });
  }

  async tapAt(x, y, { holdMin = 50, holdMax = 110 } = {}) {
    this.tiltX = Math.round(this.uniform(15, 35)); this.tiltY = Math.round(this.uniform(-10, 10));
    const a = this.uniform(0, 2 * Math.PI), r0 = this.uniform(5, 25);
    let hx = x + r0 * Math.cos(a), hy = y + r0 * Math.sin(a);
    const T = this.uniform(120, 300), n = Math.max(4, Math.round(T / 8));
    const tx = x + this.gauss(0, 1.5), ty = y + this.gauss(0, 1.5);
    for (let i = 0; i <= n; i++) { // hover approach
      const f = i / n, s = f * f * (3 - 2 * f);
      await this.pen('mouseMoved', hx + (tx - hx) * s, hy + (ty - hy) * s);
      await sleep(8);
    }
    const force = Math.round(this.uniform(0.3, 0.7) * 100) / 100;
    await this.pen('mousePressed', tx, ty, { button: 'left', buttons: 1, clickCount: 1, force });
    await this.pause(holdMin / 2, holdMax / 2);
    const sx = tx + this.gauss(0, 0.8), sy = ty + this.gauss(0, 0.8);
    await this.pen('mouseMoved', sx, sy, { button: 'left', buttons: 1, force });
    await this.pause(holdMin / 2, holdMax / 2);
    await this.pen('mouseReleased', sx, sy, { button: 'left', buttons: 0, clickCount: 1 });
    this.x = Math.round(sx); this.y = Math.round(sy);
  }

  // the pen hovers over a point (e.g. to show a tip) and leaves
  async hoverAt(x, y, ms) {
    this.tiltX = 25; this.tiltY = 0;
    const end = Date.now() + ms;
    for (let g = 0; Date.now() < end && g < 400; g++) { await this.pen('mouseMoved', x + this.gauss(0, 0.7), y + this.gauss(0, 0.7)); await sleep(this.uniform(8, 16)); }
  }

  async tap(selector, opts = {}) {
    await this.ensureVisible(selector);
    await this.pause(300, 700);
    const p = await this.pointIn(selector, opts);
    await this.tapAt(p.x, p.y);
  }
}

// ---- held-out set 10: four new input models ----------------------------------------------
// A movement drawn as a cubic Bezier with a bow of `bow` px to one side (the sign is the
// side), progress `prog(t)`, reports every `stepMs`; shared by the models below.
async function bezierMove(h, sx, sy, ex, ey, T, bow1, bow2, stepMs, jitter, prog) {
  const vp = await h.viewport();
  const dx = ex - sx, dy = ey - sy, dist = Math.max(1, Math.hypot(dx, dy));
  const nx = -dy / dist, ny = dx / dist;
  const c1 = { x: sx + dx * 0.3 + nx * bow1, y: sy + dy * 0.3 + ny * bow1 };
  const c2 = { x: sx + dx * 0.75 + nx * bow2, y: sy + dy * 0.75 + ny * bow2 };
  const steps = Math.max(3, Math.min(200, Math.round(T / stepMs)));
  const t0 = Date.now();
  for (let i = 1; i <= steps; i++) {
    const s = prog(i / steps), u = 1 - s;
    const bx = u ** 3 * sx + 3 * u * u * s * c1.x + 3 * u * s * s * c2.x + s ** 3 * ex;
    const by = u ** 3 * sy + 3 * u * u * s * c1.y + 3 * u * s * s * c2.y + s ** 3 * ey;
    const px = Math.min(Math.max(1, Math.round(bx + (i === steps ? 0 : h.gauss(0, jitter)))), vp.w - 2);
    const py = Math.min(Math.max(1, Math.round(by + (i === steps ? 0 : h.gauss(0, jitter)))), vp.h - 2);
    await h.page.mouse.move(px, py);
    h.x = px; h.y = py;
    await sleep(t0 + (T * i) / steps - Date.now());
  }
}
const minJerk = (t) => 10 * t ** 3 - 15 * t ** 4 + 6 * t ** 5;

// LeftyHuman: a left-handed person with the mouse in the left hand (held-out set 10). The arm
// pivots at the left elbow and wrist, so aimed movements bow to the other side than the first
// model's (always the same side, more strongly), start a little slower, and a long move ends
// with a short correction; presses are with the left hand's index finger (a little longer).
// While reading the hand leaves the mouse for long pauses (no movement at all).
export class LeftyHuman extends Human {
  async moveTo(tx, ty, { durationMs = null, overshoot = true, stepMs = 14 } = {}) {
    const vp = await this.viewport();
    tx = Math.min(Math.max(2, tx), vp.w - 3);
    ty = Math.min(Math.max(2, ty), vp.h - 3);
    const sx = this.x, sy = this.y, dist = Math.hypot(tx - sx, ty - sy);
    if (dist < 1) return;
    const T = durationMs ?? Math.min(1600, 240 + 150 * Math.log2(1 + dist / 18) + this.gauss(0, 50));
    const side = tx >= sx ? 1 : -1; // the mirror of a right hand's arc
    const bow1 = side * this.uniform(0.08, 0.2) * dist, bow2 = side * this.uniform(0.04, 0.12) * dist;
    const under = overshoot && durationMs === null && dist > 220;
    const ex = under ? tx - (tx - sx) * this.uniform(0.03, 0.07) : tx, ey = under ? ty - (ty - sy) * this.uniform(0.03, 0.07) : ty;
    await bezierMove(this, sx, sy, ex, ey, T, bow1, bow2, stepMs, 0.6, minJerk);
    if (under) { await this.pause(80, 180); await bezierMove(this, this.x, this.y, tx, ty, this.uniform(160, 260), 0, 0, stepMs, 0.4, minJerk); }
  }

  async pressRelease(holdMin = 90, holdMax = 170) { return super.pressRelease(holdMin, holdMax); }
  // reading: the hand is off the mouse (nothing moves); sometimes it comes back for a nudge
  async idle(ms) {
    const end = Date.now() + ms;
    for (let g = 0; Date.now() < end && g < 100; g++) {
      await sleep(Math.min(end - Date.now(), this.uniform(2500, 6000)));
      if (Date.now() < end - 600 && this.rand() < 0.3) {
        await this.moveTo(this.x + this.gauss(0, 30), this.y + this.gauss(0, 20), { durationMs: this.uniform(200, 400), overshoot: false });
      }
    }
  }
}

// GamerHuman: a gamer's hand on a light, fast mouse with a 500 Hz report rate (held-out set
// 10): aimed movements are flicks of 70-170 ms whatever the distance (peak speeds of several
// thousand px/s across a wide screen), that land up to ~10 % past the target and snap back
// in 40-90 ms; very short presses; fast typing; quick double-clicks.
export class GamerHuman extends Human {
  async moveTo(tx, ty, { durationMs = null, overshoot = true, stepMs = 2 } = {}) {
    const vp = await this.viewport();
    tx = Math.min(Math.max(2, tx), vp.w - 3);
    ty = Math.min(Math.max(2, ty), vp.h - 3);
    const sx = this.x, sy = this.y, dist = Math.hypot(tx - sx, ty - sy);
    if (dist < 1) return;
    const T = durationMs ?? this.uniform(70, 120) + Math.min(50, dist / 30);
    const over = overshoot && durationMs === null && dist > 150 ? this.uniform(0.03, 0.1) : 0;
    const ex = tx + (tx - sx) * over + this.gauss(0, 2), ey = ty + (ty - sy) * over + this.gauss(0, 2);
    const bow = this.gauss(0, 0.04) * dist;
    await bezierMove(this, sx, sy, ex, ey, T, bow, bow / 2, Math.max(stepMs, 2), 0.3, minJerk);
    if (over > 0) { await this.pause(20, 60); await bezierMove(this, this.x, this.y, tx, ty, this.uniform(40, 90), 0, 0, 2, 0.2, minJerk); }
  }
  async pressRelease(holdMin = 25, holdMax = 55) { return super.pressRelease(holdMin, holdMax); }
  async type(text, { meanMs = 85, sdMs = 30 } = {}) { return super.type(text, { meanMs, sdMs }); }
}

// TrackballHuman: a thumb-operated trackball (held-out set 10). The pointer moves in rolls of
// the ball: a move is 1-4 strokes of at most ~260 px, each a smooth bell of 120-300 ms, with
// the thumb lifted and re-placed between them (40-160 ms without movement) and each stroke a
// little off the line; the buttons are separate from the ball, so a press never moves the
// pointer; resting, the pointer does not move at all. The scroll ring sends 50 px ticks.
export class TrackballHuman extends Human {
  async moveTo(tx, ty, { durationMs = null, overshoot = true, stepMs = 10 } = {}) {
    const vp = await this.viewport();
    tx = Math.min(Math.max(2, tx), vp.w - 3);
    ty = Math.min(Math.max(2, ty), vp.h - 3);
    for (let g = 0; g < 8; g++) {
      const dx = tx - this.x, dy = ty - this.y, dist = Math.hypot(dx, dy);
      if (dist < 1.5) return;
      const last = dist <= 260 || durationMs !== null;
      const k = last ? 1 : Math.min(260, dist * this.uniform(0.4, 0.7)) / dist;
      const ex = this.x + dx * k + (last ? 0 : this.gauss(0, 10)), ey = this.y + dy * k + (last ? 0 : this.gauss(0, 10));
      const T = durationMs ?? this.uniform(120, 300);
      const bow = this.gauss(0, 0.08) * dist * k;
      await bezierMove(this, this.x, this.y, ex, ey, T, bow, bow / 2, stepMs, 0.3, minJerk);
      if (last) return;
      await this.pause(40, 160); // thumb re-placed on the ball
    }
  }
  async wheelFlick(direction, ticks, { tickPx = 50, gapMin = 60, gapMax = 120 } = {}) {
    return super.wheelFlick(direction, ticks * 2, { tickPx, gapMin, gapMax });
  }
  async idle(ms) { await sleep(ms); }
  // spinning the ball around, lost: loops of `r` px, each quarter turn a short roll
  async spin(ms, r) {
    const vp = await this.viewport();
    const cx = Math.min(Math.max(this.x, r + 20), vp.w - r - 20), cy = Math.min(Math.max(this.y, r + 60), vp.h - r - 60);
    const end = Date.now() + ms;
    let a = 0;
    const sign = this.rand() < 0.5 ? -1 : 1;
    for (let g = 0; Date.now() < end && g < 200; g++) {
      a += sign * Math.PI / 3;
      const rr = r * this.uniform(0.75, 1.15);
      await bezierMove(this, this.x, this.y, cx + rr * Math.cos(a), cy + rr * Math.sin(a), this.uniform(45, 80), 0, 0, 8, 0.5, (t) => t);
    }
  }
}

// VoiceHuman: voice control on a phone (held-out set 10; Android's Voice Access style): the
// person says "tap Send money" and the assistant taps the middle of the control, exactly and
// briefly, after the 1.2-2.6 s the phrase takes to say and recognise; no finger travels,
// rolls or slips. "Scroll down" scrolls by about 70 % of the screen, smoothly, with no touch;
// "go back" is the browser's back. Typing is dictation: the whole phrase arrives at once.
export class VoiceHuman extends TabletHuman {
  async utter() { await this.pause(1200, 2600); }
  async tapAt(x, y, { holdMin = 8, holdMax = 20 } = {}) {
    const px = Math.round(x), py = Math.round(y);
    await this.touch('touchStart', [{ x: px, y: py, radiusX: 1, radiusY: 1, force: 1 }]);
    await this.pause(holdMin, holdMax);
    await this.touch('touchEnd', []);
    this.x = px; this.y = py;
  }
  // the middle of an element, after the phrase
  async pointIn(selector) {
    const box = await this.page.locator(selector).first().boundingBox();
    if (!box) throw new Error(`no box for ${selector}`);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
  }
  async say(direction) {
    await this.utter();
    await this.page.evaluate((d) => window.scrollBy({ top: d * innerHeight * 0.7, behavior: 'smooth' }), direction);
    await sleep(700);
  }
  async ensureVisible(selector, { margin = 60 } = {}) {
    for (let guard = 0; guard < 20; guard++) {
      const box = await this.page.locator(selector).first().boundingBox();
      if (!box) throw new Error(`no box for ${selector}`);
      const vp = await this.viewport();
      if (box.y >= margin && box.y + box.height <= vp.h - margin) return;
      if (box.y < margin && vp.y <= 0) return;
      if (box.y >= margin && vp.y + vp.h >= vp.docH - 1) return;
      await this.say(box.y < margin ? -1 : 1);
    }
  }
  async type(text) { await this.utter(); await this.page.keyboard.insertText(text); }
}

// ---- held-out set 15: a new input model -------------------------------------------------
// KeyboardHuman: a keyboard-first power user (held-out set 15). The hands stay on the
// keyboard: controls are reached with Tab / Shift+Tab (held down for a long way: 45-110 ms
// between presses, a short settle when the focus lands) and pressed with Enter or Space (the
// browser's click then has x = y = 0), the player is driven with its shortcuts, fields are
// left with Tab. While reading nothing moves (no hand on the mouse). The mouse is taken only
// now and then, for something the keyboard cannot reach: then quick, direct strokes without
// overshoot (a practised hand), short presses.
export class KeyboardHuman extends Human {
  async moveTo(tx, ty, { durationMs = null, overshoot = false, stepMs = 8 } = {}) {
    const d = Math.hypot(tx - this.x, ty - this.y);
    return super.moveTo(tx, ty, { durationMs: durationMs ?? Math.min(560, 150 + 75 * Math.log2(1 + d / 20) + this.gauss(0, 25)), overshoot, stepMs });
  }
  async pressRelease(holdMin = 40, holdMax = 90) { return super.pressRelease(holdMin, holdMax); }
  async type(text, { meanMs = 95, sdMs = 30 } = {}) { return super.type(text, { meanMs, sdMs }); }
  async idle(ms) { await sleep(ms); }
  async key(k, gapMin = 120, gapMax = 260) { await this.page.keyboard.press(k); await this.pause(gapMin, gapMax); }

  // Tab (or Shift+Tab) until the focus is on `selector`, reading where it is after each press.
  async focusBy(selector) {
    for (let guard = 0; guard < 60; guard++) {
      const st = await this.page.evaluate((sel) => {
        const all = [...document.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])')]
          .filter((e) => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden');
        // a radio group is one stop: its checked radio, else its first
        const stops = all.filter((e) => {
          if (e.type !== 'radio') return true;
          const group = all.filter((o) => o.type === 'radio' && o.name === e.name);
          const checked = group.find((o) => o.checked);
          return checked ? checked === e : group[0] === e;
        });
        const idx = (e) => {
          if (!e) return -1;
          if (e.type === 'radio') return stops.findIndex((o) => o.type === 'radio' && o.name === e.name);
          return stops.indexOf(e);
        };
        const target = document.querySelector(sel);
        return { ok: document.activeElement === target, cur: idx(document.activeElement), tgt: idx(target) };
      }, selector);
      if (st.ok) { await this.pause(120, 260); return; }
      if (st.tgt < 0) throw new Error(`KeyboardHuman.focusBy: ${selector} is not a Tab stop`);
      const back = st.cur >= 0 && st.tgt < st.cur;
      const far = Math.abs(st.tgt - st.cur) > 2;
      await this.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
      await this.pause(far ? 45 : 140, far ? 110 : 320);
    }
    throw new Error(`KeyboardHuman.focusBy: could not reach ${selector}`);
  }
  async activate(selector, key = 'Enter') { await this.focusBy(selector); await this.page.keyboard.press(key); }
}

// ---- held-out set 14: two new input models ------------------------------------------------
// DwellHuman: a head-mouse user with dwell clicking (held-out set 14). A camera follows the
// head (reports every ~33 ms): movements are slow (140-300 px/s) with a low sway of the head
// (0.6-1.3 Hz, 2-7 px across the path) and camera noise of ~1 px, and land short (5-15 %)
// before a slow creep onto the target; the pointer is never quite still (the head drifts 1-3
// px and is pulled back). There is no button: the software clicks when the pointer has dwelt
// within a few px for 0.8-1.2 s (the press is 20-40 ms). Typing is on an on-screen keyboard
// by dwelling on its keys (slow); scrolling is one 100 px step at a time.
export class DwellHuman extends Human {
  async moveTo(tx, ty, { durationMs = null, overshoot = true, stepMs = 33 } = {}) {
    const vp = await this.viewport();
    tx = Math.min(Math.max(2, tx), vp.w - 3);
    ty = Math.min(Math.max(2, ty), vp.h - 3);
    const sx = this.x, sy = this.y, dist = Math.hypot(tx - sx, ty - sy);
    if (dist < 1) return;
    const short = overshoot && durationMs === null && dist > 120 ? this.uniform(0.05, 0.15) : 0;
    const ex = tx - (tx - sx) * short, ey = ty - (ty - sy) * short;
    const T = durationMs ?? Math.min(3200, 1000 * dist / this.uniform(140, 300) + 150);
    const hz = this.uniform(0.6, 1.3), amp = Math.min(7, this.uniform(2, 7) * Math.min(1, dist / 80)), ph = this.uniform(0, 2 * Math.PI);
    const nx = -(ey - sy) / Math.max(1, dist), ny = (ex - sx) / Math.max(1, dist);
    const steps = Math.max(3, Math.min(120, Math.round(T / stepMs)));
    const t0 = Date.now();
    for (let i = 1; i <= steps; i++) {
      const t = i / steps, s = t * t * (3 - 2 * t);
      const sway = i === steps ? 0 : amp * Math.sin(ph + 2 * Math.PI * hz * (T * t) / 1000) * Math.sin(Math.PI * t);
      const px = Math.min(Math.max(1, sx + (ex - sx) * s + nx * sway + (i === steps ? 0 : this.gauss(0, 1))), vp.w - 2);
      const py = Math.min(Math.max(1, sy + (ey - sy) * s + ny * sway + (i === steps ? 0 : this.gauss(0, 1))), vp.h - 2);
      await this.page.mouse.move(px, py);
      this.x = px; this.y = py;
      await sleep(t0 + (T * i) / steps - Date.now());
    }
    if (short > 0) await this.moveTo(tx, ty, { durationMs: 1000 * Math.hypot(tx - this.x, ty - this.y) / this.uniform(40, 80) + 120, overshoot: false, stepMs });
  }

  // the pointer held on a spot: small drifts pulled back to it
  async hold(ms) {
    const ax = this.x, ay = this.y, vp = await this.viewport();
    const end = Date.now() + ms;
    for (let g = 0; Date.now() < end && g < 300; g++) {
      await sleep(Math.min(end - Date.now(), this.uniform(30, 70)));
      if (this.rand() < 0.5) continue;
      const px = Math.min(Math.max(1, this.x + this.gauss(0, 0.9) + (ax - this.x) * 0.4), vp.w - 2);
      const py = Math.min(Math.max(1, this.y + this.gauss(0, 0.9) + (ay - this.y) * 0.4), vp.h - 2);
      await this.page.mouse.move(px, py);
      this.x = px; this.y = py;
    }
  }

  async pressRelease(holdMin = 20, holdMax = 40) {
    await this.hold(this.uniform(800, 1200)); // the dwell
    await this.page.mouse.down();
    await this.pause(holdMin, holdMax);
    await this.page.mouse.up();
  }
  async clickHere() { await this.pressRelease(); }
  async click(selector, opts = {}) { await this.moveToEl(selector, opts); await this.pressRelease(); }

  async idle(ms) {
    const end = Date.now() + ms;
    for (let g = 0; Date.now() < end && g < 100; g++) {
      const left = end - Date.now();
      if (this.rand() < 0.75) { await this.hold(Math.min(left, this.uniform(500, 1500))); continue; }
      await this.moveTo(this.x + this.gauss(0, 14), this.y + this.gauss(0, 10), { durationMs: Math.min(left, this.uniform(300, 700)), overshoot: false });
    }
  }
  async type(text, { meanMs = 420, sdMs = 120 } = {}) { return super.type(text, { meanMs, sdMs }); }
  async wheelFlick(direction, ticks, { tickPx = 100, gapMin = 350, gapMax = 600 } = {}) {
    return super.wheelFlick(direction, ticks, { tickPx, gapMin, gapMax });
  }
}

// DoubleClickHuman: a person with the double-click habit (held-out set 14): the first
// model's hand, but every press of a button or a link is a double-click (two presses 70-200
// ms apart, the second with clickCount 2, the pointer moving 0-2 px between them), as on
// the desktop icons they learnt on. Fields are clicked once (`singlePress`).
export class DoubleClickHuman extends Human {
  async pressRelease(holdMin = 50, holdMax = 95) {
    await this.page.mouse.down({ clickCount: 1 });
    await this.pause(holdMin, holdMax);
    await this.page.mouse.up({ clickCount: 1 });
    await this.pause(70, 200);
    if (this.rand() < 0.4) {
      const px = this.x + this.pick([-1, 0, 1]), py = this.y + this.pick([-1, 0, 1]);
      await this.page.mouse.move(px, py); this.x = px; this.y = py;
    }
    await this.page.mouse.down({ clickCount: 2 });
    await this.pause(holdMin, holdMax);
    await this.page.mouse.up({ clickCount: 2 });
  }
  async singlePress() { return super.pressRelease(); }
}

// ---- held-out set 16: a new input model ------------------------------------------------------
// ArtistHuman: an illustrator with a drawing tablet in absolute mode on a desktop (held-out set
// 16). The pen reports as a pen (pointer events of type "pen", tilt and pressure) about every
// 6 ms while it hovers within range. Pointing is quick and straight (a practised hand: no
// bow, no overshoot; a far target is reached by lifting the pen out of range and setting it
// down over the target, so the pointer jumps there with no reports between, then a short
// settle); a press is a short firm tap of the nib (25-60 ms, 0-1 px slip). Drawing is fast
// and continuous with the nib down: `penStroke` follows a path at the speed the script asks
// (scribbles and hatching at 1000-2500 px/s), pressure rising at the start and easing at the
// end, a little hand tremor; between strokes the pen hovers only briefly. While thinking the
// pen is lifted out of range (no reports at all).
export class ArtistHuman extends Human {
  async pen(type, x, y, extra = {}) {
    await this.cdp.send('Input.dispatchMouseEvent', {
      type, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, pointerType: 'pen',
      tiltX: this.tiltX ?? 28, tiltY: this.tiltY ?? -6, ...extra,
    });
    this.x = Math.round(x); this.y = Math.round(y);
  }

  async placeMouse(x, y) { this.tiltX = Math.round(this.uniform(22, 38)); this.tiltY = Math.round(this.uniform(-12, 4)); await this.pen('mouseMoved', x, y); }

  async moveTo(tx, ty, { durationMs = null, overshoot = true, stepMs = 6 } = {}) {
    const vp = await this.viewport();
    tx = Math.min(Math.max(2, tx), vp.w - 3);
    ty = Math.min(Math.max(2, ty), vp.h - 3);
    const sx = this.x, sy = this.y, dist = Math.hypot(tx - sx, ty - sy);
    if (dist < 1) return;
    if (overshoot && durationMs === null && dist > 320) {
      await this.pause(120, 260); // lifted out of range, set down over the target
      const r = this.uniform(6, 18), a = this.uniform(0, 2 * Math.PI);
      await this.pen('mouseMoved', tx + r * Math.cos(a), ty + r * Math.sin(a));
      await this.pause(30, 90);
      return this.moveTo(tx, ty, { durationMs: this.uniform(80, 150), overshoot: false, stepMs });
    }
    const T = durationMs ?? Math.min(420, 90 + 55 * Math.log2(1 + dist / 16) + this.gauss(0, 12));
    const steps = Math.max(3, Math.min(150, Math.round(T / stepMs)));
    const t0 = Date.now();
    for (let i = 1; i <= steps; i++) {
      const t = i / steps, s = 10 * t ** 3 - 15 * t ** 4 + 6 * t ** 5;
      const j = i === steps ? 0 : 0.4;
      await this.pen('mouseMoved', Math.min(Math.max(1, sx + (tx - sx) * s + this.gauss(0, j)), vp.w - 2), Math.min(Math.max(1, sy + (ty - sy) * s + this.gauss(0, j)), vp.h - 2));
      await sleep(t0 + (T * i) / steps - Date.now());
    }
  }

  async pressRelease(holdMin = 25, holdMax = 60) {
    const x = this.x, y = this.y, force = Math.round(this.uniform(0.4, 0.8) * 100) / 100;
    await this.pen('mousePressed', x, y, { button: 'left', buttons: 1, clickCount: 1, force });
    await this.pause(holdMin, holdMax);
    const sx = x + this.pick([-1, 0, 0, 1]), sy = y + this.pick([-1, 0, 0, 1]);
    await this.pen('mouseReleased', sx, sy, { button: 'left', buttons: 0, clickCount: 1 });
  }
  async click(selector, opts = {}) { await this.moveToEl(selector, opts); await this.pause(40, 120); await this.pressRelease(); }
  async clickHere() { await this.pause(40, 120); await this.pressRelease(); }
  async idle(ms) { await sleep(ms); } // the pen out of range: nothing is reported
  async type(text, { meanMs = 120, sdMs = 40 } = {}) { return super.type(text, { meanMs, sdMs }); }

  // one stroke with the nib down along `pts` ([{x, y}], viewport px) at `pxPerS`
  async penStroke(pts, pxPerS = 1500, stepMs = 8) {
    if (!pts.length) return;
    await this.moveTo(pts[0].x, pts[0].y);
    await this.pause(20, 60);
    let len = 0;
    for (let i = 1; i < pts.length; i++) len += Math.hypot(pts[i].x - pts[i - 1].x, pts[i].y - pts[i - 1].y);
    const T = Math.max(60, (1000 * len) / pxPerS);
    const n = Math.max(2, Math.min(600, Math.round(T / stepMs)));
    const at = (d) => { // the point at distance d along the path
      for (let i = 1; i < pts.length; i++) {
        const seg = Math.hypot(pts[i].x - pts[i - 1].x, pts[i].y - pts[i - 1].y);
        if (d <= seg || i === pts.length - 1) { const f = seg ? Math.min(1, d / seg) : 0; return { x: pts[i - 1].x + (pts[i].x - pts[i - 1].x) * f, y: pts[i - 1].y + (pts[i].y - pts[i - 1].y) * f }; }
        d -= seg;
      }
      return pts[pts.length - 1];
    };
    await this.pen('mousePressed', pts[0].x, pts[0].y, { button: 'left', buttons: 1, clickCount: 1, force: 0.2 });
    const t0 = Date.now();
    for (let i = 1; i <= n; i++) {
      const f = i / n, p = at(len * f);
      const force = Math.round(Math.min(1, 0.25 + 0.6 * Math.sin(Math.PI * Math.min(1, f * 1.3)) + this.gauss(0, 0.03)) * 100) / 100;
      await this.pen('mouseMoved', p.x + this.gauss(0, 0.5), p.y + this.gauss(0, 0.5), { button: 'left', buttons: 1, force: Math.max(0.05, force) });
      await sleep(t0 + (T * i) / n - Date.now());
    }
    const e = pts[pts.length - 1];
    await this.pen('mouseReleased', e.x, e.y, { button: 'left', buttons: 0, clickCount: 1 });
  }
}

// ---- held-out set 17 ------------------------------------------------------------------
// A one-handed phone user reaching with the thumb (ThumbHuman): the phone is held in the
// right hand and every tap is made with its thumb. Taps near the bottom of the screen (the
// thumb's resting arc) are accurate; the higher the target, the further the thumb stretches
// and the flatter it lands: the error grows (about 2 px at the bottom, up to ~8 px at the
// top), the contact is wider, and the tap lands a few px low and to the right (toward the
// palm). `thumbTap` adds the near miss: a target high on the screen is sometimes missed
// once, the tap landing beside it on blank space (only the edge of the thumb touches, 14-20
// px off; the point and a ring around it are checked to hold no control, so the browser's
// touch adjustment cannot snap it onto one), and after a pause in which nothing happened the
// user taps again, on it, more carefully. Scrolls are thumb swipes; between taps nothing moves.
export class ThumbHuman extends TabletHuman {
  async reach(y) {
    const vp = await this.viewport();
    return Math.min(1, Math.max(0, 1 - y / vp.h)); // 0 at the bottom edge, 1 at the top
  }
  // `care` < 1: a deliberate second try (the error and the low-right offset scaled down)
  async tapAt(x, y, { holdMin = 70, holdMax = 140, care = 1 } = {}) {
    const r = await this.reach(y);
    const sd = (1.5 + 6.5 * Math.pow(r, 1.5)) * care;
    const rad = Math.round(this.uniform(12, 15) + 5 * r);
    const px = Math.round(x + 3 * r * care + this.gauss(0, sd)), py = Math.round(y + 4 * r * care + this.gauss(0, sd));
    const c = { radiusX: rad, radiusY: Math.round(rad * 1.2), force: 1 };
    await this.touch('touchStart', [{ x: px, y: py, ...c }]);
    await this.pause(holdMin, holdMax);
    await this.touch('touchEnd', []);
    this.x = px; this.y = py;
  }
  // a point 14-20 px outside the box on one of `sides` (in that order, three draws each)
  // whose ring of radius 13 px holds no control: blank space
  async besidePoint(box, sides) {
    for (const side of sides.flatMap((x) => [x, x, x])) {
      const d = this.uniform(14, 20), f = this.uniform(0.35, 0.65);
      const p = side === 'below' ? { x: box.x + box.width * f, y: box.y + box.height + d }
        : side === 'above' ? { x: box.x + box.width * f, y: box.y - d }
          : side === 'right' ? { x: box.x + box.width + d, y: box.y + box.height * f }
            : { x: box.x - d, y: box.y + box.height * f };
      const blank = await this.page.evaluate(({ x, y }) => {
        const pts = [[x, y]];
        for (let k = 0; k < 8; k++) pts.push([x + 13 * Math.cos(k * Math.PI / 4), y + 13 * Math.sin(k * Math.PI / 4)]);
        return pts.every(([px, py], k) => {
          if (px < 0 || py < 0 || px >= innerWidth || py >= innerHeight) return k > 0; // the ring may leave the screen
          const el = document.elementFromPoint(px, py);
          return !!el && !el.closest('a,button,input,select,textarea,label,[role=button],[role=switch],[role=link],[role=checkbox],[role=tab],[role=option],[onclick],.bar,.kpi,.chip,th,td,.pop');
        });
      }, p);
      if (blank) return p;
    }
    return null;
  }
  // a tap on `selector` with the thumb; `miss`: true forces the near miss (when a blank point
  // beside the target exists on one of `sides`), false never, null: by chance for targets
  // high on the screen
  async thumbTap(selector, { miss = null, sides = ['below', 'right', 'left'] } = {}) {
    await this.ensureVisible(selector, { margin: 160 });
    await this.pause(350, 800);
    const p = await this.pointIn(selector);
    const r = await this.reach(p.y);
    const doMiss = miss === null ? r > 0.55 && this.rand() < 0.35 : miss;
    let missed = null;
    if (doMiss) {
      const q = await this.besidePoint(p.box, sides);
      if (q) {
        const rad = this.int(6, 8);
        const qx = Math.round(q.x), qy = Math.round(q.y);
        await this.touch('touchStart', [{ x: qx, y: qy, radiusX: rad, radiusY: rad, force: 1 }]);
        await this.pause(70, 140);
        await this.touch('touchEnd', []);
        this.x = qx; this.y = qy;
        missed = { x: qx, y: qy };
        await this.pause(700, 1300); // nothing happened: a look, then the thumb stretches again
      }
    }
    await this.tapAt(p.x, p.y, { holdMin: 80, holdMax: 150, care: missed ? 0.5 : 1 });
    return { missed, at: { x: this.x, y: this.y } };
  }
}

// ---- held-out set 18: an older user who double-checks -------------------------------------
// CarefulHuman: an older person on a mouse who is sure before acting. The pointer travels at
// a moderate pace in one movement (no tremor, no overshoot) and comes to rest ON the target,
// then stays there 0.9-2.0 s while they read its label, the hand drifting by 1-2 px at most;
// the press is firm and long (180-320 ms) with no slip. Between actions the hand leaves the
// mouse (no motion at all) while they read slowly. The wheel is turned one notch at a time
// (small 50 px steps, set to one line per notch), 350-900 ms between notches, with a longer
// reading stop every two or three notches. Typing is slow, with a check of the screen after
// each word (0.4-0.9 s). Used calm and frustrated (heldout18).
export class CarefulHuman extends Human {
  async moveTo(tx, ty, { durationMs = null, overshoot = true, stepMs = 16 } = {}) {
    const dist = Math.hypot(tx - this.x, ty - this.y);
    if (dist < 1) return;
    if (durationMs !== null || !overshoot) return super.moveTo(tx, ty, { durationMs, overshoot: false, stepMs });
    const T = Math.min(2000, 1.6 * (180 + 130 * Math.log2(1 + dist / 18)) + this.gauss(0, 60));
    await super.moveTo(tx, ty, { durationMs: T, overshoot: false, stepMs });
    if (dist < 40) return;
    // resting on the target while the label is read: a drift of 1-2 px, slow
    const end = Date.now() + this.uniform(900, 2000);
    for (let g = 0; Date.now() < end && g < 12; g++) {
      await sleep(this.uniform(250, 600));
      if (this.rand() < 0.5) {
        const px = Math.round(tx + this.gauss(0, 0.8)), py = Math.round(ty + this.gauss(0, 0.8));
        await this.page.mouse.move(px, py); this.x = px; this.y = py;
      }
    }
  }

  async click(selector, opts = {}) { await this.moveToEl(selector, opts); await this.pause(200, 400); await this.pressRelease(); }
  async clickHere() { await this.pause(600, 1200); await this.pressRelease(); }
  async pressRelease(holdMin = 180, holdMax = 320) { return super.pressRelease(holdMin, holdMax); }

  async type(text, { meanMs = 280, sdMs = 90 } = {}) {
    for (const ch of text.slice(0, 200)) {
      await this.page.keyboard.type(ch);
      let d = this.gauss(meanMs, sdMs);
      if (ch === ' ' || ch === '@' || ch === '.') d += this.uniform(400, 900); // a look at the screen
      await sleep(Math.max(60, d));
    }
  }

  async wheelFlick(direction, ticks, { tickPx = 50, gapMin = 350, gapMax = 900 } = {}) {
    return super.wheelFlick(direction, ticks, { tickPx, gapMin, gapMax });
  }

  async scrollBy(px, { pauseMin = 1000, pauseMax = 2200 } = {}) {
    const dir = Math.sign(px);
    let left = Math.abs(px);
    for (let guard = 0; left > 25 && guard < 60; guard++) {
      const n = Math.max(1, Math.min(Math.round(left / 50), this.int(2, 3)));
      await this.wheelFlick(dir, n);
      left -= n * 50;
      await this.pause(pauseMin, pauseMax);
    }
  }

  async idle(ms) { await sleep(ms); }
}

// ---- held-out set 19: Mouse Keys ---------------------------------------------------------
// MouseKeysHuman: a person who moves the pointer with the numeric keypad (Mouse Keys, the
// operating system's accessibility feature; held-out set 19). The pointer moves only in the
// 8 compass directions (keys 8 2 4 6 and the diagonals 7 9 1 3), in discrete steps at the
// fixed repeat rate of the setting (one step every 20-50 ms, fixed per person): a key held
// gives one small step at once, then after the repeat delay (180-300 ms) steps that grow
// from 2-3 px to the top speed (14-22 px a step) over about a second. The person lets go of
// the key when the pointer looks close (some early, some a step or two late), stops, looks,
// and then corrects with another series (or single taps of 2-3 px) in another direction, until
// the pointer is on the aimed point. A click is the keypad's "5": pressed and released in
// 80-150 ms, at exactly the pointer's position (no hand on a mouse: no slip). Dragging is
// the lock key ("0" holds the button down) and the release key ("."). There is no wheel: the
// page scrolls with the keyboard (PageDown / PageUp, arrows held at the typematic rate, Space
// when nothing is focused that Space would press). While reading nothing moves. Typing is a
// normal two-handed rhythm. `realMouse = true` hands a movement to an ordinary mouse (the
// base model), for a person who also has one on the desk.
export class MouseKeysHuman extends Human {
  constructor(page, cdp, seed, opts = {}) {
    super(page, cdp, seed, opts);
    this.interval = this.uniform(20, 50); // the repeat rate, fixed per person
    this.delay = this.uniform(180, 300); // the repeat delay before steps follow
    this.base = this.uniform(2, 3); // the first step
    this.top = this.uniform(14, 22); // top speed, px per step
    this.rampMs = this.uniform(800, 1300); // time to top speed
    this.realMouse = false;
  }

  async step(ux, uy, px, vp) {
    const nx = Math.min(Math.max(1, Math.round(this.x + ux * px)), vp.w - 2);
    const ny = Math.min(Math.max(1, Math.round(this.y + uy * px)), vp.h - 2);
    await this.page.mouse.move(nx, ny);
    this.x = nx; this.y = ny;
  }

  // one key held in direction (ux, uy) (each -1, 0 or 1), let go when the remaining distance
  // along the axes it moves looks like a couple of steps (`early` of them, drawn per hold)
  async hold(ux, uy, tx, ty, vp) {
    const early = this.gauss(1.6, 1.1);
    await this.step(ux, uy, this.base, vp);
    await sleep(this.delay);
    const t0 = Date.now();
    let due = Date.now();
    for (let g = 0; g < 400; g++) {
      const held = Date.now() - t0;
      const px = Math.min(this.top, this.base + (this.top - this.base) * (held / this.rampMs));
      const rx = ux ? (tx - this.x) * ux : Infinity, ry = uy ? (ty - this.y) * uy : Infinity;
      const left = Math.min(rx, ry);
      if (left <= px * early) break;
      if (this.x <= 1 || this.y <= 1 || this.x >= vp.w - 2 || this.y >= vp.h - 2) break;
      await this.step(ux, uy, px, vp);
      due += this.interval;
      await sleep(due - Date.now());
    }
  }

  async moveTo(tx, ty, opts = {}) {
    if (this.realMouse) return super.moveTo(tx, ty, opts);
    const vp = await this.viewport();
    tx = Math.min(Math.max(2, tx), vp.w - 3);
    ty = Math.min(Math.max(2, ty), vp.h - 3);
    const tol = 2;
    for (let g = 0; g < 40; g++) {
      const dx = tx - this.x, dy = ty - this.y;
      const ax = Math.abs(dx), ay = Math.abs(dy);
      if (ax <= tol && ay <= tol) return;
      const sx = ax > tol ? Math.sign(dx) : 0, sy = ay > tol ? Math.sign(dy) : 0;
      if (Math.max(ax, ay) <= 12) {
        // close: single taps of the key, one small step each, a look after each
        const ux = ax >= ay ? sx : (ax > tol && ay - ax < 4 ? sx : 0);
        const uy = ay >= ax ? sy : (ay > tol && ax - ay < 4 ? sy : 0);
        await this.step(ux, uy, this.base, vp);
        await this.pause(140, 320);
        continue;
      }
      // far: a diagonal while both axes have a way to go, else the longer axis
      const diag = sx && sy && Math.min(ax, ay) > 24;
      const ux = diag || ax >= ay ? sx : 0, uy = diag || ay > ax ? sy : 0;
      await this.hold(ux, uy, tx, ty, vp);
      await this.pause(180, 450); // stopped: where is it now?
    }
  }

  // the keypad's "5": pressed and released, the pointer where it is
  async pressRelease(holdMin = 80, holdMax = 150) {
    await this.page.mouse.down();
    await this.pause(Math.max(50, holdMin), Math.max(70, holdMax));
    await this.page.mouse.up();
  }
  async click(selector, opts = {}) { await this.moveToEl(selector, opts); await this.pause(200, 450); await this.pressRelease(); }
  async clickHere() { await this.pause(200, 450); await this.pressRelease(); }

  // a drag: "0" locks the button down, the keypad moves the pointer, "." releases it
  async dragTo(tx, ty) {
    await this.page.mouse.down();
    await this.pause(250, 500);
    await this.moveTo(tx, ty);
    await this.pause(200, 400);
    await this.page.mouse.up();
  }

  // no wheel: the keyboard scrolls. Out of a text field first (Tab), then arrows held
  // (about 40 px a press at the typematic rate) or PageDown / PageUp for long ways.
  async keyScroll(px) {
    const inField = await this.page.evaluate(() => { const a = document.activeElement; return !!a && (a.tagName === 'INPUT' || a.tagName === 'TEXTAREA'); });
    if (inField) { await this.page.keyboard.press('Tab'); await this.pause(200, 400); }
    const vh = (await this.viewport()).h;
    let left = Math.abs(px);
    const down = px > 0;
    for (let g = 0; left > 20 && g < 40; g++) {
      if (left >= vh * 0.8) {
        await this.page.keyboard.press(down ? 'PageDown' : 'PageUp');
        left -= vh * 0.875;
        await this.pause(600, 1200);
      } else {
        // an arrow held: one keydown, then the keyboard's repeats (keydown with repeat set)
        // after the typematic delay, ~30 a second; about 40 px each
        const n = Math.max(1, Math.min(25, Math.round(left / 40)));
        const key = down ? 'ArrowDown' : 'ArrowUp';
        await this.page.keyboard.down(key);
        for (let i = 1; i < n; i++) { await sleep(i === 1 ? this.uniform(380, 520) : this.uniform(30, 36)); await this.page.keyboard.down(key); }
        await this.pause(20, 60);
        await this.page.keyboard.up(key);
        left -= n * 40;
        await this.pause(300, 700);
      }
    }
  }
  async wheelFlick(direction, ticks) { return this.keyScroll(direction * ticks * 100); }
  async scrollBy(px) { return this.keyScroll(px); }
  async idle(ms) { await sleep(ms); }
}

// ---- held-out set 20: a person pointing with the eyes ----------------------------------
// GazeHuman: an eye tracker as the pointer (a Tobii-style tracker under the screen, ~40 Hz
// of smoothed gaze reaching the pointer) with dwell clicks and a hand switch. The pointer
// jumps in fast, nearly straight saccades (30-80 ms, a few samples, landing 2-6 px off the
// aimed point, a small corrective saccade after long ones) between fixations; during a
// fixation it never rests: the gaze wanders around the fixated point with a continuous
// drift of a few Hz (two slow sines) plus noise, 5-15 px across. A click is made where the
// gaze is, without a hand on a mouse: either by dwelling 0.8-1.2 s on the target (the
// software clicks at the fixation's centre, a few px off the aimed point) or, when `useSwitch`
// is set, by a hand switch pressed 150-400 ms into the fixation; the press itself is short
// (30-60 ms) and never slips. Reading is a run of fixations (180-450 ms) joined by short
// saccades along a line and a return sweep. Scrolling is in fixed 100 px steps (the
// on-screen scroll buttons or a switch-driven wheel), 450-900 ms apart. Typing is on an
// on-screen keyboard by dwelling on its keys (0.9-1.6 s a letter; the keyboard is outside
// the page, so no pointer moves reach it). `moveTo(..., { hand: true })` is a real mouse
// movement (the first model's), for when the person takes the mouse beside the tracker.
export class GazeHuman extends Human {
  constructor(page, cdp, seed, opts = {}) {
    super(page, cdp, seed, opts);
    this.useSwitch = false;
    this.ax = 0; this.ay = 0; // the fixated point
  }
  async placeMouse(x, y) { await super.placeMouse(x, y); this.ax = x; this.ay = y; }
  // the pointer is where the eyes are: a wait of more than ~0.1 s is a fixation, not stillness
  async pause(minMs, maxMs = minMs) {
    const ms = this.uniform(minMs, maxMs);
    if (ms >= 100 && (this.ax || this.ay)) await this.fixate(ms); else await sleep(ms);
  }
  async moveTo(tx, ty, opts = {}) {
    if (opts.hand) return super.moveTo(tx, ty, opts);
    const vp = await this.viewport();
    tx = Math.min(Math.max(2, tx), vp.w - 3);
    ty = Math.min(Math.max(2, ty), vp.h - 3);
    const sx = this.x, sy = this.y, dist = Math.hypot(tx - sx, ty - sy);
    if (dist < 1) return;
    const err = Math.min(6, 2 + dist / 300);
    const ex = tx + this.gauss(0, err / 2), ey = ty + this.gauss(0, err / 2);
    const T = opts.durationMs ?? Math.min(80, 30 + dist / 25 + this.gauss(0, 4));
    const steps = Math.max(2, Math.min(6, Math.round(T / 14)));
    const t0 = Date.now();
    for (let i = 1; i <= steps; i++) {
      const t = i / steps, s = t * t * (3 - 2 * t);
      const px = Math.min(Math.max(1, sx + (ex - sx) * s + (i === steps ? 0 : this.gauss(0, 1.5))), vp.w - 2);
      const py = Math.min(Math.max(1, sy + (ey - sy) * s + (i === steps ? 0 : this.gauss(0, 1.5))), vp.h - 2);
      await this.page.mouse.move(px, py);
      this.x = px; this.y = py;
      await sleep(t0 + (T * i) / steps - Date.now());
    }
    this.ax = tx; this.ay = ty;
    if (dist > 400 && opts.overshoot !== false) { // a corrective saccade after a long one
      await this.fixate(this.uniform(120, 220));
      await this.moveTo(tx + this.gauss(0, 1.5), ty + this.gauss(0, 1.5), { overshoot: false, durationMs: this.uniform(25, 35) });
      this.ax = tx; this.ay = ty;
    }
  }
  // a fixation on (ax, ay): the gaze wanders 5-15 px across, a drift of a few Hz plus noise
  async fixate(ms) {
    const vp = await this.viewport();
    const A = this.uniform(5, 15) / 2;
    const f1 = this.uniform(1.5, 3.5), f2 = this.uniform(2.5, 5), p1 = this.uniform(0, 6.3), p2 = this.uniform(0, 6.3);
    const t0 = Date.now(), end = t0 + ms;
    for (let g = 0; Date.now() < end && g < 600; g++) {
      await sleep(Math.min(end - Date.now(), this.uniform(20, 30)));
      const t = (Date.now() - t0) / 1000;
      const dx = A * 0.55 * Math.sin(2 * Math.PI * f1 * t + p1) + this.gauss(0, A * 0.25);
      const dy = A * 0.45 * Math.sin(2 * Math.PI * f2 * t + p2) + this.gauss(0, A * 0.25);
      const px = Math.min(Math.max(1, this.ax + dx), vp.w - 2), py = Math.min(Math.max(1, this.ay + dy), vp.h - 2);
      await this.page.mouse.move(px, py);
      this.x = px; this.y = py;
    }
  }
  async pressRelease(holdMin = 30, holdMax = 60) {
    await this.fixate(this.useSwitch ? this.uniform(150, 400) : this.uniform(800, 1200));
    // the click lands at the fixation's centre, a few px off the aimed point
    const px = Math.round(this.ax + this.gauss(0, 2)), py = Math.round(this.ay + this.gauss(0, 2));
    await this.page.mouse.move(px, py); this.x = px; this.y = py;
    await this.page.mouse.down();
    await this.pause(holdMin, holdMax);
    await this.page.mouse.up();
  }
  async clickHere() { await this.pressRelease(); }
  async click(selector, opts = {}) { await this.moveToEl(selector, opts); await this.pressRelease(); }
  // reading: fixations joined by short saccades along a line, then a return sweep
  async idle(ms) {
    const end = Date.now() + ms;
    const vp = await this.viewport();
    let lineX = this.ax || this.x, lineY = this.ay || this.y;
    for (let g = 0; Date.now() < end && g < 300; g++) {
      const left = end - Date.now();
      await this.fixate(Math.min(left, this.uniform(180, 450)));
      if (Date.now() >= end) break;
      let nx, ny;
      if (this.ax - lineX > this.uniform(160, 320) || this.rand() < 0.1) { nx = lineX + this.gauss(0, 10); ny = this.ay + this.uniform(14, 26); lineY = ny; }
      else { nx = this.ax + this.uniform(30, 90); ny = lineY + this.gauss(0, 3); }
      nx = Math.min(Math.max(20, nx), vp.w - 20); ny = Math.min(Math.max(20, ny), vp.h - 20);
      await this.moveTo(nx, ny, { overshoot: false });
    }
  }
  async type(text, { meanMs = 1200, sdMs = 250 } = {}) {
    for (const ch of text.slice(0, 200)) {
      await this.page.keyboard.type(ch);
      await sleep(Math.max(700, this.gauss(meanMs, sdMs)));
    }
  }
  async wheelFlick(direction, ticks, { tickPx = 100, gapMin = 450, gapMax = 900 } = {}) {
    for (let i = 0; i < ticks && i < 30; i++) {
      await this.page.mouse.wheel(0, direction * tickPx);
      await this.fixate(this.uniform(gapMin, gapMax));
    }
  }
  async scrollBy(px, { pauseMin = 600, pauseMax = 1400 } = {}) {
    const dir = Math.sign(px);
    let left = Math.abs(px);
    for (let guard = 0; left > 40 && guard < 40; guard++) {
      const n = Math.max(1, Math.min(Math.round(left / 100), this.int(2, 4)));
      await this.wheelFlick(dir, n);
      left -= n * 100;
      await this.fixate(this.uniform(pauseMin, pauseMax));
    }
  }
}

// ---- held-out set 21 (added for gen/sessions-heldout21.mjs; nothing above changed) --------
// PalmHuman: a laptop trackpad with tap-to-click, used by someone whose palm rests on the
// pad's edge while typing or reading. Pointer strokes are the trackpad's (TrackpadHuman:
// nearly straight finger strokes of 200-320 px, the finger lifted and put back between
// them; two-finger scrolling with inertia). Deliberate taps are light: 40-90 ms. The palm
// makes two kinds of noise: (1) small pointer JUMPS, 20-80 px in one sample with no path
// between (the pad reads the palm's contact as the finger for one frame), now and then while
// typing (about one in 25 letters) and while resting (`idle`); (2) ACCIDENTAL TAPS
// (`palmTap`): a jump and, 30-90 ms later, a click right where the pointer landed, with no
// aim and no settle before it; the script places 1-3 of them per session. The pad only
// registers a palm tap where the page is plain (text, blank page, a heading): when the
// landed-on element is interactive (a link, button, input, label, a seat, anything with
// cursor: pointer or not-allowed) the palm makes only the jump. That is the generator's
// guarantee that accidental taps are the calm, unaimed clicks they are meant to be, not
// dead or answered clicks. `tapDrag` is a double-tap-to-drag: a light tap, then within
// 120-220 ms the finger comes down again and moves with the button held, and lifts.
export class PalmHuman extends TrackpadHuman {
  constructor(page, cdp, seed, opts = {}) {
    super(page, cdp, seed, opts);
    this.palmTaps = [];
  }
  async pressRelease(holdMin = 40, holdMax = 90) {
    await this.page.mouse.down();
    await this.pause(holdMin, holdMax);
    await this.page.mouse.up();
  }
  // one palm jump: 20-80 px in one sample, kept on screen
  async palmJump() {
    const vp = await this.viewport();
    const d = this.uniform(20, 80), a = this.uniform(0, 2 * Math.PI);
    const x = Math.round(Math.min(vp.w - 10, Math.max(10, this.x + d * Math.cos(a))));
    const y = Math.round(Math.min(vp.h - 10, Math.max(10, this.y + d * Math.sin(a))));
    await this.page.mouse.move(x, y);
    this.x = x; this.y = y;
  }
  // an accidental palm tap where a jump lands, when the page there is plain (the palm
  // shifts on the pad: up to 3 jumps, 30-90 ms apart; none registered on a control)
  async palmTap() {
    let plain = false;
    for (let k = 0; k < 3 && !plain; k++) {
      await this.palmJump();
      await sleep(this.uniform(30, 90));
      plain = await this.page.evaluate(([x, y]) => {
        const el = document.elementFromPoint(x, y);
        if (!el) return false;
        const c = getComputedStyle(el).cursor;
        if (el.closest('a, button, input, label, select, textarea, .seat, [role], [title], [onclick]')) return false;
        return c !== 'pointer' && c !== 'not-allowed' && c !== 'grab';
      }, [this.x, this.y]);
    }
    if (!plain) return false;
    this.palmTaps.push({ t: Date.now(), x: this.x, y: this.y });
    await this.page.mouse.down();
    await sleep(this.uniform(25, 60));
    await this.page.mouse.up();
    return true;
  }
  async type(text, { meanMs = 140, sdMs = 50 } = {}) {
    for (const ch of text.slice(0, 200)) {
      await this.page.keyboard.type(ch);
      let d = this.gauss(meanMs, sdMs);
      if (ch === ' ' || ch === '@' || ch === '.') d += this.uniform(40, 160);
      if (this.rand() < 0.04) await this.palmJump();
      await sleep(Math.max(35, d));
    }
  }
  async idle(ms) {
    const end = Date.now() + ms;
    for (let guard = 0; Date.now() < end && guard < 200; guard++) {
      const left = end - Date.now();
      const r = this.rand();
      if (r < 0.12) { await this.palmJump(); await sleep(Math.min(end - Date.now(), this.uniform(400, 1200))); continue; }
      if (r < 0.8) { await sleep(Math.min(left, this.uniform(600, 1800))); continue; }
      const vp = await this.viewport();
      const tx = Math.min(vp.w - 10, Math.max(10, this.x + this.gauss(0, 40)));
      const ty = Math.min(vp.h - 10, Math.max(10, this.y + this.gauss(0, 25)));
      await this.stroke(tx, ty, Math.min(left, this.uniform(150, 260)), 16, vp);
    }
  }
  // double-tap-to-drag from (x0, y0) to (x1, y1)
  async tapDrag(x0, y0, x1, y1) {
    await this.moveTo(x0, y0); await this.pause(150, 300);
    await this.pressRelease();
    await this.pause(120, 220);
    await this.page.mouse.down();
    await this.pause(60, 140);
    const vp = await this.viewport();
    await this.stroke(x1, y1, this.uniform(350, 700), 16, vp);
    await this.pause(100, 250);
    await this.page.mouse.up();
  }
}
