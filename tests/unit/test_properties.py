"""Property: whatever the facts, the query and the reader's language, every fact stated carries
its source and date, and every message is HTML that Telegram accepts, within its length limit,
cut between facts."""

from __future__ import annotations

import asyncio
import re
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answers import (
    chart_answer,
    facts_answer,
    flows_answer,
    search_answer,
    source_answer,
    sources_answer,
    timeline_answer,
)
from bot.answers.inline import inline_answers
from bot.answers.questions import question_answer
from bot.language.words import LANGUAGES, Words, words_for
from bot.render.charts import CAPTION_LIMIT, Chart
from bot.render.formatting import MESSAGE_LIMIT, format_period, visible_length
from storage import BUILT_IN_METRICS, STATEMENT, FactDraft, FactStore, Qualifier
from tests.e2e.telegram_html import parse_telegram_html

COUNTRIES = ["KAZ", "RUS", "GEO", "ARM", "TUR"]
QUERIES = [
    *COUNTRIES, "kazakhstan", "Россия", "georgia", "korea", "<b>&", "peru", "", "x",
    "how many people entered kazakhstan", "сколько россиян уехало из России",
    "скільки людей в'їхало до Грузії 3 жовтня", "Түркияға қанша адам келді",
]  # fmt: skip

# Any text a curator might type, hostile markup included; the entry marker and "#" are left
# out only because the test itself splits entries on them.
_text = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc"), blacklist_characters="▪#\u2028\u2029"
    ),
    min_size=1,
    max_size=60,
).filter(lambda s: s.strip() != "")
_hostile = st.sampled_from(["<b>x</b> & <script>", "a < b > c", "&amp;", '"q"', "😀 emoji"])
_words = st.one_of(_text, _hostile)
_day = st.dates(min_value=date(2020, 1, 1), max_value=date(2025, 12, 31))


@st.composite
def _figures(draw: st.DrawFn) -> dict[str, Any]:
    qualifier = draw(st.sampled_from(list(Qualifier)))
    value = draw(st.integers(min_value=0, max_value=10**9))
    high = value + draw(st.integers(1, 10**6)) if qualifier is Qualifier.RANGE else None
    return {"qualifier": qualifier.value, "value": value, "high": high}


@st.composite
def _drafts(draw: st.DrawFn) -> FactDraft:
    metric = draw(st.sampled_from([kind.name for kind in BUILT_IN_METRICS]))
    origin = draw(st.sampled_from([*COUNTRIES, None]))
    destination = draw(st.sampled_from([*COUNTRIES, None]))
    if origin is None and destination is None:
        destination = "KAZ"
    start = draw(st.one_of(st.none(), _day))
    end = None
    if start is not None and draw(st.booleans()):
        end = start + timedelta(days=draw(st.integers(0, 60)))
    as_of = draw(_day) if start is None or draw(st.booleans()) else None
    source = st.fixed_dictionaries(
        {"name": _words, "kind": st.sampled_from(["person", "organisation", "outlet"])},
        optional={"description": _words},
    )
    document = {
        "publisher": draw(_words),
        "title": draw(_words),
        "author": draw(st.one_of(st.none(), _words)),
        "published_at": draw(_day).isoformat(),
        "url": draw(st.one_of(st.none(), st.just("https://example.org/a?b=1&c=<2>"))),
    }
    return FactDraft.model_validate(
        {
            "metric": metric,
            "counted": draw(_words),
            "origin": origin,
            "destination": destination,
            "citizenship": draw(st.sampled_from([*COUNTRIES, None])),
            "figure": None if metric == STATEMENT else draw(_figures()),
            "period_start": start,
            "period_end": end,
            "as_of": as_of,
            "claim": draw(_words),
            "quote": draw(_words),
            "citation": {
                "attributed_to": draw(st.one_of(st.none(), source)),
                "carried_by": draw(st.one_of(st.none(), source)),
                "document": document,
            },
        }
    )


async def _entry_is_cited(store: FactStore, entry: str, words: Words) -> int:
    """The id of the fact an answer's entry states, after checking it carries its citation."""
    found = re.search(r"#(\d+)\b", entry)
    assert found, f"an entry without its fact id: {entry!r}"
    fact = await store.get_fact(int(found[1]))
    document = fact.citation.document
    assert format_period(fact, words) in entry
    assert document.publisher in entry
    assert words.date(document.published_at) in entry
    if fact.citation.attributed_to:
        assert fact.citation.attributed_to.name in entry
    return fact.id


def _accepted(message: str, limit: int = MESSAGE_LIMIT) -> str:
    assert visible_length(message) <= limit
    text, _ = parse_telegram_html(message)
    return text


async def _check(drafts: list[FactDraft], query: str, language: str) -> None:
    words = words_for(language)
    with tempfile.TemporaryDirectory() as folder:
        async with await FactStore.open(Path(folder) / "facts.db") as store:
            await store.add_facts(drafts, by="property")
            for answer in (
                flows_answer, facts_answer, search_answer, source_answer, question_answer,
            ):  # fmt: skip
                stated: list[int] = []
                # Each message's entries are checked whole: an entry cut across two messages
                # would lose its id or its citation.
                for message in await answer(store, query, words):
                    text = _accepted(message)
                    for entry in text.split("▪️ ")[1:]:
                        if not re.search(r"#\d", entry) and " — " in entry:
                            continue  # a source's line (name — what it backs), not a fact
                        stated.append(await _entry_is_cited(store, entry, words))
                assert len(stated) == len(set(stated)), "a fact was stated twice"
            for message in await timeline_answer(store, query, words):
                text = _accepted(message)
                # Each fact is two lines: when and what, then its source, date and id.
                lines = text.split("\n\n")[1:]
                for line in lines:
                    await _entry_is_cited(store, line, words)
            for message in await sources_answer(store, "", words):
                _accepted(message)
            for inline in await inline_answers(store, query, words):
                text = _accepted(inline.message)
                if inline.id != "help":
                    await _entry_is_cited(store, text, words)
            chart = await chart_answer(store, query, words)
            if isinstance(chart, Chart):
                caption = _accepted(chart.caption, CAPTION_LIMIT)
                # Each plotted figure's line: "#id …: figure, period (source; publisher, date)".
                for line in caption.split("\n")[1:]:
                    if re.match(r"#\d+ ", line):
                        await _entry_is_cited(store, line, words)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    drafts=st.lists(_drafts(), min_size=0, max_size=12),
    query=st.sampled_from(QUERIES),
    language=st.sampled_from(LANGUAGES),
)
def test_every_stated_fact_carries_its_source_and_date(
    drafts: list[FactDraft], query: str, language: str
):
    asyncio.run(_check(drafts, query, language))
