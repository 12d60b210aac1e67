"""The SQL of writes, run inside a transaction the caller holds: facts, their sources, the log."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

import aiosqlite

from storage.models import FactDraft, Lifecycle, Source, SourceKind

__all__ = [
    "duplicate_key",
    "find_duplicate",
    "insert_fact",
    "log_change",
    "now",
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
    status, retraction_reason, created_at, created_by, updated_at, updated_by, version)
VALUES (
    :metric, :counted, :origin, :destination, :citizenship, :qualifier, :value, :value_high,
    :period_start, :period_end, :as_of, :claim, :quote, :attributed_to_id, :carried_by_id,
    :document_id, :status, :retraction_reason, :created_at, :created_by, :updated_at,
    :updated_by, :version)
"""
_UPDATE_FACT = f"""
UPDATE facts SET {_CONTENT},
    status = :status, retraction_reason = :retraction_reason,
    updated_at = :updated_at, updated_by = :updated_by, version = version + 1
WHERE id = :id AND version = :version
"""
_LOG_CHANGE = """
INSERT INTO audit_log (at, actor, action, fact_id, version, reason, before, after)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
"""
# Same measure, countries, dates, figure and source; a statement also by its claim.
_FIND_DUPLICATE = """
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
        "metric": draft.metric.value,
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


async def find_duplicate(
    conn: aiosqlite.Connection, draft: FactDraft, *, exclude_id: int | None = None
) -> int | None:
    """The id of a stored fact saying the same as ``draft`` from the same source, if any."""
    params = duplicate_key(draft) | {"exclude_id": exclude_id}
    rows = list(await conn.execute_fetchall(_FIND_DUPLICATE, params))
    return int(rows[0][0]) if rows else None


async def _source_id(conn: aiosqlite.Connection, source: Source | None) -> int | None:
    if source is None:
        return None
    await conn.execute(_ADD_SOURCE, (source.name, source.kind.value, source.description))
    rows = list(await conn.execute_fetchall(_SOURCE_ID, (source.name,)))
    return int(rows[0][0])


async def _content(conn: aiosqlite.Connection, draft: FactDraft) -> dict[str, Any]:
    """The facts-table parameters for ``draft``, its sources and document found or added."""
    citation = draft.citation
    document = citation.document
    publisher = Source(name=document.publisher, kind=SourceKind.OUTLET)
    publisher_id = await _source_id(conn, publisher)
    published_at = _iso(document.published_at)
    await conn.execute(
        _ADD_DOCUMENT, (publisher_id, document.title, document.author, published_at, document.url)
    )
    rows = list(
        await conn.execute_fetchall(_DOCUMENT_ID, (publisher_id, document.title, published_at))
    )
    return duplicate_key(draft) | {
        "attributed_to_id": await _source_id(conn, citation.attributed_to),
        "carried_by_id": await _source_id(conn, citation.carried_by),
        "document_id": int(rows[0][0]),
    }


async def insert_fact(conn: aiosqlite.Connection, draft: FactDraft, lifecycle: Lifecycle) -> int:
    """Insert ``draft`` with its lifecycle; returns the new fact's id."""
    params = await _content(conn, draft) | {
        "status": lifecycle.status.value,
        "retraction_reason": lifecycle.retraction_reason,
        "created_at": lifecycle.created_at.isoformat(),
        "created_by": lifecycle.created_by,
        "updated_at": lifecycle.updated_at.isoformat(),
        "updated_by": lifecycle.updated_by,
        "version": lifecycle.version,
    }
    cursor = await conn.execute(_ADD_FACT, params)
    assert cursor.lastrowid is not None  # noqa: S101 - an INSERT always sets it
    return cursor.lastrowid


async def update_fact(
    conn: aiosqlite.Connection,
    fact_id: int,
    draft: FactDraft,
    lifecycle: Lifecycle,
    *,
    expected_version: int,
) -> bool:
    """Replace the fact's content and status, raising its version by one.

    Returns:
        False when the fact is no longer at ``expected_version`` (someone changed it first).
    """
    params = await _content(conn, draft) | {
        "id": fact_id,
        "version": expected_version,
        "status": lifecycle.status.value,
        "retraction_reason": lifecycle.retraction_reason,
        "updated_at": lifecycle.updated_at.isoformat(),
        "updated_by": lifecycle.updated_by,
    }
    cursor = await conn.execute(_UPDATE_FACT, params)
    return cursor.rowcount == 1


async def log_change(
    conn: aiosqlite.Connection,
    *,
    at: datetime,
    actor: str,
    action: str,
    fact_id: int | None,
    version: int | None,
    reason: str | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Append one change to the audit log."""
    await conn.execute(
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
