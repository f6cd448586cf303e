// Checkout page (held-out set 2): form validation on blur, a slow gift-card check (3.5 s,
// nothing shown meanwhile), a working address check (1.2 s), working quantity steppers,
// "Pay now" throws (console.error + an alert), "Place order" is broken (no handler), the
// promo banner's close cross and the postcode "?" are styled cursor: pointer with no handler.
(function () {
  function $(id) { return document.getElementById(id); }
  var prices = { 1: 1290, 2: 198, 3: 89 };
  function total() {
    var t = 0;
    for (var i = 1; i <= 3; i++) t += prices[i] * Number($('q' + i).textContent);
    $('total').textContent = 'NOK ' + t.toLocaleString('en-GB');
  }
  [1, 2, 3].forEach(function (i) {
    $('q' + i + '-plus').addEventListener('click', function () { $('q' + i).textContent = String(Math.min(9, Number($('q' + i).textContent) + 1)); total(); });
    $('q' + i + '-minus').addEventListener('click', function () { $('q' + i).textContent = String(Math.max(1, Number($('q' + i).textContent) - 1)); total(); });
  });
  function validate(input, err, re) {
    input.addEventListener('blur', function () { err.hidden = input.value === '' || re.test(input.value); });
  }
  validate($('co-email'), $('co-email-error'), /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i);
  validate($('co-postcode'), $('co-postcode-error'), /^\d{4}$/);
  $('check-address').addEventListener('click', function () {
    $('address-out').textContent = 'Checking...';
    setTimeout(function () { $('address-out').textContent = 'Address found.'; }, 1200);
  });
  $('coupon-btn').addEventListener('click', function () {
    setTimeout(function () { $('coupon-out').textContent = 'Gift card accepted: NOK 200 off.'; }, 3500);
  });
  $('continue-btn').addEventListener('click', function () { $('pay-out').innerHTML = '<p class="ok">Card saved. Check the order, then pay.</p>'; });
  $('save-btn').addEventListener('click', function () { $('pay-out').innerHTML = '<p class="ok">Saved. We kept your basket for 7 days.</p>'; });
  $('pay-btn').addEventListener('click', function () {
    console.error("TypeError: Cannot read properties of null (reading 'token') at confirmPayment (checkout.js:31)");
    $('pay-out').innerHTML = '<p class="alert">Payment failed. Your card was not charged.</p>';
  });
})();
