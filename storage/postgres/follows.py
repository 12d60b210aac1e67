"""Follows and the outbox on PostgreSQL (as :mod:`storage.follows` on SQLite).

A change and the notices it owes are written in one transaction. Two senders (two replicas)
never take the same notice: ``TAKE_NOTICES`` locks the notices due with ``FOR UPDATE SKIP
LOCKED`` (another sender's claim under way is passed over, not waited for) and marks them
taken by this sender for ``LEASE`` (migration 0007): the others pass them over until then,
while this sender reads them again until it marks them sent, retried or dropped, as the one
sender on SQLite does. A sender that dies with notices in hand leaves them to the others once
the lease ends: a notice is sent exactly once unless a sender dies between Telegram taking it
and marking it sent (then it is sent again, never lost).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

import psycopg

__all__ = [
    "COUNT_FOLLOWERS",
    "FOLLOWED_AMONG",
    "FOLLOWED_BY",
    "FOLLOWER_COUNTS",
    "LEASE",
    "OWED_FOR_CHANGE",
    "OWED_NOTICES",
    "TAKE_NOTICES",
    "chat_gone",
    "chat_moved",
    "follow",
    "notice_dropped",
    "notice_retry",
    "notice_sent",
    "owe_digests",
    "owe_notices",
    "unfollow",
]

Connection = psycopg.AsyncConnection[Any]

# How long notices taken by a sender are kept from the others: longer than a batch takes to
# send within Telegram's limits (100 notices at 25 a second, and a 429's wait or two), short
# enough that a dead sender's notices are not long late.
LEASE = "2 minutes"

_ENSURE_CHAT = """
INSERT INTO follower_chats (chat_id, kind, language, active, inactive_reason, since)
VALUES (%(chat_id)s, %(kind)s, %(language)s, true, NULL, %(at)s)
ON CONFLICT (chat_id) DO UPDATE SET
    kind = excluded.kind, language = excluded.language, active = true, inactive_reason = NULL,
    since = CASE WHEN follower_chats.active THEN follower_chats.since ELSE excluded.since END
"""
_FOLLOW = """
INSERT INTO follows (chat_id, country, followed_by, followed_at)
VALUES (%(chat_id)s, %(country)s, %(by)s, %(at)s)
ON CONFLICT DO NOTHING
"""
_UNFOLLOW = "DELETE FROM follows WHERE chat_id = %s AND country = %s"
FOLLOWED_BY = "SELECT country FROM follows WHERE chat_id = %(chat_id)s ORDER BY country"
_FOLLOWING = """
FROM follows fo
JOIN follower_chats c ON c.chat_id = fo.chat_id AND c.active
WHERE fo.country = ANY(%(countries)s::text[])
"""
COUNT_FOLLOWERS = f"SELECT count(DISTINCT fo.chat_id) {_FOLLOWING}"
FOLLOWED_AMONG = f"SELECT DISTINCT fo.country {_FOLLOWING} ORDER BY fo.country"
FOLLOWER_COUNTS = """
SELECT fo.country, count(*) FILTER (WHERE c.active), count(*) FILTER (WHERE NOT c.active)
FROM follows fo
JOIN follower_chats c ON c.chat_id = fo.chat_id
GROUP BY fo.country ORDER BY count(*) FILTER (WHERE c.active) DESC, fo.country
"""
_PENDING = "o.sent_at IS NULL AND o.dropped IS NULL"
# The notices due now, a chat's first only, oldest first (storage.follows.PENDING_NOTICES),
# taken: locked past any other sender's lock, and leased.
TAKE_NOTICES = f"""
WITH due AS (
    SELECT o.id FROM outbox o
    WHERE {_PENDING}
      AND (o.next_try_at IS NULL OR o.next_try_at <= statement_timestamp())
      AND (o.taken_by IS NULL OR o.taken_by = %(sender)s
           OR o.taken_until <= statement_timestamp())
      AND NOT EXISTS (
          SELECT 1 FROM outbox e
          WHERE e.chat_id = o.chat_id AND e.id < o.id AND e.sent_at IS NULL
            AND e.dropped IS NULL)
    ORDER BY o.id
    LIMIT %(limit)s
    FOR UPDATE SKIP LOCKED
), taken AS (
    UPDATE outbox o
    SET taken_by = %(sender)s, taken_until = statement_timestamp() + interval '{LEASE}'
    FROM due WHERE o.id = due.id
    RETURNING o.id, o.chat_id, o.attempts, o.digest, o.audit_id
)
SELECT t.id, t.chat_id, t.attempts, t.digest::text, a.action, a.fact_id, a.version, a.reason,
       a.before::text, a.after::text, coalesce(l.language, c.language, 'en')
FROM taken t
JOIN audit_log a ON a.id = t.audit_id
LEFT JOIN follower_chats c ON c.chat_id = t.chat_id
LEFT JOIN chat_languages l ON l.chat_id = t.chat_id
ORDER BY t.id
"""
OWED_NOTICES = "SELECT count(*) FROM outbox o WHERE " + _PENDING
OWED_FOR_CHANGE = """
SELECT count(*) FROM outbox o
JOIN audit_log a ON a.id = o.audit_id
WHERE a.fact_id = %(fact_id)s AND a.version = %(version)s
"""
_OWE = f"""
INSERT INTO outbox (chat_id, audit_id, created_at)
SELECT DISTINCT fo.chat_id, %(audit_id)s::bigint, %(at)s::timestamptz {_FOLLOWING}
ORDER BY fo.chat_id
"""
_OWE_DIGESTS = """
INSERT INTO outbox (chat_id, audit_id, digest, created_at)
SELECT fo.chat_id, %(audit_id)s::bigint, jsonb_object_agg(n.country, n.facts),
       %(at)s::timestamptz
FROM (
    SELECT country, count(*) AS facts FROM fact_roles
    WHERE id BETWEEN %(first_id)s AND %(last_id)s AND role = 'any' AND status = 'published'
    GROUP BY country
) n
JOIN follows fo ON fo.country = n.country
JOIN follower_chats c ON c.chat_id = fo.chat_id AND c.active
GROUP BY fo.chat_id
ORDER BY fo.chat_id
"""
_ANY_FOLLOWS = "SELECT EXISTS (SELECT 1 FROM follows)"
_OWED = "id = %(id)s AND sent_at IS NULL AND dropped IS NULL"
_SENT = f"UPDATE outbox SET sent_at = %(at)s, attempts = attempts + 1 WHERE {_OWED}"
_RETRY = f"""
UPDATE outbox SET attempts = attempts + 1,
    next_try_at = statement_timestamp() + make_interval(secs => %(after_s)s),
    taken_by = NULL, taken_until = NULL
WHERE {_OWED}
"""
_DROP = f"UPDATE outbox SET attempts = attempts + 1, dropped = %(why)s WHERE {_OWED}"
_CHAT_GONE = """
UPDATE follower_chats SET active = false, inactive_reason = %(why)s WHERE chat_id = %(chat_id)s
"""
_DROP_CHATS_NOTICES = """
UPDATE outbox SET dropped = %(why)s
WHERE chat_id = %(chat_id)s AND sent_at IS NULL AND dropped IS NULL
"""
_CHAT_EXISTS = "SELECT 1 FROM follower_chats WHERE chat_id = %(new)s"
# The follows follow (ON UPDATE CASCADE).
_MOVE_CHAT = (
    "UPDATE follower_chats SET chat_id = %(new)s, kind = 'supergroup' WHERE chat_id = %(old)s"
)
_MERGE_FOLLOWS = """
INSERT INTO follows (chat_id, country, followed_by, followed_at)
SELECT %(new)s, country, followed_by, followed_at FROM follows WHERE chat_id = %(old)s
ON CONFLICT DO NOTHING
"""
_FORGET_FOLLOWS = "DELETE FROM follows WHERE chat_id = %(old)s"
_MOVE_NOTICES = """
UPDATE outbox SET chat_id = %(new)s
WHERE chat_id = %(old)s AND sent_at IS NULL AND dropped IS NULL
"""


async def follow(
    conn: Connection,
    chat_id: int,
    countries: Iterable[str],
    *,
    kind: str,
    language: str,
    by: int,
    at: datetime,
) -> list[str]:
    """Make ``chat_id`` follow ``countries``; the ones it did not follow yet."""
    await conn.execute(
        _ENSURE_CHAT, {"chat_id": chat_id, "kind": kind, "language": language, "at": at}
    )
    added = []
    for country in countries:
        cursor = await conn.execute(
            _FOLLOW, {"chat_id": chat_id, "country": country, "by": by, "at": at}
        )
        if cursor.rowcount:
            added.append(country)
    return added


async def unfollow(conn: Connection, chat_id: int, countries: Iterable[str]) -> list[str]:
    """Stop ``chat_id`` following ``countries``; the ones it did follow."""
    stopped = []
    for country in countries:
        cursor = await conn.execute(_UNFOLLOW, (chat_id, country))
        if cursor.rowcount:
            stopped.append(country)
    return stopped


async def owe_notices(
    conn: Connection, audit_id: int, countries: Iterable[str | None], at: datetime
) -> int:
    """Owe the change logged as ``audit_id`` to every active chat following one of
    ``countries``; how many chats that is."""
    codes = sorted({code for code in countries if code})
    if not codes:
        return 0
    params = {"audit_id": audit_id, "countries": codes, "at": at}
    return (await conn.execute(_OWE, params)).rowcount


async def owe_digests(
    conn: Connection, audit_id: int, first_id: int, last_id: int, at: datetime
) -> int:
    """Owe each active follower one digest of the facts an import added (ids ``first_id`` to
    ``last_id``); how many chats that is."""
    row = await (await conn.execute(_ANY_FOLLOWS)).fetchone()
    if row is None or not row[0]:
        return 0  # an import into a store nobody follows scans nothing
    params = {"audit_id": audit_id, "first_id": first_id, "last_id": last_id, "at": at}
    return (await conn.execute(_OWE_DIGESTS, params)).rowcount


async def notice_sent(conn: Connection, notice_id: int, at: datetime) -> None:
    """Telegram took the notice: it is never sent again."""
    await conn.execute(_SENT, {"id": notice_id, "at": at})


async def notice_retry(conn: Connection, notice_id: int, after_s: float) -> None:
    """An attempt failed: count it, and try again no sooner than ``after_s`` from now (the
    database's clock, which every replica shares)."""
    await conn.execute(_RETRY, {"id": notice_id, "after_s": after_s})


async def notice_dropped(conn: Connection, notice_id: int, why: str) -> None:
    """The notice will never be sent; ``why`` says so for the operator."""
    await conn.execute(_DROP, {"id": notice_id, "why": why[:500]})


async def chat_gone(conn: Connection, chat_id: int, why: str) -> int:
    """Keep the chat's follows, send it nothing more, drop what it is owed; how many notices."""
    params = {"chat_id": chat_id, "why": why[:500]}
    await conn.execute(_CHAT_GONE, params)
    return (await conn.execute(_DROP_CHATS_NOTICES, params)).rowcount


async def chat_moved(conn: Connection, old: int, new: int) -> None:
    """A group became a supergroup with a new id: its follows and owed notices move with it."""
    params = {"old": old, "new": new}
    if await (await conn.execute(_CHAT_EXISTS, params)).fetchone() is None:
        await conn.execute(_MOVE_CHAT, params)
    else:
        await conn.execute(_MERGE_FOLLOWS, params)
        await conn.execute(_FORGET_FOLLOWS, params)
        await conn.execute(_CHAT_GONE, {"chat_id": old, "why": f"moved to {new}"})
    await conn.execute(_MOVE_NOTICES, params)
