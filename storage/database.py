"""Opening the SQLite database with the pragmas every connection needs, and transactions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import aiosqlite

from storage.errors import StoreUnavailable

__all__ = ["BUSY_TIMEOUT_MS", "READER_PRAGMAS", "WRITER_PRAGMAS", "open_database"]

# Long enough to wait out another process's write (an import from the CLI) without erroring.
BUSY_TIMEOUT_MS = 5000

_COMMON_PRAGMAS = (f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}", "PRAGMA foreign_keys = ON")
READER_PRAGMAS = (*_COMMON_PRAGMAS, "PRAGMA query_only = ON")
WRITER_PRAGMAS = (
    *_COMMON_PRAGMAS,
    # WAL lets readers go on while a curator's write is under way.
    "PRAGMA journal_mode = WAL",
    # WAL with NORMAL keeps every committed transaction across a process crash.
    "PRAGMA synchronous = NORMAL",
)


async def open_database(path: Path, *, read_only: bool = False) -> aiosqlite.Connection:
    """Open (and create, with its folder) the database at ``path``.

    Connections are in autocommit mode: the migrations and the readers use them; writes go
    through ``storage.writer``.

    Args:
        path: the database file.
        read_only: refuse writes on this connection (``query_only``), for readers.

    Returns:
        An open aiosqlite connection with WAL, foreign keys and a busy timeout.

    Raises:
        StoreUnavailable: the file cannot be opened or created.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = await aiosqlite.connect(path, isolation_level=None)
    except (OSError, sqlite3.Error) as error:
        raise StoreUnavailable(f"cannot open the database {path}: {error}") from error
    try:
        for pragma in READER_PRAGMAS if read_only else WRITER_PRAGMAS:
            await conn.execute(pragma)
    except sqlite3.Error as error:
        await conn.close()
        raise StoreUnavailable(f"cannot use the database {path}: {error}") from error
    return conn
