"""The PostgreSQL store's access to its database: one pool for reads and writes, each write
one transaction, and the stop that rolls back what is under way.

Writes to the facts or the metrics first take one transaction-level advisory lock
(``FACT_WRITES_LOCK``): they run one at a time over the database, from any replica, as
SQLite's one writer does.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, TypeVar

import psycopg
from psycopg_pool import AsyncConnectionPool, PoolTimeout

from storage.errors import InvalidFact, StoreUnavailable, WriteFailed, WriteStopped
from storage.models import Fact
from storage.postgres.connection import one_line
from storage.postgres.sql import named
from storage.postgres.writes import FACT_WRITES_LOCK
from storage.queries import COLUMNS, fact_from_row
from storage.words import say
from storage.writer import STOPPED

__all__ = ["Connection", "PoolAccess", "fact_of"]

Connection = psycopg.AsyncConnection[Any]
_Result = TypeVar("_Result")
# A page's statements (storage.pages) walk one index from a cursor and stop at a LIMIT, the
# same plan whatever the country or source. PostgreSQL plans a statement psycopg prepared
# afresh for its parameters until a plan made without them looks as cheap, and for a busy
# country (many rows to stop early in) it never does: each /flows then spent about 3 ms
# planning its two walks and 0.3 ms running them (benchmarks/RESULTS.md, issue 15). Kept
# plans, for these statements only: a search's or a question's best plan does depend on its
# words.
_PAGE_PLANS = "SET LOCAL plan_cache_mode = force_generic_plan"


def fact_of(row: Sequence[Any]) -> Fact:
    """A row of storage.queries.SELECT_FACTS as a Fact."""
    return fact_from_row(dict(zip(COLUMNS, row, strict=True)))


class PoolAccess:
    """Reads and write transactions on one pool of connections to one database."""

    def __init__(self, pool: AsyncConnectionPool[Connection], where: str) -> None:
        self._pool = pool
        # The database's URL without its password: what messages name.
        self.where = where
        self._stopping = False
        self._writing: set[Connection] = set()
        # The cancel requests sent to writing connections, by connection.
        self._cancels: dict[Connection, asyncio.Task[None]] = {}

    def stop_writes(self) -> None:
        """Roll back the writes under way (their statements are cancelled) and refuse new
        ones: the bot is stopping."""
        self._stopping = True
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # not on the loop: the writes under way stop at their next step
        for conn in self._writing:
            if conn not in self._cancels:
                self._cancels[conn] = loop.create_task(conn.cancel_safe())

    async def _cancelled(self, conn: Connection) -> None:
        """Wait for a cancel request sent to ``conn`` to reach the server, so that it cannot
        land on the next statement the pool gives that connection to."""
        task = self._cancels.pop(conn, None)
        if task is not None:
            await asyncio.gather(task, return_exceptions=True)

    async def close(self) -> None:
        """Close the pool; the store cannot be used afterwards."""
        for conn in list(self._cancels):
            await self._cancelled(conn)
        await self._pool.close()

    async def _read(self, sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        try:
            async with self._pool.connection() as conn:
                cursor = await conn.execute(sql, params)
                return await cursor.fetchall()
        except (psycopg.Error, PoolTimeout) as error:
            raise StoreUnavailable(
                f"cannot read the PostgreSQL store {self.where}: {one_line(error)}"
            ) from error

    async def _read_page(self, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        """A statement of storage.pages (written with SQLite's ``:name`` placeholders), planned
        once per connection and kept: see ``_PAGE_PLANS``."""
        try:
            async with self._pool.connection() as conn:
                # SET LOCAL lasts until the end of the transaction this read is in.
                await conn.execute(_PAGE_PLANS)
                cursor = await conn.execute(named(sql), params)
                return await cursor.fetchall()
        except (psycopg.Error, PoolTimeout) as error:
            raise StoreUnavailable(
                f"cannot read the PostgreSQL store {self.where}: {one_line(error)}"
            ) from error

    async def _read_facts(self, sql: str, params: Mapping[str, Any]) -> list[Fact]:
        return [fact_of(row) for row in await self._read(sql, params)]

    async def _write(
        self, work: Callable[[Connection], Awaitable[_Result]], *, facts: bool = False
    ) -> _Result:
        """Run ``work`` in one transaction: committed if it returns, rolled back if it raises.

        Args:
            work: the statements, on a connection inside the transaction.
            facts: it writes facts or metrics: it first takes the facts' write lock.

        Raises:
            InvalidFact: a rule of the schema refused the write.
            WriteStopped: the bot is stopping; nothing of it is stored.
            WriteFailed: the database could not be written; nothing of it is stored.
        """
        if self._stopping:
            raise WriteStopped(STOPPED)
        try:
            async with self._pool.connection() as conn:
                self._writing.add(conn)
                try:
                    async with conn.transaction():
                        if facts:
                            await conn.execute(
                                "SELECT pg_advisory_xact_lock(%s)", (FACT_WRITES_LOCK,)
                            )
                        result = await work(conn)
                        # A stop that came while it ran rolls it back, as on SQLite.
                        if self._stopping:
                            raise WriteStopped(STOPPED)
                        return result
                finally:
                    self._writing.discard(conn)
                    await self._cancelled(conn)
        except psycopg.errors.IntegrityError as error:
            refused = error.diag.message_primary or str(error)
            raise InvalidFact(say("the store refused the fact: {error}", error=refused)) from error
        except (psycopg.Error, PoolTimeout) as error:
            if self._stopping:
                raise WriteStopped(STOPPED) from error
            raise WriteFailed(
                f"cannot write to the PostgreSQL store {self.where}: {one_line(error)}"
            ) from error
