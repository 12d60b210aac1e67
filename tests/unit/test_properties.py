"""Property: whatever the facts and the query, every fact stated carries its source and date,
and every message is HTML that Telegram accepts, within its length limit."""

from __future__ import annotations

import asyncio
import re
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answers import flows_answer
from bot.formatting import MESSAGE_LIMIT, format_date, format_period, visible_length
from storage import FactDraft, FactStore, Metric, Qualifier
from tests.e2e.telegram_html import parse_telegram_html

COUNTRIES = ["KAZ", "RUS", "GEO", "ARM", "TUR"]
QUERIES = [*COUNTRIES, "kazakhstan", "Россия", "georgia", "korea", "<b>&", "peru", ""]

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
    metric = draw(st.sampled_from(list(Metric)))
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
            "metric": metric.value,
            "counted": draw(_words),
            "origin": origin,
            "destination": destination,
            "citizenship": draw(st.sampled_from([*COUNTRIES, None])),
            "figure": None if metric is Metric.STATEMENT else draw(_figures()),
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


async def _check(drafts: list[FactDraft], query: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with await FactStore.open(Path(folder) / "facts.db") as store:
            await store.add_facts(drafts, by="property")
            messages = await flows_answer(store, query)
            stated: list[int] = []
            for message in messages:
                assert visible_length(message) <= MESSAGE_LIMIT
                text, _ = parse_telegram_html(message)
                for entry in text.split("▪️ ")[1:]:
                    found = re.search(r"· fact #(\d+)\n", entry)
                    assert found, f"an entry without its fact id: {entry!r}"
                    fact = await store.get_fact(int(found[1]))
                    document = fact.citation.document
                    assert format_period(fact) in entry
                    assert document.publisher in entry
                    assert format_date(document.published_at) in entry
                    if fact.citation.attributed_to:
                        assert fact.citation.attributed_to.name in entry
                    stated.append(fact.id)
            assert len(stated) == len(set(stated)), "a fact was stated twice"


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(drafts=st.lists(_drafts(), min_size=0, max_size=12), query=st.sampled_from(QUERIES))
def test_every_stated_fact_carries_its_source_and_date(drafts: list[FactDraft], query: str):
    asyncio.run(_check(drafts, query))
