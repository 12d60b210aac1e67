"""The other read commands: /search, /sources, /source, /fact and /history."""

from __future__ import annotations

import html
from dataclasses import replace

import structlog

from bot.language.countries import country_name, exact_country_code
from bot.logs import note_results
from bot.render.formatting import paginate, render_entry
from bot.render.reports import render_fact_detail, render_history
from bot.render.sourcing import (
    render_source_choices,
    render_source_heading,
    render_source_line,
)
from storage import FactNotFound, FactStore

__all__ = [
    "SEARCH_SHOWN",
    "fact_answer",
    "history_answer",
    "search_answer",
    "source_answer",
    "sources_answer",
]

log = structlog.get_logger(__name__)

# /search shows at most this many facts: the first pages are what a reader looks at, and the
# answer is rendered whole for every page button.
SEARCH_SHOWN = 50


def _fact_id(text: str, command: str) -> int | str:
    """The fact id in ``text``, or the reply explaining what was expected."""
    word = text.strip().removeprefix("#")
    # isdecimal, not isdigit: "²" is a digit that int() refuses.
    if word.isdecimal() and len(word) < 19:
        return int(word)
    shown = html.escape(text.strip()[:40])
    if not shown:
        return f"Which fact? Give its number: <code>/{command} 1</code>"
    return f"“{shown}” is not a fact number. Example: <code>/{command} 1</code>"


async def fact_answer(store: FactStore, query: str) -> list[str]:
    """/fact ID: one fact, published or retracted, with its whole citation chain."""
    fact_id = _fact_id(query, "fact")
    if isinstance(fact_id, str):
        return [fact_id]
    try:
        fact = await store.get_fact(fact_id)
    except FactNotFound:
        return [f"There is no fact #{fact_id}."]
    heading, *blocks = render_fact_detail(fact, country_name)
    return paginate(heading, blocks)


async def history_answer(store: FactStore, query: str, *, show_actors: bool = False) -> list[str]:
    """/history ID: every version of a fact, oldest first; who changed it, for curators."""
    fact_id = _fact_id(query, "history")
    if isinstance(fact_id, str):
        return [fact_id]
    try:
        entries = await store.history(fact_id)
    except FactNotFound:
        return [f"There is no fact #{fact_id}."]
    if not show_actors:
        entries = [replace(entry, actor="a curator") for entry in entries]
    return paginate(f"<b>History of fact #{fact_id}</b>", render_history(fact_id, entries))


async def search_answer(store: FactStore, query: str) -> list[str]:
    """/search WORDS: published facts holding every word, best match first, each cited.

    Words that many facts hold are answered newest first (see FactStore.search_facts).
    """
    words = query.split()
    if not words:
        return [
            "What should I look for? Example: <code>/search citizenship</code>. Every word "
            "must appear (as the start of a word) in a claim, quote, person, outlet or country."
        ]
    shown = html.escape(" ".join(words)[:100])
    countries = {word: code for word in words if (code := exact_country_code(word))}
    hits = await store.search_facts(words, countries=countries, limit=SEARCH_SHOWN)
    facts = hits.facts
    note_results(len(facts))
    log.info("search_answered", words=len(words), hits=len(facts))
    if not facts:
        return [
            f"Nothing found for “{shown}”. Try other words, <code>/flows COUNTRY</code> for a "
            "country's flows, or /help for every command."
        ]
    order = "best match first" if hits.ranked else "newest first"
    header = f"<b>Search: {shown}</b> · {len(facts)} fact(s), {order}"
    return paginate(header, [render_entry(fact, country_name) for fact in facts])


# /source NAME lists at most this many candidates when a name matches several sources.
_SOURCE_CHOICES = 10


async def sources_answer(store: FactStore, _query: str = "") -> list[str]:
    """/sources: every source with how many published facts it backs, most first."""
    summaries = [summary for summary in await store.source_summaries() if summary.total]
    note_results(len(summaries))
    log.info("sources_answered", sources=len(summaries))
    if not summaries:
        return ["No sources back any published fact yet."]
    header = f"<b>Sources</b> · {len(summaries)}, most facts first. See one with /source NAME"
    return paginate(header, [render_source_line(summary) for summary in summaries])


async def source_answer(store: FactStore, query: str) -> list[str]:
    """/source NAME: one source, and the published facts it backs, each cited."""
    name = " ".join(query.split())
    if not name:
        return ["Which source? Example: <code>/source Zakon.kz</code>; /sources lists them all."]
    matches = await store.source_summaries(name)
    exact = [summary for summary in matches if summary.name.casefold() == name.casefold()]
    shown = html.escape(name[:100])
    if exact or len(matches) == 1:
        chosen = (exact or matches)[0]
    elif matches:
        return [render_source_choices(name[:100], matches[:_SOURCE_CHOICES])]
    else:
        return [f"No source is called “{shown}”. /sources lists them all."]
    facts = await store.facts_by_source(chosen.id)
    note_results(len(facts))
    log.info("source_answered", source_id=chosen.id, hits=len(facts))
    entries = [render_entry(fact, country_name) for fact in facts]
    return paginate(render_source_heading(chosen), entries)
