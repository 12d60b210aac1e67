"""The country commands: /flows, /facts, /timeline and /chart."""

from __future__ import annotations

import html
from collections.abc import Callable

import structlog

from bot.language.countries import Country, CountryMatch, country_name, resolve_country
from bot.logs import note_results
from bot.render.charts import Chart, draw_flows
from bot.render.formatting import CountryNamer, paginate, render_fact_entry, render_flow_entry
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


def _country_usage(command: str) -> str:
    return (
        f"Tell me which country: <code>/{command} kazakhstan</code>\n"
        "Names in English, Russian, Ukrainian, Kazakh and more work, and so do codes "
        f"(<code>/{command} KZ</code>, <code>/{command} Казахстан</code>)."
    )


def _not_a_country(query: str, match: CountryMatch, command: str) -> list[str]:
    # The reply must fit in one message whatever was typed.
    shown = html.escape(query[:100])
    if match.suggestions:
        options = "\n".join(
            f"• <b>{html.escape(country.name)}</b>: <code>/{command} "
            f"{html.escape(country.name.lower())}</code>"
            for country in match.suggestions
        )
        return [f"I don't know a country called “{shown}”. Did you mean:\n{options}"]
    return [
        f"I don't know a country called “{shown}”. Try its English name or its code, "
        f"e.g. <code>/{command} kazakhstan</code> or <code>/{command} KZ</code>."
    ]


# /flows shows at most this many flows into a country, and as many out of it, the newest: a
# reader does not page through thousands, and the answer costs the same at any store size.
FLOWS_SHOWN = 10


def _sections(country: Country, flows: list[Fact]) -> list[str]:
    inbound = [fact for fact in flows if fact.destination == country.code]
    outbound = [fact for fact in flows if fact.destination != country.code]
    superseded = earlier_reports(flows)
    blocks = []
    for title, facts in ((f"Into {country.name}", inbound), (f"Out of {country.name}", outbound)):
        count = f"the newest {len(facts)}" if len(facts) >= FLOWS_SHOWN else str(len(facts))
        for position, fact in enumerate(facts):
            newer = superseded.get(fact.id)
            note = earlier_report_note(fact, newer) if newer else None
            entry = render_flow_entry(fact, country_name, note)
            if position == 0:
                entry = f"<b>{html.escape(title)}</b> ({count})\n{entry}"
            blocks.append(entry)
    return blocks


def country_or_reply(query: str, command: str) -> Country | list[str]:
    """The country a command names, or the reply that explains why there is none."""
    query = query.strip()
    if not query:
        return [_country_usage(command)]
    match = resolve_country(query)
    if match.country is None:
        log.info("country_not_found", suggestions=len(match.suggestions))
        return _not_a_country(query, match, command)
    return match.country


async def chart_answer(store: FactStore, query: str) -> Chart | list[str]:
    """/chart COUNTRY: a PNG of the country's flows with a cited caption, or why there is none."""
    country = country_or_reply(query, "chart")
    if not isinstance(country, Country):
        return country
    flows = await store.flows_for(country.code)
    command = f"/flows {country.name.lower()}"
    chart = draw_flows(country.name, country.code, flows, command)
    note_results(len(flows))
    log.info("chart_answered", country=country.code, plotted=len(flows), drawn=chart is not None)
    if chart is None:
        name = html.escape(country.name)
        return [
            f"Too little data for a chart of {name}: it needs at least two figures of flows. "
            f"See what there is with <code>{html.escape(command)}</code>."
        ]
    return chart


async def _facts_naming(
    store: FactStore,
    query: str,
    command: str,
    heading: Callable[[str, int], str],
    render: Callable[[list[Fact], CountryNamer], list[str]],
) -> list[str]:
    """A country command over every published fact naming the country."""
    country = country_or_reply(query, command)
    if not isinstance(country, Country):
        return country
    facts = await store.facts_naming(country.code)
    note_results(len(facts))
    log.info(f"{command}_answered", country=country.code, hits=len(facts))
    name = html.escape(country.name)
    if not facts:
        return [f"No facts are recorded for {name} yet."]
    return paginate(heading(name, len(facts)), render(facts, country_name))


async def facts_answer(store: FactStore, query: str) -> list[str]:
    """/facts COUNTRY: every published fact that names the country, grouped by topic."""
    return await _facts_naming(
        store,
        query,
        "facts",
        lambda name, count: f"<b>Facts naming {name}</b> · {count}, by topic, newest first",
        render_topics,
    )


async def timeline_answer(store: FactStore, query: str) -> list[str]:
    """/timeline COUNTRY: the country's facts oldest first, one line each, each cited."""
    return await _facts_naming(
        store,
        query,
        "timeline",
        lambda name, _count: f"<b>Timeline: {name}</b> · oldest first; figures are never added up",
        render_timeline,
    )


async def flows_answer(store: FactStore, query: str) -> list[str]:
    """/flows COUNTRY: every flow into and out of the country, newest first, each cited."""
    country = country_or_reply(query, "flows")
    if not isinstance(country, Country):
        return country
    name = html.escape(country.name)
    flows = await store.flows_for(country.code, limit=FLOWS_SHOWN)
    if flows:
        note_results(len(flows))
        log.info("flows_answered", country=country.code, hits=len(flows))
        return paginate(f"<b>Flows of people: {name}</b>", _sections(country, flows))
    others = await store.facts_naming(country.code, limit=FLOWS_SHOWN)
    note_results(len(others))
    log.info("flows_answered", country=country.code, hits=0, other_facts=len(others))
    if not others:
        return [f"No facts are recorded for {name} yet."]
    header = f"No flows into or out of {name} are recorded. Other facts name {name}:"
    return paginate(header, [render_fact_entry(fact) for fact in others])
