"""A real, throw-away PostgreSQL server for the tests (Debian's ``postgresql`` package).

``PgServer.start()`` runs ``initdb`` and ``pg_ctl`` from the newest
``/usr/lib/postgresql/*/bin`` in a fresh temp folder, listening on a free 127.0.0.1 port
and on a unix socket in that folder. The folder is in ``/dev/shm`` (memory) when that is
a writable tmpfs with room to spare (:data:`RAM_FOLDER_MIN_FREE`), else in the usual temp
folder: the data are thrown away anyway, and on a disk ``CREATE DATABASE`` (a copy of its
template) takes ~0.3 s where in memory it takes ~0.03 s. PostgreSQL refuses to run as root, so when the tests
run as root both programs run as the ``postgres`` user through ``runuser -u postgres --``
(the temp folder then belongs to that user). Nothing is created silently: a missing
binary, user or ``runuser`` raises ``PgUnavailable`` with one line that says which.

The server is started once per test session (``initdb`` + start take about a second or
two here) and every test gets its own database (``CREATE DATABASE``, empty or a copy of
a ``template``: the tests' migrated library, so a test that needs an empty library does
not run the migrations).
``stop()`` (also registered with ``atexit``) stops it with ``pg_ctl -m immediate`` and
removes the folder, so no server outlives the tests.

TLS: the server has ``ssl=on`` with a self-signed certificate for ``localhost`` and
127.0.0.1 made by ``openssl`` in the temp folder (``ca_cert``), plus a second, unrelated
certificate (``wrong_ca_cert``) to check that ``sslmode=verify-full`` refuses it. Without
``openssl`` the server runs without TLS and ``ssl_problem`` says why.

Authentication: unix-socket and 127.0.0.1 connections are trusted, except roles in the
group ``replay_password_users`` (made at start), which must give a password over TCP
(scram-sha-256): tests of ``PGPASSFILE`` and the keyring use such a role.

``python tests/pgserver.py`` starts one, prints the superuser URL and waits for Enter.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "replay_test"
#: Free bytes ``/dev/shm`` must have for the server's folder to go there.
RAM_FOLDER_MIN_FREE = 2 << 30
PASSWORD_GROUP = "replay_password_users"
_RUN_AS = "postgres"


class PgUnavailable(RuntimeError):
    """No server could start here; the message says why in one line."""


def find_bindir() -> Path:
    """The newest Debian PostgreSQL ``bin`` folder (``REPLAY_PG_BINDIR`` overrides)."""
    forced = os.environ.get("REPLAY_PG_BINDIR")
    if forced:
        candidates = [Path(forced)]
    else:

        def version(p: Path) -> tuple[int, ...]:
            return tuple(int(x) for x in re.findall(r"\d+", p.parent.parent.name)) or (0,)

        candidates = sorted(
            (p.parent for p in Path("/usr/lib/postgresql").glob("*/bin/initdb")),
            key=lambda b: version(b / "initdb"),
            reverse=True,
        )
    for bindir in candidates:
        if (bindir / "initdb").is_file() and (bindir / "pg_ctl").is_file():
            return bindir
    raise PgUnavailable(
        "PostgreSQL server binaries not found (no /usr/lib/postgresql/*/bin/initdb and pg_ctl): "
        "install Debian's `postgresql` package (bash packaging/bootstrap.sh test does)"
    )


def _run_as_prefix() -> tuple[list[str], int | None, int | None]:
    """The command prefix and uid/gid to run the server as (root cannot run PostgreSQL)."""
    if os.geteuid() != 0:
        return [], None, None
    runuser = shutil.which("runuser") or (
        "/usr/sbin/runuser" if Path("/usr/sbin/runuser").exists() else None
    )
    if runuser is None:
        raise PgUnavailable(
            "tests run as root and PostgreSQL refuses root, but `runuser` (util-linux) is "
            "missing to start it as an unprivileged user"
        )
    try:
        entry = pwd.getpwnam(_RUN_AS)
    except KeyError:
        raise PgUnavailable(
            f"tests run as root and PostgreSQL refuses root, but there is no `{_RUN_AS}` user "
            "to start it as (Debian's `postgresql` package creates it; nothing was created here)"
        ) from None
    return [runuser, "-u", _RUN_AS, "--"], entry.pw_uid, entry.pw_gid


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _parent_folder() -> str | None:
    """``/dev/shm`` when it is a writable folder with room to spare, else None (temp folder)."""
    shm = Path("/dev/shm")
    try:
        free = shutil.disk_usage(shm).free
    except OSError:
        return None
    if shm.is_dir() and os.access(shm, os.W_OK | os.X_OK) and free >= RAM_FOLDER_MIN_FREE:
        return str(shm)
    return None


def _tail(path: Path, lines: int = 5) -> str:
    try:
        text = path.read_text(errors="replace").strip().splitlines()
    except OSError:
        return ""
    return " | ".join(text[-lines:])


@dataclass
class PgServer:
    """One running server; ``url(db)`` gives a libpq URL for the superuser."""

    bindir: Path
    folder: Path
    port: int = 0
    ca_cert: Path | None = None
    wrong_ca_cert: Path | None = None
    ssl_problem: str = ""
    startup_seconds: float = 0.0
    _prefix: list[str] = field(default_factory=list)
    _uid: int | None = None
    _gid: int | None = None
    _running: bool = False
    _counter: int = 0

    # -- life cycle ---------------------------------------------------------------------
    @classmethod
    def start(cls) -> PgServer:
        """Init and start a server in a new temp folder; raise PgUnavailable if it can't."""
        bindir = find_bindir()
        prefix, uid, gid = _run_as_prefix()
        folder = Path(tempfile.mkdtemp(prefix="replay-pg-", dir=_parent_folder()))
        server = cls(bindir=bindir, folder=folder, _prefix=prefix, _uid=uid, _gid=gid)
        try:
            if uid is not None and gid is not None:
                os.chown(folder, uid, gid)
            started = time.perf_counter()
            server._initdb()
            server._make_certificates()
            server._write_config()
            for attempt in range(3):
                server.port = _free_port()
                try:
                    server._pg_ctl_start()
                    break
                except PgUnavailable:
                    if attempt == 2 or "could not bind" not in _tail(server.log, 20):
                        raise
            with server.admin() as conn:  # the hba rule's group exists from the start
                conn.execute(f"CREATE ROLE {PASSWORD_GROUP} NOLOGIN")
            server.startup_seconds = time.perf_counter() - started
        except BaseException:
            server.stop()
            raise
        atexit.register(server.stop)
        return server

    @property
    def data(self) -> Path:
        """The cluster's data directory."""
        return self.folder / "data"

    @property
    def log(self) -> Path:
        """The server log (pg_ctl -l)."""
        return self.folder / "server.log"

    @property
    def socket_dir(self) -> Path:
        """The folder holding the unix socket ``.s.PGSQL.<port>``."""
        return self.folder

    def _run(self, args: list[str], what: str, timeout: float = 120) -> None:
        try:
            proc = subprocess.run(
                [*self._prefix, *args],
                cwd=self.folder,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PgUnavailable(f"{what} failed: {exc}") from None
        if proc.returncode != 0:
            detail = " | ".join((proc.stderr or proc.stdout).strip().splitlines()[-4:])
            log = _tail(self.log)
            raise PgUnavailable(
                f"{what} failed (exit {proc.returncode}): {detail}"
                + (f" | log: {log}" if log else "")
            )

    def _initdb(self) -> None:
        self._run(
            [
                str(self.bindir / "initdb"),
                "-D",
                str(self.data),
                "-U",
                SUPERUSER,
                "--auth=trust",
                "--encoding=UTF8",
                "--no-locale",
                "--no-sync",
                "--no-instructions",
            ],
            "initdb",
        )

    def _make_certificates(self) -> None:
        openssl = shutil.which("openssl")
        if openssl is None:
            self.ssl_problem = "openssl is not installed: the test server runs without TLS"
            return
        for name, cn in (("server", "localhost"), ("wrong_ca", "not-this-server")):
            crt, key = self.folder / f"{name}.crt", self.folder / f"{name}.key"
            try:
                subprocess.run(
                    [
                        openssl,
                        "req",
                        "-x509",
                        "-newkey",
                        "ec",
                        "-pkeyopt",
                        "ec_paramgen_curve:prime256v1",
                        "-nodes",
                        "-days",
                        "2",
                        "-subj",
                        f"/CN={cn}",
                        "-addext",
                        "subjectAltName=DNS:localhost,IP:127.0.0.1"
                        if name == "server"
                        else f"subjectAltName=DNS:{cn}",
                        "-keyout",
                        str(key),
                        "-out",
                        str(crt),
                    ],
                    capture_output=True,
                    text=True,
                    timeout=60,
                    check=True,
                )
            except (OSError, subprocess.SubprocessError) as exc:
                self.ssl_problem = f"openssl could not make a test certificate: {exc}"
                return
            key.chmod(0o600)
            crt.chmod(0o644)
            if self._uid is not None and self._gid is not None:
                os.chown(key, self._uid, self._gid)
                os.chown(crt, self._uid, self._gid)
        # The server's certificate is self-signed: it is its own CA.
        self.ca_cert = self.folder / "server.crt"
        self.wrong_ca_cert = self.folder / "wrong_ca.crt"

    def _write_config(self) -> None:
        conf = [
            "listen_addresses = '127.0.0.1'",
            f"unix_socket_directories = '{self.socket_dir}'",
            # Throw-away data: no durability needed, start and CREATE DATABASE are faster.
            "fsync = off",
            "synchronous_commit = off",
            "full_page_writes = off",
            "max_connections = 60",
            "shared_buffers = 32MB",
            "log_min_messages = warning",
        ]
        if self.ca_cert is not None:
            conf += [
                "ssl = on",
                f"ssl_cert_file = '{self.folder / 'server.crt'}'",
                f"ssl_key_file = '{self.folder / 'server.key'}'",
            ]
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as fh:
            fh.write("\n# replay tests\n" + "\n".join(conf) + "\n")
        hba = (
            "local all all trust\n"
            f"host all +{PASSWORD_GROUP} 127.0.0.1/32 scram-sha-256\n"
            "host all all 127.0.0.1/32 trust\n"
        )
        (self.data / "pg_hba.conf").write_text(hba, encoding="utf-8")

    def _pg_ctl_start(self) -> None:
        self._run(
            [
                str(self.bindir / "pg_ctl"),
                "-D",
                str(self.data),
                "-l",
                str(self.log),
                "-o",
                f"-p {self.port}",
                "-w",
                "-t",
                "60",
                "start",
            ],
            "pg_ctl start",
            timeout=90,
        )
        self._running = True

    def stop(self) -> None:
        """Stop the server (immediate) and remove its folder; safe to call twice."""
        if self._running:
            self._running = False
            with contextlib.suppress(PgUnavailable):
                self._run(
                    [
                        str(self.bindir / "pg_ctl"),
                        "-D",
                        str(self.data),
                        "-m",
                        "immediate",
                        "-w",
                        "stop",
                    ],
                    "pg_ctl stop",
                    timeout=60,
                )
        if self.folder.exists():
            shutil.rmtree(self.folder, ignore_errors=True)

    # -- connecting ---------------------------------------------------------------------
    def url(self, dbname: str = "postgres", user: str = SUPERUSER, **params: str) -> str:
        """A ``postgresql://`` URL over TCP to 127.0.0.1 (no password in it)."""
        query = "&".join(f"{k}={v}" for k, v in params.items())
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}" + (
            f"?{query}" if query else ""
        )

    def socket_url(self, dbname: str = "postgres", user: str = SUPERUSER) -> str:
        """A URL over the unix socket in the temp folder."""
        return f"postgresql://{user}@/{dbname}?host={self.socket_dir}&port={self.port}"

    def admin(self):  # type: ignore[no-untyped-def]  # psycopg is imported lazily
        """An autocommit superuser connection to the ``postgres`` database."""
        import psycopg

        return psycopg.connect(self.url(), autocommit=True)

    def create_database(self, prefix: str = "t", *, template: str | None = None) -> str:
        """CREATE DATABASE with a unique name; return that name.

        Empty (a copy of ``template0``, UTF-8), or a copy of the database ``template``
        (made by :meth:`make_template`).
        """
        self._counter += 1
        name = f"{prefix}_{os.getpid()}_{self._counter}"
        source = f'TEMPLATE "{template}"' if template else "TEMPLATE template0 ENCODING 'UTF8'"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" {source}')
        return name

    def make_template(self, name: str) -> None:
        """Make the database ``name`` a template: no one may connect to it any more.

        ``CREATE DATABASE ... TEMPLATE`` refuses a template someone is connected to, so
        a test can neither change the template nor block the next copy by connecting.
        """
        with self.admin() as conn:
            conn.execute(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false')

    def drop_database(self, name: str) -> None:
        """DROP DATABASE ... WITH (FORCE): ends connections a test left open."""
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":  # pragma: no cover - a manual helper
    srv = PgServer.start()
    print(f"started in {srv.startup_seconds:.2f} s: {srv.url()}  (socket {srv.socket_url()})")
    try:
        input("Enter stops it ")
    finally:
        srv.stop()
