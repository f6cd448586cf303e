"""Fidelity: the keyframe fast path draws what rrweb's own replayer draws (issue 12).

For every real recording, at 10 moments: our page (nearest keyframe + changes, inert HTML,
morphed into the live page) against rrweb's Replayer (vendored ``resources/rrweb``, npm
``rrweb`` 2.2.2) rebuilding from the recording's start and seeking with ``pause(offset)``:
the same Qt WebEngine, the same viewport, the same CSP and interceptor. Within 1 % of pixels.

rrweb is fed the events with our privacy rule applied (typed text and field values as
bullets of the same length), so both show the same masked fields. Heavy: ``full``.
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWebEngineCore import QWebEngineScript

from replay.importers import import_file
from replay.model.page import BULLET, PageFrame, PagePlayer
from replay.resources import resource_path
from replay.ui.page_render import PageRenderer, wait_until

pytestmark = pytest.mark.full

#: The shared recordings (tests/conftest.py's rule; its name is shadowed by tests/ui/conftest).
RRWEB_DIR = (
    Path(os.environ.get("REPLAY_SHARED", Path(__file__).resolve().parents[3] / "shared"))
    / "data"
    / "rrweb"
)
#: The test corpora's recordings (tests/data): every recording of held-out set 9 (its
#: same-origin map ``<iframe>``) and the first of every other set not listed in
#: ``DIFFERS`` (their pages are of kinds the shared recordings have; all 96 take ~5 min
#: more). ``REPLAY_FIDELITY_ALL=1``: every one, those in ``DIFFERS`` expected to fail.
CORPORA = Path(__file__).resolve().parents[1] / "data"
#: Recordings whose reference differs for a reason that is not a drawing defect (found
#: 2026-12-03 running every corpus recording). Sets 3, 3b and 10 (a slider drawn as a text
#: field; set 10's always-running banner animation) and two phone carousels (an element
#: scroll lost between seeks) were ours and are fixed: docs/pageview.md, "fidelity".
DIFFERS: dict[str, str] = {
    "h5-calm-sheet-jitter-edit": "text typed into an editable cell is bullets in ours (the "
    "privacy rule); the reference shows the text, and its column is wider",
    # Set 11 (a notes editor) landed on 2026-12-03 after this list was made: its document is
    # a contenteditable region, whose text is bullets in ours (the same privacy rule).
    **{f"n11-{name}": "the notes document is a contenteditable region: bullets in ours (the "
       "privacy rule), text in the reference"
       for name in ("accel-b", "calm-keys", "calm-magnifier", "calm-pen", "calm-trackball",
                    "jitter-a", "phone-e", "slow-d", "stylus-c")},
}  # fmt: skip


def _stem(path: Path) -> str:
    return path.name.split(".")[0]


def _corpora() -> list[Any]:
    chosen: list[Any] = []
    every = bool(os.environ.get("REPLAY_FIDELITY_ALL"))
    for folder in sorted(p for p in CORPORA.glob("rrweb-*") if p.is_dir()):
        files = sorted(folder.glob("*.rrweb.json"))
        if every or folder.name == "rrweb-heldout9":
            chosen += [
                pytest.param(f, marks=pytest.mark.xfail(reason=DIFFERS[_stem(f)], strict=True))
                if _stem(f) in DIFFERS
                else f
                for f in files
            ]
        else:
            chosen += [f for f in files if _stem(f) not in DIFFERS][:1]
    return chosen


RECORDINGS = [*sorted(RRWEB_DIR.glob("*.rrweb.json")), *_corpora()]
MAX_DIFF = 0.01
#: rrweb's wrapper without its cursor (the stage draws ours): page pixels only.
RRWEB_CSS = (
    "html,body{margin:0;padding:0;overflow:hidden}.replayer-wrapper{position:relative}"
    ".replayer-wrapper iframe{border:0;display:block}"
    ".replayer-mouse,.replayer-mouse-tail,canvas{display:none!important}"
)
RRWEB_JS = """(function (offset, mark, css) {
  if (window.__replayer) { try { window.__replayer.pause(); } catch (e) {} }
  document.body.innerHTML = '';
  let style = document.getElementById('__rr_test_css');
  if (!style) {
    style = document.createElement('style'); style.id = '__rr_test_css';
    document.head.appendChild(style);
  }
  style.textContent = css;
  const r = new rrweb.Replayer(window.__events, {
    root: document.body, showWarning: false, showDebug: false, mouseTail: false,
    skipInactive: false, triggerFocus: false, UNSAFE_replayCanvas: false, speed: 1,
  });
  window.__replayer = r;
  r.pause(offset);
  // The same rule as our applier (page_render.APPLY_JS's freeze): CSS animations at their
  // start, transitions at their end, so both sides show the same phase.
  (function freeze(doc) {
    // transitions at their end: none at all in the replayed document (a class the replay
    // just set starts its transition only at the next style flush, after this freeze: set
    // 21's seats fading to .22 opacity were shot mid-fade)
    if (doc.documentElement) {
      const st = doc.createElement('style');
      st.textContent = '*, *::before, *::after { transition: none !important; }';
      (doc.head || doc.documentElement).appendChild(st);
      doc.documentElement.getBoundingClientRect();
    }
    for (const a of doc.getAnimations()) {
      try {
        if (a instanceof CSSTransition) a.finish(); else { a.pause(); a.currentTime = 0; }
      } catch (e) {}
    }
    for (const f of doc.querySelectorAll('iframe')) {
      try { if (f.contentDocument) freeze(f.contentDocument); } catch (e) {}
    }
  })(document);
  for (const [id, where] of [['__rr_mark0', 'left:0;top:0'], ['__rr_mark1', 'right:0;bottom:0']]) {
    const m = document.createElement('div');
    m.id = id;
    m.style.cssText = 'position:fixed;' + where + ';width:1px;height:1px;z-index:2147483647';
    m.style.background = mark;
    document.documentElement.appendChild(m);
  }
  document.documentElement.getBoundingClientRect();
  return [window.innerWidth, window.innerHeight, 0];
})"""


class RrwebRenderer(PageRenderer):
    """The same renderer, but the page is rebuilt by rrweb's Replayer from the start."""

    def load_events(self, events: list[Any]) -> None:
        done: list[Any] = []
        self.page.runJavaScript(
            "window.__events = " + json.dumps(events) + "; 1",
            QWebEngineScript.ScriptWorldId.ApplicationWorld,
            done.append,
        )
        wait_until(lambda: bool(done), timeout_s=60)

    def _apply(self, frame: PageFrame) -> None:
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QColor

        w, h = frame.viewport
        if self.view.size() != QSize(w, h):
            self.view.resize(w, h)
        self._seq += 1
        seq = self._seq
        self._mark = QColor((seq * 53) % 256, (seq * 101 + 17) % 256, (seq * 29 + 91) % 256)
        script = (
            RRWEB_JS
            + f"({int(frame.html)}, {json.dumps(self._mark.name())}, {json.dumps(RRWEB_CSS)})"
        )
        self.page.runJavaScript(
            script,
            QWebEngineScript.ScriptWorldId.ApplicationWorld,
            lambda result, s=seq: self._on_applied(s, result),
        )


@pytest.fixture(scope="module")
def renderers(qapp: Any) -> Iterator[tuple[PageRenderer, RrwebRenderer]]:
    ours = PageRenderer()
    theirs = RrwebRenderer()
    wait_until(lambda: ours.loaded and theirs.loaded, timeout_s=60)
    bundle = resource_path("rrweb", "rrweb.umd.min.cjs").read_text(encoding="utf-8")
    ok: list[Any] = []
    theirs.page.runJavaScript(
        bundle + "\n;typeof rrweb.Replayer",
        QWebEngineScript.ScriptWorldId.ApplicationWorld,
        ok.append,
    )
    wait_until(lambda: bool(ok), timeout_s=60)
    assert ok == ["function"], f"rrweb did not load: {ok}"
    yield ours, theirs
    ours.close()
    theirs.close()


def masked_events(path: Path) -> list[Any]:
    """The recording with our privacy rule: typed text and values as bullets."""
    events = json.loads(path.read_bytes())

    def mask_tree(node: Any) -> None:
        stack = [node]
        while stack:
            n = stack.pop()
            if not isinstance(n, dict):
                continue
            attrs = n.get("attributes")
            if (
                isinstance(attrs, dict)
                and isinstance(attrs.get("value"), str)
                and str(n.get("tagName", "")).lower() in ("input", "textarea", "select")
                and str(attrs.get("type", "")).lower() not in ("submit", "button", "reset")
            ):
                attrs["value"] = BULLET * len(attrs["value"])
            stack.extend(n.get("childNodes") or [])

    for e in events:
        data = e.get("data") or {}
        if e.get("type") == 2:
            mask_tree(data.get("node"))
        elif e.get("type") == 3 and data.get("source") == 5 and isinstance(data.get("text"), str):
            data["text"] = BULLET * len(data["text"])
        elif e.get("type") == 3 and data.get("source") == 0:
            for add in data.get("adds") or []:
                mask_tree(add.get("node"))
            for change in data.get("attributes") or []:
                attrs = change.get("attributes") or {}
                if isinstance(attrs.get("value"), str):
                    attrs["value"] = BULLET * len(attrs["value"])
    return events


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    return data.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4].reshape(
        image.height(), image.width(), 4
    )[:, :, :3]


def diff_fraction(a: QImage, b: QImage) -> float:
    pa, pb = pixels(a).astype(np.int16), pixels(b).astype(np.int16)
    assert pa.shape == pb.shape
    differs = np.abs(pa - pb).max(axis=2) > 24
    differs[0, 0] = differs[-1, -1] = False  # the paint markers
    return float(differs.mean())


@pytest.mark.parametrize(
    "path",
    RECORDINGS,
    ids=[_stem(p if isinstance(p, Path) else p.values[0]) for p in RECORDINGS],
)
def test_fast_path_matches_rrweb(
    path: Path, renderers: tuple[PageRenderer, RrwebRenderer], tmp_path: Path
) -> None:
    ours, theirs = renderers
    session = import_file(path)
    events = masked_events(path)
    first = min(e["timestamp"] for e in events)
    assert first == session.meta.started_at_ms
    theirs.load_events(events)
    player = PagePlayer(session.page)  # type: ignore[arg-type]
    rng = random.Random(path.name)
    moments = sorted(rng.randrange(1500, session.meta.duration_ms) for _ in range(10))
    failures = []
    for t in moments:
        frame = player.frame_at(t)
        mine = ours.render_now(frame).copy()
        job = PageFrame(
            html=str(t), scroll=(0, 0), viewport=frame.viewport, href="", version=(-1, t),
            problems={},
        )  # fmt: skip
        reference = theirs.render_now(job).copy()
        fraction = diff_fraction(mine, reference)
        if os.environ.get("REPLAY_FIDELITY_DIR"):
            keep = Path(os.environ["REPLAY_FIDELITY_DIR"])
            mine.save(str(keep / f"{path.name.split('.')[0]}-{t}-ours.png"))
            reference.save(str(keep / f"{path.name.split('.')[0]}-{t}-rrweb.png"))
        if fraction > MAX_DIFF:
            stem = path.name.split(".")[0]
            mine.save(str(tmp_path / f"{stem}-{t}-ours.png"))
            reference.save(str(tmp_path / f"{stem}-{t}-rrweb.png"))
            failures.append(f"{stem} at {t} ms: {fraction:.2%} of pixels differ")
    assert failures == [], "; ".join(failures) + f" (images in {tmp_path})"
