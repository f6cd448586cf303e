// Held-out set 2 (replay issue 15, second round): a site no detector was tuned on (a
// checkout form with validation, gen/site/checkout.*) and a third human model (TremorHuman
// in gen/human.mjs: slower, less precise, a 6-9 Hz hand tremor also while resting, long
// dwell before presses, slipping presses, slow typing, small wheel ticks). Every recording
// is in part `heldout2`: this set was written and committed before any detector ran on
// it, and is kept out of every tuning decision (replay's docs/signals.md).

const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

// Repeated presses around one spot; each within `spread` px of the first.
async function burst(s, n, gapMin, gapMax, sigma, spread) {
  const { h, page } = s;
  const base = { x: h.x, y: h.y };
  for (let i = 0; i < n && i < 12; i++) {
    if (i > 0) {
      let dx = h.gauss(0, sigma), dy = h.gauss(0, sigma);
      const d = Math.hypot(dx, dy);
      if (d > spread) { dx *= spread / d; dy *= spread / d; }
      const nx = Math.round(base.x + dx), ny = Math.round(base.y + dy);
      await page.mouse.move(nx, ny, { steps: 3 });
      h.x = nx; h.y = ny;
    }
    await h.pressRelease(70, 140);
    await h.pause(gapMin, gapMax);
  }
}

// Frustrated side-to-side shake of this hand: slower and less regular than a young hand's.
async function shake(s, ms, amp, halfMin, halfMax) {
  const { h } = s;
  const vp = await h.viewport();
  const cx = Math.min(Math.max(h.x, amp + 20), vp.w - amp - 20);
  const cy = Math.min(Math.max(h.y, 60), vp.h - 60);
  let dir = h.rand() < 0.5 ? -1 : 1;
  const end = Date.now() + ms;
  for (let guard = 0; Date.now() < end && guard < 40; guard++) {
    await h.moveTo(cx + dir * amp * h.uniform(0.6, 1.0), cy + h.gauss(0, 10), { durationMs: h.uniform(halfMin, halfMax), aimed: false, stepMs: 25 });
    dir = -dir;
  }
}

async function fill(s, selector, text) {
  const { h } = s;
  await h.ensureVisible(selector);
  await h.click(selector);
  await h.pause(300, 600);
  await h.type(text);
  await h.pause(400, 900);
}

async function wordIn(s, selector) {
  return s.page.evaluate((sel) => {
    const p = document.querySelector(sel);
    const n = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode();
    const m = /\b[a-z]{7,}\b/.exec(n.data.slice(20));
    const i = m.index + 20;
    const r = document.createRange();
    r.setStart(n, i); r.setEnd(n, i + m[0].length);
    const b = r.getBoundingClientRect();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  }, selector);
}

async function quickBack(s) {
  const { h, page } = s;
  await h.ensureVisible('#returns-link');
  await h.moveToEl('#returns-link');
  await h.shakeInPlace(h.uniform(300, 600));
  await s.episode('quick_back', async () => {
    await h.pressRelease();
    await page.waitForURL(/returns\.html/);
    await page.waitForLoadState('load');
    await sleep(h.uniform(1000, 1600));
    await page.evaluate(() => history.back());
    await page.waitForURL(/checkout\.html/);
    await page.waitForLoadState('load');
  }, { target: '#returns-link', how: 'history.back()' });
}

const base = (name, v, describe) => ({
  name, part: 'heldout2', page: 'checkout.html', device: 'desktop', human: 'tremor',
  viewport: v.viewport, seed: v.seed, recordOptions: { __consolePlugin: true, ...(v.recordOptions || {}) },
  expectSources: [1, 2, 5], describe,
});

// A. Details form: postcode re-entry, dead "?" icon, slow gift card, shake, payment error, quick back.
function checkoutA(v) {
  return {
    ...base('h2-checkout-tremor-a', v, 'Tremor user on the checkout: `form_reentry` on the postcode (3 digits, rejected on blur, cleared, retyped); `dead_click` on the postcode "?" icon (cursor: pointer, no handler); `slow_click` on the gift-card "Apply" (answer after 3.5 s, nothing meanwhile); `erratic_cursor`: a shake of ~70 px in place; `error_click` on "Pay now" (console.error + alert); `quick_back` through "delivery & returns" (page load), back after ~1.3 s.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(250, 400));
      await s.idle(2500);
      await fill(s, '#co-name', 'Ingrid Haugen');
      await fill(s, '#co-email', 'ingrid.haugen@posteo.no');
      await fill(s, '#co-street', 'Storgata 4');
      await h.click('#co-postcode');
      await h.pause(300, 600);
      await s.episode('form_reentry', async () => {
        await h.type('231');
        await h.pause(300, 600);
        await page.keyboard.press('Tab');
        await page.waitForSelector('#co-postcode-error:not([hidden])', { state: 'attached' });
        await s.idle(2000);
        await h.click('#co-postcode');
        await h.pause(300, 500);
        await page.keyboard.press('Control+A');
        await h.pause(200, 300);
        await page.keyboard.press('Backspace');
        await h.pause(600, 1000);
        await h.type('2317');
        await h.pause(300, 500);
        await page.keyboard.press('Tab');
      }, { target: '#co-postcode' });
      await h.pause(300, 500);
      await h.type('Hamar');
      await s.idle(1500);
      await h.moveToEl('#postcode-info');
      await h.shakeInPlace(h.uniform(400, 700));
      await s.episode('dead_click', async () => { await h.pressRelease(); }, { target: '#postcode-info' });
      await s.idle(3500);
      await fill(s, '#co-coupon', 'GAVE2041');
      await h.moveToEl('#coupon-btn');
      await h.shakeInPlace(h.uniform(300, 600));
      await s.episode('slow_click', async () => { await h.pressRelease(); }, { target: '#coupon-btn' });
      await h.idle(4500);
      await s.idle(1500);
      await h.moveTo(h.x - h.uniform(100, 250), h.y + h.uniform(-60, 60));
      await h.pause(300, 500);
      await s.episode('erratic_cursor', async () => { await shake(s, v.shakeMs, v.shakeAmp, 200, 270); });
      await s.idle(3000);
      await fill(s, '#co-card', '4925 0000 1234 5678');
      await h.moveToEl('#pay-btn');
      await h.shakeInPlace(h.uniform(300, 600));
      await s.episode('error_click', async () => { await h.pressRelease(); await sleep(300); }, { target: '#pay-btn' });
      await s.idle(3500);
      await quickBack(s);
      await s.idle(3000);
      await h.wander(1);
    },
  };
}

// B. Rage on the promo cross, wheel scroll thrash in the terms, rage on "Place order", a wide shake.
function checkoutB(v) {
  return {
    ...base('h2-checkout-tremor-b', v, 'Tremor user: `rage_click`: 5 quick clicks on the promo banner\'s close cross (cursor: pointer, no handler); fills name and email; reads the terms with small wheel ticks; `scroll_thrash`: alternating wheel flicks in the terms; back up; `rage_click`: 4 slow clicks ~0.6 s apart, up to 16 px apart, on the broken "Place order"; `erratic_cursor`: a wide (~130 px) slower shake.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(700, 1100), h.int(300, 500));
      await s.idle(2500);
      await h.moveToEl('#promo-close', { pad: 0.35 });
      await h.shakeInPlace(h.uniform(300, 500));
      await s.episode('rage_click', async () => { await burst(s, 5, 130, 240, 3, 8); }, { target: '#promo-close' });
      await s.idle(3500);
      await fill(s, '#co-name', 'Per Olav Lien');
      await fill(s, '#co-email', 'perolav@lien.no');
      await h.scrollBy(900);
      await s.idle(3000);
      await h.scrollBy(300);
      await s.idle(2500);
      await s.episode('scroll_thrash', async () => {
        let dir = 1;
        for (let i = 0; i < v.thrashFlicks; i++) {
          await h.wheelFlick(dir, h.int(2, 3), { tickPx: 60, gapMin: 30, gapMax: 60 });
          await h.pause(80, 180);
          dir = -dir;
        }
      }, { how: 'alternating mouse-wheel flicks (60 px ticks)' });
      await s.idle(3000);
      await h.ensureVisible('#place-btn');
      await s.idle(1500);
      await h.moveToEl('#place-btn');
      await h.shakeInPlace(h.uniform(300, 500));
      await s.episode('rage_click', async () => { await burst(s, 4, 500, 750, 7, 16); }, { target: '#place-btn' });
      await s.idle(3500);
      await h.moveTo(h.x + h.uniform(-200, 0), h.y - h.uniform(80, 160));
      await h.pause(300, 500);
      await s.episode('erratic_cursor', async () => { await shake(s, v.shakeMs, v.shakeAmp, 260, 340); });
      await s.idle(3500);
      await h.wander(1);
    },
  };
}

// C. Dead promo cross (once), email re-entry, slow gift card by Enter, pay error, small shake.
function checkoutC(v) {
  return {
    ...base('h2-checkout-tremor-c', v, 'Tremor user, mouse and keyboard (recorder option maskAllInputs): `dead_click` on the promo close cross (once, then gives up); `form_reentry` on the email (rejected on blur, cleared, retyped); `slow_click` by Enter on the gift-card "Apply" (keyboard click at x=0, y=0; answer after 3.5 s); `error_click` on "Pay now"; `erratic_cursor`: a small (~50 px) shake in place.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(400, 700), h.int(250, 400));
      await s.idle(2500);
      await h.moveToEl('#promo-close', { pad: 0.35 });
      await h.shakeInPlace(h.uniform(300, 500));
      await s.episode('dead_click', async () => { await h.pressRelease(); }, { target: '#promo-close' });
      await s.idle(3500);
      await fill(s, '#co-name', 'Kari Nordby');
      await h.click('#co-email');
      await h.pause(300, 600);
      await s.episode('form_reentry', async () => {
        await h.type('kari.nordby@gmail');
        await h.pause(300, 600);
        await page.keyboard.press('Tab');
        await page.waitForSelector('#co-email-error:not([hidden])', { state: 'attached' });
        await s.idle(2000);
        await h.click('#co-email');
        await h.pause(300, 500);
        await page.keyboard.press('Control+A');
        await h.pause(200, 300);
        await page.keyboard.press('Backspace');
        await h.pause(600, 1000);
        await h.type('kari.nordby@gmail.com');
        await h.pause(300, 500);
        await page.keyboard.press('Tab');
      }, { target: '#co-email' });
      await h.pause(300, 500);
      await h.type('Kirkegata 9');
      await s.idle(1500);
      await fill(s, '#co-coupon', 'VINTER25');
      await page.keyboard.press('Tab');
      await h.pause(400, 800);
      await s.episode('slow_click', async () => { await h.keyEnter(); }, { target: '#coupon-btn' });
      await s.idle(5000);
      await h.moveTo(h.x + h.uniform(-150, 150), h.y + h.uniform(-60, 60));
      await h.pause(300, 500);
      await s.episode('erratic_cursor', async () => { await shake(s, v.shakeMs, v.shakeAmp, 170, 230); });
      await s.idle(3000);
      await fill(s, '#co-card', '5168 4400 0000 1122');
      await h.moveToEl('#pay-btn');
      await h.shakeInPlace(h.uniform(300, 600));
      await s.episode('error_click', async () => { await h.pressRelease(); await sleep(300); }, { target: '#pay-btn' });
      await s.idle(3500);
      await h.wander(1);
      await s.idle(1500);
    },
  };
}

// Calm 1: careful checkout, working steppers clicked quickly, reading clicks, long resting tremor.
function calmCareful(v) {
  return {
    ...base('h2-calm-checkout-careful', v, 'Calm tremor user completes the details: a typo in the name fixed with two backspaces, "Check address" (answers in 1.2 s, "Checking..." at once), both checkboxes, reading clicks on the lead text and the summary note, the working "+" stepper clicked three times quickly and "-" once, the hand resting on the mouse with its tremor for ~9 s, "Continue to payment" and "Save for later" (both answer at once).'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(250, 400));
      await s.idle(2500);
      await h.moveToEl('#lead');
      await h.clickHere(); // reading click on the lead text
      await s.idle(2000);
      await h.click('#co-name');
      await h.pause(300, 600);
      await h.type('Solveig Brennx');
      await h.pause(500, 800);
      await h.backspace(2, { meanMs: 250 });
      await h.type('d');
      await h.pause(400, 800);
      await fill(s, '#co-email', 'solveig@brenn.no');
      await fill(s, '#co-street', 'Fjordveien 21');
      await fill(s, '#co-postcode', '6800');
      await page.keyboard.press('Tab');
      await h.type('Forde');
      await s.idle(1500);
      await h.click('#check-address');
      await s.idle(3000);
      await h.click('#co-news');
      await s.idle(1000);
      await h.click('#co-gift');
      await s.idle(2000);
      await h.moveToEl('#q2-plus');
      await h.shakeInPlace(h.uniform(300, 500));
      for (let i = 0; i < 3; i++) { await h.pressRelease(80, 140); await h.pause(280, 450); }
      await s.idle(1500);
      await h.click('#q2-minus');
      await s.idle(2000);
      await h.moveToEl('#summary-note');
      await h.clickHere();
      await h.shakeInPlace(v.restMs);
      await fill(s, '#co-card', '4925 0000 8765 4321');
      await h.click('#continue-btn');
      await s.idle(3000);
      await h.click('#save-btn');
      await s.idle(2500);
      await h.wander(1);
    },
  };
}

// Calm 2: reading the terms with the wheel (and a scroll back to re-read), selections,
// a slow visit to the returns page, an accidental double press on a working stepper.
function calmReader(v) {
  return {
    ...base('h2-calm-checkout-reader', v, 'Calm tremor user reads the terms with small wheel ticks, scrolls back up once to re-read and down again, double-clicks a word, drag-selects a line, clicks the margin to clear it, visits "delivery & returns" slowly (~9 s) and comes back with history.back(), then an accidental double press on the working "+" stepper (two clicks ~0.2 s apart, both answered), a long pause.'),
    expectSources: [1, 2, 3],
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(250, 400));
      await s.idle(2500);
      await h.scrollBy(700, { pauseMin: 1200, pauseMax: 2200 });
      await s.idle(2500);
      await h.scrollBy(500, { pauseMin: 1200, pauseMax: 2200 });
      await s.idle(3000);
      await h.scrollBy(-250);
      await s.idle(3500);
      await h.scrollBy(300);
      await s.idle(2500);
      await h.ensureVisible('#t3');
      const w = await wordIn(s, '#t3');
      await h.moveTo(w.x, w.y);
      await h.shakeInPlace(400);
      await h.doubleClick();
      await s.idle(2500);
      await h.ensureVisible('#t2');
      await h.dragSelect('#t2');
      await s.idle(2000);
      const box = await page.locator('#t2').boundingBox();
      const vp = await h.viewport();
      await h.moveTo(Math.min(vp.w - 30, box.x + box.width + h.uniform(40, 120)), box.y + box.height / 2);
      await h.clickHere(); // clear the selection on the margin
      await s.idle(2000);
      await h.ensureVisible('#returns-link');
      await h.click('#returns-link');
      await page.waitForURL(/returns\.html/);
      await page.waitForLoadState('load');
      await s.idle(9000);
      await page.evaluate(() => history.back());
      await page.waitForURL(/checkout\.html/);
      await page.waitForLoadState('load');
      await s.idle(2500);
      await h.ensureVisible('#q1-plus');
      await h.moveToEl('#q1-plus');
      await h.shakeInPlace(400);
      await h.pressRelease(70, 110);
      await h.pause(120, 200);
      await h.pressRelease(70, 110);
      await s.idle(2500);
      await h.longPause(v.pauseMs);
      await h.wander(1);
    },
  };
}

// Calm 3: keyboard and tremor: Enter on working controls (clicks at 0,0), long resting tremor.
function calmKeyboard(v) {
  return {
    ...base('h2-calm-checkout-keyboard', v, 'Calm tremor user who prefers the keyboard (recorder option maskAllInputs): Tab between fields while typing, Enter on "Check address", Space on the newsletter checkbox, Enter three times quickly on the working "+" stepper, the hand resting on the mouse with its tremor for ~12 s, Enter on "Continue to payment", a glance across the page.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(250, 400));
      await s.idle(2000);
      await h.click('#co-name');
      await h.pause(300, 600);
      await h.type('Even Dahl');
      for (const t of ['even.dahl@online.no', 'Bryggen 3', '5003', 'Bergen']) {
        await page.keyboard.press('Tab');
        await h.pause(300, 600);
        await h.type(t);
      }
      await h.pause(500, 900);
      await h.keyActivate('#check-address', { tabs: 1 });
      await s.idle(2500);
      await page.focus('#co-news');
      await h.pause(300, 600);
      await page.keyboard.press('Space');
      await s.idle(1500);
      await page.focus('#q3-plus');
      await h.pause(400, 700);
      for (let i = 0; i < 3; i++) { await h.keyEnter(); await h.pause(250, 400); }
      await s.idle(1500);
      await h.shakeInPlace(v.restMs);
      await page.focus('#co-card');
      await h.type('4925 1111 2222 3333');
      await h.pause(400, 700);
      await h.keyActivate('#continue-btn', { tabs: 1 });
      await s.idle(3000);
      await h.wander(2);
    },
  };
}

export const HELDOUT2_SESSIONS = [
  calmCareful({ seed: 7404, viewport: { width: 1440, height: 900 }, restMs: 9000 }),
  calmReader({ seed: 7505, viewport: { width: 1280, height: 720 }, pauseMs: 8000 }),
  calmKeyboard({ seed: 7606, viewport: { width: 1366, height: 768 }, restMs: 12000, recordOptions: { maskAllInputs: true } }),
  checkoutA({ seed: 7101, viewport: { width: 1536, height: 864 }, shakeMs: 2200, shakeAmp: 70 }),
  checkoutB({ seed: 7202, viewport: { width: 1920, height: 1080 }, shakeMs: 2800, shakeAmp: 130, thrashFlicks: 8 }),
  checkoutC({ seed: 7303, viewport: { width: 1280, height: 720 }, shakeMs: 2000, shakeAmp: 50, recordOptions: { maskAllInputs: true } }),
];
