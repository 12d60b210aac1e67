"""SQLite's search index keeps no copy of the text (migration 0015): FTS5 reads it from
facts_search_source, so every write that changes what the view shows must unindex the old
words exactly and index the new ones. After each kind of write the index is checked against
the view by FTS5 itself ('integrity-check' with rank 1 reads every row of the view; without
it, SQLite 3.40 checks only the index's own structure).

Every store is a real SQLite file.
"""

from __future__ import annotations

import io
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from bot.language.countries import country_code
from bot.language.search_lemmas import LEMMATISER
from storage import FactStore
from storage.bulk import BULK_MIN_ROWS
from storage.database import open_database
from storage.lemmas import fact_lemmas
from storage.migrations import apply_migrations, available_migrations
from storage.models import Lifecycle
from storage.search import match_expression
from storage.seed import load_seed
from storage.transfer import import_file
from storage.writes import insert_fact
from tests.factories import csv_bytes, draft_data, make_draft

# What readers type, as FTS5 expressions: words, prefixes, people, outlets, countries, lemmas.
QUERIES = [
    ["citizenship"], ["citizen"], ["ethnic", "citizen"], ["reservists"], ["mediazona"],
    ["Akhmetzhanov"], ["Kazakh"], ["mobil"], ["went"], ["border", "Russia"], ["RUS"],
]  # fmt: skip
_RANKED = "SELECT rowid, rank FROM facts_search WHERE facts_search MATCH ? ORDER BY rank, rowid"


def _index_checked(db: Path) -> None:
    """The file sound, and FTS5's index the same as what the view shows now."""
    with closing(sqlite3.connect(db)) as conn, conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.execute("INSERT INTO facts_search (facts_search) VALUES ('integrity-check')")
        conn.execute("INSERT INTO facts_search (facts_search, rank) VALUES ('integrity-check', 1)")


def _raw(db: Path, statement: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db)) as conn, conn:
        return conn.execute(statement, params).fetchall()


def _ranked(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Each query's matches, best first, with their bm25 rank."""
    found = {}
    for words in QUERIES:
        match = match_expression(words)
        assert match is not None
        found[match] = _raw(db, _RANKED, (match,))
    return found


async def _ids(store: FactStore, words: str) -> list[int]:
    return [fact.id for fact in (await store.search_facts(words.split())).facts]


async def _store_at_0014(db: Path) -> None:
    """A store at the schema before this step, holding the shipped facts written by the
    store's own insert, with their lemmas, as that version wrote them."""
    conn = await open_database(db)
    try:
        await apply_migrations(conn, target=14)
    finally:
        await conn.close()
    at = datetime(2026, 12, 1, tzinfo=UTC)
    lifecycle = Lifecycle(created_at=at, created_by="old", updated_at=at, updated_by="old")
    with closing(sqlite3.connect(db)) as raw, raw:
        for draft in load_seed():
            lemmas = fact_lemmas(LEMMATISER, draft.claim, draft.quote, draft.counted)
            insert_fact(raw, draft, lifecycle, lemmas=lemmas)


async def test_a_store_migrated_from_0014_finds_and_ranks_the_same_facts(db_path: Path):
    await _store_at_0014(db_path)
    before = _ranked(db_path)
    size_before = _raw(db_path, "SELECT count(*) FROM facts_search")
    assert all(before.values()), "every query finds something in the shipped facts"

    async with await FactStore.open(db_path, lemmatiser=LEMMATISER) as store:
        assert _ranked(db_path) == before
        assert _raw(db_path, "SELECT count(*) FROM facts_search") == size_before
        assert await _ids(store, "reservists") == [8]
        newest = available_migrations()[-1].version
        assert _raw(db_path, "SELECT max(version) FROM schema_migrations") == [(newest,)]
        # No copy of the text: FTS5 makes no content table for an external one.
        copy = "SELECT count(*) FROM sqlite_schema WHERE name = 'facts_search_content'"
        assert _raw(db_path, copy) == [(0,)]
    _index_checked(db_path)


async def test_an_edited_fact_is_found_by_its_new_words_only(store: FactStore, db_path: Path):
    fact = await store.add_fact(make_draft(claim="Quokkas crossed into Georgia"), by="t")
    other = await store.add_fact(
        make_draft(claim="Quokkas stayed in Georgia", figure={"qualifier": "about", "value": 7}),
        by="t",
    )

    await store.edit_fact(fact.id, {"claim": "Wombats crossed into Georgia"}, by="t")

    assert await _ids(store, "quokkas") == [other.id]
    assert await _ids(store, "wombats") == [fact.id]
    _index_checked(db_path)


async def test_an_edit_to_another_source_moves_the_fact_to_its_name(
    store: FactStore, db_path: Path
):
    fact = await store.add_fact(make_draft(), by="t")

    await store.edit_fact(
        fact.id, {"attributed_to": "Irakli Zoidze", "destination": "Армения"}, by="t",
        resolve_country=country_code,
    )  # fmt: skip

    assert await _ids(store, "Gomelauri") == []
    assert await _ids(store, "Zoidze") == [fact.id]
    assert await _ids(store, "ARM") == [fact.id]
    _index_checked(db_path)


async def test_a_retracted_fact_is_not_found_and_stays_indexed(store: FactStore, db_path: Path):
    """A retraction changes nothing the index holds; searches leave the fact out."""
    fact = await store.add_fact(make_draft(claim="Quokkas crossed into Georgia"), by="t")
    indexed = _raw(db_path, "SELECT count(*) FROM facts_search_docsize")

    await store.retract_fact(fact.id, "misread the figure", by="t")

    assert await _ids(store, "quokkas") == []
    assert _raw(db_path, "SELECT rowid FROM facts_search WHERE facts_search MATCH 'quokkas'") == [
        (fact.id,)
    ]
    assert _raw(db_path, "SELECT count(*) FROM facts_search_docsize") == indexed
    _index_checked(db_path)


async def test_a_source_renamed_by_hand_is_found_under_its_new_name_only(
    store: FactStore, db_path: Path
):
    """The store never renames a source, but an operator correcting one in SQL must not leave
    the index behind: every fact that names it, as speaker, carrier or publisher, follows."""
    said = await store.add_fact(make_draft(), by="t")
    other = await store.add_fact(
        make_draft(claim="Another crossing", figure={"qualifier": "about", "value": 7}, citation={
            **draft_data()["citation"],
            "attributed_to": {"name": "Border Guard", "kind": "organisation"},
        }),
        by="t",
    )  # fmt: skip

    _raw(db_path, "UPDATE sources SET name = 'Vakho Gomelaurishvili' WHERE id = 1")
    _index_checked(db_path)
    _raw(
        db_path,
        "UPDATE sources SET name = 'Caucasus Wire', description = 'An agency' WHERE id = 2",
    )
    _index_checked(db_path)
    _raw(db_path, "UPDATE sources SET name = 'Example Tribune' WHERE name = 'Example Times'")
    _index_checked(db_path)

    assert await _ids(store, "Vakhtang") == []
    assert await _ids(store, "Gomelaurishvili") == [said.id]
    assert await _ids(store, "Interpressnews") == []
    assert sorted(await _ids(store, "Caucasus agency")) == [said.id, other.id]
    assert await _ids(store, "Times") == []
    assert sorted(await _ids(store, "Tribune")) == [said.id, other.id]


async def test_a_document_changed_by_hand_is_found_under_its_new_title_only(
    store: FactStore, db_path: Path
):
    fact = await store.add_fact(make_draft(), by="t")

    _raw(db_path, "UPDATE documents SET title = 'Armenians cross into Turkey', author = NULL")
    _index_checked(db_path)

    assert await _ids(store, "Reporter") == []
    assert await _ids(store, "Armenians Turkey") == [fact.id]


async def test_lemmas_filled_later_are_indexed_exactly(db_path: Path):
    """Facts stored without a lemmatiser are indexed without lemmas; the fill changes them."""
    async with await FactStore.open(db_path) as plain:
        fact = await plain.add_fact(
            make_draft(claim="Thousands of men went to the border"), by="t"
        )
    async with await FactStore.open(db_path, lemmatiser=LEMMATISER) as store:
        assert await _ids(store, "go") == []
        assert await store.fill_lemmas() == 1
        assert await _ids(store, "go") == [fact.id]
    _index_checked(db_path)


async def test_a_large_import_s_facts_can_be_edited_and_found(seeded: FactStore, db_path: Path):
    """The bulk path indexes its facts in chunks from the view: an edit of one of them then
    unindexes exactly those words."""
    count = BULK_MIN_ROWS + 500
    rows = [
        {"metric": "entered", "counted": "people", "origin": "RUS", "destination": "KAZ",
         "qualifier": "exact", "value": str(1000 + n), "as_of": "2022-10-04",
         "claim": f"{1000 + n} people crossed (bulkword{n}x)", "quote": f"{1000 + n} crossed.",
         "attributed_to": f"Border Service {n % 7}", "publisher": f"Daily {n % 5}",
         "title": f"Crossings {n // 3}", "published_at": "2022-10-05"}
        for n in range(count)
    ]  # fmt: skip
    result = await import_file(
        seeded, io.BytesIO(csv_bytes(rows)), file_name="f.csv", by="t",
        resolve_country=country_code,
    )  # fmt: skip
    assert result.added == count
    _index_checked(db_path)
    assert len(await _ids(seeded, "bulkword0x")) == 1
    assert len(await _ids(seeded, f"bulkword{count - 1}x")) == 1

    (last,) = await _ids(seeded, f"bulkword{count - 1}x")
    await seeded.edit_fact(last, {"claim": "People crossed (renamedword)"}, by="t")
    assert await _ids(seeded, f"bulkword{count - 1}x") == []
    assert await _ids(seeded, "renamedword") == [last]
    _index_checked(db_path)

    await seeded.retract_fact(last, "a test", by="t")
    assert await _ids(seeded, "renamedword") == []
    _index_checked(db_path)
