"""The running bot's BackupSchedule on a real store: when it backs up, what it keeps, and that a
failing backup is logged and the schedule goes on."""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
from collections.abc import MutableMapping
from contextlib import closing
from pathlib import Path
from typing import Any

from structlog.testing import capture_logs

from bot.backups import BackupSchedule
from storage import FactStore
from storage.backup_names import backups_in, new_backup_path
from tests.factories import make_draft

# Short enough for a test to see several backups; the settings allow fractions of an hour.
EVERY = dt.timedelta(seconds=0.4)


def _integrity(db: Path) -> str:
    with closing(sqlite3.connect(db)) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def _events(logs: list[MutableMapping[str, Any]], name: str) -> list[MutableMapping[str, Any]]:
    return [line for line in logs if line["event"] == name]


async def _until(condition: Any, within: float = 30.0) -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "not within the time given"
        await asyncio.sleep(0.05)


async def test_backs_up_at_start_then_every_period_keeping_the_newest(
    store: FactStore, tmp_path: Path
):
    folder = tmp_path / "backups" / "made-by-the-bot"
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / "notes.txt").write_text("not ours", encoding="utf-8")
    schedule = BackupSchedule(store.path, folder, every=EVERY, keep=2)
    with capture_logs() as logs:
        schedule.start()
        try:
            await _until(lambda: len(_events(logs, "backup_written")) >= 4)
        finally:
            await schedule.stop()
    (scheduled,) = _events(logs, "backups_scheduled")
    assert scheduled["first_in_s"] == 0
    written = _events(logs, "backup_written")
    assert [len(line["removed"]) for line in written[:2]] == [0, 0]
    assert all(len(line["removed"]) == 1 for line in written[2:])
    kept = backups_in(folder)
    assert len(kept) == 2
    assert [path.name for path in kept] == [Path(line["path"]).name for line in written[-2:]]
    assert all(_integrity(path) == "ok" for path in kept)
    assert (tmp_path / "backups" / "notes.txt").exists()
    assert not _events(logs, "backup_failed")


async def test_a_recent_backup_puts_the_first_off_until_it_is_a_period_old(
    store: FactStore, tmp_path: Path
):
    """A restarted bot takes no backup at start when the newest is younger than EVERY."""
    folder = tmp_path / "backups"
    folder.mkdir()
    new_backup_path(folder, dt.datetime.now(dt.UTC)).write_bytes(b"a recent backup")
    schedule = BackupSchedule(store.path, folder, every=dt.timedelta(hours=24), keep=7)
    with capture_logs() as logs:
        schedule.start()
        await _until(lambda: bool(_events(logs, "backups_scheduled")))
        await schedule.stop()
    (scheduled,) = _events(logs, "backups_scheduled")
    assert 24 * 3600 - 5 <= scheduled["first_in_s"] <= 24 * 3600
    assert len(backups_in(folder)) == 1


async def test_a_failing_backup_is_logged_and_tried_again(store: FactStore, tmp_path: Path):
    """A folder that cannot be made (its parent is a file): a warning with the reason, no
    traceback, and the schedule goes on trying until it is stopped."""
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    folder = tmp_path / "a-file" / "backups"
    schedule = BackupSchedule(store.path, folder, every=dt.timedelta(seconds=0.2), keep=1)
    with capture_logs() as logs:
        schedule.start()
        try:
            await _until(lambda: len(_events(logs, "backup_failed")) >= 2)
        finally:
            await schedule.stop()
    failed = _events(logs, "backup_failed")
    assert failed[0]["log_level"] == "warning"
    assert "Not a directory" in failed[0]["reason"]
    assert failed[0]["retry_in_s"] == 0
    assert "exc_info" not in failed[0]


async def test_stopping_before_the_first_is_due_takes_none(store: FactStore, tmp_path: Path):
    folder = tmp_path / "backups"
    folder.mkdir()
    new_backup_path(folder, dt.datetime.now(dt.UTC)).write_bytes(b"a recent backup")
    schedule = BackupSchedule(store.path, folder, every=dt.timedelta(seconds=30), keep=7)
    with capture_logs() as logs:
        schedule.start()
        await _until(lambda: bool(_events(logs, "backups_scheduled")))
        await schedule.stop()
    assert not _events(logs, "backup_written")
    assert len(backups_in(folder)) == 1


def _partial_in(folder: Path) -> bool:
    return folder.is_dir() and any(path.suffix == ".partial" for path in folder.iterdir())


def _names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


async def test_stopping_during_a_backup_abandons_it_and_leaves_nothing(
    store: FactStore, tmp_path: Path
):
    """The bot stopping mid-copy does not wait for the copy, nor leave half of it behind."""
    quote = " ".join(["word"] * 190)
    await store.add_facts(
        [
            make_draft(quote=f"{n}: {quote}", figure={"qualifier": "exact", "value": n})
            for n in range(10_000)
        ],
        by="test",
    )
    folder = tmp_path / "backups"
    schedule = BackupSchedule(store.path, folder, every=dt.timedelta(hours=1), keep=7)
    with capture_logs() as logs:
        schedule.start()
        try:
            await _until(lambda: _partial_in(folder), within=60)
        finally:
            await schedule.stop()
    assert _names(folder) == []
    assert not _events(logs, "backup_written")
    assert not _events(logs, "backup_failed")
