// A flight search results page (held-out set 12): results that re-sort at once when a sort
// button is pressed, a price range slider that filters them as it moves (and sets the count
// when it is released), "Direct only" that filters after 0.8 s, a heart that saves a flight
// and unsaves it, "Select" that opens a fare dialog with "Close", a price alert whose email
// is validated on blur, a "Prices held" countdown in the sticky header that ticks every
// second, and a real baggage-rules page.
// Slow: "Flexible dates" answers after 3.3 s with nothing shown meanwhile (the nearby dates
// appear in the sidebar). Broken: "Price graph" (no handler) and "Signed in as Ana" in the
// header (dashed, cursor: pointer, no handler). "Share search" throws a console error.
// window.__answers logs, for the truth only, what the page answered and WHICH click it
// answered (its time): the generator computes every late answer (> 1 s) from this log
// (gen/truth.mjs, lateAnswerRows).
(function () {
  function $(id) { return document.getElementById(id); }
  window.__answers = [];
  function answered(what, clickT) {
    var a = { what: what, t: Date.now(), click: clickT };
    window.__answers.push(a);
    try { if (window.__devAnswer) window.__devAnswer(JSON.stringify(a)); } catch (e) { /* not generating */ }
  }
  function on(id, fn) { $(id).addEventListener('click', function (ev) { fn(Date.now(), ev); }); }

  // ---- "Prices held" countdown: ticks every second, forever
  var left = 15 * 60 - 1;
  setInterval(function () {
    left = left > 0 ? left - 1 : 15 * 60;
    $('hold').textContent = 'Prices held ' + Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
  }, 1000);

  // ---- the results
  var AIR = ['Nordwing', 'SAS', 'TAP', 'Norse', 'KLM', 'Lufthansa', 'Iberia', 'Brussels'];
  var VIA = ['', '', 'via Amsterdam', 'via Frankfurt', 'via Madrid', 'via Copenhagen', 'via Brussels'];
  var F = [];
  for (var i = 0; i < 12; i++) {
    var dep = 6 * 60 + ((i * 97) % (14 * 60));
    var stops = [0, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1][i];
    var dur = stops ? 5 * 60 + ((i * 53) % 300) : 4 * 60 + 5 + (i % 3) * 10;
    var price = 95 + ((i * 137) % 290) - (stops ? 0 : -40);
    F.push({ i: i, dep: dep, dur: dur, stops: stops, price: price, air: AIR[i % AIR.length], via: stops ? VIA[2 + (i % 5)] : 'Direct' });
  }
  function hm(m) { return String(Math.floor(m / 60) % 24).padStart(2, '0') + ':' + String(m % 60).padStart(2, '0'); }
  var ul = $('results');
  F.forEach(function (f) {
    var li = document.createElement('li');
    li.className = 'flight'; li.id = 'f-' + f.i;
    li.innerHTML = '<div><div class="times">' + hm(f.dep) + ' &ndash; ' + hm(f.dep + f.dur) + '</div><div class="meta">' + f.air + ' &middot; ' + Math.floor(f.dur / 60) + 'h ' + (f.dur % 60) + 'm &middot; ' + f.via + '</div></div>'
      + '<div class="price">&euro;' + f.price + '</div>'
      + '<div><button type="button" class="fav" id="fav-' + f.i + '" aria-pressed="false" aria-label="Save">&#9825;</button> <button type="button" class="sel" id="sel-' + f.i + '">Select</button></div>';
    ul.appendChild(li);
  });
  var sortKey = 'price', maxPrice = 440, directOnly = false;
  function render() {
    var order = F.slice().sort(function (a, b) {
      if (sortKey === 'fast') return a.dur - b.dur || a.price - b.price;
      if (sortKey === 'early') return a.dep - b.dep;
      return a.price - b.price || a.dur - b.dur;
    });
    var shown = 0;
    order.forEach(function (f) {
      var li = $('f-' + f.i); ul.appendChild(li);
      var hide = f.price > maxPrice || (directOnly && f.stops > 0);
      li.classList.toggle('hide', hide); if (!hide) shown++;
    });
    $('count').textContent = shown + ' of ' + F.length + ' flights';
  }
  render();
  function flash() { var c = $('count'); c.classList.remove('flash'); void c.offsetWidth; c.classList.add('flash'); }

  // ---- sort buttons: re-sort at once
  ['price', 'fast', 'early'].forEach(function (k) {
    on('sort-' + k, function (t) {
      sortKey = k;
      ['price', 'fast', 'early'].forEach(function (o) { var b = $('sort-' + o); b.classList.toggle('on', o === k); b.setAttribute('aria-pressed', String(o === k)); });
      render(); flash();
      answered('sorted ' + k, t);
    });
  });
  // ---- "Direct only": the filter applies after 0.8 s (a quick server round trip)
  on('direct', function (t) {
    var b = $('direct'); var now = !b.classList.contains('on');
    setTimeout(function () {
      directOnly = now; b.classList.toggle('on', now); b.setAttribute('aria-pressed', String(now));
      render(); flash();
      answered(now ? 'direct only' : 'all stops', t);
    }, 800);
  });
  // ---- price slider: filters as it moves; the release sets the note and flashes the count
  $('price').addEventListener('input', function () {
    maxPrice = Number($('price').value);
    $('price-out').textContent = '\u20ac' + maxPrice;
    render();
  });
  on('price', function (t) {
    maxPrice = Number($('price').value);
    $('price-out').textContent = '\u20ac' + maxPrice;
    render(); flash();
    $('price-note').textContent = maxPrice >= 440 ? 'All fares shown.' : 'Fares up to \u20ac' + maxPrice + ' shown.';
    answered('price set ' + maxPrice, t);
  });
  // ---- slow, broken, throwing
  on('flex-btn', function (t) {
    setTimeout(function () {
      $('flex-days').innerHTML = '<li>Tue 11 May from &euro;109</li><li>Wed 12 May from &euro;98</li><li>Thu 13 May from &euro;121</li><li>Sat 15 May from &euro;134</li><li>Sun 16 May from &euro;156</li>';
      $('flex').hidden = false;
      answered('nearby dates shown', t);
    }, 3300);
  });
  on('share-btn', function () { console.error('TypeError: Cannot read properties of undefined (reading \'writeText\') at shareSearch (flights.js)'); });

  // ---- hearts and the fare dialog
  document.querySelectorAll('.fav').forEach(function (b) {
    b.addEventListener('click', function () {
      var t = Date.now(); var now = !b.classList.contains('on');
      b.classList.toggle('on', now); b.setAttribute('aria-pressed', String(now)); b.innerHTML = now ? '&#9829;' : '&#9825;';
      answered(now ? 'saved' : 'unsaved', t);
    });
  });
  document.querySelectorAll('.sel').forEach(function (b) {
    b.addEventListener('click', function () {
      var t = Date.now(); var f = F[Number(b.id.slice(4))];
      $('fare-title').textContent = f.air + ', ' + hm(f.dep) + ' \u2013 ' + hm(f.dep + f.dur);
      $('fare-body').textContent = 'Economy Light, \u20ac' + f.price + ', ' + f.via + '.';
      $('fare').hidden = false;
      answered('fare open', t);
    });
  });
  on('fare-close', function (t) { $('fare').hidden = true; answered('fare closed', t); });
  on('fare-go', function (t) { $('fare-body').textContent = 'Opening the seller\u2019s site...'; answered('go to seller', t); });

  // ---- price alert
  function emailOk() { return /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test($('alert-email').value.trim()); }
  // a click on the field answers at once: its box is highlighted and the hint shows (until it loses focus)
  on('alert-email', function (t) { $('alert-email').closest('.box').classList.add('active'); $('alert-hint').hidden = false; answered('alert field active', t); });
  $('alert-email').addEventListener('blur', function () {
    $('alert-email').closest('.box').classList.remove('active');
    $('alert-email-error').hidden = emailOk() || $('alert-email').value === '';
  });
  on('alert-btn', function (t) {
    if (!emailOk()) { $('alert-email-error').hidden = false; answered('alert error', t); return; }
    var li = document.createElement('li'); li.textContent = 'Alert set for ' + $('alert-email').value.trim();
    $('alerts').appendChild(li); $('alert-email').value = '';
    answered('alert set', t);
  });
})();
