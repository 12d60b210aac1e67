"""``factbot migrate-to``: a real SQLite store copied into a real, empty PostgreSQL database,
read back through the Store API on both sides (skipped where no PostgreSQL is installed)."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from bot.cli.migrate import render_copied
from bot.language.countries import country_code
from storage import FactStore, open_seeded_store
from storage.database import open_database
from storage.errors import SchemaError, TargetNotEmpty
from storage.metrics import metric_kind
from storage.migrations import apply_migrations
from storage.postgres.migrate_from_sqlite import COPIED_TABLES, copy_sqlite_store
from storage.postgres.store import PostgresStore
from tests.commands import run_factbot
from tests.factories import make_draft

CHAT = 4242


async def _lived_in_store(db_path: Path) -> dict[str, int]:
    """The shipped facts, then a curator's day: a follower, a new fact (a notice owed), its
    edit, a retraction, a chat's language and a new metric. The ids it made, by what."""
    async with await open_seeded_store(db_path) as store:
        await store.follow(CHAT, ["GEO"], kind="private", language="ru", by=CHAT)
        added = await store.add_fact(make_draft(), by="curator")
        await store.edit_fact(
            added.id, {"value": "70000"}, by="editor", resolve_country=country_code
        )
        retracted = (await store.flows_for("KAZ"))[0]
        await store.retract_fact(retracted.id, "the ministry withdrew it", by="editor")
        await store.set_chat_language(CHAT, "uk", by=CHAT)
        await store.put_metric(
            metric_kind("evacuated", "none", "evacuated", "эвакуировано", "евакуйовано",
                        "эвакуацияланғандар"),
            by="curator",
        )  # fmt: skip
        return {"edited": added.id, "retracted": retracted.id}


async def test_a_store_is_copied_whole_with_its_ids_versions_followers_and_notices(
    db_path: Path, pg_url: str
):
    ids = await _lived_in_store(db_path)

    counts = await copy_sqlite_store(db_path, pg_url)

    assert tuple(counts) == COPIED_TABLES
    assert counts["facts"] > 10
    assert counts["outbox"] == 2  # the new fact and its correction, owed to the follower
    async with (
        await FactStore.open(db_path) as sqlite,
        await PostgresStore.open(pg_url) as postgres,
    ):
        on_sqlite = [fact async for fact in sqlite.iter_facts(include_retracted=True)]
        on_postgres = [fact async for fact in postgres.iter_facts(include_retracted=True)]
        assert on_postgres == on_sqlite  # ids, versions, lifecycle columns, moments
        edited = await postgres.get_fact(ids["edited"])
        assert edited == await sqlite.get_fact(ids["edited"])
        assert edited.figure is not None
        assert (edited.version, edited.figure.value) == (2, 70000)
        assert (await postgres.get_fact(ids["retracted"])).status == "retracted"
        for fact in on_sqlite:
            assert await postgres.history(fact.id) == await sqlite.history(fact.id)
        assert len(await postgres.history(ids["edited"])) == 2
        assert await postgres.follower_counts() == await sqlite.follower_counts()
        assert await postgres.followed_by(CHAT) == ["GEO"]
        assert await postgres.owed_notices() == await sqlite.owed_notices() == 2
        assert await postgres.pending_notices() == await sqlite.pending_notices()
        assert await postgres.chat_language(CHAT) == "uk"
        assert list(postgres.metrics) == list(sqlite.metrics)
        assert "evacuated" in postgres.metrics
        assert await postgres.flows_for("KAZ") == await sqlite.flows_for("KAZ")
        found = await postgres.search_facts(["Georgia"], limit=50)
        expected = await sqlite.search_facts(["Georgia"], limit=50)
        assert [fact.id for fact in found.facts] == [fact.id for fact in expected.facts]
        assert found.facts  # the search index was made for the copied facts

        newest = max(fact.id for fact in on_sqlite)
        again = await postgres.add_fact(
            make_draft(figure={"qualifier": "exact", "value": 123}), by="t"
        )
        assert again.id == newest + 1


async def test_every_table_counts_the_same_rows_on_both_sides(db_path: Path, pg_url: str):
    await _lived_in_store(db_path)
    counts = await copy_sqlite_store(db_path, pg_url)
    async with await psycopg.AsyncConnection.connect(pg_url) as conn:
        for table in COPIED_TABLES:
            cursor = await conn.execute(f"SELECT count(*) FROM {table}")
            assert await cursor.fetchone() == (counts[table],), table
        cursor = await conn.execute("SELECT count(*) FROM facts_search")
        assert await cursor.fetchone() == (counts["facts"],)
    lines = render_copied(counts).splitlines()
    assert len(lines) == len(COPIED_TABLES)
    assert lines[COPIED_TABLES.index("facts")].split()[0] == "facts"


async def test_a_database_holding_a_fact_is_refused_and_left_unchanged(db_path: Path, pg_url: str):
    await _lived_in_store(db_path)
    async with await PostgresStore.open(pg_url) as postgres:
        kept = await postgres.add_fact(make_draft(), by="someone")
    with pytest.raises(TargetNotEmpty, match="not empty"):
        await copy_sqlite_store(db_path, pg_url)
    async with await PostgresStore.open(pg_url) as postgres:
        assert [fact async for fact in postgres.iter_facts(include_retracted=True)] == [kept]
        assert await postgres.owed_notices() == 0
        assert await postgres.chat_language(CHAT) is None


async def test_a_database_with_only_a_chats_language_is_not_empty(db_path: Path, pg_url: str):
    await _lived_in_store(db_path)
    async with await PostgresStore.open(pg_url) as postgres:
        await postgres.set_chat_language(1, "kk", by=1)
    with pytest.raises(TargetNotEmpty, match=r"holds chat_languages\)"):
        await copy_sqlite_store(db_path, pg_url)


async def test_a_database_with_only_a_curators_metric_is_not_empty(db_path: Path, pg_url: str):
    """The built-in metrics every migrated database holds are no obstacle; one more is."""
    await _lived_in_store(db_path)
    async with await PostgresStore.open(pg_url) as postgres:
        await postgres.put_metric(
            metric_kind("rescued", "none", "rescued", "спасено", "врятовано", "құтқарылған"),
            by="curator",
        )
    with pytest.raises(TargetNotEmpty, match=r"holds metrics\)"):
        await copy_sqlite_store(db_path, pg_url)
    async with await PostgresStore.open(pg_url) as postgres:
        assert await postgres.count_facts() == 0


async def test_factbot_migrate_to_then_flows_answers_as_sqlite_did(
    db_path: Path, pg_url: str, tmp_path: Path
):
    """The command copies, prints a line per table, and the bot on PostgreSQL then answers
    /flows as it did from the SQLite file; a second run is refused and changes nothing."""
    await _lived_in_store(db_path)
    before = run_factbot("ask", "/flows kazakhstan", cwd=tmp_path, db=db_path)
    assert before.returncode == 0, before.stderr

    copied = run_factbot("migrate-to", pg_url, cwd=tmp_path, db=db_path)
    assert copied.returncode == 0, copied.stderr
    header, *lines = copied.stdout.splitlines()
    assert header.startswith(f"Copied {db_path} into postgresql://")
    assert [line.split()[0] for line in lines] == list(COPIED_TABLES)

    after = run_factbot(
        "ask", "/flows kazakhstan", cwd=tmp_path, db=tmp_path / "unused.db",
        env={"FACTBOT_DATABASE_URL": pg_url},
    )  # fmt: skip
    assert after.returncode == 0, after.stderr
    assert after.stdout == before.stdout
    assert not (tmp_path / "unused.db").exists()

    again = run_factbot("migrate-to", pg_url, cwd=tmp_path, db=db_path)
    assert again.returncode == 2
    assert again.stderr.count("\n") == 1
    assert "is not empty" in again.stderr
    assert again.stdout == ""


@pytest.mark.parametrize(
    ("url", "code", "said"),
    [
        ("mysql://bot:hunter2@db/factbot", 2, "factbot migrate-to: bad URL: must be a"),
        ("postgresql://bot:hunter2@db:54x2/factbot", 2, "factbot migrate-to: bad URL: its port"),
        ("postgresql://bot:hunter2@/factbot?host=/nowhere", 1, "factbot: cannot open the"),
    ],
)
async def test_factbot_migrate_to_a_bad_url_says_one_line_without_the_password(
    db_path: Path, tmp_path: Path, url: str, code: int, said: str
):
    async with await FactStore.open(db_path):
        pass
    result = run_factbot("migrate-to", url, cwd=tmp_path, db=db_path)
    assert result.returncode == code
    assert result.stderr.startswith(said)
    assert result.stderr.count("\n") == 1
    assert "hunter2" not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


async def test_an_older_sqlite_store_is_upgraded_first_and_a_newer_one_refused(
    db_path: Path, pg_url: str
):
    """As opening it does: an older schema is brought up to date, then copied; a schema newer
    than this factbot is refused before the PostgreSQL database is touched."""
    conn = await open_database(db_path)
    try:
        await apply_migrations(conn, target=10)  # before follows and the outbox
    finally:
        await conn.close()
    counts = await copy_sqlite_store(db_path, pg_url)
    assert (counts["facts"], counts["follows"], counts["outbox"]) == (0, 0, 0)

    newer = db_path.with_name("newer.db")
    conn = await open_database(newer)
    try:
        await apply_migrations(conn)
        await conn.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'x', 'now')"
        )
    finally:
        await conn.close()
    with pytest.raises(SchemaError, match="newer than this factbot"):
        # A database that does not exist: had it been reached, the error would say so.
        await copy_sqlite_store(newer, pg_url.replace("/test_", "/untouched_"))
