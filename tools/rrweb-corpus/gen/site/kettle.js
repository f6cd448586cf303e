// A product page of a home-goods shop with a support chat widget (held-out set 7). Working:
// the photo gallery (prev/next arrows and the dots; it also turns to the next photo by itself
// every 2.5 s), the quantity stepper (- / +, the total follows), "Add to basket", the chat
// (opens and closes; a quick reply is answered by the agent after 0.7-1.0 s of "Sam is
// typing..." whose dots change every 0.3 s), reviews that load ten more when scrolled near
// the end (infinite scroll). Background DOM changes that answer no click: the slideshow
// every 2.5 s (the same photo, counter and dots the arrows change), the delivery countdown
// every 1 s, "N people are looking at this" every 2-4 s, the chat's "online/away" every 6 s.
// Slow: "Check delivery" answers after 3.3 s with nothing shown meanwhile. Broken: "Notify
// me" (no handler) and "Compare" (cursor: pointer, dashed underline, no handler). "Add to
// wishlist" throws a console error. Validated on blur: the postcode (4 digits) and the
// chat's email. window.__answers logs, for the truth notes only, when the page answered
// what (a script variable, not in the DOM).
(function () {
  function $(id) { return document.getElementById(id); }
  window.__answers = [];
  function answered(what) { window.__answers.push({ what: what, t: Date.now() }); }
  var PHOTOS = ['the kettle on a wooden table', 'the filter lifted out', 'boiling, with the blue light', 'the base from above', 'the handle close up', 'in a small kitchen', 'the box and what is in it', 'size next to a mug'];
  var cur = 0, qty = 1, left = 2 * 3600 + 14 * 60 + 5;
  function show(i) {
    cur = (i + PHOTOS.length) % PHOTOS.length;
    $('slide-name').textContent = 'Photo ' + (cur + 1) + ': ' + PHOTOS[cur];
    $('count').textContent = (cur + 1) + ' / ' + PHOTOS.length;
    var old = $('dots').querySelector('span.on'); if (old) old.className = '';
    $('d' + cur).className = 'on';
  }
  var dh = '';
  for (var i = 0; i < PHOTOS.length; i++) dh += '<span id="d' + i + '"></span>';
  $('dots').innerHTML = dh;
  var auto = setInterval(function () { show(cur + 1); }, 2500);
  $('next').addEventListener('click', function () { show(cur + 1); answered('next photo'); });
  $('prev').addEventListener('click', function () { show(cur - 1); answered('prev photo'); });
  $('dots').addEventListener('click', function (ev) { if (ev.target.id && ev.target.id[0] === 'd') { show(+ev.target.id.slice(1)); answered('dot'); } });
  function qtyDraw() { $('qty').textContent = qty; $('total').textContent = 'Total EUR ' + (qty * 49.9).toFixed(2); }
  $('plus').addEventListener('click', function () { qty = Math.min(9, qty + 1); qtyDraw(); answered('plus'); });
  $('minus').addEventListener('click', function () { qty = Math.max(1, qty - 1); qtyDraw(); answered('minus'); });
  $('add-btn').addEventListener('click', function () { $('status').textContent = qty + ' in your basket.'; answered('basket'); });
  function cdDraw() { var s = Math.max(0, left); $('countdown').textContent = 'Order within ' + Math.floor(s / 3600) + ' h ' + Math.floor(s % 3600 / 60) + ' min ' + String(s % 60).padStart(2, '0') + ' s for delivery tomorrow'; }
  setInterval(function () { left -= 1; cdDraw(); }, 1000);
  (function look() { $('viewers').textContent = (8 + Math.floor(Math.random() * 9)) + ' people are looking at this'; setTimeout(look, 2000 + Math.random() * 2000); })();
  var away = false;
  setInterval(function () { away = !away; $('presence').textContent = away ? 'away' : 'online'; }, 6000);
  // chat
  $('chat-open').addEventListener('click', function () { var p = $('panel'); p.hidden = !p.hidden; answered('chat toggle'); });
  $('chat-close').addEventListener('click', function () { $('panel').hidden = true; answered('chat close'); });
  var REPLY = { 'qr-order': 'Orders leave our store the same day; you get a tracking link by email.', 'qr-return': 'Yes, within 30 days, free of charge.' };
  var dotsTimer = null;
  document.querySelector('.quick').addEventListener('click', function (ev) {
    var b = ev.target.closest('button'); if (!b) return;
    var me = document.createElement('p'); me.className = 'me'; me.textContent = b.textContent; $('msgs').appendChild(me);
    answered('quick reply');
    var n = 0; $('typing').hidden = false; clearInterval(dotsTimer);
    dotsTimer = setInterval(function () { n = (n + 1) % 4; $('typing').textContent = 'Sam is typing' + '.'.repeat(n); }, 300);
    setTimeout(function () {
      clearInterval(dotsTimer); $('typing').hidden = true;
      var a = document.createElement('p'); a.className = 'agent'; a.textContent = REPLY[b.id]; $('msgs').appendChild(a);
      answered('agent reply');
    }, 700 + Math.random() * 300);
  });
  // slow, broken, throwing
  $('deliv-btn').addEventListener('click', function () {
    setTimeout(function () { $('status').textContent = 'Delivery tomorrow between 08:00 and 12:00.'; answered('delivery'); }, 3300);
  });
  $('wish-btn').addEventListener('click', function () {
    console.error('TypeError: Cannot read properties of null (reading \'wishlistId\') at addToWishlist (kettle.js:71)');
    $('status').innerHTML = '<span class="error">Could not add.</span>';
  });
  $('postcode').addEventListener('blur', function () { $('postcode-error').hidden = this.value === '' || /^\d{4}$/.test(this.value); });
  $('chat-email').addEventListener('blur', function () { $('chat-email-error').hidden = this.value === '' || /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(this.value); });
  // reviews: infinite scroll
  var NAMES = ['Hanna', 'Olu', 'Mei', 'Jonas', 'Priya', 'Tor', 'Ana', 'Kofi'];
  var TEXTS = ['Boils quickly and quietly.', 'The blue light is a bit much at night.', 'Lid hinge feels solid.', 'Easy to descale.', 'Pours without dripping.', 'Glass gets hot, mind the sides.'];
  var shown = 0, busy = false;
  function more(n) {
    var ul = $('reviews');
    for (var i = 0; i < n; i++, shown++) { var li = document.createElement('li'); li.innerHTML = '<b>' + NAMES[shown % 8] + '</b> ' + '&#9733;'.repeat(3 + shown % 3) + ' ' + TEXTS[(shown * 5) % 6]; ul.appendChild(li); }
    if (shown >= 60) $('loading').textContent = 'That is all.';
  }
  window.addEventListener('scroll', function () {
    if (busy || shown >= 60) return;
    if (window.scrollY + window.innerHeight > document.body.scrollHeight - 300) {
      busy = true; setTimeout(function () { more(10); busy = false; }, 400);
    }
  }, { passive: true });
  more(12); show(0); cdDraw(); qtyDraw();
})();
