"""What each read command answers, whether asked in Telegram or with ``factbot ask``.

An answer is a list of HTML messages. The Telegram handlers send them; the CLI prints them as
plain text: the same code up to the final rendering.
"""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import structlog

from bot.countries import Country, CountryMatch, country_name, resolve_country
from bot.formatting import paginate, render_fact_entry, render_flow_entry
from storage import Fact, FactStore

__all__ = ["COMMANDS", "Command", "answer_text", "flows_answer", "help_answer", "start_answer"]

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
    Command("help", "Every command, with an example", "/help"),
    Command("start", "What this bot does", "/start"),
)

_FLOWS_USAGE = (
    "Tell me which country: <code>/flows kazakhstan</code>\n"
    "Names in English, Russian, Ukrainian, Kazakh and more work, and so do codes "
    "(<code>/flows KZ</code>, <code>/flows Казахстан</code>)."
)


def start_answer() -> list[str]:
    """The greeting: what the bot is for and how to begin."""
    return [
        "<b>factbot</b> answers questions about news facts from a curated fact store. "
        "Every figure comes with who said it, where it was published and when.\n\n"
        "Try <code>/flows kazakhstan</code>, or send /help for every command."
    ]


def help_answer() -> list[str]:
    """Every command with an example."""
    lines = ["<b>Commands</b>"]
    for command in COMMANDS:
        lines.append(
            f"/{command.name} — {html.escape(command.description)}\n"
            f"   e.g. <code>{html.escape(command.example)}</code>"
        )
    lines.append(
        "\nFigures keep the qualifier their source gave (“more than”, “about”, “almost”)."
    )
    return ["\n".join(lines)]


def _not_a_country(query: str, match: CountryMatch, command: str) -> list[str]:
    shown = html.escape(query)
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


def _sections(country: Country, flows: list[Fact]) -> list[str]:
    inbound = [fact for fact in flows if fact.destination == country.code]
    outbound = [fact for fact in flows if fact.destination != country.code]
    blocks = []
    for title, facts in ((f"Into {country.name}", inbound), (f"Out of {country.name}", outbound)):
        for position, fact in enumerate(facts):
            entry = render_flow_entry(fact, country_name)
            if position == 0:
                entry = f"<b>{html.escape(title)}</b> ({len(facts)})\n{entry}"
            blocks.append(entry)
    return blocks


async def flows_answer(store: FactStore, query: str) -> list[str]:
    """/flows COUNTRY: every flow into and out of the country, newest first, each cited."""
    query = query.strip()
    if not query:
        return [_FLOWS_USAGE]
    match = resolve_country(query)
    country = match.country
    if country is None:
        log.info("country_not_found", suggestions=len(match.suggestions))
        return _not_a_country(query, match, "flows")
    name = html.escape(country.name)
    flows = await store.flows_for(country.code)
    if flows:
        log.info("flows_answered", country=country.code, hits=len(flows))
        return paginate(f"<b>Flows of people: {name}</b>", _sections(country, flows))
    others = await store.facts_naming(country.code)
    log.info("flows_answered", country=country.code, hits=0, other_facts=len(others))
    if not others:
        return [f"No facts are recorded for {name} yet."]
    header = f"No flows into or out of {name} are recorded. Other facts name {name}:"
    return paginate(header, [render_fact_entry(fact) for fact in others])


_Answerer = Callable[[FactStore, str], Awaitable[list[str]]]


async def _start(_store: FactStore, _args: str) -> list[str]:
    return start_answer()


async def _help(_store: FactStore, _args: str) -> list[str]:
    return help_answer()


_ANSWERERS: dict[str, _Answerer] = {"flows": flows_answer, "help": _help, "start": _start}


async def answer_text(store: FactStore, text: str) -> list[str]:
    """Answer a message as the bot would: "/flows kazakhstan", "/flows@FactBot kz", "/help"."""
    command, _, args = text.strip().partition(" ")
    name = command.removeprefix("/").partition("@")[0].lower()
    answerer = _ANSWERERS.get(name) if command.startswith("/") else None
    if answerer is None:
        known = ", ".join(f"/{command.name}" for command in COMMANDS)
        return [f"Send a command: {known}. For example <code>/flows kazakhstan</code>."]
    return await answerer(store, args)
