"""Clip benchmark (issue 14): a clip with the recorded page, against the plain stage.

Run: ``nice -n 10 .venv/bin/python tests/bench/bench_clip_page.py [--seconds 10]``

Imports ``../shared/data/rrweb/dev-mixed-long-desktop`` (page loads, typing, scrolling)
into a real SQLite library in a temporary folder and renders the same clip (1280x720,
30 fps, MP4) three ways, in this process, timing until the file is complete:

- **no page** (``--no-page``): the cursor overlay on the plain stage;
- **page, incremental** (what ``replay clip`` does): the page player applies only the
  events since the previous frame, the web view morphs its document, an unchanged page
  is not asked of the web engine again;
- **page, rebuilt per frame** (the naive way, measured on a sample of frames): every frame
  decodes its keyframe again and hands the web view the whole page.

Prints ms per frame, the share of frames the web engine had to paint, and the machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _machine import machine

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO.parent / "shared/data/rrweb/dev-mixed-long-desktop.rrweb.json"
REAL_TIME_MS = 1000 / 30


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--from-ms", type=int, default=20_000)
    parser.add_argument("--sample", type=int, default=20, help="frames of the rebuilt run")
    args = parser.parse_args()

    from replay.ui.page_render import ensure_application

    ensure_application()
    from replay.importers import import_file
    from replay.model.page import PagePlayer
    from replay.review.clip import frame_times
    from replay.store.library import Library
    from replay.ui.clip_render import ClipStage, render_clip

    print(machine())
    print(f"data: {SOURCE.name}, clip {args.seconds:g} s from {args.from_ms} ms, 1280x720 MP4")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "lib.sqlite"
        with Library.open(db) as lib:
            sid, _ = lib.add_session(import_file(SOURCE))
            to_ms = args.from_ms + int(args.seconds * 1000)
            rows = []
            for label, page in (("no page", False), ("page, incremental", True)):
                start = time.perf_counter()
                _, frames = render_clip(
                    lib, sid, from_ms=args.from_ms, to_ms=to_ms, out=Path(tmp) / "c.mp4", page=page
                )
                ms = (time.perf_counter() - start) * 1000 / frames
                rows.append((label, ms, frames))
            # paints asked of the web engine by the incremental path
            stage = ClipStage(lib, sid, size=(1280, 720))
            times = frame_times(args.from_ms, to_ms, duration_ms=stage.controller.duration_ms)
            stage.frame(int(times[0]))
            renderer = stage.page_layer._renderer
            before = renderer._seq
            for t in times[1:]:
                stage.frame(int(t))
            paints = renderer._seq - before
            # the naive way: a fresh player (keyframe decoded again) and a full page per frame
            record = stage.page_layer._player.record
            sample = times[1 : 1 + args.sample]
            start = time.perf_counter()
            for t in sample:
                stage.page_layer._player = PagePlayer(record)
                stage.page_layer._asked = None
                renderer._shown_version = None
                stage.frame(int(t))
            rebuilt_ms = (time.perf_counter() - start) * 1000 / len(sample)
            stage.close_page()
            stage.close()
    for label, ms, frames in rows:
        print(f"{label:<26} {ms:7.1f} ms/frame ({frames} frames; real time is {REAL_TIME_MS:.1f})")
    print(
        f"{'page, rebuilt per frame':<26} {rebuilt_ms:7.1f} ms/frame ({len(sample)} frames sampled)"
    )
    print(
        f"web engine paints, incremental: {paints} of {len(times) - 1} frames "
        f"({100 * paints / max(1, len(times) - 1):.0f} %)"
    )
    print(
        "goal: none set by the issue; figures on a loaded machine (see load avg) are upper bounds"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
