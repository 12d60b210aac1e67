"""The commands readers and curators can send, and what /start and /help answer."""

from __future__ import annotations

import html
from dataclasses import dataclass

__all__ = ["COMMANDS", "CURATOR_COMMANDS", "Command", "help_answer", "start_answer"]


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
