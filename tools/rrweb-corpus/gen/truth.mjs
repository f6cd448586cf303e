// Turns the scripted episodes (page-clock marks t0..t1 taken around each injected action)
// into ground-truth rows measured on the recorded events themselves.
import { NodeIndex, mousePositions, reversals } from './rrweb-facts.mjs';

const isInc = (e, src) => e.type === 3 && e.data.source === src;
const within = (t, a, b) => t >= a && t <= b;

function nextResponse(events, after, limit) {
  // first DOM mutation, input, navigation (Meta) or snapshot after `after`
  for (const e of events) {
    if (e.timestamp <= after) continue;
    if (e.timestamp > after + limit) break;
    if (e.type === 4 || e.type === 2 || isInc(e, 0) || isInc(e, 5)) return e.timestamp - after;
  }
  return null;
}

function mutationsBetween(events, a, b) {
  return events.filter((e) => isInc(e, 0) && within(e.timestamp, a, b)).length;
}

// A click the page answered after more than LATE_MS is a slow click, whoever made it and
// whatever the script meant (SIGNALS.md: a slow click is the page's late answer). Sites that
// report their answers through window.__devAnswer ({what, t, click}: the answer's time and
// the time of the click it answers) get one slow_click row for every such click that is not
// already a scripted slow_click row; a late answer to a click scripted as dead or rage is a
// contradiction and stops the run.
export const LATE_MS = 1000;

export function lateAnswerRows(events, answers, scripted) {
  const base = events[0].timestamp;
  const idx = new NodeIndex(events);
  const clicks = events.filter((e) => isInc(e, 2) && e.data.type === 2);
  const out = [];
  for (const a of answers || []) {
    if (a.click === undefined || a.click === null) continue;
    const delay = a.t - a.click;
    if (delay <= LATE_MS) continue;
    let best = null;
    for (const c of clicks) {
      const d = Math.abs(c.timestamp - a.click);
      if (d <= 50 && (!best || d < Math.abs(best.timestamp - a.click))) best = c;
    }
    if (!best) throw new Error(`late answer '${a.what}' (${delay} ms): no recorded Click within 50 ms of ${a.click}`);
    const start = best.timestamp - base;
    if (scripted.some((r) => r.signal === 'slow_click' && r.start_ms === start)) continue;
    if (scripted.some((r) => (r.signal === 'dead_click' || r.signal === 'rage_click') && start >= r.start_ms && start <= r.end_ms)) {
      throw new Error(`late answer '${a.what}' to a click scripted as dead or rage at ${start} ms`);
    }
    if (out.some((r) => r.start_ms === start)) continue;
    const how = best.data.pointerType === 2 ? 'tap' : best.data.pointerType === 1 ? 'pen tap' : 'click';
    out.push({
      signal: 'slow_click', start_ms: start, end_ms: start,
      notes: `${how} on ${idx.describe(best.data.id, best.timestamp)} at x=${best.data.x}, y=${best.data.y}, not a scripted episode; the page's own log answered it (${a.what}) ${delay} ms after the click: every click answered after more than ${LATE_MS} ms is slow_click truth (gen/truth.mjs, lateAnswerRows)`,
    });
  }
  return out;
}

export function measure(events, episodes, answers = []) {
  const base = events[0].timestamp;
  const idx = new NodeIndex(events);
  const rows = [];
  for (const ep of episodes) {
    const { signal, t0, t1 } = ep;
    let start, end, notes;
    if (signal === 'rage_click' || signal === 'dead_click') {
      const clicks = events.filter((e) => isInc(e, 2) && e.data.type === 2 && within(e.timestamp, t0, t1 + 300));
      if (!clicks.length) throw new Error(`${signal}: no Click event between ${t0} and ${t1}`);
      start = clicks[0].timestamp;
      end = clicks[clicks.length - 1].timestamp;
      const targets = [...new Set(clicks.map((c) => idx.describe(c.data.id, c.timestamp)))];
      const x0 = clicks[0].data.x, y0 = clicks[0].data.y;
      const spread = Math.max(...clicks.map((c) => Math.hypot(c.data.x - x0, c.data.y - y0)));
      const touch = clicks.some((c) => c.data.pointerType === 2);
      const resp = nextResponse(events, end, 5000);
      const respText = resp === null ? 'no DOM mutation, input or navigation in the next 5000 ms'
        : `first DOM mutation/input/navigation ${resp} ms after the last click`;
      if (signal === 'rage_click') {
        notes = `${clicks.length} ${touch ? 'taps' : 'clicks'} on ${targets.join(', ')} (scripted target ${ep.target}) within ${end - start} ms; max ${spread.toFixed(1)} px from the first; dead button: ${mutationsBetween(events, start, end)} mutations during the burst, ${respText}`;
      } else {
        notes = `single ${touch ? 'tap' : 'click'} on ${targets.join(', ')} (scripted target ${ep.target}), not interactive; ${respText}`;
        if (clicks.length !== 1) notes += `; NOTE ${clicks.length} Click events in window`;
      }
      if (ep.answers) notes += ep.answers.length ? `; NOTE the page's own log answered: ${ep.answers.map((a) => a.what).join(', ')}` : "; the page's own log: no answer (the first DOM mutations are the page's own timers)";
    } else if (signal === 'slow_click') {
      // a click on a control that answers, but only after a long wait (no spinner)
      const clicks = events.filter((e) => isInc(e, 2) && e.data.type === 2 && within(e.timestamp, t0, t1 + 300));
      if (clicks.length !== 1) throw new Error(`slow_click: ${clicks.length} Click events between ${t0} and ${t1}`);
      start = end = clicks[0].timestamp;
      const muts = events.filter((e) => isInc(e, 0) && e.timestamp > start && e.timestamp <= start + 8000);
      const resp = muts.length ? muts[0].timestamp - start : null;
      notes = `single ${clicks[0].data.pointerType === 2 ? 'tap' : 'click'} on ${idx.describe(clicks[0].data.id, start)} (scripted target ${ep.target}) at x=${clicks[0].data.x}, y=${clicks[0].data.y}; the page answered (first DOM mutation) ${resp === null ? 'never within 8000' : resp} ms later`;
      // sites that log their own answers (window.__answers): name the real answer, which on
      // pages that change by themselves is not the first DOM mutation
      if (ep.answer) notes += `; the real answer (the page's own log: ${ep.answer.what}) came ${ep.answer.t - start} ms after the click`;
    } else if (signal === 'error_click') {
      const clicks = events.filter((e) => isInc(e, 2) && e.data.type === 2 && within(e.timestamp, t0, t1 + 300));
      if (!clicks.length) throw new Error('error_click: no Click event');
      const c = clicks[0];
      const err = events.find((e) => e.type === 6 && e.data && e.data.plugin === 'rrweb/console@1'
        && e.data.payload && e.data.payload.level === 'error' && e.timestamp >= c.timestamp);
      if (!err || err.timestamp - c.timestamp > 2000) throw new Error('error_click: no console error within 2000 ms');
      start = c.timestamp;
      end = err.timestamp;
      const msg = String((err.data.payload.payload || [])[0] || '').slice(0, 80);
      notes = `${c.data.pointerType === 2 ? 'tap' : 'click'} on ${idx.describe(c.data.id, start)} (scripted target ${ep.target}) at x=${c.data.x}, y=${c.data.y}; console error ${end - start} ms later (rrweb/console@1): ${msg}`;
    } else if (signal === 'erratic_cursor') {
      const pos = mousePositions(events, 1).filter((p) => within(p.t, t0, t1));
      if (pos.length < 5) throw new Error(`erratic_cursor: only ${pos.length} positions`);
      start = pos[0].t;
      end = pos[pos.length - 1].t;
      let len = 0;
      for (let i = 1; i < pos.length; i++) len += Math.hypot(pos[i].x - pos[i - 1].x, pos[i].y - pos[i - 1].y);
      const xs = pos.map((p) => p.x), ys = pos.map((p) => p.y);
      const dur = Math.max(1, end - start);
      notes = `${pos.length} recorded positions, ${reversals(xs)} horizontal and ${reversals(ys)} vertical direction reversals, path ${Math.round(len)} px in ${dur} ms (mean ${Math.round(len / dur * 1000)} px/s), x range ${Math.round(Math.min(...xs))}-${Math.round(Math.max(...xs))}, y range ${Math.round(Math.min(...ys))}-${Math.round(Math.max(...ys))}`;
    } else if (signal === 'scroll_thrash') {
      const sc = events.filter((e) => isInc(e, 3) && within(e.timestamp, t0, t1 + (ep.tailMs ?? 400)));
      if (sc.length < 3) throw new Error(`scroll_thrash: only ${sc.length} scroll events`);
      start = sc[0].timestamp;
      end = sc[sc.length - 1].timestamp;
      const ys = sc.map((e) => e.data.y);
      notes = `${sc.length} scroll events, ${reversals(ys)} direction reversals of the recorded scrollY within ${end - start} ms, scrollY range ${Math.min(...ys)}-${Math.max(...ys)}${ep.how ? `; ${ep.how}` : ''}`;
    } else if (signal === 'repeated_rotation') {
      const rs = events.filter((e) => isInc(e, 4) && within(e.timestamp, t0, t1 + 600));
      if (rs.length < 3) throw new Error(`repeated_rotation: only ${rs.length} viewport resizes`);
      start = rs[0].timestamp;
      end = rs[rs.length - 1].timestamp;
      const sensors = events.filter((e) => e.type === 5 && e.data.tag === 'orientation' && within(e.timestamp, t0, t1 + 600));
      const screens = events.filter((e) => e.type === 5 && e.data.tag === 'screen-orientation' && within(e.timestamp, t0, t1 + 600));
      notes = `${rs.length} orientation flips within ${end - start} ms: viewport ${rs.map((e) => `${e.data.width}x${e.data.height}`).join(' -> ')}; ${screens.length} screen-orientation and ${sensors.length} orientation (deviceorientation) custom events in the episode`;
    } else if (signal === 'quick_back') {
      // the click (or tap) on the link, the Meta of the page it led to, the Meta of the page it came back to
      const click = events.find((e) => isInc(e, 2) && e.data.type === 2 && within(e.timestamp, t0, t1));
      // page loads (Meta) or client-side route changes (custom 'pageview' events)
      const isPage = ep.spa ? (e) => e.type === 5 && e.data.tag === 'pageview' : (e) => e.type === 4;
      const metas = click ? events.filter((e) => isPage(e) && within(e.timestamp, click.timestamp, t1 + 1000))
        .map((e) => (ep.spa ? { timestamp: e.timestamp, data: { href: e.data.payload.href } } : e)) : [];
      const away = metas[0];
      const back = metas.find((m) => away && m.timestamp > away.timestamp && m.data.href !== away.data.href);
      if (!click || !away || !back) throw new Error('quick_back: missing click or Meta events');
      start = click.timestamp;
      end = back.timestamp;
      const tap = click.data.pointerType === 2;
      const pathOf = (u) => { const x = new URL(u); return x.pathname + x.search; };
      const kind = ep.spa ? 'pageview (pushState)' : 'Meta';
      notes = `${tap ? 'tap' : 'click'} on ${idx.describe(click.data.id, click.timestamp)} -> ${kind} ${pathOf(away.data.href)} after ${away.timestamp - click.timestamp} ms -> ${ep.how || 'history.back()'} -> ${kind} ${pathOf(back.data.href)}; ${back.timestamp - away.timestamp} ms on the second page`;
    } else if (signal === 'form_reentry') {
      const field = ep.target.replace(/^#/, '');
      const inputs = events.filter((e) => isInc(e, 5) && within(e.timestamp, t0, t1 + 300)
        && idx.describe(e.data.id, e.timestamp) === `input#${field}`);
      if (inputs.length < 3) throw new Error(`form_reentry: only ${inputs.length} input events on ${field}`);
      start = inputs[0].timestamp;
      end = inputs[inputs.length - 1].timestamp;
      let cleared = 0;
      for (let i = 1; i < inputs.length; i++) if (inputs[i].data.text === '' && inputs[i - 1].data.text !== '') cleared++;
      const errId = idx.idOf(`${field}-error`, start);
      const shows = [];
      for (const e of events) {
        if (!isInc(e, 0) || !within(e.timestamp, t0, t1 + 300)) continue;
        for (const a of e.data.attributes || []) {
          if (a.id !== errId || !('hidden' in a.attributes)) continue;
          if (a.attributes.hidden === null) shows.push([e.timestamp - base, null]);
          else if (shows.length && shows[shows.length - 1][1] === null) shows[shows.length - 1][1] = e.timestamp - base;
        }
      }
      const vis = shows.map(([a, b]) => `${a}-${b === null ? 'end' : b} ms`).join(', ') || 'never';
      const final = inputs[inputs.length - 1].data.text;
      notes = `#${field}: ${inputs.length} input events; cleared to empty ${cleared} times and retyped; validation error #${field}-error visible ${vis}; final value '${final}'`;
    } else {
      throw new Error(`unknown signal ${signal}`);
    }
    rows.push({ signal, start_ms: start - base, end_ms: end - base, notes });
  }
  return rows.concat(lateAnswerRows(events, answers, rows)).sort((a, b) => a.start_ms - b.start_ms);
}
