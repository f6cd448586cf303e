"""Shared fixtures: real data from ../shared, real SQLite files in tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import


from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


def pytest_configure(config: pytest.Config) -> None:
    """Qt WebEngine (the page view) needs its attribute set before any QApplication exists.

    Not when pytest-qt is switched off (``-p no:pytest-qt``): tests/test_headless.py runs
    the core tier so, with Qt not importable, and nothing may even try to import it.
    """
    if config.pluginmanager.is_blocked("pytest-qt"):
        return
    from replay.ui.page_view import prepare_environment

    prepare_environment()


REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("REPLAY_SHARED", REPO.parent / "shared"))
RRWEB_DIR = SHARED / "data" / "rrweb"
BALABIT_DIR = SHARED / "data" / "balabit" / "training_files"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.fail(f"shared test data missing: {path} (clone with ../shared beside the repo)")
    return path


@pytest.fixture(scope="session")
def rrweb_dir() -> Path:
    """The folder of real rrweb recordings with truth.csv."""
    return _need(RRWEB_DIR)


@pytest.fixture(scope="session")
def rrweb_files(rrweb_dir: Path) -> list[Path]:
    """Every real rrweb recording, sorted by name."""
    files = sorted(rrweb_dir.glob("*.rrweb.json"))
    assert len(files) == 14
    return files


@pytest.fixture(scope="session")
def balabit_dir() -> Path:
    """The Balabit training_files folder (userN/session_*)."""
    return _need(BALABIT_DIR)


@pytest.fixture(scope="session")
def balabit_files(balabit_dir: Path) -> list[Path]:
    """Every real Balabit session file, sorted."""
    files = sorted(p for p in balabit_dir.glob("user*/session_*") if p.is_file())
    assert len(files) == 65
    return files


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A path for a real library file in a temp dir (not created yet)."""
    return tmp_path / "library.sqlite"


# --- PostgreSQL: one real server per test session, one fresh database per test -----------
# tests/pgserver.py starts it (initdb + pg_ctl of Debian's package, as `postgres` when we run
# as root). Where none can start, every test that needs one FAILS with the reason; only
# REPLAY_TEST_POSTGRES=skip turns them into skips (and the summary says so).
_PG: dict[str, Any] = {"server": None, "problem": "", "failed": 0, "skipped": 0}


def _pg_opt_out() -> bool:
    return os.environ.get("REPLAY_TEST_POSTGRES", "").strip().lower() == "skip"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Any]:
    """The session's PostgreSQL server (tests.pgserver.PgServer), started once."""
    from pgserver import PgServer, PgUnavailable

    if _pg_opt_out():
        pytest.skip("PostgreSQL tests switched off by REPLAY_TEST_POSTGRES=skip")
    if _PG["problem"]:
        pytest.fail(f"no PostgreSQL test server: {_PG['problem']}", pytrace=False)
    try:
        server = PgServer.start()
    except PgUnavailable as exc:
        _PG["problem"] = str(exc)
        pytest.fail(f"no PostgreSQL test server: {exc}", pytrace=False)
    _PG["server"] = server
    try:
        yield server
    finally:
        server.stop()


def _new_pg_database(
    request: pytest.FixtureRequest, server: Any, *, template: str | None = None
) -> Iterator[str]:
    """Yield the URL of a new database (empty, or a copy of ``template``); drop it after."""
    if request.node.get_closest_marker("full") is None:
        pytest.fail("a test that needs the PostgreSQL server must be marked @pytest.mark.full")
    name = server.create_database(template=template)
    try:
        yield server.url(name)
    finally:
        server.drop_database(name)


@pytest.fixture
def pg_url(request: pytest.FixtureRequest, pg_server: Any) -> Iterator[str]:
    """A ``postgresql://`` URL of a new, empty database (superuser, no password), dropped after."""
    yield from _new_pg_database(request, pg_server)


@pytest.fixture(scope="session")
def pg_library_template(pg_server: Any) -> str:
    """The name of a template database holding an empty library: the migrations run once.

    ``Library.open`` makes it from an empty database, as it would for a user; then it
    becomes a template no one may connect to (``PgServer.make_template``).
    """
    from replay.store.library import Library
    from replay.store.target import PgTarget

    name = pg_server.create_database("library_template")
    with Library.open(PgTarget(pg_server.url(name))):
        pass
    pg_server.make_template(name)
    return name


@pytest.fixture
def pg_library_url(
    request: pytest.FixtureRequest, pg_server: Any, pg_library_template: str
) -> Iterator[str]:
    """As ``pg_url``, but the new database holds an empty library (the current schema).

    A copy of ``pg_library_template``: what ``Library.open`` makes of an empty database,
    for ~0.03 s instead of the ~0.1-0.2 s of running every migration again.
    """
    yield from _new_pg_database(request, pg_server, template=pg_library_template)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Count the tests that could not run for want of a server (for the summary)."""
    if report.when != "setup":
        return
    text = str(report.longrepr)
    if report.skipped and "REPLAY_TEST_POSTGRES=skip" in text:
        _PG["skipped"] += 1
    elif report.failed and "no PostgreSQL test server" in text:
        _PG["failed"] += 1


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    """Say when the heavy tests were left out (plain ``pytest`` is the fast tier)."""
    server = _PG["server"]
    if server is not None:
        terminalreporter.write_line(
            f"PostgreSQL test server: {server.bindir.parent.name} started in "
            f"{server.startup_seconds:.1f} s (once for the session)"
        )
    if _PG["problem"]:
        terminalreporter.write_sep(
            "!", f"{_PG['failed']} PostgreSQL tests FAILED: no server could start", red=True
        )
        terminalreporter.write_line(f"  why: {_PG['problem']}", red=True)
        terminalreporter.write_line(
            "  fix it, or run with REPLAY_TEST_POSTGRES=skip to skip them knowingly", red=True
        )
    if _PG["skipped"]:
        terminalreporter.write_sep(
            "!",
            f"WARNING: {_PG['skipped']} PostgreSQL tests SKIPPED (REPLAY_TEST_POSTGRES=skip)",
            yellow=True,
        )
    deselected = len(terminalreporter.stats.get("deselected", []))
    if config.getoption("markexpr") == "not full" and deselected:
        terminalreporter.write_line(
            f"fast tier: {deselected} tests left out (heavy ones marked `full` among them); "
            'bash packaging/bootstrap.sh test, or pytest -m "full or not full", runs everything'
        )


# --- One library suite, two backends -----------------------------------------------------
#: The backends the library and tag suites run on; PostgreSQL tests are in the full tier.
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.full)]


@pytest.fixture(params=BACKENDS)
def library_target(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    """Where a test's library lives: a new SQLite file, or a new PostgreSQL database.

    The file is not made yet (``Library.open`` makes it); the database already holds an
    empty library (``pg_library_url``): both open as a new, empty library.

    A test module runs its whole suite on both by overriding ``db_path`` with this
    fixture (``replay.store.target.PgTarget`` for PostgreSQL: ``str()`` of it is its URL,
    so ``--db str(db_path)`` works for CLI tests too).
    """
    if request.param == "sqlite":
        return tmp_path / "library.sqlite"
    from replay.store.target import PgTarget

    return PgTarget(request.getfixturevalue("pg_library_url"))


@pytest.fixture(scope="module", params=BACKENDS)
def module_library_target(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Any]:
    """As ``library_target``, shared by a module's tests (a library built once per backend)."""
    if request.param == "sqlite":
        yield tmp_path_factory.mktemp("library") / "library.sqlite"
        return
    from replay.store.target import PgTarget

    server = request.getfixturevalue("pg_server")
    name = server.create_database(template=request.getfixturevalue("pg_library_template"))
    try:
        yield PgTarget(server.url(name))
    finally:
        server.drop_database(name)


# --- Qt tests: collections on the GUI thread only, as in the app ------------------------
_QT_RAN = {"dirty": False}


@pytest.fixture(autouse=True)
def _gui_thread_gc(request: pytest.FixtureRequest) -> Iterator[None]:
    """During a Qt test (pytest-qt's qapp/qtbot), hold the cycle collector on the GUI thread.

    The app starts its worker threads with ``replay.ui.gui_gc.start_thread``, which holds it
    while they run; a test may also start threads of its own (a QThread, a web server), so
    every Qt test is held for its whole run, fixtures' teardown included. The first test
    without Qt after Qt tests starts with one full collection on this (the GUI) thread, so
    no cycle holding a Qt object is left for its threads to free; those tests never import
    Qt (the headless tier blocks PySide6).
    """
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        if _QT_RAN["dirty"]:  # free the Qt tests' cycles here, before this test's threads run
            import gc

            gc.unfreeze()  # what replay.ui.gui_gc.settle froze when a session was shown
            gc.collect()
            _QT_RAN["dirty"] = False
        yield
        return
    _QT_RAN["dirty"] = True
    request.getfixturevalue("qapp")
    from replay.ui import gui_gc

    with gui_gc.held():
        yield
