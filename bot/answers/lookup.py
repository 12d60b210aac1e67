"""The other read commands: /search, /sources, /source, /fact and /history."""

from __future__ import annotations

import html
from dataclasses import replace

import structlog

from bot.answers.windows import (
    Lists,
    Place,
    Window,
    first_messages,
    nothing_more,
    read_lists,
    windows_for,
)
from bot.language.countries import exact_country_code
from bot.language.latin import latin_spellings
from bot.language.search_words import wider_words
from bot.language.words import Words
from bot.logs import note_results
from bot.paging import Section
from bot.render.formatting import paginate, render_entry
from bot.render.reports import render_fact_detail, render_history
from bot.render.sourcing import (
    render_source_choices,
    render_source_heading,
    render_source_line,
)
from storage import FactNotFound, SearchHits, SourceSummary, Store
from storage.facts import SEARCH_POOL
from storage.pages import cursor_of
from storage.walks import OLDEST_END, Cursor, Walk

__all__ = [
    "SEARCH_SHOWN",
    "SOURCE_SHOWN",
    "fact_answer",
    "history_answer",
    "search_answer",
    "search_window",
    "source_answer",
    "source_window",
    "sources_answer",
]

log = structlog.get_logger(__name__)

# /search and /source show this many facts a window.
SEARCH_SHOWN = 20
SOURCE_SHOWN = 20


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


async def fact_answer(store: Store, args: str, words: Words) -> list[str]:
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
    store: Store, args: str, words: Words, *, show_actors: bool = False
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


def _search_heading(shown: str, hits: SearchHits, words: Words) -> str:
    if hits.ranked:
        return words.plural(
            "<b>Search: {query}</b> · {count} fact, best match first",
            "<b>Search: {query}</b> · {count} facts, best match first",
            hits.matches,
            query=shown,
        )
    if hits.matches >= SEARCH_POOL:
        return words.plural(
            "<b>Search: {query}</b> · more than {count} fact, newest first",
            "<b>Search: {query}</b> · more than {count} facts, newest first",
            hits.matches,
            query=shown,
        )
    return words.plural(
        "<b>Search: {query}</b> · {count} fact, newest first",
        "<b>Search: {query}</b> · {count} facts, newest first",
        hits.matches,
        query=shown,
    )


async def search_window(
    store: Store, query: str, place: Place, words: Words
) -> Window | list[str]:
    """/search WORDS: published facts holding every word, best match first, each cited.

    Words that many facts hold are answered newest first (see Store.search_facts); a
    window of those is read from the id of the last fact shown, a ranked window by its place
    among fewer than ``SEARCH_POOL`` matches.
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
    after = place.sections[0].after if place.sections else None
    if place.before:  # a ◀ press: the window before the one that starts after ``after``
        after = await _search_back(store, terms, countries, place.window + 1, after)
    hits = await store.search_facts(
        terms,
        countries=countries,
        limit=SEARCH_SHOWN + 1,
        skip=place.window * SEARCH_SHOWN,
        before_id=after.id if after is not None else None,
    )
    facts = hits.facts[:SEARCH_SHOWN]
    note_results(len(facts))
    log.info("search_answered", words=len(terms), hits=len(facts), window=place.window)
    if not facts and place.window == 0:
        wider = await _wider_search(store, terms) if after is None else None
        if wider is not None:
            return await search_window(store, " ".join(wider), place, words)
        return [
            words.say(
                "Nothing found for “{query}”. Try other words, <code>/flows COUNTRY</code> for "
                "a country's flows, or /help for every command.",
                query=shown,
            )
        ]
    more = len(hits.facts) > SEARCH_SHOWN
    last = Section(cursor_of(facts[-1])) if facts else Section()
    return Window(
        heading=_search_heading(shown, hits, words),
        blocks=[render_entry(fact, words) for fact in facts] or [nothing_more(words)],
        query=" ".join(terms),
        windows=windows_for(hits.matches, SEARCH_SHOWN),
        next=(last,) if more else None,
        sections=(Section(after),) if after is not None else (),
    )


async def _wider_search(store: Store, terms: list[str]) -> list[str] | None:
    """Wider words that find something when those typed found nothing, or None: the start a
    word's forms share ("мобилизации" → "мобилизац", "deportations" → "deport"), then its
    Latin spelling ("Ахметжанова" → "akhmetzhanov": names are stored as outlets print them).
    """
    if all(not wider_words(term) for term in terms):
        return None
    choices = [wider_words(term) or (term,) for term in terms]
    for rank in range(max(len(each) for each in choices)):
        tried = [each[min(rank, len(each) - 1)] for each in choices]
        if (await store.search_facts(tried, limit=1)).facts:
            return tried
    return None


async def _search_back(
    store: Store,
    terms: list[str],
    countries: dict[str, str],
    window: int,
    after: Cursor | None,
) -> Cursor | None:
    """Where the window before ``window`` (which starts after ``after``) of a newest-first
    search starts; None: at the start. (A ranked search pages by place, not by cursor.)"""
    if after is None or window <= 1:
        return None
    start = await store.search_step_back(terms, countries, after.id, SEARCH_SHOWN)
    return Cursor(OLDEST_END.day, start) if start is not None else None


async def search_answer(store: Store, query: str, words: Words) -> list[str]:
    """/search WORDS: the first window of what a search finds, as messages."""
    return await first_messages(search_window, store, query, words)


# /source NAME lists at most this many candidates when a name matches several sources.
_SOURCE_CHOICES = 10


async def sources_answer(store: Store, args: str, words: Words) -> list[str]:
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


async def _chosen_source(store: Store, name: str, words: Words) -> SourceSummary | list[str]:
    """The source ``name`` means (or, from a page button, "#id"), or the reply that says why
    there is none."""
    if name.startswith("#") and name[1:].isdecimal() and len(name) < 20:
        chosen = await store.source_summary(int(name[1:]))
        if chosen is not None:
            return chosen
    matches = await store.source_summaries(name)
    exact = [summary for summary in matches if summary.name.casefold() == name.casefold()]
    if exact or len(matches) == 1:
        return (exact or matches)[0]
    if matches:
        return [render_source_choices(name[:100], matches[:_SOURCE_CHOICES], words)]
    # Names are stored as outlets print them, mostly in Latin letters.
    for spelling in latin_spellings(name[:100]):
        if await store.source_summaries(spelling):
            return await _chosen_source(store, spelling, words)
    shown = html.escape(name[:100])
    return [words.say("No source is called “{name}”. /sources lists them all.", name=shown)]


async def source_window(
    store: Store, query: str, place: Place, words: Words
) -> Window | list[str]:
    """/source NAME: one source, and the published facts it backs, newest first, each cited."""
    name = " ".join(query.split())
    if not name:
        return [
            words.say(
                "Which source? Example: <code>/source Zakon.kz</code>; /sources lists them all."
            )
        ]
    chosen = await _chosen_source(store, name, words)
    if isinstance(chosen, list):
        return chosen
    walks = Lists((Walk.SOURCE,), chosen.id, SOURCE_SHOWN)
    read = await read_lists(store, walks, place)
    (facts,) = read.facts
    note_results(len(facts))
    log.info("source_answered", source_id=chosen.id, hits=len(facts), window=place.window)
    entries = [render_entry(fact, words) for fact in facts]
    return Window(
        heading=render_source_heading(chosen, words),
        blocks=entries or [nothing_more(words)],
        query=f"#{chosen.id}",
        windows=windows_for(chosen.total, SOURCE_SHOWN),
        next=read.next,
        sections=read.start,
    )


async def source_answer(store: Store, query: str, words: Words) -> list[str]:
    """/source NAME: the source and the first window of the facts it backs, as messages."""
    return await first_messages(source_window, store, query, words)
