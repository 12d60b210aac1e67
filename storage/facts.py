"""FactStore: every query and write of the fact store, returning models.

One connection writes (behind a lock, one transaction at a time) and another reads, so a reader
never sees a curator's half-done write: WAL gives it the last committed state.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Self

import aiosqlite
from pydantic import ValidationError

from storage.database import open_database, transaction
from storage.errors import FactNotFound, InvalidFact, StoreUnavailable
from storage.migrations import apply_migrations
from storage.models import FLOW_METRICS, Fact, FactDraft, FactStatus, Source, SourceKind

__all__ = ["AddResult", "FactStore"]

_FLOW_METRICS_SQL = ", ".join(f"'{metric.value}'" for metric in sorted(FLOW_METRICS))

_SELECT_FACTS = """
SELECT f.id, f.metric, f.counted, f.origin, f.destination, f.citizenship,
       f.qualifier, f.value, f.value_high, f.period_start, f.period_end, f.as_of,
       f.claim, f.quote, f.status, f.retraction_reason,
       f.created_at, f.created_by, f.updated_at, f.updated_by, f.version,
       a.name AS a_name, a.kind AS a_kind, a.description AS a_description,
       c.name AS c_name, c.kind AS c_kind, c.description AS c_description,
       p.name AS publisher, d.title, d.author, d.published_at, d.url
FROM facts f
JOIN documents d ON d.id = f.document_id
JOIN sources p ON p.id = d.publisher_id
LEFT JOIN sources a ON a.id = f.attributed_to_id
LEFT JOIN sources c ON c.id = f.carried_by_id
"""
_NEWEST_FIRST = "ORDER BY f.sort_date DESC, f.id DESC"

_GET_FACT = f"{_SELECT_FACTS} WHERE f.id = ?"
_FLOWS_FOR = f"""{_SELECT_FACTS}
WHERE f.status = 'published' AND f.metric IN ({_FLOW_METRICS_SQL})
  AND (f.origin = :country OR f.destination = :country)
{_NEWEST_FIRST}"""
_FACTS_NAMING = f"""{_SELECT_FACTS}
WHERE f.status = 'published'
  AND (f.origin = :country OR f.destination = :country OR f.citizenship = :country)
{_NEWEST_FIRST}"""
_COUNT_FACTS = "SELECT count(*) FROM facts"

_ADD_SOURCE = """
INSERT INTO sources (name, kind, description) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING
"""
_SOURCE_ID = "SELECT id FROM sources WHERE name = ?"
_ADD_DOCUMENT = """
INSERT INTO documents (publisher_id, title, author, published_at, url) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (publisher_id, title, published_at) DO NOTHING
"""
_DOCUMENT_ID = "SELECT id FROM documents WHERE publisher_id = ? AND title = ? AND published_at = ?"
_ADD_FACT = """
INSERT INTO facts (
    metric, counted, origin, destination, citizenship, qualifier, value, value_high,
    period_start, period_end, as_of, claim, quote, attributed_to_id, carried_by_id, document_id,
    created_at, created_by, updated_at, updated_by)
VALUES (
    :metric, :counted, :origin, :destination, :citizenship, :qualifier, :value, :value_high,
    :period_start, :period_end, :as_of, :claim, :quote, :attributed_to_id, :carried_by_id,
    :document_id, :now, :by, :now, :by)
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
ORDER BY f.id LIMIT 1
"""


@dataclass(frozen=True)
class AddResult:
    """What a batch write did: the facts it added and those already present."""

    added: int
    present: int


class FactStore:
    """Async access to the fact store at one database path."""

    def __init__(self, path: Path, writer: aiosqlite.Connection, reader: aiosqlite.Connection):
        self.path = path
        self._writer = writer
        self._reader = reader
        self._write_lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path) -> Self:
        """Open the database at ``path``, creating it and upgrading its schema as needed.

        Raises:
            StoreUnavailable: the file cannot be opened or is not a database.
            SchemaError: the schema is newer than this version, or a migration failed.
        """
        writer = await open_database(path)
        try:
            await apply_migrations(writer)
            reader = await open_database(path, read_only=True)
        except BaseException:
            await writer.close()
            raise
        return cls(path, writer, reader)

    async def close(self) -> None:
        """Close both connections; the store cannot be used afterwards."""
        async with self._write_lock:
            await self._reader.close()
            await self._writer.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.close()

    async def count_facts(self) -> int:
        """How many facts the store holds, retracted ones included."""
        rows = list(await self._read(_COUNT_FACTS, ()))
        return int(rows[0][0])

    async def get_fact(self, fact_id: int) -> Fact:
        """The fact with this id, whatever its status.

        Raises:
            FactNotFound: no fact has that id.
        """
        facts = await self._read_facts(_GET_FACT, (fact_id,))
        if not facts:
            raise FactNotFound(fact_id)
        return facts[0]

    async def flows_for(self, country: str) -> list[Fact]:
        """Published flows into or out of ``country`` (alpha-3), newest first."""
        return await self._read_facts(_FLOWS_FOR, {"country": country})

    async def facts_naming(self, country: str) -> list[Fact]:
        """Published facts of any kind that name ``country`` (alpha-3), newest first."""
        return await self._read_facts(_FACTS_NAMING, {"country": country})

    async def find_duplicate(self, draft: FactDraft) -> int | None:
        """The id of a stored fact that says the same as ``draft`` from the same source."""
        rows = list(await self._read(_FIND_DUPLICATE, _duplicate_key(draft)))
        return int(rows[0][0]) if rows else None

    async def add_fact(self, draft: FactDraft, *, by: str) -> Fact:
        """Store a new fact with its citation chain, in one transaction.

        Args:
            draft: the validated fact.
            by: who adds it ("telegram:<user id>", "seed", "cli").

        Returns:
            The stored fact, with its id and version 1.

        Raises:
            InvalidFact: the store's rules refuse it.
        """
        async with self._writing() as conn:
            fact_id = await _insert_fact(conn, draft, by=by, now=_now())
        return await self.get_fact(fact_id)

    async def add_facts(self, drafts: Iterable[FactDraft], *, by: str) -> AddResult:
        """Store every draft not already present, all in one transaction.

        Raises:
            InvalidFact: the store refused one of them; none is stored.
        """
        added = present = 0
        now = _now()
        async with self._writing() as conn:
            for draft in drafts:
                found = list(await conn.execute_fetchall(_FIND_DUPLICATE, _duplicate_key(draft)))
                if found:
                    present += 1
                else:
                    await _insert_fact(conn, draft, by=by, now=now)
                    added += 1
        return AddResult(added=added, present=present)

    @asynccontextmanager
    async def _writing(self) -> AsyncIterator[aiosqlite.Connection]:
        """One write transaction at a time, its sqlite3 errors turned into the store's own."""
        async with self._write_lock:
            try:
                async with transaction(self._writer) as conn:
                    yield conn
            except sqlite3.IntegrityError as error:
                raise InvalidFact(f"the store refused the fact: {error}") from error
            except sqlite3.Error as error:
                raise StoreUnavailable(f"cannot write to {self.path}: {error}") from error

    async def _read(self, sql: str, params: Sequence[Any] | dict[str, Any]) -> Iterable[Any]:
        try:
            return await self._reader.execute_fetchall(sql, params)
        except sqlite3.Error as error:
            raise StoreUnavailable(f"cannot read the database {self.path}: {error}") from error

    async def _read_facts(self, sql: str, params: Sequence[Any] | dict[str, Any]) -> list[Fact]:
        rows = await self._read(sql, params)
        cursor_names = [
            "id", "metric", "counted", "origin", "destination", "citizenship",
            "qualifier", "value", "value_high", "period_start", "period_end", "as_of",
            "claim", "quote", "status", "retraction_reason",
            "created_at", "created_by", "updated_at", "updated_by", "version",
            "a_name", "a_kind", "a_description", "c_name", "c_kind", "c_description",
            "publisher", "title", "author", "published_at", "url",
        ]  # fmt: skip
        return [_fact_from_row(dict(zip(cursor_names, row, strict=True))) for row in rows]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _duplicate_key(draft: FactDraft) -> dict[str, Any]:
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
    }


async def _source_id(conn: aiosqlite.Connection, source: Source | None) -> int | None:
    if source is None:
        return None
    await conn.execute(_ADD_SOURCE, (source.name, source.kind.value, source.description))
    rows = list(await conn.execute_fetchall(_SOURCE_ID, (source.name,)))
    return int(rows[0][0])


async def _insert_fact(conn: aiosqlite.Connection, draft: FactDraft, *, by: str, now: str) -> int:
    citation = draft.citation
    document = citation.document
    publisher_id = await _source_id(conn, Source(name=document.publisher, kind=SourceKind.OUTLET))
    published_at = _iso(document.published_at)
    await conn.execute(
        _ADD_DOCUMENT,
        (publisher_id, document.title, document.author, published_at, document.url),
    )
    rows = list(
        await conn.execute_fetchall(_DOCUMENT_ID, (publisher_id, document.title, published_at))
    )
    params = _duplicate_key(draft) | {
        "quote": draft.quote,
        "attributed_to_id": await _source_id(conn, citation.attributed_to),
        "carried_by_id": await _source_id(conn, citation.carried_by),
        "document_id": int(rows[0][0]),
        "now": now,
        "by": by,
    }
    cursor = await conn.execute(_ADD_FACT, params)
    assert cursor.lastrowid is not None  # noqa: S101 - an INSERT always sets it
    return cursor.lastrowid


def _source(row: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    if row[f"{prefix}_name"] is None:
        return None
    return {
        "name": row[f"{prefix}_name"],
        "kind": row[f"{prefix}_kind"],
        "description": row[f"{prefix}_description"],
    }


def _fact_from_row(row: dict[str, Any]) -> Fact:
    figure = None
    if row["qualifier"] is not None:
        figure = {"qualifier": row["qualifier"], "value": row["value"], "high": row["value_high"]}
    try:
        return Fact.model_validate(
            {
                "id": row["id"],
                "metric": row["metric"],
                "counted": row["counted"],
                "origin": row["origin"],
                "destination": row["destination"],
                "citizenship": row["citizenship"],
                "figure": figure,
                "period_start": row["period_start"],
                "period_end": row["period_end"],
                "as_of": row["as_of"],
                "claim": row["claim"],
                "quote": row["quote"],
                "citation": {
                    "attributed_to": _source(row, "a"),
                    "carried_by": _source(row, "c"),
                    "document": {
                        "publisher": row["publisher"],
                        "title": row["title"],
                        "author": row["author"],
                        "published_at": row["published_at"],
                        "url": row["url"],
                    },
                },
                "status": FactStatus(row["status"]),
                "retraction_reason": row["retraction_reason"],
                "created_at": row["created_at"],
                "created_by": row["created_by"],
                "updated_at": row["updated_at"],
                "updated_by": row["updated_by"],
                "version": row["version"],
            }
        )
    except ValidationError as error:
        raise InvalidFact(f"fact {row['id']} in the database is malformed: {error}") from error
