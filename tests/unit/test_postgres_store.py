"""The Store on PostgreSQL where it must do more than SQLite's one process does, or differently:
two stores (two replicas) over one database, imports by COPY, the seed, the stop, and the
setting that chooses it. The Store API itself is tested on both backends (``both_backends``)."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import psycopg
import pytest
from pydantic import ValidationError

from bot.language.countries import country_code
from bot.settings import Settings, describe_errors
from storage import DuplicateFact, FactStore, InvalidFact, Store, StoreUnavailable, WriteStopped
from storage.bulk import ImportRow, import_row
from storage.postgres.search import tsquery_all, tsquery_any
from storage.postgres.store import ANALYZE_FROM_ROWS, PostgresStore
from storage.postgres.urls import shown
from storage.seed import seed_store
from storage.transfer import import_file
from tests.commands import run_factbot
from tests.factories import crossings_csv, make_draft

GEORGIA = "GEO"


@pytest.fixture(name="two")
async def _two(pg_url: str) -> AsyncIterator[tuple[PostgresStore, PostgresStore]]:
    """Two stores over one database, as two replicas hold them."""
    first = await PostgresStore.open(pg_url)
    second = await PostgresStore.open(pg_url)
    try:
        yield first, second
    finally:
        await first.close()
        await second.close()


async def test_two_senders_never_take_the_same_notice(two: tuple[PostgresStore, PostgresStore]):
    """Each takes its share at once (FOR UPDATE SKIP LOCKED), reads its own again until it
    marks them, and never reads the other's."""
    first, second = two
    for chat_id in range(1, 41):
        await first.follow(chat_id, [GEORGIA], kind="private", language="en", by=chat_id)
    await first.add_fact(make_draft(), by="t")
    mine, theirs = await asyncio.gather(
        first.pending_notices(limit=25), second.pending_notices(limit=25)
    )
    assert {n.id for n in mine}.isdisjoint({n.id for n in theirs})
    assert len(mine) + len(theirs) == 40
    assert {n.id for n in await first.pending_notices(limit=100)} == {n.id for n in mine}
    for notice in mine:
        await first.notice_sent(notice.id)
    assert await first.pending_notices() == []
    assert {n.id for n in await second.pending_notices(limit=100)} == {n.id for n in theirs}
    assert await first.owed_notices() == len(theirs)


async def test_a_retried_notice_goes_to_whichever_sender_asks_once_due(
    two: tuple[PostgresStore, PostgresStore],
):
    first, second = two
    await first.follow(1, [GEORGIA], kind="private", language="en", by=1)
    await first.add_fact(make_draft(), by="t")
    (notice,) = await first.pending_notices()
    assert await second.pending_notices() == []
    await first.notice_retry(notice.id, after_s=0)
    (again,) = await second.pending_notices()
    assert (again.id, again.attempts) == (notice.id, 1)


async def test_the_same_fact_added_by_two_replicas_at_once_is_stored_once(
    two: tuple[PostgresStore, PostgresStore],
):
    first, second = two
    results = await asyncio.gather(
        first.add_fact(make_draft(), by="a"),
        second.add_fact(make_draft(), by="b"),
        return_exceptions=True,
    )
    assert sorted(type(result).__name__ for result in results) == ["DuplicateFact", "Fact"]
    assert await first.count_facts() == 1


async def test_an_import_is_all_or_nothing_and_ids_go_on_after_it(pg_url: str):
    """The file's error in its second batch rolls back the first; a later add_fact's id comes
    after the ids an import gave."""

    def batches(fail: bool) -> Iterator[list[ImportRow]]:
        yield [import_row(make_draft(figure={"qualifier": "exact", "value": n}), None)
               for n in range(1, 6)]  # fmt: skip
        if fail:
            raise InvalidFact("row 7: bad")
        yield [import_row(make_draft(figure={"qualifier": "exact", "value": 6}), None)]

    async with await PostgresStore.open(pg_url) as store:
        with pytest.raises(InvalidFact, match="row 7"):
            await store.import_rows(batches(fail=True), by="t", expected_rows=6)
        assert await store.count_facts() == 0
        result = await store.import_rows(batches(fail=False), by="t", source="f", expected_rows=6)
        assert (result.added, result.present) == (6, 0)
        added = await store.add_fact(make_draft(), by="t")
        assert added.id == 7
        again = await store.import_rows(batches(fail=False), by="t", expected_rows=6)
        assert (again.added, again.present) == (0, 6)
        hits = await store.search_facts(["gomelauri"])
        assert len(hits.facts) == 7  # the imported facts were indexed before the commit
        assert (await store.pages.country_counts(GEORGIA)).into == 7


def _analyzed(url: str) -> dict[str, bool]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT relname, last_analyze IS NOT NULL FROM pg_stat_user_tables"
            " WHERE relname IN ('facts', 'facts_search', 'fact_counts', 'documents', 'sources')"
        ).fetchall()
    return dict(rows)


async def test_a_large_import_renews_the_planners_statistics_and_a_small_one_does_not(
    pg_url: str,
):
    """Without statistics the planner sorts all of a country's facts for /flows instead of
    walking its index; autovacuum would renew them only a while later."""

    def rows(values: range) -> Iterator[list[ImportRow]]:
        yield [import_row(make_draft(figure={"qualifier": "exact", "value": n}), None)
               for n in values]  # fmt: skip

    async with await PostgresStore.open(pg_url) as store:
        small = await store.import_rows(rows(range(1, 11)), by="t", expected_rows=10)
        assert small.added == 10
        assert not any(_analyzed(pg_url).values())
        large = range(11, 11 + ANALYZE_FROM_ROWS)
        result = await store.import_rows(rows(large), by="t", expected_rows=len(large))
        assert result.added == ANALYZE_FROM_ROWS
    assert _analyzed(pg_url) == dict.fromkeys(
        ("facts", "facts_search", "fact_counts", "documents", "sources"), True
    )


async def test_the_stores_connections_read_in_utc_and_without_parallel_workers(pg_url: str):
    """Starting parallel workers costs more than a short read takes (a rare word's /search
    at a million facts: 10 ms of 14)."""
    async with await PostgresStore.open(pg_url) as store:
        rows = await store._read(
            "SELECT current_setting('TimeZone'),"
            " current_setting('max_parallel_workers_per_gather')",
            {},
        )
    assert rows == [("UTC", "0")]


async def test_a_pages_statements_keep_their_plan_and_no_other_read_does(pg_url: str):
    """Planned afresh, a busy country's /flows spent 3 ms planning for 0.3 ms of reading; a
    search's best plan depends on its words, so the setting must not outlive the page's
    read on the pooled connection."""
    setting = "SELECT current_setting('plan_cache_mode')"
    async with await PostgresStore.open(pg_url) as store:
        for _ in range(3):  # the pool hands the same connections round
            assert await store._read_page(setting, {}) == [("force_generic_plan",)]
            assert await store._read(setting, {}) == [("auto",)]


async def test_the_shipped_facts_load_as_they_do_into_sqlite(pg_url: str, db_path: Path):
    async with (
        await PostgresStore.open(pg_url) as postgres,
        await FactStore.open(db_path) as sqlite,
    ):
        await seed_store(postgres)
        await seed_store(sqlite)
        await seed_store(postgres)  # a store that has facts is not seeded again
        kept = {"created_at", "updated_at"}
        on_postgres = [fact.model_dump(exclude=kept) async for fact in postgres.iter_facts()]
        on_sqlite = [fact.model_dump(exclude=kept) async for fact in sqlite.iter_facts()]
        assert on_postgres == on_sqlite
        assert len(on_postgres) == await sqlite.count_facts()


async def test_a_stopping_store_refuses_writes(pg_url: str):
    async with await PostgresStore.open(pg_url) as store:
        store.stop_writes()
        with pytest.raises(WriteStopped):
            await store.add_fact(make_draft(), by="t")
        assert await store.count_facts() == 0  # reads go on


async def test_a_store_that_cannot_be_reached_says_so_without_the_password(tmp_path: Path):
    url = f"postgresql://factbot:hunter2@/factbot?host={tmp_path}/nowhere"
    with pytest.raises(StoreUnavailable) as raised:
        await PostgresStore.open(url)
    assert "postgresql://factbot@/factbot" in str(raised.value)
    assert "hunter2" not in str(raised.value)


async def test_a_schema_rule_is_an_invalid_fact_as_on_sqlite(pg_url: str):
    async with await PostgresStore.open(pg_url) as store:
        with pytest.raises(InvalidFact, match="facts_counted_length"):
            await store.add_fact(make_draft().model_copy(update={"counted": "x" * 500}), by="t")
        await store.add_fact(make_draft(), by="t")
        with pytest.raises(DuplicateFact):
            await store.add_fact(make_draft(), by="t")
        async with await psycopg.AsyncConnection.connect(pg_url) as conn:
            cursor = await conn.execute("SELECT count(*) FROM audit_log")
            assert await cursor.fetchone() == (1,)


def test_the_database_url_chooses_the_store_and_is_never_shown(monkeypatch: pytest.MonkeyPatch):
    assert Settings().store_url is None
    assert Settings().store_name == "data/facts.db"
    monkeypatch.setenv("FACTBOT_DATABASE_URL", " postgresql://bot:s%40cret@db:5432/factbot ")
    settings = Settings()
    assert settings.store_url == "postgresql://bot:s%40cret@db:5432/factbot"
    assert settings.store_name == "postgresql://bot@db:5432/factbot"
    assert "s%40cret" not in repr(settings)
    assert "s%40cret" not in str(settings.summary())
    assert {"s%40cret", "s@cret"} <= set(settings.secrets())
    monkeypatch.setenv("FACTBOT_DATABASE_URL", "")
    assert Settings().store_url is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("sqlite:///data/facts.db", "must be a postgresql:// URL"),
        ("mysql://bot:hunter2@db/factbot", "must be a postgresql:// URL"),
        ("postgresql://bot:hunter2@db:54x2/factbot", "its port is not a number"),
        ("postgresql://bot:hunter2@db/factbot#x", "has a '#' part"),
        ("postgresql://bot:hunter2@db/factbot/more", "names more than one database"),
    ],
)
def test_a_bad_database_url_is_named_and_never_echoed(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: str
):
    monkeypatch.setenv("FACTBOT_DATABASE_URL", value)
    with pytest.raises(ValidationError) as raised:
        Settings()
    message = describe_errors(raised.value)
    assert message.startswith("FACTBOT_DATABASE_URL: ")
    assert expected in message
    assert "hunter2" not in message


def test_shown_keeps_what_names_the_database():
    assert shown("postgresql://u:p@h:5433/db?sslmode=require") == "postgresql://u@h:5433/db"
    assert shown("postgresql:///db?host=/run/pg") == "postgresql:///db"


def test_factbot_ask_answers_the_same_from_postgresql(pg_url: str, tmp_path: Path):
    """The CLI opens the PostgreSQL store when FACTBOT_DATABASE_URL is set, seeds it, and
    answers as from SQLite; SQLite's file is not made."""
    on_sqlite = run_factbot("ask", "/flows kazakhstan", cwd=tmp_path)
    on_postgres = run_factbot(
        "ask", "/flows kazakhstan", cwd=tmp_path, db=tmp_path / "unused.db",
        env={"FACTBOT_DATABASE_URL": pg_url},
    )  # fmt: skip
    assert on_postgres.returncode == 0, on_postgres.stderr
    assert on_postgres.stdout == on_sqlite.stdout
    assert on_postgres.stdout.startswith("Flows of people: Kazakhstan\n")
    assert not (tmp_path / "unused.db").exists()


@pytest.mark.parametrize(
    ("url", "code", "said"),
    [
        ("mysql://bot:hunter2@db/factbot", 2, "factbot: bad setting: FACTBOT_DATABASE_URL: must"),
        ("postgresql://bot:hunter2@/factbot?host=/nowhere", 1, "factbot: cannot open the"),
    ],
)
def test_factbot_with_a_bad_database_url_says_one_line(
    tmp_path: Path, url: str, code: int, said: str
):
    result = run_factbot("ask", "/help", cwd=tmp_path, env={"FACTBOT_DATABASE_URL": url})
    assert result.returncode == code
    assert result.stderr.startswith(said)
    assert result.stderr.count("\n") == 1
    assert "hunter2" not in result.stderr
    assert "Traceback" not in result.stderr


def test_factbot_healthcheck_reads_the_postgresql_store(pg_url: str, tmp_path: Path):
    on_pg = {"FACTBOT_DATABASE_URL": pg_url}
    fresh = run_factbot("healthcheck", "--store-only", cwd=tmp_path, env=on_pg)
    assert fresh.returncode == 1
    assert "is at schema version 0, not" in fresh.stderr
    assert run_factbot("ask", "/help", cwd=tmp_path, env=on_pg).returncode == 0
    ready = run_factbot("healthcheck", "--store-only", cwd=tmp_path, env=on_pg)
    assert (ready.returncode, ready.stdout) == (0, "ok\n")


def test_factbot_backup_of_a_postgresql_store_points_to_pg_dump(tmp_path: Path):
    result = run_factbot(
        "backup",
        str(tmp_path),
        cwd=tmp_path,
        env={"FACTBOT_DATABASE_URL": "postgresql:///factbot"},
    )
    assert result.returncode == 2
    assert "pg_dump" in result.stderr


async def test_a_stop_rolls_back_the_import_under_way(pg_url: str):
    """A stop while an import runs rolls it back whole (at its next batch, or its statement
    cancelled), and its caller is told so."""
    started = asyncio.Event()
    go_on = threading.Event()
    loop = asyncio.get_running_loop()

    def batches() -> Iterator[list[ImportRow]]:
        for value in range(1, 4):
            yield [import_row(make_draft(figure={"qualifier": "exact", "value": value}), None)]
            loop.call_soon_threadsafe(started.set)
            go_on.wait(timeout=10)

    async with await PostgresStore.open(pg_url) as store:
        importing = asyncio.create_task(store.import_rows(batches(), by="t", expected_rows=3))
        await started.wait()
        store.stop_writes()
        go_on.set()
        with pytest.raises(WriteStopped):
            await importing
        assert await store.count_facts() == 0


async def test_a_large_file_is_copied_whole_and_a_second_import_finds_every_row(
    pg_url: str, tmp_path: Path
):
    """A file large enough to be validated by a child process, through import_file as the
    CLI and the chat import it: every row stored, searchable and counted; again, none."""
    path = tmp_path / "crossings.csv"
    path.write_bytes(crossings_csv(8000, publisher="Border Times"))
    async with await PostgresStore.open(pg_url) as store:
        with path.open("rb") as stream:
            result = await import_file(
                store, stream, file_name=path.name, by="t", resolve_country=country_code
            )
        assert (result.added, result.present) == (8000, 0)
        assert await store.count_facts() == 8000
        assert (await store.pages.country_counts("KAZ")).into == 8000
        hits = await store.search_facts(["8999"])
        assert [fact.figure and fact.figure.value for fact in hits.facts] == [8999]
        with path.open("rb") as stream:
            again = await import_file(
                store, stream, file_name=path.name, by="t", resolve_country=country_code
            )
        assert (again.added, again.present) == (0, 8000)


async def test_an_import_finds_stored_facts_and_its_own_repeats_in_file_order(pg_url: str):
    """Rows of a document stored before are checked against the store a thousand at a time;
    a repeat among them, and a statement (no figure) said again, are present, not added; new
    rows keep the file's order in their ids."""
    stored = make_draft(figure={"qualifier": "exact", "value": 1})
    statement = make_draft(metric="statement", figure=None, claim="They said so.")
    other = make_draft(figure={"qualifier": "exact", "value": 9}).model_copy(
        update={"citation": make_draft().citation.model_copy(
            update={"document": make_draft().citation.document.model_copy(
                update={"title": "Another day"})})}
    )  # fmt: skip
    async with await PostgresStore.open(pg_url) as store:
        await store.add_facts([stored, statement], by="t")
        fresh = make_draft(figure={"qualifier": "exact", "value": 2})
        result = await store.add_facts([stored, fresh, fresh, statement, other], by="t")
        assert (result.added, result.present) == (2, 3)
        facts = [fact async for fact in store.iter_facts()]
        assert [(fact.id, fact.figure and fact.figure.value) for fact in facts][2:] == [
            (3, 2),
            (4, 9),
        ]
        # An import whose last rows are of a document stored before stores them too.
        last = make_draft(figure={"qualifier": "exact", "value": 3})
        result = await store.add_facts([other, last], by="t")
        assert (result.added, result.present) == (1, 1)
        assert await store.count_facts() == 5
        assert (await store.get_fact(5)).figure == last.figure


def test_tsquery_quotes_every_word_as_match_expression_does():
    assert tsquery_all(["say 'hi'", "a\\b", "ab"]) == "'say ''hi''':* & 'a\\\\b' & 'ab'"
    assert tsquery_all(["kz"], {"kz": "KAZ"}) == "('kz' | 'KAZ':A)"
    assert tsquery_all(["--", "*"]) is None
    assert tsquery_any([["гражданств", "citizenship"], ["x"]]) == (
        "('гражданств':* | 'citizenship':*) & 'x'"
    )


def test_factbot_import_retract_and_export_read_the_same_on_both(pg_url: str, tmp_path: Path):
    """The curators' commands on each backend: the same file in, the same export out (but the
    moments they ran at)."""
    upload = tmp_path / "crossings.csv"
    upload.write_bytes(crossings_csv(20, publisher="Border Times"))
    exports = []
    for env in ({}, {"FACTBOT_DATABASE_URL": pg_url}):
        folder = tmp_path / ("postgresql" if env else "sqlite")
        folder.mkdir()
        imported = run_factbot("import", str(upload), cwd=folder, env=env)
        assert imported.returncode == 0, imported.stderr
        retracted = run_factbot(
            "facts", "retract", "17", "--reason", "a typo", cwd=folder, env=env
        )
        assert retracted.returncode == 0, retracted.stderr
        exported = run_factbot("export", "--all", "--format", "json", cwd=folder, env=env)
        assert exported.returncode == 0, exported.stderr
        facts = json.loads(exported.stdout)
        for fact in facts:
            for moment in ("created_at", "updated_at"):
                fact.pop(moment)
        exports.append(facts)
    on_sqlite, on_postgres = exports
    assert on_postgres == on_sqlite
    assert len(on_sqlite) == 20  # an import into an empty store is not seeded first
    assert [fact["status"] for fact in on_sqlite if fact["id"] == 17] == ["retracted"]


@pytest.mark.both_backends
async def test_a_source_name_holding_a_nul_is_looked_up_not_refused(seeded: Store):
    """PostgreSQL refuses a NUL in any text: a reader's /source with one finds what the name
    without it finds, as on SQLite, rather than failing the read."""
    named = [summary.name for summary in await seeded.source_summaries("Zakon\x00.kz")]
    assert named == [summary.name for summary in await seeded.source_summaries("Zakon.kz")]
    assert named
    assert await seeded.sources_named("Zakon\x00.kz") == await seeded.sources_named("Zakon.kz")
