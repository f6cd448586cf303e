// A bank's accounts and transfer page (held-out set 10): a sticky offer banner that animates
// all the time (CSS animations and its text rewritten every 0.9 s), a balance card, payee
// chips, a transfer form validated on blur (account number, amount), "Check payee name"
// answered after 0.85 s (under the 1 s of the late-answer rule), "Review transfer" opening a
// confirmation dialog (Cancel / Send now), a toast after sending that dismisses itself after
// 4 s or on a click, a savings-goal slider whose figure follows it, "Show more" activity
// (a second press within 0.6 s, the second click of a double-click, is ignored: it acts
// once), a long "Staying safe" text and a real statements page.
// Slow: "Refresh balance" answers after 3.3 s with nothing shown meanwhile. Broken: "Freeze
// card" (no handler) and the rewards badge "2,340 points" (dashed, cursor: pointer, no
// handler). "Download PDF statement" throws a console error.
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

  // ---- the offer banner: rewritten every 0.9 s, forever
  var ADS = [['Fixed saver 4.10% AER', 'Open in 2 minutes'], ['Travel money, no fees', 'Order by 3 pm'], ['Mortgage rates from 4.29%', 'Book a call'], ['Refer a friend: £50', 'Terms apply']];
  var adI = 0;
  setInterval(function () { adI = (adI + 1) % ADS.length; $('ad-text').textContent = ADS[adI][0]; $('ad-sub').textContent = ADS[adI][1]; }, 900);

  // ---- balance
  var balance = 2418.36;
  function money(v) { return '£' + v.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
  on('refresh-btn', function (t) {
    setTimeout(function () {
      var d = new Date();
      $('bal-time').textContent = 'updated ' + String(d.getHours()).padStart(2, '0') + ':' + String(d.getMinutes()).padStart(2, '0');
      $('balance').textContent = money(balance);
      answered('balance refreshed', t);
    }, 3300);
  });
  on('pdf-btn', function () { console.error('TypeError: Cannot read properties of undefined (reading \'pdfBlob\') at downloadStatement (bank.js)'); });

  // ---- activity
  var SHOPS = ['Green Grocer', 'City Transit', 'Bookhouse', 'Cafe Lune', 'Petrol North', 'Pharmacy Plus', 'Streamly', 'Hardware Hub'];
  var txN = 0;
  function addTx(n) {
    for (var i = 0; i < n; i++) {
      var li = document.createElement('li');
      var amt = (3 + ((txN * 37) % 90) + ((txN * 13) % 100) / 100);
      li.innerHTML = '<span>' + SHOPS[txN % SHOPS.length] + '</span><span>-' + money(amt) + '</span>';
      $('tx').appendChild(li); txN++;
    }
  }
  addTx(6);
  var lastMore = 0;
  on('more-btn', function (t) { if (t - lastMore < 600) return; lastMore = t; addTx(5); answered('more activity', t); });

  // ---- payees and the form
  var payee = null;
  document.querySelectorAll('.chip').forEach(function (c) {
    c.addEventListener('click', function () {
      var t = Date.now();
      document.querySelectorAll('.chip').forEach(function (x) { x.classList.toggle('on', x === c); });
      payee = c.dataset.name; $('acct').value = c.dataset.acct; $('acct-error').hidden = true; $('cop-out').textContent = '';
      answered('payee ' + payee, t);
    });
  });
  function acctOk() { return /^\d{8}$/.test($('acct').value.replace(/\s/g, '')); }
  function amountOk() { var v = $('amount').value.trim(); return /^\d+(\.\d{1,2})?$/.test(v) && Number(v) > 0 && Number(v) <= balance; }
  $('acct').addEventListener('blur', function () { $('acct-error').hidden = acctOk(); });
  $('amount').addEventListener('blur', function () { $('amount-error').hidden = amountOk(); });
  on('cop-btn', function (t) {
    setTimeout(function () {
      $('cop-out').textContent = acctOk() ? 'Name matches: ' + (payee || 'J. Okafor') + '.' : 'Enter the account number first.';
      answered('payee name checked', t);
    }, 850);
  });
  on('review-btn', function (t) {
    var ok = acctOk() && amountOk();
    $('acct-error').hidden = acctOk(); $('amount-error').hidden = amountOk();
    if (ok) {
      $('dlg-text').textContent = 'Send ' + money(Number($('amount').value)) + ' to ' + (payee || 'account ' + $('acct').value) + '?';
      $('dialog').hidden = false;
    }
    answered(ok ? 'dialog open' : 'form errors shown', t);
  });
  on('cancel-btn', function (t) { $('dialog').hidden = true; answered('dialog closed', t); });
  var toastTimer = null;
  function hideToast() { $('toast').hidden = true; clearTimeout(toastTimer); }
  on('confirm-btn', function (t) {
    var v = Number($('amount').value);
    $('dialog').hidden = true;
    balance -= v; $('balance').textContent = money(balance);
    $('toast').textContent = money(v) + ' sent to ' + (payee || 'the payee') + '.';
    $('toast').hidden = false;
    clearTimeout(toastTimer); toastTimer = setTimeout(hideToast, 4000);
    answered('sent', t);
  });
  on('toast', function (t) { if (!$('toast').hidden) { hideToast(); answered('toast dismissed', t); } });

  // ---- savings goal slider
  $('goal').addEventListener('input', function () {
    var v = Number($('goal').value);
    $('goal-out').textContent = money(v).replace('.00', '');
    $('goal-note').textContent = v ? 'Holiday fund: ready in ' + Math.ceil(1800 / v) + ' months.' : 'Holiday fund: paused.';
  });
})();
