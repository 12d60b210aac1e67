"""FactStore on a real SQLite file: writes, reads, and the rules the store itself enforces."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storage import (
    BUILT_IN_METRICS,
    STATEMENT,
    FactNotFound,
    FactStatus,
    FactStore,
    InvalidFact,
    Qualifier,
)
from tests.factories import draft_data, make_draft


@pytest.mark.both_backends
async def test_add_fact_round_trips_the_whole_citation_chain(store: FactStore):
    draft = make_draft()
    stored = await store.add_fact(draft, by="telegram:42")
    assert stored.draft() == draft
    assert stored.version == 1
    assert stored.status is FactStatus.PUBLISHED
    assert stored.created_by == stored.updated_by == "telegram:42"
    assert await store.get_fact(stored.id) == stored


@pytest.mark.both_backends
async def test_get_fact_of_unknown_id_raises(store: FactStore):
    with pytest.raises(FactNotFound, match="no fact has id #999"):
        await store.get_fact(999)


async def test_every_metric_and_qualifier_passes_the_schema(store: FactStore):
    for kind in BUILT_IN_METRICS:
        metric = kind.name
        figure = None if metric == STATEMENT else {"qualifier": "exact", "value": 1}
        await store.add_fact(make_draft(metric=metric, figure=figure, claim=metric), by="t")
    for qualifier in Qualifier:
        high = 9 if qualifier is Qualifier.RANGE else None
        figure = {"qualifier": qualifier, "value": 3, "high": high}
        await store.add_fact(make_draft(figure=figure), by="t")
    assert await store.count_facts() == len(BUILT_IN_METRICS) + len(Qualifier)


def _raw(db_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


async def test_store_refuses_a_fact_without_a_dated_published_document(
    store: FactStore, db_path: Path
):
    """Not only the models: the schema itself insists on a dated document."""
    fact = await store.add_fact(make_draft(), by="t")
    conn = _raw(db_path)
    columns = (
        "metric, counted, qualifier, value, as_of, claim, quote, document_id, "
        "created_at, created_by, updated_at, updated_by"
    )
    values = "'entered', 'people', 'exact', 1, '2022-10-01', 'c', 'q', ?, 'now', 't', 'now', 't'"
    with pytest.raises(sqlite3.IntegrityError, match="NOT NULL"):
        conn.execute(f"INSERT INTO facts ({columns}) VALUES ({values})", (None,))
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        conn.execute(f"INSERT INTO facts ({columns}) VALUES ({values})", (12345,))
    for bad_date in ("", "2022-02-30", "October 2022", "2022-10-04T25:00"):
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            conn.execute(
                "INSERT INTO documents (publisher_id, title, published_at) VALUES (1, 'x', ?)",
                (bad_date,),
            )
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        conn.execute("DELETE FROM facts WHERE id = ?", (fact.id,))
    for column in ("period_start", "period_end", "as_of"):
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            conn.execute(f"UPDATE facts SET {column} = '2022-02-30' WHERE id = ?", (fact.id,))
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        conn.execute("UPDATE facts SET value = -5 WHERE id = ?", (fact.id,))
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        conn.execute("UPDATE facts SET status = 'retracted' WHERE id = ?", (fact.id,))
    conn.close()
    assert await store.get_fact(fact.id) == fact


async def test_flows_are_newest_first_and_skip_retracted_and_other_metrics(
    store: FactStore, db_path: Path
):
    older = await store.add_fact(make_draft(period_end="2022-09-25"), by="t")
    newer = await store.add_fact(make_draft(as_of="2022-10-02"), by="t")
    out = await store.add_fact(make_draft(metric="left", origin="GEO", destination=None), by="t")
    other = await store.add_fact(
        make_draft(metric="citizenship_applications", origin="RUS", destination="GEO"), by="t"
    )
    retracted = await store.add_fact(make_draft(as_of="2022-10-03", claim="wrong"), by="t")
    conn = _raw(db_path)
    conn.execute(
        "UPDATE facts SET status = 'retracted', retraction_reason = 'typo' WHERE id = ?",
        (retracted.id,),
    )
    conn.close()

    flows = [fact.id for fact in await store.flows_for("GEO")]
    assert flows == [newer.id, out.id, older.id]
    naming = [fact.id for fact in await store.facts_naming("GEO")]
    assert set(naming) == {newer.id, out.id, older.id, other.id}
    assert await store.flows_for("KAZ") == []


async def test_sources_and_documents_are_shared_not_copied(store: FactStore, db_path: Path):
    await store.add_fact(make_draft(), by="t")
    await store.add_fact(make_draft(figure={"qualifier": "exact", "value": 7}), by="t")
    conn = _raw(db_path)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 3
    conn.close()


@pytest.mark.both_backends
async def test_find_duplicate_matches_same_figure_from_same_source(store: FactStore):
    stored = await store.add_fact(make_draft(), by="t")
    assert await store.find_duplicate(make_draft()) == stored.id
    assert (
        await store.find_duplicate(make_draft(figure={"qualifier": "exact", "value": 1})) is None
    )
    other_document = draft_data()
    other_document["citation"]["document"]["title"] = "Another article"
    assert await store.find_duplicate(make_draft(citation=other_document["citation"])) is None


@pytest.mark.both_backends
async def test_add_facts_is_all_or_nothing(store: FactStore):
    good = make_draft()
    # Built without validation, as corrupt input would be: the schema still refuses it.
    bad = make_draft().model_copy(update={"counted": "x" * 500})
    # SQLite's words, then PostgreSQL's.
    with pytest.raises(InvalidFact, match=r"CHECK|check constraint"):
        await store.add_facts([good, bad], by="t")
    assert await store.count_facts() == 0

    result = await store.add_facts([good, make_draft()], by="t")
    assert (result.added, result.present) == (1, 1)
