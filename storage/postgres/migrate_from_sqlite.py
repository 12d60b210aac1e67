"""A SQLite fact store copied whole into an empty PostgreSQL database (``factbot migrate-to``).

Every table's rows go across with their ids, in one PostgreSQL transaction read from one
SQLite snapshot: nothing is left half-copied, and a bot writing to the SQLite file meanwhile
changes nothing the copy sees. Facts go in with search and counting deferred
(``search_deferred``, as an import does): ``fact_counts`` is copied as SQLite kept it and then
checked against the facts, and the search index is made in one statement. The identities are
moved past the largest id copied, and every table's rows are counted on both sides before the
transaction commits.
"""

from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiosqlite
import psycopg
from psycopg import sql

from storage.database import open_database
from storage.errors import CopyMismatch, StoreUnavailable, TargetNotEmpty, WriteFailed
from storage.metric_rows import SELECT_METRICS, kind_from_row
from storage.metrics import BUILT_IN
from storage.migrations import apply_migrations
from storage.postgres.connection import connect_migrated, one_line
from storage.postgres.urls import shown
from storage.postgres.writes import FACT_WRITES_LOCK

__all__ = ["COPIED_TABLES", "copy_sqlite_store"]

Connection = psycopg.AsyncConnection[Any]


@dataclass(frozen=True)
class _Table:
    name: str
    columns: tuple[str, ...]
    # Whose ids the database gives (an identity): moved on past the copied ones.
    identity: bool = False


def _table(name: str, columns: str, *, identity: bool = False) -> _Table:
    return _Table(name, tuple(columns.split()), identity)


# In the order the foreign keys need. Metrics come first, apart: the migrations put the
# built-in ones in every database.
_METRICS = _table(
    "metrics", "name direction label_en label_ru label_uk label_kk position created_at created_by"
)
_ROWS = (
    _table("sources", "id name kind description", identity=True),
    _table("documents", "id publisher_id title author published_at url", identity=True),
    _table(
        "facts",
        """id metric counted origin destination citizenship qualifier value value_high
        period_start period_end as_of claim quote attributed_to_id carried_by_id document_id
        status retraction_reason created_at created_by updated_at updated_by version
        search_lemmas""",
        identity=True,
    ),
    _table("audit_log", "id at actor action fact_id version reason before after", identity=True),
    _table("fact_counts", "country role metric n"),
    _table("chat_languages", "chat_id language set_by set_at"),
    _table("follower_chats", "chat_id kind language active inactive_reason since"),
    _table("follows", "chat_id country followed_by followed_at"),
    _table(
        "outbox",
        "id chat_id audit_id digest created_at attempts next_try_at sent_at dropped",
        identity=True,
    ),
)
COPIED_TABLES = (_METRICS.name, *(table.name for table in _ROWS))

# Rows read from SQLite at a time: each read is a hop to aiosqlite's thread.
_ROWS_AT_A_TIME = 5000
_DEFER = "INSERT INTO search_deferred (since) VALUES (now())"
_RESUME = "DELETE FROM search_deferred"
_INDEX_FOR_SEARCH = """
INSERT INTO facts_search (fact_id, document)
SELECT s.id, search_document(s.claim, s.quote, s.counted, s.people, s.publication, s.countries,
                             s.lemmas)
FROM facts_search_source s
"""
# (country, role, metric) whose copied count is not what the copied facts say.
_COUNTS_WRONG = """
SELECT count(*) FROM fact_counts kept
FULL JOIN (
    SELECT country, role, metric, count(*) AS n FROM fact_roles WHERE status = 'published'
    GROUP BY country, role, metric
) counted USING (country, role, metric)
WHERE coalesce(kept.n, 0) <> coalesce(counted.n, 0)
"""
# A metric a curator added (the migrations' are the seed's).
_METRICS_ADDED = "SELECT 1 FROM metrics WHERE created_by <> 'seed'"
# Metrics first positioned out of the way, so that the copied positions never collide.
_MOVE_POSITIONS_ASIDE = "UPDATE metrics SET position = -position"
_PUT_METRIC = """
INSERT INTO metrics (name, direction, label_en, label_ru, label_uk, label_kk, position,
                     created_at, created_by)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)
ON CONFLICT (name) DO UPDATE SET
    label_en = excluded.label_en, label_ru = excluded.label_ru, label_uk = excluded.label_uk,
    label_kk = excluded.label_kk, position = excluded.position,
    created_at = excluded.created_at, created_by = excluded.created_by
"""


async def copy_sqlite_store(db_path: Path, url: str) -> dict[str, int]:
    """Copy the SQLite store at ``db_path`` into the empty PostgreSQL database at ``url``.

    The SQLite store is first brought to this version's schema, as opening it does; the
    PostgreSQL database is migrated if it is new.

    Args:
        db_path: the SQLite file; it must exist.
        url: a ``postgresql://`` URL (checked by :func:`storage.postgres.urls.url_problem`).

    Returns:
        Each copied table's rows, by name, as counted in both databases.

    Raises:
        StoreUnavailable: either database cannot be opened or read.
        SchemaError: either schema is newer than this version, or a migration failed.
        TargetNotEmpty: the PostgreSQL database holds rows already; nothing was written.
        WriteFailed: the copy was refused or failed (a CopyMismatch if the counts differ);
            nothing was written.
    """
    if not await asyncio.to_thread(db_path.is_file):
        raise StoreUnavailable(f"no SQLite store at {db_path}")
    migrator = await open_database(db_path)
    try:
        await apply_migrations(migrator)
    finally:
        await migrator.close()
    reader = await open_database(db_path, read_only=True)
    try:
        target = await connect_migrated(url)
        try:
            return await _copy(reader, target, shown(url))
        finally:
            await target.close()
    except sqlite3.Error as error:
        raise StoreUnavailable(
            f"cannot read the SQLite store {db_path}: {error}; nothing was written"
        ) from error
    finally:
        await reader.close()


async def _copy(reader: aiosqlite.Connection, target: Connection, where: str) -> dict[str, int]:
    # One read transaction: every table is read as of one moment.
    await reader.execute("BEGIN")
    try:
        async with target.transaction():
            # No replica writes the facts, nor anything else copied, until this commits.
            await target.execute("SELECT pg_advisory_xact_lock(%s)", (FACT_WRITES_LOCK,))
            await target.execute(
                sql.SQL("LOCK TABLE {} IN EXCLUSIVE MODE").format(
                    sql.SQL(", ").join(map(sql.Identifier, COPIED_TABLES))
                )
            )
            await _refuse_unless_empty(target, where)
            await _copy_metrics(reader, target)
            await target.execute(_DEFER)
            for table in _ROWS:
                await _copy_rows(reader, target, table)
            await target.execute(_RESUME)
            await target.execute(_INDEX_FOR_SEARCH)
            for table in _ROWS:
                if table.identity:
                    await _move_identity_on(target, table.name)
            return await _verify(reader, target)
    except psycopg.Error as error:
        raise WriteFailed(
            f"cannot copy into the PostgreSQL store {where}: {one_line(error)}; nothing "
            "was written"
        ) from error
    finally:
        await reader.execute("ROLLBACK")


async def _refuse_unless_empty(target: Connection, where: str) -> None:
    held = []
    for table in _ROWS:
        query = sql.SQL("SELECT EXISTS (SELECT 1 FROM {})").format(sql.Identifier(table.name))
        row = await (await target.execute(query)).fetchone()
        if row is not None and row[0]:
            held.append(table.name)
    metrics = await (await target.execute(SELECT_METRICS)).fetchall()
    added = await (await target.execute(_METRICS_ADDED)).fetchone()
    if [kind_from_row(row) for row in metrics] != list(BUILT_IN) or added is not None:
        held.insert(0, "metrics")
    if held:
        raise TargetNotEmpty(
            f"the PostgreSQL store {where} is not empty (it holds {', '.join(held)}); "
            "migrate-to copies only into an empty database, and wrote nothing"
        )


async def _copy_metrics(reader: aiosqlite.Connection, target: Connection) -> None:
    await target.execute(_MOVE_POSITIONS_ASIDE)
    rows = await reader.execute_fetchall(_select(_METRICS))
    async with target.cursor() as cursor:
        await cursor.executemany(_PUT_METRIC, [tuple(row) for row in rows])


async def _copy_rows(reader: aiosqlite.Connection, target: Connection, table: _Table) -> None:
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, table.columns))
    )
    async with (
        reader.execute(_select(table)) as rows,
        target.cursor().copy(statement) as copy,
    ):
        while batch := await rows.fetchmany(_ROWS_AT_A_TIME):
            for row in batch:
                await copy.write_row(tuple(row))


async def _move_identity_on(target: Connection, table: str) -> None:
    """The next id the database gives in ``table`` comes after every copied one."""
    await target.execute(
        sql.SQL(
            "SELECT setval(pg_get_serial_sequence({name}, 'id'), coalesce(max(id), 0) + 1, "
            "false) FROM {table}"
        ).format(name=sql.Literal(table), table=sql.Identifier(table))
    )


async def _verify(reader: aiosqlite.Connection, target: Connection) -> dict[str, int]:
    counts = {}
    for name in COPIED_TABLES:
        # The names are this module's constants, never input.
        rows = list(await reader.execute_fetchall(f"SELECT count(*) FROM {name}"))
        read = int(rows[0][0])
        query = sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(name))
        row = await (await target.execute(query)).fetchone()
        written = int(row[0]) if row else -1
        if written != read:
            raise CopyMismatch(
                f"{name}: {read:,} rows read from SQLite but {written:,} in PostgreSQL; "
                "nothing was written"
            )
        counts[name] = read
    row = await (await target.execute("SELECT count(*) FROM facts_search")).fetchone()
    if row is None or row[0] != counts["facts"]:
        raise CopyMismatch("the search index does not hold every fact; nothing was written")
    row = await (await target.execute(_COUNTS_WRONG)).fetchone()
    if row is None or row[0]:
        raise CopyMismatch(
            "the SQLite store's per-country counts (fact_counts) disagree with its facts; "
            "nothing was written"
        )
    return counts


def _select(table: _Table) -> str:
    # The names are this module's constants, never input.
    return f"SELECT {', '.join(table.columns)} FROM {table.name}"
