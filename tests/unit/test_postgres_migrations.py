"""The PostgreSQL migrations on a real server: from empty, again, two runners at once, and
refusals."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import psycopg
import pytest

from storage import SchemaError
from storage.postgres.migrate import apply_migrations, available_migrations, schema_version
from tests.postgres import PostgresServer

MIGRATIONS = Path(__file__).resolve().parents[2] / "storage" / "postgres" / "migrations"

ALL = [migration.version for migration in available_migrations()]


async def _connect(url: str) -> psycopg.AsyncConnection[Any]:
    return await psycopg.AsyncConnection.connect(url, autocommit=True)


async def _tables(conn: psycopg.AsyncConnection[Any]) -> set[str]:
    cursor = await conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
    )
    return {row[0] for row in await cursor.fetchall()}


async def test_migrates_an_empty_database_and_again_does_nothing(pg_url: str):
    async with await _connect(pg_url) as conn:
        assert await schema_version(conn) == 0
        assert await apply_migrations(conn) == ALL
        assert await schema_version(conn) == ALL[-1]
        assert await apply_migrations(conn) == []
        tables = await _tables(conn)
    # The same tables as SQLite's store (its FTS5 table's name kept for the search table).
    assert tables >= {
        "metrics",
        "sources",
        "documents",
        "facts",
        "audit_log",
        "search_deferred",
        "facts_search",
        "fact_counts",
        "chat_languages",
        "follower_chats",
        "follows",
        "outbox",
        "schema_migrations",
        "facts_search_source",
        "fact_roles",
    }


async def test_two_runners_at_once_apply_each_migration_once(pg_url: str):
    """Two replicas starting together: one applies every step, the other waits on the
    advisory lock and then finds nothing to do (without the lock, both would try step 1)."""
    async with await _connect(pg_url) as first, await _connect(pg_url) as second:
        applied = await asyncio.gather(apply_migrations(first), apply_migrations(second))
        cursor = await first.execute(
            "SELECT version, count(*) FROM schema_migrations GROUP BY version ORDER BY version"
        )
        ledger = await cursor.fetchall()
    assert sorted(applied, key=len) == [[], ALL]
    assert ledger == [(version, 1) for version in ALL]


async def test_a_step_and_its_ledger_row_commit_together(pg_url: str):
    async with await _connect(pg_url) as conn:
        assert await apply_migrations(conn, target=1) == [1]
        # Something already holds step 2's name: the step fails part-way, and nothing of it
        # stays, its ledger row included.
        await conn.execute("CREATE TABLE audit_log (id integer)")
        with pytest.raises(SchemaError, match="0002_audit_log failed"):
            await apply_migrations(conn)
        assert await schema_version(conn) == 1
        cursor = await conn.execute("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'audit%'")
        assert await cursor.fetchone() == (0,)
        # The lock was let go: another connection can migrate once the obstacle is gone.
        await conn.execute("DROP TABLE audit_log")
    async with await _connect(pg_url) as other:
        assert await apply_migrations(other) == ALL[1:]


async def test_refuses_a_database_newer_than_this_version(pg_url: str):
    async with await _connect(pg_url) as conn:
        await apply_migrations(conn)
        await conn.execute("INSERT INTO schema_migrations VALUES (99, 'future', now())")
        with pytest.raises(SchemaError, match="newer than this factbot"):
            await apply_migrations(conn)


async def test_refuses_a_connection_inside_a_transaction(pg_url: str):
    async with await psycopg.AsyncConnection.connect(pg_url) as conn:
        with pytest.raises(SchemaError, match="autocommit"):
            await apply_migrations(conn)


async def test_refuses_a_database_that_is_not_utf8(postgres_server: PostgresServer):
    """Four languages need UTF-8; a LATIN1 database is refused before anything is written."""
    name = psycopg.sql.Identifier("latin1_store")
    async with await _connect(postgres_server.url()) as admin:
        await admin.execute(
            psycopg.sql.SQL(
                "CREATE DATABASE {} TEMPLATE template0 ENCODING 'LATIN1' LOCALE 'C'"
            ).format(name)
        )
        try:
            async with await _connect(postgres_server.url("latin1_store")) as conn:
                with pytest.raises(SchemaError, match="encoding is LATIN1"):
                    await apply_migrations(conn)
                assert await _tables(conn) == set()
        finally:
            await admin.execute(psycopg.sql.SQL("DROP DATABASE {} WITH (FORCE)").format(name))


def test_migrations_are_numbered_from_one():
    assert list(range(1, len(ALL) + 1)) == ALL


async def test_folding_looked_over_first_folds_every_letter_as_before(pg_url: str):
    """0012 looks a text over once before translate() (the slow part of an import): it folds
    every character as 0008's translate() alone did, and lets ASCII and Cyrillic through."""
    earlier = (MIGRATIONS / "0008_fold_diacritics.sql").read_text(encoding="utf-8")
    function = earlier[earlier.index("CREATE FUNCTION") : earlier.index(");\n") + 3]
    async with await _connect(pg_url) as conn:
        await apply_migrations(conn)
        await conn.execute(function.replace("fold_diacritics", "fold_0008", 1))
        cursor = await conn.execute(
            "SELECT count(*) FROM generate_series(128, 43007) AS code "
            "WHERE code NOT BETWEEN 55296 AND 57343 "  # surrogates are no characters
            "AND fold_0008(chr(code)) IS DISTINCT FROM fold_diacritics(chr(code))"
        )
        assert await cursor.fetchone() == (0,)
        cursor = await conn.execute(
            "SELECT fold_diacritics('München, Łódź'), fold_diacritics('Қазақстанға йод ёлка')"
        )
        assert await cursor.fetchone() == ("Munchen, Łodz", "Қазақстанға йод ёлка")  # Ł stays
