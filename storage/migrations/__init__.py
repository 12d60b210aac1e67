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
from importlib.resources.abc import Traversable

import aiosqlite

from storage.errors import SchemaError

__all__ = [
    "Migration",
    "apply_migrations",
    "available_migrations",
    "read_series",
    "schema_version",
    "steps_to_apply",
]

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


def read_series(folder: Traversable, series: str) -> tuple[Migration, ...]:
    """The ``NNNN_name.sql`` steps in ``folder``, in order; ``series`` names them in errors.

    Raises:
        SchemaError: the steps are not numbered 1..n.
    """
    found = []
    for entry in folder.iterdir():
        match = _FILE_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda migration: migration.version)
    versions = [migration.version for migration in found]
    if versions != list(range(1, len(found) + 1)):
        raise SchemaError(f"{series} are not numbered 1..n: {versions}")
    return tuple(found)


def steps_to_apply(
    migrations: tuple[Migration, ...], current: int, target: int | None
) -> list[Migration]:
    """The steps that bring a database at ``current`` up to ``target`` (None: the newest).

    Raises:
        SchemaError: the database is newer than this version knows.
    """
    newest = migrations[-1].version
    if current > newest:
        raise SchemaError(
            f"the database is at schema version {current}, newer than this factbot "
            f"knows ({newest}); upgrade factbot"
        )
    target = newest if target is None else target
    return [step for step in migrations if current < step.version <= target]


@cache
def available_migrations() -> tuple[Migration, ...]:
    """The SQLite migrations shipped with this version, in order."""
    return read_series(resources.files(__package__), "migrations")


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
    await conn.execute(_CREATE_LEDGER)
    current = await schema_version(conn)
    applied = []
    for migration in steps_to_apply(available_migrations(), current, target):
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
