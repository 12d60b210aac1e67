"""The running bot's own backups: every FACTBOT_BACKUP_EVERY hours into FACTBOT_BACKUP_DIR,
keeping the newest FACTBOT_BACKUP_KEEP.

When: at start if the folder's newest backup is EVERY hours old or more (or there is none),
else once it is; then every EVERY hours. The times come from the backups' names, so a bot that
restarts, even in a loop, takes no more backups than one that runs on. A backup that fails is
logged and tried again after EVERY hours or 10 minutes, whichever is sooner; the bot goes on.

It is a task of its own beside the Application, not one of python-telegram-bot's jobs: those
run only once Telegram has been reached, and a bot riding out an outage should still be backed
up. Each copy runs in a worker thread, so the event loop goes on answering while it is made.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from pathlib import Path

import structlog

from storage import BackupFailed
from storage.backup import Backup, backup_store
from storage.backup_names import backup_time, backups_in, new_backup_path, prune_backups

__all__ = ["BackupSchedule"]

log = structlog.get_logger(__name__)

# The longest wait before a failed backup is tried again.
_RETRY = dt.timedelta(minutes=10)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class BackupSchedule:
    """Backs the store at ``store`` up into ``folder`` every ``every``, keeping ``keep``."""

    def __init__(self, store: Path, folder: Path, every: dt.timedelta, keep: int) -> None:
        self.store = store
        self.folder = folder
        self.every = every
        self.keep = keep
        self._stop = asyncio.Event()
        # Seen by the worker thread: a copy under way is abandoned at its next step.
        self._stopping = threading.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Start taking backups, in the running event loop."""
        self._task = asyncio.create_task(self._run(), name="factbot-backups")

    async def stop(self) -> None:
        """Stop: a backup under way is abandoned within milliseconds, leaving no file."""
        self._stopping.set()
        self._stop.set()
        if self._task is not None:
            await self._task

    async def _run(self) -> None:
        wait = await asyncio.to_thread(self._first_due_in)
        log.info(
            "backups_scheduled",
            folder=str(self.folder),
            every_h=self.every.total_seconds() / 3600,
            keep=self.keep,
            first_in_s=round(wait),
        )
        loop = asyncio.get_running_loop()
        while not await self._stopped_within(wait):
            began = loop.time()
            if await self._take():
                wait = max(0.0, began + self.every.total_seconds() - loop.time())
            else:
                wait = min(self.every, _RETRY).total_seconds()

    async def _stopped_within(self, seconds: float) -> bool:
        """Whether ``stop`` is called within ``seconds``."""
        if self._stop.is_set():
            return True
        try:
            await asyncio.wait_for(self._stop.wait(), timeout=seconds)
        except TimeoutError:
            return False
        return True

    async def _take(self) -> bool:
        """Take one backup and prune the folder; whether the backup was written."""
        retry_in_s = round(min(self.every, _RETRY).total_seconds())
        try:
            written, removed = await asyncio.to_thread(self._back_up)
        except (BackupFailed, OSError) as error:
            if not self._stopping.is_set():
                # No traceback: the reason is the line, and the bot goes on.
                log.warning(
                    "backup_failed",
                    folder=str(self.folder),
                    reason=str(error),
                    retry_in_s=retry_in_s,
                )
            return False
        except Exception:
            # Not a reason we know: its traceback, and still the bot goes on.
            log.exception("backup_failed", folder=str(self.folder), retry_in_s=retry_in_s)
            return False
        log.info(
            "backup_written",
            path=str(written.path),
            facts=written.facts,
            size_bytes=written.size,
            seconds=round(written.seconds, 3),
            removed=[path.name for path in removed],
        )
        return True

    def _back_up(self) -> tuple[Backup, list[Path]]:
        """In a worker thread: one backup, then the folder pruned to the newest ``keep``."""
        self.folder.mkdir(parents=True, exist_ok=True)
        written = backup_store(
            self.store, new_backup_path(self.folder, _now()), stopping=self._stopping
        )
        return written, prune_backups(self.folder, self.keep)

    def _first_due_in(self) -> float:
        """Seconds until the first backup: none if the newest in the folder is EVERY old."""
        try:
            ours = backups_in(self.folder)
        except BackupFailed:
            # An unreadable folder: the backup itself will fail, and say why.
            ours = []
        newest = backup_time(ours[-1]) if ours else None
        if newest is None:
            return 0.0
        age = _now() - newest
        # A newest backup named in the future (the clock was set back) waits no longer than EVERY.
        return min(max(0.0, (self.every - age).total_seconds()), self.every.total_seconds())
