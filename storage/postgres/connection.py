"""Reaching the PostgreSQL server: the schema brought up to date, then a pool of connections."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg_pool import AsyncConnectionPool, PoolTimeout

from storage.errors import StoreUnavailable
from storage.postgres.migrate import apply_migrations
from storage.postgres.urls import shown

__all__ = ["POOL_SIZE", "SESSION_OPTIONS", "connect_migrated", "one_line", "open_pool"]

# Connections one store (one process) holds at most: readers and writers together.
POOL_SIZE = 8
# Seconds to wait for the server at start, and for a free connection afterwards.
_CONNECT_TIMEOUT = 10
# Every connection reads and writes moments in UTC, as the SQLite store keeps them. And none
# runs a statement on parallel workers: the bot's reads are short index walks, and starting
# two workers cost 10 ms of a rare word's 14 ms /search at 1,000,000 facts, where the planner
# had guessed 3,617 matches for 18 (benchmarks/RESULTS.md, issue 15); the bot's concurrent
# updates keep the cores busy anyway.
SESSION_OPTIONS = "-c timezone=UTC -c max_parallel_workers_per_gather=0"
_SESSION: dict[str, Any] = {"options": SESSION_OPTIONS, "connect_timeout": _CONNECT_TIMEOUT}


def one_line(error: BaseException) -> str:
    """libpq's message on one line: it adds hints on lines of their own."""
    return "; ".join(line.strip() for line in str(error).splitlines() if line.strip())


async def connect_migrated(url: str) -> psycopg.AsyncConnection[Any]:
    """One connection (autocommit) to the database at ``url``, its schema brought up to date
    (under its advisory lock); the caller closes it.

    Raises:
        StoreUnavailable: the server cannot be reached or refuses the connection.
        SchemaError: the database is newer than this version, not UTF-8, or a step failed.
    """
    try:
        conn = await psycopg.AsyncConnection.connect(url, autocommit=True, **_SESSION)
    except psycopg.Error as error:
        # libpq's messages name the host and user, never the password.
        raise StoreUnavailable(
            f"cannot open the PostgreSQL store {shown(url)}: {one_line(error)}"
        ) from None
    try:
        await apply_migrations(conn)
    except psycopg.Error as error:
        await conn.close()
        raise StoreUnavailable(
            f"cannot open the PostgreSQL store {shown(url)}: {one_line(error)}"
        ) from None
    except BaseException:
        await conn.close()
        raise
    return conn


async def open_pool(url: str) -> AsyncConnectionPool[psycopg.AsyncConnection[Any]]:
    """Bring the schema up to date (under its advisory lock), then open a pool of connections.

    Raises:
        StoreUnavailable: the server cannot be reached or refuses the connection.
        SchemaError: the database is newer than this version, not UTF-8, or a step failed.
    """
    conn = await connect_migrated(url)
    await conn.close()
    pool: AsyncConnectionPool[psycopg.AsyncConnection[Any]] = AsyncConnectionPool(
        url,
        min_size=1,
        max_size=POOL_SIZE,
        kwargs=_SESSION,
        timeout=_CONNECT_TIMEOUT,
        open=False,
        name="factbot",
    )
    try:
        await pool.open(wait=True, timeout=_CONNECT_TIMEOUT)
    except PoolTimeout:
        await pool.close()
        raise StoreUnavailable(
            f"cannot open the PostgreSQL store {shown(url)}: no connection within "
            f"{_CONNECT_TIMEOUT} s"
        ) from None
    return pool
