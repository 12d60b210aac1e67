"""Curators' conversations kept in the SQLite store (migration 0012): load, save, clear, lock.

The store keeps a session as opaque JSON text; what it holds is the bot's business
(``bot.sessions``). A session past its ``expires_at`` is as good as none.

One process serves a SQLite store (Telegram lets one poller take a token's updates), and its
one writer connection already writes one transaction at a time, so a curator's updates are
serialised by an in-process lock per curator: a load, the handlers and the save that follows
run as one turn. Two processes over one SQLite file are not a supported deployment; replicas
share a PostgreSQL store (storage.postgres.sessions), where the lock spans processes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Awaitable, Callable, Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime
from typing import Any

from storage.locks import KeyedLocks
from storage.writer import Writer
from storage.writes import now

__all__ = ["SqliteSessions", "check_state", "iso_second"]

_LOAD = "SELECT state FROM sessions WHERE user_id = :user_id AND expires_at > :at"
_SAVE = """
INSERT INTO sessions (user_id, state, saved_at, expires_at)
VALUES (:user_id, :state, :saved_at, :expires_at)
ON CONFLICT (user_id) DO UPDATE SET
    state = excluded.state, saved_at = excluded.saved_at, expires_at = excluded.expires_at
"""
_CLEAR = "DELETE FROM sessions WHERE user_id = :user_id"
_DROP_EXPIRED = "DELETE FROM sessions WHERE expires_at <= :at"


def check_state(state: str) -> None:
    """Refuse what is not a JSON object before it reaches either schema's own check.

    Raises:
        ValueError: ``state`` is not JSON, or not an object.
    """
    try:
        parsed = json.loads(state)
    except ValueError:
        parsed = None
    if not isinstance(parsed, dict):
        raise ValueError("a session is a JSON object")  # noqa: TRY004 - a value, not a type


def iso_second(moment: datetime) -> str:
    """``moment`` in UTC to the second, as the sessions table writes times."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class SqliteSessions:
    """The session methods of :class:`storage.facts.FactStore` (see storage.store.Store)."""

    _writer: Writer
    _session_locks: KeyedLocks
    _read: Callable[[str, Sequence[Any] | dict[str, Any]], Awaitable[Iterable[Any]]]

    def session_lock(self, user_id: int) -> AbstractAsyncContextManager[None]:
        """Hold ``user_id``'s session for a turn (load, handle, save); others wait for it."""
        return self._session_locks.hold(user_id)

    async def load_session(self, user_id: int, *, at: datetime | None = None) -> str | None:
        """The JSON ``user_id``'s session holds; None if it has none or it expired.

        Args:
            user_id: the curator.
            at: the moment it must still be alive at (now by default).

        Raises:
            StoreUnavailable: the database cannot be read.
        """
        when = iso_second(at or now())
        rows = list(await self._read(_LOAD, {"user_id": user_id, "at": when}))
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
            "saved_at": iso_second(now()),
            "expires_at": iso_second(expires_at),
        }
        await self._writer.run(lambda conn: _execute(conn, _SAVE, params))

    async def clear_session(self, user_id: int) -> None:
        """Forget ``user_id``'s session, if any."""
        await self._writer.run(lambda conn: _execute(conn, _CLEAR, {"user_id": user_id}))

    async def drop_expired_sessions(self, *, at: datetime | None = None) -> int:
        """Delete the sessions expired at ``at`` (now by default); how many there were."""
        params = {"at": iso_second(at or now())}
        return await self._writer.run(lambda conn: _execute(conn, _DROP_EXPIRED, params))


def _execute(conn: sqlite3.Connection, sql: str, params: dict[str, Any]) -> int:
    return conn.execute(sql, params).rowcount
