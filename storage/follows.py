"""Who follows which country, and the notices a change to the facts owes them (the outbox).

A change and its notices are written in the same transaction (``owe_notices`` runs in the
writer's transaction of the change), so a crash either loses both or keeps both. The sender
(``bot.notices``) reads what is owed, delivers it and marks it; what it reads here is plain
rows, rendered by the bot in each chat's language.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from storage.chats import CHAT_LANGUAGES
from storage.errors import InvalidFact
from storage.words import say

__all__ = [
    "CHAT_KINDS",
    "COUNT_FOLLOWERS",
    "FOLLOWED_AMONG",
    "FOLLOWED_BY",
    "FOLLOWER_COUNTS",
    "OWED_FOR_CHANGE",
    "OWED_NOTICES",
    "PENDING_NOTICES",
    "Notice",
    "chat_gone",
    "chat_moved",
    "check_follower",
    "follow",
    "notice_dropped",
    "notice_from_row",
    "notice_retry",
    "notice_sent",
    "owe_digests",
    "owe_notices",
    "unfollow",
]

CHAT_KINDS = ("private", "group", "supergroup", "channel")


def check_follower(kind: str, language: str) -> None:
    """Refuse a chat whose kind or language the store does not know (InvalidFact)."""
    if kind not in CHAT_KINDS or language not in CHAT_LANGUAGES:
        raise InvalidFact(say("unknown chat kind or language"))


_STAMP = "%Y-%m-%dT%H:%M:%SZ"

_ENSURE_CHAT = """
INSERT INTO follower_chats (chat_id, kind, language, active, inactive_reason, since)
VALUES (:chat_id, :kind, :language, 1, NULL, :at)
ON CONFLICT (chat_id) DO UPDATE SET
    kind = excluded.kind, language = excluded.language, active = 1, inactive_reason = NULL,
    since = CASE WHEN follower_chats.active THEN follower_chats.since ELSE excluded.since END
"""
_FOLLOW = """
INSERT INTO follows (chat_id, country, followed_by, followed_at)
VALUES (:chat_id, :country, :by, :at)
ON CONFLICT DO NOTHING
"""
_UNFOLLOW = "DELETE FROM follows WHERE chat_id = ? AND country = ?"
# The countries a chat follows, for /following.
FOLLOWED_BY = "SELECT country FROM follows WHERE chat_id = ? ORDER BY country"
# How many chats (active ones) a change naming these countries notifies: a JSON list of codes.
COUNT_FOLLOWERS = """
SELECT count(DISTINCT fo.chat_id) FROM follows fo
JOIN follower_chats c ON c.chat_id = fo.chat_id AND c.active
WHERE fo.country IN (SELECT value FROM json_each(:countries))
"""
# Which of these countries (a JSON list of codes) some active chat follows.
FOLLOWED_AMONG = """
SELECT DISTINCT fo.country FROM follows fo
JOIN follower_chats c ON c.chat_id = fo.chat_id AND c.active
WHERE fo.country IN (SELECT value FROM json_each(:countries))
ORDER BY fo.country
"""
# Per country: the chats following it that are sent notices, and those that stopped.
FOLLOWER_COUNTS = """
SELECT fo.country, sum(c.active), sum(NOT c.active) FROM follows fo
JOIN follower_chats c ON c.chat_id = fo.chat_id
GROUP BY fo.country ORDER BY sum(c.active) DESC, fo.country
"""
# The notices to send now, oldest first: neither sent nor dropped, not waiting out a backoff,
# and the first a chat is owed (its later ones wait, so that they arrive in order); each with
# its change from the audit log and its chat's language (/language's choice first).
PENDING_NOTICES = """
SELECT o.id, o.chat_id, o.attempts, o.digest, a.action, a.fact_id, a.version, a.reason,
       a.before, a.after, coalesce(l.language, c.language, 'en')
FROM outbox o
JOIN audit_log a ON a.id = o.audit_id
LEFT JOIN follower_chats c ON c.chat_id = o.chat_id
LEFT JOIN chat_languages l ON l.chat_id = o.chat_id
WHERE o.sent_at IS NULL AND o.dropped IS NULL
  AND (o.next_try_at IS NULL OR o.next_try_at <= :now)
  AND NOT EXISTS (
      SELECT 1 FROM outbox e
      WHERE e.chat_id = o.chat_id AND e.id < o.id AND e.sent_at IS NULL AND e.dropped IS NULL)
ORDER BY o.id
LIMIT :limit
"""
# How many notices are still owed (neither sent nor dropped), for the operator.
OWED_NOTICES = "SELECT count(*) FROM outbox WHERE sent_at IS NULL AND dropped IS NULL"
# How many chats one change (a fact's version) was owed to, sent or not.
OWED_FOR_CHANGE = """
SELECT count(*) FROM outbox o
JOIN audit_log a ON a.id = o.audit_id
WHERE a.fact_id = :fact_id AND a.version = :version
"""
_OWE = """
INSERT INTO outbox (chat_id, audit_id, created_at)
SELECT DISTINCT fo.chat_id, :audit_id, :at FROM follows fo
JOIN follower_chats c ON c.chat_id = fo.chat_id AND c.active
WHERE fo.country IN (SELECT value FROM json_each(:countries))
ORDER BY fo.chat_id
"""
# One digest a chat for an import's new published facts, with the counts of the countries it
# follows ('any': each fact once per country it names in any role).
_OWE_DIGESTS = """
INSERT INTO outbox (chat_id, audit_id, digest, created_at)
SELECT fo.chat_id, :audit_id, json_group_object(n.country, n.facts), :at
FROM (
    SELECT country, count(*) AS facts FROM fact_roles
    WHERE id BETWEEN :first_id AND :last_id AND role = 'any' AND status = 'published'
    GROUP BY country
) n
JOIN follows fo ON fo.country = n.country
JOIN follower_chats c ON c.chat_id = fo.chat_id AND c.active
GROUP BY fo.chat_id
ORDER BY fo.chat_id
"""
_ANY_FOLLOWS = "SELECT EXISTS (SELECT 1 FROM follows)"
# Each only moves a notice still owed: what is sent or dropped stays so.
_OWED = "id = ? AND sent_at IS NULL AND dropped IS NULL"
_SENT = f"UPDATE outbox SET sent_at = ?, attempts = attempts + 1 WHERE {_OWED}"
_RETRY = f"UPDATE outbox SET attempts = attempts + 1, next_try_at = ? WHERE {_OWED}"
_DROP = f"UPDATE outbox SET attempts = attempts + 1, dropped = ? WHERE {_OWED}"
_CHAT_GONE = "UPDATE follower_chats SET active = 0, inactive_reason = ? WHERE chat_id = ?"
_DROP_CHATS_NOTICES = """
UPDATE outbox SET dropped = ? WHERE chat_id = ? AND sent_at IS NULL AND dropped IS NULL
"""
_CHAT_EXISTS = "SELECT 1 FROM follower_chats WHERE chat_id = ?"
_MOVE_CHAT = "UPDATE follower_chats SET chat_id = ?, kind = 'supergroup' WHERE chat_id = ?"
_MERGE_FOLLOWS = """
INSERT INTO follows (chat_id, country, followed_by, followed_at)
SELECT :new, country, followed_by, followed_at FROM follows WHERE chat_id = :old
ON CONFLICT DO NOTHING
"""
_FORGET_FOLLOWS = "DELETE FROM follows WHERE chat_id = ?"
_MOVE_NOTICES = """
UPDATE outbox SET chat_id = ? WHERE chat_id = ? AND sent_at IS NULL AND dropped IS NULL
"""


@dataclass(frozen=True)
class Notice:
    """One notice owed to one chat, with what the sender needs to render it.

    ``action`` is the audit log's: 'add' (a new fact), 'edit' (a correction: ``before`` and
    ``after`` are the fact's flat rows), 'retract' (``reason`` says why), or 'import' (a
    digest: ``digest`` counts the new facts per country the chat follows).
    """

    id: int
    chat_id: int
    attempts: int
    action: str
    language: str
    fact_id: int | None = None
    version: int | None = None
    reason: str | None = None
    before: dict[str, str] | None = None
    after: dict[str, str] | None = None
    digest: dict[str, int] = field(default_factory=dict)


def notice_from_row(row: Sequence[Any]) -> Notice:
    """A row of PENDING_NOTICES as a Notice."""
    (notice_id, chat_id, attempts, digest, action, fact_id, version, reason) = row[:8]
    before, after, language = row[8:11]
    return Notice(
        id=int(notice_id),
        chat_id=int(chat_id),
        attempts=int(attempts),
        action=str(action),
        language=str(language),
        fact_id=None if fact_id is None else int(fact_id),
        version=None if version is None else int(version),
        reason=reason,
        before=None if before is None else json.loads(before),
        after=None if after is None else json.loads(after),
        digest={} if digest is None else {str(k): int(v) for k, v in json.loads(digest).items()},
    )


def _stamp(at: datetime) -> str:
    return at.strftime(_STAMP)


def follow(
    conn: sqlite3.Connection,
    chat_id: int,
    countries: Iterable[str],
    *,
    kind: str,
    language: str,
    by: int,
    at: datetime,
) -> list[str]:
    """Make ``chat_id`` follow ``countries`` (alpha-3 codes); the ones it did not follow yet.

    A chat that had stopped receiving notices (it had blocked the bot) receives them again:
    following is asking for them.
    """
    stamp = _stamp(at)
    conn.execute(
        _ENSURE_CHAT, {"chat_id": chat_id, "kind": kind, "language": language, "at": stamp}
    )
    added = []
    for country in countries:
        cursor = conn.execute(
            _FOLLOW, {"chat_id": chat_id, "country": country, "by": by, "at": stamp}
        )
        if cursor.rowcount:
            added.append(country)
    return added


def unfollow(conn: sqlite3.Connection, chat_id: int, countries: Iterable[str]) -> list[str]:
    """Stop ``chat_id`` following ``countries``; the ones it did follow."""
    return [
        country for country in countries if conn.execute(_UNFOLLOW, (chat_id, country)).rowcount
    ]


def owe_notices(
    conn: sqlite3.Connection, audit_id: int, countries: Iterable[str | None], at: datetime
) -> int:
    """Owe the change logged as ``audit_id`` to every active chat following one of
    ``countries``; how many chats that is."""
    codes = sorted({code for code in countries if code})
    if not codes:
        return 0
    params = {"audit_id": audit_id, "countries": json.dumps(codes), "at": _stamp(at)}
    return conn.execute(_OWE, params).rowcount


def owe_digests(
    conn: sqlite3.Connection, audit_id: int, first_id: int, last_id: int, at: datetime
) -> int:
    """Owe each active follower one digest of the facts an import added (ids ``first_id`` to
    ``last_id``), counted for the countries it follows; how many chats that is."""
    if not conn.execute(_ANY_FOLLOWS).fetchone()[0]:
        return 0  # an import into a store nobody follows scans nothing
    params = {
        "audit_id": audit_id, "first_id": first_id, "last_id": last_id, "at": _stamp(at),
    }  # fmt: skip
    return conn.execute(_OWE_DIGESTS, params).rowcount


def notice_sent(conn: sqlite3.Connection, notice_id: int, at: datetime) -> None:
    """Telegram took the notice: it is never sent again."""
    conn.execute(_SENT, (_stamp(at), notice_id))


def notice_retry(conn: sqlite3.Connection, notice_id: int, not_before: datetime) -> None:
    """An attempt failed: count it, and try again no sooner than ``not_before``."""
    conn.execute(_RETRY, (_stamp(not_before), notice_id))


def notice_dropped(conn: sqlite3.Connection, notice_id: int, why: str) -> None:
    """The notice will never be sent; ``why`` says so for the operator."""
    conn.execute(_DROP, (why[:500], notice_id))


def chat_gone(conn: sqlite3.Connection, chat_id: int, why: str) -> int:
    """The chat cannot be written to (it blocked the bot, the bot was removed): keep its
    follows, send it nothing more, and drop what it is still owed; how many notices that was."""
    conn.execute(_CHAT_GONE, (why[:500], chat_id))
    return conn.execute(_DROP_CHATS_NOTICES, (why[:500], chat_id)).rowcount


def chat_moved(conn: sqlite3.Connection, old: int, new: int) -> None:
    """A group became a supergroup with a new id: its follows and owed notices move with it."""
    if conn.execute(_CHAT_EXISTS, (new,)).fetchone() is None:
        conn.execute(_MOVE_CHAT, (new, old))  # the follows follow (ON UPDATE CASCADE)
    else:
        conn.execute(_MERGE_FOLLOWS, {"new": new, "old": old})
        conn.execute(_FORGET_FOLLOWS, (old,))
        conn.execute(_CHAT_GONE, (f"moved to {new}", old))
    conn.execute(_MOVE_NOTICES, (new, old))
