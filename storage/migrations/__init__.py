"""Numbered schema migrations, recorded in the database they were applied to.

Each ``NNNN_name.sql`` file beside this module is one step. A step and the row that records it
are committed in one transaction, so a database is always at a whole step, and a database made
by an older version upgrades in place when it is opened.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib import resources

import aiosqlite

from storage.errors import SchemaError

__all__ = ["Migration", "apply_migrations", "available_migrations", "schema_version"]

_FILE_NAME = re.compile(r"^(\d{4})_(\w+)\.sql$")

_CREATE_LEDGER = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
) STRICT
"""
_RECORD = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"


@dataclass(frozen=True)
class Migration:
    """One numbered schema step."""

    version: int
    name: str
    sql: str


@cache
def available_migrations() -> tuple[Migration, ...]:
    """The migrations shipped with this version, in order."""
    found = []
    for entry in resources.files(__package__).iterdir():
        match = _FILE_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda migration: migration.version)
    versions = [migration.version for migration in found]
    if versions != list(range(1, len(found) + 1)):
        raise SchemaError(f"migrations are not numbered 1..n: {versions}")
    return tuple(found)


async def schema_version(conn: aiosqlite.Connection) -> int:
    """The highest migration applied to the database; 0 for a new database."""
    has_ledger = await conn.execute_fetchall(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'"
    )
    if not list(has_ledger):
        return 0
    rows = list(await conn.execute_fetchall("SELECT max(version) FROM schema_migrations"))
    return int(rows[0][0] or 0)


async def apply_migrations(conn: aiosqlite.Connection, *, target: int | None = None) -> list[int]:
    """Bring the schema up to ``target`` (default: the newest), one transaction per step.

    Args:
        conn: a writable connection in autocommit mode.
        target: the version to stop at, for tests that build an older schema.

    Returns:
        The versions applied now, in order.

    Raises:
        SchemaError: the database is newer than this version knows, or a step failed.
    """
    migrations = available_migrations()
    newest = migrations[-1].version
    target = newest if target is None else target
    await conn.execute(_CREATE_LEDGER)
    current = await schema_version(conn)
    if current > newest:
        raise SchemaError(
            f"the database is at schema version {current}, newer than this factbot "
            f"knows ({newest}); upgrade factbot"
        )
    applied = []
    for migration in migrations:
        if migration.version <= current or migration.version > target:
            continue
        # A step may rebuild a table others refer to (SQLite's way to change a constraint):
        # foreign keys are off while it runs, as SQLite's ALTER TABLE guide says, and every
        # reference is checked before it commits. The pragma works only outside a transaction.
        await conn.execute("PRAGMA foreign_keys = OFF")
        try:
            # executescript runs the step's many statements; BEGIN keeps them and the record
            # in the transaction that the COMMIT below ends.
            await conn.executescript(f"BEGIN IMMEDIATE;\n{migration.sql}")
            broken = list(await conn.execute_fetchall("PRAGMA foreign_key_check"))
            if broken:
                table, rowid, parent, _ = broken[0]
                raise sqlite3.IntegrityError(
                    f"{len(broken)} broken reference(s), first: {table} row {rowid} → {parent}"
                )
            await conn.execute(
                _RECORD,
                (migration.version, migration.name, datetime.now(UTC).isoformat()),
            )
            await conn.commit()
        except sqlite3.Error as error:
            if conn.in_transaction:
                await conn.rollback()
            raise SchemaError(
                f"migration {migration.version:04d}_{migration.name} failed: {error}"
            ) from error
        finally:
            await conn.execute("PRAGMA foreign_keys = ON")
        applied.append(migration.version)
    return applied
