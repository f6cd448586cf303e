// Held-out set 8's truth, corrected by the late-answer rule after its one run (replay issue
// 15, round 9). Set 8 was generated before the rule: its truth counted the 3.2 s answer of
// "Sync now" as slow_click in the frustrated sessions (scripted episodes) and as nothing in
// the two calm sessions that pressed it and waited. The rule (gen/truth.mjs, lateAnswerRows):
// every click the page answered after more than 1000 ms is a slow_click row, in any session.
//
// The site's answer log (window.__answers) was not kept with set 8's recordings, so the late
// answers are read back from the recordings themselves: board.js answers every click in the
// same task (votes, drops, filters, collapse, add card) except "Sync now", which writes
// "Synced: 2 cards changed on the server." into #status 3200 ms later (board.js). Each
// recorded Click on button#sync-btn is paired with the first later mutation that writes that
// text; the pairs are the answer log, and lateAnswerRows turns them into truth rows exactly as
// the generator now does for new recordings (board.js reports the click time since round 9).
// Page navigations (the help link) are answered by the next page's Meta event; their delays
// are printed too, to show that none is late.
//
// Usage: node gen/retruth-heldout8.mjs [folder]   (default ../../tests/data/rrweb-heldout8)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeIndex } from './rrweb-facts.mjs';
import { lateAnswerRows } from './truth.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DIR = path.resolve(process.argv[2] || path.join(HERE, '..', '..', '..', 'tests', 'data', 'rrweb-heldout8'));
const SYNCED = 'Synced: 2 cards changed on the server.';

function csvCell(v) { const s = String(v); return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; }
function writeCsv(file, header, rows) {
  fs.writeFileSync(file, [header.join(',')].concat(rows.map((r) => header.map((k) => csvCell(r[k])).join(','))).join('\n') + '\n');
}
function readCsv(file) {
  const text = fs.readFileSync(file, 'utf8');
  const rows = [];
  let row = [], cell = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) { if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') q = false; else cell += c; }
    else if (c === '"') q = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else if (c !== '\r') cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((k, i) => [k, r[i]])));
}

const truth = readCsv(path.join(DIR, 'truth.csv'));
const sessions = readCsv(path.join(DIR, 'truth-sessions.csv'));
const added = [];
for (const sess of sessions) {
  const file = sess.recording;
  const events = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8'));
  const idx = new NodeIndex(events);
  const base = events[0].timestamp;
  const clicks = events.filter((e) => e.type === 3 && e.data.source === 2 && e.data.type === 2);
  const answers = [];
  for (const c of clicks) {
    const what = idx.describe(c.data.id, c.timestamp);
    if (what === 'button#sync-btn') {
      const m = events.find((e) => e.timestamp > c.timestamp && e.type === 3 && e.data.source === 0 && JSON.stringify(e.data).includes(SYNCED)
        && !answers.some((a) => a.t === e.timestamp));
      if (!m) throw new Error(`${file}: no sync answer after the click at ${c.timestamp - base} ms`);
      answers.push({ what: 'sync', t: m.timestamp, click: c.timestamp });
      console.log(`${file}: click on ${what} at ${c.timestamp - base} ms answered after ${m.timestamp - c.timestamp} ms`);
    } else if (what === 'a#help-link') {
      const meta = events.find((e) => e.timestamp >= c.timestamp && e.type === 4);
      console.log(`${file}: click on ${what} at ${c.timestamp - base} ms answered by the next page's Meta after ${meta ? meta.timestamp - c.timestamp : 'never'} ms`);
    }
  }
  const scripted = truth.filter((r) => r.recording === file).map((r) => ({ ...r, start_ms: Number(r.start_ms), end_ms: Number(r.end_ms) }));
  const rows = lateAnswerRows(events, answers, scripted).map((r) => ({ recording: file, ...r,
    notes: r.notes.replace('not a scripted episode; ', 'not a scripted episode (added by gen/retruth-heldout8.mjs after the run); ').replace("the page's own log answered it (sync)", `the page answered it ("${SYNCED}" in #status, read from the recording)`) }));
  for (const r of rows) { console.log(`  + ${r.signal} ${r.start_ms}: ${r.notes}`); added.push(r); }
}
const order = new Map(sessions.map((s, i) => [s.recording, i]));
const all = truth.concat(added).sort((a, b) => (order.get(a.recording) - order.get(b.recording)) || (Number(a.start_ms) - Number(b.start_ms)));
for (const s of sessions) s.expected_frustrated = all.some((r) => r.recording === s.recording) ? 'yes' : 'no';
writeCsv(path.join(DIR, 'truth.csv'), ['recording', 'signal', 'start_ms', 'end_ms', 'notes'], all);
writeCsv(path.join(DIR, 'truth-sessions.csv'), ['recording', 'device', 'expected_frustrated', 'duration_ms', 'part'], sessions);
console.log(`${added.length} row(s) added; ${all.length} truth rows; ${sessions.filter((s) => s.expected_frustrated === 'no').length} calm recordings`);
