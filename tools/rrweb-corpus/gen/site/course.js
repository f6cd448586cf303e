// An online course lesson (held-out set 15): a video-like player built from elements
// (play/pause toggles at once, a seek bar clicked or dragged, a volume slider, "Theatre mode"
// that moves the side column below the player), a transcript panel that scrolls BY ITSELF
// (smoothly, in its own box) to the line being spoken while the "video" plays, keyboard
// shortcuts (Space / K play and pause when the focus is not on a control, arrows seek 5 s,
// T theatre), a quiz answered at once ("Check answer": right or wrong), "Next lesson" /
// "Previous lesson" as client-side routes (history.pushState, each announced as a custom
// 'pageview' event; popstate too), a "Bookmark" star whose only answer is its own icon, and
// a question box validated on blur and on "Post".
// Slow: "Download notes" answers after 3.4 s with nothing shown meanwhile. Broken:
// "Transcript language" (no handler) and the "Up next" thumbnails (cursor: pointer and a
// hover zoom, no handler). "Make a clip" throws a console error.
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
  function pageview() {
    try { if (window.rrweb && rrweb.record) rrweb.record.addCustomEvent('pageview', { href: location.href, title: document.title }); } catch (e) { /* not recording */ }
  }

  // ---- lessons (client-side routes)
  var LESSONS = {
    2: { title: 'Lesson 2: Reading a chart', len: 150, slides: ['Axes first, then the marks', 'What does one bar mean?', 'Scales can mislead'] },
    3: { title: 'Lesson 3: Choosing a chart', len: 175, slides: ['Bars compare, lines show change', 'Parts of a whole: use with care', 'Distributions: histograms and boxes', 'When a table beats a chart'] },
    4: { title: 'Lesson 4: Colour scales that work', len: 160, slides: ['Sequential, diverging, categorical', 'Colour-blind safe palettes', 'Do not let colour carry it alone'] },
    5: { title: 'Lesson 5: Labels and annotation', len: 185, slides: ['Label the data, not a legend', 'One message per chart', 'Annotate the surprise'] },
  };
  var SENT = ['Welcome back. In this lesson we choose a chart for the question we have.', 'Start from the question, not from the chart types you know.',
    'If you compare amounts across groups, bars are usually the honest choice.', 'If you show how something changed over time, a line connects the story.',
    'Pie charts show parts of a whole, but people judge angles badly.', 'More than four or five slices and nobody can read it.',
    'For a distribution, a histogram shows the shape of the data.', 'A box plot summarises it when you compare many groups.',
    'Sometimes the honest answer is a small table.', 'Exact numbers matter more than the shape in that case.',
    'Let us try this on the sign-ups data from the course pack.', 'Monthly sign-ups over two years: twenty-four points in order.',
    'A bar per month works, but the eye reads the change better along a line.', 'Now the same data by country: here bars win again.',
    'Notice how sorting the bars makes the ranking obvious.', 'Colour comes in the next lesson, so keep it grey for now.',
    'A quick check of what we covered is below the video.', 'Take the quiz, then post a question if something is unclear.',
    'A common mistake: a line chart for categories that have no order.', 'The line suggests a trend between things that are not connected.',
    'Another one: two y axes on one chart.', 'Readers compare the lines, not the scales, and draw wrong conclusions.',
    'Small multiples are often the better answer.', 'The same chart repeated, one per group, on the same scale.',
    'That brings us to the end of the chart choices for today.', 'Download the notes for the decision table we used.',
    'In the next lesson we look at colour scales.', 'See you there.'];
  var lesson = 3, pos = 0, playing = false, timer = null;
  function fmt(s) { s = Math.max(0, Math.round(s)); return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0'); }
  function len() { return LESSONS[lesson].len; }
  function lineAt(p) { return Math.min(SENT.length - 1, Math.floor(p / (len() / SENT.length))); }
  var ol = $('transcript');
  SENT.forEach(function (t, i) { var li = document.createElement('li'); li.id = 'tl-' + i; li.textContent = t; ol.appendChild(li); });
  var shownLine = -1;
  function showPos(follow) {
    var f = pos / len();
    $('seek-fill').style.width = (f * 100).toFixed(1) + '%';
    $('seek-knob').style.left = (f * 100).toFixed(1) + '%';
    $('seek').setAttribute('aria-valuenow', String(Math.round(pos)));
    $('time').textContent = fmt(pos) + ' / ' + fmt(len());
    var sl = LESSONS[lesson].slides;
    var slide = sl[Math.min(sl.length - 1, Math.floor(f * sl.length))];
    if ($('slide').textContent !== slide) $('slide').textContent = slide;
    var li = lineAt(pos);
    if (li !== shownLine) {
      if (shownLine >= 0) $('tl-' + shownLine).classList.remove('now');
      $('tl-' + li).classList.add('now');
      shownLine = li;
      // the transcript follows the video: it scrolls by itself, in its own box
      if (follow) ol.scrollTo({ top: Math.max(0, $('tl-' + li).offsetTop - 60), behavior: 'smooth' });
    }
  }
  function setPlaying(p) {
    playing = p;
    $('play').innerHTML = p ? '&#10074;&#10074;' : '&#9654;';
    $('play').setAttribute('aria-label', p ? 'Pause' : 'Play');
    $('big-play').innerHTML = p ? '&#10074;&#10074;' : '&#9654;';
    if (timer) { clearInterval(timer); timer = null; }
    if (p) timer = setInterval(function () { pos = Math.min(len(), pos + 0.5); showPos(true); if (pos >= len()) setPlaying(false); }, 500);
  }
  function toggle(t, how) { setPlaying(!playing); answered((playing ? 'play' : 'pause') + ' (' + how + ')', t); }
  function seekTo(p, follow) { pos = Math.max(0, Math.min(len(), p)); showPos(follow); }
  showPos(false);

  on('play', function (t) { toggle(t, 'button'); });
  on('screen', function (t) { toggle(t, 'screen'); });
  // ---- the seek bar: a click jumps there at once; the knob can be dragged (pointer events)
  function fracAt(x) { var r = $('seek').getBoundingClientRect(); return Math.max(0, Math.min(1, (x - r.left) / r.width)); }
  var drag = false;
  $('seek').addEventListener('pointerdown', function (ev) { drag = true; try { $('seek').setPointerCapture(ev.pointerId); } catch (e) { /* synthetic */ } seekTo(fracAt(ev.clientX) * len(), true); });
  $('seek').addEventListener('pointermove', function (ev) { if (drag) seekTo(fracAt(ev.clientX) * len(), false); });
  $('seek').addEventListener('pointerup', function (ev) { if (!drag) return; drag = false; seekTo(fracAt(ev.clientX) * len(), true); });
  on('seek', function (t, ev) { if (ev.detail === 0) return; seekTo(fracAt(ev.clientX) * len(), true); answered('seek ' + fmt(pos), t); });
  // ---- volume: the icon and the slider answer while it moves
  $('vol').addEventListener('input', function () { var v = Number($('vol').value); $('vol-icon').innerHTML = v === 0 ? '&#128263;' : v < 40 ? '&#128264;' : '&#128266;'; });
  on('vol', function (t) { answered('volume ' + $('vol').value, t); });
  // ---- theatre mode: the layout changes at once
  function theatre(t) { var on2 = !document.body.classList.contains('theatre'); document.body.classList.toggle('theatre', on2); $('theatre').setAttribute('aria-pressed', String(on2)); answered('theatre ' + on2, t); }
  on('theatre', function (t) { theatre(t); });
  // ---- keyboard shortcuts, only when the focus is not on a control or a field
  document.addEventListener('keydown', function (ev) {
    var tag = (ev.target && ev.target.tagName) || '';
    if (/^(INPUT|TEXTAREA|BUTTON|A|SELECT)$/.test(tag) || ev.ctrlKey || ev.altKey || ev.metaKey) return;
    var t = Date.now();
    if (ev.key === ' ' || ev.key === 'k' || ev.key === 'K') { ev.preventDefault(); toggle(t, 'key'); }
    else if (ev.key === 'ArrowRight') { ev.preventDefault(); seekTo(pos + 5, true); answered('seek +5 (key)', t); }
    else if (ev.key === 'ArrowLeft') { ev.preventDefault(); seekTo(pos - 5, true); answered('seek -5 (key)', t); }
    else if (ev.key === 't' || ev.key === 'T') { theatre(t); }
  });
  // ---- bookmark: its only answer is its own small icon
  on('bookmark', function (t) {
    var b = $('bookmark'), on2 = !b.classList.contains('on');
    b.classList.toggle('on', on2); b.setAttribute('aria-pressed', String(on2));
    $('bm-icon').innerHTML = on2 ? '&#9733;' : '&#9734;';
    answered('bookmark ' + on2, t);
  });
  // ---- routes
  function render() {
    var L = LESSONS[lesson];
    document.title = L.title + ' - Northwind Academy';
    $('lesson-title').textContent = L.title;
    $('lesson-no').textContent = 'Lesson ' + lesson + ' of 8';
    setPlaying(false); pos = 0; showPos(false); ol.scrollTop = 0;
  }
  function current() { var n = Number(new URLSearchParams(location.search).get('lesson') || 3); return LESSONS[n] ? n : 3; }
  function go(n, t) {
    if (!LESSONS[n]) { answered('no lesson ' + n, t); return; }
    lesson = n;
    history.pushState({ lesson: n }, '', '/course.html?lesson=' + n);
    render(); window.scrollTo(0, 0); pageview();
    answered('lesson ' + n, t);
  }
  on('next-lesson', function (t) { go(lesson + 1, t); });
  on('prev-lesson', function (t) { go(lesson - 1, t); });
  window.addEventListener('popstate', function () { lesson = current(); render(); pageview(); });
  lesson = current(); render();
  window.addEventListener('load', function () { setTimeout(pageview, 50); });
  // ---- the quiz: answered at once, right or wrong
  on('check', function (t) {
    var r = document.querySelector('input[name="q1"]:checked');
    var res = $('quiz-result');
    res.classList.remove('right', 'wrong');
    if (!r) { res.textContent = 'Pick an answer first.'; answered('quiz none', t); return; }
    if (r.value === 'b') { res.textContent = 'Correct: a line shows change over time.'; res.classList.add('right'); answered('quiz right', t); }
    else { res.textContent = r.value === 'a' ? 'Not quite: a pie shows parts of a whole, not change.' : 'Not quite: a table hides the trend.'; res.classList.add('wrong'); answered('quiz wrong', t); }
  });
  ['a', 'b', 'c'].forEach(function (k) { on('ans-' + k, function (t) { $('quiz-result').textContent = ''; answered('picked ' + k, t); }); });
  // ---- slow, broken, throwing
  on('notes-btn', function (t) {
    setTimeout(function () { $('notes-ready').hidden = false; answered('notes ready', t); }, 3400);
  });
  on('clip-btn', function () { console.error('TypeError: Cannot read properties of null (reading \'currentTime\') at makeClip (course.js)'); });
  // ---- a question about the lesson, validated on blur and on "Post"
  function commentOk() { var v = $('comment').value.trim(); return v.length >= 15 && /[a-z]{3}/i.test(v); }
  on('comment', function (t) { answered('comment field', t); });
  $('comment').addEventListener('blur', function () { $('comment-error').hidden = commentOk() || $('comment').value === ''; });
  on('post', function (t) {
    if (!commentOk()) { $('comment-error').hidden = false; answered('comment error', t); return; }
    var li = document.createElement('li'); li.innerHTML = '<b>You</b> '; li.appendChild(document.createTextNode($('comment').value.trim()));
    var ago = document.createElement('span'); ago.className = 'ago'; ago.textContent = ' just now'; li.appendChild(ago);
    $('comments').insertBefore(li, $('comments').firstChild); $('comment').value = ''; $('comment-error').hidden = true;
    answered('comment posted', t);
  });
})();
