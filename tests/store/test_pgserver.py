"""The tests' own PostgreSQL server (tests/pgserver.py) and its fixtures.

A real server, started once per session as an unprivileged user; a fresh database per test;
TLS with a self-signed certificate; a loud failure (never a silent pass) where none can start.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import psycopg
import pytest
from pgserver import PgServer, PgUnavailable, find_bindir

pytestmark = pytest.mark.full

REPO = Path(__file__).resolve().parents[2]


def test_fresh_empty_database_per_test(pg_url: str, pg_server: PgServer) -> None:
    with psycopg.connect(pg_url) as conn:
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
        assert tables == (0,)
        conn.execute("CREATE TABLE mine (x int)")
        name = conn.execute("SELECT current_database()").fetchone()
    assert name is not None
    assert name[0] in pg_url
    # The next database is another one, and empty.
    other = pg_server.create_database()
    try:
        with psycopg.connect(pg_server.url(other)) as conn:
            assert conn.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
            ).fetchone() == (0,)
    finally:
        pg_server.drop_database(other)


def _everything(url: str) -> dict[str, object]:
    """What a library database holds: its settings, schema, functions, rows and sequences."""
    catalog = {
        "database": "SELECT pg_encoding_to_char(encoding), datcollate, datctype "
        "FROM pg_database WHERE datname = current_database()",
        "columns": "SELECT table_name, column_name, data_type, column_default, is_nullable, "
        "collation_name FROM information_schema.columns WHERE table_schema = 'public' "
        "ORDER BY 1, 2",
        "indexes": "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' "
        "ORDER BY 1",
        "constraints": "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
        "FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2",
        "functions": "SELECT proname, prokind, pg_get_function_identity_arguments(oid), "
        "prosrc, CASE WHEN prokind = 'f' THEN pg_get_functiondef(oid) END FROM pg_proc "
        "WHERE pronamespace = 'public'::regnamespace ORDER BY 1, 3",
        "sequences": "SELECT sequencename, last_value FROM pg_sequences "
        "WHERE schemaname = 'public' ORDER BY 1",
        "triggers": "SELECT tgrelid::regclass::text, tgname FROM pg_trigger "
        "WHERE NOT tgisinternal ORDER BY 1, 2",
    }
    with psycopg.connect(url) as conn:
        found: dict[str, object] = {k: conn.execute(q).fetchall() for k, q in catalog.items()}
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
        ).fetchall()]  # fmt: skip
        for table in tables:
            found[f"rows of {table}"] = sorted(
                map(repr, conn.execute(f'SELECT * FROM "{table}"').fetchall())
            )
    return found


def test_the_library_template_is_what_open_makes_of_an_empty_database(
    pg_url: str, pg_library_url: str
) -> None:
    """``pg_library_url`` (a copy of the migrated template) is a library made afresh."""
    from replay.store.library import Library
    from replay.store.target import PgTarget

    with Library.open(PgTarget(pg_url)) as made:  # an empty database: the migrations run
        assert made.sessions() == []
    fresh, copied = _everything(pg_url), _everything(pg_library_url)
    assert fresh["columns"]  # a real library, not nothing
    assert fresh["rows of categories"]
    assert copied == fresh
    with Library.open(PgTarget(pg_library_url)) as library:
        assert library.sessions() == []
        assert library.backup_hint is None  # current: nothing to upgrade
    assert _everything(pg_library_url) == fresh  # opening it changed nothing


def test_server_runs_unprivileged_and_on_a_unix_socket_too(pg_server: PgServer) -> None:
    pid = int((pg_server.data / "postmaster.pid").read_text().split()[0])
    uid_line = next(
        line
        for line in Path(f"/proc/{pid}/status").read_text().splitlines()
        if line.startswith("Uid:")
    )
    assert int(uid_line.split()[1]) != 0, "PostgreSQL must not run as root"
    assert (pg_server.socket_dir / f".s.PGSQL.{pg_server.port}").exists()
    with psycopg.connect(pg_server.socket_url()) as conn:
        assert conn.execute("SELECT inet_server_addr()").fetchone() == (None,)  # a socket


def test_tls_require_and_verify_full(pg_server: PgServer) -> None:
    assert pg_server.ca_cert is not None, pg_server.ssl_problem
    ssl_row = "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
    with psycopg.connect(pg_server.url(sslmode="require")) as conn:
        assert conn.execute(ssl_row).fetchone() == (True,)
    with psycopg.connect(pg_server.url(sslmode="disable")) as conn:
        assert conn.execute(ssl_row).fetchone() == (False,)
    good = pg_server.url(sslmode="verify-full", sslrootcert=str(pg_server.ca_cert))
    with psycopg.connect(good) as conn:
        assert conn.execute(ssl_row).fetchone() == (True,)
    wrong = pg_server.url(sslmode="verify-full", sslrootcert=str(pg_server.wrong_ca_cert))
    with pytest.raises(psycopg.OperationalError, match="certificate verify failed"):
        psycopg.connect(wrong)


def test_missing_binaries_are_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("REPLAY_PG_BINDIR", str(tmp_path / "nowhere"))
    with pytest.raises(PgUnavailable, match=r"install Debian's `postgresql` package"):
        find_bindir()
    with pytest.raises(PgUnavailable, match="binaries not found"):
        PgServer.start()


def _run_pytest_with(
    tmp_path: Path, env_extra: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """Run a one-test pytest that needs the server, in a subprocess, with env_extra set."""
    test = tmp_path / "test_needs_pg.py"
    test.write_text(
        textwrap.dedent(
            """
            import pytest

            @pytest.mark.full
            def test_needs(pg_url):
                assert pg_url
            """
        )
    )
    ini = tmp_path / "pytest.ini"
    ini.write_text("[pytest]\naddopts = -ra\nmarkers =\n  full: heavy\n")
    # The project's conftest is loaded as a plugin (the test file lives outside tests/).
    env = {**os.environ, "PYTHONPATH": str(REPO / "tests"), **env_extra}
    return subprocess.run(
        [
            *(sys.executable, "-m", "pytest", "-p", "conftest", "-p", "no:cacheprovider"),
            *("-p", "no:pytest-qt"),  # conftest then skips the Qt set-up
            *("-c", str(ini), "--rootdir", str(tmp_path)),
            *("-m", "full", "-q", str(test)),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_no_server_fails_loudly_and_opt_out_skips_with_warning(tmp_path: Path) -> None:
    nowhere = str(tmp_path / "nowhere")
    failed = _run_pytest_with(tmp_path, {"REPLAY_PG_BINDIR": nowhere})
    assert failed.returncode == 1, failed.stdout
    assert "1 PostgreSQL tests FAILED: no server could start" in failed.stdout
    assert "binaries not found" in failed.stdout
    assert "1 error" in failed.stdout

    skipped = _run_pytest_with(
        tmp_path, {"REPLAY_PG_BINDIR": nowhere, "REPLAY_TEST_POSTGRES": "skip"}
    )
    assert skipped.returncode == 0, skipped.stdout
    assert "WARNING: 1 PostgreSQL tests SKIPPED (REPLAY_TEST_POSTGRES=skip)" in skipped.stdout
    assert "1 skipped" in skipped.stdout


def test_stop_leaves_no_server_and_no_folder() -> None:
    server = PgServer.start()
    pid = int((server.data / "postmaster.pid").read_text().split()[0])
    folder = server.folder
    server.stop()
    assert not folder.exists()
    assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text()
    server.stop()  # twice is harmless
