"""/facts and /timeline: a country's facts by topic and in date order, every one cited."""

from __future__ import annotations

import re

import pytest

from bot.answers import facts_answer, flows_answer, timeline_answer
from bot.language.words import words_for
from bot.render.timelines import earlier_reports
from storage import FactStore
from tests.e2e.telegram_html import parse_telegram_html
from tests.factories import make_draft

# The Store API on each backend: SQLite, then PostgreSQL.
pytestmark = pytest.mark.both_backends

EN = words_for("en")


def _text(messages: list[str]) -> str:
    return "\n".join(parse_telegram_html(message)[0] for message in messages)


async def test_facts_groups_every_fact_naming_the_country_by_topic(seeded: FactStore):
    text = _text(await facts_answer(seeded, "russia", EN))
    assert text.startswith("Facts naming Russia · 14, by topic, newest first")
    headings = re.findall(r"^(\w[\w ]+) \((\d+)\)$", text, re.MULTILINE)
    assert headings == [
        ("Entered", "3"),
        ("Left", "1"),
        ("Refused exit", "1"),
        ("Citizenship applications", "2"),
        ("Mobilisation target", "1"),
        ("Mobilisation ceiling", "1"),
        ("Statement", "5"),
    ]
    assert text.count("▪️") == 14
    assert text.count("Ukrainska Pravda (Iryna Balachuk), 4 Oct 2022, 10:23 UTC+03:00") == 14


async def test_timeline_reads_oldest_first_one_cited_line_each(seeded: FactStore):
    text = _text(await timeline_answer(seeded, "kazakhstan", EN))
    lines = [line for line in text.splitlines() if " · #" in line]
    assert len(lines) == 8
    assert all("Ukrainska Pravda, 4 Oct 2022" in line for line in lines)
    order = [int(line.rsplit("#", 1)[1]) for line in lines]
    assert order.index(6) < order.index(5) < order.index(3)  # April, then Sep, then Oct
    assert "since 21 Sept 2022, as of 4 Oct 2022 · more than 200,000 Russian citizens" in text


async def test_same_period_from_two_sources_stays_side_by_side_never_summed(store: FactStore):
    first = await store.add_fact(make_draft(), by="t")
    other = make_draft().citation.model_copy(
        update={"document": make_draft().citation.document.model_copy(update={"title": "B"})}
    )
    second = await store.add_fact(
        make_draft(figure={"qualifier": "about", "value": 70_000}, citation=other), by="t"
    )
    text = _text(await timeline_answer(store, "georgia", EN))
    lines = [line for line in text.splitlines() if line.startswith("21–28 Sept 2022")]
    assert len(lines) == 2
    assert "about 50,000" in lines[0]
    assert "about 70,000" in lines[1]
    assert "120,000" not in text
    assert (first.id, second.id) == (1, 2)


@pytest.mark.parametrize("answer", [facts_answer, timeline_answer])
async def test_usage_unknown_and_empty_countries(seeded: FactStore, answer):
    command = "facts" if answer is facts_answer else "timeline"
    assert f"/{command} kazakhstan" in _text(await answer(seeded, "", EN))
    assert "Did you mean" in _text(await answer(seeded, "korea", EN))
    assert _text(await answer(seeded, "peru", EN)) == "No facts are recorded for Peru yet."


async def test_an_older_report_of_the_same_measure_is_labelled_not_added(seeded: FactStore):
    (message,) = await flows_answer(seeded, "kazakhstan", EN)
    text, _ = parse_telegram_html(message)
    entry = text[text.index("▪️ almost 100,000") :]
    assert entry.splitlines()[1] == "Earlier report, 27 Sept 2022; newer: fact #1"
    assert text.index("more than 200,000") < text.index("almost 100,000")
    assert "300,000" not in text
    assert text.count("Earlier report") == 1  # the 7,000 of 3 Oct measures one day, not the run


async def test_a_correction_of_the_same_period_supersedes_the_first_report(store: FactStore):
    first = await store.add_fact(make_draft(as_of="2022-09-28"), by="t")
    newer = make_draft(figure={"qualifier": "about", "value": 60_000}, as_of="2022-10-02")
    second = await store.add_fact(newer, by="t")
    superseded = earlier_reports(await store.flows_for("GEO"))
    assert superseded == {first.id: second}
