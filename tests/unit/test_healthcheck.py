"""``factbot healthcheck`` on a good, a missing, an old and a corrupted database file, and on
a polling bot's heartbeat: fresh, stale or missing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from storage import FactStore
from tests.commands import run_factbot
from tests.factories import make_draft

FACTBOT = Path(sys.executable).parent / "factbot"


def _scribble_over_pages(db: Path) -> None:
    """Overwrite pages after the header, as a failing disk might."""
    data = bytearray(db.read_bytes())
    for offset in range(8192, min(len(data), 40960)):
        data[offset] = 0xFF
    db.write_bytes(bytes(data))


def _healthcheck(db: Path, **settings: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTBOT_")}
    return subprocess.run(
        [str(FACTBOT), "healthcheck"],
        env={**env, "FACTBOT_DB_PATH": str(db), **settings},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


async def test_a_good_database_and_a_fresh_heartbeat_are_healthy(db_path: Path):
    async with await FactStore.open(db_path):
        pass
    # Where the bot beats by default: beside the database.
    db_path.with_name(db_path.name + ".heartbeat").touch()
    result = _healthcheck(db_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "ok\n", "")


async def test_a_good_database_without_a_heartbeat_is_a_bot_not_receiving_updates(db_path: Path):
    async with await FactStore.open(db_path):
        pass
    result = _healthcheck(db_path)
    heartbeat = db_path.with_name(db_path.name + ".heartbeat")
    assert result.returncode == 1
    assert result.stderr.startswith(
        f"unhealthy: no heartbeat at {heartbeat}: the bot is not running, or Telegram has not "
        "answered its getUpdates since it started"
    )


async def test_a_stale_heartbeat_is_reported_with_its_age(db_path: Path, tmp_path: Path):
    async with await FactStore.open(db_path):
        pass
    heartbeat = tmp_path / "elsewhere.heartbeat"
    heartbeat.touch()
    a_minute_ago = time.time() - 60
    os.utime(heartbeat, (a_minute_ago, a_minute_ago))
    fresh_enough = _healthcheck(
        db_path, FACTBOT_HEARTBEAT_PATH=str(heartbeat), FACTBOT_HEARTBEAT_MAX_AGE="90"
    )
    assert (fresh_enough.returncode, fresh_enough.stdout) == (0, "ok\n")
    result = _healthcheck(db_path, FACTBOT_HEARTBEAT_PATH=str(heartbeat))
    assert result.returncode == 1
    assert result.stderr.startswith("unhealthy: the bot last heard from Telegram 6")
    assert result.stderr.endswith(
        "s ago (more than FACTBOT_HEARTBEAT_MAX_AGE=45 s): it is not receiving updates\n"
    )


def test_a_missing_database_is_reported_and_not_created(tmp_path: Path):
    db = tmp_path / "none.db"
    result = _healthcheck(db)
    assert result.returncode == 1
    assert result.stderr == f"unhealthy: the database {db} does not exist\n"
    assert not db.exists()


async def test_an_old_schema_is_reported(db_path: Path):
    async with await FactStore.open(db_path):
        pass
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM schema_migrations WHERE version > 2")
    result = _healthcheck(db_path)
    assert result.returncode == 1
    assert "is at schema version 2, not " in result.stderr


async def test_a_corrupted_database_is_reported(db_path: Path):
    async with await FactStore.open(db_path) as store:
        await store.add_facts(
            [make_draft(figure={"qualifier": "exact", "value": n}) for n in range(500)], by="t"
        )
    _scribble_over_pages(db_path)
    result = _healthcheck(db_path)
    assert result.returncode == 1
    assert result.stderr.startswith("unhealthy: ")
    assert "Traceback" not in result.stderr


def test_not_a_database_is_reported(tmp_path: Path):
    db = tmp_path / "text.db"
    db.write_text("hello " * 1000, encoding="utf-8")
    result = _healthcheck(db)
    assert result.returncode == 1
    assert "is not a database" in result.stderr


def test_store_only_checks_the_database_without_a_running_bot(tmp_path: Path):
    """A backup or a restored store is checked alone; without the flag no bot answers."""
    db = tmp_path / "facts.db"
    assert run_factbot("ask", "/help", cwd=tmp_path, db=db).returncode == 0
    alone = run_factbot("healthcheck", "--store-only", cwd=tmp_path, db=db)
    assert (alone.returncode, alone.stdout) == (0, "ok\n")
    bot = run_factbot("healthcheck", cwd=tmp_path, db=db)
    assert bot.returncode == 1
    assert "no heartbeat" in bot.stderr
    missing = run_factbot("healthcheck", "--store-only", cwd=tmp_path, db=tmp_path / "no.db")
    assert missing.returncode == 1
    assert "does not exist" in missing.stderr
