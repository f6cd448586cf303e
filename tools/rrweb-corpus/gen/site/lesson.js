// A video lesson page on a course site (held-out set 6). Working: play/pause, -10 s/+10 s,
// a double-tap (or double-click) on the picture jumps 10 s ahead with a "+10 s" bubble,
// dragging the bar seeks, a tap on a lesson in the list loads it, pressing and holding a
// lesson (~0.55 s) opens a menu (a tap elsewhere closes it), "Show more comments" adds ten.
// Background DOM changes that answer no click: while the video plays the bar, the knob and
// the time move every 0.5 s; the "watching" count changes every 3-5 s; once the transcript
// is loaded its highlighted line follows the video. Slow: "Load transcript" answers after
// 3.2 s (30 new lines) with nothing shown meanwhile. Broken: "Cast" (no handler) and
// "Quality: Auto" (cursor: pointer, dotted underline, no handler). "Save to list" throws a
// console error. Validated on blur: the email and the minute (m:ss).
// window.__answers logs, for the truth notes only, when the page answered what (not in the DOM).
(function () {
  function $(id) { return document.getElementById(id); }
  window.__answers = [];
  function answered(what) { window.__answers.push({ what: what, t: Date.now() }); }
  var LESSONS = ['Why maps lie', 'Contour lines', 'Reading river maps', 'Glaciers and valleys', 'Coasts and spits', 'Karst country', 'Volcanic land', 'Dunes and ergs',
    'Deltas', 'Moraines', 'Old field systems', 'Roads through hills', 'Towns on rivers', 'Putting it together'];
  var DUR = 870, t = 12, playing = true, cur = 2, lines = null;
  function mmss(s) { s = Math.max(0, Math.round(s)); return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0'); }
  function draw() {
    var f = Math.min(1, t / DUR);
    $('fill').style.width = (f * 100).toFixed(1) + '%';
    $('knob').style.left = (f * 100).toFixed(1) + '%';
    $('time').textContent = mmss(t) + ' / ' + mmss(DUR);
    if (lines) {
      var k = Math.min(lines.length - 1, Math.floor(t / 29));
      var old = $('transcript').querySelector('p.now');
      if (old !== lines[k]) { if (old) old.classList.remove('now'); lines[k].classList.add('now'); }
    }
  }
  function list() {
    var h = '';
    for (var i = 0; i < LESSONS.length; i++) h += '<li id="l' + i + '"' + (i === cur ? ' class="on"' : '') + '>' + (i + 1) + '. ' + LESSONS[i] + '</li>';
    $('list').innerHTML = h;
  }
  function load(i) {
    cur = i; t = 0; playing = true; lines = null;
    $('transcript').innerHTML = '';
    $('lesson-title').textContent = 'Lesson ' + (i + 1) + ': ' + LESSONS[i];
    $('play').textContent = 'Pause';
    var old = $('list').querySelector('li.on'); if (old) old.classList.remove('on');
    $('l' + i).classList.add('on');
    draw(); answered('load ' + i);
  }
  setInterval(function () { if (playing && t < DUR) { t += 0.5; draw(); } }, 500);
  (function watch() { $('watching').textContent = (18 + Math.floor(Math.random() * 12)) + ' watching'; setTimeout(watch, 3000 + Math.random() * 2000); })();
  $('play').addEventListener('click', function () { playing = !playing; this.textContent = playing ? 'Pause' : 'Play'; answered('play'); });
  $('back10').addEventListener('click', function () { t = Math.max(0, t - 10); draw(); answered('back10'); });
  $('fwd10').addEventListener('click', function () { t = Math.min(DUR, t + 10); draw(); answered('fwd10'); });
  var bubbleTimer = null, lastTap = 0;
  function jump() {
    t = Math.min(DUR, t + 10); draw();
    $('bubble').hidden = false; clearTimeout(bubbleTimer);
    bubbleTimer = setTimeout(function () { $('bubble').hidden = true; }, 700);
    answered('double-tap');
  }
  $('screen').addEventListener('dblclick', jump);
  $('screen').addEventListener('touchend', function (ev) {
    var now = Date.now();
    if (now - lastTap < 350) { ev.preventDefault(); jump(); lastTap = 0; } else lastTap = now;
  });
  function seekTo(x) { var b = $('bar').getBoundingClientRect(); t = Math.max(0, Math.min(1, (x - b.left) / b.width)) * DUR; draw(); }
  var dragging = false;
  $('bar').addEventListener('pointerdown', function (ev) { dragging = true; seekTo(ev.clientX); answered('seek'); });
  document.addEventListener('pointermove', function (ev) { if (dragging) seekTo(ev.clientX); });
  document.addEventListener('pointerup', function () { dragging = false; });
  // the list: a tap loads, press and hold opens the menu
  var hold = null, held = false;
  $('list').addEventListener('touchstart', function (ev) {
    var li = ev.target.closest('li'); if (!li) return;
    held = false;
    var x = ev.touches[0].pageX, y = ev.touches[0].pageY;
    hold = setTimeout(function () { held = true; openMenu(li, x, y); }, 550);
  }, { passive: true });
  $('list').addEventListener('touchmove', function () { clearTimeout(hold); }, { passive: true });
  $('list').addEventListener('touchend', function (ev) { clearTimeout(hold); if (held) ev.preventDefault(); });
  $('list').addEventListener('contextmenu', function (ev) { ev.preventDefault(); });
  $('list').addEventListener('click', function (ev) {
    if (held) { held = false; return; }
    var li = ev.target.closest('li'); if (!li) return;
    load(+li.id.slice(1));
  });
  var menuFor = null;
  function openMenu(li, x, y) { menuFor = +li.id.slice(1); $('menu').style.left = x + 'px'; $('menu').style.top = y + 'px'; $('menu').hidden = false; answered('menu'); }
  function closeMenu() { $('menu').hidden = true; menuFor = null; }
  $('menu').addEventListener('click', function (ev) {
    if (ev.target.id === 'menu-next' && menuFor !== null) { var li = $('l' + menuFor); $('list').insertBefore(li, $('l' + cur).nextSibling); }
    $('status').textContent = ev.target.textContent + ': done.';
    closeMenu(); answered('menu item');
  });
  document.addEventListener('touchstart', function (ev) { if (!$('menu').hidden && !$('menu').contains(ev.target)) closeMenu(); }, { passive: true });
  document.addEventListener('mousedown', function (ev) { if (!$('menu').hidden && !$('menu').contains(ev.target)) closeMenu(); });
  // slow, broken, throwing
  $('transcript-btn').addEventListener('click', function () {
    setTimeout(function () {
      var h = '';
      for (var i = 0; i < 30; i++) h += '<p id="tl' + i + '">' + mmss(i * 29) + ' &nbsp; ' + ['Here the river swings wide', 'Notice the spacing of the contours', 'This is an oxbow lake', 'The terrace stands above the flood plain', 'Braided channels split and join'][i % 5] + ' (map ' + (1 + i % 3) + ').</p>';
      $('transcript').innerHTML = h;
      lines = $('transcript').querySelectorAll('p');
      $('status').textContent = 'Transcript loaded.';
      draw(); answered('transcript');
    }, 3200);
  });
  $('save-btn').addEventListener('click', function () {
    console.error('TypeError: Cannot read properties of undefined (reading \'listId\') at saveToList (lesson.js:118)');
    $('status').innerHTML = '<span class="error">Could not save.</span>';
  });
  $('email').addEventListener('blur', function () { $('email-error').hidden = this.value === '' || /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(this.value); });
  $('minute').addEventListener('blur', function () { $('minute-error').hidden = this.value === '' || /^\d{1,2}:[0-5]\d$/.test(this.value); });
  $('ask-btn').addEventListener('click', function () { $('status').textContent = 'Question sent.'; answered('ask'); });
  // comments
  var NAMES = ['Ines', 'Tomas', 'Aiko', 'Ravi', 'Maren', 'Leo', 'Zofia', 'Kwame'];
  var TEXTS = ['The oxbow part finally made sense to me.', 'Could you do one on coastal maps?', 'I paused at 6:10 and drew it myself, very useful.', 'The third map is hard to read on a small screen.', 'Great pace, thank you.', 'Which survey year is map 2?'];
  var shown = 0;
  function more(n) {
    var ul = $('comments');
    for (var i = 0; i < n; i++, shown++) { var li = document.createElement('li'); li.innerHTML = '<b>' + NAMES[shown % 8] + '</b> ' + TEXTS[(shown * 5) % 6]; ul.appendChild(li); }
  }
  $('more-comments').addEventListener('click', function () { more(10); answered('comments'); });
  list(); more(24); draw();
})();
