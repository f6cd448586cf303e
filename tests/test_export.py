"""CSV export: byte-for-byte goldens, csv round trip, neutralisation, atomic writes, LibreOffice."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_tags import fixed_clock

import replay
from replay.errors import ExportError, NotFound
from replay.export import (
    COLUMNS,
    TEXT_COLUMNS,
    export_tags,
    format_number,
    neutralise,
    safe_cell,
    write_csv,
)
from replay.importers import import_file
from replay.signals import detect
from replay.store.library import Library
from replay.store.results import load_result, save_result
from replay.store.tags import TagStore

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("REPLAY_UPDATE_GOLDEN") == "1"

#: Notes that exercise quoting, every script our users write, and formula prefixes.
NOTES = {
    "thai": 'ปุ่ม "ชำระเงิน" ไม่ทำงาน, กดซ้ำหลายครั้ง',
    "korean": "결제 버튼이 작동하지 않음\n두 번째 줄",
    "chinese": "页面加载太慢；用户放弃了",
    "formula": '=HYPERLINK("http://evil.example","click")',
    "minus": "-2 items in basket",
    "at": "@sum(A1)",
    "tab": "\tindented",
    "emoji_rtl": "🙂 مرحبا שלום",
}


def fill(store: TagStore, session_id: int) -> dict[str, int]:
    """Add one tag per note (points and ranges, several reviewers); return ids by note key."""
    ids = {}
    for i, (key, note) in enumerate(NOTES.items()):
        tag = store.add(
            session_id,
            start_ms=1000 * i,
            end_ms=None if i % 2 else 1000 * i + 750,
            category=("broken_link_or_button", "slow_response", "form_problem")[i % 3],
            severity=i % 5,
            note=note,
            reviewer=("Ploy", "민지", "李伟")[i % 3],
        )
        ids[key] = tag.id
    return ids


# -- a real library: a real rrweb recording, imported and detected -------------------

RECORDING = "dev-rage-desktop-wide.rrweb.json"
#: A hostile file name: the source_file cell must come out neutralised.
HOSTILE_NAME = "=cmd|' -C calc'!A0.rrweb.json"


@pytest.fixture(scope="module")
def template_library(rrweb_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build once: a library with the recording (under a hostile name) and its detections."""
    folder = tmp_path_factory.mktemp("template")
    source = folder / HOSTILE_NAME
    shutil.copyfile(rrweb_dir / RECORDING, source)
    path = folder / "library.sqlite"
    with Library.open(path) as lib:
        session = import_file(source)
        sid, _new = lib.add_session(session)
        save_result(lib, sid, detect(session))
    return path


@pytest.fixture
def library(template_library: Path, tmp_path: Path) -> Iterator[Library]:
    path = tmp_path / "library.sqlite"
    shutil.copyfile(template_library, path)
    lib = Library.open(path)
    yield lib
    lib.close()


@pytest.fixture
def sid(library: Library) -> int:
    return int(library.db.execute("SELECT MIN(id) FROM sessions").fetchone()[0])


@pytest.fixture
def store(library: Library) -> TagStore:
    return TagStore(library.db, clock=fixed_clock())


def read_csv(path: Path, *, bom: bool = True) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8-sig" if bom else "utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def check_golden(produced: Path, name: str) -> None:
    golden = GOLDEN / name
    data = produced.read_bytes().replace(replay.__version__.encode(), b"<app_version>")
    if UPDATE or not golden.exists():
        if not UPDATE:
            pytest.fail(f"golden file {golden} missing: run with REPLAY_UPDATE_GOLDEN=1")
        golden.write_bytes(data)
    assert data == golden.read_bytes(), f"export differs from {golden} (REPLAY_UPDATE_GOLDEN=1)"


# -- goldens -------------------------------------------------------------------------


def test_export_matches_golden(
    library: Library, store: TagStore, sid: int, tmp_path: Path
) -> None:
    fill(store, sid)
    out = tmp_path / "findings.csv"
    assert export_tags(library, path=out) == len(NOTES)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    # Header and rows end in CRLF; the Korean note's own LF stays inside its quotes.
    assert raw.count(b"\r\n") == len(NOTES) + 1
    assert b"\xec\x9d\x8c\n" in raw
    check_golden(out, "export_basic.csv")


def test_export_without_bom_matches_golden(
    library: Library, store: TagStore, sid: int, tmp_path: Path
) -> None:
    fill(store, sid)
    out = tmp_path / "findings.csv"
    export_tags(library, path=out, bom=False, reviewer="민지")
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")
    check_golden(out, "export_reviewer_no_bom.csv")


# -- structure and round trip --------------------------------------------------------


def test_round_trip_through_csv_reader(
    library: Library, store: TagStore, sid: int, tmp_path: Path
) -> None:
    ids = fill(store, sid)
    out = tmp_path / "findings.csv"
    export_tags(library, path=out)
    rows = read_csv(out)
    assert list(rows[0]) == list(COLUMNS)
    by_id = {int(r["tag_id"]): r for r in rows}
    for key, note in NOTES.items():
        row = by_id[ids[key]]
        assert row["note"] == neutralise(note)
        tag = store.get(ids[key])
        assert row["kind"] == tag.kind
        assert row["start_ms"] == str(tag.start_ms)
        assert row["end_ms"] == ("" if tag.end_ms is None else str(tag.end_ms))
        assert row["duration_ms"] == str(tag.duration_ms)
        assert row["severity"] == str(tag.severity)
        assert row["reviewer"] == tag.reviewer
        assert row["created_at_utc"] == tag.created_at
    assert by_id[ids["formula"]]["note"].startswith("'=")
    assert by_id[ids["tab"]]["note"] == "'\tindented"
    assert by_id[ids["thai"]]["note"] == NOTES["thai"]  # untouched
    # The recording's file name starts with "=": a text cell, so it is neutralised too.
    assert {r["source_file"] for r in rows} == {"'" + HOSTILE_NAME}


def test_state_and_wall_clock_columns(
    library: Library, store: TagStore, sid: int, tmp_path: Path
) -> None:
    # Facts of the recording at 23 595 ms (read from its events): cursor, viewport, scroll.
    tag = store.add(sid, start_ms=23595, end_ms=24000, category="other")
    out = tmp_path / "one.csv"
    export_tags(library, path=out)
    [row] = read_csv(out)
    started = library.session_row(sid).started_at_ms
    assert started == 1795351648732
    assert row["tag_id"] == str(tag.id)
    assert row["start_time_utc"] == "2026-11-22T12:47:52.327Z"  # started + 23 595 ms
    assert row["end_time_utc"] == "2026-11-22T12:47:52.732Z"
    assert row["duration_ms"] == "405"
    assert (row["cursor_x_px"], row["cursor_y_px"]) == ("646", "334")
    assert (row["viewport_width_px"], row["viewport_height_px"]) == ("1920", "1080")
    assert row["orientation_deg"] == "0"  # no sensor: a landscape desktop is at its natural angle
    assert row["scroll_y_px"] == "500"
    assert row["page_url"] == "http://127.0.0.1:8766/index.html"
    assert row["app_version"] == replay.__version__
    result = load_result(library, sid)
    assert result is not None
    assert row["detector_version"] == result.detector_version
    assert float(row["score_at_tag"]) == pytest.approx(
        max(result.score_at(t) for t in range(23595, 24001)), abs=1e-3
    )


def test_spike_rows_only_for_untagged_spikes(
    library: Library, store: TagStore, sid: int, tmp_path: Path
) -> None:
    result = load_result(library, sid)
    assert result is not None
    assert len(result.spikes) == 2  # the recording's two rage-click bursts
    first, second = result.spikes
    accepted = store.add(
        sid, start_ms=first.start_ms, end_ms=first.end_ms, category="broken_link_or_button",
        severity=4, note="Add to basket does nothing", reviewer="Ploy",
        spike_id=first.spike_id, signals=first.signals,
    )  # fmt: skip
    out = tmp_path / "spikes.csv"
    assert export_tags(library, path=out, include_spikes=True) == 2
    rows = read_csv(out)
    assert [r["kind"] for r in rows] == ["range", "spike"]
    assert rows[0]["tag_id"] == str(accepted.id)
    assert rows[0]["signals_at_tag"] == "rage_click"
    assert rows[1]["spike_id"] == second.spike_id
    assert (rows[1]["start_ms"], rows[1]["end_ms"]) == (str(second.start_ms), str(second.end_ms))
    assert rows[1]["score_at_tag"] == format_number(second.peak)
    assert rows[1]["tag_id"] == rows[1]["reviewer"] == rows[1]["category_code"] == ""
    check_golden(out, "export_spikes.csv")
    store.delete(accepted.id)  # a deleted tag no longer covers its spike
    assert export_tags(library, path=out, include_spikes=True) == 2
    assert [r["kind"] for r in read_csv(out)] == ["spike", "spike"]


def test_filters(library: Library, store: TagStore, sid: int, tmp_path: Path) -> None:
    fill(store, sid)
    out = tmp_path / "f.csv"
    assert export_tags(library, path=out, category="slow_response") == 3
    assert {r["category_code"] for r in read_csv(out)} == {"slow_response"}
    assert {r["category_label"] for r in read_csv(out)} == {"Slow response"}
    store.delete(store.list(sid)[0].id)
    assert export_tags(library, path=out) == len(NOTES) - 1  # deleted tags are not exported
    with pytest.raises(NotFound):
        export_tags(library, path=out, session_ids=[42])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@A1", "'@A1"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("\x07bell", "'\x07bell"),
        ("\nx", "'\nx"),
        ("a=1", "a=1"),
        (" =1", " =1"),
        ("", ""),
        ("ปุ่ม", "ปุ่ม"),
    ],
)
def test_neutralise(text: str, expected: str) -> None:
    assert neutralise(text) == expected


def test_numbers_are_plain_and_never_neutralised() -> None:
    assert format_number(1920) == "1920"
    assert format_number(12.5) == "12.5"
    assert format_number(1 / 3) == "0.333"
    assert format_number(None) == ""
    assert format_number(float("nan")) == ""
    assert not {"start_ms", "end_ms", "severity", "score_at_tag", "cursor_x_px"} & TEXT_COLUMNS


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("-5", "-5"), ("12.5", "12.5"), ("0", "0"), ("", ""), ("2026-03-14T09:26:53.000Z", None),
     ("replay://ab?t=1", None), ("=1+2", "'=1+2"), ("+1+2", "'+1+2"), ("@SUM(1)", "'@SUM(1)"),
     ("-1+2", "'-1+2"), ("-inf", "'-inf"), ("1e5", None), ("\t=1", "'\t=1"), ("'=1", None)],
)  # fmt: skip
def test_any_cell_that_is_not_a_plain_number_is_neutralised(
    cell: str, expected: str | None, tmp_path: Path
) -> None:
    """write_csv checks every cell: columns copied from a library are other people's text."""
    assert safe_cell(cell) == (cell if expected is None else expected)
    out = tmp_path / "c.csv"
    write_csv(out, [[cell, "-5"]], header=("a", "b"))
    assert read_csv(out) == [{"a": safe_cell(cell), "b": "-5"}]


# -- atomic writes -------------------------------------------------------------------


def test_failure_leaves_no_partial_file_and_keeps_the_old_one(
    library: Library, store: TagStore, sid: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(store, sid)
    out = tmp_path / "findings.csv"
    out.write_bytes(b"previous export")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("replay.export.os.fsync", disk_full)
    with pytest.raises(ExportError, match="No space left on device"):
        export_tags(library, path=out)
    assert out.read_bytes() == b"previous export"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith("tmp")]


@pytest.mark.parametrize(
    "where", ["missing/f.csv", "a_file/f.csv", "a_folder", "/proc/replay-export.csv"]
)
def test_unwritable_destinations(library: Library, tmp_path: Path, where: str) -> None:
    (tmp_path / "a_file").write_text("x")
    (tmp_path / "a_folder").mkdir()
    out = Path(where) if where.startswith("/") else tmp_path / where
    with pytest.raises(ExportError, match=str(out)):
        export_tags(library, path=out)
    assert not list(tmp_path.glob("**/*tmp"))


# -- any text survives ---------------------------------------------------------------


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(note=st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00")), reviewer=st.text(
    alphabet=st.characters(codec="utf-8", exclude_characters="\x00")))  # fmt: skip
def test_any_text_survives_csv(
    library: Library, store: TagStore, sid: int, tmp_path: Path, note: str, reviewer: str
) -> None:
    tag = store.add(sid, start_ms=0, category="other", note=note, reviewer=reviewer)
    out = tmp_path / "h.csv"
    export_tags(library, path=out, reviewer=reviewer)
    row = next(r for r in read_csv(out) if r["tag_id"] == str(tag.id))
    assert row["note"] == neutralise(note)
    assert row["reviewer"] == neutralise(reviewer)
    # Undoing the neutralisation gives the exact text back.
    assert (row["note"][1:] if neutralise(note) != note else row["note"]) == note


# -- LibreOffice reads it right ------------------------------------------------------


def _xlsx_cells(path: Path) -> dict[str, tuple[str, bool]]:
    """Return {cell ref: (shown text, is_formula)} of the first sheet of an .xlsx file."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    with zipfile.ZipFile(path) as z:
        shared = [
            "".join(t.text or "" for t in si.iter(f"{{{ns['m']}}}t"))
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns)
        ]
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    cells = {}
    for c in sheet.iter(f"{{{ns['m']}}}c"):
        v = c.find("m:v", ns)
        text = "" if v is None or v.text is None else v.text
        if c.get("t") == "s":
            text = shared[int(text)]
        cells[c.get("r", "")] = (text, c.find("m:f", ns) is not None)
    return cells


def _soffice_to_xlsx(csv_path: Path, workdir: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail(
            "LibreOffice `soffice` not found: install Debian libreoffice-calc-nogui "
            "(bash packaging/bootstrap.sh test does it)"
        )
    # UTF-8 (76), comma, double quote, from line 1, English locale, *evaluate formulas*
    # (token 13): the most dangerous setting a user can pick.
    infilter = "CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true"
    profile = (workdir / "lo-profile").as_uri()
    outdir = workdir / "out"
    proc = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", f"--infilter={infilter}",
         "--convert-to", "xlsx", "--outdir", str(outdir), str(csv_path)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    result = outdir / (csv_path.stem + ".xlsx")
    assert result.exists(), f"LibreOffice did not convert: {proc.stdout} {proc.stderr}"
    return result


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@pytest.mark.full  # starts LibreOffice (several seconds)
def test_libreoffice_reads_cells_back(
    library: Library, store: TagStore, sid: int, tmp_path: Path
) -> None:
    ids = fill(store, sid)
    out = tmp_path / "findings.csv"
    export_tags(library, path=out)
    # A control file without neutralisation proves LibreOffice here *would* run formulas.
    control = tmp_path / "control.csv"
    control.write_bytes(b"\xef\xbb\xbfa\r\n=1+1\r\n")
    cells = _xlsx_cells(_soffice_to_xlsx(out, tmp_path))
    assert _xlsx_cells(_soffice_to_xlsx(control, tmp_path))["A2"] == ("2", True)

    col = {name: _column_letter(i) for i, name in enumerate(COLUMNS)}
    assert cells[f"{col['note']}1"] == ("note", False)
    rows = {cells[f"{col['tag_id']}{r}"][0]: r for r in range(2, len(NOTES) + 2)}
    for key, note in NOTES.items():
        r = rows[str(ids[key])]
        text, is_formula = cells[f"{col['note']}{r}"]
        assert not is_formula, f"{key} note became a formula in LibreOffice"
        assert text == neutralise(note), f"{key} note changed in LibreOffice"
    assert not any(formula for _text, formula in cells.values())
    r = rows[str(ids["thai"])]
    assert cells[f"{col['start_ms']}{r}"] == ("0", False)  # a real number, dot decimals
    assert cells[f"{col['reviewer']}{r}"][0] == "Ploy"
    assert cells[f"{col['reviewer']}{rows[str(ids['korean'])]}"][0] == "민지"
    assert cells[f"{col['reviewer']}{rows[str(ids['chinese'])]}"][0] == "李伟"
