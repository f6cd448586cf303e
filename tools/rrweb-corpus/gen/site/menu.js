// A restaurant ordering page (held-out set 13): a menu of 12 dishes with +/- quantity
// steppers (each press changes the quantity, the cart button and the total at once),
// category buttons that filter the menu at once, a cart drawer opened and closed, a tip
// selector (None / 10% / 15% / 20%, the total changes at once), "Waiting time" answered after
// 0.8 s, a mobile number validated on blur, a "Kitchen closes in" countdown in the sticky
// header that ticks every second, and a real allergen-info page.
// Slow: "Apply voucher" answers after 3.3 s with nothing shown meanwhile (the voucher box
// appears in the sidebar). Broken: "Allergen table" (no handler) and "Table 12" in the header
// (dashed, cursor: pointer, no handler). "Share menu" throws a console error.
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

  // ---- "Kitchen closes in" countdown: ticks every second, forever
  var left = 25 * 60 - 1;
  setInterval(function () {
    left = left > 0 ? left - 1 : 25 * 60;
    $('kitchen').textContent = 'Kitchen closes in ' + Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
  }, 1000);

  // ---- the menu
  var D = [
    ['Caldo verde', 'Kale and potato soup, chorizo', 5.5, 'mains'], ['Cod cakes', 'Four, with lemon mayonnaise', 7.0, 'mains'],
    ['Grilled sardines', 'With peppers and boiled potatoes', 13.5, 'mains'], ['Octopus rice', 'Tomato, coriander', 17.0, 'mains'],
    ['Pork and clams', 'Alentejo style, fried potatoes', 15.5, 'mains'], ['Bitoque', 'Steak, fried egg, rice, chips', 14.0, 'mains'],
    ['Vegetable stew', 'Chickpeas, squash, spinach', 11.0, 'mains'], ['Grilled sea bass', 'Salad and potatoes', 18.5, 'mains'],
    ['Custard tart', 'Warm, cinnamon', 2.0, 'sweets'], ['Chocolate mousse', 'Dark, olive oil, salt', 5.0, 'sweets'],
    ['Rice pudding', 'Lemon and cinnamon', 4.5, 'sweets'], ['Orange cake', 'Rolled, with cream', 4.0, 'sweets'],
  ];
  var qty = D.map(function () { return 0; });
  var ul = $('dishes');
  D.forEach(function (d, i) {
    var li = document.createElement('li');
    li.className = 'dish'; li.id = 'd-' + i;
    li.innerHTML = '<div><div class="dname">' + d[0] + '</div><div class="ddesc">' + d[1] + '</div></div>'
      + '<div class="dprice">&euro;' + d[2].toFixed(2) + '</div>'
      + '<div class="step"><button type="button" class="minus" id="minus-' + i + '" aria-label="One less">&minus;</button><span class="qty" id="qty-' + i + '">0</span><button type="button" class="plus" id="plus-' + i + '" aria-label="One more">+</button></div>';
    ul.appendChild(li);
  });
  var tip = 0;
  function render() {
    var n = 0, sub = 0, lines = [];
    D.forEach(function (d, i) { $('qty-' + i).textContent = String(qty[i]); if (qty[i]) { n += qty[i]; sub += qty[i] * d[2]; lines.push(qty[i] + ' x ' + d[0]); } });
    $('cart-btn').textContent = 'Cart (' + n + ')';
    $('sum').textContent = lines.length ? lines.join(', ') : 'Nothing yet';
    $('total').textContent = 'Total \u20ac' + (sub * (1 + tip / 100)).toFixed(2) + (tip ? ' (tip ' + tip + '%)' : '');
    $('cart-list').innerHTML = lines.map(function (l) { return '<li>' + l + '</li>'; }).join('') || '<li>Empty</li>';
  }
  render();
  function flash(id, cls) { var c = $(id); c.classList.remove(cls); void c.offsetWidth; c.classList.add(cls); }

  // ---- steppers: each press answered at once (a minus at 0 makes the 0 red for a moment)
  D.forEach(function (d, i) {
    on('plus-' + i, function (t) { qty[i]++; render(); flash('cart-btn', 'bump'); flash('total', 'flash'); answered('qty ' + i + ' ' + qty[i], t); });
    on('minus-' + i, function (t) {
      if (qty[i] === 0) { flash('qty-' + i, 'nudge'); answered('qty ' + i + ' none', t); return; }
      qty[i]--; render(); flash('cart-btn', 'bump'); flash('total', 'flash'); answered('qty ' + i + ' ' + qty[i], t);
    });
  });
  // ---- categories: filter at once
  ['all', 'mains', 'sweets'].forEach(function (k) {
    on('cat-' + k, function (t) {
      ['all', 'mains', 'sweets'].forEach(function (o) { var b = $('cat-' + o); b.classList.toggle('on', o === k); b.setAttribute('aria-pressed', String(o === k)); });
      var shown = 0;
      D.forEach(function (d, i) { var hide = k !== 'all' && d[3] !== k; $('d-' + i).classList.toggle('hide', hide); if (!hide) shown++; });
      $('count').textContent = shown + ' dishes';
      answered('category ' + k, t);
    });
  });
  // ---- tips: the total changes at once
  [0, 10, 15, 20].forEach(function (p) {
    on('tip-' + p, function (t) {
      tip = p;
      [0, 10, 15, 20].forEach(function (o) { var b = $('tip-' + o); b.classList.toggle('on', o === p); b.setAttribute('aria-pressed', String(o === p)); });
      render(); flash('total', 'flash');
      answered('tip ' + p, t);
    });
  });
  // ---- "Waiting time": answered after 0.8 s (the kitchen's queue is asked)
  var etaN = 0;
  on('eta', function (t) {
    setTimeout(function () {
      etaN++;
      $('eta-note').textContent = 'Food in about ' + (18 + (etaN * 7) % 12) + ' minutes (' + (3 + etaN % 4) + ' orders ahead).';
      answered('waiting time shown', t);
    }, 800);
  });
  // ---- slow, broken, throwing
  on('voucher-btn', function (t) {
    setTimeout(function () {
      $('voucher-body').textContent = 'LUNCH10 applied: 10% off the food, not the tip.';
      $('voucher').hidden = false;
      answered('voucher applied', t);
    }, 3300);
  });
  on('share-btn', function () { console.error('TypeError: Cannot read properties of undefined (reading \'share\') at shareMenu (menu.js)'); });

  // ---- the cart drawer
  on('cart-btn', function (t) { $('cart-note').textContent = ''; $('cart').hidden = false; answered('cart open', t); });
  on('cart-close', function (t) { $('cart').hidden = true; answered('cart closed', t); });
  on('cart-go', function (t) { $('cart-note').textContent = 'Opening the payment page...'; answered('go to payment', t); });

  // ---- text me when ready
  function phoneOk() { return /^\+?[0-9 ]{9,16}$/.test($('phone').value.trim()) && $('phone').value.replace(/\D/g, '').length >= 9; }
  on('phone', function (t) { $('phone').closest('.box').classList.add('active'); $('phone-hint').hidden = false; answered('phone field active', t); });
  $('phone').addEventListener('blur', function () {
    $('phone').closest('.box').classList.remove('active');
    $('phone-error').hidden = phoneOk() || $('phone').value === '';
  });
  on('order-btn', function (t) {
    if (!phoneOk()) { $('phone-error').hidden = false; answered('order error', t); return; }
    var li = document.createElement('li'); li.textContent = 'Order sent; we will text ' + $('phone').value.trim();
    $('orders').appendChild(li); $('phone').value = '';
    answered('order sent', t);
  });
})();
