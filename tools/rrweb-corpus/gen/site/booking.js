// Booking app with client-side routing: views switch with history.pushState and every
// route change is announced to the recorder as a custom 'pageview' event (as analytics
// SDKs do). "Search cabins" answers only after 3 s (slow backend, no spinner); "Apply
// filters" is broken (no handler); "Book now" throws (console.error + an alert box).
(function () {
  function pageview() {
    try { if (window.rrweb && rrweb.record) rrweb.record.addCustomEvent('pageview', { href: location.href, title: document.title }); } catch (e) { /* not recording */ }
  }
  function show(view) {
    document.querySelectorAll('.view').forEach(function (v) { v.hidden = v.id !== 'view-' + view; });
    document.title = 'Nordlys Stays - ' + view;
  }
  function current() { return new URLSearchParams(location.search).get('view') || 'search'; }
  document.querySelectorAll('a[data-route]').forEach(function (a) {
    a.addEventListener('click', function (e) {
      e.preventDefault();
      var view = a.getAttribute('data-route');
      history.pushState({ view: view }, '', '/booking.html?view=' + view);
      show(view);
      window.scrollTo(0, 0);
      pageview();
    });
  });
  window.addEventListener('popstate', function () { show(current()); pageview(); });
  show(current());
  window.addEventListener('load', function () { setTimeout(pageview, 50); });

  var results = document.getElementById('results');
  function render(n) {
    var names = ['Reine Rorbu', 'Hamnoy Red Cabin', 'Senja Fjord Hut', 'Vega Island Loft', 'Bodo Sea House', 'Andenes Lookout'];
    results.innerHTML = names.slice(0, n).map(function (name, i) {
      return '<div class="cabin" id="cabin-' + i + '"><div class="pic"></div><h3>' + name + '</h3><p>NOK ' + (1200 + 150 * i) + ' / night</p></div>';
    }).join('');
  }
  document.getElementById('search-btn').addEventListener('click', function () {
    setTimeout(function () { render(4); }, 3000); // slow backend, nothing shown meanwhile
  });
  document.getElementById('quick-btn').addEventListener('click', function () { render(6); });
  document.getElementById('filters-reset').addEventListener('click', function () {
    ['f-sauna', 'f-sea', 'f-pets'].forEach(function (id) { document.getElementById(id).checked = false; });
  });
  document.getElementById('book-btn').addEventListener('click', function () {
    console.error('TypeError: Cannot read properties of undefined (reading \'paymentIntent\') at submitBooking (booking.js:41)');
    document.getElementById('book-result').innerHTML = '<p class="alert">Something went wrong. Please try again.</p>';
  });
  document.getElementById('hold-btn').addEventListener('click', function () {
    document.getElementById('book-result').innerHTML = '<p class="ok">Held until tomorrow 12:00.</p>';
  });
  document.getElementById('trips-refresh').addEventListener('click', function () {
    document.getElementById('trips-out').textContent = 'Updated ' + new Date().toLocaleTimeString('en-GB');
  });
  var email = document.getElementById('bk-email'), err = document.getElementById('bk-email-error');
  email.addEventListener('blur', function () { err.hidden = email.value === '' || /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(email.value); });
})();
