// The wider corpus (replay issue 15): other sites (a booking app with client-side routing,
// a long news article, a phone product page with a carousel), a second human model
// (trackpad scrolling with inertia, keyboard navigation with Enter, drag and double-click
// selection, long pauses, touch flicks) and calm sessions full of traps.
//
// Every scenario is made twice: a TUNING recording and a HELD-OUT recording (other seed,
// other screen, slightly different numbers). The split is fixed here, before any detector
// was tuned, and written to truth-sessions.csv (column `part`); replay's docs/signals.md ("Evaluation on sites ...")
// repeats it. Held-out figures are only looked at after tuning is frozen.

const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const ANDROID_UA = (model) =>
  `Mozilla/5.0 (Linux; Android 14; ${model}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36`;

// ---------------------------------------------------------------- helpers
// Scroll until the element is on screen, with trackpad swipes.
async function tpVisible(s, selector, margin = 80) {
  const { h } = s;
  for (let guard = 0; guard < 40; guard++) {
    const box = await s.page.locator(selector).first().boundingBox();
    if (!box) throw new Error(`no box for ${selector}`);
    const vp = await h.viewport();
    if (box.y >= margin && box.y + box.height <= vp.h - margin) return;
    if (box.y < margin && box.y + box.height > vp.h - margin) return;
    const need = box.y < margin ? box.y - vp.h * 0.3 : box.y + box.height - vp.h * 0.6;
    await h.trackpadScroll(Math.sign(need) * Math.min(Math.abs(need) + 20, h.uniform(350, 650)));
    await h.pause(350, 800);
  }
}

// Repeated presses around one spot; each press within `spread` px of the first.
async function spreadBurst(s, n, gapMin, gapMax, sigma, spread) {
  const { h, page } = s;
  const base = { x: h.x, y: h.y };
  for (let i = 0; i < n && i < 12; i++) {
    if (i > 0) {
      let dx = h.gauss(0, sigma), dy = h.gauss(0, sigma);
      const d = Math.hypot(dx, dy);
      if (d > spread) { dx *= spread / d; dy *= spread / d; }
      const nx = Math.round(base.x + dx), ny = Math.round(base.y + dy);
      if (!s.mobile) { await page.mouse.move(nx, ny, { steps: 3 }); h.x = nx; h.y = ny; }
      if (s.mobile) await h.tapAt(nx, ny, { holdMin: 50, holdMax: 100 });
      else await h.pressRelease(50, 100);
    } else if (s.mobile) await h.tapAt(base.x, base.y, { holdMin: 50, holdMax: 100 });
    else await h.pressRelease(50, 100);
    await h.pause(gapMin, gapMax);
  }
}

// Small fast side-to-side jiggle of the mouse.
async function jiggle(s, ms, amp, halfMin, halfMax) {
  const { h } = s;
  const vp = await h.viewport();
  const cx = Math.min(Math.max(h.x, amp + 20), vp.w - amp - 20);
  const cy = Math.min(Math.max(h.y, 40), vp.h - 40);
  let dir = h.rand() < 0.5 ? -1 : 1;
  const end = Date.now() + ms;
  for (let guard = 0; Date.now() < end && guard < 40; guard++) {
    const tx = cx + dir * amp * h.uniform(0.7, 1.0);
    const ty = cy + h.gauss(0, 6);
    // coarse steps (25 ms): on a loaded machine 10 ms steps stretch the movement
    await h.moveTo(tx, ty, { durationMs: h.uniform(halfMin, halfMax), overshoot: false, stepMs: 25 });
    dir = -dir;
  }
}

// Margin point beside a paragraph (blank page background).
async function marginPoint(s, selector) {
  const box = await s.page.locator(selector).first().boundingBox();
  const vp = await s.h.viewport();
  const left = box.x > 120;
  const x = left ? s.h.uniform(30, box.x - 40) : s.h.uniform(box.x + box.width + 30, vp.w - 30);
  return { x, y: box.y + box.height * s.h.uniform(0.3, 0.7) };
}

async function wordInPara(s, selector) {
  return s.page.evaluate((sel) => {
    const p = document.querySelector(sel);
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const n = walker.nextNode();
    const m = /\b[a-z]{7,}\b/.exec(n.data.slice(30));
    const i = m.index + 30;
    const r = document.createRange();
    r.setStart(n, i); r.setEnd(n, i + m[0].length);
    const b = r.getBoundingClientRect();
    return { x: b.x, y: b.y, width: b.width, height: b.height };
  }, selector);
}

// A paragraph of the article that is fully on screen, near the middle.
async function paraInView(s) {
  const id = await s.page.evaluate(() => {
    const vh = innerHeight;
    const ps = [...document.querySelectorAll('#story p')].filter((p) => {
      const r = p.getBoundingClientRect();
      return r.top >= 60 && r.bottom <= vh - 60;
    });
    ps.sort((a, b) => Math.abs(a.getBoundingClientRect().top - vh / 3) - Math.abs(b.getBoundingClientRect().top - vh / 3));
    return ps.length ? ps[0].id : null;
  });
  if (!id) throw new Error('no paragraph in view');
  return `#${id}`;
}

// ---------------------------------------------------------------- scenarios
// A. Calm reader with a trackpad on the news article: reading clicks everywhere.
function calmNews(v) {
  return {
    name: `wide-calm-news-trackpad-${v.tag}`, part: v.part, page: 'news.html',
    device: 'desktop', viewport: v.viewport, seed: v.seed,
    recordOptions: { __consolePlugin: true },
    expectSources: [1, 2, 3],
    describe: 'Calm long read with a trackpad (many small wheel deltas with inertia). Reading clicks on paragraph text, on a figure image and on the blank margin; a drag selection; a double-click on a word; long pauses with the hand off the mouse; a footnote link; two working gallery clicks; two overshoot-and-correct scroll backs.',
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(200, 400));
      await s.idle(2500);
      await h.moveToEl('#headline');
      await h.clickHere(); // reading click on the headline text
      await s.idle(2000);
      for (let i = 0; i < 4; i++) { await h.trackpadScroll(h.uniform(250, 420)); await s.idle(h.uniform(1500, 3000)); }
      let p = await paraInView(s);
      await h.moveToEl(p);
      await h.clickHere(); // click on plain text while reading
      await s.idle(2500);
      await h.dragSelect(p);
      await s.idle(2000);
      const m = await marginPoint(s, p);
      await h.moveTo(m.x, m.y);
      await h.clickHere(); // click on the margin to clear the selection
      await s.idle(2000);
      await h.longPause(v.pauseMs);
      await h.trackpadScroll(h.uniform(300, 450));
      await s.idle(2000);
      await h.trackpadScroll(-h.uniform(120, 200)); // overshoot: scroll back a little
      await s.idle(3000);
      await tpVisible(s, '#fig-2-img');
      await h.moveToEl('#fig-2-img');
      await h.clickHere(); // click on a photo (no action)
      await s.idle(3000);
      await tpVisible(s, '#fn1-ref');
      await h.click('#fn1-ref'); // footnote link: the page jumps
      await s.idle(3000);
      await h.trackpadScroll(-h.uniform(400, 600));
      await s.idle(2500);
      p = await paraInView(s);
      const w = await wordInPara(s, p);
      await h.moveTo(w.x + w.width / 2, w.y + w.height / 2);
      await h.pause(200, 400);
      await h.doubleClick();
      await s.idle(2500);
      await tpVisible(s, '#gal-next');
      await s.idle(1500);
      await h.click('#gal-next');
      await s.idle(h.uniform(1800, 2600));
      await h.click('#gal-next', { pad: 0.3 });
      await s.idle(2500);
      await h.trackpadScroll(-h.uniform(250, 350));
      await s.idle(2500);
      await h.trackpadScroll(h.uniform(120, 200));
      await s.idle(2000);
      await h.longPause(v.pauseMs / 2);
      await h.wander(2);
    },
  };
}

// B. Calm keyboard user on the booking app (maskAllInputs): Enter clicks at (0,0).
function calmBookingKeyboard(v) {
  return {
    name: `wide-calm-booking-keyboard-${v.tag}`, part: v.part, page: 'booking.html',
    device: 'desktop', viewport: v.viewport, seed: v.seed,
    recordOptions: { maskAllInputs: true, __consolePlugin: true },
    expectSources: [1, 2, 5],
    describe: 'Calm keyboard user (recorder option maskAllInputs): types a destination, Tab/Enter on "Show all" (answers at once), Space on checkboxes, Enter on "Reset", Enter on the "My trips" route (pushState + pageview), reads ~8 s, Enter on "Refresh" twice, mouse back to search through the nav, fills the booking form, Enter on "Hold for 24 h"; a slow visit to Help (~9 s) ended with history.back().',
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 900), h.int(250, 450));
      await s.idle(2000);
      await h.click('#dest');
      await h.pause(300, 600);
      await h.type('Lofoten');
      await h.pause(400, 700);
      await h.keyActivate('#quick-btn', { tabs: 3 });
      await s.idle(3000);
      await page.focus('#f-sauna');
      await h.pause(300, 500);
      await page.keyboard.press('Space');
      await h.pause(500, 900);
      await page.keyboard.press('Tab');
      await h.pause(300, 500);
      await page.keyboard.press('Space');
      await s.idle(1500);
      await h.keyActivate('#filters-reset', { tabs: 2 });
      await s.idle(2500);
      await h.keyActivate('#nav-trips', { tabs: 1 });
      await s.idle(v.pauseMs);
      await h.keyActivate('#trips-refresh', { tabs: 1 });
      await h.pause(900, 1300);
      await h.keyEnter();
      await s.idle(2500);
      await h.click('#nav-search');
      await s.idle(2500);
      await h.ensureVisible('#bk-name');
      await h.click('#bk-name');
      await h.pause(300, 500);
      await h.type('Aud Pedersen');
      await page.keyboard.press('Tab');
      await h.pause(300, 500);
      await h.type('aud.pedersen@example.no');
      await page.keyboard.press('Tab');
      await h.pause(300, 500);
      await h.type('913 44 120', { meanMs: 160 });
      await h.pause(500, 800);
      await h.keyActivate('#hold-btn', { tabs: 1 });
      await s.idle(3000);
      await h.ensureVisible('#help-inline');
      await h.click('#help-inline');
      await s.idle(9500);
      await page.evaluate(() => history.back());
      await s.idle(3000);
      await h.wander(1);
    },
  };
}

// C. Calm phone session with a carousel: flicks back and forth, flings, reading taps.
function calmPhone(v) {
  return {
    name: `wide-calm-phone-carousel-${v.tag}`, part: v.part, page: 'phone.html',
    device: 'mobile', viewport: v.viewport, userAgent: ANDROID_UA(v.model), seed: v.seed,
    expectSources: [2, 3, 6],
    describe: 'Calm phone session: flicks through the carousel and back again (horizontal scrolling of an element), picks a size (working), taps the description text while reading, adds to bag, reads the reviews with flings and one short swipe back up, a long pause.',
    async run(s) {
      const { h, page } = s;
      await s.open();
      await s.idle(2000);
      const box = await page.locator('#carousel').boundingBox();
      const y = box.y + box.height / 2;
      for (let i = 0; i < 3; i++) { await h.swipeX(box.width * h.uniform(0.7, 0.85), y, -box.width * h.uniform(0.45, 0.6)); await s.idle(h.uniform(900, 1800)); }
      for (let i = 0; i < 2; i++) { await h.swipeX(box.width * h.uniform(0.15, 0.3), y, box.width * h.uniform(0.45, 0.6)); await s.idle(h.uniform(700, 1400)); }
      await h.swipeX(box.width * h.uniform(0.7, 0.85), y, -box.width * h.uniform(0.45, 0.6));
      await s.idle(2000);
      await h.tap('#size-m');
      await s.idle(1500);
      await h.tap('#size-l');
      await s.idle(2000);
      await h.scrollBy(300);
      await s.idle(2000);
      await h.tap('#d1'); // reading tap on text
      await s.idle(3000);
      await h.tap('#add-bag');
      await s.idle(2000);
      await h.scrollBy(700);
      await s.idle(3000);
      await h.tap('#r2');
      await s.idle(2500);
      await h.scrollBy(500);
      await s.idle(3000);
      await h.scrollBy(-220);
      await s.idle(v.pauseMs);
      await h.scrollBy(500);
      await s.idle(3000);
    },
  };
}

// D. Booking app, mouse: slow search, slow spread rage, error click, quick back (pushState).
function bookingMouse(v) {
  return {
    name: `wide-booking-mouse-${v.tag}`, part: v.part, page: 'booking.html',
    device: 'desktop', viewport: v.viewport, seed: v.seed,
    recordOptions: { __consolePlugin: true },
    expectSources: [1, 2, 5],
    describe: '`slow_click` on "Search cabins" (results after 3 s, nothing shown meanwhile); `rage_click`: 4 slow, spread clicks ~0.7 s apart within 24 px on the broken "Apply filters"; `error_click` on "Book now" (console.error + alert box); `quick_back` on the client-side route Help (pushState + pageview), back after ~1.5 s.',
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 900), h.int(250, 450));
      await s.idle(2000);
      await h.click('#dest');
      await h.pause(300, 600);
      await h.type('Senja');
      await h.pause(500, 900);
      await h.moveToEl('#search-btn');
      await h.pause(150, 300);
      await s.episode('slow_click', async () => { await h.pressRelease(); }, { target: '#search-btn' });
      await h.idle(3800); // waits for the answer
      await s.idle(2500);
      await h.click('#f-sea');
      await s.idle(1200);
      await h.moveToEl('#filters-apply');
      await h.pause(150, 300);
      await s.episode('rage_click', async () => { await spreadBurst(s, v.rageClicks, 600, 800, 10, 24); }, { target: '#filters-apply' });
      await s.idle(3500);
      await h.ensureVisible('#bk-name');
      await h.click('#bk-name');
      await h.pause(300, 500);
      await h.type('Lars Moe');
      await h.click('#bk-email');
      await h.pause(300, 500);
      await h.type('lars.moe@example.no');
      await h.pause(500, 800);
      await h.moveToEl('#book-btn');
      await h.pause(150, 300);
      await s.episode('error_click', async () => { await h.pressRelease(); await sleep(300); }, { target: '#book-btn' });
      await s.idle(3500);
      await h.ensureVisible('#nav-help');
      await h.moveToEl('#nav-help');
      await h.pause(150, 300);
      await s.episode('quick_back', async () => {
        await h.pressRelease();
        await sleep(h.uniform(1200, 1800));
        await page.evaluate(() => history.back());
        await sleep(300);
      }, { target: '#nav-help', spa: true, how: 'history.back() (popstate)' });
      await s.idle(3500);
      await h.wander(1);
    },
  };
}

// E. Booking app, keyboard + maskAllInputs: Enter clicks at (0,0) that matter.
function bookingKeyboard(v) {
  return {
    name: `wide-booking-keyboard-${v.tag}`, part: v.part, page: 'booking.html',
    device: 'desktop', viewport: v.viewport, seed: v.seed,
    recordOptions: { maskAllInputs: true, __consolePlugin: true },
    expectSources: [1, 2, 5],
    describe: 'Keyboard user, maskAllInputs: `slow_click` by Enter on "Search cabins" (answer after 3 s; the click is recorded at x=0, y=0); `form_reentry` on the masked email (rejected, cleared, retyped); `error_click` by Enter on "Book now"; `quick_back` by Enter on the Terms route (pushState), back after ~1 s. Mouse moves between, far from (0,0).',
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(600, 900), h.int(300, 500));
      await s.idle(2000);
      await h.click('#dest');
      await h.pause(300, 600);
      await h.type('Helgeland');
      await h.pause(400, 700);
      await page.keyboard.press('Tab');
      await h.pause(300, 500);
      await page.keyboard.press('Tab');
      await h.pause(300, 500);
      await page.keyboard.press('Tab');
      await h.pause(400, 700);
      await s.episode('slow_click', async () => { await h.keyEnter(); }, { target: '#search-btn' });
      await s.idle(5000);
      await h.wander(1);
      await h.ensureVisible('#bk-name');
      await h.click('#bk-name');
      await h.pause(300, 500);
      await h.type('Nora Berg');
      await page.keyboard.press('Tab');
      await h.pause(300, 500);
      await s.episode('form_reentry', async () => {
        await h.type('nora.berg@mail');
        await h.pause(300, 500);
        await page.keyboard.press('Tab');
        await page.waitForSelector('#bk-email-error:not([hidden])', { state: 'attached' });
        await s.idle(1500);
        await h.click('#bk-email');
        await h.pause(200, 400);
        await page.keyboard.press('Control+A');
        await h.pause(150, 250);
        await page.keyboard.press('Backspace');
        await h.pause(400, 700);
        await h.type('nora.berg@mail.no');
        await h.pause(300, 500);
        await page.keyboard.press('Tab');
      }, { target: '#bk-email' });
      await h.pause(300, 500);
      await h.type('472 10 333', { meanMs: 160 });
      await h.pause(500, 800);
      await page.keyboard.press('Tab');
      await h.pause(400, 700);
      await s.episode('error_click', async () => { await h.keyEnter(); await sleep(300); }, { target: '#book-btn' });
      await s.idle(3500);
      await h.wander(1);
      await page.focus('#nav-terms');
      await h.pause(400, 700);
      await s.episode('quick_back', async () => {
        await h.keyEnter();
        await sleep(h.uniform(800, 1200));
        await page.goBack();
        await sleep(300);
      }, { target: '#nav-terms', spa: true, how: 'browser back button (popstate)' });
      await s.idle(3000);
      await h.wander(1);
      await s.idle(2000);
    },
  };
}

// F. News article, trackpad: rage after working gallery clicks, dead pill, jiggle,
// slow comments, subscribe error, trackpad scroll thrash; reading clicks between.
function newsFrustrated(v) {
  return {
    name: `wide-news-frustrated-${v.tag}`, part: v.part, page: 'news.html',
    device: 'desktop', viewport: v.viewport, seed: v.seed,
    recordOptions: { __consolePlugin: true },
    expectSources: [1, 2, 3],
    describe: 'News article with a trackpad: `error_click` on "Subscribe" (console.error + alert); `dead_click` on the "Share" pill (cursor: pointer, no handler); reading clicks on text and the margin, a drag selection; `erratic_cursor`: a small fast jiggle (~0.8 px/ms, ~8 reversals in 2 s); `scroll_thrash` with alternating trackpad swipes; three working gallery "Next" clicks then `rage_click`: 5 quick clicks on the last picture\'s dead "Next"; `slow_click` on "Show comments" (answer after 3 s).',
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(250, 400));
      await s.idle(2000);
      await h.moveToEl('#subscribe-btn');
      await h.pause(150, 300);
      await s.episode('error_click', async () => { await h.pressRelease(); await sleep(300); }, { target: '#subscribe-btn' });
      await s.idle(3000);
      await h.moveToEl('#share-link');
      await h.pause(150, 300);
      await s.episode('dead_click', async () => { await h.pressRelease(); }, { target: '#share-link' });
      await s.idle(3500);
      for (let i = 0; i < 3; i++) { await h.trackpadScroll(h.uniform(300, 450)); await s.idle(h.uniform(1500, 2500)); }
      const p = await paraInView(s);
      await h.moveToEl(p);
      await h.clickHere();
      await s.idle(2500);
      await h.dragSelect(p);
      await s.idle(1500);
      const m = await marginPoint(s, p);
      await h.moveTo(m.x, m.y);
      await h.clickHere();
      await s.idle(2500);
      await h.moveTo(h.x + h.uniform(-200, 200), h.y + h.uniform(-80, 80));
      await h.pause(300, 500);
      await s.episode('erratic_cursor', async () => { await jiggle(s, v.jiggleMs, v.jiggleAmp, 220, 280); });
      await s.idle(3500);
      await h.trackpadScroll(h.uniform(400, 500));
      await s.idle(2500);
      await s.episode('scroll_thrash', async () => {
        let dir = 1;
        for (let i = 0; i < v.thrashSwipes; i++) {
          await h.trackpadScroll(dir * h.uniform(250, 420), { interruptAt: h.uniform(0.25, 0.45) });
          await h.pause(30, 90);
          dir = -dir;
        }
      }, { how: 'alternating trackpad swipes, inertia cut short' });
      await s.idle(3000);
      await tpVisible(s, '#gal-next');
      await s.idle(2000);
      await h.moveToEl('#gal-next');
      for (let i = 0; i < 3; i++) { await h.pause(150, 250); await h.pressRelease(); await h.pause(450, 650); }
      await s.episode('rage_click', async () => { await spreadBurst(s, 5, 120, 220, 3, 10); }, { target: '#gal-next' });
      await s.idle(3500);
      await tpVisible(s, '#comments-btn');
      await h.moveToEl('#comments-btn');
      await h.pause(150, 300);
      await s.episode('slow_click', async () => { await h.pressRelease(); }, { target: '#comments-btn' });
      await h.idle(4000);
      await s.idle(3000);
    },
  };
}

// G. Phone page: dead tap on a badge, slow spread rage taps, fling scroll thrash, quick back.
function phoneFrustrated(v) {
  return {
    name: `wide-phone-frustrated-${v.tag}`, part: v.part, page: 'phone.html',
    device: 'mobile', viewport: v.viewport, userAgent: ANDROID_UA(v.model), seed: v.seed,
    expectSources: [2, 3, 6],
    describe: 'Phone: carousel flicks back and forth (calm), `dead_click` on the "Free returns" badge (cursor: pointer, no handler), a working size tap, `rage_click`: 4 slow taps ~0.7 s apart within 24 px on the dead "Notify me" button, `quick_back` through "Returns & refunds" (page load), `scroll_thrash` with alternating flings in the reviews.',
    async run(s) {
      const { h, page } = s;
      await s.open();
      await s.idle(2000);
      const box = await page.locator('#carousel').boundingBox();
      const y = box.y + box.height / 2;
      for (let i = 0; i < 2; i++) { await h.swipeX(box.width * 0.8, y, -box.width * h.uniform(0.45, 0.6)); await s.idle(h.uniform(900, 1500)); }
      await h.swipeX(box.width * 0.2, y, box.width * h.uniform(0.45, 0.6));
      await s.idle(2000);
      await h.ensureVisible('#badge-returns');
      await h.pause(400, 800);
      await s.episode('dead_click', async () => {
        const p = await h.pointIn('#badge-returns');
        await h.tapAt(p.x, p.y);
      }, { target: '#badge-returns' });
      await s.idle(3500);
      await h.tap('#size-s');
      await s.idle(2000);
      await h.ensureVisible('#notify-btn');
      await h.pause(400, 800);
      const p = await h.pointIn('#notify-btn');
      h.x = p.x; h.y = p.y;
      await s.episode('rage_click', async () => { await spreadBurst(s, v.rageClicks, 600, 800, 10, 24); }, { target: '#notify-btn' });
      await s.idle(3500);
      await h.ensureVisible('#ph-returns');
      await h.pause(400, 800);
      await s.episode('quick_back', async () => {
        const q = await h.pointIn('#ph-returns');
        await h.tapAt(q.x, q.y);
        await page.waitForURL(/returns\.html/);
        await page.waitForLoadState('load');
        await sleep(h.uniform(900, 1400));
        await page.evaluate(() => history.back());
        await page.waitForURL(/phone\.html/);
        await page.waitForLoadState('load');
      }, { target: '#ph-returns', how: 'history.back()' });
      await s.idle(3000);
      await h.scrollBy(900);
      await s.idle(2500);
      await s.episode('scroll_thrash', async () => {
        let dir = 1;
        const end = Date.now() + 3500;
        for (let guard = 0; Date.now() < end && guard < 30; guard++) {
          await h.swipe(-dir * h.uniform(220, 400), { durationMs: h.uniform(110, 200) });
          await h.pause(40, 120);
          dir = -dir;
        }
      }, { tailMs: 1200, how: 'alternating touch swipes with fling' });
      await s.idle(3500);
      await h.scrollBy(300);
      await s.idle(2500);
    },
  };
}

const PHONE_A = { width: 393, height: 852, deviceScaleFactor: 3 };
const PHONE_B = { width: 360, height: 800, deviceScaleFactor: 3 };

const T = 'tuning', H = 'heldout';
export const WIDE_SESSIONS = [
  calmNews({ tag: 't', part: T, seed: 5101, viewport: { width: 1440, height: 900 }, pauseMs: 9000 }),
  calmNews({ tag: 'h', part: H, seed: 6101, viewport: { width: 1280, height: 800 }, pauseMs: 12000 }),
  calmBookingKeyboard({ tag: 't', part: T, seed: 5202, viewport: { width: 1366, height: 768 }, pauseMs: 8000 }),
  calmBookingKeyboard({ tag: 'h', part: H, seed: 6202, viewport: { width: 1600, height: 900 }, pauseMs: 10000 }),
  calmPhone({ tag: 't', part: T, seed: 5303, viewport: PHONE_A, model: 'Pixel 8', pauseMs: 8000 }),
  calmPhone({ tag: 'h', part: H, seed: 6303, viewport: PHONE_B, model: 'SM-A556B', pauseMs: 11000 }),
  bookingMouse({ tag: 't', part: T, seed: 5404, viewport: { width: 1366, height: 768 }, rageClicks: 4 }),
  bookingMouse({ tag: 'h', part: H, seed: 6404, viewport: { width: 1920, height: 1080 }, rageClicks: 5 }),
  bookingKeyboard({ tag: 't', part: T, seed: 5505, viewport: { width: 1920, height: 1080 } }),
  bookingKeyboard({ tag: 'h', part: H, seed: 6505, viewport: { width: 1440, height: 900 } }),
  newsFrustrated({ tag: 't', part: T, seed: 5606, viewport: { width: 1366, height: 768 }, jiggleMs: 2000, jiggleAmp: 120, thrashSwipes: 8 }),
  newsFrustrated({ tag: 'h', part: H, seed: 6606, viewport: { width: 1920, height: 1080 }, jiggleMs: 2300, jiggleAmp: 105, thrashSwipes: 9 }),
  phoneFrustrated({ tag: 't', part: T, seed: 5707, viewport: PHONE_A, model: 'Pixel 8', rageClicks: 4 }),
  phoneFrustrated({ tag: 'h', part: H, seed: 6707, viewport: PHONE_B, model: 'SM-A556B', rageClicks: 5 }),
];
