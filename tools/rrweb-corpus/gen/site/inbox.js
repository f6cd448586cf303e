// Team inbox (held-out set 3). Background DOM changes that answer no click: a ticker in
// the top bar (every 700 ms) and a carousel that advances by itself (every 2.6 s).
// Working: message rows (open the message in the reading pane), stars (toggle), "Mark
// read", the zoom slider (rewrites the body's font size), "Save" in the settings.
// Slow: "Sync" answers after 3.2 s with nothing shown meanwhile. Broken: "Archive" (no
// handler), the label chips (cursor: pointer, no handler). "Export" throws a console error.
(function () {
  function $(id) { return document.getElementById(id); }
  var n = 0, quotes = ['EUR/NOK 11.52', 'Brent 78.1', 'OSEBX 1412.3', 'Queue: 14 open', 'SLA 97.4 %', 'Agents online: 6'];
  setInterval(function () { n++; $('ticker').textContent = quotes[n % quotes.length] + '  ·  ' + quotes[(n + 2) % quotes.length] + '  ·  updated ' + n; }, 700);
  var slide = 0, slides = ['New: shared templates for replies.', 'Tip: press j / k to move between messages.', 'Maintenance on Sunday 02:00-03:00.'];
  setInterval(function () {
    slide = (slide + 1) % slides.length;
    $('slide-text').textContent = slides[slide];
    var dots = document.querySelectorAll('.carousel .dot');
    for (var i = 0; i < dots.length; i++) dots[i].className = i === slide ? 'dot on' : 'dot';
  }, 2600);
  var rows = document.querySelectorAll('.msg');
  for (var i = 0; i < rows.length; i++) {
    rows[i].addEventListener('click', function (ev) {
      if (ev.target.classList.contains('star')) return;
      for (var j = 0; j < rows.length; j++) rows[j].classList.remove('sel');
      this.classList.add('sel');
      $('subject').textContent = this.querySelector('b').textContent;
      $('from').textContent = 'From: ' + this.getAttribute('data-from');
    });
  }
  var stars = document.querySelectorAll('.star');
  for (var k = 0; k < stars.length; k++) stars[k].addEventListener('click', function () { this.classList.toggle('on'); });
  $('mark-btn').addEventListener('click', function () { $('status').textContent = 'Marked as read.'; });
  $('sync-btn').addEventListener('click', function () { setTimeout(function () { $('status').textContent = 'Synced: 2 new messages.'; }, 3200); });
  $('export-btn').addEventListener('click', function () {
    console.error("RangeError: Invalid array length at buildCsv (inbox.js:31)");
    $('status').innerHTML = '<span class="alert">Export failed.</span>';
  });
  $('zoom').addEventListener('input', function () { $('body').style.fontSize = this.value + 'px'; $('zoom-out').textContent = this.value + ' px'; });
  $('set-name').addEventListener('blur', function () { $('set-name-error').hidden = this.value === '' || this.value.length >= 4; });
  $('save-settings').addEventListener('click', function () { $('settings-out').textContent = 'Saved.'; });
})();
