// An analytics dashboard, "Store performance" (held-out set 17): KPI cards and a bar chart
// whose data REFRESHES BY ITSELF every ~5 s (numbers, bars and an "updated N s ago" label
// that ticks every second change with no input), hover tooltips on the bars (a tap shows one
// too), a sortable stores table (a header click re-orders the rows at once) with pagination
// (Prev / Next answered at once), a date-range popover with preset ranges (opens at once),
// channel filter chips that toggle, a collapsible sidebar, "Refresh now" (a spinner at once,
// the data 0.7 s later), a "Report name" field validated on blur and on "Save", a real
// "Help" page (dash-help.html) and a client-side "Settings" route (history.pushState to
// ?view=settings, announced as a custom 'pageview' event; popstate too).
// Slow: "Export CSV" answers after 2.6 s with nothing shown meanwhile. Broken: the
// "Compare to last year" switch (no handler) and the "Visitors" KPI card (cursor: pointer and
// a hover shadow, no handler). "Share report" throws a console error.
// window.__answers logs, for the truth only, what the page answered and WHICH click it
// answered (its time): the generator computes every late answer (> 1 s) from this log
// (gen/truth.mjs, lateAnswerRows). The auto-refresh answers no click and is not logged.
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
  // a fixed pseudo-random stream (the same numbers on every run)
  var seed = 1717;
  function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
  function kr(n) { return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ' '); }

  // ---- data
  var RANGE = { 'r-7': ['Last 7 days', 7], 'r-30': ['Last 30 days', 30], 'r-90': ['Last 90 days', 90], 'r-ytd': ['Year to date', 48] };
  var range = 'r-30';
  var chips = { online: true, store: true, mobile: false, returns: false };
  var days = [];
  function makeDays() {
    var n = Math.min(RANGE[range][1], 24);
    days = [];
    for (var i = 0; i < n; i++) days.push(30000 + Math.round(rnd() * 26000));
  }
  var STORES = ['Bergen Sentrum', 'Oslo Storo', 'Oslo Majorstuen', 'Trondheim Solsiden', 'Stavanger Kvadrat', 'Tromsø Jekta', 'Drammen Gulskogen', 'Kristiansand Sørlandssenteret',
    'Fredrikstad Torvbyen', 'Ålesund Moa', 'Bodø City Nord', 'Hamar Maxi', 'Lillehammer Strandtorget', 'Sandnes Kvadrat', 'Haugesund Amanda', 'Molde Roseby',
    'Skien Herkules', 'Tønsberg Farmandstredet', 'Arendal Amfi', 'Gjøvik CC', 'Harstad Amfi', 'Narvik Amfi', 'Larvik Nordbyen', 'Moss Amfi',
    'Halden Tista', 'Kongsberg Stortorget', 'Elverum Amfi', 'Steinkjer Amfi', 'Mo i Rana Amfi', 'Alta Amfi', 'Lørenskog Metro', 'Asker Torvet',
    'Sandvika Storsenter', 'Ski Storsenter', 'Jessheim Storsenter', 'Horten Sentrum', 'Kristiansund Futura', 'Grimstad Sentrum', 'Egersund Sentrum', 'Florø Sentrum'];
  var stores = STORES.map(function (name) { return { store: name, rev: 40000 + Math.round(rnd() * 120000), orders: 90 + Math.round(rnd() * 400), growth: Math.round((rnd() * 24 - 8) * 10) / 10 }; });
  var sortKey = 'rev', sortDir = -1, page = 0, PER = 8;
  var kpi = { rev: 1284300, orders: 3412, vis: 48920 };

  // ---- rendering
  function renderKpis() {
    $('v-rev').textContent = 'kr ' + kr(kpi.rev);
    $('v-orders').textContent = kr(kpi.orders);
    $('v-aov').textContent = 'kr ' + kr(kpi.rev / kpi.orders);
    $('v-vis').textContent = kr(kpi.vis);
  }
  function renderChart() {
    var c = $('chart');
    var max = Math.max.apply(null, days);
    if (c.children.length !== days.length) {
      c.textContent = '';
      days.forEach(function (v, i) { var b = document.createElement('div'); b.className = 'bar'; b.dataset.i = String(i); c.appendChild(b); });
    }
    for (var i = 0; i < days.length; i++) c.children[i].style.height = Math.round(100 * days[i] / max) + '%';
  }
  function renderTable() {
    var list = stores.slice().sort(function (a, b) {
      var x = a[sortKey], y = b[sortKey];
      return (typeof x === 'string' ? x.localeCompare(y, 'nb') : x - y) * sortDir;
    });
    var pages = Math.ceil(list.length / PER);
    var body = $('rows');
    body.textContent = '';
    list.slice(page * PER, page * PER + PER).forEach(function (s) {
      var tr = document.createElement('tr');
      [s.store, 'kr ' + kr(s.rev), String(s.orders), (s.growth > 0 ? '+' : '') + s.growth + ' %'].forEach(function (t) { var td = document.createElement('td'); td.textContent = t; tr.appendChild(td); });
      body.appendChild(tr);
    });
    $('page-label').textContent = 'Page ' + (page + 1) + ' of ' + pages;
    document.querySelectorAll('.th').forEach(function (th) { th.classList.remove('asc', 'desc'); if (th.dataset.key === sortKey) th.classList.add(sortDir > 0 ? 'asc' : 'desc'); });
  }

  // ---- auto-refresh (no input) and the "updated N s ago" label
  var lastUpdate = Date.now();
  function tickLabel() {
    var s = Math.round((Date.now() - lastUpdate) / 1000);
    $('updated').textContent = s < 1 ? 'updated just now' : 'updated ' + s + ' s ago';
  }
  function drift() {
    kpi.rev += Math.round((rnd() - 0.3) * 4000);
    kpi.orders += Math.round(rnd() * 9);
    kpi.vis += Math.round(rnd() * 60);
    var i = Math.floor(rnd() * days.length);
    days[days.length - 1] += Math.round(rnd() * 1500);
    days[i] = Math.max(20000, days[i] + Math.round((rnd() - 0.5) * 3000));
    lastUpdate = Date.now();
    renderKpis(); renderChart(); tickLabel();
  }
  setInterval(tickLabel, 1000);
  setInterval(drift, 5000);

  // ---- tooltips on the bars (hover; a tap or click shows it too)
  var tip = $('tip');
  function showTip(bar) {
    var i = Number(bar.dataset.i);
    var card = bar.parentNode.parentNode.getBoundingClientRect(), r = bar.getBoundingClientRect();
    tip.textContent = 'Day ' + (i + 1) + ': kr ' + kr(days[i]);
    tip.style.left = Math.round(r.left - card.left + r.width / 2 - 50) + 'px';
    tip.style.top = Math.round(r.top - card.top - 30) + 'px';
    tip.hidden = false;
    document.querySelectorAll('.bar.hot').forEach(function (b) { if (b !== bar) b.classList.remove('hot'); });
    bar.classList.add('hot');
  }
  $('chart').addEventListener('mouseover', function (ev) { if (ev.target.classList.contains('bar')) showTip(ev.target); });
  $('chart').addEventListener('mouseleave', function () { tip.hidden = true; document.querySelectorAll('.bar.hot').forEach(function (b) { b.classList.remove('hot'); }); });
  $('chart').addEventListener('click', function (ev) { if (ev.target.classList.contains('bar')) { var t = Date.now(); showTip(ev.target); answered('tooltip', t); } });

  // ---- header controls
  on('side-toggle', function (t) {
    var collapsed = document.body.classList.toggle('side-collapsed');
    $('side-toggle').setAttribute('aria-expanded', collapsed ? 'false' : 'true');
    $('side-toggle').setAttribute('aria-label', collapsed ? 'Expand sidebar' : 'Collapse sidebar');
    answered(collapsed ? 'sidebar collapsed' : 'sidebar expanded', t);
  });
  on('range-btn', function (t) {
    var open = $('range-pop').hidden;
    $('range-pop').hidden = !open;
    $('range-btn').setAttribute('aria-expanded', open ? 'true' : 'false');
    answered(open ? 'range open' : 'range closed', t);
  });
  Object.keys(RANGE).forEach(function (id) {
    on(id, function (t) {
      range = id;
      document.querySelectorAll('.preset').forEach(function (p) { p.classList.toggle('on', p.id === id); });
      $('range-btn').textContent = RANGE[id][0] + ' ▾';
      $('range-pop').hidden = true;
      $('range-btn').setAttribute('aria-expanded', 'false');
      makeDays(); kpi.rev = Math.round(kpi.rev * RANGE[id][1] / 30); renderChart(); renderKpis();
      answered('range ' + id, t);
    });
  });
  document.addEventListener('click', function (ev) {
    if (!$('range-pop').hidden && !ev.target.closest('.range-wrap')) { $('range-pop').hidden = true; $('range-btn').setAttribute('aria-expanded', 'false'); }
  });
  var refreshing = false;
  on('refresh', function (t) {
    if (refreshing) return;
    refreshing = true;
    $('spinner').hidden = false;
    $('updated').textContent = 'refreshing…';
    answered('spinner', t);
    setTimeout(function () { refreshing = false; $('spinner').hidden = true; drift(); answered('data refreshed', t); }, 700);
  });
  on('export', function (t) {
    // nothing shown while the file is built
    setTimeout(function () {
      $('export-note').hidden = false;
      $('export-note').textContent = 'stores-' + RANGE[range][1] + 'd.csv is ready: 40 rows, 4 columns.';
      answered('export ready', t);
    }, 2600);
  });
  on('share', function () { console.error("TypeError: Cannot read properties of undefined (reading 'token') at shareReport (dash.js)"); });
  // "Compare to last year" (#compare) and the "Visitors" card (#kpi-visitors): no handler.

  // ---- chips
  ['online', 'store', 'mobile', 'returns'].forEach(function (k) {
    on('chip-' + k, function (t) {
      chips[k] = !chips[k];
      $('chip-' + k).setAttribute('aria-pressed', chips[k] ? 'true' : 'false');
      var f = (chips.online ? 0.55 : 0) + (chips.store ? 0.35 : 0) + (chips.mobile ? 0.1 : 0) - (chips.returns ? 0.04 : 0);
      kpi.rev = Math.round(1284300 * Math.max(0.05, f) / 0.9); kpi.orders = Math.round(3412 * Math.max(0.05, f) / 0.9);
      renderKpis();
      answered('chip ' + k, t);
    });
  });

  // ---- table
  document.querySelectorAll('.th').forEach(function (th) {
    th.addEventListener('click', function () {
      var t = Date.now();
      if (sortKey === th.dataset.key) sortDir = -sortDir; else { sortKey = th.dataset.key; sortDir = sortKey === 'store' ? 1 : -1; }
      page = 0; renderTable(); answered('sorted ' + sortKey, t);
    });
  });
  on('prev', function (t) { if (page > 0) page--; renderTable(); answered('page ' + (page + 1), t); });
  on('next', function (t) { if (page < Math.ceil(stores.length / PER) - 1) page++; renderTable(); answered('page ' + (page + 1), t); });

  // ---- report name, validated on blur and on "Save"
  function nameOk(v) { return /^[A-Za-z0-9 ]{4,40}$/.test(v.trim()); }
  function checkName() {
    var ok = nameOk($('rname').value);
    $('rname-error').hidden = ok;
    $('rname').classList.toggle('bad', !ok);
    return ok;
  }
  $('rname').addEventListener('blur', function () { if ($('rname').value) checkName(); });
  $('rname').addEventListener('input', function () { if (!$('rname-error').hidden && nameOk($('rname').value)) { $('rname-error').hidden = true; $('rname').classList.remove('bad'); } });
  on('save-name', function (t) {
    if (checkName()) { $('rname-saved').hidden = false; $('rname-saved').textContent = 'Saved as "' + $('rname').value.trim() + '".'; }
    answered('name checked', t);
  });

  // ---- the "Settings" route (client-side)
  function view() { return new URLSearchParams(location.search).get('view') === 'settings' ? 'settings' : 'dash'; }
  function renderView() { var s = view() === 'settings'; $('settings-view').hidden = !s; $('dash-view').hidden = s; document.title = s ? 'Settings · Store performance' : 'Store performance · Fjordmarket analytics'; }
  $('settings-link').addEventListener('click', function (ev) {
    ev.preventDefault();
    var t = Date.now();
    history.pushState({ view: 'settings' }, '', '/dash.html?view=settings');
    renderView(); window.scrollTo(0, 0); pageview();
    answered('settings route', t);
  });
  on('settings-back', function (t) {
    history.pushState({ view: 'dash' }, '', '/dash.html');
    renderView(); window.scrollTo(0, 0); pageview();
    answered('report route', t);
  });
  window.addEventListener('popstate', function () { renderView(); pageview(); });
  window.addEventListener('load', function () { setTimeout(pageview, 50); });

  makeDays(); renderKpis(); renderChart(); renderTable(); renderView(); tickLabel();
})();
