"""The store's database opened by a test itself, beside the store, on either backend.

For what the store API rightly does not offer: reading a notice's attempts and why it was
dropped, every row of every table to prove nothing changed, and a fault planted on purpose (a
row no write of the store would make, a table renamed away). Statements use ``?`` placeholders
on both (turned into psycopg's ``%s`` on PostgreSQL).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql

__all__ = ["RawDatabase", "Rows"]

# Any: a column is whatever the driver reads it as (text on SQLite, datetime on PostgreSQL).
Rows = list[tuple[Any, ...]]


@dataclass(frozen=True)
class RawDatabase:
    """A SQLite file (``where`` its path) or a PostgreSQL database (``where`` its URL)."""

    backend: str
    where: str

    def execute(self, statement: str, params: Sequence[object] = ()) -> Rows:
        """Run one statement in its own committed transaction; the rows it returns."""
        if self.backend == "sqlite":
            with closing(sqlite3.connect(self.where)) as conn, conn:
                return list(conn.execute(statement, params))
        with psycopg.connect(self.where, autocommit=True) as pg:
            # No parameters, no placeholders: a literal's % stays itself (LIKE 'cli%').
            cursor = pg.execute(statement.replace("?", "%s"), params or None)
            return [tuple(row) for row in cursor.fetchall()] if cursor.description else []

    def state(self) -> dict[str, Rows]:
        """Every row of every table, read without writing anything."""
        if self.backend == "sqlite":
            with closing(sqlite3.connect(f"file:{self.where}?mode=ro", uri=True)) as conn:
                names = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                tables = [name for (name,) in conn.execute(names)]
                return {
                    table: sorted(conn.execute(f'SELECT * FROM "{table}"'), key=repr)
                    for table in tables
                }
        with psycopg.connect(self.where) as pg:
            pg.read_only = True
            names = (
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
            )
            tables = [str(name) for (name,) in pg.execute(names)]
            return {
                table: sorted(
                    (
                        tuple(row)
                        for row in pg.execute(
                            sql.SQL("SELECT * FROM {}").format(sql.Identifier(table))
                        )
                    ),
                    key=repr,
                )
                for table in tables
            }
