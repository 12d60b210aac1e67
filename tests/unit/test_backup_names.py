"""Backups' names in a folder: new names never taken, newest by name, pruning only our own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from storage.backup_names import backup_time, backups_in, new_backup_path, prune_backups

AT = dt.datetime(2025, 1, 31, 2, 15, 0, tzinfo=dt.UTC)


def _touch(folder: Path, *names: str) -> None:
    for name in names:
        (folder / name).write_bytes(b"x")


def _names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_a_new_name_is_the_utc_time_and_sorts_after_the_others_of_its_second(tmp_path: Path):
    kyiv = dt.timezone(dt.timedelta(hours=2))
    assert new_backup_path(tmp_path, AT.astimezone(kyiv)) == (
        tmp_path / "factbot-20250131-021500.sqlite3"
    )
    _touch(tmp_path, "factbot-20250131-021500.sqlite3", "factbot-20250131-021500-2.sqlite3")
    assert new_backup_path(tmp_path, AT).name == "factbot-20250131-021500-3.sqlite3"
    assert backup_time(tmp_path / "factbot-20250131-021500-3.sqlite3") == AT
    # Pruning left only the 7th of that second: the next is the 8th, never a freed name.
    for name in ("factbot-20250131-021500.sqlite3", "factbot-20250131-021500-2.sqlite3"):
        (tmp_path / name).unlink()
    _touch(tmp_path, "factbot-20250131-021500-7.sqlite3")
    assert new_backup_path(tmp_path, AT).name == "factbot-20250131-021500-8.sqlite3"


def test_backups_are_listed_oldest_first_and_only_ours(tmp_path: Path):
    ours = [
        "factbot-20241231-235959.sqlite3",
        "factbot-20250131-021500.sqlite3",
        "factbot-20250131-021500-2.sqlite3",
        "factbot-20250131-021500-10.sqlite3",
        "factbot-20250201-000000.sqlite3",
    ]
    foreign = [
        "facts.db",
        "notes.txt",
        "factbot-20250131.sqlite3",
        "factbot-20251399-000000.sqlite3",  # no such date
        "factbot-20250131-021500.sqlite3.bak",
        ".factbot-20250131-021500.sqlite3.abcd.partial",
    ]
    _touch(tmp_path, *reversed(ours), *foreign)
    (tmp_path / "factbot-20300101-000000.sqlite3").mkdir()  # a folder, not a backup
    assert [path.name for path in backups_in(tmp_path)] == ours
    assert backups_in(tmp_path / "missing") == []
    assert backup_time(tmp_path / "notes.txt") is None


def test_pruning_keeps_the_newest_and_never_touches_other_files(tmp_path: Path):
    ours = [f"factbot-2025010{day}-120000.sqlite3" for day in range(1, 8)]
    foreign = ["facts.db", "factbot-latest.sqlite3", ".factbot-x.sqlite3.partial", "README"]
    _touch(tmp_path, *ours, *foreign)
    removed = prune_backups(tmp_path, keep=3)
    assert [path.name for path in removed] == ours[:4]
    assert _names(tmp_path) == sorted([*ours[4:], *foreign])
    assert prune_backups(tmp_path, keep=3) == []
    assert prune_backups(tmp_path, keep=10) == []
    assert _names(tmp_path) == sorted([*ours[4:], *foreign])


def test_pruning_to_fewer_than_one_is_refused(tmp_path: Path):
    _touch(tmp_path, "factbot-20250101-120000.sqlite3")
    with pytest.raises(ValueError, match="keep must be 1 or more, not 0"):
        prune_backups(tmp_path, keep=0)
    assert _names(tmp_path) == ["factbot-20250101-120000.sqlite3"]
