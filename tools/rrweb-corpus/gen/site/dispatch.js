// Fleet dispatch dashboard (held-out set 4). Client-side routes by hash (#/map, #/orders),
// each announced to the recorder as a custom 'pageview' event. Background DOM changes that
// answer no click: the SVG bar chart shifts every 1.5 s, the KPI tiles refresh on an
// irregular schedule (3.5-5.5 s), the "live" dot blinks every 1.1 s. The canvas sparkline
// is redrawn too (a canvas: rrweb records nothing of it without recordCanvas).
// Working: van markers (select; the side panel shows the van), map drag-to-pan (the
// tiles' transform changes while the button is held), double-click on the map (zoom),
// "Assign driver" (a modal; Confirm closes it, so do Cancel and a click on the backdrop),
// the route links. Slow: "Locate vans" answers after 3.4 s with nothing shown meanwhile.
// Broken: "Reroute" (no handler), the "+5" cluster (cursor: pointer, no handler).
// "Export" throws a console error. The modal validates the phone on blur (>= 8 digits).
(function () {
  function $(id) { return document.getElementById(id); }
  function pageview() {
    try { if (window.rrweb && rrweb.record) rrweb.record.addCustomEvent('pageview', { href: location.href, title: document.title }); } catch (e) { /* not recording */ }
  }
  var svgNS = 'http://www.w3.org/2000/svg', bars = [], vals = [];
  for (var i = 0; i < 11; i++) {
    var r = document.createElementNS(svgNS, 'rect');
    r.setAttribute('x', String(i * 20)); r.setAttribute('width', '14'); r.setAttribute('fill', '#1f6fd1');
    $('bars').appendChild(r); bars.push(r); vals.push(10 + ((i * 37) % 30));
  }
  function drawBars() { for (var i = 0; i < bars.length; i++) { bars[i].setAttribute('y', String(46 - vals[i])); bars[i].setAttribute('height', String(vals[i])); } }
  drawBars();
  var tick = 0;
  setInterval(function () { tick++; vals.shift(); vals.push(8 + ((tick * 53) % 36)); drawBars(); }, 1500);
  var ctx = $('spark').getContext('2d');
  setInterval(function () {
    ctx.clearRect(0, 0, 160, 46); ctx.beginPath();
    for (var x = 0; x < 160; x += 8) ctx.lineTo(x, 23 + 15 * Math.sin((x + tick * 9) / 17));
    ctx.stroke();
  }, 500);
  var blink = false;
  setInterval(function () { blink = !blink; $('live').textContent = blink ? 'live ●' : 'live'; }, 1100);
  var k = 0;
  (function kpis() {
    k++;
    $('k-vans').textContent = String(16 + (k % 4));
    $('k-ontime').textContent = (95 + ((k * 7) % 30) / 10).toFixed(1) + ' %';
    $('k-open').textContent = String(40 + ((k * 3) % 9));
    setTimeout(kpis, 3500 + ((k * 733) % 2000));
  })();

  // routes
  function show() {
    var orders = location.hash === '#/orders';
    $('view-map').hidden = orders; $('view-orders').hidden = !orders;
    document.title = (orders ? 'Orders' : 'Dispatch') + ' - Fjordfrakt Fleet';
  }
  window.addEventListener('hashchange', function () { show(); pageview(); });
  window.addEventListener('load', function () { show(); setTimeout(pageview, 50); });
  var customers = ['Nordlys Retail', 'Havbris AS', 'Bergen Bakeri', 'Fana Sport', 'Os Elektro', 'Sotra Fisk', 'Askøy Bygg', 'Voss Hytte'];
  var rows = '';
  for (var o = 0; o < 40; o++) rows += '<tr><td>#' + (20931 + o) + '</td><td>' + customers[o % 8] + '</td><td>' + (1 + (o * 5) % 7) + '</td><td>' + (8 + o % 9) + ':00-' + (10 + o % 9) + ':00</td><td>Van ' + (1 + o % 4) + '</td></tr>';
  $('order-rows').innerHTML = rows;

  // map: drag to pan, double-click to zoom, markers
  var pan = { x: 0, y: 0 }, zoom = 1, drag = null;
  function place() { $('tiles').style.transform = 'translate(' + pan.x + 'px,' + pan.y + 'px) scale(' + zoom + ')'; }
  $('map').addEventListener('mousedown', function (e) { if (e.target.classList.contains('marker') || e.target.id === 'cluster') return; drag = { x: e.clientX - pan.x, y: e.clientY - pan.y }; $('map').style.cursor = 'grabbing'; });
  window.addEventListener('mousemove', function (e) { if (!drag) return; pan.x = e.clientX - drag.x; pan.y = e.clientY - drag.y; place(); });
  window.addEventListener('mouseup', function () { drag = null; $('map').style.cursor = ''; });
  $('map').addEventListener('dblclick', function (e) { if (e.target.classList.contains('marker')) return; zoom = zoom >= 1.6 ? 1 : zoom + 0.3; place(); });
  var markers = document.querySelectorAll('.marker');
  for (var m = 0; m < markers.length; m++) {
    markers[m].addEventListener('click', function () {
      for (var j = 0; j < markers.length; j++) markers[j].classList.remove('sel');
      this.classList.add('sel');
      $('panel-title').textContent = this.getAttribute('data-name');
      $('panel-text').textContent = 'Last report ' + (10 + Math.floor(Math.random() * 40)) + ' s ago.';
    });
  }
  $('locate-btn').addEventListener('click', function () { setTimeout(function () { $('status').textContent = 'Positions updated: 4 vans.'; }, 3400); });
  $('export-btn').addEventListener('click', function () {
    console.error('TypeError: Cannot read properties of undefined (reading \'stops\') at exportRoutes (dispatch.js:88)');
    $('status').innerHTML = '<span class="alert">Export failed.</span>';
  });
  function closeModal() { $('backdrop').hidden = true; }
  $('assign-btn').addEventListener('click', function () { $('backdrop').hidden = false; });
  $('cancel-btn').addEventListener('click', closeModal);
  $('backdrop').addEventListener('click', function (e) { if (e.target === this) closeModal(); });
  $('confirm-btn').addEventListener('click', function () { closeModal(); $('status').textContent = 'Driver assigned.'; });
  $('drv-phone').addEventListener('blur', function () { var d = this.value.replace(/\D/g, ''); $('drv-phone-error').hidden = this.value === '' || d.length >= 8; });
})();
