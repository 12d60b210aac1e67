"""A real PostgreSQL server for the tests: started from the installed server binaries on a Unix
socket in a temporary directory, with no TCP port, once per test session.

PostgreSQL refuses to run as root, and CI runs the tests as root: then the server runs as the
``postgres`` system user (through ``runuser``), and its directories belong to that user. Where no
server binaries exist, :func:`find_server_binaries` finds none and the tests that need a server
are skipped (``.ci/run`` installs them).
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import psycopg
from psycopg import sql

__all__ = ["NOT_INSTALLED", "PostgresServer", "find_server_binaries", "running_server"]

NOT_INSTALLED = (
    "no PostgreSQL server binaries (initdb, pg_ctl) found; .ci/run installs them "
    "(apt-get install postgresql)"
)
# Where Debian's packages put each major version's server binaries, side by side.
DEBIAN_ROOT = Path("/usr/lib/postgresql")
# The role the tests connect as: initdb makes it the superuser, and trust lets any local user
# of this machine connect as it over the socket (the socket's directory is private).
SUPERUSER = "postgres"
# The server's settings for throwaway databases: durability traded for speed, nothing on TCP.
_SETTINGS = {
    "listen_addresses": "''",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "40",
    "shared_buffers": "'32MB'",
    "log_min_messages": "warning",
    "wal_level": "minimal",
    "max_wal_senders": "0",
}


def find_server_binaries(debian_root: Path = DEBIAN_ROOT) -> Path | None:
    """The directory holding ``initdb`` and ``pg_ctl``, or None where the server is not installed.

    ``pg_config --bindir`` comes with the client's development files and may name a directory
    without the server in it (libpq-dev alone), so the binaries themselves are looked for.
    """
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config is not None:
        found = subprocess.run(
            [pg_config, "--bindir"], capture_output=True, text=True, check=False
        ).stdout.strip()
        if found:
            candidates.append(Path(found))
    # The newest version first.
    candidates += sorted(debian_root.glob("*/bin"), key=_major, reverse=True)
    for directory in candidates:
        if (directory / "initdb").is_file() and (directory / "pg_ctl").is_file():
            return directory
    return None


def _major(bindir: Path) -> int:
    version = bindir.parent.name
    return int(version) if version.isdigit() else 0


@dataclass
class PostgresServer:
    """A running server of the tests: its socket directory and how to reach a database on it."""

    socket_dir: Path
    data_dir: Path
    port: int = 5432

    def url(self, database: str = "postgres") -> str:
        """A ``postgresql://`` URL of ``database`` on this server, through its Unix socket."""
        host = quote(str(self.socket_dir), safe="")
        return f"postgresql://{SUPERUSER}@/{database}?host={host}&port={self.port}"

    @contextmanager
    def fresh_database(self) -> Iterator[str]:
        """A new empty database (from template0) as a URL, dropped afterwards."""
        name = f"test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as admin:
            admin.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(
                    sql.Identifier(name)
                )
            )
        try:
            yield self.url(name)
        finally:
            with psycopg.connect(self.url(), autocommit=True) as admin:
                # FORCE: a test that failed may have left a connection open.
                admin.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )


def _as_server_user(command: Sequence[str], owner: str | None) -> list[str]:
    # runuser (util-linux) switches user without a password or a login shell; root only.
    return ["runuser", "-u", owner, "--", *command] if owner else list(command)


def _server_owner() -> str | None:
    """The system user the server must run as: None (ourselves) unless we are root."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(SUPERUSER)
    except KeyError as missing:
        raise RuntimeError(
            "the tests run as root and there is no 'postgres' system user to run the "
            "PostgreSQL server as; .ci/run's apt-get install postgresql creates it"
        ) from missing
    return SUPERUSER


def _run(command: list[str], what: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{what} failed ({done.returncode}): {done.stderr or done.stdout}")


@contextmanager
def running_server(
    bindir: Path, settings: Mapping[str, str] | None = None
) -> Iterator[PostgresServer]:
    """Initialise a cluster in a new temporary directory, start it, and stop and remove it on
    leaving, whatever happened in between; ``settings`` replace the tests' own (the benchmark
    runs a durable server, as an operator would)."""
    owner = _server_owner()
    # Not pytest's tmp_path: its parents are private to the user running pytest, so the
    # postgres user could not reach a directory inside them.
    root = Path(tempfile.mkdtemp(prefix="factbot-pg-"))
    data, sockets, log = root / "data", root / "sockets", root / "server.log"
    sockets.mkdir()
    if owner is not None:
        entry = pwd.getpwnam(owner)
        for path in (root, sockets):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    started = False
    try:
        _run(
            _as_server_user(
                [
                    str(bindir / "initdb"),
                    "--pgdata",
                    str(data),
                    "--username",
                    SUPERUSER,
                    "--auth",
                    "trust",
                    "--encoding",
                    "UTF8",
                    "--locale",
                    "C.UTF-8",
                    "--no-sync",
                    "--no-instructions",
                ],
                owner,
            ),
            "initdb",
        )
        chosen = _SETTINGS | dict(settings or {}) | {"unix_socket_directories": f"'{sockets}'"}
        conf = "".join(f"{name} = {value}\n" for name, value in chosen.items())
        # initdb made the file (as the server's user); root may append to it.
        with (data / "postgresql.conf").open("a", encoding="utf-8") as file:
            file.write(conf)
        _run(
            _as_server_user(
                [
                    str(bindir / "pg_ctl"),
                    "start",
                    "--wait",
                    "--pgdata",
                    str(data),
                    "--log",
                    str(log),
                    "--silent",
                ],
                owner,
            ),
            "pg_ctl start",
        )
        started = True
        yield PostgresServer(socket_dir=sockets, data_dir=data)
    finally:
        try:
            if started:
                # immediate: the databases are throwaway, and nothing waits for a checkpoint.
                _run(
                    _as_server_user(
                        [
                            str(bindir / "pg_ctl"),
                            "stop",
                            "--wait",
                            "--pgdata",
                            str(data),
                            "--mode",
                            "immediate",
                            "--silent",
                        ],
                        owner,
                    ),
                    "pg_ctl stop",
                )
        finally:
            shutil.rmtree(root, ignore_errors=True)
