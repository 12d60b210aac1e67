"""Lemmas in the search index (SQLite 0014, PostgreSQL 0011): a fact is found by a form of its
words that no prefix reaches, on both backends, whichever way it was written."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import psycopg
import pytest

from bot.language.countries import country_code
from bot.language.search_lemmas import LEMMATISER, text_lemmas, word_lemmas
from storage import FactStore, Store
from storage.database import open_database
from storage.lemmas import Lemmatiser
from storage.migrations import apply_migrations
from storage.postgres.migrate import apply_migrations as apply_postgres_migrations
from storage.postgres.migrate_from_sqlite import copy_sqlite_store
from storage.postgres.search import tsquery_all
from storage.postgres.store import PostgresStore
from storage.search import match_expression
from storage.transfer import import_file
from tests.factories import csv_bytes, make_draft

pytestmark = pytest.mark.both_backends

# (what a fact says, what a reader types): no prefix of one reaches the other.
FORMS = [
    ("Более 3 000 человек ушли через границу", "ушедших"),
    ("Мобилизованные шёл пешком к границе", "идти"),
    ("Тисячі людей пішли через кордон", "піти"),
    ("Thousands of men went to the border", "go"),
    ("Every child crossed into Georgia with a parent", "children"),
    ("Мыңдаған босқын шекарадан өтті", "босқындарға"),
]


async def _open(
    backend: str, db_path: Path, request: pytest.FixtureRequest, lemmatiser: Lemmatiser | None
) -> Store:
    if backend == "sqlite":
        return await FactStore.open(db_path, lemmatiser=lemmatiser)
    return await PostgresStore.open(request.getfixturevalue("pg_url"), lemmatiser=lemmatiser)


async def _add(store: Store, claim: str, value: int) -> int:
    draft = make_draft(claim=claim, figure={"qualifier": "about", "value": value})
    return (await store.add_fact(draft, by="test")).id


async def _found(store: Store, typed: str) -> list[int]:
    return [fact.id for fact in (await store.search_facts(typed.split())).facts]


@pytest.mark.parametrize(("claim", "typed"), FORMS)
async def test_a_fact_is_found_by_a_form_only_its_lemma_reaches(
    store: Store, claim: str, typed: str
):
    fact_id = await _add(store, claim, 3000)
    assert await _found(store, typed) == [fact_id]


async def test_without_lemmas_those_forms_find_nothing(
    backend: str, db_path: Path, request: pytest.FixtureRequest
):
    """What the index had before: prefixes only. (Fails if the forms above were prefixes.)"""
    store = await _open(backend, db_path, request, None)
    async with store:
        for number, (claim, _typed) in enumerate(FORMS):
            await _add(store, claim, 3000 + number)
        for _claim, typed in FORMS:
            assert await _found(store, typed) == [], typed


async def test_a_reader_s_form_meets_the_fact_s_form_through_their_shared_lemma(store: Store):
    fact_id = await _add(store, "Более 3 000 человек ушли через границу", 3000)
    assert await _found(store, "ушедших границу") == [fact_id]
    assert await _found(store, "ушедших морем") == []


async def test_a_question_s_words_match_lemmas_too(store: Store):
    """Store.search_any, which questions are searched with: any word of each group, or one of
    its lemmas."""
    fact_id = await _add(store, "Более 3 000 человек ушли через границу", 3000)
    facts = await store.search_any([["ушедших", "покинувших"], ["границу"]])
    assert [fact.id for fact in facts] == [fact_id]


async def test_facts_stored_without_lemmas_are_filled_and_then_found(
    backend: str, db_path: Path, request: pytest.FixtureRequest
):
    """As facts stored before the migration: NULL lemmas, filled by the bot at start."""
    async with await _open(backend, db_path, request, None) as old:
        ids = [await _add(old, claim, 3000 + number) for number, (claim, _) in enumerate(FORMS)]
    async with await _open(backend, db_path, request, LEMMATISER) as store:
        assert await _found(store, "ушедших") == []
        assert await store.fill_lemmas(batch=4) == len(FORMS)
        for fact_id, (_claim, typed) in zip(ids, FORMS, strict=True):
            assert await _found(store, typed) == [fact_id]
        assert await store.fill_lemmas() == 0
        # Their words are still found as before.
        assert await _found(store, "Thousands") == [ids[3]]
    if backend == "postgresql":
        await _same_as_made_afresh(request.getfixturevalue("pg_url"))


async def _same_as_made_afresh(url: str) -> None:
    """PostgreSQL's fill appends the lemmas to each tsvector: the same as the trigger's."""
    async with await psycopg.AsyncConnection.connect(url) as pg:
        cursor = await pg.execute(
            "SELECT count(*) FROM facts_search fs JOIN facts_search_source s ON s.id = fs.fact_id"
            " WHERE fs.document <> search_document(s.claim, s.quote, s.counted, s.people,"
            " s.publication, s.countries, s.lemmas)"
        )
        assert await cursor.fetchone() == (0,)


async def test_an_edit_indexes_the_new_version_s_lemmas(store: Store):
    fact_id = await _add(store, "Thousands of men went to the border", 3000)
    assert await _found(store, "go") == [fact_id]
    await store.edit_fact(fact_id, {"claim": "Every child crossed"}, by="test")
    assert await _found(store, "go") == []
    assert await _found(store, "children") == [fact_id]
    await store.retract_fact(fact_id, "wrong figure", by="test")
    assert await _found(store, "children") == []


async def test_imported_facts_are_found_by_their_lemmas(store: Store):
    rows = [
        {
            "metric": "entered", "counted": "people", "origin": "RUS", "destination": "KAZ",
            "qualifier": "about", "value": str(1000 + number), "as_of": "2022-10-04",
            "claim": claim, "quote": claim, "publisher": "Daily", "title": "Crossings",
            "published_at": "2022-10-05T09:00:00+03:00",
        }
        for number, (claim, _typed) in enumerate(FORMS)
    ]  # fmt: skip
    result = await import_file(
        store, io.BytesIO(csv_bytes(rows)), file_name="facts.csv", by="test",
        resolve_country=country_code,
    )  # fmt: skip
    assert result.added == len(FORMS)
    for _claim, typed in FORMS:
        assert len(await _found(store, typed)) == 1, typed
    added = await store.add_facts(
        [make_draft(claim="A child fled", quote="A child fled.")], by="test"
    )
    assert added.added == 1
    assert len(await _found(store, "children")) == 2


def test_a_word_s_lemmas_leave_out_numbers_and_the_word_itself():
    assert word_lemmas("went") == ("go",)
    assert word_lemmas("Шёл") == ("идти",)
    assert word_lemmas("2022") == ()
    assert word_lemmas("border") == ()
    assert text_lemmas("Children went, children went") == "child go"


def test_lemmas_are_quoted_as_words_never_read_as_query_syntax():
    lemmas = {"x": ['a"b', "NEAR(", "it's\\", "\x00", "-"]}
    assert match_expression(["x"], lemmas=lemmas) == '("x" OR "a""b" OR "NEAR(" OR "it\'s\\")'
    assert tsquery_all(["x"], lemmas=lemmas) == "('x' | 'a\"b' | 'NEAR(' | 'it''s\\\\')"


_OLD_ROWS = (
    "INSERT INTO sources (id, name, kind) VALUES (1, 'Old Times', 'outlet')",
    "INSERT INTO documents (id, publisher_id, title, published_at) "
    "VALUES (1, 1, 'Old news', '2022-10-01')",
    "INSERT INTO facts (metric, counted, destination, qualifier, value, as_of, claim, "
    "quote, document_id, created_at, created_by, updated_at, updated_by) VALUES "
    "('entered', 'people', 'GEO', 'about', 10, '2022-10-01', 'Men went home', 'Old quote', "
    "1, '2022-10-01T00:00:00+00:00', 'old', '2022-10-01T00:00:00+00:00', 'old')",
)


async def _store_before_lemmas(backend: str, db_path: Path, request: pytest.FixtureRequest):
    """A store at the schema before lemmas (SQLite 13, PostgreSQL 10), holding one fact
    written with that version's SQL."""
    if backend == "sqlite":
        conn = await open_database(db_path)
        try:
            await apply_migrations(conn, target=13)
        finally:
            await conn.close()
        with sqlite3.connect(db_path) as raw:
            for statement in _OLD_ROWS:
                raw.execute(statement)
        return
    url = request.getfixturevalue("pg_url")
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as pg:
        await apply_postgres_migrations(pg, target=10)
        for statement in _OLD_ROWS:
            await pg.execute(statement)
        await pg.execute("SELECT setval(pg_get_serial_sequence('sources', 'id'), 1)")
        await pg.execute("SELECT setval(pg_get_serial_sequence('documents', 'id'), 1)")


async def test_the_migration_keeps_old_facts_searchable_and_the_fill_adds_their_lemmas(
    backend: str, db_path: Path, request: pytest.FixtureRequest
):
    await _store_before_lemmas(backend, db_path, request)
    async with await _open(backend, db_path, request, LEMMATISER) as store:
        assert await _found(store, "went") == [1]
        assert await _found(store, "Old") == [1]
        assert await _found(store, "go") == []
        assert await store.fill_lemmas() == 1
        assert await _found(store, "go") == [1]
        # A fact written now has its lemmas at once.
        fact_id = await _add(store, "Every child crossed into Georgia", 20)
        assert await _found(store, "children") == [fact_id]


async def test_migrate_to_copies_the_lemmas(db_path: Path, pg_url: str):
    """`factbot migrate-to` copies each fact's lemmas: nothing is left to fill."""
    async with await FactStore.open(db_path, lemmatiser=LEMMATISER) as sqlite_store:
        fact_id = await _add(sqlite_store, "Thousands of men went to the border", 3000)
    await copy_sqlite_store(db_path, pg_url)
    async with await PostgresStore.open(pg_url, lemmatiser=LEMMATISER) as copied:
        assert await copied.fill_lemmas() == 0
        assert await _found(copied, "go") == [fact_id]
