"""Numbered schema migrations on PostgreSQL, recorded in the database they were applied to.

Each ``migrations/NNNN_name.sql`` file is one step, a series of its own (it is not SQLite's).
A step and the ledger row that records it commit in one transaction: PostgreSQL's DDL is
transactional, so a database is always at a whole step. The whole run holds an advisory lock,
so two replicas starting at once apply each step exactly once: the second waits, then finds
nothing left to do.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from importlib import resources
from typing import Any

import psycopg

from storage.errors import SchemaError
from storage.migrations import Migration, read_series, steps_to_apply

__all__ = ["MIGRATION_LOCK", "apply_migrations", "available_migrations", "schema_version"]

# The advisory lock's key, one for every factbot database on a server: "factbot" in ASCII.
MIGRATION_LOCK = 0x66_61_63_74_62_6F_74

_CREATE_LEDGER = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    applied_at timestamptz NOT NULL
)
"""
_RECORD = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (%s, %s, %s)"
_HAS_LEDGER = "SELECT to_regclass('schema_migrations') IS NOT NULL"


@cache
def available_migrations() -> tuple[Migration, ...]:
    """The PostgreSQL migrations shipped with this version, in order."""
    return read_series(resources.files(__package__) / "migrations", "PostgreSQL migrations")


async def schema_version(conn: psycopg.AsyncConnection[Any]) -> int:
    """The highest migration applied to the database; 0 for a new database."""
    cursor = await conn.execute(_HAS_LEDGER)
    row = await cursor.fetchone()
    if row is None or not row[0]:
        return 0
    cursor = await conn.execute("SELECT max(version) FROM schema_migrations")
    row = await cursor.fetchone()
    return int(row[0] or 0) if row else 0


async def apply_migrations(
    conn: psycopg.AsyncConnection[Any], *, target: int | None = None
) -> list[int]:
    """Bring the schema up to ``target`` (default: the newest), one transaction per step.

    Args:
        conn: a connection in autocommit mode (each step is its own transaction).
        target: the version to stop at, for tests that build an older schema.

    Returns:
        The versions applied now, in order: none if another runner applied them first.

    Raises:
        SchemaError: the connection is inside a transaction, the database is not UTF-8 or is
            newer than this version knows, or a step failed (the database stays at the step
            before it).
    """
    if not conn.autocommit:
        raise SchemaError("migrations need a connection in autocommit mode")
    await _check_encoding(conn)
    # A session lock, not a transaction's: it is held across the steps' transactions, and a
    # runner that dies releases it with its connection.
    await conn.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
    try:
        await conn.execute(_CREATE_LEDGER)
        current = await schema_version(conn)
        applied = []
        for migration in steps_to_apply(available_migrations(), current, target):
            await _apply(conn, migration)
            applied.append(migration.version)
        return applied
    finally:
        await conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))


async def _apply(conn: psycopg.AsyncConnection[Any], migration: Migration) -> None:
    try:
        async with conn.transaction():
            # Without parameters the step's many statements go as one simple query (and its
            # '%' characters, if any, are not read as placeholders).
            await conn.execute(migration.sql.encode())
            await conn.execute(_RECORD, (migration.version, migration.name, datetime.now(UTC)))
    except psycopg.Error as error:
        raise SchemaError(
            f"PostgreSQL migration {migration.version:04d}_{migration.name} failed: {error}"
        ) from error


async def _check_encoding(conn: psycopg.AsyncConnection[Any]) -> None:
    """Refuse a database that cannot hold the bot's four languages."""
    cursor = await conn.execute("SELECT current_setting('server_encoding')")
    row = await cursor.fetchone()
    encoding = row[0] if row else None
    if encoding != "UTF8":
        raise SchemaError(
            f"the database's encoding is {encoding}, and factbot stores text in four "
            "languages: create it with ENCODING 'UTF8'"
        )
