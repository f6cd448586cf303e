// Recorder bootstrap injected into every top-level document (page.addInitScript), right
// after rrweb's own UMD bundle (node_modules/rrweb/dist/rrweb.umd.min.cjs). It plays the
// part of the snippet a site puts in its <head>: start rrweb.record() and ship every
// event, unchanged, to the collector (here a Playwright binding, window.__devEmit).
//
// Extra, site-side instrumentation that rrweb itself does not record:
//   - 'orientation' custom events: DOM `deviceorientation` readings (alpha/beta/gamma),
//     sent with rrweb.record.addCustomEvent('orientation', {...});
//   - 'screen-orientation' custom events: screen.orientation `change` (type, angle).
//   - with recordOptions.__consolePlugin: rrweb's console record plugin.
//   - pages may call rrweb.record.addCustomEvent('pageview', {href}) themselves
//     (booking.html announces its pushState route changes that way).
(function () {
  // rrweb creates a hidden same-origin iframe to get untainted prototypes; init scripts
  // also run there. Record only the top document, or record() would recurse.
  if (window !== window.top) return;
  if (!window.rrweb || !window.rrweb.record) return;
  var rrweb = window.rrweb;
  var options = window.__DEV_RECORD_OPTIONS__ || {};
  var config = {};
  for (var k in options) if (k !== '__consolePlugin') config[k] = options[k];
  // rrweb's console plugin (npm @rrweb/rrweb-plugin-console-record): console calls are
  // recorded as Plugin events (EventType 6, plugin 'rrweb/console@1').
  if (options.__consolePlugin && window.rrwebPluginConsoleRecord) {
    config.plugins = [window.rrwebPluginConsoleRecord.getRecordConsolePlugin({ level: ['error', 'warn', 'info', 'log'] })];
  }
  config.emit = function (event) {
    // JSON text keeps the event exactly as rrweb built it.
    window.__devEmit(JSON.stringify(event));
  };
  rrweb.record(config); // rrweb waits for the document to load (recordAfter: 'load') itself

  function custom(tag, payload) {
    try { rrweb.record.addCustomEvent(tag, payload); } catch (e) { /* not recording yet */ }
  }
  function r1(v) { return v === null || v === undefined ? null : Math.round(v * 10) / 10; }

  window.addEventListener('load', function () {
    // Listen only after load: Chromium connects the orientation sensor when the first
    // listener is added, and the page must be live for it.
    window.addEventListener('deviceorientation', function (e) {
      // Chromium without a sensor (desktop) fires one reading with all values null: skip it.
      if (e.alpha === null && e.beta === null && e.gamma === null) return;
      custom('orientation', {
        alpha: r1(e.alpha), beta: r1(e.beta), gamma: r1(e.gamma), absolute: !!e.absolute
      });
    });
    if (screen.orientation) {
      screen.orientation.addEventListener('change', function () {
        custom('screen-orientation', {
          type: screen.orientation.type, angle: screen.orientation.angle,
          width: window.innerWidth, height: window.innerHeight
        });
      });
    }
  });
  // A page restored from the back/forward cache keeps its old recorder: take a fresh
  // full snapshot so the replay does not show the previous page's DOM.
  window.addEventListener('pageshow', function (e) {
    if (e.persisted) { try { rrweb.record.takeFullSnapshot(true); } catch (err) { /* ignore */ } }
  });
})();
