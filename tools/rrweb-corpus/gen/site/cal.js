// A team calendar and meeting scheduler, "Fjord Team Calendar" (held-out set 20), week view:
// a time grid (7:00-22:00, half-hour slots) where a new event is made by DRAGGING over empty
// slots (button held; a small "New event" popover at once when it is let go; on a touch
// screen a tap on an empty half hour), events MOVED by dragging and RESIZED by their bottom
// edge (each change shows a toast "Event moved. Undo" that vanishes by itself after 4 s);
// a press on an event without moving it opens its details popover at once (with "Close");
// a mini-month whose days jump the week at once; "Today", "<" and ">" answered at once; a
// time-zone dropdown (the hour labels change at once); calendar check boxes (at once); a
// red "now" line that moves by itself every 3 s and a "Syncing... / Synced" status in the
// header that flickers by itself every 4-7 s; a real help page (cal-help.html) and a
// client-side "Agenda" route (history.pushState to ?view=agenda, announced as a custom
// 'pageview' event; popstate too) with a long list.
// Slow: "Find a time" answers after 2.7-3.3 s with nothing shown meanwhile. Dead: the
// "Meeting rooms" and "Holidays" chips under "Other calendars" (cursor: pointer, a hover
// background, a title; no handler). Broken: "Send invites" in the new-event popover (no
// handler). "Export .ics" throws a console error. The popover's "Title" and "Guests
// (e-mail)" fields are validated on blur.
// window.__answers logs, for the truth only, what the page answered and WHICH click (or
// press) it answered (its time): the generator computes every late answer (> 1 s) from this
// log (gen/truth.mjs, lateAnswerRows). The page's own timers (sync status, now line, toast
// expiry) answer no click and are not logged.
(function () {
  function $(id) { return document.getElementById(id); }
  window.__answers = [];
  function answered(what, clickT) {
    var a = { what: what, t: Date.now(), click: clickT };
    window.__answers.push(a);
    try { if (window.__devAnswer) window.__devAnswer(JSON.stringify(a)); } catch (e) { /* not generating */ }
  }
  function on(id, fn) { $(id).addEventListener('click', function (ev) { fn(Date.now(), ev); }); }
  function pageview() {
    try { if (window.rrweb && rrweb.record) rrweb.record.addCustomEvent('pageview', { href: location.href, title: document.title }); } catch (e) { /* not recording */ }
  }
  var seed = 2020;
  function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }

  var SLOT = 22, START_H = 7, SLOTS = 30; // 7:00-22:00 in half hours
  var DAY0 = new Date(2026, 10, 30); // Monday of the week with "today"
  var TODAY = 3; // Thursday 3 December 2026 (index in its week)
  var week = 0, tzOff = 0, nextId = 1;
  var store = {}; // week -> events
  var TITLES = ['Stand-up', 'Design review', 'Sprint planning', '1:1 Kari', 'Customer call', 'Lunch & learn', 'Budget check', 'Retro', 'Interview', 'Roadmap sync', 'Ops hand-over', 'Demo prep'];
  var ROOMS = ['Fjellet (6)', 'Havet (12)', 'Skogen (4)', 'Video only', 'Kantina'];
  var PEOPLE = ['Kari, Jonas, Ole', 'Ingrid, Ali', 'the whole team', 'Kari', 'Maja, Per, a customer', 'Jonas'];
  function day(w, d) { var x = new Date(DAY0); x.setDate(x.getDate() + w * 7 + d); return x; }
  var MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  function fmtDay(x) { return DOW[(x.getDay() + 6) % 7] + ' ' + x.getDate() + ' ' + MON[x.getMonth()]; }
  function hhmm(slot) { var m = (START_H + tzOff) * 60 + slot * 30; m = ((m % 1440) + 1440) % 1440; return Math.floor(m / 60) + ':' + (m % 60 ? '30' : '00'); }
  function events(w) {
    if (store[w]) return store[w];
    var list = [];
    for (var d = 0; d < 5; d++) {
      var n = 1 + Math.floor(rnd() * 3), used = {};
      for (var k = 0; k < n; k++) {
        var s = 2 + Math.floor(rnd() * 22), len = 1 + Math.floor(rnd() * 3), free = true;
        for (var q = s; q < s + len; q++) if (used[q]) free = false;
        if (!free) continue;
        for (q = s - 1; q < s + len + 1; q++) used[q] = true;
        list.push({ id: nextId++, d: d, s: s, len: len, title: TITLES[Math.floor(rnd() * TITLES.length)], cal: rnd() < 0.5 ? 'me' : 'team', who: PEOPLE[Math.floor(rnd() * PEOPLE.length)] });
      }
    }
    store[w] = list;
    return list;
  }
  function shown(ev) { return $('cal-' + ev.cal).checked; }

  // ---- render the week
  function render() {
    var heads = $('day-heads'); heads.textContent = '';
    heads.appendChild(document.createElement('div'));
    for (var d = 0; d < 7; d++) {
      var h = document.createElement('div'); h.textContent = fmtDay(day(week, d));
      if (week === 0 && d === TODAY) h.className = 'today';
      heads.appendChild(h);
    }
    var a = day(week, 0), b = day(week, 6);
    $('week-label').textContent = a.getDate() + ' ' + MON[a.getMonth()] + ' - ' + b.getDate() + ' ' + MON[b.getMonth()] + ' ' + b.getFullYear();
    var cols = $('cols'); cols.textContent = '';
    for (d = 0; d < 7; d++) { var c = document.createElement('div'); c.className = 'col'; c.dataset.day = String(d); c.id = 'col-' + d; cols.appendChild(c); }
    events(week).forEach(function (ev) { if (shown(ev)) cols.children[ev.d].appendChild(evEl(ev)); });
    if (week === 0) { var line = document.createElement('div'); line.className = 'now-line'; line.id = 'now-line'; cols.children[TODAY].appendChild(line); placeNow(); }
    renderMini(); renderUpcoming();
  }
  function evEl(ev) {
    var e = document.createElement('div'); e.className = 'ev ' + ev.cal; e.id = 'ev-' + ev.id; e.dataset.id = String(ev.id);
    e.style.top = (ev.s * SLOT + 1) + 'px'; e.style.height = (ev.len * SLOT - 2) + 'px';
    e.textContent = ev.title + ' ' + hhmm(ev.s);
    var g = document.createElement('div'); g.className = 'grip'; e.appendChild(g);
    return e;
  }
  function renderHours() {
    var hs = $('hours'); hs.textContent = '';
    for (var i = 0; i < SLOTS / 2; i++) { var h = document.createElement('div'); h.textContent = hhmm(i * 2); hs.appendChild(h); }
  }
  function renderUpcoming() {
    var ul = $('upcoming-list'); ul.textContent = '';
    events(week).slice().sort(function (x, y) { return x.d - y.d || x.s - y.s; }).forEach(function (ev) {
      var li = document.createElement('li'), p = document.createElement('span');
      li.textContent = fmtDay(day(week, ev.d)) + ', ' + hhmm(ev.s) + '-' + hhmm(ev.s + ev.len) + ': ' + ev.title;
      p.className = 'sub'; p.textContent = 'With ' + ev.who + ' · room ' + ROOMS[ev.id % ROOMS.length] + (ev.cal === 'team' ? ' · Team calendar' : ' · My calendar');
      li.appendChild(p); ul.appendChild(li);
    });
  }
  // ---- mini month: Mon 30 Nov to Sun 3 Jan
  function renderMini() {
    var box = $('mini-days');
    if (!box.children.length) {
      for (var i = 0; i < 35; i++) {
        var x = day(0, i), bt = document.createElement('button');
        bt.textContent = String(x.getDate());
        bt.id = x.getMonth() === 11 ? 'md-' + x.getDate() : (x.getMonth() === 10 ? 'md-n' : 'md-j') + x.getDate();
        if (x.getMonth() !== 11) bt.className = 'other';
        bt.dataset.row = String(Math.floor(i / 7));
        box.appendChild(bt);
      }
    }
    for (var j = 0; j < box.children.length; j++) box.children[j].classList.toggle('in-week', Number(box.children[j].dataset.row) === week);
  }
  $('mini-days').addEventListener('click', function (ev) {
    var bt = ev.target.closest('button'); if (!bt) return;
    var t = Date.now(); closePops(); week = Number(bt.dataset.row); render(); answered('week ' + week + ' (mini month)', t);
  });
  on('today', function (t) { closePops(); week = 0; render(); answered('today', t); });
  on('prev', function (t) { closePops(); week--; render(); answered('week ' + week, t); });
  on('next', function (t) { closePops(); week++; render(); answered('week ' + week, t); });
  ['me', 'team'].forEach(function (c) { $('cal-' + c).addEventListener('change', function () { var t = Date.now(); render(); answered('calendar ' + c + (this.checked ? ' on' : ' off'), t); }); });

  // ---- time-zone dropdown
  on('tz-btn', function (t) { var open = $('tz-menu').hidden; $('tz-menu').hidden = !open; $('tz-btn').setAttribute('aria-expanded', open ? 'true' : 'false'); answered(open ? 'tz menu open' : 'tz menu closed', t); });
  $('tz-menu').addEventListener('click', function (ev) {
    var li = ev.target.closest('li'); if (!li) return;
    var t = Date.now(); tzOff = Number(li.dataset.off); $('tz-btn').textContent = li.textContent + ' \u25BE'; $('tz-menu').hidden = true; $('tz-btn').setAttribute('aria-expanded', 'false');
    renderHours(); render(); answered('time zone ' + li.textContent, t);
  });
  document.addEventListener('click', function (ev) { if (!ev.target.closest('.tz')) $('tz-menu').hidden = true; });

  // ---- the now line (moves by itself) and the sync status (flickers by itself)
  var nowMin = 10 * 60 + 12;
  function placeNow() { var l = $('now-line'); if (l) l.style.top = (((nowMin - START_H * 60) / 30) * SLOT).toFixed(1) + 'px'; }
  setInterval(function () { nowMin += 1; placeNow(); }, 3000);
  function syncLoop() {
    setTimeout(function () {
      $('sync').textContent = 'Syncing\u2026'; $('sync').classList.add('busy');
      setTimeout(function () { $('sync').textContent = 'Synced'; $('sync').classList.remove('busy'); syncLoop(); }, 500 + Math.round(rnd() * 700));
    }, 4000 + Math.round(rnd() * 3000));
  }
  syncLoop();

  // ---- toasts (vanish by themselves after 4 s)
  var toastTimer = null, undoFn = null;
  function toast(text, undo) {
    $('toast-text').textContent = text; $('toast').hidden = false; undoFn = undo;
    $('toast-undo').hidden = !undo;
    clearTimeout(toastTimer); toastTimer = setTimeout(function () { $('toast').hidden = true; undoFn = null; }, 4000);
  }
  on('toast-undo', function (t) { if (undoFn) undoFn(); undoFn = null; clearTimeout(toastTimer); $('toast').hidden = true; render(); answered('undo', t); });

  // ---- popovers
  var pending = null; // the event being made
  function place(pop, rect) {
    var x = rect.right + 10 + scrollX;
    if (rect.right + 310 > innerWidth) x = rect.left - 300 + scrollX;
    x = Math.max(8 + scrollX, x);
    var y = Math.max(scrollY + 8, Math.min(rect.top + scrollY - 20, scrollY + innerHeight - pop.offsetHeight - 12));
    pop.style.left = x + 'px'; pop.style.top = y + 'px';
  }
  function closePops() {
    $('detail-pop').hidden = true;
    if (!$('new-pop').hidden) { $('new-pop').hidden = true; var g = $('ghost'); if (g) g.remove(); pending = null; }
  }
  // the title gets the focus for a mouse or pen (a touch screen's keyboard opens only when the field is tapped)
  function openNew(d, s, len, ghost, focus) {
    pending = { d: d, s: s, len: len };
    ghost.textContent = '(no title) ' + hhmm(s) + '-' + hhmm(s + len);
    $('new-when').textContent = fmtDay(day(week, d)) + ', ' + hhmm(s) + '-' + hhmm(s + len);
    ['ev-title', 'ev-guests'].forEach(function (f) { $(f).value = ''; $(f + '-error').hidden = true; $(f).classList.remove('bad'); });
    $('new-pop').hidden = false; place($('new-pop'), ghost.getBoundingClientRect());
    if (focus) $('ev-title').focus({ preventScroll: true });
  }
  function openDetail(ev, el) {
    $('detail-title').textContent = ev.title;
    $('detail-when').textContent = fmtDay(day(week, ev.d)) + ', ' + hhmm(ev.s) + '-' + hhmm(ev.s + ev.len);
    $('detail-who').textContent = 'With ' + ev.who;
    $('detail-pop').hidden = false; place($('detail-pop'), el.getBoundingClientRect());
  }
  on('detail-close', function (t) { $('detail-pop').hidden = true; answered('details closed', t); });
  on('ev-cancel', function (t) { closePops(); answered('new event cancelled', t); });
  var RULES = {
    'ev-title': function (v) { return (v.match(/[A-Za-z\u00C0-\u024F]/g) || []).length >= 3; },
    'ev-guests': function (v) { return !v.trim() || v.split(',').every(function (p) { return /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(p.trim()); }); },
  };
  function check(id) { var ok = RULES[id]($(id).value); $(id + '-error').hidden = ok; $(id).classList.toggle('bad', !ok); return ok; }
  Object.keys(RULES).forEach(function (id) {
    $(id).addEventListener('blur', function () { if ($(id).value) check(id); });
    $(id).addEventListener('input', function () { if (!$(id + '-error').hidden && RULES[id]($(id).value)) { $(id + '-error').hidden = true; $(id).classList.remove('bad'); } });
  });
  on('ev-save', function (t) {
    var ok = Object.keys(RULES).map(check).every(Boolean);
    if (ok && pending) {
      var ev = { id: nextId++, d: pending.d, s: pending.s, len: pending.len, title: $('ev-title').value.trim(), cal: 'me', who: $('ev-guests').value.trim() || 'nobody yet' };
      events(week).push(ev); pending = null; $('new-pop').hidden = true; render();
      toast('Event saved.', function () { var l = events(week); l.splice(l.indexOf(ev), 1); });
    }
    answered(ok ? 'event saved' : 'save refused', t);
  });
  // "Send invites" (#send-invites), the "Meeting rooms" and "Holidays" chips: no handler.
  on('export-ics', function () { console.error("TypeError: Cannot read properties of undefined (reading 'toICS') at exportWeek (cal.js:212)"); });
  on('find-time', function (t) {
    // nothing shown while the team's calendars are searched
    setTimeout(function () {
      $('find-result').hidden = false;
      $('find-result').textContent = 'Free for everyone: Tue 14:00-15:00, Wed 9:30-10:30, Fri 13:00-14:00.';
      answered('find a time', t);
    }, 2700 + Math.round(rnd() * 600));
  });
  document.addEventListener('keydown', function (ev) { if (ev.key === 'Escape') closePops(); });
  document.addEventListener('pointerdown', function (ev) {
    if (ev.target.closest('.pop') || ev.target.closest('#cols') || ev.target.closest('#toast')) return;
    if (!$('detail-pop').hidden || !$('new-pop').hidden) { closePops(); answered('popover closed (outside)', Date.now()); }
  }, true);

  // ---- drag to make, move and resize (pointer events: mouse, pen; touch taps an empty slot)
  var drag = null;
  function slotAt(col, clientY) { var r = col.getBoundingClientRect(); return Math.max(0, Math.min(SLOTS - 1, Math.floor((clientY - r.top) / SLOT))); }
  function colAt(clientX) {
    var cs = $('cols').children;
    for (var i = 0; i < cs.length; i++) { var r = cs[i].getBoundingClientRect(); if (clientX >= r.left && clientX < r.right) return cs[i]; }
    return clientX < cs[0].getBoundingClientRect().left ? cs[0] : cs[cs.length - 1];
  }
  $('cols').addEventListener('pointerdown', function (e) {
    if (e.button !== 0) return;
    var t = Date.now();
    var wasOpen = !$('detail-pop').hidden || !$('new-pop').hidden;
    closePops();
    var evDiv = e.target.closest('.ev'), col = e.target.closest('.col');
    if (!col) return;
    if (evDiv) {
      var ev = events(week).filter(function (x) { return x.id === Number(evDiv.dataset.id); })[0];
      drag = { mode: e.target.classList.contains('grip') ? 'resize' : 'move', ev: ev, el: evDiv, x0: e.clientX, y0: e.clientY, d0: ev.d, s0: ev.s, len0: ev.len, moved: false, t: t, wasOpen: wasOpen };
    } else {
      var s = slotAt(col, e.clientY), g = document.createElement('div');
      g.className = 'ghost'; g.id = 'ghost'; g.style.top = (s * SLOT + 1) + 'px'; g.style.height = (SLOT - 2) + 'px';
      drag = { mode: 'create', col: col, s0: s, s1: s, ghost: g, t: t, touch: e.pointerType === 'touch', y0: e.clientY };
      if (!drag.touch) col.appendChild(g);
    }
    if (e.pointerType !== 'touch') { try { $('cols').setPointerCapture(e.pointerId); } catch (err) { /* gone */ } }
  });
  $('cols').addEventListener('pointermove', function (e) {
    if (!drag) return;
    if (drag.mode === 'create') {
      if (drag.touch) return;
      var s1 = slotAt(drag.col, e.clientY);
      if (s1 !== drag.s1) { drag.s1 = s1; var a = Math.min(drag.s0, s1), b = Math.max(drag.s0, s1); drag.ghost.style.top = (a * SLOT + 1) + 'px'; drag.ghost.style.height = ((b - a + 1) * SLOT - 2) + 'px'; }
      return;
    }
    if (!drag.moved && Math.hypot(e.clientX - drag.x0, e.clientY - drag.y0) < 5) return;
    drag.moved = true; drag.el.classList.add('dragging');
    var dy = Math.round((e.clientY - drag.y0) / SLOT);
    if (drag.mode === 'resize') {
      drag.ev.len = Math.max(1, Math.min(SLOTS - drag.ev.s, drag.len0 + dy));
      drag.el.style.height = (drag.ev.len * SLOT - 2) + 'px';
    } else {
      var col = colAt(e.clientX), s = Math.max(0, Math.min(SLOTS - drag.ev.len, drag.s0 + dy));
      if (col !== drag.el.parentNode) col.appendChild(drag.el);
      drag.ev.d = Number(col.dataset.day); drag.ev.s = s; drag.el.style.top = (s * SLOT + 1) + 'px';
    }
  });
  // the page answers the release (the press-and-release is one click for the browser)
  function finish(e) {
    if (!drag) return;
    var d = drag; drag = null; d.t = Date.now();
    if (d.mode === 'create') {
      if (d.touch) {
        if (e.type === 'pointercancel' || Math.abs(e.clientY - d.y0) > 10) return; // a swipe scrolled the page
        d.col.appendChild(d.ghost);
      }
      var a = Math.min(d.s0, d.s1), b = Math.max(d.s0, d.s1);
      openNew(Number(d.col.dataset.day), a, b - a + 1, d.ghost, !d.touch);
      answered('new event popover', d.t);
      return;
    }
    d.el.classList.remove('dragging');
    if (!d.moved) { if (e.type !== 'pointercancel') { openDetail(d.ev, d.el); answered('details open', d.t); } return; }
    var ev = d.ev, s0 = d.s0, d0 = d.d0, len0 = d.len0;
    render();
    if (d.mode === 'resize') { toast('Event resized.', function () { ev.len = len0; }); answered('event resized', d.t); }
    else { toast('Event moved.', function () { ev.d = d0; ev.s = s0; }); answered('event moved', d.t); }
  }
  $('cols').addEventListener('dragstart', function (e) { e.preventDefault(); }); // no native drag of the grid's text
  $('cols').addEventListener('pointerup', finish);
  $('cols').addEventListener('pointercancel', finish);

  // ---- the "Agenda" route (client-side) with its long list
  function view() { return new URLSearchParams(location.search).get('view') === 'agenda' ? 'agenda' : 'week'; }
  function renderAgenda() {
    var ol = $('agenda-list'); if (ol.children.length) return;
    for (var w = 0; w < 6; w++) {
      events(w).slice().sort(function (x, y) { return x.d - y.d || x.s - y.s; }).forEach(function (ev) {
        var li = document.createElement('li'), dd = document.createElement('span');
        dd.className = 'd'; dd.textContent = fmtDay(day(w, ev.d)) + ', ' + hhmm(ev.s) + '-' + hhmm(ev.s + ev.len);
        li.appendChild(dd); li.appendChild(document.createTextNode(ev.title + ' with ' + ev.who + (ev.cal === 'team' ? ' · Team calendar' : ' · My calendar')));
        ol.appendChild(li);
      });
    }
  }
  function renderView() {
    var ag = view() === 'agenda';
    if (ag) renderAgenda();
    $('agenda-view').hidden = !ag; $('week-view').hidden = ag;
    document.title = ag ? 'Agenda · Fjord Team Calendar' : 'Week · Fjord Team Calendar';
  }
  $('agenda-link').addEventListener('click', function (ev) {
    ev.preventDefault();
    var t = Date.now(); closePops();
    history.pushState({ view: 'agenda' }, '', '/cal.html?view=agenda');
    renderView(); window.scrollTo(0, 0); pageview();
    answered('agenda route', t);
  });
  on('agenda-back', function (t) {
    history.pushState({ view: 'week' }, '', '/cal.html');
    renderView(); window.scrollTo(0, 0); pageview();
    answered('week route', t);
  });
  window.addEventListener('popstate', function () { renderView(); pageview(); });
  window.addEventListener('load', function () { setTimeout(pageview, 50); });

  renderHours(); render(); renderView();
})();
