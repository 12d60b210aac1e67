"""``factbot run`` with FACTBOT_BACKUP_DIR: the running bot backs its store up by itself, keeps
the newest FACTBOT_BACKUP_KEEP, goes on answering meanwhile, and a failing backup stops nothing.

FACTBOT_BACKUP_EVERY takes fractions of an hour: 0.0003 hours (about a second) lets a test see
several backups and the pruning.

SQLite only, but for the last test: these backups are SQLite's online backup of
FACTBOT_DB_PATH, each checked with SQLite's integrity_check; a PostgreSQL store is backed up
with the server's own tools (README, "PostgreSQL"), and the bot on one says so and takes none.
"""

from __future__ import annotations

import asyncio
import json
import signal
import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from storage import load_seed
from storage.backup_names import backups_in
from tests.e2e.fake_bot_api import FakeBotApi
from tests.e2e.processes import FACTBOT, factbot_env

EVERY_HOURS = "0.0003"


def _check(db: Path) -> tuple[str, int]:
    with closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        (check,) = conn.execute("PRAGMA integrity_check").fetchone()
        (facts,) = conn.execute("SELECT count(*) FROM facts").fetchone()
    return check, facts


async def _run_until(
    env: dict[str, str], done: Any, api: FakeBotApi, within: float = 60
) -> tuple[int | None, list[dict[str, Any]]]:
    """``factbot run`` until ``done()``, answering a /flows meanwhile; its exit code and log."""
    process = await asyncio.create_subprocess_exec(
        str(FACTBOT), "run", env=factbot_env(env),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    output = asyncio.create_task(process.communicate())
    try:
        api.message_update("/flows kz")
        await api.wait_for("sendMessage", timeout=30)
        deadline = time.monotonic() + within
        while not done():
            assert process.returncode is None, "the bot exited"
            assert time.monotonic() < deadline, "not done within the time given"
            await asyncio.sleep(0.05)
        api.message_update("/flows kz")
        await api.wait_for("sendMessage", count=2, timeout=30)
        process.send_signal(signal.SIGTERM)
        stdout, stderr = await asyncio.wait_for(output, timeout=20)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    logs = (stdout + stderr).decode()
    return process.returncode, [json.loads(line) for line in logs.splitlines()]


def _seconds_of_running(seconds: float) -> Any:
    """A ``done`` for ``_run_until`` that is true ``seconds`` after it is first asked, once the
    bot has answered: counted from before the process started, a slow start on a busy machine
    ate the time the retry needed."""
    started: list[float] = []

    def done() -> bool:
        if not started:
            started.append(time.monotonic())
        return time.monotonic() - started[0] > seconds

    return done


def _events(lines: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    return [line for line in lines if line["event"] == name]


async def test_the_running_bot_backs_up_every_period_keeping_the_newest(
    api: FakeBotApi, bot_env: dict[str, str], tmp_path: Path
):
    folder = tmp_path / "backups"
    env = {
        **bot_env,
        "FACTBOT_LOG_FORMAT": "json",
        "FACTBOT_BACKUP_DIR": str(folder),
        "FACTBOT_BACKUP_EVERY": EVERY_HOURS,
        "FACTBOT_BACKUP_KEEP": "2",
    }
    seen: set[str] = set()

    def four_taken() -> bool:
        seen.update(path.name for path in backups_in(folder))
        return len(seen) >= 4

    code, lines = await _run_until(env, four_taken, api)

    assert code == 0
    assert lines[-1]["event"] == "bot_stopped"
    (scheduled,) = _events(lines, "backups_scheduled")
    assert (scheduled["first_in_s"], scheduled["keep"]) == (0, 2)
    written = _events(lines, "backup_written")
    assert len(written) >= 4
    assert sum(len(line["removed"]) for line in written) == len(written) - 2
    assert not _events(lines, "backup_failed")
    kept = backups_in(folder)
    assert [path.name for path in kept] == [Path(line["path"]).name for line in written[-2:]]
    for path in kept:
        assert _check(path) == ("ok", len(load_seed()))
    assert sorted(path.name for path in folder.iterdir()) == [path.name for path in kept]


async def test_a_backup_that_fails_is_logged_and_the_bot_goes_on(
    api: FakeBotApi, bot_env: dict[str, str], tmp_path: Path
):
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    env = {
        **bot_env,
        "FACTBOT_LOG_FORMAT": "json",
        "FACTBOT_BACKUP_DIR": str(tmp_path / "a-file" / "backups"),
        "FACTBOT_BACKUP_EVERY": EVERY_HOURS,
    }
    # A couple of seconds: a failure at start, and a retry about a second after it.
    code, lines = await _run_until(env, _seconds_of_running(2.5), api)
    assert code == 0
    failed = _events(lines, "backup_failed")
    assert len(failed) >= 2
    assert failed[0]["level"] == "warning"
    assert "Not a directory" in failed[0]["reason"]
    assert "exception" not in failed[0]
    assert lines[-1]["event"] == "bot_stopped"


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
async def test_on_postgresql_the_bot_takes_no_backup_and_says_so_once(
    api: FakeBotApi, bot_env: dict[str, str], tmp_path: Path
):
    folder = tmp_path / "backups"
    env = {
        **bot_env,
        "FACTBOT_LOG_FORMAT": "json",
        "FACTBOT_BACKUP_DIR": str(folder),
        "FACTBOT_BACKUP_EVERY": EVERY_HOURS,
    }
    # Long enough for two backups had it been SQLite (one at start, one about a second later).
    code, lines = await _run_until(env, _seconds_of_running(2.5), api)
    assert code == 0
    (warning,) = _events(lines, "backups_not_taken")
    assert warning["level"] == "warning"
    assert not _events(lines, "backups_scheduled")
    assert not _events(lines, "backup_written")
    assert not folder.exists()
    assert lines[-1]["event"] == "bot_stopped"
