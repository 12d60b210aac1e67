"""Rows written straight into a PostgreSQL fact store with SQL, for the schema's tests (the
store API over PostgreSQL comes later). Every value goes through a placeholder."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

import psycopg
from psycopg import sql

Connection = psycopg.AsyncConnection[Any]

NOW = datetime(2022, 10, 4, 12, 0, tzinfo=UTC)


def insert_statement(table: str, row: Mapping[str, object]) -> sql.Composed:
    """INSERT of ``row``'s columns into ``table``, its values as placeholders, in row's order."""
    return sql.SQL("INSERT INTO {} ({}) VALUES ({}) RETURNING *").format(
        sql.Identifier(table),
        sql.SQL(", ").join(map(sql.Identifier, row)),
        sql.SQL(", ").join(sql.Placeholder() * len(row)),
    )


async def insert(conn: Connection, table: str, row: Mapping[str, object]) -> Any:
    """Insert ``row`` into ``table``; its first column's value (the id, where there is one)."""
    cursor = await conn.execute(insert_statement(table, row), list(row.values()))
    inserted = await cursor.fetchone()
    assert inserted is not None
    return inserted[0]


async def add_source(conn: Connection, name: str, kind: str = "outlet", **more: object) -> int:
    return int(await insert(conn, "sources", {"name": name, "kind": kind, **more}))


async def add_document(
    conn: Connection, publisher: str = "Example Times", title: str = "Russians cross into Georgia"
) -> int:
    """A document dated as the factories' is, published by a new source named ``publisher``."""
    publisher_id = await add_source(conn, publisher)
    row = {
        "publisher_id": publisher_id,
        "title": title,
        "author": "A. Reporter",
        "published_at": "2022-09-28T18:00:00+03:00",
        "url": "https://example.org/georgia",
    }
    return int(await insert(conn, "documents", row))


def fact_row(document_id: int | None, /, **overrides: object) -> dict[str, object]:
    """A valid fact's row (tests/factories.py's draft, flattened), with columns overridden."""
    row: dict[str, object] = {
        "metric": "entered",
        "counted": "Russian citizens",
        "origin": "RUS",
        "destination": "GEO",
        "citizenship": "RUS",
        "qualifier": "about",
        "value": 50_000,
        "period_start": date(2022, 9, 21),
        "period_end": date(2022, 9, 28),
        "claim": "About 50,000 Russians entered Georgia in a week.",
        "quote": "About 50,000 Russians have crossed into Georgia.",
        "document_id": document_id,
        "created_at": NOW,
        "created_by": "t",
        "updated_at": NOW,
        "updated_by": "t",
    }
    return row | overrides


async def add_fact(conn: Connection, document_id: int, **overrides: object) -> int:
    return int(await insert(conn, "facts", fact_row(document_id, **overrides)))
