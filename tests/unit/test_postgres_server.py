"""The tests' own PostgreSQL server (tests/postgres.py): found where installed, stopped and
removed however a session ends."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from tests.postgres import find_server_binaries, running_server


def _fake_server(bindir: Path) -> None:
    bindir.mkdir(parents=True)
    for name in ("initdb", "pg_ctl"):
        (bindir / name).write_text("#!/bin/sh\n")


def test_finds_the_newest_installed_server_or_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """No pg_config on the PATH and nothing under Debian's folder: none, so the tests that
    need a server are skipped; a client's bindir without the server in it does not count."""
    monkeypatch.setenv("PATH", str(tmp_path / "no-such-bin"))
    debian = tmp_path / "postgresql"
    assert find_server_binaries(debian) is None
    (debian / "17" / "bin").mkdir(parents=True)  # a client package alone: no initdb
    assert find_server_binaries(debian) is None
    _fake_server(debian / "9" / "bin")
    _fake_server(debian / "15" / "bin")
    assert find_server_binaries(debian) == debian / "15" / "bin"


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has exited


class _TestFailed(Exception):
    """What a failing test raises through the server's context."""


def _fail_while_running(bindir: Path) -> tuple[int, Path]:
    """Start a server, check it answers, then fail: its postmaster's pid and its files."""
    seen: list[tuple[int, Path]] = []
    try:
        with running_server(bindir) as server:
            with psycopg.connect(server.url()) as conn:
                assert conn.execute("SELECT 1").fetchone() == (1,)
            pid = int((server.data_dir / "postmaster.pid").read_text().split()[0])
            assert _alive(pid)
            seen.append((pid, server.data_dir.parent))
            raise _TestFailed
    except _TestFailed:
        return seen[0]
    raise AssertionError("the failure did not come through")


def test_a_failing_session_still_stops_its_server_and_removes_its_files():
    bindir = find_server_binaries()
    if bindir is None:
        pytest.skip("no PostgreSQL server binaries; .ci/run installs them")
    pid, files = _fail_while_running(bindir)
    assert not _alive(pid)
    assert not files.exists()
