"""A consistent copy of the fact store, taken while the bot reads and writes it.

The copy is made with SQLite's online backup API from one read transaction held open from the
first page to the last. In WAL mode (every factbot store is) a reader never blocks a writer, so
curators go on committing while the copy is made, and the copy is the store as it was when the
transaction began: every fact committed before it, none after, none half-written. The pages
are copied in steps, so a stopping bot can abandon a long backup between two steps; without the
held transaction each step would see the writes made since the last one and start over, and a
busy curator would keep a backup from ever finishing.

The copy is written to a hidden file beside the destination, checked with
``PRAGMA integrity_check`` and only then given its name: a backup that fails or is killed never
leaves a half-written file where a good one is expected.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from storage.database import BUSY_TIMEOUT_MS
from storage.errors import BackupFailed, BackupRefused

__all__ = ["ABANDONED", "Backup", "backup_store"]

# Pages copied in one step (4 MB of 4 KB pages): a stop is noticed within milliseconds.
_PAGES_PER_STEP = 1024
# SQLite VM steps between two looks at the stop flag while the copy is checked.
_STOP_CHECK_STEPS = 10_000

ABANDONED = "the bot is stopping; the backup was abandoned"

# The files SQLite keeps beside a database, which are as much the store as the store itself.
_COMPANIONS = ("", "-wal", "-shm", "-journal")

# Tables a factbot store has whatever its schema version.
_STORE_TABLES = {"facts", "schema_migrations"}


@dataclass(frozen=True)
class Backup:
    """A backup written: where, how large, how many facts it holds, and how long it took."""

    path: Path
    size: int  # bytes
    facts: int
    seconds: float


def backup_store(
    store: Path, destination: Path, stopping: threading.Event | None = None
) -> Backup:
    """Copy the store at ``store`` to the new file ``destination``, and check the copy.

    Blocks while it copies: call it in a thread of its own from async code.

    Args:
        store: the fact store's database file (FACTBOT_DB_PATH).
        destination: the backup's file; its folder must exist, and it must not.
        stopping: once set, the backup is abandoned at its next step.

    Returns:
        What was written.

    Raises:
        BackupRefused: ``destination`` is taken, is the store, or its folder is missing or not
            writable.
        BackupFailed: the store cannot be read or is no factbot store, the copy could not be
            written or failed its integrity check, or ``stopping`` was set. Nothing is left
            under ``destination``'s name.
    """
    started = time.monotonic()
    if not store.is_file():
        raise BackupFailed(f"the database {store} does not exist")
    _check_destination(store, destination)
    try:
        descriptor, name = tempfile.mkstemp(
            prefix=f".{destination.name}.", suffix=".partial", dir=destination.parent
        )
    except OSError as error:
        raise BackupRefused(f"cannot write in {destination.parent}: {error.strerror}") from error
    os.close(descriptor)
    partial = Path(name)
    try:
        facts = _copy(store, partial, stopping)
        # Readable by whoever may read the store (a temporary file is private to its owner).
        partial.chmod(store.stat().st_mode & 0o777)
        _place(partial, destination)
    finally:
        partial.unlink(missing_ok=True)
    return Backup(
        path=destination,
        size=destination.stat().st_size,
        facts=facts,
        seconds=time.monotonic() - started,
    )


def _check_destination(store: Path, destination: Path) -> None:
    target = destination.resolve()
    for companion in _COMPANIONS:
        if target == store.resolve().with_name(store.resolve().name + companion):
            what = "the store itself" if not companion else f"the store's own {companion} file"
            raise BackupRefused(f"{destination} is {what}; back it up to another file")
    if destination.is_dir():
        raise BackupRefused(f"{destination} is a folder; give the backup a file name")
    if destination.exists() or destination.is_symlink():
        raise BackupRefused(f"{destination} already exists; a backup never replaces a file")
    folder = destination.parent
    if not folder.is_dir():
        raise BackupRefused(f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BackupRefused(f"the folder {folder} is not writable")


def _copy(store: Path, partial: Path, stopping: threading.Event | None) -> int:
    """Copy the store into ``partial`` from one snapshot, check it; how many facts it holds."""
    halt = stopping or threading.Event()
    try:
        # mode=ro: a backup never creates, migrates or writes the store.
        source = sqlite3.connect(
            f"{store.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
        )
    except sqlite3.Error as error:
        raise BackupFailed(f"cannot open the database {store}: {error}") from error
    try:
        target = sqlite3.connect(partial, isolation_level=None)
        try:
            _copy_snapshot(store, source, target, halt)
            return _check_copy(store, target, halt)
        finally:
            target.close()
    finally:
        source.close()


def _copy_snapshot(
    store: Path, source: sqlite3.Connection, target: sqlite3.Connection, halt: threading.Event
) -> None:
    def step(_status: int, _remaining: int, _total: int) -> None:
        if halt.is_set():
            raise BackupFailed(ABANDONED)

    try:
        source.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # The read transaction, held from here to the last page, is the snapshot copied.
        source.execute("BEGIN")
        tables = {row[0] for row in source.execute("SELECT name FROM sqlite_schema")}
    except sqlite3.DatabaseError as error:
        raise BackupFailed(f"cannot read the database {store}: {error}") from error
    if not tables >= _STORE_TABLES:
        raise BackupFailed(f"{store} is not a factbot store: it has no facts table")
    try:
        source.backup(target, pages=_PAGES_PER_STEP, progress=step)
        source.execute("COMMIT")
        # The copy carries the store's WAL mode; a backup is one self-contained file.
        target.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.Error as error:
        raise BackupFailed(f"cannot back up {store}: {error}") from error


def _check_copy(store: Path, target: sqlite3.Connection, halt: threading.Event) -> int:
    """PRAGMA integrity_check of the copy; how many facts it holds if it passes."""
    # The check reads the whole copy: a stop must be able to cut it short too.
    target.set_progress_handler(lambda: int(halt.is_set()), _STOP_CHECK_STEPS)
    try:
        problems = [row[0] for row in target.execute("PRAGMA integrity_check")]
        if problems == ["ok"]:
            return int(target.execute("SELECT count(*) FROM facts").fetchone()[0])
    except sqlite3.DatabaseError as error:
        if halt.is_set():
            raise BackupFailed(ABANDONED) from error
        # A page too damaged to walk stops the check itself: the copy fails it all the same.
        problems = [str(error)]
    raise BackupFailed(f"the copy of {store} failed its integrity check: {problems[0]}")


def _place(partial: Path, destination: Path) -> None:
    """Give the checked copy its name, never replacing a file that took the name meanwhile."""
    try:
        # A hard link fails if the name is taken, where a rename would replace the file.
        destination.hardlink_to(partial)
    except FileExistsError:
        raise BackupRefused(
            f"{destination} appeared while the backup was written; it was left alone"
        ) from None
    except OSError:
        # A file system without hard links: the check before the copy is all there is.
        if destination.exists():
            raise BackupRefused(f"{destination} already exists; it was left alone") from None
        partial.replace(destination)
    # The name reaches the disk with the folder: a backup announced survives a power cut.
    folder = os.open(destination.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)
