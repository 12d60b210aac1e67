"""SIGTERM to ``factbot run`` (as ``docker stop`` sends it) in the middle of a curator's import.

The bot stops taking updates, lets the import finish within FACTBOT_STOP_GRACE or rolls it back
whole, closes the database and exits 0 within Docker's 10 seconds. The test checks the exit
code, the log lines and the data, for an import that commits within the default grace and one
that is still being written when a short grace ends: on SQLite, then on PostgreSQL.
"""

from __future__ import annotations

import asyncio
import json
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from bot.handlers.admin import IMPORT_MAX_BYTES
from bot.handlers.errors import WRITE_STOPPED
from storage import load_seed
from tests.e2e.conftest import ADMIN_ID
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.processes import FACTBOT, factbot_env
from tests.factories import crossings_csv
from tests.raw_database import RawDatabase

pytestmark = pytest.mark.both_backends

# A small import commits within the default grace; a large one, still being written when a
# 0.2 s grace ends, is rolled back.
SMALL, LARGE = 3_000, 20_000
# Uncommitted pages reach the WAL once they outgrow SQLite's page cache: a WAL this large means
# the import's transaction is being written, and is far from done.
WRITING_WAL_BYTES = 256 * 1024
# On PostgreSQL: a transaction of another session that has written (it has an id) and is not
# done; after the file's download, only the import writes.
_WRITING_ON_POSTGRESQL = """
SELECT count(*) FROM pg_stat_activity
WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL
"""
DOCKER_STOP_TIMEOUT_S = 10


def _import_file(rows: int) -> bytes:
    data = crossings_csv(rows, publisher="Stop Test Daily")
    assert len(data) <= IMPORT_MAX_BYTES
    return data


def _facts_in(database: RawDatabase) -> int:
    if database.backend == "sqlite":
        # The file whole after the stop: SQLite's own check (PostgreSQL's server keeps its own).
        assert database.execute("PRAGMA integrity_check") == [("ok",)]
    return int(database.execute("SELECT count(*) FROM facts")[0][0])


async def _wait_for_download(process: asyncio.subprocess.Process, api: FakeBotApi) -> None:
    """Until the bot has asked for the file: the import's update is in hand."""
    deadline = time.monotonic() + 60
    while not api.sent("getFile"):
        assert process.returncode is None, "the bot exited before it took the import"
        assert time.monotonic() < deadline, "the bot did not ask for the file within 60 s"
        await asyncio.sleep(0.01)


def _writing(database: RawDatabase, db_path: Path) -> bool:
    """The import's transaction is being written (and is far from done, on SQLite)."""
    if database.backend == "postgresql":
        return bool(database.execute(_WRITING_ON_POSTGRESQL)[0][0])
    wal = db_path.with_name(db_path.name + "-wal")
    return wal.exists() and wal.stat().st_size > WRITING_WAL_BYTES


async def _wait_for_writing(
    process: asyncio.subprocess.Process, database: RawDatabase, db_path: Path
) -> None:
    deadline = time.monotonic() + 60
    while not await asyncio.to_thread(_writing, database, db_path):
        assert process.returncode is None, "the bot exited before the import was written"
        assert time.monotonic() < deadline, "the import did not start writing within 60 s"
        await asyncio.sleep(0.01)


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    ("rows", "grace", "committed"),
    [(SMALL, {}, True), (LARGE, {"FACTBOT_STOP_GRACE": "0.2"}, False)],
    ids=["commits-within-the-default-grace", "rolls-back-after-a-short-grace"],
)
async def test_sigterm_during_an_import_stores_all_or_none_and_exits_0_in_time(
    api: FakeBotApi,
    bot_env: dict[str, str],
    db_path: Path,
    database: RawDatabase,
    rows: int,
    grace: dict[str, str],
    committed: bool,
):
    env = factbot_env(
        {**bot_env, **grace, "FACTBOT_LOG_FORMAT": "json", "FACTBOT_LOG_LEVEL": "DEBUG"}
    )
    process = await asyncio.create_subprocess_exec(
        str(FACTBOT), "run", env=env, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    output = asyncio.create_task(process.communicate())
    try:
        document = api.add_file(_import_file(rows), file_name="facts.csv", mime_type="text/csv")
        api.message_update("", document=document, chat_id=ADMIN_ID, user_id=ADMIN_ID)
        await _wait_for_download(process, api)
        if not committed:
            # After the download: the store is written while it is migrated at start, too.
            await _wait_for_writing(process, database, db_path)
        process.send_signal(signal.SIGTERM)
        signalled = time.monotonic()
        stdout, stderr = await asyncio.wait_for(output, timeout=60)
        stopped_in = time.monotonic() - signalled
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()

    assert process.returncode == 0
    assert stopped_in < DOCKER_STOP_TIMEOUT_S
    logs = stdout.decode() + stderr.decode()
    assert api.token not in logs
    lines: list[dict[str, Any]] = [json.loads(line) for line in logs.splitlines()]
    events = [line["event"] for line in lines]
    assert events.index("stop_requested") < events.index("bot_stopping")
    assert events[-1] == "bot_stopped"
    (handled,) = [line for line in lines if line["event"] == "update_handled"]
    assert handled["outcome"] == ("ok" if committed else "error")
    (reply,) = api.sent("sendMessage")
    seeded = len(load_seed())
    if committed:
        assert _facts_in(database) == seeded + rows
        assert str(reply.params["text"]) == f"Imported: {rows:,} facts added, 0 already present."
        assert "stop_grace_over" not in events
    else:
        assert _facts_in(database) == seeded
        assert str(reply.params["text"]) == WRITE_STOPPED
        assert "stop_grace_over" in events
