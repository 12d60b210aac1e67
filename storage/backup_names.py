"""The backups in a folder: how each is named, which is newest, and pruning to the newest N.

A backup is named for the UTC time it was taken, ``factbot-20250131-021500.sqlite3`` (then
``-2``, ``-3`` … if two are taken within a second). Only files named so are ever counted or
removed: whatever else shares the folder is left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from storage.errors import BackupFailed

__all__ = ["backup_time", "backups_in", "new_backup_path", "prune_backups"]

_NAME = re.compile(r"^factbot-(\d{8}-\d{6})(?:-(\d+))?\.sqlite3$")
_TIME = "%Y%m%d-%H%M%S"


def _order(path: Path) -> tuple[dt.datetime, int] | None:
    """When the backup was taken, and its number within that second; None if not ours."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        taken = dt.datetime.strptime(match[1], _TIME).replace(tzinfo=dt.UTC)
    except ValueError:
        # Digits in our shape that are no time ("factbot-20251399-…"): someone else's file.
        return None
    return taken, int(match[2] or 1)


def backup_time(path: Path) -> dt.datetime | None:
    """The UTC time the backup at ``path`` was taken, read from its name; None if not ours."""
    order = _order(path)
    return None if order is None else order[0]


def backups_in(folder: Path) -> list[Path]:
    """Our backups in ``folder``, oldest first; none if the folder does not exist."""
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    except OSError as error:
        raise BackupFailed(f"cannot list the folder {folder}: {error.strerror}") from error
    ours = [(order, path) for path in entries if (order := _order(path)) and path.is_file()]
    return [path for _, path in sorted(ours)]


def new_backup_path(folder: Path, at: dt.datetime) -> Path:
    """A name in ``folder`` for a backup taken at ``at``, after any other of that second.

    Numbered after the highest of that second, not into a gap pruning left: the newest
    backup must sort last.
    """
    stamp = at.astimezone(dt.UTC).strftime(_TIME)
    numbers = [
        order[1]
        for path in folder.glob(f"factbot-{stamp}*")
        if (order := _order(path)) is not None
    ]
    if not numbers:
        return folder / f"factbot-{stamp}.sqlite3"
    return folder / f"factbot-{stamp}-{max(numbers) + 1}.sqlite3"


def prune_backups(folder: Path, keep: int) -> list[Path]:
    """Remove all but the newest ``keep`` of our backups in ``folder``; the paths removed.

    Raises:
        ValueError: ``keep`` is less than 1 (the newest backup is never removed).
        BackupFailed: the folder cannot be listed, or an old backup cannot be removed.
    """
    if keep < 1:
        raise ValueError(f"keep must be 1 or more, not {keep}")
    old = backups_in(folder)[:-keep]
    for path in old:
        try:
            path.unlink(missing_ok=True)
        except OSError as error:
            raise BackupFailed(f"cannot remove the old backup {path}: {error.strerror}") from error
    return old
