"""The country commands: /flows, /facts, /timeline and /chart."""

from __future__ import annotations

import html
from collections.abc import Callable

import structlog

from bot.language.countries import Country, CountryMatch, resolve_country
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
from storage import Fact, FactStore

__all__ = [
    "FLOWS_SHOWN",
    "chart_answer",
    "country_or_reply",
    "facts_answer",
    "flows_answer",
    "timeline_answer",
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


# /flows shows at most this many flows into a country, and as many out of it, the newest: a
# reader does not page through thousands, and the answer costs the same at any store size.
FLOWS_SHOWN = 10


def _section_title(code: str, inbound: bool, count: int, words: Words) -> str:
    country = html.escape(words.country(code, "into" if inbound else "from"))
    if count >= FLOWS_SHOWN:
        if inbound:
            return words.say(
                "<b>Into {country}</b> (the newest {count})",
                country=country,
                count=words.number(count),
            )
        return words.say(
            "<b>Out of {country}</b> (the newest {count})",
            country=country,
            count=words.number(count),
        )
    number = words.number(count)
    if inbound:
        return words.say("<b>Into {country}</b> ({count})", country=country, count=number)
    return words.say("<b>Out of {country}</b> ({count})", country=country, count=number)


def _sections(country: Country, flows: list[Fact], words: Words) -> list[str]:
    inbound = [fact for fact in flows if fact.destination == country.code]
    outbound = [fact for fact in flows if fact.destination != country.code]
    superseded = earlier_reports(flows)
    blocks = []
    for into, facts in ((True, inbound), (False, outbound)):
        for position, fact in enumerate(facts):
            newer = superseded.get(fact.id)
            note = earlier_report_note(fact, newer, words) if newer else None
            entry = render_flow_entry(fact, words, note)
            if position == 0:
                entry = f"{_section_title(country.code, into, len(facts), words)}\n{entry}"
            blocks.append(entry)
    return blocks


def country_or_reply(query: str, command: str, words: Words) -> Country | list[str]:
    """The country a command names, or the reply that explains why there is none."""
    query = query.strip()
    if not query:
        return [_country_usage(command, words)]
    match = resolve_country(query)
    if match.country is None:
        log.info("country_not_found", suggestions=len(match.suggestions))
        return _not_a_country(query, match, command, words)
    return match.country


def _nothing_recorded(name: str, words: Words) -> list[str]:
    return [words.say("No facts are recorded for {country} yet.", country=name)]


async def chart_answer(store: FactStore, query: str, words: Words) -> Chart | list[str]:
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


async def _facts_naming(
    store: FactStore,
    query: str,
    command: str,
    words: Words,
    heading: Callable[[str, int], str],
    render: Callable[[list[Fact], Words], list[str]],
) -> list[str]:
    """A country command over every published fact naming the country."""
    country = country_or_reply(query, command, words)
    if not isinstance(country, Country):
        return country
    facts = await store.facts_naming(country.code)
    note_results(len(facts))
    log.info(f"{command}_answered", country=country.code, hits=len(facts))
    name = html.escape(words.country(country.code))
    if not facts:
        return _nothing_recorded(name, words)
    return paginate(heading(name, len(facts)), render(facts, words), words)


async def facts_answer(store: FactStore, query: str, words: Words) -> list[str]:
    """/facts COUNTRY: every published fact that names the country, grouped by topic."""
    return await _facts_naming(
        store,
        query,
        "facts",
        words,
        lambda name, count: words.say(
            "<b>Facts naming {country}</b> · {count}, by topic, newest first",
            country=name,
            count=words.number(count),
        ),
        render_topics,
    )


async def timeline_answer(store: FactStore, query: str, words: Words) -> list[str]:
    """/timeline COUNTRY: the country's facts oldest first, one line each, each cited."""
    return await _facts_naming(
        store,
        query,
        "timeline",
        words,
        lambda name, _count: words.say(
            "<b>Timeline: {country}</b> · oldest first; figures are never added up",
            country=name,
        ),
        render_timeline,
    )


async def flows_answer(store: FactStore, query: str, words: Words) -> list[str]:
    """/flows COUNTRY: every flow into and out of the country, newest first, each cited."""
    country = country_or_reply(query, "flows", words)
    if not isinstance(country, Country):
        return country
    name = html.escape(words.country(country.code))
    flows = await store.flows_for(country.code, limit=FLOWS_SHOWN)
    if flows:
        note_results(len(flows))
        log.info("flows_answered", country=country.code, hits=len(flows))
        heading = words.say("<b>Flows of people: {country}</b>", country=name)
        return paginate(heading, _sections(country, flows, words), words)
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
