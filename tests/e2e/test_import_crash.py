"""A crash in the middle of a large import leaves the store whole: every row of the file or none.

``factbot import`` validates the whole file, then stores it in one transaction. The test kills
the process with SIGKILL while that transaction is being written, which no handler can catch,
and then opens the database as the next process would.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import time
from contextlib import closing
from pathlib import Path

import pytest

from storage import load_seed, open_seeded_store
from tests.e2e.processes import FACTBOT, factbot_env
from tests.factories import write_crossings

ROWS = 100_000
# Uncommitted pages reach the WAL file once they outgrow SQLite's page cache (2 MB by default):
# a WAL this large holds part of the import's transaction, which is far from done.
WRITING_WAL_BYTES = 256 * 1024
# Validating 100,000 rows takes about 10 s on a 2-core machine, and filling the page cache
# another 6; leave room for a slow or busy one.
WRITE_PHASE_DEADLINE = 45.0
# Long quotes fill the page cache in a few thousand rows, so the WAL grows within seconds.
_QUOTE = "The border service reported the number of people who crossed that day. " * 7


def _write_rows(path: Path) -> None:
    """100,000 valid facts, all new to the store: they differ by their figure."""
    with path.open("w", encoding="utf-8", newline="") as out:
        write_crossings(out, ROWS, publisher="Crash Test Daily", quote_tail=" " + _QUOTE)


def _seeded(db: Path) -> int:
    async def seed() -> int:
        store = await open_seeded_store(db)
        async with store:
            return await store.count_facts()

    return asyncio.run(seed())


def _wait_for_write_phase(process: subprocess.Popen[bytes], wal: Path) -> None:
    deadline = time.monotonic() + WRITE_PHASE_DEADLINE
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the import ended (exit {process.returncode}) before it was killed")
        if wal.exists() and wal.stat().st_size > WRITING_WAL_BYTES:
            return
        time.sleep(0.02)
    process.kill()
    process.wait()
    pytest.fail(f"the import did not start writing within {WRITE_PHASE_DEADLINE:.0f} s")


def test_a_killed_import_leaves_all_rows_or_none(tmp_path: Path):
    db = tmp_path / "facts.db"
    seeded = _seeded(db)
    assert seeded == len(load_seed())
    rows = tmp_path / "facts.csv"
    _write_rows(rows)
    wal = db.with_name(db.name + "-wal")
    # The seeding connection closed last, so SQLite checkpointed and removed its WAL.
    assert not wal.exists() or wal.stat().st_size == 0
    process = subprocess.Popen(
        [str(FACTBOT), "import", str(rows)],
        cwd=tmp_path,
        env=factbot_env({"FACTBOT_DB_PATH": str(db)}),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    _wait_for_write_phase(process, wal)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    # Had it finished between the last look and the kill, the exit code would be 0.
    assert process.returncode == -signal.SIGKILL
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        (count,) = conn.execute("SELECT count(*) FROM facts").fetchone()
        (imports,) = conn.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'import' AND actor LIKE 'cli%'"
        ).fetchone()
    assert (count, imports) in {(seeded, 0), (seeded + ROWS, 1)}
