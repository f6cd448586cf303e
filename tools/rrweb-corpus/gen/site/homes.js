// A real-estate listings search, "Nestly" homes for rent (held-out set 19): a filter sidebar
// (min / max price, the max price validated on blur; bedrooms as segmented buttons answered
// at once; a "Pets allowed" switch), a results list whose cards have a photo carousel
// (arrows answered at once) and a heart to save (at once), an INTERACTIVE MAP beside the list
// (panned by dragging with the button held, zoomed by the wheel and by +/- buttons; price
// pins that highlight their card while hovered and open a small popup when clicked; on touch
// screens one finger scrolls the page and a hint asks for two fingers), INFINITE SCROLL (near
// the end of the list a "Loading more…" row shows by itself and 6 more homes arrive
// 300-600 ms later, no click), a client-side "Saved homes" route (history.pushState to
// ?view=saved, announced as a custom 'pageview' event; popstate too) and a real listing page
// (homes-listing.html) with a "Back to results" link and a long neighbourhood guide.
// Slow: "Schedule a viewing" answers after 2.8-3.2 s with nothing shown meanwhile. Dead: the
// map's "Draw area" pencil (cursor: pointer, a hover background, a title; no handler).
// Broken: "Contact agent" (no handler). "Share listing" throws a console error.
// window.__answers logs, for the truth only, what the page answered and WHICH click it
// answered (its time): the generator computes every late answer (> 1 s) from this log
// (gen/truth.mjs, lateAnswerRows). What the page does by itself (more homes loading, the
// touch hint) answers no click and is not logged.
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
  var seed = 1919;
  function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }

  var STREETS = ['Thereses gate', 'Bogstadveien', 'Markveien', 'Sofies gate', 'Kirkeveien', 'Grünerløkka torg', 'Schweigaards gate', 'Holmenveien',
    'Trondheimsveien', 'Eckersbergs gate', 'Ullevålsveien', 'Helgesens gate', 'Tøyengata', 'Majorstuveien', 'Vogts gate', 'Jacob Aalls gate'];
  var KINDS = ['Flat', 'Flat', 'Townhouse', 'Studio', 'Flat with balcony', 'Loft'];
  function home(i) {
    var beds = 1 + (i * 7) % 4;
    return { id: i, street: STREETS[i % STREETS.length] + ' ' + (3 + (i * 13) % 60), kind: KINDS[i % KINDS.length], beds: beds,
      m2: 32 + beds * 18 + (i * 5) % 14, price: 9800 + beds * 3200 + ((i * 1733) % 4200), pets: i % 3 !== 1,
      x: 90 + (i * 197) % 1300, y: 70 + (i * 131) % 1000, hue: (i * 47) % 360 };
  }
  function kr(n) { return 'kr ' + String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' '); }
  function saved() { try { return JSON.parse(sessionStorage.getItem('nestly-saved') || '[]'); } catch (e) { return []; } }
  function setSaved(list) { sessionStorage.setItem('nestly-saved', JSON.stringify(list)); }

  // ================================================================ the listing page
  if ($('schedule')) {
    var id = Number(new URLSearchParams(location.search).get('id') || 1);
    var hm = home(id);
    document.title = hm.kind + ', ' + hm.street + ' · Nestly';
    $('d-title').textContent = hm.kind + ' for rent, ' + hm.street;
    $('d-facts').textContent = kr(hm.price) + ' a month · ' + hm.beds + ' bedroom' + (hm.beds > 1 ? 's' : '') + ' · ' + hm.m2 + ' m² · ' + (hm.pets ? 'pets allowed' : 'no pets');
    $('d-photo').style.background = 'hsl(' + hm.hue + ',35%,48%)';
    $('d-about').textContent = 'A bright ' + hm.kind.toLowerCase() + ' on ' + hm.street + ', close to the tram and shops. The kitchen was renewed in 2023; heating and hot water are included in the rent. Deposit three months, available from 1 February, minimum lease one year.';
    on('schedule', function (t) {
      // nothing shown while the agent's calendar is asked
      setTimeout(function () {
        $('schedule-result').hidden = false;
        $('schedule-result').textContent = 'Viewing requested for Thursday at 18:00. The agent confirms by text message.';
        answered('viewing scheduled', t);
      }, 2800 + Math.round(rnd() * 400));
    });
    on('share', function () { console.error("TypeError: Cannot read properties of undefined (reading 'canonicalUrl') at shareListing (homes.js)"); });
    // "Contact agent" (#contact-agent): no handler.
    var G = ['The streets around are quiet in the evening, with cafés and a bakery on the corner; the nearest supermarket is open until 23:00 every day.',
      'Tram 11 and 12 stop two minutes away and reach the city centre in about ten minutes; the metro is a twelve-minute walk.',
      'Two primary schools and three kindergartens are within walking distance; the lower secondary school has a new sports hall.',
      'The park nearby has a playground, an outdoor gym and a small lake that freezes for skating in a cold winter.',
      'Parking is by resident permit; the permit costs about 3 600 kroner a year and there is usually space after 18:00.',
      'The building has a shared laundry room in the basement, bicycle storage in the back yard and a roof terrace for the residents.',
      'Noise from the main road is low on the courtyard side, where the bedrooms are; the living room faces the street.',
      'A weekly farmers\' market runs on Saturdays from April to October in the square three blocks away.'];
    for (var g = 0; g < 14; g++) {
      var h = document.createElement('h3'); h.textContent = ['Everyday life', 'Getting around', 'Schools', 'Green spaces', 'Parking', 'The building', 'Noise', 'Markets'][g % 8] + (g >= 8 ? ' (more)' : '');
      var p = document.createElement('p'); p.textContent = G[g % 8] + ' ' + G[(g + 3) % 8] + ' ' + G[(g + 5) % 8];
      $('guide').appendChild(h); $('guide').appendChild(p);
    }
    window.addEventListener('load', function () { setTimeout(pageview, 50); });
    return;
  }

  // ================================================================ the search page
  var shown = 0;
  var TOTAL = 48;
  function card(hm) {
    var c = document.createElement('article'); c.className = 'card'; c.id = 'card-' + hm.id; c.dataset.photo = '1';
    var ph = document.createElement('div'); ph.className = 'photo'; ph.id = 'photo-' + hm.id; ph.style.background = 'hsl(' + hm.hue + ',35%,50%)';
    ph.innerHTML = '<span class="pn" id="pn-' + hm.id + '">1 / 6</span>';
    var prev = document.createElement('button'); prev.className = 'arrow prev'; prev.id = 'prev-' + hm.id; prev.setAttribute('aria-label', 'Previous photo'); prev.textContent = '‹';
    var next = document.createElement('button'); next.className = 'arrow next'; next.id = 'next-' + hm.id; next.setAttribute('aria-label', 'Next photo'); next.textContent = '›';
    var heart = document.createElement('button'); heart.className = 'heart'; heart.id = 'heart-' + hm.id; heart.setAttribute('aria-label', 'Save home');
    var isSaved = saved().indexOf(hm.id) >= 0; heart.setAttribute('aria-pressed', isSaved ? 'true' : 'false'); heart.textContent = isSaved ? '♥' : '♡';
    ph.appendChild(prev); ph.appendChild(next); ph.appendChild(heart);
    var body = document.createElement('div'); body.className = 'card-body';
    body.innerHTML = '<h3><a id="title-' + hm.id + '" href="homes-listing.html?id=' + hm.id + '">' + hm.kind + ', ' + hm.street + '</a></h3>' +
      '<p><span class="price">' + kr(hm.price) + '</span> a month · ' + hm.beds + ' bd · ' + hm.m2 + ' m²' + (hm.pets ? ' · pets ok' : '') + '</p>';
    c.appendChild(ph); c.appendChild(body);
    function photo(step, t) {
      var n = ((Number(c.dataset.photo) - 1 + step + 6) % 6) + 1; c.dataset.photo = String(n);
      ph.style.background = 'hsl(' + ((hm.hue + n * 29) % 360) + ',35%,' + (44 + n * 2) + '%)';
      $('pn-' + hm.id).textContent = n + ' / 6';
      answered('photo ' + n + ' of home ' + hm.id, t);
    }
    prev.addEventListener('click', function (ev) { ev.preventDefault(); photo(-1, Date.now()); });
    next.addEventListener('click', function (ev) { ev.preventDefault(); photo(1, Date.now()); });
    heart.addEventListener('click', function (ev) {
      var t = Date.now(); ev.preventDefault();
      var list = saved(); var k = list.indexOf(hm.id);
      if (k >= 0) list.splice(k, 1); else list.push(hm.id);
      setSaved(list);
      heart.setAttribute('aria-pressed', k >= 0 ? 'false' : 'true'); heart.textContent = k >= 0 ? '♡' : '♥';
      $('saved-count').textContent = String(list.length);
      answered((k >= 0 ? 'unsaved ' : 'saved ') + hm.id, t);
    });
    return c;
  }
  function pin(hm) {
    var b = document.createElement('button'); b.className = 'pin'; b.id = 'pin-' + hm.id; b.textContent = Math.round(hm.price / 1000) + 'k';
    b.style.left = hm.x + 'px'; b.style.top = hm.y + 'px';
    b.addEventListener('mouseenter', function () { b.classList.add('hl'); var c = $('card-' + hm.id); if (c) c.classList.add('hl'); });
    b.addEventListener('mouseleave', function () { b.classList.remove('hl'); var c = $('card-' + hm.id); if (c) c.classList.remove('hl'); });
    b.addEventListener('click', function (ev) {
      var t = Date.now(); ev.stopPropagation();
      var pp = $('pin-popup');
      $('popup-price').textContent = kr(hm.price) + ' a month';
      $('popup-addr').textContent = hm.kind + ', ' + hm.street + ' · ' + hm.beds + ' bd';
      $('popup-link').href = 'homes-listing.html?id=' + hm.id;
      pp.style.left = (hm.x - 95) + 'px'; pp.style.top = (hm.y + 8) + 'px'; pp.hidden = false;
      answered('popup ' + hm.id, t);
    });
    return b;
  }
  function more(n) {
    for (var i = 0; i < n && shown < TOTAL; i++) { shown++; var hm = home(shown); $('results').appendChild(card(hm)); $('pins').appendChild(pin(hm)); }
    if (shown >= TOTAL) $('end-note').hidden = false;
  }
  more(8);
  $('saved-count').textContent = String(saved().length);

  // ---- infinite scroll: near the end of the list more homes load by themselves
  var loading = false;
  function nearEnd() {
    if (loading || shown >= TOTAL || !$('search-view') || $('search-view').hidden) return;
    var r = $('results').getBoundingClientRect();
    if (r.bottom > innerHeight + 250) return;
    loading = true; $('loading').hidden = false;
    setTimeout(function () { more(6); $('loading').hidden = true; loading = false; setTimeout(nearEnd, 60); }, 300 + Math.round(rnd() * 300));
  }
  window.addEventListener('scroll', nearEnd, { passive: true });

  // ---- filters
  var filters = { beds: 0, pets: false };
  function note() {
    var n = 214;
    if (filters.beds) n = Math.round(n * [1, 0.82, 0.55, 0.27, 0.09][filters.beds]);
    if (filters.pets) n = Math.round(n * 0.62);
    var mx = Number($('maxprice').value || 0); if (mx && !$('maxprice').classList.contains('bad')) n = Math.max(3, Math.round(n * Math.min(1, (mx - 8000) / 14000)));
    $('count').textContent = String(n);
    $('filter-note').textContent = (filters.beds ? filters.beds + '+ bedrooms' : 'Any number of bedrooms') + ', ' + (filters.pets ? 'pets allowed.' : 'pets not required.');
  }
  ['any', '1', '2', '3', '4'].forEach(function (k, i) {
    on('beds-' + k, function (t) {
      filters.beds = i;
      ['any', '1', '2', '3', '4'].forEach(function (o) { $('beds-' + o).setAttribute('aria-pressed', o === k ? 'true' : 'false'); });
      note(); answered('bedrooms ' + k, t);
    });
  });
  on('pets', function (t) { filters.pets = !filters.pets; $('pets').setAttribute('aria-checked', filters.pets ? 'true' : 'false'); note(); answered('pets ' + filters.pets, t); });
  function maxOk() {
    var v = $('maxprice').value.trim();
    if (!v) return true;
    return /^\d{4,6}$/.test(v) && Number(v) > Number($('minprice').value || 0);
  }
  $('maxprice').addEventListener('blur', function () {
    if (!$('maxprice').value) return;
    var ok = maxOk();
    $('maxprice-error').hidden = ok; $('maxprice').classList.toggle('bad', !ok);
    note();
  });
  $('maxprice').addEventListener('input', function () { if (!$('maxprice-error').hidden && maxOk()) { $('maxprice-error').hidden = true; $('maxprice').classList.remove('bad'); } });

  // ---- the map: drag to pan, wheel and +/- to zoom
  var map = $('map'), layer = $('map-layer');
  var view = { x: -120, y: -60, z: 1 };
  function apply() { layer.style.transform = 'translate(' + Math.round(view.x) + 'px,' + Math.round(view.y) + 'px) scale(' + view.z.toFixed(2) + ')'; }
  apply();
  function zoomAt(f, cx, cy) {
    var z = Math.min(2.4, Math.max(0.55, view.z * f)); var k = z / view.z;
    view.x = cx - (cx - view.x) * k; view.y = cy - (cy - view.y) * k; view.z = z; apply();
  }
  var drag = null, moved = false;
  map.addEventListener('mousedown', function (ev) {
    if (ev.button !== 0 || ev.target.closest('.map-tools, .pin, .popup')) return;
    drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y }; moved = false; map.classList.add('dragging'); ev.preventDefault();
  });
  document.addEventListener('mousemove', function (ev) {
    if (!drag) return;
    var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) moved = true;
    view.x = drag.vx + dx; view.y = drag.vy + dy; apply();
  });
  document.addEventListener('mouseup', function () { if (drag) { drag = null; map.classList.remove('dragging'); } });
  map.addEventListener('click', function (ev) {
    // the click that ends a drag: the map has already moved under the hand
    if (moved) { moved = false; answered('map panned', Date.now()); return; }
    if (!ev.target.closest('.popup, .pin, .map-tools')) { $('pin-popup').hidden = true; }
  });
  map.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var r = map.getBoundingClientRect();
    zoomAt(ev.deltaY < 0 ? 1 + Math.min(0.25, -ev.deltaY / 400) : 1 / (1 + Math.min(0.25, ev.deltaY / 400)), ev.clientX - r.left, ev.clientY - r.top);
  }, { passive: false });
  on('zoom-in', function (t) { zoomAt(1.25, map.clientWidth / 2, map.clientHeight / 2); answered('zoom in', t); });
  on('zoom-out', function (t) { zoomAt(0.8, map.clientWidth / 2, map.clientHeight / 2); answered('zoom out', t); });
  on('popup-close', function (t, ev) { ev.stopPropagation(); $('pin-popup').hidden = true; answered('popup closed', t); });
  // "Draw area" (#draw-area): no handler.
  // touch: one finger scrolls the page; the map asks for two fingers
  var hintTimer = null;
  map.addEventListener('touchmove', function (ev) {
    if (ev.touches.length !== 1) return;
    $('map-hint').hidden = false; clearTimeout(hintTimer);
    hintTimer = setTimeout(function () { $('map-hint').hidden = true; }, 1500);
  }, { passive: true });

  // ---- the "Saved homes" route (client-side)
  function route() { return new URLSearchParams(location.search).get('view') === 'saved' ? 'saved' : 'search'; }
  function renderSaved() {
    var list = saved(); $('saved-list').textContent = '';
    list.forEach(function (k) { var hm = home(k); var p = document.createElement('p'); p.innerHTML = '<a href="homes-listing.html?id=' + k + '">' + hm.kind + ', ' + hm.street + '</a> · ' + kr(hm.price) + ' a month'; $('saved-list').appendChild(p); });
    $('saved-empty').hidden = list.length > 0;
  }
  function renderRoute() {
    var s = route() === 'saved';
    $('saved-view').hidden = !s; $('search-view').hidden = s;
    if (s) renderSaved();
    document.title = s ? 'Saved homes · Nestly' : 'Homes for rent in Oslo · Nestly';
  }
  $('saved-link').addEventListener('click', function (ev) {
    ev.preventDefault(); var t = Date.now();
    history.pushState({ view: 'saved' }, '', '/homes.html?view=saved');
    renderRoute(); window.scrollTo(0, 0); pageview();
    answered('saved route', t);
  });
  on('saved-back', function (t) {
    history.pushState({ view: 'search' }, '', '/homes.html');
    renderRoute(); window.scrollTo(0, 0); pageview();
    answered('search route', t);
  });
  window.addEventListener('popstate', function () { renderRoute(); pageview(); });
  window.addEventListener('load', function () { setTimeout(pageview, 50); });
  renderRoute();
})();
