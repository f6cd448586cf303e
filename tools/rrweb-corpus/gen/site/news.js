// News article. The gallery's "Next" works until the last picture and then does nothing
// (no wrap, no disabled style). "Show comments" answers after 3 s. "Subscribe" throws
// (console.error) and shows an alert. The "Share"/"Save" pills and "More stories" look
// clickable (cursor: pointer in the stylesheet) but have no handler.
(function () {
  var items = Array.prototype.slice.call(document.querySelectorAll('#gal-data li'));
  var i = 0, img = document.getElementById('gal-img'), cap = document.getElementById('gal-cap'), count = document.getElementById('gal-count');
  function show() { img.src = items[i].getAttribute('data-src'); cap.textContent = items[i].getAttribute('data-cap'); count.textContent = (i + 1) + ' / ' + items.length; }
  show();
  document.getElementById('gal-next').addEventListener('click', function () { if (i < items.length - 1) { i++; show(); } });
  document.getElementById('gal-prev').addEventListener('click', function () { if (i > 0) { i--; show(); } });
  document.getElementById('comments-btn').addEventListener('click', function () {
    setTimeout(function () {
      document.getElementById('comments-out').innerHTML = '<p><b>Tove:</b> Spot on about the ferries.</p><p><b>Arne:</b> We need a visitor cap.</p>';
    }, 3000);
  });
  document.getElementById('subscribe-btn').addEventListener('click', function () {
    console.error('Uncaught (in promise) Error: subscription service unavailable (HTTP 503)');
    document.getElementById('sub-out').innerHTML = '<p class="alert">We could not start your subscription. Try again later.</p>';
  });
})();
