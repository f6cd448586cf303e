"""replay batch: a real local Dask cluster scores real (varied) recordings into Parquet."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from batch_corpus import make_corpus

from replay.batch import ResultStore, output_schema, score_file
from replay.importers import import_file
from replay.signals import detect, load_config
from replay.store.library import Library

pytestmark = pytest.mark.full  # starts Dask clusters (a few seconds each)

N_FILES = 240
BAD_EVERY = 40


def _replay(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "replay", *args]
    return subprocess.run(cmd, capture_output=True, text=True, check=check, timeout=600)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, rrweb_dir: Path) -> list[Path]:
    out = tmp_path_factory.mktemp("batch-corpus")
    return make_corpus(rrweb_dir.parent.parent, out, N_FILES, bad_every=BAD_EVERY)


@pytest.fixture(scope="module")
def scored(corpus: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One 2-worker batch over the whole corpus (the run CI makes)."""
    out = tmp_path_factory.mktemp("batch-out") / "results.parquet"
    proc = _replay(
        "batch", "detect", str(corpus[0].parent), "--out", str(out), "--workers", "2", "--json"
    )
    summary = json.loads(proc.stdout)
    assert summary["workers"] == 2
    assert summary["total"] == N_FILES
    assert summary["scored"] == N_FILES
    assert summary["refused"] == N_FILES // BAD_EVERY
    return out


def test_one_row_per_file_with_the_schema(scored: Path, corpus: list[Path]) -> None:
    table = pq.read_table(scored)
    assert table.schema.equals(output_schema())
    rows = table.to_pylist()
    assert sorted(r["source"] for r in rows) == sorted(str(p) for p in corpus)
    ok = [r for r in rows if r["status"] == "ok"]
    assert len({r["content_hash"] for r in ok}) == len(ok)  # every variant is distinct
    assert {r["format"] for r in ok} == {"rrweb", "mouselog"}
    for r in ok:
        assert r["reason"] is None
        assert r["spike_count"] == len(r["spikes"])
        assert set(r["signal_counts"]) == set(output_schema().field("signal_counts").type.names)


def test_bad_files_are_rows_with_their_reason(scored: Path) -> None:
    refused = [r for r in pq.read_table(scored).to_pylist() if r["status"] == "refused"]
    assert len(refused) == N_FILES // BAD_EVERY
    for r in refused:
        assert "broken-" in r["source"]
        assert r["reason"].startswith(r["source"] + ":")
        assert "\n" not in r["reason"]
        assert r["score"] is None


def test_scores_equal_detection_in_one_process(scored: Path) -> None:
    cfg = load_config()
    rows = [r for r in pq.read_table(scored).to_pylist() if r["status"] == "ok"][::37]
    assert len(rows) >= 5
    for r in rows:
        session = import_file(r["source"])
        result = detect(session, cfg)
        assert r["content_hash"] == session.meta.content_hash
        assert r["score"] == pytest.approx(result.score)
        assert r["duration_ms"] == session.meta.duration_ms
        assert [s["spike_id"] for s in r["spikes"]] == [s.spike_id for s in result.spikes]
        assert sum(r["signal_counts"].values()) == len(result.hits)


def test_rerun_skips_what_is_done_and_resumes_parts(scored: Path, tmp_path: Path) -> None:
    out = tmp_path / "again.parquet"
    shutil.copy(scored, out)
    proc = _replay("batch", "detect", str(Path(pq.read_table(scored)["source"][0].as_py()).parent),
                   "--out", str(out), "--workers", "1", "--json")  # fmt: skip
    summary = json.loads(proc.stdout)
    assert summary["skipped"] == N_FILES
    assert summary["scored"] == 0
    assert pq.read_table(out).num_rows == N_FILES
    # an interrupted run: only parts beside the output, no output yet
    rows = pq.read_table(scored).to_pylist()
    partial = tmp_path / "partial.parquet"
    store = ResultStore(partial)
    store.write_part(rows[:100])
    assert store.parts.is_dir()
    assert not partial.exists()
    first = Path(rows[0]["source"]).parent
    summary = json.loads(
        _replay(
            "batch", "detect", str(first), "--out", str(partial), "--workers", "2", "--json"
        ).stdout
    )
    assert summary["skipped"] == 100
    assert summary["scored"] == N_FILES - 100
    assert not store.parts.exists()  # folded into the output
    final = pq.read_table(partial).to_pylist()
    assert sorted(r["source"] for r in final) == sorted(r["source"] for r in rows)


def test_a_changed_file_is_scored_again(tmp_path: Path, rrweb_files: list[Path]) -> None:
    src = tmp_path / "one.rrweb.json"
    shutil.copy(rrweb_files[4], src)
    out = tmp_path / "r.parquet"
    cfg = load_config()
    first = score_file(src, cfg)
    store = ResultStore(out)
    store.write_part([first])
    store.finish()
    assert (str(src), first["file_size"], first["file_mtime_ns"]) in store.done_keys()
    src.write_text(src.read_text(encoding="utf-8").replace("  ", " ") + " ", encoding="utf-8")
    assert (str(src), *(lambda s: (s.st_size, s.st_mtime_ns))(src.stat())) not in store.done_keys()


def test_existing_scheduler_unchanged(corpus: list[Path], tmp_path: Path) -> None:
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None) as cluster:
        out = tmp_path / "remote.parquet"
        files = [str(p) for p in corpus[:12]]
        proc = _replay("batch", "detect", *files, "--out", str(out),
                       "--scheduler", cluster.scheduler_address, "--json")  # fmt: skip
        assert json.loads(proc.stdout)["scored"] == 12
        assert pq.read_table(out).num_rows == 12


def test_load_brings_the_worst_first(scored: Path, tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite"
    proc = _replay("batch", "load", str(scored), "--db", str(db), "--top", "5")
    assert "loaded 5 new session(s)" in proc.stdout
    ok = sorted(
        (r for r in pq.read_table(scored).to_pylist() if r["status"] == "ok"),
        key=lambda r: (-r["score"], r["source"]),
    )
    with Library.open(db) as lib:
        stored = lib.sessions()
        assert len(stored) == 5
        assert all(lib.find_by_hash(r["content_hash"]) is not None for r in ok[:5])
        assert all(s.score is not None for s in stored)  # detected on the way in
        assert max(s.score for s in stored) == pytest.approx(ok[0]["score"])
    floor = ok[4]["score"]
    again = _replay("batch", "load", str(scored), "--db", str(db), "--min-score", str(floor))
    n_at_least = sum(r["score"] >= floor for r in ok)  # ties with the 5th count too
    assert f"loaded {n_at_least - 5} new session(s), 5 already in the library" in again.stdout


def test_one_line_errors(tmp_path: Path, corpus: list[Path]) -> None:
    proc = _replay("batch", "detect", str(corpus[0]), "--out", str(tmp_path), check=False)
    assert proc.returncode != 0
    assert proc.stderr.strip().count("\n") == 0, proc.stderr
    proc = _replay("batch", "load", str(tmp_path / "none.parquet"), "--top", "1",
                   "--db", str(tmp_path / "l.sqlite"), check=False)  # fmt: skip
    assert proc.returncode == 1
    assert proc.stderr.startswith("error: ")
    junk = tmp_path / "junk.parquet"
    junk.write_text("not parquet", encoding="utf-8")
    proc = _replay("batch", "load", str(junk), "--top", "1", "--db", str(tmp_path / "l.sqlite"),
                   check=False)  # fmt: skip
    assert proc.returncode == 1
    assert proc.stderr.startswith("error: ")
    assert "not a replay batch result" in proc.stderr


def test_load_warns_when_the_file_changed(tmp_path: Path, rrweb_files: list[Path]) -> None:
    src = tmp_path / "one.rrweb.json"
    shutil.copy(rrweb_files[4], src)
    store = ResultStore(tmp_path / "r.parquet")
    store.write_part([score_file(src, load_config())])
    store.finish()
    src.write_text(src.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    proc = _replay(
        "batch", "load", str(store.out), "--db", str(tmp_path / "l.sqlite"), "--top", "1"
    )
    assert "changed since it was scored" in proc.stderr
    assert "loaded 1 new session(s)" in proc.stdout


def test_batch_detects_on_the_page_its_in_memory_import_carries(rrweb_dir: Path) -> None:
    """score_file imports in memory: the session carries its page, dead clicks judged on it."""
    src = rrweb_dir / "dev-dead-clicks-laptop.rrweb.json"
    cfg = load_config()
    session = import_file(src)
    assert session.page is not None
    assert session.page.status == "ok"
    result = detect(session, cfg)
    judged = {h.evidence["judged_by"] for h in result.hits if "judged_by" in h.evidence}
    assert judged == {"page"}
    row = score_file(src, cfg)
    assert row["score"] == pytest.approx(result.score)
    assert [s["spike_id"] for s in row["spikes"]] == [s.spike_id for s in result.spikes]
