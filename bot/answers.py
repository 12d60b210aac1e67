"""What each read command answers, whether asked in Telegram or with ``factbot ask``.

An answer is a list of HTML messages. The Telegram handlers send them; the CLI prints them as
plain text: the same code up to the final rendering.
"""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace

import structlog

from bot.charts import Chart, draw_flows
from bot.countries import (
    Country,
    CountryMatch,
    country_name,
    exact_country_code,
    resolve_country,
)
from bot.formatting import (
    CountryNamer,
    paginate,
    render_entry,
    render_fact_entry,
    render_flow_entry,
)
from bot.logs import note_results
from bot.reports import render_fact_detail, render_history
from bot.sourcing import render_source_choices, render_source_heading, render_source_line
from bot.timelines import earlier_report_note, earlier_reports, render_timeline, render_topics
from storage import Fact, FactNotFound, FactStore

__all__ = [
    "COMMANDS",
    "CURATOR_COMMANDS",
    "FLOWS_SHOWN",
    "SEARCH_SHOWN",
    "Command",
    "answer_text",
    "chart_answer",
    "fact_answer",
    "facts_answer",
    "flows_answer",
    "help_answer",
    "history_answer",
    "paged_answer",
    "search_answer",
    "source_answer",
    "sources_answer",
    "start_answer",
    "timeline_answer",
]

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class Command:
    """A command users can send: its name, what it does, and an example."""

    name: str
    description: str
    example: str


# The one list of user commands: /help, the command menu and the handlers all follow it.
COMMANDS = (
    Command("flows", "People moving into and out of a country, cited", "/flows kazakhstan"),
    Command("facts", "Every fact naming a country, by topic", "/facts russia"),
    Command("timeline", "A country's facts in date order, one line each", "/timeline kazakhstan"),
    Command("search", "Search claims, quotes, people and outlets", "/search citizenship"),
    Command("chart", "A chart of a country's flows over time, cited", "/chart kazakhstan"),
    Command("sources", "Who the sources are, and how many facts each backs", "/sources"),
    Command("source", "One source and the facts it backs", "/source Zakon.kz"),
    Command("fact", "One fact with its whole citation chain", "/fact 1"),
    Command("history", "Every version of a fact: who, when, what changed", "/history 1"),
    Command("help", "Every command, with an example", "/help"),
    Command("start", "What this bot does", "/start"),
)
# The curators' commands: listed in /help for curators only.
CURATOR_COMMANDS = (
    Command("addfact", "Add a fact, step by step or as field=value pairs", "/addfact"),
    Command("editfact", "Change fields of a fact", "/editfact 1 value=210000"),
    Command(
        "retract", "Hide a fact from answers, keeping it and the reason", "/retract 1 duplicate"
    ),
    Command("import", "Import a CSV or JSON file of facts (send it as a document)", "/import"),
    Command(
        "export", "Export the facts as CSV and JSON; all includes retracted ones", "/export all"
    ),
    Command("cancel", "Stop adding a fact", "/cancel"),
)


def _country_usage(command: str) -> str:
    return (
        f"Tell me which country: <code>/{command} kazakhstan</code>\n"
        "Names in English, Russian, Ukrainian, Kazakh and more work, and so do codes "
        f"(<code>/{command} KZ</code>, <code>/{command} Казахстан</code>)."
    )


def start_answer() -> list[str]:
    """The greeting: what the bot is for and how to begin."""
    return [
        "<b>factbot</b> answers questions about news facts from a curated fact store. "
        "Every figure comes with who said it, where it was published and when.\n\n"
        "Try <code>/flows kazakhstan</code>, or send /help for every command."
    ]


def _command_lines(commands: tuple[Command, ...]) -> list[str]:
    return [
        f"/{command.name} — {html.escape(command.description)}\n"
        f"   e.g. <code>{html.escape(command.example)}</code>"
        for command in commands
    ]


def help_answer(*, curator: bool = False) -> list[str]:
    """Every command with an example; the curators' commands for curators."""
    lines = ["<b>Commands</b>", *_command_lines(COMMANDS)]
    if curator:
        lines += ["", "<b>Curators</b>", *_command_lines(CURATOR_COMMANDS)]
    lines.append(
        "\nFigures keep the qualifier their source gave (“more than”, “about”, “almost”)."
    )
    return ["\n".join(lines)]


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


# /search shows at most this many facts: the first pages are what a reader looks at, and the
# answer is rendered whole for every page button.
SEARCH_SHOWN = 50
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


def _country(query: str, command: str) -> Country | list[str]:
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
    country = _country(query, "chart")
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
    country = _country(query, command)
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
    country = _country(query, "flows")
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


_Answerer = Callable[[FactStore, str], Awaitable[list[str]]]


async def _start(_store: FactStore, _args: str) -> list[str]:
    return start_answer()


async def _help(_store: FactStore, _args: str) -> list[str]:
    return help_answer()


async def _history(store: FactStore, args: str) -> list[str]:
    # On the operator's own terminal, who changed what is not private.
    return await history_answer(store, args, show_actors=True)


_ANSWERERS: dict[str, _Answerer] = {
    "flows": flows_answer,
    "facts": facts_answer,
    "timeline": timeline_answer,
    "search": search_answer,
    "sources": sources_answer,
    "source": source_answer,
    "fact": fact_answer,
    "history": _history,
    "help": _help,
    "start": _start,
}


# The commands whose long answers are paged with buttons; each re-runs from its query alone.
_PAGED: dict[str, _Answerer] = {
    name: _ANSWERERS[name]
    for name in ("flows", "facts", "timeline", "search", "sources", "source", "fact")
}


async def paged_answer(store: FactStore, command: str, query: str) -> list[str]:
    """The pages of a read command's answer, for the first reply and for its page buttons.

    Raises:
        KeyError: ``command`` is not a paged command.
    """
    return await _PAGED[command](store, query)


async def answer_text(store: FactStore, text: str) -> list[str]:
    """Answer a message as the bot would: "/flows kazakhstan", "/flows@FactBot kz", "/help"."""
    command, _, args = text.strip().partition(" ")
    name = command.removeprefix("/").partition("@")[0].lower()
    answerer = _ANSWERERS.get(name) if command.startswith("/") else None
    if answerer is None:
        known = ", ".join(f"/{command.name}" for command in COMMANDS)
        return [f"Send a command: {known}. For example <code>/flows kazakhstan</code>."]
    return await answerer(store, args)
