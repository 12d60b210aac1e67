"""Which Telegram updates the bots in webhook mode have taken, in the PostgreSQL store
(migration 0010): the first replica to claim an update's id handles it (storage.handled_updates).
"""

from __future__ import annotations

from datetime import datetime

import psycopg

from storage.postgres.access import PoolAccess
from storage.writes import now

__all__ = ["PostgresHandledUpdates"]

_CLAIM = """
INSERT INTO handled_updates (update_id, claimed_at) VALUES (%(update_id)s, %(at)s)
ON CONFLICT (update_id) DO NOTHING
"""
_FORGET = "DELETE FROM handled_updates WHERE claimed_at < %(before)s"


class PostgresHandledUpdates(PoolAccess):
    """The handled-update methods of the PostgreSQL store (see storage.store.Store)."""

    async def claim_update(self, update_id: int) -> bool:
        """Record that ``update_id`` is being handled; False if some replica claimed it before.

        Raises:
            WriteFailed, WriteStopped: it could not be recorded.
        """

        async def claim(conn: psycopg.AsyncConnection[object]) -> bool:
            cursor = await conn.execute(_CLAIM, {"update_id": update_id, "at": now()})
            return cursor.rowcount == 1

        return await self._write(claim)

    async def forget_updates(self, *, before: datetime) -> int:
        """Delete the claims made before ``before``; how many there were."""

        async def forget(conn: psycopg.AsyncConnection[object]) -> int:
            return (await conn.execute(_FORGET, {"before": before})).rowcount

        return await self._write(forget)
