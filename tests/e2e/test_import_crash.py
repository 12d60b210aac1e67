"""A crash in the middle of a large import leaves the store whole: every row of the file or none.

``factbot import`` validates a large file in a child process while it stores the rows in one
transaction, dropping the secondary indexes and making them again at the end. The test kills
the import with SIGKILL, which no handler can catch, while the rows are being written, and
again once the child is done and the import is finishing (the last rows, the search index,
the indexes made again, the commit); then it opens the database as the next process would,
and finds no validating process left behind. On SQLite, then on PostgreSQL (whose import
goes in by COPY in one transaction, the server rolling it back when its client dies).
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from storage import load_seed
from storage.backends import open_store
from tests.e2e.processes import FACTBOT, factbot_env
from tests.factories import write_crossings
from tests.raw_database import RawDatabase

pytestmark = pytest.mark.both_backends

ROWS = 100_000
# Uncommitted pages reach the WAL file once they outgrow SQLite's page cache (2 MB by default):
# a WAL this large holds part of the import's transaction, which is far from done.
WRITING_WAL_BYTES = 256 * 1024
# On PostgreSQL: a transaction of another session that has written (it has an id); the store
# was migrated and seeded before the import started, so only the import writes.
_WRITING_ON_POSTGRESQL = """
SELECT count(*) FROM pg_stat_activity
WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL
"""
# The import reaches either phase within some 10 s on a 2-core machine (its child validates
# 100,000 rows in about 5 s; the finishing case took 16 s in all, run alone). Inside a whole
# CI run, sharing both cores with the other test worker, the finishing phase twice took more
# than 45 s: the wait is for a phase, not a speed target, so it leaves room for a busy machine.
WRITE_PHASE_DEADLINE = 180.0
# A validating process whose import was killed exits as soon as it next hands on rows.
ORPHAN_DEADLINE = 10.0
# Long quotes fill the page cache in a few thousand rows, so the WAL grows within seconds.
_QUOTE = "The border service reported the number of people who crossed that day. " * 7


def _write_rows(path: Path) -> None:
    """100,000 valid facts, all new to the store: they differ by their figure."""
    with path.open("w", encoding="utf-8", newline="") as out:
        write_crossings(out, ROWS, publisher="Crash Test Daily", quote_tail=" " + _QUOTE)


def _seeded(db: Path, database: RawDatabase) -> int:
    url = database.where if database.backend == "postgresql" else None

    async def seed() -> int:
        store = await open_store(db, url, seeded=True)
        async with store:
            return await store.count_facts()

    return asyncio.run(seed())


def _children(pid: int) -> set[int]:
    """The processes ``pid`` started (from any of its threads) that are still running."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(child) for child in (task / "children").read_text().split()}
        except OSError:
            continue  # the thread ended meanwhile
    return {child for child in found if _running(child)}


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended, whoever reaps it


def _writing(where: RawDatabase, children_seen: set[int], _children_now: set[int]) -> bool:
    # The import's transaction may write (on PostgreSQL, take an id) before it starts its
    # validating process: the writing phase begins once both are under way.
    if not children_seen:
        return False
    if where.backend == "postgresql":
        return bool(where.execute(_WRITING_ON_POSTGRESQL)[0][0])
    wal = Path(where.where + "-wal")
    return wal.exists() and wal.stat().st_size > WRITING_WAL_BYTES


def _finishing(_where: RawDatabase, children_seen: set[int], children_now: set[int]) -> bool:
    return bool(children_seen) and not children_now


def _wait_for(
    phase: Callable[[RawDatabase, set[int], set[int]], bool],
    process: subprocess.Popen[bytes],
    database: RawDatabase,
) -> set[int]:
    """Until the import is in ``phase``; the validating processes it started so far."""
    seen: set[int] = set()
    deadline = time.monotonic() + WRITE_PHASE_DEADLINE
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the import ended (exit {process.returncode}) before it was killed")
        now = _children(process.pid)
        seen |= now
        if phase(database, seen, now):
            return seen
        time.sleep(0.02)
    process.kill()
    process.wait()
    pytest.fail(f"the import did not reach {phase.__name__} within {WRITE_PHASE_DEADLINE:.0f} s")


@pytest.mark.timeout(WRITE_PHASE_DEADLINE + 120)
@pytest.mark.parametrize("phase", [_writing, _finishing], ids=["writing", "finishing"])
def test_a_killed_import_leaves_all_rows_or_none(
    tmp_path: Path,
    db_path: Path,
    database: RawDatabase,
    phase: Callable[[RawDatabase, set[int], set[int]], bool],
):
    seeded = _seeded(db_path, database)
    assert seeded == len(load_seed())
    rows = tmp_path / "facts.csv"
    _write_rows(rows)
    wal = db_path.with_name(db_path.name + "-wal")
    # The seeding connection closed last, so SQLite checkpointed and removed its WAL.
    assert not wal.exists() or wal.stat().st_size == 0
    env = {"FACTBOT_DB_PATH": str(db_path)}
    if database.backend == "postgresql":
        env["FACTBOT_DATABASE_URL"] = database.where
    process = subprocess.Popen(
        [str(FACTBOT), "import", str(rows)],
        cwd=tmp_path,
        env=factbot_env(env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    children = _wait_for(phase, process, database)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    # Had it finished between the last look and the kill, the exit code would be 0.
    assert process.returncode == -signal.SIGKILL
    assert children, "a file this large is validated by a child process"
    deadline = time.monotonic() + ORPHAN_DEADLINE
    while any(_running(child) for child in children):
        assert time.monotonic() < deadline, "the validating process outlived its import"
        time.sleep(0.05)
    if database.backend == "sqlite":
        # The file whole as the next process opens it: SQLite's own check.
        assert database.execute("PRAGMA integrity_check") == [("ok",)]
    ((count,),) = database.execute("SELECT count(*) FROM facts")
    ((imports,),) = database.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'import' AND actor LIKE 'cli%'"
    )
    assert (count, imports) in {(seeded, 0), (seeded + ROWS, 1)}
