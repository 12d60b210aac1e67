"""Numbered migrations: from empty, from the previous schema, and refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storage import BUILT_IN_METRICS, FactStore, Qualifier, SchemaError
from storage.database import open_database
from storage.migrations import apply_migrations, available_migrations, schema_version


def _tables(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL")
        return dict(rows.fetchall())


async def test_migrates_an_empty_database_to_the_newest_schema(db_path: Path):
    conn = await open_database(db_path)
    try:
        applied = await apply_migrations(conn)
        assert applied == [migration.version for migration in available_migrations()]
        assert await schema_version(conn) == available_migrations()[-1].version
        assert await apply_migrations(conn) == []
    finally:
        await conn.close()
    schema = _tables(db_path)
    for table in ("sources", "documents", "facts"):
        assert schema[table].rstrip().endswith("STRICT")
    assert "facts_by_origin" in schema
    assert "facts_never_deleted" in schema
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


async def test_upgrades_a_database_made_by_the_previous_version_in_place(db_path: Path):
    previous = available_migrations()[-1].version - 1
    conn = await open_database(db_path)
    try:
        await apply_migrations(conn, target=previous)
    finally:
        await conn.close()
    # A fact written by the previous version, with that version's SQL.
    with sqlite3.connect(db_path) as raw:
        raw.execute("INSERT INTO sources (id, name, kind) VALUES (1, 'Old Times', 'outlet')")
        raw.execute(
            "INSERT INTO documents (id, publisher_id, title, published_at) "
            "VALUES (1, 1, 'Old news', '2022-10-01')"
        )
        raw.execute(
            "INSERT INTO facts (metric, counted, destination, qualifier, value, as_of, claim, "
            "quote, document_id, created_at, created_by, updated_at, updated_by) VALUES "
            "('entered', 'people', 'GEO', 'about', 10, '2022-10-01', 'Old claim', 'Old quote', "
            "1, '2022-10-01T00:00:00+00:00', 'old', '2022-10-01T00:00:00+00:00', 'old')"
        )

    async with await FactStore.open(db_path) as upgraded:
        fact = await upgraded.get_fact(1)
        assert (fact.claim, fact.citation.document.publisher) == ("Old claim", "Old Times")
        assert [entry.actor for entry in await upgraded.history(1)] == ["old"]
    with sqlite3.connect(db_path) as raw:
        versions = [row[0] for row in raw.execute("SELECT version FROM schema_migrations")]
    assert versions == [migration.version for migration in available_migrations()]


async def test_failed_step_leaves_the_database_at_the_previous_step(db_path: Path):
    conn = await open_database(db_path)
    try:
        await apply_migrations(conn, target=1)
        # Something already holds step 2's name: the step fails part-way.
        await conn.execute(
            "CREATE TRIGGER sources_never_deleted BEFORE DELETE ON sources BEGIN SELECT 1; END"
        )
        with pytest.raises(SchemaError, match="0002_never_delete failed"):
            await apply_migrations(conn)
        assert await schema_version(conn) == 1
        names = {row[0] for row in await conn.execute_fetchall("SELECT name FROM sqlite_schema")}
        assert "facts_never_deleted" not in names
    finally:
        await conn.close()


async def test_refuses_a_database_newer_than_this_version(db_path: Path):
    conn = await open_database(db_path)
    try:
        await apply_migrations(conn)
        await conn.execute("INSERT INTO schema_migrations VALUES (99, 'future', 'later')")
        with pytest.raises(SchemaError, match="newer than this factbot"):
            await apply_migrations(conn)
    finally:
        await conn.close()


def test_sql_enumerations_match_the_models():
    """A value the models accept must pass the schema's CHECK, and only those."""
    schema = next(m for m in available_migrations() if m.name == "metrics").sql
    for qualifier in Qualifier:
        assert f"'{qualifier.value}'" in schema


async def test_built_in_metrics_are_the_rows_the_migration_writes(db_path: Path):
    """storage.metrics.BUILT_IN and migration 0009 hold the same vocabulary, in order."""
    async with await FactStore.open(db_path) as store:
        assert tuple(store.metrics) == BUILT_IN_METRICS


async def test_not_a_database_is_reported_as_unavailable(tmp_path: Path):
    from storage import StoreUnavailable

    path = tmp_path / "garbage.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreUnavailable, match=r"garbage\.db"):
        await FactStore.open(path)


def _curators_metric(raw: sqlite3.Connection, name: str, label: str) -> None:
    raw.execute(
        "INSERT INTO metrics (name, direction, label_en, label_ru, label_uk, label_kk, position, "
        "created_at, created_by) VALUES (?, 'none', ?, ?, ?, ?, 13, '2026-12-04T00:00:00Z', "
        "'curator')",
        (name, label, label, label, label),
    )


async def _store_before_entry_refused(db_path: Path) -> None:
    conn = await open_database(db_path)
    try:
        await apply_migrations(conn, target=15)
    finally:
        await conn.close()


async def test_entry_refused_comes_after_the_metrics_curators_added(db_path: Path):
    await _store_before_entry_refused(db_path)
    with sqlite3.connect(db_path) as raw:
        _curators_metric(raw, "evacuated", "evacuated")
    async with await FactStore.open(db_path) as store:
        names = [kind.name for kind in store.metrics]
    assert names[-2:] == ["evacuated", "entry_refused"]
    with sqlite3.connect(db_path) as raw:
        row = raw.execute("SELECT label_en, position FROM metrics WHERE name = 'entry_refused'")
        assert row.fetchone() == ("refused entry", 14)


async def test_a_curators_own_entry_refused_is_kept(db_path: Path):
    await _store_before_entry_refused(db_path)
    with sqlite3.connect(db_path) as raw:
        _curators_metric(raw, "entry_refused", "turned away")
    async with await FactStore.open(db_path) as store:
        assert [kind.name for kind in store.metrics].count("entry_refused") == 1
    with sqlite3.connect(db_path) as raw:
        row = raw.execute("SELECT label_en, position FROM metrics WHERE name = 'entry_refused'")
        assert row.fetchone() == ("turned away", 13)
