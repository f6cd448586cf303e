"""Outcome comparisons: the plain-language statement says what the intervals say."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from insights_helpers import build_library, cart_file

from replay.insights.index import ensure_index
from replay.insights.outcomes import _Obs, compare, import_csv
from replay.store.library import Library


def obs(converted: list[int], values: list[float]) -> _Obs:
    return _Obs(converted=np.asarray(converted), value=np.asarray(values, dtype=np.float64))


def test_a_clear_difference_is_stated_with_its_interval() -> None:
    # 56/70 vs 48/80 (Newcombe 1998): difference 20 points, 95% CI 5.2 to 33.4 points.
    a = obs([1] * 56 + [0] * 14, [50.0] * 56 + [np.nan] * 14)
    b = obs([1] * 48 + [0] * 32, [40.0] * 48 + [np.nan] * 32)
    out = compare(b, a, np.random.default_rng(17), names=("frustrated", "calm"), currency="EUR")
    assert out["difference"]["conversion_rate"] == {"estimate": -0.2, "ci95": [-0.3339, -0.0524]}
    text = out["statement"]
    assert (
        "Frustrated sessions converted at 60% (95% CI 49%-70%, 80 sessions), calm at 80%" in text
    )
    assert "20 points lower" in text
    assert "excludes zero" in text
    assert "not proof" in text
    assert "EUR" in text


def test_an_unclear_difference_says_the_data_cannot_tell() -> None:
    a = obs([1, 0] * 10, [10.0, np.nan] * 10)
    b = obs([1, 1, 0] * 7, [10.0, 12.0, np.nan] * 7)
    out = compare(a, b, np.random.default_rng(17), names=("with", "without"), currency="")
    lo, hi = out["difference"]["conversion_rate"]["ci95"]
    assert lo < 0 < hi
    assert "cannot tell the groups apart" in out["statement"]


def test_too_few_sessions_give_no_figure() -> None:
    out = compare(
        obs([1, 1], [1.0, 2.0]),
        obs([0] * 9, [np.nan] * 9),
        np.random.default_rng(1),
        names=("frustrated", "calm"),
        currency="",
    )
    assert out["difference"]["conversion_rate"] is None
    assert out["statement"].startswith(
        "Too few sessions with an outcome to compare (2 frustrated, 9 calm"
    )


def test_a_csv_outcome_wins_over_the_recorded_one(tmp_path: Path) -> None:
    nat = cart_file(tmp_path / "n.jsonl", outcome={"converted": True, "value": 42.5})
    db = build_library(tmp_path / "lib.sqlite", [nat])
    csv_file = tmp_path / "o.csv"
    csv_file.write_text("session_id,converted,value\n1,0,\n", encoding="utf-8")
    with Library.open(db) as library:
        ensure_index(library)
        assert import_csv(library, csv_file).stored == 1
        library.db.conn.execute("DELETE FROM insight_index")  # force a re-harvest
        library.db.conn.commit()
        ensure_index(library)
        row = library.db.conn.execute("SELECT converted, value, source FROM outcomes").fetchone()
    assert tuple(row) == (0, None, "csv")


def test_session_cells_that_are_not_ids_are_dropped_and_counted(tmp_path: Path) -> None:
    """Digits that int() refuses (superscripts) or cannot hold (5,000 digits) name no session:
    the row is dropped under unknown_session, never a traceback, and the good rows stay."""
    nat = cart_file(tmp_path / "n.jsonl")
    db = build_library(tmp_path / "lib.sqlite", [nat])
    csv_file = tmp_path / "o.csv"
    bad = ["²", "1²", "⑴", "9" * 5000, "#" + "9" * 20]
    body = "".join(f"{cell},1,5\n" for cell in bad)
    csv_file.write_text(f"session_id,converted,value\n{body}1,1,7\n", encoding="utf-8")
    with Library.open(db) as library:
        result = import_csv(library, csv_file)
        rows = library.db.conn.execute("SELECT session_id, converted, value FROM outcomes")
        assert [tuple(r) for r in rows] == [(1, 1, 7.0)]
    assert result.stored == 1
    assert result.dropped == {"unknown_session": len(bad)}
