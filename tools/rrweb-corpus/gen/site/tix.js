// A concert-ticket seat picker, "Nordlys Tickets" (held-out set 21): an interactive SEAT MAP
// of 200 seats (Stalls rows A-J of 14 seats with an aisle, Balcony rows K-M of 20); hovering a
// seat shows a tooltip with its row, seat and price at once; a press on a free seat selects it
// (a basket line at once), a second press deselects it; SOLD seats are greyed with cursor:
// not-allowed and have no handler (a press on one is answered by nothing, as on any text).
// A "Seats held for 9:59" countdown in the header ticks by itself every second; zoom - / +
// and section buttons (Stalls, Balcony, Whole hall) resize the seats at once; a price slider
// dims the seats above its price while it moves; the basket is a drawer opened and closed by
// "Basket (n)" in the header; a real "Venue info" page (tix-venue.html, with a back link) and a
// client-side "My tickets" route (history.pushState to ?view=tickets, announced as a custom
// 'pageview' event; popstate too); long "Event details and FAQ" to scroll.
// Slow: "Continue to checkout" answers after 2.8-3.3 s with nothing shown meanwhile. Dead:
// the "Accessible seating" info icon (cursor: pointer, a hover background, a title; no
// handler). Broken: the primary "Apply promo code" button (no handler). "Add to calendar"
// throws a console error. "E-mail for tickets" is validated on blur.
// window.__answers logs, for the truth only, what the page answered and WHICH click it
// answered (its time): the generator computes every late answer (> 1 s) from this log
// (gen/truth.mjs, lateAnswerRows). The page's own timers (the countdown) answer no click.
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
  var seed = 2121;
  function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }

  // ---- the seat map
  var ROWS = [];
  'ABCDEFGHIJ'.split('').forEach(function (r, i) { ROWS.push({ r: r, n: 14, sec: 'Stalls', price: i < 5 ? 95 : 75, cls: i < 5 ? 'p3' : '' }); });
  'KLM'.split('').forEach(function (r) { ROWS.push({ r: r, n: 20, sec: 'Balcony', price: 45, cls: 'p2' }); });
  var seats = {}, chosen = [];
  var map = $('map'), lastSec = '';
  ROWS.forEach(function (row) {
    if (row.sec !== lastSec) {
      var h = document.createElement('div'); h.className = 'sec-name'; h.id = 'sec-' + row.sec.toLowerCase() + '-name';
      h.textContent = row.sec + (row.sec === 'Stalls' ? ' · NOK 95 (rows A-E), NOK 75 (rows F-J)' : ' · NOK 45'); map.appendChild(h); lastSec = row.sec;
    }
    var line = document.createElement('div'); line.className = 'srow';
    var rl = document.createElement('span'); rl.className = 'rl'; rl.textContent = row.r; line.appendChild(rl);
    for (var n = 1; n <= row.n; n++) {
      var s = document.createElement('span'), id = row.r + n;
      s.id = 'seat-' + id; s.className = 'seat' + (row.cls ? ' ' + row.cls : '') + (row.n === 14 && n === 8 ? ' gap' : '');
      s.dataset.row = row.r; s.dataset.n = String(n); s.dataset.price = String(row.price);
      var sold = rnd() < 0.3;
      seats[id] = { id: id, row: row.r, n: n, price: row.price, sec: row.sec, sold: sold, el: s };
      if (sold) s.classList.add('sold'); else s.addEventListener('click', toggleSeat);
      line.appendChild(s);
    }
    map.appendChild(line);
  });
  function toggleSeat(ev) {
    var t = Date.now(), st = seats[ev.currentTarget.id.slice(5)];
    var i = chosen.indexOf(st);
    if (i >= 0) { chosen.splice(i, 1); st.el.classList.remove('sel'); }
    else if (chosen.length < 8) { chosen.push(st); st.el.classList.add('sel'); }
    renderBasket();
    answered(i >= 0 ? 'seat deselected' : 'seat selected', t);
  }
  function renderBasket() {
    var ul = $('basket-lines'); ul.textContent = '';
    if (!chosen.length) { var e = document.createElement('li'); e.className = 'empty'; e.textContent = 'No seats yet: pick them on the map.'; ul.appendChild(e); }
    var sum = 0;
    chosen.forEach(function (st) { var li = document.createElement('li'); li.textContent = st.sec + ', row ' + st.row + ', seat ' + st.n + ' · NOK ' + st.price; ul.appendChild(li); sum += st.price; });
    $('total').textContent = 'NOK ' + sum; $('basket-count').textContent = String(chosen.length);
  }
  // the tooltip: at once on hover (a finger's tap shows it too), gone when the pointer leaves
  var tip = $('tip');
  map.addEventListener('mouseover', function (ev) {
    var el = ev.target.closest('.seat'); if (!el) return;
    var st = seats[el.id.slice(5)], r = el.getBoundingClientRect();
    tip.textContent = 'Row ' + st.row + ', seat ' + st.n + ' · ' + (st.sold ? 'sold' : 'NOK ' + st.price);
    tip.hidden = false; tip.style.left = Math.max(4, r.left - 30) + 'px'; tip.style.top = Math.max(4, r.top - 30) + 'px';
  });
  map.addEventListener('mouseout', function (ev) { if (ev.target.closest('.seat')) tip.hidden = true; });

  // ---- zoom and sections (the seats resize at once)
  var ZOOM = matchMedia('(max-width: 599px)').matches ? [10, 13, 16, 19] : (matchMedia('(max-width: 900px)').matches ? [14, 18, 22, 26] : [14, 18, 22, 26, 30]);
  var zi = matchMedia('(max-width: 599px)').matches ? 1 : (matchMedia('(max-width: 900px)').matches ? 3 : 2);
  function zoom(k) { zi = Math.max(0, Math.min(ZOOM.length - 1, k)); document.body.style.setProperty('--s', ZOOM[zi] + 'px'); tip.hidden = true; }
  on('zoom-in', function (t) { zoom(zi + 1); answered('zoom in', t); });
  on('zoom-out', function (t) { zoom(zi - 1); answered('zoom out', t); });
  function section(name, t) {
    zoom(ZOOM.length - 1);
    Object.keys(seats).forEach(function (k) { seats[k].el.classList.toggle('hl', seats[k].sec === name); });
    $('sec-' + name.toLowerCase() + '-name').scrollIntoView({ block: 'nearest' });
    answered('section ' + name, t);
  }
  on('sec-stalls', function (t) { section('Stalls', t); });
  on('sec-balcony', function (t) { section('Balcony', t); });
  on('sec-all', function (t) { zoom(matchMedia('(max-width: 599px)').matches ? 1 : 2); Object.keys(seats).forEach(function (k) { seats[k].el.classList.remove('hl'); }); answered('whole hall', t); });

  // ---- the price slider: dims the seats above the price while it moves
  // (it answers a drag while it moves, not a click: not in the answers log)
  $('price').addEventListener('input', function () {
    var v = Number($('price').value); $('price-val').textContent = 'NOK ' + v;
    Object.keys(seats).forEach(function (k) { seats[k].el.classList.toggle('dim', seats[k].price > v); });
  });

  // ---- the basket drawer
  on('basket-btn', function (t) { var c = $('basket').classList.toggle('closed'); $('basket-btn').setAttribute('aria-expanded', String(!c)); answered(c ? 'basket closed' : 'basket opened', t); });
  // "Apply promo code" (#apply-promo) and the "Accessible seating" icon (#access-info): no handler.
  on('add-cal', function () { console.error("TypeError: Cannot read properties of null (reading 'startDate') at addToCalendar (tix.js:118)"); });
  var EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
  function check() { var ok = EMAIL.test($('email').value.trim()); $('email-error').hidden = ok; $('email').classList.toggle('bad', !ok); return ok; }
  $('email').addEventListener('blur', function () { if ($('email').value) check(); });
  $('email').addEventListener('input', function () { if (!$('email-error').hidden && EMAIL.test($('email').value.trim())) { $('email-error').hidden = true; $('email').classList.remove('bad'); } });
  on('checkout', function (t) {
    // nothing shown while the seats are reserved with the box office
    setTimeout(function () {
      $('checkout-msg').hidden = false;
      $('checkout-msg').textContent = chosen.length ? 'Seats reserved. Card details on the next step.' : 'Pick at least one seat first.';
      answered('checkout', t);
    }, 2800 + Math.round(rnd() * 500));
  });

  // ---- the hold countdown (ticks by itself)
  var left = 599;
  setInterval(function () { if (left > 0) left--; $('hold').textContent = 'Seats held for ' + Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0'); }, 1000);

  // ---- event details and FAQ (long)
  var FAQ = [
    ['Doors and start', 'Doors open at 18:45 and the concert starts at 19:30 sharp. Latecomers are let in at the first pause between pieces, so please come in good time.'],
    ['Programme', 'Grieg\'s Holberg Suite, Sibelius\' Andante festivo and a new piece for strings by Maja Solberg, with an interval of twenty minutes after the first half.'],
    ['Accessible seating', 'Row J has places for wheelchairs and companion seats beside them. The hall has a lift from the foyer and a hearing loop in the stalls.'],
    ['Tickets on your phone', 'Tickets come by e-mail as a PDF and a code for the wallet on your phone. Show the code at the door; there is no need to print it.'],
    ['Changing or returning tickets', 'Tickets can be changed to another concert up to 48 hours before the start for a fee of NOK 30. They are not refunded unless the concert is cancelled.'],
    ['Children', 'Children from six years are welcome and pay half price in the balcony. Younger children may come to the family matinee on Sunday.'],
    ['Cloakroom and bar', 'The cloakroom is free. The bar in the foyer opens with the doors and during the interval; drinks may be ordered ahead.'],
    ['Getting there', 'Grieghallen is five minutes on foot from the Byparken light rail stop. The nearest car park is under the hall and closes at midnight.'],
    ['Photos and recording', 'Taking photos or filming during the music is not allowed. The orchestra posts pictures from the evening on its pages.'],
    ['Holding your seats', 'Seats you pick are held for ten minutes while you finish. When the time runs out they go back on sale and the basket is emptied.'],
  ];
  var faq = $('faq');
  for (var r = 0; r < 3; r++) FAQ.forEach(function (p, i) {
    var h = document.createElement('h3'); h.textContent = p[0] + (r ? ' (' + (r + 1) + ')' : ''); faq.appendChild(h);
    var t = document.createElement('p'); t.textContent = p[1] + ' ' + FAQ[(i + 3) % FAQ.length][1]; faq.appendChild(t);
  });

  // ---- the client-side "My tickets" route
  function view() { return new URLSearchParams(location.search).get('view') === 'tickets' ? 'tickets' : 'seats'; }
  function renderTickets() {
    var ol = $('tickets-list'); if (ol.children.length) return;
    var PAST = ['Bergen Philharmonic · New Year Gala', 'Jazz at the Fish Market', 'Aurora Strings · Autumn Serenades', 'Kor i Kirken · Advent', 'Operaen · La Boheme', 'Studentersamfundet · Quiz night'];
    for (var k = 0; k < 14; k++) { var li = document.createElement('li'); li.textContent = PAST[k % PAST.length] + ' · ' + (1 + (k * 5) % 28) + ' ' + ['Jan', 'Mar', 'May', 'Sep', 'Oct', 'Nov'][k % 6] + ' 202' + (5 - Math.floor(k / 7)) + ' · ' + (1 + k % 3) + ' ticket(s), e-mailed'; ol.appendChild(li); }
  }
  function renderView() {
    var tk = view() === 'tickets';
    if (tk) renderTickets();
    $('tickets-view').hidden = !tk; $('seat-view').hidden = tk; tip.hidden = true;
    document.title = tk ? 'My tickets · Nordlys Tickets' : 'Choose seats · Nordlys Tickets';
  }
  $('tickets-link').addEventListener('click', function (ev) {
    ev.preventDefault();
    var t = Date.now();
    history.pushState({ view: 'tickets' }, '', '/tix.html?view=tickets');
    renderView(); window.scrollTo(0, 0); pageview();
    answered('tickets route', t);
  });
  on('tickets-back', function (t) {
    history.pushState({ view: 'seats' }, '', '/tix.html');
    renderView(); window.scrollTo(0, 0); pageview();
    answered('seats route', t);
  });
  window.addEventListener('popstate', function () { renderView(); pageview(); });
  window.addEventListener('load', function () { setTimeout(pageview, 50); });
  zoom(zi); renderView();
})();
