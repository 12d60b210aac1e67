"""The one connection that writes, in a thread of its own, one whole transaction at a time.

A transaction runs start to finish in that thread: it is committed whole or rolled back whole,
even when the coroutine that asked for it is cancelled (the bot stopping mid-import), and a
bulk import costs one thread hop, not one per statement.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from storage.database import WRITER_PRAGMAS
from storage.errors import InvalidFact, StoreUnavailable, WriteFailed, WriteStopped
from storage.words import say

__all__ = ["Writer"]

_Result = TypeVar("_Result")

# How many SQLite VM steps run between two looks at the stop flag: often enough that a stop
# ends a long import within milliseconds, rarely enough to cost nothing measurable.
_STOP_CHECK_STEPS = 1000

STOPPED = say("the bot is stopping, so this change was not made; send it again once it is back")


def _connect(path: Path, stopping: threading.Event) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in WRITER_PRAGMAS:
        conn.execute(pragma)
    # A non-zero answer makes SQLite abandon the statement; the transaction then rolls back.
    conn.set_progress_handler(lambda: int(stopping.is_set()), _STOP_CHECK_STEPS)
    return conn


class Writer:
    """Runs write transactions on the database at ``path``, in order, in one thread."""

    def __init__(
        self,
        path: Path,
        executor: ThreadPoolExecutor,
        conn: sqlite3.Connection,
        stopping: threading.Event,
    ):
        self.path = path
        self._executor = executor
        self._conn = conn
        self._stopping = stopping

    @classmethod
    async def open(cls, path: Path) -> Writer:
        """Connect in the writer's own thread (sqlite3 connections stay in their thread).

        Raises:
            StoreUnavailable: the database cannot be opened for writing.
        """
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="factbot-writer")
        stopping = threading.Event()
        try:
            conn = await asyncio.get_running_loop().run_in_executor(
                executor, _connect, path, stopping
            )
        except sqlite3.Error as error:
            executor.shutdown(wait=False)
            raise StoreUnavailable(f"cannot write to {path}: {error}") from error
        return cls(path, executor, conn, stopping)

    def stop_writes(self) -> None:
        """Roll back the transaction under way and refuse any new one: the bot is stopping.

        Safe to call from any thread; the rolled-back write's caller gets WriteStopped.
        """
        self._stopping.set()

    async def run(self, work: Callable[[sqlite3.Connection], _Result]) -> _Result:
        """Run ``work`` in one IMMEDIATE transaction; commit if it returns, else roll back.

        Raises:
            InvalidFact: a constraint of the schema refused the write.
            WriteFailed: the database could not be written (read-only, locked, full); nothing
                of the transaction is stored.
        """

        def transaction() -> _Result:
            if self._stopping.is_set():
                raise WriteStopped(STOPPED)
            # IMMEDIATE takes the write lock up front: a busy database waits here, not mid-way.
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                result = work(self._conn)
            except BaseException:
                self._conn.rollback()
                raise
            self._conn.commit()
            return result

        try:
            return await asyncio.get_running_loop().run_in_executor(self._executor, transaction)
        except sqlite3.IntegrityError as error:
            raise InvalidFact(
                say("the store refused the fact: {error}", error=str(error))
            ) from error
        except sqlite3.Error as error:
            if self._stopping.is_set():
                raise WriteStopped(STOPPED) from error
            raise WriteFailed(f"cannot write to {self.path}: {error}") from error

    async def close(self) -> None:
        """Finish the transaction under way, then close the connection and the thread."""
        await asyncio.get_running_loop().run_in_executor(self._executor, self._conn.close)
        self._executor.shutdown(wait=True)
