"""Deep links replay://HASH?t=MS: parse, locate across libraries, CLI errors, export column."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import time
from pathlib import Path

import pytest
from replay_run import run_replay

from replay.errors import NotFound
from replay.importers import import_file
from replay.model.links import BadLink, Moment, parse_link, session_link
from replay.store.library import Library
from replay.store.links import locate
from replay.store.target import PgTarget

RAGE = "dev-rage-desktop-wide.rrweb.json"
H = "ab" * 32


def test_round_trip() -> None:
    assert session_link(H, 16_200) == f"replay://{H}?t=16200"
    assert parse_link(f"replay://{H}?t=16200") == Moment(H, 16_200)
    assert parse_link(f"  REPLAY://{H.upper()}/ ") == Moment(H, 0)
    assert parse_link(f"replay:{H[:8]}?t=5") == Moment(H[:8], 5)


@pytest.mark.parametrize(
    "text",
    [
        "http://x",
        f"replay://{H}?t=-3",
        f"replay://{H}?t=1.5",
        "replay://xyz12345",
        "replay://ab12",
        f"replay://{H}?t=²",  # a digit to str.isdigit, not to int()
        f"replay://{H}?t=" + "9" * 5000,  # past Python's int conversion limit
        f"replay://{H}?t=2147483648",  # past the app's 32-bit times (2**31 - 1 ms)
    ],
)
def test_bad_links(text: str) -> None:
    with pytest.raises(BadLink):
        parse_link(text)


def _lib(path: Path, *files: Path) -> dict[str, int]:
    ids = {}
    with Library.open(path) as lib:
        for f in files:
            session = import_file(f)
            ids[session.meta.content_hash] = lib.add_session(session)[0]
    return ids


def test_locate_searches_in_order_and_survives_reimport(tmp_path: Path, rrweb_dir: Path) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    _lib(a, rrweb_dir / "dev-tablet-mixed.rrweb.json")
    ids = _lib(b, rrweb_dir / "dev-rotation-phone.rrweb.json", rrweb_dir / RAGE)
    digest = next(h for h, i in ids.items() if i == 2)
    found = locate(Moment(digest, 16_200), [tmp_path / "missing.sqlite", a, b])
    assert (found.library, found.session_id, found.t_ms) == (b, 2, 16_200)
    # a prefix works; a time past the end is clamped to the session
    found = locate(Moment(digest[:10], 10**9), [b])
    assert found.t_ms == Library.open(b).session_row(2).duration_ms
    with pytest.raises(NotFound, match="no known library holds session"):
        locate(Moment("0" * 64), [a, b])
    assert a.read_bytes()  # untouched, still there


class _DeadServer:
    """A TCP port that accepts and never answers: a PostgreSQL server that hangs."""

    def __init__(self) -> None:
        import socket

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)

    @property
    def target(self) -> PgTarget:
        return PgTarget(f"postgresql://ana@127.0.0.1:{self.sock.getsockname()[1]}/replay")


def test_dead_servers_cost_one_short_wait_and_are_named(tmp_path: Path, rrweb_dir: Path) -> None:
    """Three hanging servers and a refused port before the library that holds the link.

    One after another with the usual 10 s connect timeout that was 30 s; asked at once with
    the link's short timeout (2 s here) it is one wait, and each is named as unreachable.
    """
    import socket

    lib = tmp_path / "lib.sqlite"
    (digest,) = _lib(lib, rrweb_dir / RAGE)
    dead = [_DeadServer() for _ in range(3)]
    free = socket.socket()
    free.bind(("127.0.0.1", 0))
    refused = PgTarget(f"postgresql://ana@127.0.0.1:{free.getsockname()[1]}/replay")
    free.close()  # nothing listens there: refused at once
    order = [d.target for d in dead] + [refused]
    try:
        started = time.monotonic()
        found = locate(Moment(digest, 5), [tmp_path / "missing.sqlite", *order, lib],
                       connect_timeout_s=2)  # fmt: skip
        waited = time.monotonic() - started
        assert (found.library, found.session_id) == (lib, 1)
        assert [name for name, _why in found.unreachable] == [t.display for t in order]
        assert all("cannot reach" in why for _name, why in found.unreachable), found.unreachable
        assert waited < 5.0, f"{waited:.1f} s: the dead servers were waited for one by one"
        # Not found: the message names the servers that could not be asked.
        with pytest.raises(NotFound, match=re.escape(f"not reachable: {refused.display}")):
            locate(Moment("0" * 64), [refused], connect_timeout_s=2)  # refused: no wait
        # A library before the servers that holds the link: no server is asked at all.
        started = time.monotonic()
        first = locate(Moment(digest, 5), [lib, *order], connect_timeout_s=2)
        assert first.unreachable == ()
        assert time.monotonic() - started < 1.5
    finally:
        for d in dead:
            d.sock.close()


def test_export_rows_carry_the_link(tmp_path: Path, rrweb_dir: Path) -> None:
    from replay.export import export_tags
    from replay.store.tags import TagStore

    db = tmp_path / "lib.sqlite"
    ids = _lib(db, rrweb_dir / RAGE)
    (digest,) = ids
    with Library.open(db) as lib:
        TagStore(lib.db).add(1, start_ms=4300, category="confusing_layout", severity=2)
        out = tmp_path / "tags.csv"
        export_tags(lib, path=out)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0]["link"] == f"replay://{digest}?t=4300"


def _run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REPLAY_SETTINGS_DIR=str(tmp_path / "s"))
    env.pop("REPLAY_DB", None)
    return run_replay(*args, env=env)


def test_cli_open_errors_are_one_line(tmp_path: Path) -> None:
    bad = _run("open", "http://example.com", "--db", str(tmp_path / "x.sqlite"), tmp_path=tmp_path)
    assert bad.returncode == 1
    assert bad.stderr.count("\n") == 1
    assert "not a replay link" in bad.stderr
    missing = _run(
        "open", f"replay://{H}?t=5", "--db", str(tmp_path / "x.sqlite"), tmp_path=tmp_path
    )
    assert missing.returncode == 1
    assert "no known library holds session" in missing.stderr
    assert "Traceback" not in missing.stderr
    assert not (tmp_path / "x.sqlite").exists()  # a link never creates a library


@pytest.mark.full
def test_cli_open_and_app_with_a_link(tmp_path: Path, rrweb_dir: Path) -> None:
    db = tmp_path / "lib.sqlite"
    (digest,) = _lib(db, rrweb_dir / RAGE)
    for command in ("open", "app"):
        png = tmp_path / f"{command}.png"
        shot = _run(
            command, f"replay://{digest}?t=16200", "--db", str(db), "--screenshot", str(png),
            "--size", "1280x720", tmp_path=tmp_path,
        )  # fmt: skip
        assert shot.returncode == 0, shot.stderr
        assert png.stat().st_size > 10_000
    # A screenshot run is a picture, not a visit: the user's settings stay as they were
    # (no recent library, no last library, no language), whichever command made it.
    settings = tmp_path / "s"
    seed = _run("app", "--db", str(db), "--screenshot", str(tmp_path / "x.png"),
                "--language", "th", tmp_path=tmp_path)  # fmt: skip
    assert seed.returncode == 0, seed.stderr
    written = "".join(p.read_text() for p in settings.rglob("*.ini")) if settings.exists() else ""
    assert "recent" not in written
    assert "last" not in written
    assert "language" not in written
