"""A team library's security on a real PostgreSQL server (issue 18).

No password in an address (refused before anything connects); the password comes from a
service file + PGPASSFILE or the keyring; TLS is used and checked when asked for; a
reviewer role made by docs/examples/postgresql-*.sql tags but cannot delete a session.
"""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner, Result
from pgserver import PASSWORD_GROUP, PgServer

from replay.cli import cli
from replay.errors import StoreError
from replay.store import pgurl
from replay.store.library import Library

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "docs" / "examples"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


# -- no password in an address (no server needed: refused before connecting) -----------


@pytest.mark.parametrize(
    "address",
    [
        "postgresql://ana:s3cret-pw@db.example.org/replay",
        "postgres://ana:s3cret-pw@db.example.org:5433/replay?sslmode=require",
        "postgresql://ana@db.example.org/replay?password=s3cret-pw",
        "host=db.example.org dbname=replay user=ana password=s3cret-pw",
        "postgresql://ana:s3cret-pw@[::1/broken",
    ],
)
def test_password_in_the_address_is_refused(address: str) -> None:
    result = run("sessions", "--db", address)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert "a password in the library address is refused" in result.stderr
    assert "service" in result.stderr
    assert "PGPASSFILE" in result.stderr
    assert "keyring" in result.stderr
    assert "s3cret-pw" not in result.output


def test_addresses_without_password_pass_the_check() -> None:
    for ok in (
        "postgresql://ana@db.example.org/replay?sslmode=verify-full&sslrootcert=/etc/ca.crt",
        "postgresql://?service=team",
        "service=team",
        "host=db.example.org dbname=replay user=ana",
    ):
        assert not pgurl.has_password(ok), ok


def test_keyring_key_names_user_host_port_db(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("PGUSER", "PGHOST", "PGPORT", "PGDATABASE"):
        monkeypatch.delenv(var, raising=False)
    assert pgurl.keyring_key("postgresql://ana@db.example.org:5433/replay") == (
        "ana@db.example.org:5433/replay"
    )
    monkeypatch.setenv("PGPORT", "6000")
    assert pgurl.keyring_key("host=db dbname=lib user=bo") == "bo@db:6000/lib"


# -- on the real server ----------------------------------------------------------------


def _password_role(pg_server: PgServer, name: str, password: str) -> None:
    with pg_server.admin() as conn:
        conn.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{password}' IN ROLE {PASSWORD_GROUP}")


@pytest.fixture
def no_password_sources(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No ~/.pgpass, service file or keyring of the machine's may help the test."""
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    monkeypatch.setenv("PGSERVICEFILE", str(tmp_path / "no-services"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setitem(sys.modules, "keyring", None)  # import keyring -> ImportError


@pytest.mark.full
def test_service_file_and_pgpass_give_the_password(
    pg_server: PgServer, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    no_password_sources: None,
) -> None:  # fmt: skip
    _password_role(pg_server, "pw_carol", "carol-Secret-1")
    dbname = pg_url.rsplit("/", 1)[1]
    with pg_server.admin() as conn:
        conn.execute(f'GRANT ALL ON DATABASE "{dbname}" TO pw_carol')
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("GRANT ALL ON SCHEMA public TO pw_carol")
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[team]\nhost=127.0.0.1\nport={pg_server.port}\ndbname={dbname}\nuser=pw_carol\n"
        "sslmode=require\n"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    # The server asks for a password and nothing gives one: one clear line.
    refused = run("sessions", "--db", "postgresql://?service=team")
    assert refused.exit_code == 1
    assert refused.stderr.count("\n") == 1
    assert "authentication failed" in refused.stderr
    # ~/.pgpass (here PGPASSFILE, mode 0600 as libpq demands) holds it.
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{pg_server.port}:{dbname}:pw_carol:carol-Secret-1\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    # The service file's sslmode=require is used too.
    with Library.open("postgresql://?service=team") as lib:  # creates the library
        row = lib.conn.execute(
            "SELECT ssl, current_user FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
        ).fetchone()
    assert row == (True, "pw_carol")
    listed = run("sessions", "--db", "postgresql://?service=team", "--json")
    assert listed.exit_code == 0, listed.output
    assert json.loads(listed.stdout) == []


@pytest.mark.full
def test_keyring_password_is_used_when_the_server_asks(
    pg_server: PgServer, pg_url: str, monkeypatch: pytest.MonkeyPatch,
    no_password_sources: None,
) -> None:  # fmt: skip
    _password_role(pg_server, "pw_dan", "dan-Secret-2")
    dbname = pg_url.rsplit("/", 1)[1]
    with pg_server.admin() as conn:
        conn.execute(f'GRANT ALL ON DATABASE "{dbname}" TO pw_dan')
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("GRANT ALL ON SCHEMA public TO pw_dan")
    url = pg_server.url(dbname, user="pw_dan")
    asked: list[tuple[str, str]] = []
    store: dict[tuple[str, str], str] = {}

    def get_password(service: str, user: str) -> str | None:
        asked.append((service, user))
        return store.get((service, user))

    # A stand-in for the optional `keyring` package (not a dependency of replay): the
    # same call, get_password(service, username), as keyring's API.
    fake = types.ModuleType("keyring")
    fake.get_password = get_password  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", fake)
    with pytest.raises(StoreError, match="authentication failed"):
        Library.open(url)
    key = f"pw_dan@127.0.0.1:{pg_server.port}/{dbname}"
    assert asked == [("replay", key)]
    store[("replay", key)] = "dan-Secret-2"
    with Library.open(url) as lib:
        assert lib.conn.execute("SELECT current_user").fetchone() == ("pw_dan",)
    # Nothing of the password reaches the library's name or messages.
    assert "dan-Secret-2" not in str(lib.path)


@pytest.mark.full
def test_tls_require_verify_full_and_wrong_ca(pg_server: PgServer, pg_url: str) -> None:
    assert pg_server.ca_cert is not None, pg_server.ssl_problem
    ssl_of_mine = "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
    with Library.open(pg_url + "?sslmode=require") as lib:
        assert lib.conn.execute(ssl_of_mine).fetchone() == (True,)
    good = pg_url + f"?sslmode=verify-full&sslrootcert={pg_server.ca_cert}"
    with Library.open(good) as lib:
        assert lib.conn.execute(ssl_of_mine).fetchone() == (True,)
    listed = run("sessions", "--db", good, "--json")
    assert listed.exit_code == 0, listed.output
    wrong = pg_url + f"?sslmode=verify-full&sslrootcert={pg_server.wrong_ca_cert}"
    refused = run("sessions", "--db", wrong)
    assert refused.exit_code == 1
    assert refused.stderr.count("\n") == 1
    assert "the server's TLS certificate was not accepted" in refused.stderr
    assert "certificate verify failed" in refused.stderr
    assert "Traceback" not in refused.output


def _statements(sql: str) -> list[str]:
    """The statements of a .sql file (comment lines dropped, split at ';' line ends)."""
    text = "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))
    return [s.strip() for s in text.split(";") if s.strip()]


@pytest.mark.full
def test_reviewer_role_tags_but_cannot_delete_sessions(
    pg_server: PgServer, rrweb_files: list[Path], tmp_path: Path
) -> None:
    # The documented SQL, verbatim: roles and database as superuser...
    with pg_server.admin() as conn:
        for statement in _statements((EXAMPLES / "postgresql-roles.sql").read_text()):
            conn.execute(statement)
    owner = pg_server.url("replay", user="replay_owner")
    ana = pg_server.url("replay", user="ana")
    # ...the owner brings the team's library in (creates the tables)...
    local = tmp_path / "mine.replay"
    imported = run("import", "--db", str(local), str(rrweb_files[0]), str(rrweb_files[3]))
    assert imported.exit_code == 0, imported.output
    copied = run("copy", "-q", str(local), owner)
    assert copied.exit_code == 0, copied.output
    # ...and grants the reviewers their rights.
    with psycopg.connect(owner, autocommit=True) as conn:
        for statement in _statements((EXAMPLES / "postgresql-grants.sql").read_text()):
            conn.execute(statement)
    # A reviewer reads and tags: add, edit, delete (soft), undo, done.
    listed = run("sessions", "--db", ana, "--json")
    assert listed.exit_code == 0, listed.output
    assert len(json.loads(listed.stdout)) == 2
    add = run("--reviewer", "ana", "tag", "add", "1", "--at", "1200", "--category", "other",
              "--note", "ปุ่มไม่ทำงาน", "--db", ana, "--json")  # fmt: skip
    assert add.exit_code == 0, add.output
    tag_id = str(json.loads(add.stdout)["id"])
    for args in (
        ("tag", "edit", tag_id, "--severity", "4"),
        ("tag", "delete", tag_id),
        ("tag", "undo"),
        ("--reviewer", "ana", "done", "1"),
        ("detect",),
        ("pages",),
        ("import", str(rrweb_files[5])),
    ):
        result = run(*args, "--db", ana)
        assert result.exit_code == 0, (args, result.output)
    # Deleting a session is refused: one line, no traceback, the session stays.
    refused = run("delete", "1", "--yes", "--db", ana)
    assert refused.exit_code == 1
    assert refused.stderr.count("\n") == 1
    assert "permission denied" in refused.stderr
    assert "Traceback" not in refused.output
    # The codebook stays with the owner too.
    codebook = run("codebook", "add", "ana_cat", "--label", "Ana's", "--db", ana)
    assert codebook.exit_code == 1
    assert "permission denied" in codebook.stderr
    blind = run("blind", "on", "--db", ana)
    assert blind.exit_code == 1
    assert "permission denied" in blind.stderr
    after = run("sessions", "--db", owner, "--json")
    assert [s["id"] for s in json.loads(after.stdout)] == [1, 2, 3]
    history = run("tag", "history", "1", "--db", owner)
    assert history.exit_code == 0
    assert history.stdout.count("ana") >= 3


def test_keyring_lookup_never_raises_and_can_be_switched_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = "postgresql://ana@db.example.org:5433/replay"
    fake = types.ModuleType("keyring")
    fake.get_password = lambda service, user: f"pw-for-{service}-{user}"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", fake)
    assert pgurl.keyring_password(url) == "pw-for-replay-ana@db.example.org:5433/replay"
    monkeypatch.setenv("REPLAY_KEYRING", "off")
    assert pgurl.keyring_password(url) is None
    monkeypatch.delenv("REPLAY_KEYRING")

    def locked(service: str, user: str) -> str:
        raise RuntimeError("No recommended backend was available")  # keyring's headless error

    fake.get_password = locked  # type: ignore[attr-defined]
    assert pgurl.keyring_password(url) is None
    monkeypatch.setitem(sys.modules, "keyring", None)  # not installed
    assert pgurl.keyring_password(url) is None
