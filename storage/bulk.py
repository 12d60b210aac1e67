"""An import's rows, stored in the writer's one transaction with as little work per row as can be.

A file of a million facts is stored all or nothing, so its cost is what SQLite and Python do
for each row. Here:

* rows come as plain tuples (``ImportRow``), validated before (``storage.import_rows``);
* facts are inserted a batch at a time (``executemany``), their ids given: the writer holds the
  write lock, so the next id is known, and nobody else adds one meanwhile;
* sources and documents are asked of SQLite once each (``storage.writes.Ids``);
* a duplicate (the same fact from the same document, as ``storage.writes.FIND_DUPLICATE``
  finds it) is found in memory while the rows of a document this import added come together:
  no stored fact can cite a document added just now, so only the file's earlier rows could say
  the same. Any other row is looked up in SQLite, after the rows before it are written;
* an import large beside the store (see ``BULK_SHARE``) drops the secondary indexes of facts
  and documents and the search trigger before its first row, and makes them again before it
  commits: one sort of each index instead of a random write per row and index. SQLite's DDL is
  transactional: a kill or a rollback leaves the store with its indexes, as it was. It also
  leaves the search index's segments unmerged until one merge at the end;
* the search index takes the new facts in chunks of ``SEARCH_CHUNK`` (one statement each, from
  ``facts_search_source``), so that the validating process works meanwhile.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storage.bulk_mode import BulkMode
from storage.follows import owe_digests
from storage.lemmas import Lemmatiser, fact_lemmas
from storage.models import FactDraft, Lifecycle, Source
from storage.writes import Ids, document_id, log_change, source_id

__all__ = [
    "BULK_MIN_ROWS",
    "BULK_SHARE",
    "SEARCH_CHUNK",
    "ImportRow",
    "StoredCounts",
    "import_row",
    "store_rows",
]

# metric, counted, origin, destination, citizenship, qualifier, value, value_high,
# period_start, period_end, as_of, claim, quote, search_lemmas: the facts table's own content
# columns (the lemmas computed where the row is made: storage.lemmas).
Content = tuple[Any, ...]
# publisher, title, author, published_at, url
DocumentValues = tuple[str, str, str | None, str, str | None]
# name, kind, description
SourceValues = tuple[str, str, str | None]
# status, retraction_reason, created_at, created_by, updated_at, updated_by, version
LifecycleValues = tuple[str, str | None, str, str, str, str, int]
# One valid fact, as plain values: cheap to make, to pickle between processes and to store.
ImportRow = tuple[
    Content, DocumentValues, SourceValues | None, SourceValues | None, LifecycleValues | None
]

# An import drops and remakes the secondary indexes (and merges the search index once) when it
# brings at least the store's facts over BULK_SHARE, as its file's size tells before the first
# row. Measured (benchmarks/RESULTS.md, "Import (issue 13)"): keeping the seven indexes costs a
# random page write per row and index, 75-110 µs a row in stores of 100,000 to 1,000,000 facts;
# remaking them and merging the search index costs 15-19 µs per row of the whole table, the
# store's included. So remaking wins once an import adds about a quarter of the store: 100,000
# rows into 1,000,000 facts took 23 s keeping the indexes and 34 s remaking them; 250,000,
# 53 s either way; 100,000 into 100,000, 16 s keeping them and 11 s remaking them.
BULK_SHARE = 4
# Below this, the few rows are cheaper to index one by one than to change the schema for
# (every connection re-reads the schema after it changes).
BULK_MIN_ROWS = 2000
# Rows indexed for search in one statement while a large import goes on: large enough that
# FTS5 writes few segments, small enough that the validating process keeps busy meanwhile.
SEARCH_CHUNK = 20_000
# The rows of one document kept in memory to find duplicates among them; past this, SQLite
# is asked (a document with more rows than this is rare, and is still checked exactly).
_KEYS_KEPT = 50_000
_FIRST_ID = "SELECT coalesce(max(id), 0) + 1 FROM facts"
_ADD_FACTS = """
INSERT INTO facts (
    id, metric, counted, origin, destination, citizenship, qualifier, value, value_high,
    period_start, period_end, as_of, claim, quote, search_lemmas, attributed_to_id,
    carried_by_id, document_id, status, retraction_reason, created_at, created_by, updated_at,
    updated_by, version)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
# storage.writes.FIND_DUPLICATE, for a document already found: ?1 is its id, ?2.. the content.
_SAME_FACT = """
SELECT 1 FROM facts
WHERE document_id = ?1 AND metric = ?2 AND counted = ?3 AND origin IS ?4
  AND destination IS ?5 AND citizenship IS ?6 AND qualifier IS ?7 AND value IS ?8
  AND value_high IS ?9 AND period_start IS ?10 AND period_end IS ?11 AND as_of IS ?12
  AND (?7 IS NOT NULL OR claim = ?13)
LIMIT 1
"""
# See migration 0007: while search_deferred holds a row, the trigger leaves new facts out.
_DEFER_SEARCH = "INSERT INTO search_deferred (since) VALUES (?)"
_RESUME_SEARCH = "DELETE FROM search_deferred"
_INDEX_FOR_SEARCH = """
INSERT INTO facts_search (rowid, claim, quote, counted, people, publication, countries, lemmas)
SELECT id, claim, quote, counted, people, publication, countries, lemmas
FROM facts_search_source WHERE id BETWEEN ? AND ?
"""
# The countries' counts of the facts added, in one statement (migration 0010: its trigger, as
# the search trigger, leaves facts out while search_deferred holds a row).
_COUNT_FACTS = """
INSERT INTO fact_counts (country, role, metric, n)
SELECT country, role, metric, count(*) FROM fact_roles
WHERE id BETWEEN ? AND ? AND status = 'published'
GROUP BY country, role, metric
ON CONFLICT DO UPDATE SET n = n + excluded.n
"""


def _iso(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


def _source_values(source: Source | None) -> SourceValues | None:
    return None if source is None else (source.name, source.kind.value, source.description)


def import_row(
    draft: FactDraft, lifecycle: Lifecycle | None, lemmatiser: Lemmatiser | None = None
) -> ImportRow:
    """``draft`` (and the lifecycle an export gave it) as the values the store writes, its
    lemmas for search computed by ``lemmatiser`` (None: left for ``fill_lemmas``)."""
    figure = draft.figure
    citation = draft.citation
    document = citation.document
    return (
        (
            draft.metric, draft.counted, draft.origin, draft.destination, draft.citizenship,
            figure.qualifier.value if figure else None, figure.value if figure else None,
            figure.high if figure else None, _iso(draft.period_start), _iso(draft.period_end),
            _iso(draft.as_of), draft.claim, draft.quote,
            fact_lemmas(lemmatiser, draft.claim, draft.quote, draft.counted),
        ),
        (
            document.publisher, document.title, document.author,
            document.published_at.isoformat(), document.url,
        ),
        _source_values(citation.attributed_to),
        _source_values(citation.carried_by),
        None
        if lifecycle is None
        else (
            lifecycle.status.value, lifecycle.retraction_reason,
            lifecycle.created_at.isoformat(), lifecycle.created_by,
            lifecycle.updated_at.isoformat(), lifecycle.updated_by, lifecycle.version,
        ),
    )  # fmt: skip


@dataclass(frozen=True)
class StoredCounts:
    """What an import stored: facts added, facts already present, and the ids it gave."""

    added: int
    present: int
    first_id: int | None
    last_id: int | None


class _Import:
    """One import's state in the writer's transaction."""

    def __init__(
        self, conn: sqlite3.Connection, at: datetime, by: str, expected_rows: int
    ) -> None:
        self.conn = conn
        self.ids = Ids()
        self.fresh: LifecycleValues = (
            "published", None, at.isoformat(), by, at.isoformat(), by, 1,
        )  # fmt: skip
        self.first_id = self.next_id = self.indexed = int(conn.execute(_FIRST_ID).fetchone()[0])
        # The store's facts: ids are never reused, as facts are never deleted.
        stored = self.first_id - 1
        self.pending: list[tuple[Any, ...]] = []
        self.present = 0
        self.document: int | None = None
        # The keys of the current document's rows, while it is new and they come together.
        self.keys: set[tuple[Any, ...]] | None = None
        large = expected_rows >= max(BULK_MIN_ROWS, stored // BULK_SHARE)
        self.bulk = BulkMode(conn) if large else None

    def add(self, row: ImportRow) -> None:
        content, document, said_by, carried_by, lifecycle = row
        found, added = document_id(self.conn, self.ids, *document)
        if found != self.document:
            self.document = found
            self.keys = set() if added else None
        if self.keys is not None and len(self.keys) < _KEYS_KEPT:
            key = content[:11] if content[5] is not None else content[:12]
            if key in self.keys:
                self.present += 1
                return
            self.keys.add(key)
        else:
            self.keys = None
            self.flush()
            if self.conn.execute(_SAME_FACT, (found, *content[:12])).fetchone() is not None:
                self.present += 1
                return
        self.pending.append(
            (
                self.next_id, *content,
                None if said_by is None else source_id(self.conn, self.ids, *said_by),
                None if carried_by is None else source_id(self.conn, self.ids, *carried_by),
                found, *(lifecycle or self.fresh),
            )
        )  # fmt: skip
        self.next_id += 1

    def flush(self) -> None:
        if self.pending:
            self.conn.executemany(_ADD_FACTS, self.pending)
            self.pending.clear()

    def batch_done(self) -> None:
        self.flush()
        if self.next_id - self.indexed >= SEARCH_CHUNK:
            self.index_for_search()

    def index_for_search(self) -> None:
        if self.next_id > self.indexed:
            self.conn.execute(_INDEX_FOR_SEARCH, (self.indexed, self.next_id - 1))
            self.indexed = self.next_id

    def finish(self) -> StoredCounts:
        self.flush()
        self.conn.execute(_RESUME_SEARCH)
        self.index_for_search()
        if self.next_id > self.first_id:
            self.conn.execute(_COUNT_FACTS, (self.first_id, self.next_id - 1))
        if self.bulk is not None:
            self.bulk.finish()
        added = self.next_id - self.first_id
        return StoredCounts(
            added=added,
            present=self.present,
            first_id=self.first_id if added else None,
            last_id=self.next_id - 1 if added else None,
        )


def store_rows(
    conn: sqlite3.Connection,
    batches: Iterable[list[ImportRow]],
    *,
    at: datetime,
    by: str,
    source: str,
    expected_rows: int,
) -> StoredCounts:
    """Store every row not already present, and log the import once with its counts.

    Run inside the writer's transaction; an exception (the batches' own, for a bad file) rolls
    it all back, the dropped indexes included.

    Args:
        conn: the writer's connection, in a transaction.
        batches: the rows, a list at a time.
        at: when the import happens, for new facts' lifecycle and the log.
        by: who imports.
        source: the file's name, for the log.
        expected_rows: about how many rows will come, to choose how to write them.
    """
    work = _Import(conn, at, by, expected_rows)
    conn.execute(_DEFER_SEARCH, (at.isoformat(),))
    for batch in batches:
        for row in batch:
            work.add(row)
        work.batch_done()
    counts = work.finish()
    summary = {
        "source": source, "added": counts.added, "present": counts.present,
        "first_id": counts.first_id, "last_id": counts.last_id,
    }  # fmt: skip
    audit_id = log_change(
        conn, at=at, actor=by, action="import", fact_id=None, version=None, after=summary
    )
    if counts.first_id is not None and counts.last_id is not None:
        owe_digests(conn, audit_id, counts.first_id, counts.last_id, at)
    return counts
