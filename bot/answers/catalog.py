"""The commands readers and curators can send, and what /start and /help answer."""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from bot.render.questions import EXAMPLES

__all__ = [
    "COMMANDS",
    "CURATOR_COMMANDS",
    "Command",
    "command_names",
    "help_answer",
    "start_answer",
    "unknown_command_answer",
]


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


def _asking() -> str:
    examples = "\n".join(f"• <i>{html.escape(example)}</i>" for example in EXAMPLES)
    return (
        "Ask in your own words, in English, Russian, Ukrainian or Kazakh:\n"
        f"{examples}\n"
        "In a group, mention me or reply to my message."
    )


def start_answer() -> list[str]:
    """The greeting: what the bot is for and how to begin."""
    return [
        "<b>factbot</b> answers questions about news facts from a curated fact store. "
        "Every figure comes with who said it, where it was published and when.\n\n"
        f"{_asking()}\n\n"
        "Or try <code>/flows kazakhstan</code>, or send /help for every command."
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
    lines.append(f"\n<b>Questions</b>\n{_asking()}")
    return ["\n".join(lines)]


@cache
def command_names() -> frozenset[str]:
    """Every command the bot knows, readers' and curators'."""
    return frozenset(command.name for command in (*COMMANDS, *CURATOR_COMMANDS))


# A mistyped command this close to a known one is offered as the one meant.
_SUGGEST_SCORE = 75.0


def unknown_command_answer(typed: str, *, curator: bool = False) -> list[str]:
    """What an unknown command gets: that it is unknown, the nearest command, and /help.

    Args:
        typed: the command as sent, "/flow" or "/flow@FactBot".
        curator: whether the curators' commands may be suggested too.
    """
    name = typed.removeprefix("/").partition("@")[0].casefold()
    commands = (*COMMANDS, *CURATOR_COMMANDS) if curator else COMMANDS
    by_name = {command.name: command for command in commands}
    shown = html.escape(typed[:40])
    lead = f"I don't know the command <code>{shown}</code>." if name else "That is not a command."
    best = process.extractOne(name, list(by_name), scorer=fuzz.ratio, score_cutoff=_SUGGEST_SCORE)
    suggestion = ""
    if name and best is not None:
        command = by_name[best[0]]
        suggestion = (
            f" Did you mean /{command.name}? {html.escape(command.description)}, "
            f"e.g. <code>{html.escape(command.example)}</code>"
        )
    return [f"{lead}{suggestion}\n\nSend /help for every command, or just ask a question."]
