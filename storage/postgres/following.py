"""Follows and the notices they are owed, on the PostgreSQL store (the SQL and how two
senders share the outbox: storage.postgres.follows)."""

from __future__ import annotations

from collections.abc import Iterable

from storage.follows import Notice, check_follower, notice_from_row
from storage.postgres import follows
from storage.postgres.access import Connection, PoolAccess
from storage.writes import now

__all__ = ["PostgresFollows"]


class PostgresFollows(PoolAccess):
    """Who follows which country, and the outbox, read and written through the pool."""

    # Who takes notices from the outbox: one store in one process (set by the store).
    _sender: str

    async def follow(
        self, chat_id: int, countries: Iterable[str], *, kind: str, language: str, by: int
    ) -> list[str]:
        """Make a chat follow countries; the ones it did not follow before.

        Raises:
            InvalidFact: the chat's kind or language is not one the store knows.
        """
        codes = list(dict.fromkeys(countries))
        check_follower(kind, language)
        at = now()
        return await self._write(
            lambda conn: follows.follow(
                conn, chat_id, codes, kind=kind, language=language, by=by, at=at
            )
        )

    async def unfollow(self, chat_id: int, countries: Iterable[str]) -> list[str]:
        """Stop a chat following countries; the ones it did follow."""
        codes = list(dict.fromkeys(countries))
        return await self._write(lambda conn: follows.unfollow(conn, chat_id, codes))

    async def followed_by(self, chat_id: int) -> list[str]:
        """The countries a chat follows, by code."""
        rows = await self._read(follows.FOLLOWED_BY, {"chat_id": chat_id})
        return [str(row[0]) for row in rows]

    async def count_followers(self, countries: Iterable[str | None]) -> int:
        """How many chats a change to a fact naming ``countries`` would notify."""
        codes = sorted({code for code in countries if code})
        rows = await self._read(follows.COUNT_FOLLOWERS, {"countries": codes})
        return int(rows[0][0])

    async def followed_among(self, countries: Iterable[str | None]) -> list[str]:
        """Those of ``countries`` some chat follows (and is sent notices), by code."""
        codes = sorted({code for code in countries if code})
        rows = await self._read(follows.FOLLOWED_AMONG, {"countries": codes})
        return [str(row[0]) for row in rows]

    async def follower_counts(self) -> list[tuple[str, int, int]]:
        """Per followed country: the chats notified, and those that stopped."""
        rows = await self._read(follows.FOLLOWER_COUNTS, {})
        return [(str(row[0]), int(row[1]), int(row[2])) for row in rows]

    async def owed_notices(self) -> int:
        """How many notices are still owed: neither sent nor dropped."""
        return int((await self._read(follows.OWED_NOTICES, {}))[0][0])

    async def notices_owed_for(self, fact_id: int, version: int) -> int:
        """How many chats were owed a notice of the change that made ``version`` of a fact."""
        params = {"fact_id": fact_id, "version": version}
        return int((await self._read(follows.OWED_FOR_CHANGE, params))[0][0])

    async def pending_notices(self, *, limit: int = 100) -> list[Notice]:
        """The notices owed now, oldest first (a chat's first only), taken for this sender:
        no other sender is given them while it holds them (storage.postgres.follows)."""

        async def take(conn: Connection) -> list[Notice]:
            params = {"limit": limit, "sender": self._sender}
            cursor = await conn.execute(follows.TAKE_NOTICES, params)
            return [notice_from_row(row) for row in await cursor.fetchall()]

        return await self._write(take)

    async def notice_sent(self, notice_id: int) -> None:
        """Telegram took the notice; it is never sent again."""
        at = now()
        await self._write(lambda conn: follows.notice_sent(conn, notice_id, at))

    async def notice_retry(self, notice_id: int, *, after_s: float) -> None:
        """An attempt failed: count it, and try again in ``after_s`` seconds at the soonest."""
        await self._write(lambda conn: follows.notice_retry(conn, notice_id, after_s))

    async def notice_dropped(self, notice_id: int, why: str) -> None:
        """The notice will never be sent, for the reason given."""
        await self._write(lambda conn: follows.notice_dropped(conn, notice_id, why))

    async def chat_gone(self, chat_id: int, why: str) -> int:
        """A chat the bot cannot write to: sent nothing more; how many notices were dropped."""
        return await self._write(lambda conn: follows.chat_gone(conn, chat_id, why))

    async def chat_moved(self, old: int, new: int) -> None:
        """A group's new id (it became a supergroup): its follows and notices move to it."""
        await self._write(lambda conn: follows.chat_moved(conn, old, new))
