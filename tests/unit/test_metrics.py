"""The vocabulary of metrics is data: curators extend it, flows and answers follow it."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from bot.language.words import words_for
from bot.render.formatting import render_entry
from bot.render.timelines import render_topics
from storage import (
    Direction,
    FactStore,
    InvalidFact,
    MetricKind,
    MetricLabels,
    RowInvalid,
    row_from_draft,
)
from storage.database import open_database
from storage.migrations import apply_migrations
from storage.transfer import ImportInvalid, import_file
from tests.factories import csv_bytes, make_draft

# A metric no built-in vocabulary has: people handed over at a border, out of the origin.
HANDED_OVER = MetricKind(
    name="handed_over",
    direction=Direction.OUT,
    labels=MetricLabels(
        en="handed over", ru="переданы властям", uk="передані владі", kk="билікке берілгендер"
    ),
)


def _handed_over(**overrides: object):
    fields = {
        "metric": "handed_over",
        "counted": "Afghan citizens",
        "origin": "IRN",
        "destination": "AFG",
        "citizenship": "AFG",
        "figure": {"qualifier": "less_than", "value": 300},
        "claim": "Fewer than 300 Afghans were handed over to Afghanistan by Iran.",
        "quote": "Fewer than 300 were handed over.",
    }
    return make_draft(**(fields | overrides))


@pytest.mark.both_backends
async def test_a_store_refuses_a_metric_it_does_not_know(store: FactStore):
    with pytest.raises(InvalidFact, match="'handed_over' is not a known metric"):
        await store.add_fact(_handed_over(), by="t")
    assert await store.count_facts() == 0


async def test_a_curator_adds_a_metric_and_flows_answer_with_it(db_path: Path):
    async with await FactStore.open(db_path) as store:
        await store.put_metric(HANDED_OVER, by="telegram:1")
        fact = await store.add_fact(_handed_over(), by="telegram:1")
    # The vocabulary is the store's: it is there after a restart.
    async with await FactStore.open(db_path) as reopened:
        assert reopened.metrics.get("handed_over") == HANDED_OVER
        assert [f.id for f in await reopened.flows_for("AFG")] == [fact.id]
        assert [f.id for f in await reopened.flows_for("IRN")] == [fact.id]
    english = render_entry(fact, words_for("en"))
    assert "<b>less than 300</b> Afghan citizens — handed over: Iran → Afghanistan" in english
    russian = render_entry(fact, words_for("ru"))
    assert "<b>менее 300</b> Afghan citizens — переданы властям: Иран → Афганистан" in russian
    topics = render_topics([fact], words_for("kk"))
    assert topics[0].startswith("<b>Билікке берілгендер</b> (1)")


@pytest.mark.both_backends
async def test_a_metric_with_no_direction_is_no_flow(store: FactStore):
    fact = await store.add_fact(
        _handed_over(metric="asylum_applications", origin=None, destination="DEU"), by="t"
    )
    assert await store.flows_for("DEU") == []
    assert [f.id for f in await store.facts_naming("DEU")] == [fact.id]
    assert "— asylum applications:" in render_entry(fact, words_for("en"))


@pytest.mark.both_backends
async def test_labels_can_be_corrected_but_not_the_direction(store: FactStore):
    await store.put_metric(HANDED_OVER, by="t")
    relabelled = HANDED_OVER.model_copy(
        update={"labels": HANDED_OVER.labels.model_copy(update={"en": "returned by force"})}
    )
    await store.put_metric(relabelled, by="t")
    assert store.metrics.label("handed_over", "en") == "returned by force"
    turned = HANDED_OVER.model_copy(update={"direction": Direction.INTO})
    with pytest.raises(InvalidFact, match="already counts out"):
        await store.put_metric(turned, by="t")
    assert store.metrics.direction("handed_over") is Direction.OUT


@pytest.mark.both_backends
async def test_an_import_names_the_row_whose_metric_is_unknown(store: FactStore):
    rows = [row_from_draft(make_draft()), row_from_draft(_handed_over())]
    with pytest.raises(ImportInvalid) as caught:
        await import_file(store, io.BytesIO(csv_bytes(rows)), file_name="f.csv", by="t")
    (problem,) = caught.value.problems
    assert (problem.row, problem.field) == (3, "metric")
    assert "'handed_over' is not a known metric" in problem.reason
    assert await store.count_facts() == 0


@pytest.mark.both_backends
async def test_an_edit_to_an_unknown_metric_names_the_field(store: FactStore):
    fact = await store.add_fact(make_draft(), by="t")
    with pytest.raises(RowInvalid) as caught:
        await store.edit_fact(fact.id, {"metric": "handed_over"}, by="t")
    assert [error.field for error in caught.value.errors] == ["metric"]


async def test_the_rebuilt_facts_table_keeps_rows_search_and_rules(db_path: Path):
    """Migration 0009 rebuilds facts: ids, search, audit links and the never-delete rule stay."""
    conn = await open_database(db_path)
    try:
        await apply_migrations(conn, target=8)
    finally:
        await conn.close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("INSERT INTO sources (id, name, kind) VALUES (1, 'Old Times', 'outlet')")
        raw.execute(
            "INSERT INTO documents (id, publisher_id, title, published_at) "
            "VALUES (1, 1, 'Old news', '2022-10-01')"
        )
        raw.execute(
            "INSERT INTO facts (id, metric, counted, destination, qualifier, value, as_of, "
            "claim, quote, document_id, created_at, created_by, updated_at, updated_by) VALUES "
            "(7, 'left', 'people', 'GEO', 'about', 10, '2022-10-01', 'Upper Lars queue', "
            "'Old quote', 1, '2022-10-01T00:00:00Z', 'old', '2022-10-01T00:00:00Z', 'old')"
        )
        raw.execute(
            "INSERT INTO audit_log (at, actor, action, fact_id, version) "
            "VALUES ('2022-10-01T00:00:00Z', 'old', 'add', 7, 1)"
        )
    async with await FactStore.open(db_path) as store:
        hits = await store.search_facts(["upper", "lars"])
        assert [fact.id for fact in hits.facts] == [7]
        assert [entry.actor for entry in await store.history(7)] == ["old"]
        fact = await store.add_fact(_handed_over(metric="left"), by="t")
        assert fact.figure is not None
        assert fact.figure.qualifier.value == "less_than"
    with sqlite3.connect(db_path) as raw:
        raw.execute("PRAGMA foreign_keys = ON")
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
            raw.execute("DELETE FROM facts WHERE id = 7")
        with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
            raw.execute("DELETE FROM metrics WHERE name = 'left'")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            raw.execute("UPDATE facts SET metric = 'fled' WHERE id = 7")
