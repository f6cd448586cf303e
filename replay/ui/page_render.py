"""Render the recorded page with Qt WebEngine, offscreen, inert and offline (issue 12).

A recorded page is hostile content. Four walls keep it inert (docs/pageview.md):

1. at import its scripts, ``on*`` handlers, field values and typed text were removed
   (``replay.importers._page``) and :meth:`~replay.model.page.PageState.to_html` writes no
   script and turns ``javascript:`` URLs into ``#``;
2. the page runs with **JavaScript disabled** (``QWebEngineSettings.JavascriptEnabled``):
   only our own applier runs, in Qt's isolated ``ApplicationWorld``;
3. the host document carries the content security policy ``default-src 'none'`` (inline
   styles and ``data:`` images/fonts only), so Blink refuses every fetch;
4. a :class:`OfflineInterceptor` on the profile blocks and counts every request that gets
   past that (only ``data:`` URLs, which never touch the network, are let through).

Images, fonts and style sheets referenced by URL are therefore never requested; images keep
their box (a dashed outline).

"Painted" is measured, not assumed: every apply also colours two markers of one device
pixel (top-left and bottom-right corners of the viewport) with a new colour, and the image is taken only once a
grab shows both, so a frame painted before a resize reached the compositor is never taken.
"""

from __future__ import annotations

import atexit
import json
import math
import time
import weakref
from collections.abc import Callable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QImage
from PySide6.QtQuickWidgets import QQuickWidget
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication

from replay.model.page import PageFrame
from replay.model.page_html import PAGE_CSS
from replay.ui.page_view import prepare_environment

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
    "media-src data:; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"
)
HOST_HTML = (
    "<!DOCTYPE html><html><head>"
    f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
    "</head><body></body></html>"
)
#: Our applier (the only JavaScript that runs), in the isolated ApplicationWorld.
APPLY_JS = """(function (html, sx, sy, mark, css, w, h, px, extra) {
  // Change the live page into the new one, touching only what differs: Blink then
  // restyles and lays out only the changed parts (a seek nearby is cheap).
  function morph(a, b) {
    if (a.shadowRoot || b.shadowRoot) { a.replaceWith(b); return; }
    for (const at of Array.from(a.attributes)) {
      if (!b.hasAttribute(at.name)) a.removeAttribute(at.name);
    }
    // No recorded offset any more (a new snapshot, the element scrolled back out of the
    // state): the element is at its start, not where an earlier frame left it.
    if (a.scrollLeft || a.scrollTop) {
      if (!b.hasAttribute('data-rr-scroll')) { a.scrollLeft = 0; a.scrollTop = 0; }
    }
    for (const at of Array.from(b.attributes)) {
      if (a.getAttribute(at.name) !== at.value) a.setAttribute(at.name, at.value);
    }
    const want = Array.from(b.childNodes);
    const have = a.childNodes;
    for (let i = 0; i < want.length; i++) {
      const x = have[i], y = want[i];
      if (!x) { a.appendChild(y); continue; }
      if (x.nodeType !== y.nodeType || x.nodeName !== y.nodeName) {
        a.replaceChild(y, x); continue;
      }
      if (x.nodeType === 1) morph(x, y);
      else if (x.nodeValue !== y.nodeValue) x.nodeValue = y.nodeValue;
    }
    while (have.length > want.length) a.removeChild(a.lastChild);
  }
  if (html !== null) {
    const over = document.getElementById('__rr_over');
    if (over) over.remove();
    const docs = html.indexOf('data-rr-frame') >= 0 ? new Map() : null;
    build(document, html, docs);
    if (docs) for (const f of frames(document)) fill(f, docs.get(f.getAttribute('data-rr-frame')));
    window.__rrFrames = 0;
    for (const f of document.querySelectorAll('iframe[srcdoc]')) {
      window.__rrFrames++;
      f.addEventListener('load', () => {
        window.__rrFrames--;
        try { freeze(f.contentDocument); } catch (e) {}
      }, {once: true});
    }
    for (const el of document.querySelectorAll('[data-rr-scroll]')) {
      const [x, y] = el.getAttribute('data-rr-scroll').split(',').map(Number);
      el.scrollLeft = x; el.scrollTop = y;
    }
  }
  // Scrolled elements (a carousel, an inner list) at their offsets now: an element scrolled
  // again changes no HTML (PageFrame.extras.scroll), so it is set here, in place.
  if (extra.scroll) {
    let els = null;
    for (const [id, x, y] of extra.scroll) {
      let el = document.querySelector('[data-rr-id="' + id + '"]');
      if (!el) { els = els || byId(); el = els.get(String(id)); }
      if (el && (el.scrollLeft !== x || el.scrollTop !== y)) { el.scrollLeft = x; el.scrollTop = y; }
    }
  }
  // Our overlay (paint markers, media badges): one element, taken out before a morph.
  let over = document.getElementById('__rr_over');
  if (!over) {
    over = document.createElement('div');
    over.id = '__rr_over';
    over.style.cssText = 'position:fixed;left:0;top:0;width:0;height:0;overflow:visible;' +
      'z-index:2147483647;pointer-events:none;margin:0;padding:0;border:0';
    document.documentElement.appendChild(over);
  }
  for (const [id, where] of [['__rr_mark0', 'left:0;top:0'], ['__rr_mark1', 'right:0;bottom:0']]) {
    let m = document.getElementById(id);
    if (!m) {
      m = document.createElement('div');
      m.id = id;
      m.style.cssText = 'position:fixed;' + where + ';width:' + px + 'px;height:' + px + 'px;' +
        'z-index:2147483647;pointer-events:none;margin:0;padding:0;border:0';
      over.appendChild(m);
    }
    m.style.background = mark;
    m.style.width = m.style.height = px + 'px';
  }
  window.scrollTo(sx, sy);
  freeze(document);
  if (extra.canvas || extra.media) drawExtras(extra, over);
  document.documentElement.getBoundingClientRect();
  const de = document.documentElement;
  // A string: PySide6 hands a returned array to Python as ''.
  return JSON.stringify([window.innerWidth, window.innerHeight, window.__rrFrames || 0,
    window.scrollX, window.scrollY,
    Math.max(de.scrollHeight, document.body ? document.body.scrollHeight : 0)]);

  // Morph document `into` into the page `text`. Our own rules: the same element and text
  // on every apply (a new <style> element would make Blink restyle the whole page). With
  // `docs`, the recorded documents of the page's frames are taken out of their elements
  // (data-rr-doc) into `docs`, by frame id, before the morph.
  function build(into, text, docs) {
    const doc = Document.parseHTMLUnsafe(text);
    const style = doc.createElement('style');
    style.id = '__rr_css';
    style.textContent = css;
    (doc.head || doc.documentElement).appendChild(style);
    if (docs) {
      for (const f of frames(doc)) {
        docs.set(f.getAttribute('data-rr-frame'),
                 [f.getAttribute('data-rr-doc'), f.getAttribute('data-rr-doc-scroll')]);
        f.removeAttribute('data-rr-doc');
        f.removeAttribute('data-rr-doc-scroll');
      }
    }
    try {
      morph(into.documentElement, doc.documentElement);
    } catch (e) {
      into.documentElement.replaceWith(into.adoptNode(doc.documentElement));
    }
  }
  // The frames of a document (shadow roots included) that carry a recorded document.
  function frames(root) {
    const out = [];
    const roots = [root];
    while (roots.length) {
      const r = roots.pop();
      for (const el of r.querySelectorAll('*')) {
        if (el.shadowRoot) roots.push(el.shadowRoot);
        if (el.localName === 'iframe' && el.hasAttribute('data-rr-frame')) out.push(el);
      }
    }
    return out;
  }
  // Write a frame's recorded document into the frame's own document: an iframe without
  // src holds a same-origin about:blank document at once (no navigation, no request; it
  // keeps the page's CSP), so the frame lays out and paints with the page. Rebuilt only
  // when the recorded document changed; its own frames are filled the same way.
  function fill(f, entry) {
    const fd = f.contentDocument;
    if (!fd) return;
    // No document recorded (yet): the frame is empty (it may hold an older one).
    const [text, scroll] = entry && entry[0] !== null ? entry : ['', null];
    if (!text && fd.__rrText === undefined) return;
    if (fd.__rrText !== text) {
      const inner = new Map();
      if (/^<!DOCTYPE/i.test(text) && fd.compatMode !== 'CSS1Compat') {
        fd.open(); fd.write('<!DOCTYPE html><html><head></head><body></body></html>'); fd.close();
      }
      build(fd, text || '<!DOCTYPE html><html><head></head><body></body></html>', inner);
      for (const el of fd.querySelectorAll('[data-rr-scroll]')) {
        const [x, y] = el.getAttribute('data-rr-scroll').split(',').map(Number);
        el.scrollLeft = x; el.scrollTop = y;
      }
      fd.__rrText = text;
      fd.__rrInner = inner;
    }
    for (const g of frames(fd)) fill(g, fd.__rrInner.get(g.getAttribute('data-rr-frame')));
    if (fd.defaultView) {
      const [x, y] = (scroll || '0,0').split(',').map(Number);
      fd.defaultView.scrollTo(x, y);
    }
  }
  // CSS animations held at their start and transitions at their end, frames included:
  // the page is a state at the playhead, and an animation's phase at that moment is not
  // in the recording (its wall-clock phase here would differ between two draws of the
  // same moment). Phase 0 is what a page rebuilt at the moment (rrweb's seek) shows.
  function freeze(doc) {
    let all = [];
    try { all = doc.getAnimations(); } catch (e) { return; }
    for (const a of all) {
      try {
        if (typeof CSSTransition !== 'undefined' && a instanceof CSSTransition) a.finish();
        else { a.pause(); a.currentTime = 0; }
      } catch (e) {}
    }
    for (const f of doc.querySelectorAll('iframe')) {
      try { if (f.contentDocument) freeze(f.contentDocument); } catch (e) {}
    }
  }
  // Elements by recorded node id, shadow roots and frames' documents included.
  function byId() {
    const found = new Map();
    const roots = [document];
    while (roots.length) {
      const root = roots.pop();
      for (const el of root.querySelectorAll('[data-rr-id]')) {
        found.set(el.getAttribute('data-rr-id'), el);
      }
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) roots.push(el.shadowRoot);
        if (el.localName === 'iframe' && el.contentDocument) roots.push(el.contentDocument);
      }
    }
    return found;
  }
  function arg(a) {
    if (Array.isArray(a)) return a.map(arg);
    if (a && typeof a === 'object') {
      const T = {Uint8ClampedArray, Uint8Array, Int8Array, Uint16Array, Int16Array,
                 Uint32Array, Int32Array, Float32Array, Float64Array};
      if (T[a.rr_type]) return new T[a.rr_type](a.args[0]);
      if (a.rr_type === 'ImageData') {
        const [d, dw, dh] = a.args.map(arg);
        return new ImageData(new Uint8ClampedArray(d.buffer || d), dw, dh);
      }
      throw new Error('not drawable');
    }
    return a;
  }
  function drawExtras(extra, over) {
    const els = byId();
    // CanvasMutation: the recorded 2D commands replayed onto a reset canvas (only when
    // the drawing changed); WebGL is a hatched box with a note.
    for (const [id, kind, sig, cmds] of extra.canvas || []) {
      const el = els.get(String(id));
      if (!el || el.tagName.toLowerCase() !== 'canvas') continue;
      // JavaScript is off: the element shows no bitmap. The drawing is made on a canvas of
      // the recorded size and set as the element's background (a data: image).
      if (el.__rrSig === sig && el.style.backgroundImage) continue;
      if (cmds === null) continue;  // drawn before, and the element was not rewritten
      const c = document.createElement('canvas');
      c.width = Number(el.getAttribute('width')) || 300;
      c.height = Number(el.getAttribute('height')) || 150;
      const ctx = c.getContext('2d');
      if (!ctx) continue;
      if (kind !== 0) {
        ctx.fillStyle = '#eee'; ctx.fillRect(0, 0, c.width, c.height);
        ctx.strokeStyle = '#999'; ctx.setLineDash([6, 4]);
        ctx.strokeRect(0.5, 0.5, c.width - 1, c.height - 1);
        ctx.fillStyle = '#555'; ctx.font = '12px sans-serif';
        ctx.fillText('WebGL drawing (not replayed)', 8, 20);
      } else {
        for (const [prop, args, setter] of cmds) {
          try {
            if (setter) ctx[prop] = arg(args[0]);
            else if (typeof ctx[prop] === 'function') ctx[prop](...arg(args));
          } catch (e) { /* a command the engine refuses is skipped */ }
        }
      }
      el.style.backgroundImage = 'url(' + c.toDataURL() + ')';
      el.style.backgroundSize = '100% 100%';
      el.__rrSig = sig;
    }
    // MediaInteraction: media is never fetched; its box gets a play-state badge.
    for (const old of over.querySelectorAll('.__rr_badge')) old.remove();
    for (const [id, playing, pos, muted] of extra.media || []) {
      const el = els.get(String(id));
      if (!el) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 0 && r.height <= 0) continue;
      const b = document.createElement('div');
      b.className = '__rr_badge';
      const m = Math.floor(pos / 60), sec = Math.floor(pos % 60);
      b.textContent = (playing ? '\u25b6 playing ' : '\u275a\u275a paused ') + m + ':' +
        String(sec).padStart(2, '0') + (muted ? ' \u00b7 muted' : '');
      b.style.cssText = 'position:fixed;left:' + (r.left + 4) + 'px;top:' + (r.top + 4) +
        'px;font:bold 12px/1.2 sans-serif;color:#fff;background:rgba(0,0,0,.7);' +
        'padding:2px 6px;border-radius:3px;white-space:nowrap';
      over.appendChild(b);
    }
  }
})"""
PAINT_TIMEOUT_MS = 1500
#: The zooms the replay stage draws the page at: the first one up from the scale the stage
#: shows it at (never fewer pixels than are shown, so nothing gets softer), the stage then
#: scales the image down. Chromium's software compositor draws these at ~20 ns a pixel;
#: zooms such as 0.55, 0.625, 0.72, 0.8 and 0.9 cost it 1.5-1.9x as much per pixel
#: (measured, docs/pageview.md). Below 0.5 a seek costs the same CPU as at 0.5 (the
#: renderer's own work dominates), so 0.5 is the smallest.
STAGE_ZOOMS = (0.5, 0.75, 1.0)
FRAME_LOAD_TIMEOUT_S = 2.0


class OfflineInterceptor(QWebEngineUrlRequestInterceptor):
    """Block and count every request (``data:`` URLs excepted: they never leave memory)."""

    def __init__(self) -> None:
        super().__init__()
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if url.scheme() == "data":
            return
        self.blocked.append(url.toString()[:300])
        info.block(True)


_PROFILE: QWebEngineProfile | None = None
_INTERCEPTOR: OfflineInterceptor | None = None


def offline_profile() -> tuple[QWebEngineProfile, OfflineInterceptor]:
    """Return the one off-the-record profile every page view uses, and its interceptor."""
    global _PROFILE, _INTERCEPTOR
    if _PROFILE is None or _INTERCEPTOR is None:
        _INTERCEPTOR = OfflineInterceptor()
        _PROFILE = QWebEngineProfile()  # no storage name: off the record, nothing on disk
        _PROFILE.setHttpCacheType(QWebEngineProfile.HttpCacheType.NoCache)
        _PROFILE.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
        )
        _PROFILE.setSpellCheckEnabled(False)
        _PROFILE.setUrlRequestInterceptor(_INTERCEPTOR)
        atexit.register(_release_all)
    return _PROFILE, _INTERCEPTOR


class InertPage(QWebEnginePage):
    """A page whose console messages (the CSP's refusals) are counted, not logged."""

    refusals: ClassVar[list[str]] = []

    def javaScriptConsoleMessage(
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line: int,
        source: str,
    ) -> None:
        if len(InertPage.refusals) < 10_000:
            InertPage.refusals.append(message[:300])


_LIVE: weakref.WeakSet[PageRenderer] = weakref.WeakSet()


def _release_all() -> None:
    """At exit: pages first, then the profile (Qt warns about the other order)."""
    global _PROFILE
    for renderer in list(_LIVE):
        renderer.close()
    if _PROFILE is not None and shiboken6.isValid(_PROFILE):
        shiboken6.delete(_PROFILE)
    _PROFILE = None


def blocked_requests() -> list[str]:
    """Every request the interceptor refused so far in this process (tests, audits)."""
    return list(_INTERCEPTOR.blocked) if _INTERCEPTOR is not None else []


def csp_refusals() -> list[str]:
    """Every load the page's content security policy refused so far (console messages)."""
    return list(InertPage.refusals)


class PageRenderer(QObject):
    """Draw :class:`~replay.model.page.PageFrame` objects into images, one at a time.

    :meth:`show` may be called at any rate: while one frame is being drawn only the
    newest request waits (playback at 16x never queues up). :attr:`image` is the last
    painted page; :attr:`painted` fires when it changes.
    """

    painted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        profile, _ = offline_profile()
        _LIVE.add(self)
        self.view = QWebEngineView()
        self.view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.page = InertPage(profile, self.view)
        settings = self.page.settings()
        attr = QWebEngineSettings.WebAttribute
        for name, on in (
            (attr.JavascriptEnabled, False),
            (attr.JavascriptCanOpenWindows, False),
            (attr.JavascriptCanAccessClipboard, False),
            (attr.LocalContentCanAccessRemoteUrls, False),
            (attr.LocalContentCanAccessFileUrls, False),
            (attr.PluginsEnabled, False),
            (attr.ShowScrollBars, False),
            (attr.ErrorPageEnabled, False),
            (attr.AutoLoadIconsForPage, False),
            (attr.WebGLEnabled, False),
            (attr.NavigateOnDropEnabled, False),
        ):
            settings.setAttribute(name, on)
        self.view.setPage(self.page)
        self.view.resize(800, 600)
        self.view.show()
        self.image: QImage | None = None
        self.scale = 1.0
        self.painted_frame: PageFrame | None = None
        self.loaded = False
        self.last_ms = 0.0  # wall time of the last apply-to-painted, for benchmarks
        #: True when the last frame was taken because PAINT_TIMEOUT_MS ran out, not
        #: because its paint was seen.
        self.timed_out = False
        #: What the applier returned for the painted frame: [innerWidth, innerHeight,
        #: frames loading, scrollX, scrollY, document height] (CSS px).
        self.applied: list[float] = []
        #: The last frame's phases (ms, benchmarks): ``apply`` (the page handed to the web
        #: engine's renderer, changed, laid out, and the answer back), ``paint`` (from then
        #: to a grab showing the new frame's markers: raster, compositing, hand-over to Qt).
        self.last_phases: dict[str, float] = {}
        self._wanted: PageFrame | None = None
        self._busy: PageFrame | None = None
        self._shown_version: tuple[int, int] | None = None
        self._canvas_sent: dict[int, str] = {}  # canvas id -> drawing signature sent
        self._seq = 0
        self._mark = QColor()
        self._awaiting = False
        self._started = 0.0
        self._grab_pending = False
        self._tries = 0
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(self._on_timeout)
        self.page.loadFinished.connect(self._on_loaded)
        self.page.setHtml(HOST_HTML, QUrl("about:blank"))
        self._hooked = False

    # -- flow --------------------------------------------------------------------------
    def _hook_paint(self) -> None:
        if self._hooked:
            return
        for child in self.view.findChildren(QQuickWidget):
            window = child.quickWindow()
            if window is not None:
                window.afterRendering.connect(
                    self._on_rendered, Qt.ConnectionType.QueuedConnection
                )
                self._hooked = True

    def _on_loaded(self, _ok: bool) -> None:
        self.loaded = True
        self._hook_paint()
        self._pump()

    def show(self, frame: PageFrame) -> None:
        """Ask for ``frame`` to be drawn (replaces any frame still waiting)."""
        self._wanted = frame
        self._pump()

    @property
    def busy(self) -> bool:
        """True while a frame is being applied or painted, or one waits."""
        return self._busy is not None or self._wanted is not None or not self.loaded

    def _pump(self) -> None:
        if self._busy is not None or self._wanted is None or not self.loaded:
            return
        frame, self._wanted = self._wanted, None
        self._busy = frame
        self._tries = 0
        self._started = time.perf_counter()
        self._apply(frame)

    def set_scale(self, scale: float, *, stage: bool = False) -> None:
        """Draw the page at ``scale`` of its recorded size (layout unchanged: CSS px stay).

        ``replay frame``, the fidelity test and heatmaps draw at a given scale (steps of
        5 %). ``stage=True`` (the replay stage, which scales the image it is given) draws
        at the first of :data:`STAGE_ZOOMS` at or above ``scale``; :attr:`scale` says what
        was chosen.
        """
        if stage:
            scale = next((z for z in STAGE_ZOOMS if z >= scale - 1e-6), STAGE_ZOOMS[-1])
        else:
            scale = min(1.0, max(0.25, round(scale * 20) / 20))  # steps of 5 %: few re-layouts
        if scale != self.scale:
            self.scale = scale
            self._shown_version = None

    def _apply(self, frame: PageFrame) -> None:
        w, h = max(frame.viewport[0], 1), max(frame.viewport[1], 1)
        size = QSize(max(1, round(w * self.scale)), max(1, round(h * self.scale)))
        if self.view.size() != size or self.page.zoomFactor() != self.scale:
            self.page.setZoomFactor(self.scale)
            self.view.resize(size)
            self._shown_version = None  # re-layout: write the page again after the resize
        same = frame.version == self._shown_version
        self._seq += 1
        seq = self._seq
        self._mark = QColor((seq * 53) % 256, (seq * 101 + 17) % 256, (seq * 29 + 91) % 256)
        args = [
            None if same else frame.html,
            frame.scroll[0],
            frame.scroll[1],
            self._mark.name(),
            PAGE_CSS,
            w,
            h,
            # At least one device pixel: a 1 CSS px marker vanishes below 100 % zoom (the
            # grab then never saw it, and every frame waited for PAINT_TIMEOUT_MS).
            math.ceil(1.0 / self.scale),
            self._extras_to_send(frame, html_sent=not same),
        ]
        script = APPLY_JS + "(" + ",".join(json.dumps(a) for a in args) + ")"
        self._shown_version = frame.version
        self.page.runJavaScript(
            script,
            QWebEngineScript.ScriptWorldId.ApplicationWorld,
            lambda result, s=seq: self._on_applied(s, result),
        )

    def _extras_to_send(self, frame: PageFrame, *, html_sent: bool) -> dict[str, Any]:
        """Return ``frame.extras`` without the canvas commands the page already drew.

        Playback asks every frame; a canvas whose drawing did not change (same signature)
        and whose element was not rewritten (no new HTML) gets ``null`` commands.
        """
        extras = frame.extras
        canvases = extras.get("canvas")
        if not canvases:
            return extras
        if html_sent:
            self._canvas_sent = {}
        out = []
        for node_id, kind, sig, commands in canvases:
            if self._canvas_sent.get(node_id) == sig:
                commands = None
            self._canvas_sent[node_id] = sig
            out.append([node_id, kind, sig, commands])
        return {**extras, "canvas": out}

    def _on_applied(self, seq: int, result: Any) -> None:
        frame = self._busy
        if seq != self._seq or frame is None:
            return
        self._applied_at = time.perf_counter()
        if isinstance(result, str):
            try:
                result = json.loads(result)
            except ValueError:
                result = None
        if (
            isinstance(result, list)
            and len(result) >= 2
            and (
                abs(int(result[0]) - frame.viewport[0]) > 2
                or abs(int(result[1]) - frame.viewport[1]) > 2
            )
            and self._tries < 20
        ):
            # Chromium has not taken the new size yet: apply again shortly.
            self._tries += 1
            self._shown_version = None
            QTimer.singleShot(10, self.view, lambda: self._apply(frame))  # dies with the view
            return
        if isinstance(result, list):
            self.applied = [float(v) for v in result if isinstance(v, int | float)]
        if isinstance(result, list) and len(result) >= 3 and int(result[2]) > 0:
            self._wait_frames(seq, time.perf_counter())
            return
        self._await_paint()

    def _wait_frames(self, seq: int, since: float) -> None:
        """Wait for the srcdoc iframes to load (their documents load asynchronously)."""

        def check(pending: Any) -> None:
            if seq != self._seq:
                return
            if (
                isinstance(pending, int | float)
                and pending > 0
                and time.perf_counter() - since < FRAME_LOAD_TIMEOUT_S
            ):
                QTimer.singleShot(5, self.view, lambda: self._wait_frames(seq, since))
                return
            self._await_paint()

        self.page.runJavaScript(
            "window.__rrFrames || 0", QWebEngineScript.ScriptWorldId.ApplicationWorld, check
        )

    def _await_paint(self) -> None:
        self._awaiting = True
        self._timeout.start(PAINT_TIMEOUT_MS)
        self._schedule_grab()

    def _on_rendered(self) -> None:
        if self._awaiting:
            self._schedule_grab()

    def _schedule_grab(self) -> None:
        if not self._grab_pending:
            self._grab_pending = True
            QTimer.singleShot(0, self._try_grab)

    def _try_grab(self) -> None:
        self._grab_pending = False
        if not self._awaiting or not shiboken6.isValid(self.view):
            return
        image = self.view.grab().toImage()
        if (
            image.isNull()
            or image.pixelColor(0, 0).rgb() != self._mark.rgb()
            or image.pixelColor(image.width() - 1, image.height() - 1).rgb() != self._mark.rgb()
        ):
            return  # not painted yet (or not at the new size): the next frame tries again
        self._finish(image)

    def _on_timeout(self) -> None:
        if self._awaiting and shiboken6.isValid(self.view):  # draw what there is, not hang
            self._finish(self.view.grab().toImage(), timed_out=True)

    def _finish(self, image: QImage, *, timed_out: bool = False) -> None:
        self._timeout.stop()
        self.timed_out = timed_out
        self._awaiting = False
        now = time.perf_counter()
        self.last_ms = (now - self._started) * 1000.0
        applied = getattr(self, "_applied_at", self._started)
        self.last_phases = {
            "apply": max(0.0, applied - self._started) * 1000.0,
            "paint": max(0.0, now - applied) * 1000.0,
        }
        self.image = image
        self.painted_frame = self._busy
        self._busy = None
        self.painted.emit()
        self._pump()

    # -- blocking use (CLI, tests, benchmarks) -----------------------------------------
    def render_now(self, frame: PageFrame, *, timeout_s: float = 30.0) -> QImage:
        """Draw ``frame`` and return its image, running the event loop until painted."""
        self.show(frame)
        wait_until(lambda: not self.busy, timeout_s=timeout_s)
        if self.image is None or self.painted_frame is not frame:
            raise TimeoutError("the page view did not paint in time")
        return self.image

    def close(self) -> None:
        """Release the page and its view."""
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.view):
            return
        self._timeout.stop()
        self.view.close()
        # The page must go before the profile, and now: Qt warns when a profile outlives
        # a page only deleteLater() would have removed.
        if shiboken6.isValid(self.view):
            shiboken6.delete(self.view)  # deletes the page too (its Qt parent)


def wait_until(condition: Callable[[], bool], *, timeout_s: float) -> None:
    """Process Qt events until ``condition()`` or the timeout.

    The loop *sleeps* between events (``WaitForMoreEvents``; a 2 ms timer wakes it to
    check the time): a loop that polled would keep one of the machine's cores busy while
    the web engine's processes, which draw the page, wait for it.
    """
    app = QApplication.instance()
    deadline = time.perf_counter() + timeout_s
    if app is None:
        return
    tick = QTimer()
    tick.start(2)
    try:
        while not condition() and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        tick.stop()


def render_frame(
    library: Any,
    session_id: int,
    t_ms: int,
    size: tuple[int, int] = (1280, 800),
    *,
    page: bool = True,
) -> QImage:
    """Render the replay stage (page plus cursor overlay) of a session at ``t_ms``.

    The function behind ``replay frame``; heatmaps use it (``page=True``, then paint
    over the returned image). Needs a QApplication (see :func:`ensure_application`).

    Parameters
    ----------
    library : Library
        An open library.
    session_id : int
        The session.
    t_ms : int
        Milliseconds since the session start (clamped to the session).
    size : (width, height)
        Image size in pixels.
    page : bool
        Draw the recorded page behind the overlay (rrweb sessions that have one).

    Returns
    -------
    QImage
        ``size`` pixels, ARGB32 premultiplied.
    """
    from replay.ui.canvas import ReplayCanvas
    from replay.ui.controller import ReplayController
    from replay.ui.page_view import PageLayer

    controller = ReplayController(library)
    controller.load_session(session_id, store=False)  # a read: the library stays as it is
    t_ms = max(0, min(int(t_ms), controller.duration_ms))
    controller.seek(t_ms)
    canvas = ReplayCanvas(controller)
    layer = PageLayer(controller, canvas, enabled=page)
    try:
        layer.render_now(t_ms, scale=canvas.screen_scale(QSize(*size)))
        return canvas.render_to_image(t_ms, size)
    finally:
        layer.close()
        canvas.deleteLater()


def ensure_application() -> QApplication:
    """Return the QApplication, creating it (with WebEngine's prerequisites) if needed."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    prepare_environment()
    from replay.ui.app import create_application

    return create_application()
