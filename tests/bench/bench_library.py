"""Library benchmarks at 10 000 sessions: the app's session list, `replay sessions`, search, start-up.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_library.py`` (or
``tests/bench/run_all.py``). Uses the generated library of ``library10k.py`` (10 000
sessions varied from the real recordings in ../shared/data, detected, tagged; built once
and cached).

Every app figure is measured from the input until the session list panel is painted
again: after the change, ``panel.grab()`` renders the whole panel (query field, filters,
header, every visible row) into an image, so the time includes the last paint. CLI
figures are wall times of a fresh ``replay`` process (start-up included).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).parent))
from _machine import machine
from _report import Figure, load_note, table
from library10k import cached

REPLAY = [sys.executable, "-m", "replay"]
SAMPLES = int(os.environ.get("REPLAY_BENCH_SAMPLES", "50"))


def _cli(args: list[str], n: int) -> list[float]:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        subprocess.run([*REPLAY, *args], check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return times


def startup_figures(n: int = SAMPLES) -> list[Figure]:
    """``replay --version`` and ``replay --help``, fresh processes."""
    return [
        Figure("`replay --version`, fresh process", _cli(["--version"], n), "p50 < 150 ms",
               [("p50", 0.150)]),
        Figure("`replay --help`, fresh process", _cli(["--help"], n), "p50 < 150 ms",
               [("p50", 0.150)]),
    ]  # fmt: skip


def search_queries(db: Path) -> list[tuple[str, object]]:
    """Queries whose values are read from the library itself (nothing tuned by hand)."""
    import sqlite3

    from replay.store.search import SessionQuery

    con = sqlite3.connect(db)

    def first(sql: str) -> str:
        return str(con.execute(sql).fetchone()[0])

    signal = first(
        "SELECT value FROM session_terms WHERE kind='signal' GROUP BY value ORDER BY count(*) LIMIT 1"
    )
    url = first("SELECT value FROM session_terms WHERE kind='url' ORDER BY value LIMIT 1")
    page = "*" + url.rsplit("/", 1)[-1].split(".")[0] + "*"
    target = first("SELECT value FROM session_terms WHERE kind='target' ORDER BY value LIMIT 1")
    word = target.split('"')[1].split()[0] if '"' in target else target[:6]
    category = first("SELECT category FROM tags GROUP BY category ORDER BY count(*) LIMIT 1")
    note = first("SELECT note FROM tags ORDER BY id LIMIT 1").split()[0]
    reviewer = first("SELECT reviewer FROM tags ORDER BY id LIMIT 1")
    lo = int(first("SELECT min(started_at_ms) FROM sessions"))
    hi = int(first("SELECT max(started_at_ms) FROM sessions"))
    con.close()
    mid = (lo + hi) // 2
    return [
        ("signal", SessionQuery(signal=signal)),
        ("url glob", SessionQuery(url=page)),
        ("target text", SessionQuery(target=word)),
        ("category", SessionQuery(category=category)),
        ("note text", SessionQuery(note=note)),
        ("reviewer", SessionQuery(reviewer=reviewer)),
        ("reviewed no", SessionQuery(reviewed=False)),
        ("device+format", SessionQuery(device="desktop", format="mouselog")),
        ("date range", SessionQuery(since_ms=lo, until_ms=mid)),
        ("score range", SessionQuery(min_score=2.0, max_score=8.0)),
        ("free words", SessionQuery(text="session")),
        ("all of the issue's example", SessionQuery(
            signal=signal, url=page, category=category, note=note, reviewed=False)),
    ]  # fmt: skip


def search_figures(db: Path, rounds: int = 5) -> tuple[list[Figure], str]:
    """The core search (``Library.session_ids``) over 12 kinds of query, and the CLI."""
    from replay.store.library import Library

    queries = search_queries(db)
    times = []
    counts = []
    with Library.open(db) as lib:
        for _ in range(rounds):
            for _name, query in queries:
                t0 = time.perf_counter()
                ids = lib.session_ids(query)  # type: ignore[arg-type]
                times.append(time.perf_counter() - t0)
                counts.append(len(ids))
    detail = ", ".join(f"{name} {n}" for (name, _), n in zip(queries, counts, strict=False))
    cli = _cli(
        ["sessions", "--db", str(db), "--signal", "rage_click", "--url", "*returns*",
         "--category", "broken_link_or_button", "--note", "cart", "--reviewed", "no", "--json"],
        SAMPLES,
    )  # fmt: skip
    sort = _cli(["sessions", "--db", str(db), "--sort", "score", "--desc"], SAMPLES)
    return [
        Figure("search 10 000 sessions (core query, 12 kinds of filter)", times,
               "p95 < 100 ms", [("p95", 0.100)]),
        Figure("`replay sessions --signal --url --category --note --reviewed no --json`, 10 000",
               cli, "p50 < 300 ms", [("p50", 0.300)]),
        Figure("`replay sessions --sort score --desc`, 10 000 sessions, start-up included",
               sort, "p50 < 300 ms", [("p50", 0.300)]),
    ], f"matches per query: {detail}"  # fmt: skip


def list_figures(db: Path, n: int = SAMPLES) -> list[Figure]:
    """The app's session list panel on 10 000 sessions, each until painted."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from replay.store.library import Library
    from replay.ui.session_list import SessionListPanel

    app = QApplication.instance() or QApplication(sys.argv)
    lib = Library.open(db)
    panel = SessionListPanel()
    panel.resize(520, 900)
    panel.show()
    app.processEvents()

    def painted() -> None:
        panel.grab()  # renders every visible part now: the last paint is in the time

    load = []
    for _ in range(max(10, n // 2)):
        t0 = time.perf_counter()
        panel.set_listing(lib.listing(), search=lib.session_ids)
        painted()
        load.append(time.perf_counter() - t0)
    # Keystrokes: typing session names and query terms taken from the library's rows.
    names = [
        n.split("-")[0]
        for n in panel.model.listing.source_name[:: max(1, len(panel.model.listing) // 7)]
    ]
    texts = [*names[:4], "signal:rage_click", "reviewed:no", "note:cart"]  # fmt: skip
    keys, clears = [], []
    while len(keys) < n:
        for text in texts:
            panel.search.clear()
            painted()
            for i in range(1, len(text) + 1):
                t0 = time.perf_counter()
                panel.search.setText(text[:i])
                painted()
                keys.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            panel.search.clear()
            painted()
            clears.append(time.perf_counter() - t0)
    while len(clears) < n:
        panel.search.setText(texts[len(clears) % len(texts)])
        painted()
        t0 = time.perf_counter()
        panel.search.clear()
        painted()
        clears.append(time.perf_counter() - t0)
    sorts = []
    orders = (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)
    while len(sorts) < n:
        for col in range(panel.model.columnCount()):
            t0 = time.perf_counter()
            panel.table.sortByColumn(col, orders[len(sorts) % 2])
            painted()
            sorts.append(time.perf_counter() - t0)
    shown = panel.row_count()
    panel.close()
    lib.close()
    note = f"{shown} rows"
    return [
        Figure("app session list, 10 000 sessions: load (query + model + paint)", load,
               "p50 < 300 ms", [("p50", 0.300)], note=note),
        Figure("app session list: search keystroke until painted", keys, "p50 < 50 ms",
               [("p50", 0.050)]),
        Figure("app session list: clear search until painted", clears, "p50 < 100 ms",
               [("p50", 0.100)]),
        Figure("app session list: sort a column until painted", sorts, "p50 < 100 ms",
               [("p50", 0.100)]),
    ]  # fmt: skip


def figures() -> tuple[list[Figure], list[str]]:
    """Every figure of this script, and notes on the data."""
    db = cached()
    found, detail = search_figures(db)
    return [*list_figures(db), *found, *startup_figures()], [
        f"data: {db.name}, 10 000 sessions varied from ../shared/data (tests/bench/library10k.py); "
        + detail
    ]


def main() -> None:
    print(machine())
    print(load_note())
    found, notes = figures()
    print("\n".join(notes))
    print(table(found))


if __name__ == "__main__":
    main()
