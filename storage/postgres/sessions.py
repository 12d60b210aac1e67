"""Curators' conversations kept in the PostgreSQL store (migration 0008): load, save, clear,
and the lock that makes a curator's updates take turns across replicas.

A turn (load, handle, save) holds a transaction-level advisory lock on the curator, taken on a
connection of its own: the next update of the same curator, on this replica or another, waits
for it, so two replicas never both load the same state and the later save never undoes the
earlier. Transaction-level, not session-level: whatever ends the turn (its end, an error, a
cancelled task, a replica killed mid-way) ends the transaction and so the lock; a session-level
lock whose unlock was missed would stay on a pooled connection. Waiting is first taken in
process (one pool connection per curator waits on the server, not one per update), and at most
``SESSION_TURNS`` turns hold a connection at once, so the handlers inside them always find one
free in the pool. The two-key form of the lock has a key space of its own, apart from the facts'
and the migrations' locks.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime

import psycopg
from psycopg_pool import PoolTimeout

from storage.errors import StoreUnavailable
from storage.locks import KeyedLocks
from storage.postgres.access import PoolAccess
from storage.postgres.connection import POOL_SIZE, one_line
from storage.sessions import check_state
from storage.writes import now

__all__ = ["SESSION_TURNS", "PostgresSessions", "lock_keys"]

# Curators' turns holding a pool connection at once; the rest of the pool is the handlers'.
SESSION_TURNS = POOL_SIZE // 2

_LOCK = "SELECT pg_advisory_xact_lock(%(high)s, %(low)s)"
_LOAD = "SELECT state::text FROM sessions WHERE user_id = %(user_id)s AND expires_at > %(at)s"
_SAVE = """
INSERT INTO sessions (user_id, state, saved_at, expires_at)
VALUES (%(user_id)s, %(state)s::jsonb, %(saved_at)s, %(expires_at)s)
ON CONFLICT (user_id) DO UPDATE SET
    state = excluded.state, saved_at = excluded.saved_at, expires_at = excluded.expires_at
"""
_CLEAR = "DELETE FROM sessions WHERE user_id = %(user_id)s"
_DROP_EXPIRED = "DELETE FROM sessions WHERE expires_at <= %(at)s"


def _int4(value: int) -> int:
    value &= 0xFFFF_FFFF
    return value - (1 << 32) if value >= 1 << 31 else value


def lock_keys(user_id: int) -> dict[str, int]:
    """The advisory lock's two int4 keys: the 64-bit user id's high and low halves."""
    return {"high": _int4(user_id >> 32), "low": _int4(user_id)}


class PostgresSessions(PoolAccess):
    """The session methods of the PostgreSQL store (see storage.store.Store)."""

    _session_locks: KeyedLocks
    _session_turns: asyncio.Semaphore

    @asynccontextmanager
    async def session_lock(self, user_id: int) -> AsyncIterator[None]:
        """Hold ``user_id``'s session for a turn, against every replica of the store.

        Raises:
            StoreUnavailable: the server cannot be reached to take the lock.
        """
        async with self._session_locks.hold(user_id), self._session_turns:
            try:
                async with self._pool.connection() as conn, conn.transaction():
                    try:
                        await conn.execute(_LOCK, lock_keys(user_id))
                    except (psycopg.Error, PoolTimeout) as error:
                        raise StoreUnavailable(
                            f"cannot lock a session in {self.where}: {one_line(error)}"
                        ) from error
                    yield
            except PoolTimeout as error:
                raise StoreUnavailable(
                    f"cannot lock a session in {self.where}: {one_line(error)}"
                ) from error

    async def load_session(self, user_id: int, *, at: datetime | None = None) -> str | None:
        """The JSON ``user_id``'s session holds; None if it has none or it expired.

        Raises:
            StoreUnavailable: the database cannot be read.
        """
        rows = await self._read(_LOAD, {"user_id": user_id, "at": at or now()})
        return str(rows[0][0]) if rows else None

    async def save_session(self, user_id: int, state: str, *, expires_at: datetime) -> None:
        """Keep ``state`` (a JSON object) as ``user_id``'s session until ``expires_at``.

        Raises:
            ValueError: ``state`` is not a JSON object.
            InvalidFact: it expires before now.
            WriteFailed: it could not be written.
        """
        check_state(state)
        params = {
            "user_id": user_id,
            "state": state,
            "saved_at": now(),
            "expires_at": expires_at.replace(microsecond=0),
        }

        async def save(conn: psycopg.AsyncConnection[object]) -> None:
            await conn.execute(_SAVE, params)

        await self._write(save)

    async def clear_session(self, user_id: int) -> None:
        """Forget ``user_id``'s session, if any."""

        async def clear(conn: psycopg.AsyncConnection[object]) -> None:
            await conn.execute(_CLEAR, {"user_id": user_id})

        await self._write(clear)

    async def drop_expired_sessions(self, *, at: datetime | None = None) -> int:
        """Delete the sessions expired at ``at`` (now by default); how many there were."""

        async def drop(conn: psycopg.AsyncConnection[object]) -> int:
            return (await conn.execute(_DROP_EXPIRED, {"at": at or now()})).rowcount

        return await self._write(drop)
