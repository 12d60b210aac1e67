"""Which Telegram updates a bot in webhook mode has taken, in the SQLite store (migration 0013).

One update can be posted twice: Telegram posts it again when its post got no answer, and a
proxy passes a post whose connection dropped on to the next replica. The first to claim an
update's id handles it; a second claim is refused. See storage.postgres.handled_updates for
the same over replicas.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from storage.sessions import iso_second
from storage.writer import Writer
from storage.writes import now

__all__ = ["SqliteHandledUpdates"]

_CLAIM = """
INSERT INTO handled_updates (update_id, claimed_at) VALUES (:update_id, :at)
ON CONFLICT (update_id) DO NOTHING
"""
_FORGET = "DELETE FROM handled_updates WHERE claimed_at < :before"


class SqliteHandledUpdates:
    """The handled-update methods of :class:`storage.facts.FactStore` (storage.store.Store)."""

    _writer: Writer

    async def claim_update(self, update_id: int) -> bool:
        """Record that ``update_id`` is being handled; False if it was claimed before.

        Raises:
            WriteFailed, WriteStopped: it could not be recorded.
        """
        params = {"update_id": update_id, "at": iso_second(now())}
        return await self._writer.run(lambda conn: _claimed(conn, params))

    async def forget_updates(self, *, before: datetime) -> int:
        """Delete the claims made before ``before``; how many there were."""
        params = {"before": iso_second(before)}
        return await self._writer.run(lambda conn: conn.execute(_FORGET, params).rowcount)


def _claimed(conn: sqlite3.Connection, params: dict[str, object]) -> bool:
    return conn.execute(_CLAIM, params).rowcount == 1
