"""A crash in the middle of a large import leaves the store whole: every row of the file or none.

``factbot import`` validates a large file in a child process while it stores the rows in one
transaction, dropping the secondary indexes and making them again at the end. The test kills
the import with SIGKILL, which no handler can catch, while the rows are being written, and
again once the child is done and the import is finishing (the last rows, the search index,
the indexes made again, the commit); then it opens the database as the next process would,
and finds no validating process left behind.

SQLite only: the child-process validation, the indexes dropped and made again, and the file's
integrity_check after SIGKILL are the SQLite import's own; on PostgreSQL (COPY into a staging
table, then one transaction) tests/e2e/test_replicas.py kills a replica mid-import.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable
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
# The import reaches either phase within some 10 s on a 2-core machine (its child validates
# 100,000 rows in about 5 s); leave room for a slow or busy one.
WRITE_PHASE_DEADLINE = 45.0
# A validating process whose import was killed exits as soon as it next hands on rows.
ORPHAN_DEADLINE = 10.0
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


def _writing(wal: Path, _children_seen: set[int], _children_now: set[int]) -> bool:
    return wal.exists() and wal.stat().st_size > WRITING_WAL_BYTES


def _finishing(_wal: Path, children_seen: set[int], children_now: set[int]) -> bool:
    return bool(children_seen) and not children_now


def _wait_for(
    phase: Callable[[Path, set[int], set[int]], bool],
    process: subprocess.Popen[bytes],
    wal: Path,
) -> set[int]:
    """Until the import is in ``phase``; the validating processes it started so far."""
    seen: set[int] = set()
    deadline = time.monotonic() + WRITE_PHASE_DEADLINE
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the import ended (exit {process.returncode}) before it was killed")
        now = _children(process.pid)
        seen |= now
        if phase(wal, seen, now):
            return seen
        time.sleep(0.02)
    process.kill()
    process.wait()
    pytest.fail(f"the import did not reach {phase.__name__} within {WRITE_PHASE_DEADLINE:.0f} s")


@pytest.mark.parametrize("phase", [_writing, _finishing], ids=["writing", "finishing"])
def test_a_killed_import_leaves_all_rows_or_none(
    tmp_path: Path, phase: Callable[[Path, set[int], set[int]], bool]
):
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

    children = _wait_for(phase, process, wal)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    # Had it finished between the last look and the kill, the exit code would be 0.
    assert process.returncode == -signal.SIGKILL
    assert children, "a file this large is validated by a child process"
    deadline = time.monotonic() + ORPHAN_DEADLINE
    while any(_running(child) for child in children):
        assert time.monotonic() < deadline, "the validating process outlived its import"
        time.sleep(0.05)
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        (count,) = conn.execute("SELECT count(*) FROM facts").fetchone()
        (imports,) = conn.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'import' AND actor LIKE 'cli%'"
        ).fetchone()
    assert (count, imports) in {(seeded, 0), (seeded + ROWS, 1)}
