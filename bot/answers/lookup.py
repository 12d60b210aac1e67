"""The other read commands: /search, /sources, /source, /fact and /history."""

from __future__ import annotations

import html
from dataclasses import replace

import structlog

from bot.language.countries import exact_country_code
from bot.language.words import Words
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


def _fact_id(text: str, command: str, words: Words) -> int | str:
    """The fact id in ``text``, or the reply explaining what was expected."""
    word = text.strip().removeprefix("#")
    # isdecimal, not isdigit: "²" is a digit that int() refuses.
    if word.isdecimal() and len(word) < 19:
        return int(word)
    shown = html.escape(text.strip()[:40])
    example = f"<code>/{command} 1</code>"
    if not shown:
        return words.say("Which fact? Give its number: {example}", example=example)
    return words.say(
        "“{typed}” is not a fact number. Example: {example}", typed=shown, example=example
    )


def _no_fact(fact_id: int, words: Words) -> str:
    return words.say("There is no fact #{id}.", id=fact_id)


async def fact_answer(store: FactStore, args: str, words: Words) -> list[str]:
    """/fact ID: one fact, published or retracted, with its whole citation chain."""
    fact_id = _fact_id(args, "fact", words)
    if isinstance(fact_id, str):
        return [fact_id]
    try:
        fact = await store.get_fact(fact_id)
    except FactNotFound:
        return [_no_fact(fact_id, words)]
    heading, *blocks = render_fact_detail(fact, words)
    return paginate(heading, blocks, words)


async def history_answer(
    store: FactStore, args: str, words: Words, *, show_actors: bool = False
) -> list[str]:
    """/history ID: every version of a fact, oldest first; who changed it, for curators."""
    fact_id = _fact_id(args, "history", words)
    if isinstance(fact_id, str):
        return [fact_id]
    try:
        entries = await store.history(fact_id)
    except FactNotFound:
        return [_no_fact(fact_id, words)]
    if not show_actors:
        curator = words.say("a curator")
        entries = [replace(entry, actor=curator) for entry in entries]
    header = words.say("<b>History of fact #{id}</b>", id=fact_id)
    return paginate(header, render_history(fact_id, entries, words), words)


async def search_answer(store: FactStore, query: str, words: Words) -> list[str]:
    """/search WORDS: published facts holding every word, best match first, each cited.

    Words that many facts hold are answered newest first (see FactStore.search_facts).
    """
    terms = query.split()
    if not terms:
        return [
            words.say(
                "What should I look for? Example: <code>/search citizenship</code>. Every word "
                "must appear (as the start of a word) in a claim, quote, person, outlet or "
                "country."
            )
        ]
    shown = html.escape(" ".join(terms)[:100])
    countries = {term: code for term in terms if (code := exact_country_code(term))}
    hits = await store.search_facts(terms, countries=countries, limit=SEARCH_SHOWN)
    facts = hits.facts
    note_results(len(facts))
    log.info("search_answered", words=len(terms), hits=len(facts))
    if not facts:
        return [
            words.say(
                "Nothing found for “{query}”. Try other words, <code>/flows COUNTRY</code> for "
                "a country's flows, or /help for every command.",
                query=shown,
            )
        ]
    if hits.ranked:
        header = words.plural(
            "<b>Search: {query}</b> · {count} fact, best match first",
            "<b>Search: {query}</b> · {count} facts, best match first",
            len(facts),
            query=shown,
        )
    else:
        header = words.plural(
            "<b>Search: {query}</b> · {count} fact, newest first",
            "<b>Search: {query}</b> · {count} facts, newest first",
            len(facts),
            query=shown,
        )
    return paginate(header, [render_entry(fact, words) for fact in facts], words)


# /source NAME lists at most this many candidates when a name matches several sources.
_SOURCE_CHOICES = 10


async def sources_answer(store: FactStore, args: str, words: Words) -> list[str]:
    """/sources: every source with how many published facts it backs, most first."""
    del args  # /sources takes none
    summaries = [summary for summary in await store.source_summaries() if summary.total]
    note_results(len(summaries))
    log.info("sources_answered", sources=len(summaries))
    if not summaries:
        return [words.say("No sources back any published fact yet.")]
    header = words.plural(
        "<b>Sources</b> · {count}, most facts first. See one with /source NAME",
        "<b>Sources</b> · {count}, most facts first. See one with /source NAME",
        len(summaries),
    )
    return paginate(header, [render_source_line(summary, words) for summary in summaries], words)


async def source_answer(store: FactStore, query: str, words: Words) -> list[str]:
    """/source NAME: one source, and the published facts it backs, each cited."""
    name = " ".join(query.split())
    if not name:
        return [
            words.say(
                "Which source? Example: <code>/source Zakon.kz</code>; /sources lists them all."
            )
        ]
    matches = await store.source_summaries(name)
    exact = [summary for summary in matches if summary.name.casefold() == name.casefold()]
    shown = html.escape(name[:100])
    if exact or len(matches) == 1:
        chosen = (exact or matches)[0]
    elif matches:
        return [render_source_choices(name[:100], matches[:_SOURCE_CHOICES], words)]
    else:
        return [words.say("No source is called “{name}”. /sources lists them all.", name=shown)]
    facts = await store.facts_by_source(chosen.id)
    note_results(len(facts))
    log.info("source_answered", source_id=chosen.id, hits=len(facts))
    entries = [render_entry(fact, words) for fact in facts]
    return paginate(render_source_heading(chosen, words), entries, words)
