"""The country commands: /flows, /facts, /timeline and /chart."""

from __future__ import annotations

import html
from collections.abc import Callable

import structlog

from bot.answers.windows import (
    Lists,
    Place,
    Window,
    first_messages,
    nothing_more,
    positions,
    read_lists,
    windows_for,
)
from bot.language.countries import Country, CountryMatch, country_name, resolve_country
from bot.language.questions import read_question
from bot.language.words import Words
from bot.logs import note_results
from bot.render.charts import Chart, draw_flows
from bot.render.formatting import paginate, render_fact_entry, render_flow_entry
from bot.render.timelines import (
    earlier_report_note,
    earlier_reports,
    render_timeline,
    render_topics,
)
from storage import Fact, Store
from storage.pages import CountryCounts
from storage.walks import Walk

__all__ = [
    "FACTS_SHOWN",
    "FLOWS_SHOWN",
    "TIMELINE_SHOWN",
    "chart_answer",
    "country_or_reply",
    "facts_answer",
    "facts_window",
    "flows_answer",
    "flows_window",
    "timeline_answer",
    "timeline_window",
]

log = structlog.get_logger(__name__)


def _country_usage(command: str, words: Words) -> str:
    return words.say(
        "Tell me which country: <code>/{command} kazakhstan</code>\n"
        "Names in English, Russian, Ukrainian, Kazakh and more work, and so do codes "
        "(<code>/{command} KZ</code>, <code>/{command} Казахстан</code>).",
        command=command,
    )


def _not_a_country(query: str, match: CountryMatch, command: str, words: Words) -> list[str]:
    # The reply must fit in one message whatever was typed.
    shown = html.escape(query[:100])
    if match.suggestions:
        options = "\n".join(
            f"• <b>{html.escape(words.country(country.code))}</b>: <code>/{command} "
            f"{html.escape(words.country(country.code).lower())}</code>"
            for country in match.suggestions
        )
        return [
            words.say(
                "I don't know a country called “{typed}”. Did you mean:\n{options}",
                typed=shown,
                options=options,
            )
        ]
    return [
        words.say(
            "I don't know a country called “{typed}”. Try its English name or its code, "
            "e.g. <code>/{command} kazakhstan</code> or <code>/{command} KZ</code>.",
            typed=shown,
            command=command,
        )
    ]


# /flows shows this many flows into a country, and as many out of it, a window at a time,
# the newest first: each window costs the same however many facts the country has.
FLOWS_SHOWN = 10
# /facts shows this many facts a window, /timeline this many lines.
FACTS_SHOWN = 20
TIMELINE_SHOWN = 20


def _section_title(
    code: str, inbound: bool, window: int, shown: list[Fact], total: int, words: Words
) -> str:
    country = html.escape(words.country(code, "into" if inbound else "from"))
    if total <= FLOWS_SHOWN:
        count = words.number(total)
        if inbound:
            return words.say("<b>Into {country}</b> ({count})", country=country, count=count)
        return words.say("<b>Out of {country}</b> ({count})", country=country, count=count)
    if window == 0:
        number, of = words.number(len(shown)), words.number(total)
        if inbound:
            return words.say(
                "<b>Into {country}</b> (the newest {count} of {total})",
                country=country, count=number, total=of,
            )  # fmt: skip
        return words.say(
            "<b>Out of {country}</b> (the newest {count} of {total})",
            country=country, count=number, total=of,
        )  # fmt: skip
    first, last = positions(window, FLOWS_SHOWN, shown)
    places = {
        "first": words.number(first),
        "last": words.number(last),
        "total": words.number(total),
    }
    if inbound:
        return words.say(
            "<b>Into {country}</b> ({first}–{last} of {total})", country=country, **places
        )
    return words.say(
        "<b>Out of {country}</b> ({first}–{last} of {total})", country=country, **places
    )


def _sections(
    code: str, window: int, lists: list[list[Fact]], counts: CountryCounts, words: Words
) -> list[str]:
    inbound, outbound = lists
    superseded = earlier_reports([*inbound, *outbound])
    blocks = []
    for into, facts, total in ((True, inbound, counts.into), (False, outbound, counts.out)):
        for position, fact in enumerate(facts):
            newer = superseded.get(fact.id)
            note = earlier_report_note(fact, newer, words) if newer else None
            entry = render_flow_entry(fact, words, note)
            if position == 0:
                title = _section_title(code, into, window, facts, total, words)
                entry = f"{title}\n{entry}"
            blocks.append(entry)
    return blocks


def country_or_reply(query: str, command: str, words: Words) -> Country | list[str]:
    """The country a command names, or the reply that explains why there is none."""
    query = query.strip()
    if not query:
        return [_country_usage(command, words)]
    match = resolve_country(query)
    if match.country is not None:
        return match.country
    inflected = _inflected_country(query)
    if inflected is not None:
        return inflected
    log.info("country_not_found", suggestions=len(match.suggestions))
    return _not_a_country(query, match, command, words)


def _inflected_country(query: str) -> Country | None:
    """The one country a name in another case names ("Грузию", "в Казахстане", "Қытайға"),
    read as a question's words are (lemmas, Kazakh endings); None if not exactly one.

    Names are kept in their dictionary form, so a Russian, Ukrainian or Kazakh reader typing
    the form their sentence wants would otherwise be asked "did you mean".
    """
    if query.isascii() or len(query) > 100:
        return None
    reading = read_question(query)
    codes = {place.code for place in reading.places}
    if not codes and reading.citizenship is not None:
        codes = {reading.citizenship}  # a Kazakh dative can read as "whose people"
    if len(codes) != 1:
        return None
    (code,) = codes
    return Country(code=code, name=country_name(code))


def _nothing_recorded(name: str, words: Words) -> list[str]:
    return [words.say("No facts are recorded for {country} yet.", country=name)]


async def chart_answer(store: Store, query: str, words: Words) -> Chart | list[str]:
    """/chart COUNTRY: a PNG of the country's flows with a cited caption, or why there is none."""
    country = country_or_reply(query, "chart", words)
    if not isinstance(country, Country):
        return country
    flows = await store.flows_for(country.code)
    command = f"/flows {words.country(country.code).lower()}"
    chart = draw_flows(country.code, flows, command, words)
    note_results(len(flows))
    log.info("chart_answered", country=country.code, plotted=len(flows), drawn=chart is not None)
    if chart is None:
        return [
            words.say(
                "Too little data for a chart of {country}: it needs at least two figures of "
                "flows. See what there is with <code>{command}</code>.",
                country=html.escape(words.country(country.code)),
                command=html.escape(command),
            )
        ]
    return chart


async def _naming_window(
    store: Store,
    query: str,
    place: Place,
    words: Words,
    *,
    command: str,
    lists: Callable[[str], Lists],
    heading: Callable[[str, int], str],
    render: Callable[[list[Fact], Words], list[str]],
) -> Window | list[str]:
    """A window of a country command over every published fact naming the country."""
    country = country_or_reply(query, command, words)
    if not isinstance(country, Country):
        return country
    counts = await store.pages.country_counts(country.code)
    walks = lists(country.code)
    read = await read_lists(store, walks, place)
    (facts,) = read.facts
    note_results(len(facts))
    log.info(f"{command}_answered", country=country.code, hits=len(facts), window=place.window)
    name = html.escape(words.country(country.code))
    if not facts and place.window == 0:
        return _nothing_recorded(name, words)
    blocks = render(facts, words) or [nothing_more(words)]
    return Window(
        heading=heading(name, counts.naming),
        blocks=blocks,
        query=country.code,
        windows=windows_for(counts.naming, walks.size),
        next=read.next,
        sections=read.start,
    )


async def facts_window(store: Store, query: str, place: Place, words: Words) -> Window | list[str]:
    """/facts COUNTRY: the published facts naming the country, newest first, by topic."""
    return await _naming_window(
        store,
        query,
        place,
        words,
        command="facts",
        lists=lambda code: Lists((Walk.NAMING,), code, FACTS_SHOWN),
        heading=lambda name, count: words.say(
            "<b>Facts naming {country}</b> · {count}, by topic, newest first",
            country=name,
            count=words.number(count),
        ),
        render=render_topics,
    )


async def timeline_window(
    store: Store, query: str, place: Place, words: Words
) -> Window | list[str]:
    """/timeline COUNTRY: the country's facts oldest first, one line each, each cited."""
    return await _naming_window(
        store,
        query,
        place,
        words,
        command="timeline",
        lists=lambda code: Lists((Walk.NAMING,), code, TIMELINE_SHOWN, oldest_first=True),
        heading=lambda name, _count: words.say(
            "<b>Timeline: {country}</b> · oldest first; figures are never added up",
            country=name,
        ),
        render=render_timeline,
    )


async def flows_window(store: Store, query: str, place: Place, words: Words) -> Window | list[str]:
    """/flows COUNTRY: flows into and out of the country, newest first, each cited."""
    country = country_or_reply(query, "flows", words)
    if not isinstance(country, Country):
        return country
    name = html.escape(words.country(country.code))
    counts = await store.pages.country_counts(country.code)
    if counts.into + counts.out == 0:
        return await _no_flows(store, country, name, words)
    walks = Lists((Walk.INTO, Walk.OUT), country.code, FLOWS_SHOWN)
    read = await read_lists(store, walks, place)
    lists = read.facts
    shown = sum(len(facts) for facts in lists)
    note_results(shown)
    log.info("flows_answered", country=country.code, hits=shown, window=place.window)
    blocks = _sections(country.code, place.window, lists, counts, words)
    return Window(
        heading=words.say("<b>Flows of people: {country}</b>", country=name),
        blocks=blocks or [nothing_more(words)],
        query=country.code,
        windows=windows_for(max(counts.into, counts.out), FLOWS_SHOWN),
        next=read.next,
        sections=read.start,
    )


async def _no_flows(store: Store, country: Country, name: str, words: Words) -> list[str]:
    others = await store.facts_naming(country.code, limit=FLOWS_SHOWN)
    note_results(len(others))
    log.info("flows_answered", country=country.code, hits=0, other_facts=len(others))
    if not others:
        return _nothing_recorded(name, words)
    header = words.say(
        "No flows into or out of {country} are recorded. Other facts name {country}:",
        country=name,
    )
    return paginate(header, [render_fact_entry(fact, words) for fact in others], words)


async def facts_answer(store: Store, query: str, words: Words) -> list[str]:
    """/facts COUNTRY: the first window of facts naming the country, as messages."""
    return await first_messages(facts_window, store, query, words)


async def timeline_answer(store: Store, query: str, words: Words) -> list[str]:
    """/timeline COUNTRY: the first window of the country's timeline, as messages."""
    return await first_messages(timeline_window, store, query, words)


async def flows_answer(store: Store, query: str, words: Words) -> list[str]:
    """/flows COUNTRY: the newest flows into and out of the country, as messages."""
    return await first_messages(flows_window, store, query, words)
