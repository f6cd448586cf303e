// A clinic's appointment wizard (held-out set 9): four steps on one page with client-side
// routes (history.pushState; every route change announced to the recorder as a custom
// 'pageview' event, as booking.js does), a search with filter chips and a checkbox whose
// results come 0.6-0.8 s after the change with nothing shown meanwhile, accordions and
// switches with CSS transitions, a date picker (past days and weekends are disabled
// buttons; a day's free times come 0.6-0.8 s after the tap, nothing shown meanwhile),
// "Continue" buttons that are aria-disabled until the step is complete and then say why
// when pressed, a "Help" menu that opens on hover (and on a press, for touch), a phone
// field validated on blur with a "?" that shows a tip on hover, a same-origin map iframe
// with its own zoom buttons, and a "3 people are booking now" count every 3-5 s.
// Slow: "Find the earliest slot at any clinic" answers after 3.4 s with nothing shown
// meanwhile. Broken: the promo code's "Apply" (no handler) and the rating "4.8 (212
// reviews)" (dashed, cursor: pointer, no handler). "Add to calendar" throws a console error.
// window.__answers logs, for the truth only, what the page answered and WHICH click it
// answered (its time): the generator computes every late answer (> 1 s) from this log,
// also where the script did not mean one (gen/truth.mjs, lateAnswerRows).
(function () {
  function $(id) { return document.getElementById(id); }
  window.__answers = [];
  function answered(what, clickT) {
    var a = { what: what, t: Date.now(), click: clickT };
    window.__answers.push(a);
    try { if (window.__devAnswer) window.__devAnswer(JSON.stringify(a)); } catch (e) { /* not generating */ }
  }
  window.__wizardAnswered = answered; // the map iframe's zoom buttons
  function later(ms, fn) { setTimeout(fn, ms); }
  function soon() { return 600 + Math.random() * 200; } // the search and the calendar: 0.6-0.8 s

  // ---- routes
  var STEPS = ['service', 'when', 'details', 'review'];
  function pageview() {
    try { if (window.rrweb && rrweb.record) rrweb.record.addCustomEvent('pageview', { href: location.href, title: document.title }); } catch (e) { /* not recording */ }
  }
  function current() {
    var p = new URLSearchParams(location.search);
    return p.get('view') === 'prices' ? 'prices' : (STEPS.indexOf(p.get('step')) >= 0 ? p.get('step') : 'service');
  }
  function show(v) {
    ['service', 'when', 'details', 'review', 'prices'].forEach(function (k) { $('v-' + k).hidden = k !== v; });
    document.querySelectorAll('#steps li').forEach(function (li) { li.classList.toggle('on', li.dataset.s === v); });
    window.scrollTo(0, 0);
  }
  function go(v, clickT) {
    var url = v === 'prices' ? '/wizard.html?view=prices' : '/wizard.html?step=' + v;
    history.pushState({ v: v }, '', url);
    show(v); pageview(); answered('route ' + v, clickT);
  }
  window.addEventListener('popstate', function () { show(current()); pageview(); });
  window.addEventListener('load', function () { setTimeout(pageview, 50); });
  show(current());
  function route(id, v) { $(id).addEventListener('click', function (ev) { var t = Date.now(); ev.preventDefault(); go(v, t); }); }
  route('nav-book', 'service'); route('nav-prices', 'prices'); route('menu-prices', 'prices'); route('prices-book', 'service');

  // ---- background: a visible count every 3-5 s
  (function tick() { later(3000 + Math.random() * 2000, function () { $('viewing').textContent = (2 + Math.floor(Math.random() * 5)) + ' people are booking now'; tick(); }); })();

  // ---- the Help menu: opens on hover (and on a press, for touch)
  var menu = $('help-menu'), menuTimer = null;
  function openMenu(on) { menu.classList.toggle('open', on); $('help-btn').setAttribute('aria-expanded', on ? 'true' : 'false'); }
  menu.addEventListener('mouseenter', function () { clearTimeout(menuTimer); menuTimer = setTimeout(function () { openMenu(true); }, 120); });
  menu.addEventListener('mouseleave', function () { clearTimeout(menuTimer); menuTimer = setTimeout(function () { openMenu(false); }, 250); });
  $('help-btn').addEventListener('click', function () { var t = Date.now(); clearTimeout(menuTimer); openMenu(!menu.classList.contains('open')); answered('menu', t); });

  // ---- search with filters (results 0.6-0.8 s after the change, nothing shown meanwhile)
  var TREAT = [
    ['Back and neck pain', 'physio', true], ['Knee and hip', 'physio', false], ['After surgery', 'physio', true],
    ['Sports massage', 'massage', true], ['Relaxing massage', 'massage', false], ['Running injuries', 'sports', true],
    ['Shoulder clinic', 'sports', false], ['Hydrotherapy', 'physio', false]];
  var filt = 'all';
  function render(clickT, what) {
    var q = $('q').value.trim().toLowerCase(), eve = $('evening').checked;
    var rows = TREAT.filter(function (r) { return (filt === 'all' || r[1] === filt) && (!eve || r[2]) && (!q || r[0].toLowerCase().indexOf(q) >= 0 || r[1].indexOf(q) >= 0); });
    var ul = $('results'); ul.innerHTML = '';
    rows.forEach(function (r, i) {
      var li = document.createElement('li');
      li.innerHTML = '<span>' + r[0] + '</span><button type="button" class="pick" id="pick' + TREAT.indexOf(r) + '">Select</button>';
      ul.appendChild(li);
    });
    $('search-status').textContent = rows.length + (rows.length === 1 ? ' treatment' : ' treatments');
    if (clickT !== undefined) answered(what, clickT);
  }
  render();
  function refresh(clickT, what) { later(soon(), function () { render(clickT, what); }); }
  document.querySelectorAll('.chip').forEach(function (c) {
    function pick() { var t = Date.now(); filt = c.dataset.f; document.querySelectorAll('.chip').forEach(function (o) { o.classList.toggle('on', o === c); }); refresh(t, 'filter ' + filt); }
    c.addEventListener('click', pick);
    c.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') pick(); });
  });
  $('evening').addEventListener('change', function () { refresh(Date.now(), 'evening filter'); });
  var qTimer = null;
  $('q').addEventListener('input', function () { clearTimeout(qTimer); qTimer = setTimeout(function () { render(); }, soon()); });
  $('results').addEventListener('click', function (ev) {
    var b = ev.target.closest('.pick'); if (!b) return;
    var t = Date.now();
    $('chosen-service').textContent = 'Treatment: ' + b.parentNode.firstChild.textContent;
    go('when', t);
  });

  // ---- accordions and switches (CSS transitions)
  document.querySelectorAll('.acc-head').forEach(function (h) {
    h.addEventListener('click', function () { var t = Date.now(), acc = h.parentNode, on = !acc.classList.contains('open'); acc.classList.toggle('open', on); h.setAttribute('aria-expanded', on ? 'true' : 'false'); answered('accordion', t); });
  });
  $('acc-what').classList.add('open');
  [['sms', 'sms-switch'], ['add-cal', 'cal-switch']].forEach(function (p) {
    $(p[0]).addEventListener('change', function () { $(p[1]).classList.toggle('on', this.checked); answered('switch', Date.now()); });
  });

  // ---- the date picker: past days and weekends disabled; free times 0.6-0.8 s after a tap
  var today = new Date(); today.setHours(0, 0, 0, 0);
  var shown = new Date(today.getFullYear(), today.getMonth(), 1), day = null, slot = null;
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  function calendar() {
    $('cal-month').textContent = MONTHS[shown.getMonth()] + ' ' + shown.getFullYear();
    var g = $('cal-grid'); g.innerHTML = '';
    var first = (shown.getDay() + 6) % 7, n = new Date(shown.getFullYear(), shown.getMonth() + 1, 0).getDate();
    for (var i = 0; i < first; i++) g.appendChild(document.createElement('span'));
    for (var d = 1; d <= n; d++) {
      var dt = new Date(shown.getFullYear(), shown.getMonth(), d), b = document.createElement('button');
      b.type = 'button'; b.textContent = d; b.id = 'd' + d; b.dataset.d = d;
      if (dt < today || dt.getDay() === 0 || dt.getDay() === 6) b.disabled = true;
      if (day && +dt === +day) b.className = 'sel';
      g.appendChild(b);
    }
  }
  calendar();
  $('cal-prev').addEventListener('click', function () { var t = Date.now(); shown = new Date(shown.getFullYear(), shown.getMonth() - 1, 1); calendar(); answered('month', t); });
  $('cal-next').addEventListener('click', function () { var t = Date.now(); shown = new Date(shown.getFullYear(), shown.getMonth() + 1, 1); calendar(); answered('month', t); });
  $('cal-grid').addEventListener('click', function (ev) {
    var b = ev.target.closest('button'); if (!b || b.disabled) return;
    var t = Date.now(), d = +b.dataset.d;
    later(soon(), function () {
      day = new Date(shown.getFullYear(), shown.getMonth(), d); slot = null; calendar();
      var s = $('slots'); s.innerHTML = '';
      ['09:00', '10:30', '13:15', '15:45', '17:30'].forEach(function (h, i) { var x = document.createElement('button'); x.type = 'button'; x.textContent = h; x.id = 'slot' + i; s.appendChild(x); });
      $('slot-status').textContent = 'Free times on ' + d + ' ' + MONTHS[shown.getMonth()] + ':';
      $('next-when').setAttribute('aria-disabled', 'true');
      answered('day', t);
    });
  });
  $('slots').addEventListener('click', function (ev) {
    var b = ev.target.closest('button'); if (!b) return;
    var t = Date.now();
    document.querySelectorAll('#slots button').forEach(function (o) { o.classList.toggle('sel', o === b); });
    slot = b.textContent; $('next-when').setAttribute('aria-disabled', 'false'); $('when-reason').hidden = true; answered('slot', t);
  });
  // slow: nothing shown for 3.4 s
  $('earliest-btn').addEventListener('click', function () {
    var t = Date.now();
    later(3400, function () { $('earliest-out').textContent = 'Earliest: Tuesday 14:30 at Mill Lane.'; answered('earliest slot', t); });
  });

  // ---- "Continue": aria-disabled until the step is complete; pressed early, it says why
  function nextButton(id, reason, to, before) {
    $(id).addEventListener('click', function () {
      var t = Date.now();
      if (this.getAttribute('aria-disabled') === 'true') { $(reason).hidden = false; answered('reason', t); return; }
      if (before) before();
      go(to, t);
    });
  }
  nextButton('next-when', 'when-reason', 'details');
  nextButton('next-details', 'details-reason', 'review', function () {
    $('sum-what').innerHTML = '<p>' + $('chosen-service').textContent + '; ' + (day ? day.toDateString() : '-') + ' at ' + (slot || '-') + '</p>';
    $('sum-who').innerHTML = '<p>' + ($('name').value ? 'Name given' : 'No name') + '; mobile ' + ($('phone').value ? 'given' : 'missing') + '</p>';
  });
  $('back-service').addEventListener('click', function () { go('service', Date.now()); });
  $('back-when').addEventListener('click', function () { go('when', Date.now()); });
  $('back-details').addEventListener('click', function () { go('details', Date.now()); });

  // ---- details: the phone validated on blur, a tip on hover, consent unlocks Continue
  $('phone').addEventListener('blur', function () { $('phone-error').hidden = this.value === '' || /^07\d{3} ?\d{6}$/.test(this.value.trim()); });
  var q = $('phone-q');
  q.addEventListener('mouseenter', function () { $('phone-tip').hidden = false; });
  q.addEventListener('mouseleave', function () { $('phone-tip').hidden = true; });
  q.addEventListener('click', function (ev) { var t = Date.now(); ev.preventDefault(); $('phone-tip').hidden = !$('phone-tip').hidden; answered('tip', t); });
  $('consent').addEventListener('change', function () {
    $('next-details').setAttribute('aria-disabled', this.checked ? 'false' : 'true');
    if (this.checked) $('details-reason').hidden = true;
    answered('consent', Date.now());
  });
  $('news').addEventListener('change', function () { answered('newsletter', Date.now()); });
  // broken: the promo code's Apply and the rating have no handler

  // ---- review
  $('ics-btn').addEventListener('click', function () {
    console.error("TypeError: Cannot read properties of null (reading 'start') at makeIcs (wizard.js:212)");
  });
  $('confirm-btn').addEventListener('click', function () { var t = Date.now(); $('done').hidden = false; this.disabled = true; answered('confirmed', t); });
})();
