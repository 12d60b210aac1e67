"""An import's rows on PostgreSQL, in the caller's one transaction: all or nothing.

As on SQLite (:mod:`storage.bulk`): the rows come as plain tuples, validated before; sources
and documents are asked for once each; a duplicate among the rows of a document this import
added is found in memory, any other by asking the database (a thousand rows a statement).
The facts go in with ``COPY``, their ids given (the facts' write lock is held: no other writer
adds one meanwhile), while the search index and the countries' counts are deferred
(``search_deferred``, migration 0003) and made in one statement each before the import is
logged and commits.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

import psycopg

from storage.bulk import ImportRow, LifecycleValues, StoredCounts
from storage.errors import WriteStopped
from storage.postgres.follows import owe_digests
from storage.postgres.writes import document_id, log_change, source_id
from storage.writer import STOPPED
from storage.writes import Ids

__all__ = ["store_rows"]

Connection = psycopg.AsyncConnection[Any]

_FIRST_ID = "SELECT coalesce(max(id), 0) + 1 FROM facts"
_COPY_FACTS = """
COPY facts (
    id, metric, counted, origin, destination, citizenship, qualifier, value, value_high,
    period_start, period_end, as_of, claim, quote, search_lemmas, attributed_to_id,
    carried_by_id, document_id, status, retraction_reason, created_at, created_by, updated_at,
    updated_by, version)
FROM STDIN
"""
# Which of the queued rows (storage.writes.FIND_DUPLICATE's rule, for documents already
# found) a stored fact already says: one statement for many rows, not a round trip each.
_SAME = """f.counted = c.counted
      AND f.origin IS NOT DISTINCT FROM c.origin
      AND f.destination IS NOT DISTINCT FROM c.destination
      AND f.citizenship IS NOT DISTINCT FROM c.citizenship
      AND f.qualifier IS NOT DISTINCT FROM c.qualifier
      AND f.value_high IS NOT DISTINCT FROM c.value_high
      AND f.period_start IS NOT DISTINCT FROM c.period_start
      AND f.period_end IS NOT DISTINCT FROM c.period_end
      AND f.as_of IS NOT DISTINCT FROM c.as_of
      AND (f.qualifier IS NOT NULL OR f.claim = c.claim)"""
_STORED_ALREADY = f"""
SELECT c.n FROM unnest(
    %s::bigint[], %s::text[], %s::text[], %s::text[], %s::text[], %s::text[], %s::text[],
    %s::bigint[], %s::bigint[], %s::date[], %s::date[], %s::date[], %s::text[]
) WITH ORDINALITY AS c (document_id, metric, counted, origin, destination, citizenship,
                        qualifier, value, value_high, period_start, period_end, as_of, claim, n)
WHERE EXISTS (
    SELECT 1 FROM facts f
    WHERE f.document_id = c.document_id AND f.metric = c.metric AND f.value = c.value
      AND {_SAME})
   -- IS NOT DISTINCT FROM cannot walk an index: a statement's missing figure is asked apart.
   OR (c.value IS NULL AND EXISTS (
    SELECT 1 FROM facts f
    WHERE f.document_id = c.document_id AND f.metric = c.metric AND f.value IS NULL
      AND {_SAME}))
"""
_DEFER = "INSERT INTO search_deferred (since) VALUES (%s)"
_RESUME = "DELETE FROM search_deferred"
_INDEX_FOR_SEARCH = """
INSERT INTO facts_search (fact_id, document)
SELECT s.id, search_document(s.claim, s.quote, s.counted, s.people, s.publication, s.countries,
                             s.lemmas)
FROM facts_search_source s WHERE s.id BETWEEN %s AND %s
"""
_COUNT_FACTS = """
INSERT INTO fact_counts AS kept (country, role, metric, n)
SELECT country, role, metric, count(*) FROM fact_roles
WHERE id BETWEEN %s AND %s AND status = 'published'
GROUP BY country, role, metric
ON CONFLICT (country, role, metric) DO UPDATE SET n = kept.n + excluded.n
"""
# Ids were given, not drawn: the next one drawn (by add_fact) must come after them.
_MOVE_IDS_ON = "SELECT setval(pg_get_serial_sequence('facts', 'id'), %s)"
# The rows of one new document kept in memory to find duplicates among them.
_KEYS_KEPT = 50_000
# Rows sent in one COPY.
_COPY_ROWS = 5000
# Rows of documents stored before checked against the store in one statement.
_CHECKED_AT_ONCE = 1000


def _key(content: tuple[Any, ...]) -> tuple[Any, ...]:
    """What makes two rows of one document the same fact: the figure's facts by their
    measure, countries, dates and figure; a statement by its claim too."""
    return content[:11] if content[5] is not None else content[:12]


class _Import:
    def __init__(self, conn: Connection, at: datetime, by: str, first_id: int) -> None:
        self.conn = conn
        self.ids = Ids()
        self.fresh: LifecycleValues = (
            "published", None, at.isoformat(), by, at.isoformat(), by, 1,
        )  # fmt: skip
        self.first_id = self.next_id = first_id
        self.pending: list[tuple[Any, ...]] = []
        self.present = 0
        self.document: int | None = None
        self.keys: set[tuple[Any, ...]] | None = None
        # Rows of documents stored before, waiting to be checked against the store at once.
        self.queued: list[tuple[int, ImportRow]] = []

    async def add(self, row: ImportRow) -> None:
        content, document, _said_by, _carried_by, _lifecycle = row
        found, added = await document_id(self.conn, self.ids, *document)
        if found != self.document:
            self.document = found
            self.keys = set() if added else None
        if self.keys is not None and len(self.keys) < _KEYS_KEPT:
            # A document this import added: only its own earlier rows can say the same.
            if self.queued:
                await self.settle()  # the queue's rows take their ids first, in file order
            key = _key(content)
            if key in self.keys:
                self.present += 1
                return
            self.keys.add(key)
            await self.append(found, row)
            return
        self.keys = None
        self.queued.append((found, row))
        if len(self.queued) >= _CHECKED_AT_ONCE:
            await self.settle()

    async def settle(self) -> None:
        """Store the queued rows that neither the store nor an earlier queued row holds."""
        if not self.queued:
            return
        await self.flush()
        queued, self.queued = self.queued, []
        columns = [[found for found, _ in queued]] + [
            [row[0][index] for _, row in queued] for index in range(12)
        ]
        cursor = await self.conn.execute(_STORED_ALREADY, columns)
        stored = {int(row[0]) for row in await cursor.fetchall()}
        seen: set[tuple[Any, ...]] = set()
        for number, (found, row) in enumerate(queued, start=1):
            key = (found, *_key(row[0]))
            if number in stored or key in seen:
                self.present += 1
                continue
            seen.add(key)
            await self.append(found, row)

    async def append(self, found: int, row: ImportRow) -> None:
        content, _document, said_by, carried_by, lifecycle = row
        said = None if said_by is None else await source_id(self.conn, self.ids, *said_by)
        carried = None if carried_by is None else await source_id(self.conn, self.ids, *carried_by)
        self.pending.append(
            (self.next_id, *content, said, carried, found, *(lifecycle or self.fresh))
        )
        self.next_id += 1
        if len(self.pending) >= _COPY_ROWS:
            await self.flush()

    async def flush(self) -> None:
        if not self.pending:
            return
        async with self.conn.cursor().copy(_COPY_FACTS) as copy:
            for values in self.pending:
                await copy.write_row(values)
        self.pending.clear()

    async def finish(self) -> StoredCounts:
        await self.settle()
        await self.flush()  # what the queue added, the last rows of all
        await self.conn.execute(_RESUME)
        added = self.next_id - self.first_id
        if not added:
            return StoredCounts(added=0, present=self.present, first_id=None, last_id=None)
        last_id = self.next_id - 1
        await self.conn.execute(_INDEX_FOR_SEARCH, (self.first_id, last_id))
        await self.conn.execute(_COUNT_FACTS, (self.first_id, last_id))
        await self.conn.execute(_MOVE_IDS_ON, (last_id,))
        return StoredCounts(
            added=added, present=self.present, first_id=self.first_id, last_id=last_id
        )


async def store_rows(
    conn: Connection,
    batches: Iterable[list[ImportRow]],
    *,
    at: datetime,
    by: str,
    source: str,
    stopping: Callable[[], bool],
) -> StoredCounts:
    """Store every row not already present, and log the import once with its counts.

    Run inside the caller's transaction, the facts' write lock held; whatever the batches
    raise (a bad file found while it is read) rolls it all back, and so does ``stopping()``
    turning true (the bot stopping): it is asked before each batch. The batches are read in a
    worker thread (reading a file, waiting for the validating process), not on the loop.
    """
    await conn.execute(_DEFER, (at,))
    row = await (await conn.execute(_FIRST_ID)).fetchone()
    work = _Import(conn, at, by, int(row[0]) if row else 1)
    rows = iter(batches)
    while (batch := await asyncio.to_thread(next, rows, None)) is not None:
        if stopping():
            raise WriteStopped(STOPPED)
        for item in batch:
            await work.add(item)
    counts = await work.finish()
    summary = {
        "source": source, "added": counts.added, "present": counts.present,
        "first_id": counts.first_id, "last_id": counts.last_id,
    }  # fmt: skip
    audit_id = await log_change(
        conn, at=at, actor=by, action="import", fact_id=None, version=None, after=summary
    )
    if counts.first_id is not None and counts.last_id is not None:
        await owe_digests(conn, audit_id, counts.first_id, counts.last_id, at)
    return counts
