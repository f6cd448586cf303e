// Held-out set 19 (replay issue 15, nineteenth round): a kind of site no detector was tuned
// on (a real-estate listings search, "Nestly" homes for rent, gen/site/homes.*: a filter
// sidebar (the max price validated on blur, bedrooms as segmented buttons, a "Pets allowed"
// switch), a results list whose cards have a photo carousel and a heart, an INTERACTIVE MAP
// beside the list (dragged with the button held to pan, zoomed by the wheel and by +/-, price
// pins that highlight their card while hovered and open a small popup when clicked), INFINITE
// SCROLL (near the end of the list "Loading more…" shows by itself and 6 more homes arrive
// 300-600 ms later, no click), a client-side "Saved homes" route announced as a 'pageview'
// event, a real listing page with "Back to results" and a long neighbourhood guide;
// "Schedule a viewing" answered after 2.8-3.2 s with nothing shown meanwhile, the map's
// "Draw area" pencil that looks clickable with no handler, a broken "Contact agent" button,
// "Share listing" that throws) and a new input model, MouseKeysHuman (gen/human.mjs: the
// pointer moved with the numeric keypad in 8 compass directions, in discrete accelerating
// steps at a fixed repeat rate, stops and corrective series; clicks by a key at the exact
// position; no wheel: the keyboard scrolls), beside earlier models on screens and devices
// not used on sets 17 and 18: a 2-in-1 (HybridHuman, 1536x1024, touch too), a fingertip on
// a large 1024x1366 tablet (TabletHuman, turned), a stylus on a 412x915 phone (StylusHuman,
// turned), and calm: a fast hand (FastHuman, 2560x1440), the double-click habit
// (DoubleClickHuman, 1440x960), voice control on a 393x852 phone (VoiceHuman) and
// MouseKeysHuman (1920x1080). Every recording is in part `heldout19`: written, generated and
// committed before any detector ran on it. Late answers are truth by rule
// (window.__devAnswer; any click answered after more than 1 s is a slow_click row in any
// session: gen/truth.mjs, lateAnswerRows); no calm script presses "Schedule a viewing".
// The scaffolding is in gen/kit.mjs; nothing was added to it.

import {
  aimSel, hitPoint, pressSel, scriptedSingle, scriptedBurst, rotateTimes, quickBackSpa, quickBack, reenterField,
  shake, flingThrash, answersSince, lastEpisode,
} from './kit.mjs';

const wait = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const TAB = { width: 1024, height: 1366, deviceScaleFactor: 2 };
const TAB_UA = 'Mozilla/5.0 (Linux; Android 14; SM-X916B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const PHONE_S = { width: 412, height: 915, deviceScaleFactor: 3.5 };
const PHONE_S_UA = 'Mozilla/5.0 (Linux; Android 14; SM-S928B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const PHONE_V = { width: 393, height: 852, deviceScaleFactor: 2.75 };
const PHONE_V_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';
const LISTING = /homes-listing\.html/;
const HOMES = /homes\.html/;

// ---- what this site needs from a hand ------------------------------------------------------
// The map is sticky beside the list and takes the wheel (it zooms), so a desktop hand brings
// the pointer over the list before it scrolls the page, as a person learns to at once.
async function overList(s) {
  const { h, page } = s;
  if (s.mobile) return;
  const onMap = await page.evaluate(([x, y]) => !!(document.elementFromPoint(x, y) || document.body).closest('#map, .map-col'), [h.x, h.y]);
  if (!onMap) return;
  const b = await page.locator('.results-col').boundingBox();
  const vp = await h.viewport();
  await h.moveTo(b.x + b.width * h.uniform(0.3, 0.7), vp.h * h.uniform(0.4, 0.6));
  await h.pause(150, 300);
}
async function press(s, sel, opts = {}) { await overList(s); return pressSel(s, sel, opts); }
// the map's own controls and pins: on screen already (the map is sticky), no scrolling
async function pressMap(s, sel) { return pressSel(s, sel, { margin: 4 }); }
// ids of the pins whose whole box is inside the map's visible part, away from its edges
async function visiblePins(s, edge = 60) {
  return s.page.evaluate((m) => {
    const r = document.getElementById('map').getBoundingClientRect();
    const tools = document.querySelector('.map-tools').getBoundingClientRect();
    return [...document.querySelectorAll('.pin')].filter((p) => {
      const b = p.getBoundingClientRect();
      if (b.left < r.left + m || b.right > r.right - m - 40 || b.top < Math.max(r.top, 70) + m || b.bottom > Math.min(r.bottom, innerHeight) - m - 90) return false;
      return !(b.right > tools.left - 10 && b.top < tools.bottom + 10);
    }).map((p) => '#' + p.id);
  }, edge);
}
// a drag on the map with the button held: to a point of the map, down, many moves, up
async function mapDrag(s, dx, dy) {
  const { h, page } = s;
  const b = await page.locator('#map').boundingBox();
  const vp = await h.viewport();
  // a bare spot of the map (not a pin, a control or the popup): where a drag can start
  let x0 = 0, y0 = 0;
  for (let g = 0; g < 20; g++) {
    x0 = b.x + b.width * h.uniform(0.3, 0.65); y0 = Math.min(b.y + b.height * h.uniform(0.35, 0.65), vp.h * 0.6);
    const bare = await page.evaluate(([x, y]) => { const e = document.elementFromPoint(x, y); return !!e && !!e.closest('#map') && !e.closest('.pin, .map-tools, .popup, .park, .water'); }, [x0, y0]);
    if (bare) break;
  }
  await h.moveTo(x0, y0); await h.pause(150, 350);
  if (h.dragTo) { await h.dragTo(x0 + dx, y0 + dy); return; }
  await page.mouse.down(); await h.pause(80, 180);
  await h.moveTo(x0 + dx, y0 + dy, { overshoot: false });
  await h.pause(60, 200);
  await page.mouse.up();
}
// the wheel turned over the map (it zooms; the page stays)
async function mapWheel(s, dir, ticks) {
  const { h, page } = s;
  const b = await page.locator('#map').boundingBox();
  await h.moveTo(b.x + b.width * h.uniform(0.4, 0.6), b.y + Math.min(b.height, 600) * h.uniform(0.4, 0.6)); await h.pause(200, 400);
  await h.wheelFlick(dir, ticks);
}
// a control pressed quickly n times (each press answered at once)
async function repeat(s, sel, n, gapMin, gapMax) {
  const { h } = s;
  for (let i = 0; i < n && i < 10; i++) { if (i === 0) await press(s, sel); else await hitPoint(s, await h.pointIn(sel)); await h.pause(gapMin, gapMax); }
}
// the pointer resting over the list while it loads more homes by itself
async function readDownList(s, px) { await overList(s); await s.h.scrollBy(px); }
// Mouse Keys: the "5" pressed again and again at the same spot (no hand on a mouse: no slip)
async function keyBurst(s, sel, n, gapMin, gapMax) {
  const { h } = s;
  await aimSel(s, sel);
  await s.episode('rage_click', async () => {
    for (let i = 0; i < n && i < 12; i++) { await h.pressRelease(60, 110); await h.pause(gapMin, gapMax); }
  }, { target: sel });
  const ep = lastEpisode(s);
  await s.idle(3500);
  ep.answers = (await answersSince(s, ep.t0)).filter((a) => a.t <= ep.t1 + 5000 && a.click >= ep.t0);
}
// PageDown and PageUp pressed in turn, quickly, over a long text
async function keyThrash(s, n) {
  const { h, page } = s;
  await s.episode('scroll_thrash', async () => {
    let down = true;
    for (let i = 0; i < n && i < 12; i++) { await page.keyboard.press(down ? 'PageDown' : 'PageUp'); await h.pause(180, 380); down = !down; }
  }, { how: 'PageDown and PageUp pressed in turn', tailMs: 900 });
}
// open a listing page from its card's title (a page load)
async function openListing(s, k, { single = false } = {}) {
  if (single) { await overList(s); await aimSel(s, `#title-${k}`); await s.h.singlePress(); } else await press(s, `#title-${k}`);
  await s.page.waitForURL(LISTING); await s.page.waitForLoadState('load');
  await s.page.waitForSelector('#schedule');
}

const rec = (v) => ({ __consolePlugin: true, ...(v.recordOptions || {}) });
const base = (name, v, describe) => ({ name, part: 'heldout19', page: 'homes.html', seed: v.seed, recordOptions: rec(v), describe });
const desk = (name, human, v, describe) => ({ ...base(name, v, describe), device: 'desktop', human, viewport: v.viewport, touch: !!v.touch, expectSources: [0, 1, 2, 3] });
const tablet = (name, human, v, describe) => ({ ...base(name, v, describe), device: 'tablet', human, viewport: TAB, userAgent: TAB_UA, expectSources: [0, 2, 3, 4] });
const phone = (name, human, v, vp, ua, describe) => ({ ...base(name, v, describe), device: 'phone', human, viewport: vp, userAgent: ua, expectSources: [0, 2, 3, 4] });

// A. Mouse Keys: re-entry in "Max price", a dead click on "Draw area", a shake with a real mouse, rage on "Contact agent", key thrash over the guide.
function keysA(v) {
  return {
    ...desk('h19-mousekeys-a', 'mousekeys', v, 'Mouse Keys user on a 1366x768 laptop (MouseKeysHuman, new: the pointer moved with the numeric keypad in 8 compass directions, in accelerating steps at a fixed repeat rate, stops and corrective series; clicks by the "5" key at the exact position; the keyboard scrolls): `form_reentry` in "Max price" ("9OOO" with letters O rejected on blur, pressed again, cleared, "16000" typed); `dead_click`: the map\'s "Draw area" pencil (cursor: pointer, a hover background and a title; no handler); `erratic_cursor`: a shake with the button up over the list with the desk\'s ordinary mouse (~90 px strokes of 70-110 ms), looking for the pointer; opens a home (a real page); `rage_click`: the "5" key pressed 5 times at one spot on "Contact agent", 0.3-0.6 s between presses (no handler); reads down the neighbourhood guide with PageDown; `scroll_thrash`: PageDown and PageUp pressed in turn over the guide.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(300, 500), h.int(250, 400));
      await s.idle(2500);
      await reenterField(s, '#maxprice', '9OOO', '16000');
      await s.idle(2000);
      await scriptedSingle(s, 'dead_click', '#draw-area', 4500, { margin: 4 });
      await overList(s);
      h.realMouse = true;
      await s.episode('erratic_cursor', async () => { await shake(s, v.shakeMs, v.shakeAmp, 70, 110); });
      h.realMouse = false;
      await s.idle(2500);
      await openListing(s, 2);
      await s.idle(3000);
      await keyBurst(s, '#contact-agent', 5, 300, 600);
      await s.idle(1500);
      await h.scrollBy(900); await s.idle(2500);
      await keyThrash(s, 6);
      await s.idle(3000);
    },
  };
}

// B. Fingertip on a large tablet: a heart, turned in the hands, rage taps on "Contact agent", an error on "Share listing", a quick back through "Saved homes".
function tabletB(v) {
  return {
    ...tablet('h19-tablet-b', 'tablet', v, 'Fingertip on a large 1024x1366 tablet at DPR 2 (TabletHuman: a wide, rolling fingertip; swipes): saves a home with its heart (at once); reads down the list with swipes (more homes load by themselves near its end) and back up; `repeated_rotation`: 4 turns 1.2-2.0 s apart (landscape, portrait, ...); opens a home (a real page); `rage_click`: 5 taps 0.25-0.45 s apart, up to 10 px apart, on "Contact agent" (no handler); `error_click`: a tap on "Share listing" (console error); back to the results by "Back to results"; `quick_back`: a tap on "Saved homes" (a client-side route, pushState + pageview), history.back() after ~1.5 s.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await s.idle(2500);
      await press(s, '#heart-1'); await s.idle(2000);
      await h.scrollBy(1400); await s.idle(2500); await h.scrollBy(-1400); await s.idle(2000);
      await rotateTimes(s, 4);
      await s.idle(2500);
      await openListing(s, 1);
      await s.idle(2500);
      await scriptedBurst(s, '#contact-agent', 5, 250, 450, 10);
      await s.idle(1500);
      await scriptedSingle(s, 'error_click', '#share', 3000);
      await press(s, '#back-results');
      await page.waitForURL(HOMES); await page.waitForSelector('#saved-link');
      await s.idle(2500);
      await quickBackSpa(s, '#saved-link', /view=saved/);
      await s.idle(3000);
    },
  };
}

// C. 2-in-1: a dead click on "Draw area", a shake, a slow "Schedule a viewing", an error on "Share listing" by touching the screen, a quick back from a listing.
function hybridC(v) {
  return {
    ...desk('h19-hybrid-c', 'hybrid', v, 'Touchscreen 2-in-1 on a 1536x1024 screen at DPR 1.25 (HybridHuman: a trackpad pointer, and a finger on the screen now and then): `dead_click`: the map\'s "Draw area" pencil (no handler); `erratic_cursor`: a shake with the button up over the list (~100 px strokes of 70-110 ms); opens a home (a real page); `slow_click`: "Schedule a viewing" (the request line appears 2.8-3.2 s later, nothing shown meanwhile); `error_click`: a finger tap on the screen on "Share listing" (console error); back to the results by "Back to results"; `quick_back`: another home opened from its title (a real page), history.back() after ~1.5 s.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(400, 700), h.int(300, 450));
      await s.idle(2500);
      await scriptedSingle(s, 'dead_click', '#draw-area', 4500, { margin: 4 });
      await overList(s);
      await s.episode('erratic_cursor', async () => { await shake(s, v.shakeMs, v.shakeAmp, 70, 110); });
      await s.idle(2500);
      await openListing(s, 3);
      await s.idle(2500);
      await scriptedSingle(s, 'slow_click', '#schedule', 5000, { answer: 'viewing scheduled' });
      await h.ensureVisible('#share', { margin: 120 });
      const p = await h.pointIn('#share'); await h.pause(350, 800);
      await s.episode('error_click', async () => { await h.touchTapAt(p.x, p.y); await wait(300); }, { target: '#share' });
      await s.idle(3000);
      await press(s, '#back-results');
      await page.waitForURL(HOMES); await page.waitForSelector('#title-4');
      await s.idle(2500);
      await overList(s); await h.ensureVisible('#title-4', { margin: 120 }); await s.idle(1200);
      await quickBack(s, '#title-4', async () => { await press(s, '#title-4'); }, LISTING, HOMES);
      await page.waitForSelector('#title-1');
      await s.idle(3000);
    },
  };
}

// D. Stylus on a phone: turned in the hand, re-entry in "Max price", a slow "Schedule a viewing", fling thrash over the guide.
function stylusD(v) {
  return {
    ...phone('h19-stylus-d', 'stylus', v, PHONE_S, PHONE_S_UA, 'Stylus on a 412x915 phone at DPR 3.5 (StylusHuman: the pen hovers before it touches, a short tap with a 0-2 px slip; finger swipes and flings to scroll): `repeated_rotation`: 4 turns 1.2-2.0 s apart (landscape, portrait, ...); `form_reentry` in "Max price" ("7500", below the min price, rejected on blur, tapped again, cleared, "15000" typed); opens a home (a real page); `slow_click`: a tap on "Schedule a viewing" (the request line 2.8-3.2 s later, nothing meanwhile); reads down the neighbourhood guide with swipes; `scroll_thrash`: flings alternating up and down over the guide.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await s.idle(2500);
      await rotateTimes(s, 4);
      await s.idle(2500);
      await reenterField(s, '#maxprice', '7500', '15000');
      await s.idle(2000);
      await openListing(s, 5);
      await s.idle(2500);
      await scriptedSingle(s, 'slow_click', '#schedule', 5000, { answer: 'viewing scheduled' });
      await h.ensureVisible('.guide h2', { margin: 200 }); await s.idle(1500);
      await h.scrollBy(900); await s.idle(1500);
      await flingThrash(s, 6);
      await s.idle(3000);
    },
  };
}

// Calm E: Mouse Keys: a pin hovered and its popup opened and closed, the map dragged with the lock key, zoom +, bedrooms and pets, photos in a row, a heart on and off, PageDown down the list while more homes load.
function calmKeys(v) {
  return {
    ...desk('h19-calm-mousekeys', 'mousekeys', v, 'Calm Mouse Keys user on a 1920x1080 screen (MouseKeysHuman, new): steps the pointer onto a price pin (its card is highlighted at once while the pointer is on it), presses it (a popup at once) and closes the popup (at once); drags the map with the lock key ("0" holds the button, the keypad moves the pointer in steps, "." releases: the map follows at once); presses "+" twice (zoom, at once); presses "2+" under Bedrooms and then "Any" (at once), "Pets allowed" on (at once); presses the next-photo arrow of a card 4 times 0.3-0.5 s apart (a photo each, at once); saves the home with its heart and unsaves it 0.6-1 s later (at once); scrolls the list down with PageDown while "Loading more…" shows by itself and more homes arrive under the resting pointer; types "18000" into "Max price" (valid) and leaves it with Tab.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(700, 1000), h.int(300, 450));
      await s.idle(2500);
      const pins = await visiblePins(s);
      if (pins.length < 2) throw new Error(`calmKeys: ${pins.length} pins on screen`);
      const p0 = await aimSel(s, pins[0], { margin: 4 }); await s.idle(1500);
      await hitPoint(s, p0); await s.idle(2500);
      await pressMap(s, '#popup-close'); await s.idle(2000);
      await mapDrag(s, -h.int(120, 200), -h.int(60, 120)); await s.idle(2000);
      await pressMap(s, '#zoom-in'); await h.pause(500, 900); await h.pressRelease(); await s.idle(2000);
      await press(s, '#beds-2'); await s.idle(1500); await press(s, '#beds-any'); await s.idle(1500);
      await press(s, '#pets'); await s.idle(2000);
      await repeat(s, '#next-2', 4, 300, 500); await s.idle(1500);
      await press(s, '#heart-2'); await h.pause(600, 1000); await h.pressRelease(); await s.idle(2000);
      await readDownList(s, 3200); await s.idle(3000);
      await h.scrollBy(-3200); await s.idle(1500);
      await press(s, '#maxprice'); await h.pause(300, 500); await h.type('18000'); await h.pause(300, 500);
      await s.page.keyboard.press('Tab'); await s.idle(v.pauseMs);
    },
  };
}

// Calm F: fast hand: pins hovered, a popup, the map dragged three times, wheel zoom, +/- in a row, photos in a row, hearts, the list read down while it grows.
function calmFast(v) {
  return {
    ...desk('h19-calm-fast', 'fast', v, 'Calm fast mouse user on a 2560x1440 screen (FastHuman: quick, direct strokes): hovers five price pins in turn (each highlights its card at once); presses a pin (a popup at once) and closes the popup (at once); drags the map three times with the button held (many moves each; the map follows at once; the click that ends each drag is on the map); zooms the map with the wheel (in 3 notches, out 2; the page does not scroll); presses "+" and "−" in a row 0.3-0.6 s apart, twice each (at once); presses the next-photo arrow 4 times 0.25-0.45 s apart and the previous-photo arrow twice (each at once); hearts two homes on and one off again (at once); reads down the list with the wheel while "Loading more…" shows by itself and more homes arrive, and back up.'),
    async run(s) {
      const { h } = s;
      await s.open();
      await h.placeMouse(h.int(900, 1300), h.int(400, 600));
      await s.idle(2500);
      // the pins first, while the map shows most of them
      const pins = await visiblePins(s);
      if (pins.length < 3) throw new Error(`calmFast: ${pins.length} pins on screen`);
      for (const sel of pins.slice(0, 5)) { const p = await h.pointIn(sel); await h.moveTo(p.x, p.y); await h.pause(500, 1100); }
      await pressMap(s, pins[0]); await s.idle(2500);
      await pressMap(s, '#popup-close'); await s.idle(1500);
      for (let i = 0; i < 3; i++) { await mapDrag(s, h.pick([-1, 1]) * h.int(120, 260), h.pick([-1, 1]) * h.int(60, 160)); await h.pause(700, 1400); }
      await s.idle(1500);
      await mapWheel(s, -1, 3); await h.pause(900, 1500); await h.wheelFlick(1, 2); await s.idle(2000);
      await pressMap(s, '#zoom-in'); await h.pause(300, 600); await pressMap(s, '#zoom-out'); await h.pause(300, 600);
      await pressMap(s, '#zoom-in'); await h.pause(300, 600); await pressMap(s, '#zoom-out'); await s.idle(2000);
      await repeat(s, '#next-1', 4, 250, 450); await repeat(s, '#prev-1', 2, 250, 450); await s.idle(1500);
      await press(s, '#heart-1'); await h.pause(500, 900); await press(s, '#heart-3'); await h.pause(500, 900); await press(s, '#heart-1'); await s.idle(2000);
      await readDownList(s, 3500); await s.idle(2500); await h.scrollBy(-3500); await s.idle(v.pauseMs);
    },
  };
}

// Calm G: double-click habit: bedrooms, photos and hearts double-clicked, a pin's popup, a listing read and left by its link, "Saved homes" read and left by its button, the list read down while it grows.
function calmDouble(v) {
  return {
    ...desk('h19-calm-double', 'double', v, 'Calm user with the double-click habit on a 1440x960 screen (DoubleClickHuman: every press of a button is a double-click, 70-200 ms apart; links and the route\'s buttons pressed once): double-clicks "3+" under Bedrooms (answered at once, twice); double-clicks the next-photo arrow of a card (two photos on, each at once); double-clicks a heart (saved and unsaved again at once, the habit undoing it), then clicks it once more (saved); double-clicks a price pin (its popup at once) and the popup\'s close button (closed at once; the second click lands on the map where the popup was: nothing to answer); opens a home (a real page), reads 10 s and returns by "Back to results"; opens "Saved homes" (a client-side route, pushState + pageview), reads 8 s and returns by "Back to results" (another route); reads down the list with the wheel while "Loading more…" shows by itself and more homes arrive, and back up.'),
    async run(s) {
      const { h, page } = s;
      await s.open();
      await h.placeMouse(h.int(500, 800), h.int(300, 450));
      await s.idle(2500);
      await press(s, '#beds-3'); await s.idle(2000);
      await press(s, '#next-1'); await s.idle(2000);
      await press(s, '#heart-2'); await s.idle(1500); await aimSel(s, '#heart-2'); await h.singlePress(); await s.idle(2000);
      const pins = await visiblePins(s);
      if (!pins.length) throw new Error('calmDouble: no pin on screen');
      await pressMap(s, pins[0]); await s.idle(2500);
      await pressMap(s, '#popup-close'); await s.idle(2000);
      // links and the route's buttons: one click (a double-click there would act on the next page)
      const once = async (sel) => { await overList(s); await aimSel(s, sel); await h.singlePress(); };
      await openListing(s, 1, { single: true }); await s.idle(10000);
      await once('#back-results'); await page.waitForURL(HOMES); await page.waitForSelector('#saved-link'); await s.idle(2500);
      await once('#saved-link'); await page.waitForURL(/view=saved/); await s.idle(8000);
      await once('#saved-back'); await page.waitForSelector('#title-1'); await s.idle(2500);
      await readDownList(s, 3000); await s.idle(2500); await h.scrollBy(-3000); await s.idle(v.pauseMs);
    },
  };
}

// Calm H: voice control on a phone: a pin's popup, photos, a heart, the list read down while it grows, a listing read and left by "go back", one turn to landscape.
function calmVoice(v) {
  return {
    ...phone('h19-calm-voice', 'voice', v, PHONE_V, PHONE_V_UA, 'Calm voice-control user on a 393x852 phone at DPR 2.75 (VoiceHuman: "tap <label>" taps the middle of a control after the 1.2-2.6 s the phrase takes; "scroll down" scrolls ~70 % of the screen smoothly; "go back" is the browser\'s back; dictation): taps a price pin on the map (a popup at once, its card highlighted) and closes the popup (at once); taps "2+" under Bedrooms (at once); taps the next-photo arrow of a card twice (a photo each, at once); saves a home with its heart (at once); says "scroll down" again and again down the list while "Loading more…" shows by itself and more homes arrive; opens a home (a real page), reads 9 s and says "go back"; turns the phone once to landscape and reads there.'),
    async run(s) {
      const { h, page } = s;
      // "scroll down" moves 70 % of the screen: a target is looked for in the whole screen
      // (a 60 px margin), or a narrower band would be jumped over again and again
      const M = { margin: 60 };
      await s.open();
      await s.idle(2500);
      const pins = await visiblePins(s, 30);
      if (!pins.length) throw new Error('calmVoice: no pin on screen');
      await h.utter(); await pressSel(s, pins[0], { margin: 4 }); await s.idle(2500);
      await h.utter(); await pressSel(s, '#popup-close', { margin: 4 }); await s.idle(2000);
      await h.utter(); await pressSel(s, '#beds-2', M); await s.idle(2000);
      await h.utter(); await pressSel(s, '#next-1', M); await h.utter(); await hitPoint(s, await h.pointIn('#next-1')); await s.idle(2000);
      await h.utter(); await pressSel(s, '#heart-1', M); await s.idle(2000);
      for (let i = 0; i < 7; i++) { await h.say(1); await s.idle(1500); }
      await h.utter(); await pressSel(s, '#title-12', M);
      await page.waitForURL(LISTING); await page.waitForSelector('#schedule'); await s.idle(9000);
      await h.utter(); await page.evaluate(() => history.back()); await page.waitForURL(HOMES); await page.waitForSelector('#title-1');
      await s.idle(2500);
      await s.rotate(true); await s.idle(v.pauseMs + 3000);
    },
  };
}

export const HELDOUT19_SESSIONS = [
  calmKeys({ seed: 19505, viewport: { width: 1920, height: 1080 }, pauseMs: 3000 }),
  calmFast({ seed: 19606, viewport: { width: 2560, height: 1440 }, pauseMs: 3000 }),
  calmDouble({ seed: 19707, viewport: { width: 1440, height: 960 }, pauseMs: 3000 }),
  calmVoice({ seed: 19808, pauseMs: 3000 }),
  keysA({ seed: 19101, viewport: { width: 1366, height: 768 }, shakeMs: 2200, shakeAmp: 90 }),
  tabletB({ seed: 19202 }),
  hybridC({ seed: 19303, viewport: { width: 1536, height: 1024, deviceScaleFactor: 1.25 }, touch: true, shakeMs: 2200, shakeAmp: 100 }),
  stylusD({ seed: 19404 }),
];
