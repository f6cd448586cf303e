// Generates the developer rrweb corpus: serves gen/site/ on 127.0.0.1, starts Debian's
// headless Chromium through playwright-core (one fresh, empty user-data-dir per session),
// injects rrweb's own UMD bundle from node_modules plus gen/recorder-init.js into every
// page load, drives each scripted session with human-like input, and writes
//   <out>/<name>.rrweb.json          the events exactly as rrweb emitted them (JSON array)
//   <out>/truth.csv, truth-sessions.csv  ground truth measured on the recorded timestamps
// <out> is ../shared/data/rrweb (override with DEVCORPUS_OUT).
// DEVCORPUS_SET=wide generates the wider corpus of gen/sessions-wide.mjs instead (other
// sites, another human model, more traps); its <out> defaults to the replay repository's
// tests/data/rrweb-wide/. DEVCORPUS_SET=heldout2: gen/sessions-heldout2.mjs (a new site, a
// third human model) into tests/data/rrweb-heldout2/, kept out of every tuning decision.
// DEVCORPUS_SET=heldout3: gen/sessions-heldout3.mjs (a team inbox with a live ticker and an
// auto carousel; trackpad and fast hands) into tests/data/rrweb-heldout3/, kept out too.
// DEVCORPUS_SET=heldout4: gen/sessions-heldout4.mjs (a fleet dispatch dashboard: map
// drag-to-pan, modal, hash routes; slow and pen hands) into tests/data/rrweb-heldout4/.
// DEVCORPUS_SET=heldout5: gen/sessions-heldout5.mjs (a spreadsheet-like budget grid with
// inline editing; a worn low-precision mouse, keyboard cell navigation) into tests/data/rrweb-heldout5/.
// DEVCORPUS_SET=heldout6: gen/sessions-heldout6.mjs (a video lesson page with a playing player,
// a scrubber, a playlist with press and hold; a touch tablet and desktop mice) into tests/data/rrweb-heldout6/.
// DEVCORPUS_SET=heldout7: gen/sessions-heldout7.mjs (a shop product page with a chat widget, a self-turning
// gallery, a stepper, infinite scroll; a landscape phone, keyboard-only, pen, fast, jitter) into tests/data/rrweb-heldout7/.
// DEVCORPUS_SET=heldout8: gen/sessions-heldout8.mjs (a kanban board with drag and drop, hover tooltips and
// elements that change where nobody can see them; a tablet, trackpad, slow hand, tremor, keyboard with Enter) into tests/data/rrweb-heldout8/.
// DEVCORPUS_SET=heldout9: gen/sessions-heldout9.mjs (a clinic's booking wizard with client-side routes, a date picker,
// accordions, switches, aria-disabled buttons, a hover menu and a map iframe; a touchscreen laptop, a screen
// magnifier, a high-DPI accelerated mouse, a stylus) into tests/data/rrweb-heldout9/.
// DEVCORPUS_SET=heldout10: gen/sessions-heldout10.mjs (a bank's accounts and transfer page with an always-animating
// offer banner, a confirmation dialog, a self-dismissing toast, a slider; a left-handed mouse with long pauses, a
// gamer's flicks, a thumb trackball, voice control on a phone, a large tablet in landscape) into tests/data/rrweb-heldout10/.
// DEVCORPUS_SET=heldout12: gen/sessions-heldout12.mjs (a flight search results page that re-sorts, a price slider, a fare
// dialog, a ticking countdown; a tremor, a left-handed mouse, a large tablet, a 2-in-1; calm: trackpad, fast hand, voice,
// gamer) into tests/data/rrweb-heldout12/.
// DEVCORPUS_SET=heldout13: gen/sessions-heldout13.mjs (a restaurant ordering page: +/- steppers, a cart drawer, a tip
// selector, a ticking countdown; a slow hand, a jittery mouse, a fingertip on a phone, a stylus on a tablet; calm:
// trackball, accelerated mouse, magnifier, pen) into tests/data/rrweb-heldout13/.
// DEVCORPUS_SET=heldout14: gen/sessions-heldout14.mjs (a job application and account settings page: a custom
// dropdown, hover tooltips and a hover menu, a toast that comes and goes on its own, a spinner answer at 0.9 s, a
// drag grip, a scrollable panel; a head mouse with dwell clicks, a double-click habit, new screens) into tests/data/rrweb-heldout14/.
// DEVCORPUS_SET=heldout15: gen/sessions-heldout15.mjs (an online course lesson: a player built from elements, a
// self-scrolling transcript, a quiz, client-side lesson routes, keyboard shortcuts; a new keyboard-first model,
// KeyboardHuman, beside earlier hands on new screens, a phone and a tablet turned) into tests/data/rrweb-heldout15/.
// DEVCORPUS_SET=heldout16: gen/sessions-heldout16.mjs (a drawing board: strokes with the button held, tools and a
// palette, zoom buttons and wheel zoom, panning, layer drags; a new drawing-tablet model, ArtistHuman, beside earlier
// hands on new screens, a phone and a tablet turned) into tests/data/rrweb-heldout16/.
// DEVCORPUS_SET=heldout17: gen/sessions-heldout17.mjs (an analytics dashboard whose numbers and chart refresh by
// themselves, tooltips, a sortable paged table, a date-range popover, chips, a collapsible sidebar; a new one-handed
// thumb model, ThumbHuman, beside earlier hands on new screens, a phone and a tablet turned) into tests/data/rrweb-heldout17/.
// DEVCORPUS_SET=heldout18: gen/sessions-heldout18.mjs (a customer-support help centre: search autocomplete, FAQ
// accordions, a live chat whose agent messages arrive by themselves, a contact form validated on blur; a new careful
// older-user model, CarefulHuman, beside earlier hands on new screens, a phone and a tablet turned) into tests/data/rrweb-heldout18/.
// DEVCORPUS_SET=heldout19: gen/sessions-heldout19.mjs (a homes-for-rent listings search: a map dragged to pan and zoomed
// by wheel and +/-, price pins that highlight cards and open a popup, infinite scroll, photo carousels, hearts, filters
// with a max price validated on blur; a new Mouse Keys model, MouseKeysHuman, beside earlier hands on new screens, a
// phone and a tablet turned) into tests/data/rrweb-heldout19/.
// DEVCORPUS_SET=heldout20: gen/sessions-heldout20.mjs (a team calendar, week view: drag over slots to make an event,
// drag to move, bottom edge to resize, popovers, toasts with Undo, a now line and a sync status that change by
// themselves; a new eye-tracker model, GazeHuman, beside earlier hands on new screens, a phone and a tablet turned)
// into tests/data/rrweb-heldout20/.
// DEVCORPUS_SET=heldout21: gen/sessions-heldout21.mjs (a concert-ticket seat picker: a seat map with tooltips, seats
// selected and deselected at once, sold seats with no handler, a hold countdown that ticks by itself, zoom and section
// buttons, a price slider, a basket drawer; a new palm-on-trackpad model, PalmHuman, beside earlier hands on new
// screens, a phone and a tablet turned) into tests/data/rrweb-heldout21/.
//
// Late answers are truth by rule: a site that reports its answers through window.__devAnswer
// (with the time of the click each one answers) gets a slow_click row for EVERY click it
// answered after more than 1000 ms, scripted or not (gen/truth.mjs, lateAnswerRows), and a
// recording is calm (expected_frustrated = no) only when it has no truth row at all.
//
// Usage: node gen/generate.mjs [--only name[,name...]] [--list]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { Human, TremorHuman, TrackpadHuman, FastHuman, SlowHuman, PenHuman, JitterHuman, TabletHuman, HybridHuman, MagnifierHuman, AccelHuman, StylusHuman, LeftyHuman, GamerHuman, TrackballHuman, VoiceHuman, KeyboardHuman, DwellHuman, DoubleClickHuman, ArtistHuman, ThumbHuman, CarefulHuman } from './human.mjs';
import { GazeHuman } from './human.mjs'; // held-out set 20
import { SESSIONS as DEV_SESSIONS } from './sessions.mjs';
import { WIDE_SESSIONS } from './sessions-wide.mjs';
import { HELDOUT2_SESSIONS } from './sessions-heldout2.mjs';
import { HELDOUT3_SESSIONS, HELDOUT3B_SESSIONS } from './sessions-heldout3.mjs';
import { TICKER_SESSIONS } from './sessions-ticker.mjs';
import { HELDOUT4_SESSIONS } from './sessions-heldout4.mjs';
import { HELDOUT5_SESSIONS } from './sessions-heldout5.mjs';
import { HELDOUT6_SESSIONS } from './sessions-heldout6.mjs';
import { HELDOUT7_SESSIONS } from './sessions-heldout7.mjs';
import { HELDOUT8_SESSIONS } from './sessions-heldout8.mjs';
import { HELDOUT9_SESSIONS } from './sessions-heldout9.mjs';
import { HELDOUT10_SESSIONS } from './sessions-heldout10.mjs';
import { HELDOUT11_SESSIONS } from './sessions-heldout11.mjs';
import { HELDOUT12_SESSIONS } from './sessions-heldout12.mjs';
import { HELDOUT13_SESSIONS } from './sessions-heldout13.mjs';
import { HELDOUT14_SESSIONS } from './sessions-heldout14.mjs';
import { HELDOUT15_SESSIONS } from './sessions-heldout15.mjs';
import { HELDOUT16_SESSIONS } from './sessions-heldout16.mjs';
import { HELDOUT17_SESSIONS } from './sessions-heldout17.mjs';
import { HELDOUT18_SESSIONS } from './sessions-heldout18.mjs';
// held-out set 19
import { MouseKeysHuman } from './human.mjs';
import { HELDOUT19_SESSIONS } from './sessions-heldout19.mjs';
const HUMANS19 = { mousekeys: MouseKeysHuman };
import { HELDOUT20_SESSIONS } from './sessions-heldout20.mjs'; // held-out set 20
// held-out set 21
import { PalmHuman } from './human.mjs';
import { HELDOUT21_SESSIONS } from './sessions-heldout21.mjs';
import { measure } from './truth.mjs';
import { counts } from './rrweb-facts.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const SITE = path.join(HERE, 'site');
const SET = process.env.DEVCORPUS_SET || 'dev';
const SETS = {
  dev: { sessions: DEV_SESSIONS, out: path.join(ROOT, '..', '..', 'data', 'rrweb') },
  wide: { sessions: WIDE_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-wide') },
  heldout2: { sessions: HELDOUT2_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-heldout2') },
  ticker: { sessions: TICKER_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-ticker') },
  heldout3: { sessions: HELDOUT3_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-heldout3') },
  heldout3b: { sessions: HELDOUT3B_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-heldout3b') },
  heldout4: { sessions: HELDOUT4_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-heldout4') },
  heldout5: { sessions: HELDOUT5_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-heldout5') },
  heldout6: { sessions: HELDOUT6_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-heldout6') },
  heldout7: { sessions: HELDOUT7_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-heldout7') },
  heldout8: { sessions: HELDOUT8_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-heldout8') },
  heldout9: { sessions: HELDOUT9_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-heldout9') },
  heldout10: { sessions: HELDOUT10_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-heldout10') },
  heldout11: { sessions: HELDOUT11_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-heldout11') },
  heldout12: { sessions: HELDOUT12_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-heldout12') },
  heldout13: { sessions: HELDOUT13_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-heldout13') },
  heldout14: { sessions: HELDOUT14_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-heldout14') },
  heldout15: { sessions: HELDOUT15_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-heldout15') },
  heldout16: { sessions: HELDOUT16_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-heldout16') },
  heldout17: { sessions: HELDOUT17_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-heldout17') },
  heldout18: { sessions: HELDOUT18_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-heldout18') },
  heldout19: { sessions: HELDOUT19_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-heldout19') },
  heldout20: { sessions: HELDOUT20_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-heldout20') },
  heldout21: { sessions: HELDOUT21_SESSIONS, out: path.join(ROOT, '..', '..', 'tests', 'data', 'rrweb-heldout21') }, // held-out set 21
};
if (!SETS[SET]) throw new Error(`unknown DEVCORPUS_SET ${SET} (${Object.keys(SETS).join(', ')})`);
const WIDE = SET !== 'dev'; // the sets with a part column
const SESSIONS = SETS[SET].sessions;
const OUT = path.resolve(process.env.DEVCORPUS_OUT || SETS[SET].out);

const RRWEB_BUNDLE = path.join(ROOT, 'node_modules', 'rrweb', 'dist', 'rrweb.umd.min.cjs');
const CONSOLE_BUNDLE = path.join(ROOT, 'node_modules', '@rrweb', 'rrweb-plugin-console-record', 'dist', 'rrweb-plugin-console-record.umd.min.cjs');
const RRWEB_VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'rrweb', 'package.json'), 'utf8')).version;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PORT = Number(process.env.DEVCORPUS_PORT || 8766);
const CHROME_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- static server
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };
function startServer() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(SITE, rel);
    if (!file.startsWith(SITE + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    // no-store: every visit is a real page load (no back/forward cache), like many shops
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', (err) => {
      if (err.code !== 'EADDRINUSE') return reject(err);
      server.listen(0, '127.0.0.1', () => resolve(server)); // fixed port busy: any free one
    });
    server.listen(PORT, '127.0.0.1', () => resolve(server));
  });
}

// ---------------------------------------------------------------- one session
class Session {
  constructor(def, page, cdp, origin) {
    this.def = def;
    this.page = page;
    this.cdp = cdp;
    this.origin = origin;
    this.mobile = def.device !== 'desktop'; // phones and tablets: touch + sensor
    const HUMANS = { tremor: TremorHuman, trackpad: TrackpadHuman, fast: FastHuman, slow: SlowHuman, pen: PenHuman, jitter: JitterHuman, tablet: TabletHuman, hybrid: HybridHuman, magnifier: MagnifierHuman, accel: AccelHuman, stylus: StylusHuman, lefty: LeftyHuman, gamer: GamerHuman, trackball: TrackballHuman, voice: VoiceHuman, keyboard: KeyboardHuman, dwell: DwellHuman, double: DoubleClickHuman, artist: ArtistHuman, thumb: ThumbHuman, careful: CarefulHuman };
    HUMANS.gaze = GazeHuman; // held-out set 20
    HUMANS.palm = PalmHuman; // held-out set 21
    this.h = new (HUMANS[def.human] || HUMANS19[def.human] || Human)(page, cdp, def.seed, { mobile: this.mobile });
    this.episodes = [];
    this.landscape = false;
    this.sensor = { alpha: 120 + this.h.gauss(0, 10), beta: 72, gamma: 1.5 }; // phone held upright
  }

  async open() {
    await this.page.goto(`${this.origin}/${this.def.page || "index.html"}`, { waitUntil: 'load' });
    if (this.mobile) await this.sendSensor(); // fresh reading for the new document's listener
  }

  async episode(signal, fn, info = {}) {
    const t0 = await this.h.now();
    await fn();
    const t1 = await this.h.now();
    this.episodes.push({ signal, t0, t1, ...info });
  }

  async sendSensor() {
    const r = (v) => Math.round(v * 10) / 10;
    await this.cdp.send('DeviceOrientation.setDeviceOrientationOverride', {
      alpha: r(((this.sensor.alpha % 360) + 360) % 360), beta: r(this.sensor.beta), gamma: r(this.sensor.gamma),
    });
  }

  // Reading pause. On a phone the hand wobbles a little: occasional small sensor changes.
  async idle(ms) {
    if (!this.mobile) return this.h.idle(ms);
    const end = Date.now() + ms;
    for (let guard = 0; Date.now() < end && guard < 200; guard++) {
      await sleep(Math.min(end - Date.now(), this.h.uniform(700, 1600)));
      if (Date.now() >= end) break;
      this.sensor.alpha += this.h.gauss(0, 0.8);
      this.sensor.beta += this.h.gauss(0, 1.2);
      this.sensor.gamma += this.h.gauss(0, 1.2);
      const home = this.landscape ? { beta: 6, gamma: -80 } : { beta: 72, gamma: 1.5 };
      this.sensor.beta += (home.beta - this.sensor.beta) * 0.3;
      this.sensor.gamma += (home.gamma - this.sensor.gamma) * 0.3;
      await this.sendSensor();
    }
  }

  // Turn the phone: the orientation sensor swings first (readings ~every 70 ms), then
  // the OS rotates the screen (viewport + screen swap width/height).
  async rotate(toLandscape) {
    const { h } = this;
    const vp = this.def.viewport;
    const from = { ...this.sensor };
    const to = toLandscape ? { beta: 6 + h.gauss(0, 2), gamma: -80 + h.gauss(0, 3) } : { beta: 72 + h.gauss(0, 3), gamma: 1.5 + h.gauss(0, 2) };
    const n = h.int(4, 6);
    for (let i = 1; i <= n; i++) {
      const f = i / n;
      const s = f * f * (3 - 2 * f);
      this.sensor.beta = from.beta + (to.beta - from.beta) * s + h.gauss(0, 1);
      this.sensor.gamma = from.gamma + (to.gamma - from.gamma) * s + h.gauss(0, 1);
      this.sensor.alpha += h.gauss(0, 1.5);
      await this.sendSensor();
      await sleep(h.uniform(55, 90));
    }
    await sleep(h.uniform(250, 450)); // rotation latency of the OS
    const size = toLandscape ? { width: vp.height, height: vp.width } : { width: vp.width, height: vp.height };
    await this.page.setViewportSize(size);
    this.landscape = toLandscape;
  }
}

async function runSession(def, origin, initScript) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'devcorpus-chromium-'));
  const mobile = def.device !== 'desktop';
  const contextOptions = {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROME_ARGS,
    viewport: { width: def.viewport.width, height: def.viewport.height },
    locale: 'en-GB',
    timezoneId: 'Europe/Oslo',
  };
  if (mobile) Object.assign(contextOptions, { isMobile: true, hasTouch: true, deviceScaleFactor: def.viewport.deviceScaleFactor, userAgent: def.userAgent });
  else {
    if (def.touch) contextOptions.hasTouch = true; // a touchscreen laptop: touch and mouse
    if (def.viewport.deviceScaleFactor) contextOptions.deviceScaleFactor = def.viewport.deviceScaleFactor;
  }
  let context;
  const events = [];
  const answers = []; // what the page answered and which click (its time), across page loads
  try {
    context = await chromium.launchPersistentContext(userDataDir, contextOptions);
    const page = context.pages()[0] || (await context.newPage());
    page.setDefaultTimeout(15000);
    page.on('pageerror', (err) => console.error(`  [${def.name}] page error: ${err.message}`));
    await page.exposeFunction('__devEmit', (text) => { events.push(JSON.parse(text)); });
    await page.exposeFunction('__devAnswer', (text) => { answers.push(JSON.parse(text)); });
    await page.addInitScript({ content: `window.__DEV_RECORD_OPTIONS__ = ${JSON.stringify(def.recordOptions || {})};` });
    await page.addInitScript({ content: initScript });
    const cdp = await context.newCDPSession(page);
    const s = new Session(def, page, cdp, origin);
    if (mobile) await s.sendSensor();
    const wall0 = Date.now();
    await def.run(s);
    await sleep(1200); // let rrweb flush its last batched mouse/touch positions
    const wall = Date.now() - wall0;
    return { events: events.slice(), episodes: s.episodes, answers: answers.slice(), wall };
  } finally {
    if (context) await context.close().catch(() => {});
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- csv
function csvCell(v) {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function writeCsv(file, header, rows) {
  const lines = [header.join(',')].concat(rows.map((r) => header.map((k) => csvCell(r[k])).join(',')));
  fs.writeFileSync(file, lines.join('\n') + '\n');
}
function readCsv(file) {
  if (!fs.existsSync(file)) return [];
  const text = fs.readFileSync(file, 'utf8');
  const rows = [];
  let row = [], cell = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') q = false; else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else if (c !== '\r') cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((k, i) => [k, r[i]])));
}

// ---------------------------------------------------------------- main
async function main() {
  const argv = process.argv.slice(2);
  if (argv.includes('--list')) {
    for (const d of SESSIONS) console.log(`${d.name}\t${d.device}`);
    return;
  }
  const onlyIdx = argv.indexOf('--only');
  const only = onlyIdx >= 0 ? new Set(argv[onlyIdx + 1].split(',')) : null;
  const selected = SESSIONS.filter((d) => !only || only.has(d.name));
  if (only && selected.length !== only.size) throw new Error(`unknown session in --only: ${[...only].join(',')}`);
  if (!fs.existsSync(RRWEB_BUNDLE)) throw new Error(`rrweb bundle missing: ${RRWEB_BUNDLE} (run npm ci in ${ROOT})`);
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium missing: ${CHROMIUM} (apt-get install chromium)`);
  fs.mkdirSync(OUT, { recursive: true });

  // rrweb's bundle is wrapped so it only runs in the top document (see recorder-init.js)
  const consoleBundle = fs.existsSync(CONSOLE_BUNDLE) ? fs.readFileSync(CONSOLE_BUNDLE, 'utf8') : '';
  const initScript = `if (window === window.top) {\n${fs.readFileSync(RRWEB_BUNDLE, 'utf8')}\n;${consoleBundle}\n}\n;${fs.readFileSync(path.join(HERE, 'recorder-init.js'), 'utf8')}`;
  const server = await startServer();
  const origin = `http://127.0.0.1:${server.address().port}`;
  console.log(`rrweb ${RRWEB_VERSION}; serving ${SITE} at ${origin}; ${selected.length} session(s) -> ${OUT}`);

  const truthFile = path.join(OUT, 'truth.csv');
  const sessFile = path.join(OUT, 'truth-sessions.csv');
  const names = new Set(selected.map((d) => `${d.name}.rrweb.json`));
  let truth = readCsv(truthFile).filter((r) => !names.has(r.recording));
  let sess = readCsv(sessFile).filter((r) => !names.has(r.recording));
  const failures = [];
  const t0 = Date.now();
  try {
    for (const def of selected) {
      const started = Date.now();
      try {
        const { events, episodes, answers, wall } = await runSession(def, origin, initScript);
        if (!events.length) throw new Error('no events recorded');
        const rows = measure(events, episodes, answers);
        const file = `${def.name}.rrweb.json`;
        fs.writeFileSync(path.join(OUT, file), JSON.stringify(events));
        const dur = events[events.length - 1].timestamp - events[0].timestamp;
        truth = truth.concat(rows.map((r) => ({ recording: file, ...r })));
        sess.push({ recording: file, device: def.device, expected_frustrated: rows.length ? 'yes' : 'no', duration_ms: dur, ...(WIDE ? { part: def.part } : {}) });
        const c = counts(events);
        const missing = (def.expectSources || []).filter((src) => !c.bySource[src]);
        console.log(`${def.name}: ${events.length} events, ${dur} ms recorded (${wall} ms driven), ${(fs.statSync(path.join(OUT, file)).size / 1024).toFixed(0)} KiB, ${rows.length} truth rows` + (missing.length ? `, MISSING sources ${missing}` : ''));
        for (const r of rows) console.log(`   ${r.signal} ${r.start_ms}-${r.end_ms}: ${r.notes}`);
        if (missing.length) failures.push(`${def.name}: missing IncrementalSource ${missing.join(',')}`);
      } catch (err) {
        failures.push(`${def.name}: ${err.stack || err}`);
        console.error(`${def.name}: FAILED after ${Date.now() - started} ms: ${err.stack || err}`);
      }
    }
  } finally {
    server.close();
  }
  const order = new Map(SESSIONS.map((d, i) => [`${d.name}.rrweb.json`, i]));
  truth.sort((a, b) => (order.get(a.recording) - order.get(b.recording)) || (Number(a.start_ms) - Number(b.start_ms)));
  sess.sort((a, b) => order.get(a.recording) - order.get(b.recording));
  writeCsv(truthFile, ['recording', 'signal', 'start_ms', 'end_ms', 'notes'], truth);
  writeCsv(sessFile, ['recording', 'device', 'expected_frustrated', 'duration_ms', ...(WIDE ? ['part'] : [])], sess);
  console.log(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s; ${failures.length} failure(s)`);
  if (failures.length) { for (const f of failures) console.error(`FAIL ${f}`); process.exitCode = 1; }
}

main().catch((err) => { console.error(err.stack || err); process.exitCode = 1; });
