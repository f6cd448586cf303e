// Inkpot Sketch board (held-out set 16): a drawing board built from SVG. Strokes follow the
// pointer while the button (pen, finger) is held: the stroke's path is redrawn every 50 ms
// and when it ends; tools, colours, zoom, undo / redo and layers answer at once; the wheel
// over the board zooms it (the page does not scroll there); the hand tool pans by dragging;
// layers are reordered by dragging a grip. "Export PNG" answers after 2.6 s with nothing
// shown meanwhile; "Share" throws (console.error); "Templates" and the lasso icon have no
// handler. The drawing's name is validated on blur.
//
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
  var SVGNS = 'http://www.w3.org/2000/svg';
  var state = { tool: 'pen', colour: '#1d1d1f', layer: 'layer-1', zoom: 1, tx: 0, ty: 0 };
  var done = [], undone = [];

  function title() { var n = $('name').value.trim(); return n && nameOk() ? n : 'Untitled sketch'; }
  function note(extra) {
    $('note').textContent = title() + ', ' + done.length + ' stroke' + (done.length === 1 ? '' : 's') + (extra ? ' \u00b7 ' + extra : '');
  }
  function view() {
    $('view').setAttribute('transform', 'translate(' + Math.round(state.tx) + ' ' + Math.round(state.ty) + ') scale(' + state.zoom.toFixed(2) + ')');
    $('zoom-label').textContent = Math.round(state.zoom * 100) + '%';
  }
  function zoomBy(f, cx, cy) {
    var z = Math.min(4, Math.max(0.25, state.zoom * f));
    if (cx !== undefined) { state.tx = cx - (cx - state.tx) * z / state.zoom; state.ty = cy - (cy - state.ty) * z / state.zoom; }
    state.zoom = z; view();
  }

  // ---- tools and colours: a selected state at once
  document.querySelectorAll('button.tool').forEach(function (b) {
    b.addEventListener('click', function () {
      var t = Date.now();
      document.querySelectorAll('.tool').forEach(function (o) { o.classList.toggle('on', o === b); });
      state.tool = b.dataset.tool;
      $('stage').classList.toggle('hand', state.tool === 'hand');
      answered('tool ' + state.tool, t);
    });
  });
  document.querySelectorAll('.sw').forEach(function (b) {
    b.addEventListener('click', function () {
      var t = Date.now();
      document.querySelectorAll('.sw').forEach(function (o) { o.classList.toggle('on', o === b); });
      state.colour = b.dataset.c;
      answered('colour ' + b.id, t);
    });
  });
  on('zoom-in', function (t) { zoomBy(1.25); answered('zoom in', t); });
  on('zoom-out', function (t) { zoomBy(0.8); answered('zoom out', t); });

  // ---- drawing: pointer held on the board
  var stage = $('stage'), board = $('board');
  var cur = null, timer = null;
  function local(ev) {
    var r = board.getBoundingClientRect();
    return { x: (ev.clientX - r.left - state.tx) / state.zoom, y: (ev.clientY - r.top - state.ty) / state.zoom, sx: ev.clientX, sy: ev.clientY };
  }
  function redraw() {
    if (!cur) return;
    if (cur.kind === 'path') {
      var d = 'M' + cur.pts.map(function (p) { return Math.round(p.x) + ' ' + Math.round(p.y); }).join(' L');
      cur.el.setAttribute('d', d);
    } else if (cur.kind === 'rect') {
      var a = cur.pts[0], b = cur.pts[cur.pts.length - 1];
      cur.el.setAttribute('x', Math.round(Math.min(a.x, b.x))); cur.el.setAttribute('y', Math.round(Math.min(a.y, b.y)));
      cur.el.setAttribute('width', Math.round(Math.abs(b.x - a.x))); cur.el.setAttribute('height', Math.round(Math.abs(b.y - a.y)));
    } else if (cur.kind === 'ellipse') {
      var p = cur.pts[0], q = cur.pts[cur.pts.length - 1];
      cur.el.setAttribute('cx', Math.round((p.x + q.x) / 2)); cur.el.setAttribute('cy', Math.round((p.y + q.y) / 2));
      cur.el.setAttribute('rx', Math.round(Math.abs(q.x - p.x) / 2)); cur.el.setAttribute('ry', Math.round(Math.abs(q.y - p.y) / 2));
    } else if (cur.kind === 'pan') {
      view();
    }
  }
  board.addEventListener('pointerdown', function (ev) {
    if (ev.button !== 0 || cur) return;
    ev.preventDefault();
    try { board.setPointerCapture(ev.pointerId); } catch (e) { /* ignore */ }
    var p = local(ev);
    var g = $(state.layer);
    if (state.tool === 'hand') {
      cur = { kind: 'pan', id: ev.pointerId, sx: ev.clientX, sy: ev.clientY, tx: state.tx, ty: state.ty, pts: [p] };
    } else if (state.tool === 'rect' || state.tool === 'ellipse') {
      var el = document.createElementNS(SVGNS, state.tool);
      el.dataset.layer = state.layer; el.setAttribute('class', 'shape'); el.setAttribute('fill', 'none'); el.setAttribute('stroke', state.colour); el.setAttribute('stroke-width', '3');
      g.appendChild(el);
      cur = { kind: state.tool, id: ev.pointerId, el: el, pts: [p] };
    } else {
      var path = document.createElementNS(SVGNS, 'path');
      var eraser = state.tool === 'eraser';
      path.dataset.layer = state.layer;
      path.setAttribute('fill', 'none'); path.setAttribute('stroke', eraser ? '#fffdf7' : state.colour);
      path.setAttribute('stroke-width', eraser ? '18' : '3'); path.setAttribute('stroke-linecap', 'round'); path.setAttribute('stroke-linejoin', 'round');
      g.appendChild(path);
      cur = { kind: 'path', id: ev.pointerId, el: path, pts: [p] };
    }
    redraw();
    timer = setInterval(redraw, 50);
  });
  board.addEventListener('pointermove', function (ev) {
    if (!cur || ev.pointerId !== cur.id) return;
    var p = local(ev);
    if (cur.kind === 'pan') { state.tx = cur.tx + ev.clientX - cur.sx; state.ty = cur.ty + ev.clientY - cur.sy; cur.pts.push(p); return; }
    var last = cur.pts[cur.pts.length - 1];
    if (Math.abs(p.x - last.x) + Math.abs(p.y - last.y) >= 2) cur.pts.push(p);
  });
  function end(ev) {
    if (!cur || ev.pointerId !== cur.id) return;
    clearInterval(timer); timer = null;
    redraw();
    var kind = cur.kind;
    if (kind !== 'pan') { done.push(cur.el); undone = []; }
    cur = null;
    note(kind === 'pan' ? 'moved' : '');
    answered(kind === 'pan' ? 'board moved' : 'stroke drawn', Date.now());
  }
  board.addEventListener('pointerup', end);
  board.addEventListener('pointercancel', end);
  // the wheel over the board zooms it around the pointer (the page does not scroll there)
  stage.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var r = board.getBoundingClientRect();
    zoomBy(ev.deltaY < 0 ? 1.1 : 1 / 1.1, ev.clientX - r.left, ev.clientY - r.top);
  }, { passive: false });

  // ---- undo / redo: at once
  on('undo', function (t) {
    var el = done.pop();
    if (el) { undone.push(el); el.remove(); note('undone'); } else note('nothing to undo');
    answered('undo', t);
  });
  on('redo', function (t) {
    var el = undone.pop();
    if (el) { done.push(el); $(el.dataset.layer || state.layer).appendChild(el); note('redone'); } else note('nothing to redo');
    answered('redo', t);
  });

  // ---- the slow export, the throwing share; "Templates" and the lasso have no handler
  on('export-btn', function (t) {
    setTimeout(function () { $('export-note').hidden = false; answered('export ready', t); }, 2600);
  });
  on('share-btn', function () {
    console.error("TypeError: Cannot read properties of undefined (reading 'token') at shareLink (sketch.js)");
  });

  // ---- the drawing's name, validated on blur
  function nameOk() { var v = $('name').value.trim(); return v.length >= 4 && v.length <= 40 && v.indexOf('/') < 0 && /[a-z]{3}/i.test(v); }
  on('name', function (t) { answered('name field', t); });
  $('name').addEventListener('blur', function () {
    var bad = $('name').value !== '' && !nameOk();
    $('name-error').hidden = !bad;
    $('name').classList.toggle('invalid', bad);
    note('');
  });

  // ---- layers: a click selects, a drag by the grip reorders (the top is drawn on top)
  var list = $('layers');
  list.querySelectorAll('li').forEach(function (li) {
    li.addEventListener('click', function () {
      var t = Date.now();
      list.querySelectorAll('li').forEach(function (o) { o.classList.toggle('sel', o === li); });
      state.layer = li.dataset.layer;
      answered('layer ' + li.dataset.layer, t);
    });
  });
  list.querySelector('li[data-layer="layer-1"]').classList.add('sel');
  function syncLayers() {
    var lis = [].slice.call(list.querySelectorAll('li'));
    var v = $('view');
    for (var i = lis.length - 1; i >= 0; i--) v.appendChild($(lis[i].dataset.layer)); // last in the list: drawn first
  }
  var drag = null;
  list.querySelectorAll('.grip').forEach(function (grip) {
    grip.addEventListener('pointerdown', function (ev) {
      ev.preventDefault();
      try { grip.setPointerCapture(ev.pointerId); } catch (e) { /* ignore */ }
      drag = { li: grip.parentNode, id: ev.pointerId };
      drag.li.classList.add('dragging');
    });
    grip.addEventListener('pointermove', function (ev) {
      if (!drag || ev.pointerId !== drag.id) return;
      var lis = [].slice.call(list.querySelectorAll('li')).filter(function (o) { return o !== drag.li; });
      var before = null;
      for (var i = 0; i < lis.length; i++) { var r = lis[i].getBoundingClientRect(); if (ev.clientY < r.top + r.height / 2) { before = lis[i]; break; } }
      if (drag.li.nextSibling !== before || (before === null && list.lastElementChild !== drag.li)) { list.insertBefore(drag.li, before); syncLayers(); }
    });
    function drop(ev) {
      if (!drag || ev.pointerId !== drag.id) return;
      drag.li.classList.remove('dragging');
      drag = null;
      answered('layers reordered', Date.now());
    }
    grip.addEventListener('pointerup', drop);
    grip.addEventListener('pointercancel', drop);
  });

  // ---- the gallery of earlier sketches (long enough to scroll)
  var names = ['Harbour at dusk', 'Cat on the stairs', 'Tram 28', 'Kitchen plans', 'Fern study', 'Market day', 'Bridge in fog', 'Self-portrait', 'Logo ideas', 'Storyboard 1', 'Storyboard 2', 'Garden layout', 'Owl', 'Sailing boats', 'Rooftops', 'Hands', 'Teapot', 'Map of the park', 'Lighthouse', 'Bicycle', 'Bus stop', 'Clouds', 'Apples', 'Old chair', 'Night street', 'Mountain hut', 'Dog asleep', 'Robot', 'Shells', 'Bookshelf'];
  var grid = $('grid');
  names.forEach(function (n, i) {
    var c = document.createElement('div'); c.className = 'card';
    var th = document.createElement('div'); th.className = 'thumb';
    th.style.background = 'linear-gradient(' + (i * 37 % 360) + 'deg, hsl(' + (i * 47 % 360) + ',55%,78%), hsl(' + ((i * 47 + 90) % 360) + ',45%,62%))';
    var h = document.createElement('h3'); h.textContent = n;
    var p = document.createElement('p'); p.textContent = (3 + i % 9) + ' layers \u00b7 edited ' + (2 + i) + ' days ago';
    c.appendChild(th); c.appendChild(h); c.appendChild(p); grid.appendChild(c);
  });
  note('');
})();
