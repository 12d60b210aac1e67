"""The SQL of writes on PostgreSQL, run inside a transaction the caller holds: facts, their
sources and documents, and the audit log (as :mod:`storage.writes` does on SQLite)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from storage.models import FactDraft, Lifecycle, Source, SourceKind
from storage.writes import Ids, duplicate_key

__all__ = [
    "FACT_WRITES_LOCK",
    "document_id",
    "insert_fact",
    "log_change",
    "source_id",
    "update_fact",
]

Connection = psycopg.AsyncConnection[Any]

# The transaction-level advisory lock every write to the facts takes first: one such write at
# a time over the whole database, from any replica, as SQLite's one writer does. It is what
# keeps the duplicate check and an import's run of ids true: no other writer of facts can
# interleave. "factbot.facts" in ASCII, less its last bytes (a bigint).
FACT_WRITES_LOCK = 0x66_61_63_74_73_77_72

_ADD_SOURCE = """
INSERT INTO sources (name, kind, description) VALUES (%s, %s, %s)
ON CONFLICT (nocase(name)) DO NOTHING
RETURNING id
"""
_SOURCE_ID = "SELECT id FROM sources WHERE nocase(name) = nocase(%s)"
_ADD_DOCUMENT = """
INSERT INTO documents (publisher_id, title, author, published_at, url) VALUES (%s, %s, %s, %s, %s)
ON CONFLICT (publisher_id, title, published_at) DO NOTHING
RETURNING id
"""
_DOCUMENT_ID = (
    "SELECT id FROM documents WHERE publisher_id = %s AND title = %s AND published_at = %s"
)
_CONTENT_COLUMNS = (
    "metric", "counted", "origin", "destination", "citizenship", "qualifier", "value",
    "value_high", "period_start", "period_end", "as_of", "claim", "quote", "attributed_to_id",
    "carried_by_id", "document_id", "search_lemmas",
)  # fmt: skip
_LIFECYCLE_COLUMNS = (
    "status", "retraction_reason", "created_at", "created_by", "updated_at", "updated_by",
    "version",
)  # fmt: skip
_ADD_FACT = (
    f"INSERT INTO facts ({', '.join(_CONTENT_COLUMNS + _LIFECYCLE_COLUMNS)}) VALUES ("
    + ", ".join(f"%({name})s" for name in _CONTENT_COLUMNS + _LIFECYCLE_COLUMNS)
    + ") RETURNING id"
)
_UPDATE_FACT = (
    "UPDATE facts SET "
    + ", ".join(f"{name} = %({name})s" for name in _CONTENT_COLUMNS)
    + ", status = %(status)s, retraction_reason = %(retraction_reason)s,"
    " updated_at = %(updated_at)s, updated_by = %(updated_by)s, version = version + 1"
    " WHERE id = %(id)s AND version = %(version)s"
)
_LOG_CHANGE = """
INSERT INTO audit_log (at, actor, action, fact_id, version, reason, before, after)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s)
RETURNING id
"""
_DOCUMENTS_CACHED = 10_000


async def _one_id(
    conn: Connection, sql: str, params: Sequence[Any] | Mapping[str, Any]
) -> int | None:
    cursor = await conn.execute(sql, params)
    row = await cursor.fetchone()
    return None if row is None else int(row[0])


async def source_id(
    conn: Connection, ids: Ids, name: str, kind: str, description: str | None
) -> int:
    """The id of the source called ``name`` (case aside, as SQLite's NOCASE), added as
    ``kind`` if the store has none."""
    key = name.lower() if name.isascii() else name
    found = ids.sources.get(key)
    if found is None:
        found = await _one_id(conn, _ADD_SOURCE, (name, kind, description))
        if found is None:
            found = await _one_id(conn, _SOURCE_ID, (name,))
        if found is None:  # pragma: no cover - the conflict that hid it names it
            raise LookupError(f"source {name!r} neither added nor found")
        ids.sources[key] = found
    return found


async def document_id(
    conn: Connection,
    ids: Ids,
    publisher: str,
    title: str,
    author: str | None,
    published_at: str,
    url: str | None,
) -> tuple[int, bool]:
    """The id of the document, and whether this call added it (then no fact cites it yet)."""
    publisher_id = await source_id(conn, ids, publisher, SourceKind.OUTLET.value, None)
    key = (publisher_id, title, published_at)
    found = ids.documents.get(key)
    if found is not None:
        return found, False
    # The rows of one document come together: a small cache finds nearly all of them.
    if len(ids.documents) >= _DOCUMENTS_CACHED:
        ids.documents.clear()
    added = await _one_id(conn, _ADD_DOCUMENT, (publisher_id, title, author, published_at, url))
    if added is not None:
        ids.documents[key] = added
        return added, True
    found = await _one_id(conn, _DOCUMENT_ID, key)
    if found is None:  # pragma: no cover - the conflict that hid it names it
        raise LookupError(f"document {title!r} neither added nor found")
    ids.documents[key] = found
    return found, False


async def _source(conn: Connection, source: Source | None, ids: Ids) -> int | None:
    if source is None:
        return None
    return await source_id(conn, ids, source.name, source.kind.value, source.description)


async def _content(conn: Connection, draft: FactDraft, ids: Ids) -> dict[str, Any]:
    citation = draft.citation
    document = citation.document
    # In this order, as sources get their ids: who said it, who carried it, who published it.
    said_by = await _source(conn, citation.attributed_to, ids)
    carried_by = await _source(conn, citation.carried_by, ids)
    found, _ = await document_id(
        conn, ids, document.publisher, document.title, document.author,
        document.published_at.isoformat(), document.url,
    )  # fmt: skip
    return duplicate_key(draft) | {
        "attributed_to_id": said_by,
        "carried_by_id": carried_by,
        "document_id": found,
    }


async def insert_fact(
    conn: Connection, draft: FactDraft, lifecycle: Lifecycle, *, lemmas: str | None = None
) -> int:
    """Insert ``draft`` with its lifecycle and its lemmas for search (None: not lemmatised
    yet, storage.lemmas); the new fact's id."""
    params = await _content(conn, draft, Ids()) | {
        "search_lemmas": lemmas,
        "status": lifecycle.status.value,
        "retraction_reason": lifecycle.retraction_reason,
        "created_at": lifecycle.created_at,
        "created_by": lifecycle.created_by,
        "updated_at": lifecycle.updated_at,
        "updated_by": lifecycle.updated_by,
        "version": lifecycle.version,
    }
    found = await _one_id(conn, _ADD_FACT, params)
    if found is None:  # pragma: no cover - RETURNING always gives the row
        raise LookupError("the new fact has no id")
    return found


async def update_fact(
    conn: Connection,
    fact_id: int,
    draft: FactDraft,
    lifecycle: Lifecycle,
    *,
    expected_version: int,
    lemmas: str | None = None,
) -> bool:
    """Replace the fact's content, lemmas and status, raising its version by one; False when
    it is no longer at ``expected_version``."""
    params = await _content(conn, draft, Ids()) | {
        "search_lemmas": lemmas,
        "id": fact_id,
        "version": expected_version,
        "status": lifecycle.status.value,
        "retraction_reason": lifecycle.retraction_reason,
        "updated_at": lifecycle.updated_at,
        "updated_by": lifecycle.updated_by,
    }
    cursor = await conn.execute(_UPDATE_FACT, params)
    return cursor.rowcount == 1


async def log_change(
    conn: Connection,
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
    params = (
        at, actor, action, fact_id, version, reason,
        None if before is None else Jsonb(before), None if after is None else Jsonb(after),
    )  # fmt: skip
    found = await _one_id(conn, _LOG_CHANGE, params)
    if found is None:  # pragma: no cover - RETURNING always gives the row
        raise LookupError("the audit-log row has no id")
    return found
