// An online notes editor (held-out set 11): a contenteditable document with a formatting
// toolbar whose toggles answer with a class change (and the formatting), undo and redo, an
// autosave mark ("Saving..." while typing, "Saved" 0.6 s after the last key, with a colour
// flash), a word count, a focus timer in the header that counts down every second, a notes
// list whose rows are dragged to reorder (mouse, by the grip) and pinned with a star, a
// figure that opens a lightbox (any click closes it), a comments panel, a share box whose
// email is validated on blur, and a real help page.
// Slow: "Version history" answers after 3.4 s with nothing shown meanwhile. Broken: "Insert
// table" (no handler) and "Last edited by Mia" in the header (dashed, cursor: pointer, no
// handler). "Export PDF" throws a console error.
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

  // ---- focus timer: counts down every second, forever
  var left = 25 * 60 - 1;
  setInterval(function () {
    left = left > 0 ? left - 1 : 25 * 60;
    $('timer').textContent = 'Focus ' + Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
  }, 1000);

  // ---- autosave and word count
  var doc = $('doc');
  var saveTimer = null;
  function count() { var w = doc.innerText.trim().split(/\s+/).filter(Boolean).length; $('wc').textContent = w + ' words'; }
  count();
  doc.addEventListener('input', function () {
    $('save-state').textContent = 'Saving...'; $('save-state').classList.remove('flash');
    clearTimeout(saveTimer);
    saveTimer = setTimeout(function () { $('save-state').textContent = 'Saved'; $('save-state').classList.add('flash'); count(); }, 600);
  });

  // ---- toolbar toggles: a class change (and the formatting)
  function toggle(id, cmd, arg) {
    on(id, function (t) {
      doc.focus();
      try { document.execCommand(cmd, false, arg); } catch (e) { /* ignore */ }
      var b = $(id); var now = !b.classList.contains('on');
      b.classList.toggle('on', now); b.setAttribute('aria-pressed', String(now));
      answered(id + (now ? ' on' : ' off'), t);
    });
  }
  toggle('b-bold', 'bold'); toggle('b-italic', 'italic'); toggle('b-h2', 'formatBlock', 'h2'); toggle('b-list', 'insertUnorderedList');
  on('undo', function (t) { doc.focus(); document.execCommand('undo'); answered('undo', t); });
  on('redo', function (t) { doc.focus(); document.execCommand('redo'); answered('redo', t); });
  on('comments-btn', function (t) { var c = $('comments'); c.hidden = !c.hidden; $('comments-btn').classList.toggle('on', !c.hidden); answered(c.hidden ? 'comments closed' : 'comments open', t); });
  on('history-btn', function (t) {
    setTimeout(function () {
      $('versions').innerHTML = '<li>Today 09:12, Mia</li><li>Yesterday 21:40, you</li><li>Yesterday 18:03, Sam</li>';
      $('history').hidden = false;
      answered('versions shown', t);
    }, 3400);
  });
  on('export-btn', function () { console.error('TypeError: Cannot read properties of null (reading \'pageSize\') at exportPdf (notes.js)'); });

  // ---- lightbox: the figure opens it, any click closes it
  on('fig', function (t) { $('lightbox-img').src = $('fig').src; $('lightbox').hidden = false; answered('lightbox open', t); });
  on('lightbox', function (t) { $('lightbox').hidden = true; answered('lightbox closed', t); });

  // ---- notes list: open, pin, drag by the grip to reorder
  var TEXTS = ['Trip plan', 'Packing list', 'Reading notes', 'Budget'];
  document.querySelectorAll('.open').forEach(function (b) {
    b.addEventListener('click', function () {
      var t = Date.now();
      document.querySelectorAll('.note').forEach(function (n) { n.classList.toggle('on', n.contains(b)); });
      $('doc-title').textContent = b.textContent;
      answered('opened ' + b.textContent, t);
    });
  });
  document.querySelectorAll('.pin').forEach(function (p) {
    p.addEventListener('click', function () {
      var t = Date.now(); var now = !p.classList.contains('on');
      p.classList.toggle('on', now); p.setAttribute('aria-pressed', String(now)); p.innerHTML = now ? '&#9733;' : '&#9734;';
      answered(now ? 'pinned' : 'unpinned', t);
    });
  });
  var list = $('notes'); var drag = null;
  list.addEventListener('mousedown', function (ev) {
    var g = ev.target.closest('.grip'); if (!g) return;
    ev.preventDefault();
    drag = g.closest('.note'); drag.classList.add('dragging');
  });
  document.addEventListener('mousemove', function (ev) {
    if (!drag) return;
    var rows = Array.prototype.slice.call(list.children);
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i].getBoundingClientRect();
      if (rows[i] !== drag && ev.clientY > r.top && ev.clientY < r.bottom) {
        if (ev.clientY < r.top + r.height / 2) list.insertBefore(drag, rows[i]); else list.insertBefore(drag, rows[i].nextSibling);
        break;
      }
    }
  });
  document.addEventListener('mouseup', function () {
    if (!drag) return;
    var t = Date.now(); // the answer is to the release (the click that ends the drag)
    drag.classList.remove('dragging'); drag = null;
    answered('reordered', t);
  });

  // ---- share box
  function emailOk() { return /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test($('invite').value.trim()); }
  $('invite').addEventListener('blur', function () { $('invite-error').hidden = emailOk() || $('invite').value === ''; });
  on('invite-btn', function (t) {
    if (!emailOk()) { $('invite-error').hidden = false; answered('invite error', t); return; }
    var li = document.createElement('li'); li.textContent = $('invite').value.trim() + ' (can comment)';
    $('people').appendChild(li); $('invite').value = '';
    answered('invited', t);
  });
  void TEXTS;
})();
