// A kanban board of a small team (held-out set 8). Working: cards dragged between columns
// with the mouse, pen or finger (pointer events; the card follows, the column under it is
// outlined, the drop moves the card and updates the counts), the star on a card (each press
// adds one vote), the filter chips All / Mine / Bugs, "Collapse Done" (toggles), "Add card"
// (after a title of at least 3 letters). Hover: a card's avatar shows a tooltip after 250 ms
// and hides it when the pointer leaves. Background DOM changes that answer no click and that
// the user cannot see: "Saved N s ago" (visibility: hidden) every 1 s, the presence count
// (a zero-size box) every 2 s, an off-screen aria-hidden live region every 3 s, the closed
// activity drawer (hidden) gains an entry every 4 s, a zero-size counter every 0.5 s.
// Slow: "Sync now" answers after 3.2 s with nothing shown meanwhile. Broken: "Assign to me"
// (no handler) and the "Label: design" chip (cursor: pointer, dashed, no handler). "Export
// CSV" throws a console error. Validated on blur: the new card's title. window.__answers
// logs, for the truth notes only, when the page answered what (a script variable).
(function () {
  function $(id) { return document.getElementById(id); }
  window.__answers = [];
  // clickT: the time of the click answered (the generator's late-answer rule, gen/truth.mjs;
  // added after set 8's run: it changes no DOM, only what the generator is told)
  function answered(what, clickT) {
    var a = { what: what, t: Date.now(), click: clickT === undefined ? Date.now() : clickT };
    window.__answers.push(a);
    try { if (window.__devAnswer) window.__devAnswer(JSON.stringify(a)); } catch (e) { /* not generating */ }
  }
  var WHO = ['AK', 'BM', 'CS', 'DL', 'EO'];
  var NAMES = { AK: 'Aiko Kato', BM: 'Bram Mertens', CS: 'Chloe Sato', DL: 'Dev Lal', EO: 'Emeka Obi' };
  var TITLES = ['Fix login timeout', 'Write release notes', 'Retry failed uploads', 'Dark mode for settings', 'Audit colour contrast', 'Speed up search', 'Crash on empty basket', 'Invoice PDF layout', 'Onboarding checklist', 'Rate limit the API', 'Translate the help pages', 'Cache avatars', 'Remove old feature flags', 'Email digest settings'];
  var n = 0;
  function card(col, title) {
    var who = WHO[n % 5], bug = /Fix|Crash|Retry/.test(title);
    var d = document.createElement('div'); d.className = 'card'; d.id = 'k' + n; d.dataset.who = who; d.dataset.bug = bug ? '1' : '';
    d.innerHTML = '<span class="grip" aria-hidden="true">&#8942;&#8942;</span><div class="t">' + title + '</div><div class="meta"><span class="av" id="av' + n + '">' + who + '</span><button type="button" class="vote" id="v' + n + '">&#9733; <span>' + (n % 4) + '</span></button>' + (bug ? '<span class="tag">bug</span>' : '') + '</div>';
    $('c-' + col).appendChild(d); n++;
  }
  for (var i = 0; i < 5; i++) card('todo', TITLES[i]);
  for (i = 5; i < 8; i++) card('doing', TITLES[i]);
  for (i = 0; i < 34; i++) card('done', TITLES[(i + 8) % TITLES.length] + (i >= 6 ? ' (' + (13 - Math.floor(i / 6)) + ')' : ''));
  function counts() { ['todo', 'doing', 'done'].forEach(function (c) { $('n-' + c).textContent = $('c-' + c).children.length; }); }
  counts();
  // votes: each press adds one
  $('board').addEventListener('click', function (ev) {
    var b = ev.target.closest('.vote'); if (!b) return;
    var s = b.querySelector('span'); s.textContent = +s.textContent + 1; answered('vote');
  });
  // tooltips on the avatars (hover)
  var tipTimer = null;
  $('board').addEventListener('mouseover', function (ev) {
    var a = ev.target.closest('.av'); if (!a) return;
    clearTimeout(tipTimer);
    tipTimer = setTimeout(function () {
      var r = a.getBoundingClientRect(), t = $('tip');
      t.textContent = NAMES[a.textContent] + ' is working on this';
      t.style.left = (r.left + window.scrollX) + 'px'; t.style.top = (r.bottom + window.scrollY + 6) + 'px'; t.hidden = false;
    }, 250);
  });
  $('board').addEventListener('mouseout', function (ev) {
    var a = ev.target.closest('.av'); if (!a) return;
    clearTimeout(tipTimer); $('tip').hidden = true;
  });
  // drag and drop with pointer events (mouse and pen anywhere on a card, a finger by its grip)
  var drag = null;
  $('board').addEventListener('pointerdown', function (ev) {
    var c = ev.target.closest('.card'); if (!c || ev.target.closest('.vote')) return;
    if (ev.pointerType === 'touch' && !ev.target.closest('.grip')) return; // a finger drags by the grip (the rest of the card scrolls the page)
    drag = { card: c, x: ev.clientX, y: ev.clientY, on: false, over: null };
  });
  window.addEventListener('pointermove', function (ev) {
    if (!drag) return;
    var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (!drag.on && Math.hypot(dx, dy) < 8) return;
    drag.on = true; drag.card.classList.add('dragging');
    drag.card.style.transform = 'translate(' + Math.round(dx) + 'px,' + Math.round(dy) + 'px)';
    var el = document.elementsFromPoint(ev.clientX, ev.clientY).filter(function (e) { return e.classList && e.classList.contains('col'); })[0] || null;
    if (el !== drag.over) { if (drag.over) drag.over.classList.remove('over'); if (el) el.classList.add('over'); drag.over = el; }
  });
  window.addEventListener('pointerup', function () {
    if (!drag) return;
    var d = drag; drag = null;
    if (!d.on) return;
    d.card.classList.remove('dragging'); d.card.style.transform = '';
    if (d.over) { d.over.classList.remove('over'); d.over.querySelector('.cards').prepend(d.card); counts(); answered('card moved'); }
  });
  // filters
  function filter(which) {
    ['f-all', 'f-mine', 'f-bugs'].forEach(function (id) { $(id).classList.toggle('on', id === which); });
    document.querySelectorAll('.card').forEach(function (c) {
      c.hidden = which === 'f-mine' ? c.dataset.who !== 'AK' : which === 'f-bugs' ? !c.dataset.bug : false;
    });
    answered('filter');
  }
  ['f-all', 'f-mine', 'f-bugs'].forEach(function (id) {
    $(id).addEventListener('click', function () { filter(id); });
    $(id).addEventListener('keydown', function (ev) { if (ev.key === 'Enter') filter(id); });
  });
  $('collapse-btn').addEventListener('click', function () {
    var col = document.querySelector('[data-col=done]'), c = col.classList.toggle('collapsed');
    this.textContent = c ? 'Show Done' : 'Collapse Done'; this.setAttribute('aria-expanded', c ? 'false' : 'true'); answered('collapse');
  });
  // slow, broken, throwing
  $('sync-btn').addEventListener('click', function () {
    var t = Date.now();
    setTimeout(function () { $('status').textContent = 'Synced: 2 cards changed on the server.'; answered('sync', t); }, 3200);
  });
  $('export-btn').addEventListener('click', function () {
    console.error('TypeError: Cannot read properties of undefined (reading \'columns\') at exportCsv (board.js:104)');
    $('status').innerHTML = '<span class="error">Export failed.</span>';
  });
  // new card
  $('card-title').addEventListener('blur', function () { $('card-title-error').hidden = this.value === '' || /[A-Za-z].*[A-Za-z].*[A-Za-z]/.test(this.value); });
  $('add-card').addEventListener('click', function () {
    var v = $('card-title').value; if (!/[A-Za-z].*[A-Za-z].*[A-Za-z]/.test(v)) return;
    card('todo', v); $('c-todo').prepend($('c-todo').lastChild); $('card-title').value = ''; counts(); answered('card added');
  });
  // background changes nobody can see
  var since = 0;
  setInterval(function () { since += 1; $('saved').textContent = 'Saved ' + since + ' s ago'; }, 1000);
  setInterval(function () { $('presence').textContent = (2 + Math.floor(Math.random() * 4)) + ' online'; }, 2000);
  var live = 0;
  setInterval(function () { live++; $('live').textContent = 'Board updated ' + live + ' times'; }, 3000);
  var acts = 0;
  setInterval(function () { var li = document.createElement('li'); li.textContent = WHO[acts % 5] + ' edited a card (' + (++acts) + ')'; $('activity').prepend(li); }, 4000);
  var t0 = 0;
  setInterval(function () { t0++; $('ticker0').textContent = String(t0); }, 500);
})();
