"""The SQL of writes, run inside a transaction the caller holds: facts, their sources, the log.

Synchronous on purpose: a whole transaction runs in the writer's thread (see storage.writer),
so an import of many rows does not pay a thread hop for every statement.
"""

from __future__ import annotations

import json
import sqlite3
import string
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from storage.models import FactDraft, Lifecycle, Source, SourceKind

__all__ = [
    "FIND_DUPLICATE",
    "Ids",
    "document_id",
    "duplicate_key",
    "find_duplicate",
    "insert_fact",
    "log_change",
    "now",
    "source_id",
    "update_fact",
]

_ADD_SOURCE = """
INSERT INTO sources (name, kind, description) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING
"""
_SOURCE_ID = "SELECT id FROM sources WHERE name = ?"
_ADD_DOCUMENT = """
INSERT INTO documents (publisher_id, title, author, published_at, url) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (publisher_id, title, published_at) DO NOTHING
"""
_DOCUMENT_ID = "SELECT id FROM documents WHERE publisher_id = ? AND title = ? AND published_at = ?"
_CONTENT = """
    metric = :metric, counted = :counted, origin = :origin, destination = :destination,
    citizenship = :citizenship, qualifier = :qualifier, value = :value, value_high = :value_high,
    period_start = :period_start, period_end = :period_end, as_of = :as_of,
    claim = :claim, quote = :quote, attributed_to_id = :attributed_to_id,
    carried_by_id = :carried_by_id, document_id = :document_id
"""
_ADD_FACT = """
INSERT INTO facts (
    metric, counted, origin, destination, citizenship, qualifier, value, value_high,
    period_start, period_end, as_of, claim, quote, attributed_to_id, carried_by_id, document_id,
    search_lemmas, status, retraction_reason, created_at, created_by, updated_at, updated_by,
    version)
VALUES (
    :metric, :counted, :origin, :destination, :citizenship, :qualifier, :value, :value_high,
    :period_start, :period_end, :as_of, :claim, :quote, :attributed_to_id, :carried_by_id,
    :document_id, :search_lemmas, :status, :retraction_reason, :created_at, :created_by,
    :updated_at, :updated_by, :version)
"""
_UPDATE_FACT = f"""
UPDATE facts SET {_CONTENT}, search_lemmas = :search_lemmas,
    status = :status, retraction_reason = :retraction_reason,
    updated_at = :updated_at, updated_by = :updated_by, version = version + 1
WHERE id = :id AND version = :version
"""
_LOG_CHANGE = """
INSERT INTO audit_log (at, actor, action, fact_id, version, reason, before, after)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
"""
_DOCUMENTS_CACHED = 10_000
# Same measure, countries, dates, figure and source; a statement also by its claim.
FIND_DUPLICATE = """
SELECT f.id FROM facts f
JOIN documents d ON d.id = f.document_id
JOIN sources p ON p.id = d.publisher_id
WHERE f.metric = :metric AND f.counted = :counted
  AND f.origin IS :origin AND f.destination IS :destination AND f.citizenship IS :citizenship
  AND f.qualifier IS :qualifier AND f.value IS :value AND f.value_high IS :value_high
  AND f.period_start IS :period_start AND f.period_end IS :period_end AND f.as_of IS :as_of
  AND p.name = :publisher AND d.title = :title AND d.published_at = :published_at
  AND (:qualifier IS NOT NULL OR f.claim = :claim)
  AND f.id IS NOT :exclude_id
ORDER BY f.id LIMIT 1
"""


def now() -> datetime:
    """The current time, in UTC to the second, as every write records it."""
    return datetime.now(UTC).replace(microsecond=0)


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def duplicate_key(draft: FactDraft) -> dict[str, Any]:
    """The draft's content as the named parameters of the facts table."""
    figure = draft.figure
    document = draft.citation.document
    return {
        "metric": draft.metric,
        "counted": draft.counted,
        "origin": draft.origin,
        "destination": draft.destination,
        "citizenship": draft.citizenship,
        "qualifier": figure.qualifier.value if figure else None,
        "value": figure.value if figure else None,
        "value_high": figure.high if figure else None,
        "period_start": _iso(draft.period_start),
        "period_end": _iso(draft.period_end),
        "as_of": _iso(draft.as_of),
        "publisher": document.publisher,
        "title": document.title,
        "published_at": _iso(document.published_at),
        "claim": draft.claim,
        "quote": draft.quote,
    }


def find_duplicate(
    conn: sqlite3.Connection, draft: FactDraft, *, exclude_id: int | None = None
) -> int | None:
    """The id of a stored fact saying the same as ``draft`` from the same source, if any."""
    params = duplicate_key(draft) | {"exclude_id": exclude_id}
    row = conn.execute(FIND_DUPLICATE, params).fetchone()
    return int(row[0]) if row else None


@dataclass
class Ids:
    """Ids of sources and documents found or added in this transaction, to ask SQLite once."""

    sources: dict[str, int] = field(default_factory=dict)
    documents: dict[tuple[int, str, str], int] = field(default_factory=dict)


# Source names are unique as SQLite's NOCASE compares them: ASCII letters only, case aside.
_NOCASE = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def source_id(
    conn: sqlite3.Connection, ids: Ids, name: str, kind: str, description: str | None
) -> int:
    """The id of the source called ``name``, added (as ``kind``) if the store has none."""
    # str.lower folds more than ASCII, and translate is slow: most names are ASCII.
    key = name.lower() if name.isascii() else name.translate(_NOCASE)
    found = ids.sources.get(key)
    if found is None:
        added = conn.execute(_ADD_SOURCE, (name, kind, description))
        # One row changed: it was added, as the last row id says; none: it was there.
        if added.rowcount == 1 and added.lastrowid is not None:
            found = added.lastrowid
        else:
            found = int(conn.execute(_SOURCE_ID, (name,)).fetchone()[0])
        ids.sources[key] = found
    return found


def document_id(
    conn: sqlite3.Connection,
    ids: Ids,
    publisher: str,
    title: str,
    author: str | None,
    published_at: str,
    url: str | None,
) -> tuple[int, bool]:
    """The id of the document, and whether this call added it (then no fact cites it yet)."""
    publisher_id = source_id(conn, ids, publisher, SourceKind.OUTLET.value, None)
    key = (publisher_id, title, published_at)
    found = ids.documents.get(key)
    if found is not None:
        return found, False
    # An import of millions of rows must not keep every document it met in memory: the
    # rows of one document come together, so a small cache finds nearly all of them.
    if len(ids.documents) >= _DOCUMENTS_CACHED:
        ids.documents.clear()
    added = conn.execute(_ADD_DOCUMENT, (publisher_id, title, author, published_at, url))
    # One row changed: it was added, as the last row id says; none: it was there.
    if added.rowcount == 1 and added.lastrowid is not None:
        ids.documents[key] = added.lastrowid
        return added.lastrowid, True
    found = ids.documents[key] = int(conn.execute(_DOCUMENT_ID, key).fetchone()[0])
    return found, False


def _source(conn: sqlite3.Connection, source: Source | None, ids: Ids) -> int | None:
    if source is None:
        return None
    return source_id(conn, ids, source.name, source.kind.value, source.description)


def _content(conn: sqlite3.Connection, draft: FactDraft, ids: Ids) -> dict[str, Any]:
    """The facts-table parameters for ``draft``, its sources and document found or added."""
    citation = draft.citation
    document = citation.document
    # In this order, as sources get their ids: who said it, who carried it, who published it.
    said_by = _source(conn, citation.attributed_to, ids)
    carried_by = _source(conn, citation.carried_by, ids)
    found, _ = document_id(
        conn, ids, document.publisher, document.title, document.author,
        document.published_at.isoformat(), document.url,
    )  # fmt: skip
    return duplicate_key(draft) | {
        "attributed_to_id": said_by,
        "carried_by_id": carried_by,
        "document_id": found,
    }


def insert_fact(
    conn: sqlite3.Connection,
    draft: FactDraft,
    lifecycle: Lifecycle,
    ids: Ids | None = None,
    *,
    lemmas: str | None = None,
) -> int:
    """Insert ``draft`` with its lifecycle; returns the new fact's id.

    Args:
        conn: the writer's connection, in a transaction.
        draft: the fact's content.
        lifecycle: its status, version and who made it when.
        ids: sources and documents already looked up in this transaction.
        lemmas: its words' lemmas for search (storage.lemmas); None: not lemmatised yet.
    """
    params = _content(conn, draft, ids or Ids()) | {
        "search_lemmas": lemmas,
        "status": lifecycle.status.value,
        "retraction_reason": lifecycle.retraction_reason,
        "created_at": lifecycle.created_at.isoformat(),
        "created_by": lifecycle.created_by,
        "updated_at": lifecycle.updated_at.isoformat(),
        "updated_by": lifecycle.updated_by,
        "version": lifecycle.version,
    }
    cursor = conn.execute(_ADD_FACT, params)
    assert cursor.lastrowid is not None  # noqa: S101 - an INSERT always sets it
    return cursor.lastrowid


def update_fact(
    conn: sqlite3.Connection,
    fact_id: int,
    draft: FactDraft,
    lifecycle: Lifecycle,
    *,
    expected_version: int,
    lemmas: str | None = None,
) -> bool:
    """Replace the fact's content and status, raising its version by one.

    ``lemmas`` are the new content's lemmas for search (storage.lemmas); None: not lemmatised
    yet.

    Returns:
        False when the fact is no longer at ``expected_version`` (someone changed it first).
    """
    params = _content(conn, draft, Ids()) | {
        "search_lemmas": lemmas,
        "id": fact_id,
        "version": expected_version,
        "status": lifecycle.status.value,
        "retraction_reason": lifecycle.retraction_reason,
        "updated_at": lifecycle.updated_at.isoformat(),
        "updated_by": lifecycle.updated_by,
    }
    cursor = conn.execute(_UPDATE_FACT, params)
    return cursor.rowcount == 1


def log_change(
    conn: sqlite3.Connection,
    *,
    at: datetime,
    actor: str,
    action: str,
    fact_id: int | None,
    version: int | None,
    reason: str | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> int:
    """Append one change to the audit log; the id of its row."""
    cursor = conn.execute(
        _LOG_CHANGE,
        (
            at.isoformat(),
            actor,
            action,
            fact_id,
            version,
            reason,
            None if before is None else json.dumps(before, ensure_ascii=False),
            None if after is None else json.dumps(after, ensure_ascii=False),
        ),
    )
    return int(cursor.lastrowid or 0)
