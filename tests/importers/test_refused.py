"""One test per refused-file class: ImportFailed/UnknownFormat naming the file and where."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from replay.errors import ImportFailed, UnknownFormat
from replay.importers import _source, find_session_files, import_file


def refused(path: Path, *, where: str, reason: str) -> ImportFailed:
    with pytest.raises(ImportFailed) as info:
        import_file(path)
    line = info.value.one_line()
    assert str(path) in line
    assert where in info.value.where, line
    assert reason in info.value.reason, line
    return info.value


@pytest.fixture
def real(rrweb_dir: Path) -> bytes:
    return (rrweb_dir / "dev-rage-desktop-wide.rrweb.json").read_bytes()


def test_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.json"
    path.write_bytes(b"")
    refused(path, where="byte 0", reason="empty")


def test_truncated_json_names_event(tmp_path: Path, real: bytes) -> None:
    path = tmp_path / "cut.rrweb.json"
    path.write_bytes(real[: len(real) // 2])
    events = json.loads(real)
    err = refused(path, where="event ", reason="truncated")
    index = int(err.where.split()[1])
    assert 0 < index < len(events)


def test_malformed_json_names_event_and_line(tmp_path: Path, real: bytes) -> None:
    events = json.loads(real)
    text = "[\n" + ",\n".join(json.dumps(e) for e in events) + "\n]"
    lines = text.split("\n")
    lines[31] = lines[31].replace('"timestamp":', '"timestamp"', 1)  # event 30, line 32
    path = tmp_path / "bad.rrweb.json"
    path.write_text("\n".join(lines), encoding="utf-8")
    refused(path, where="event 30 (line 32)", reason="malformed JSON")


def test_wrong_top_level_shape(tmp_path: Path) -> None:
    path = tmp_path / "object.json"
    path.write_text('{"events": [{"type": 4}]}', encoding="utf-8")
    refused(path, where="top level", reason="wrong top-level shape")
    path.write_text('{"data": {"snapshots": 5}}', encoding="utf-8")
    refused(path, where="top level", reason="wrong top-level shape")


def test_unknown_format_names_formats_tried(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello, this is not a recording\n", encoding="utf-8")
    with pytest.raises(UnknownFormat) as info:
        import_file(path)
    assert str(path) in info.value.one_line()
    assert all(f in info.value.reason for f in ("rrweb", "mouselog", "native"))


def test_no_valid_events(tmp_path: Path) -> None:
    path = tmp_path / "none.json"
    path.write_text(
        '[{"type": 4, "data": {}}, {"type": 3, "timestamp": "soon"}]', encoding="utf-8"
    )
    refused(path, where="", reason="no valid events")
    csv_path = tmp_path / "session_1"
    csv_path.write_text("record timestamp,client timestamp,button,state,x,y\n", encoding="utf-8")
    refused(csv_path, where="", reason="no valid events")


def test_binary_garbage(tmp_path: Path) -> None:
    path = tmp_path / "garbage.bin"
    path.write_bytes(os.urandom(4096).replace(b"\x1f\x8b", b"xx") + b"\x00")
    with pytest.raises(UnknownFormat) as info:
        import_file(path)
    assert str(path) in info.value.one_line()


@pytest.mark.parametrize("first", [b"{", b"[", b" \n["])
def test_binary_that_starts_like_json_is_not_called_json(tmp_path: Path, first: bytes) -> None:
    # ~1 in 128 random blobs starts with { or [: they were refused as "JSON, but neither ..."
    path = tmp_path / "garbage.bin"
    for tail in (b"g[\xb6p\xf0xj\x00\x01" * 50, b"a\x94\xd1\x04\xe1\x9f\xc0" * 50):
        path.write_bytes(first + tail)
        with pytest.raises(UnknownFormat) as info:
            import_file(path)
        assert "JSON" not in info.value.one_line()
        assert str(path) in info.value.one_line()


def test_undecodable_bytes(tmp_path: Path, real: bytes) -> None:
    path = tmp_path / "latin.rrweb.json"
    path.write_bytes(real.replace(b"Add to cart", b"Add to c\xe6rt", 1))
    refused(path, where="", reason="")  # refused cleanly, either by msgspec or the scan
    csv_path = tmp_path / "session_2"
    csv_path.write_bytes(
        b"record timestamp,client timestamp,button,state,x,y\n0,0,No\xffButton,Move,1,2\n"
    )
    refused(csv_path, where="line 2", reason="UTF-8")


def test_gz_of_garbage(tmp_path: Path) -> None:
    path = tmp_path / "garbage.json.gz"
    path.write_bytes(gzip.compress(b"\x00\x01 not a session \xff" * 50))
    with pytest.raises(UnknownFormat):
        import_file(path)
    broken = tmp_path / "broken.json.gz"
    broken.write_bytes(gzip.compress(b"[" * 10)[:-12] + b"\x00" * 12)
    refused(broken, where="byte", reason="gzip")


def test_gzip_bomb_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.json.gz"
    size = _source.GZIP_RATIO_FLOOR_BYTES + (4 << 20)
    path.write_bytes(gzip.compress(b"[" + b" " * size + b"]", compresslevel=9))
    err = refused(path, where="byte", reason="gzip bomb")
    assert "200x" in err.reason


def test_gzip_real_file_imports(tmp_path: Path, real: bytes) -> None:
    path = tmp_path / "rage.bin"  # no .gz name: sniffed by the magic bytes
    path.write_bytes(gzip.compress(real))
    plain = tmp_path / "rage.json"
    plain.write_bytes(real)
    a, b = import_file(path), import_file(plain)
    assert a.meta.content_hash == b.meta.content_hash
    assert a.counts() == b.counts()
    assert a.meta.source == str(path)


def test_folder_without_sessions(tmp_path: Path, rrweb_dir: Path) -> None:
    (tmp_path / "ABOUT.md").write_text("# nothing", encoding="utf-8")
    files, failures = find_session_files([str(tmp_path), str(tmp_path / "*.nothing")])
    assert files == []
    assert [f.reason for f in failures] == [
        "no sessions found in folder",
        "no sessions found (the pattern matches nothing)",
    ]
    files, failures = find_session_files([str(rrweb_dir), str(rrweb_dir / "truth.csv")])
    assert failures == []
    assert [p.name for p in files][:14] == sorted(p.name for p in rrweb_dir.glob("*.rrweb.json"))
    assert files[-1].name == "truth.csv"  # named explicitly: returned, to be refused loudly
    with pytest.raises(UnknownFormat):
        import_file(files[-1])


@pytest.mark.parametrize("arg", ["", " "])
def test_empty_path_is_not_the_working_folder(
    arg: str, tmp_path: Path, rrweb_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``replay import "$DIR"`` with DIR unset must not import the whole working folder."""
    (tmp_path / "r.rrweb.json").write_bytes(
        (rrweb_dir / "dev-calm-desktop-basket.rrweb.json").read_bytes()
    )
    monkeypatch.chdir(tmp_path)
    files, failures = find_session_files([arg])
    assert files == []
    assert [f.reason for f in failures] == ["an empty path names no file or folder"]
    assert find_session_files(["."])[0] == [Path("r.rrweb.json")]  # "." still means here


@pytest.mark.parametrize(
    ("encode", "reason"),
    [
        (lambda t: t.encode("utf-16"), "UTF-16 text"),
        (lambda t: t.encode("utf-16-le"), "UTF-16 text"),
        (lambda t: t.encode("utf-16-be"), "UTF-16 text"),
        (lambda t: t.encode("utf-32"), "UTF-32 text"),
        (lambda t: _zip(t), "a zip archive"),
        (lambda t: __import__("bz2").compress(t.encode()), "bzip2-compressed"),
        (lambda t: __import__("lzma").compress(t.encode()), "xz-compressed"),
    ],
    ids=["utf16-bom", "utf16le", "utf16be", "utf32", "zip", "bz2", "xz"],
)
def test_other_encodings_and_archives_say_what_they_are(
    tmp_path: Path, real: bytes, encode: object, reason: str
) -> None:
    """Notepad's "Unicode" (UTF-16) and archives were "binary data" or even "JSON, but
    neither ...": the line now says what the file is and what replay reads."""
    path = tmp_path / "session.json"
    path.write_bytes(encode(real.decode()))  # type: ignore[operator]
    err = refused(path, where="byte 0", reason=reason)
    assert "UTF-8" in err.reason or ".gz" in err.reason


def _zip(text: str) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("session.json", text)
    return buf.getvalue()
