"""The commands readers and curators can send, and what /start and /help answer."""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from bot.language.words import N_, Words
from bot.render.questions import render_examples

__all__ = [
    "COMMANDS",
    "CURATOR_COMMANDS",
    "Command",
    "command_description",
    "command_names",
    "help_answer",
    "render_description",
    "render_short_description",
    "start_answer",
    "unknown_command_answer",
]


@dataclass(frozen=True)
class Command:
    """A command users can send: its name, what it does, and an example."""

    name: str
    # English, marked for the catalogs: shown through ``Words.say``.
    description: str
    example: str


# The one list of user commands: /help, the command menu and the handlers all follow it.
COMMANDS = (
    Command("flows", N_("People moving into and out of a country, cited"), "/flows kazakhstan"),
    Command("facts", N_("Every fact naming a country, by topic"), "/facts russia"),
    Command(
        "timeline", N_("A country's facts in date order, one line each"), "/timeline kazakhstan"
    ),
    Command("search", N_("Search claims, quotes, people and outlets"), "/search citizenship"),
    Command("chart", N_("A chart of a country's flows over time, cited"), "/chart kazakhstan"),
    Command("sources", N_("Who the sources are, and how many facts each backs"), "/sources"),
    Command("source", N_("One source and the facts it backs"), "/source Zakon.kz"),
    Command("fact", N_("One fact with its whole citation chain"), "/fact 1"),
    Command("history", N_("Every version of a fact: who, when, what changed"), "/history 1"),
    Command(
        "follow",
        N_("Get a country's new facts, corrections and retractions here"),
        "/follow georgia",
    ),
    Command("unfollow", N_("Stop getting a country's new facts here"), "/unfollow georgia"),
    Command(
        "following", N_("The countries this chat follows, with buttons to stop"), "/following"
    ),
    Command("language", N_("Choose the language I answer in"), "/language uk"),
    Command("metrics", N_("What a fact can be about: each metric and its direction"), "/metrics"),
    Command("help", N_("Every command, with an example"), "/help"),
    Command("start", N_("What this bot does"), "/start"),
)
# The curators' commands: listed in /help for curators only.
CURATOR_COMMANDS = (
    Command("addfact", N_("Add a fact, step by step or as field=value pairs"), "/addfact"),
    Command("editfact", N_("Change fields of a fact"), "/editfact 1 value=210000"),
    Command(
        "addmetric",
        N_("Add a metric facts can be about, with its labels in four languages"),
        "/addmetric name=deported direction=out en=deported ru=… uk=… kk=…",
    ),
    Command(
        "ingest",
        N_("Propose the facts of an article (paste it, send a file or forward a post)"),
        "/ingest",
    ),
    Command(
        "retract",
        N_("Hide a fact from answers, keeping it and the reason"),
        "/retract 1 duplicate",
    ),
    Command("import", N_("Import a CSV or JSON file of facts (send it as a document)"), "/import"),
    Command(
        "export",
        N_("Export the facts as CSV and JSON; /export all includes retracted ones"),
        "/export all",
    ),
    Command("cancel", N_("Stop adding a fact or reviewing an article"), "/cancel"),
)


def _asking(words: Words) -> str:
    examples = render_examples(words)
    return words.say(
        "Ask in your own words, in English, Russian, Ukrainian or Kazakh:\n"
        "{examples}\n"
        "In a group, mention me or reply to my message.",
        examples=examples,
    )


def start_answer(words: Words) -> list[str]:
    """The greeting: what the bot is for and how to begin."""
    return [
        words.say(
            "<b>factbot</b> answers questions about news facts from a curated fact store. "
            "Every figure comes with who said it, where it was published and when.\n\n"
            "{asking}\n\n"
            "Or try <code>/flows kazakhstan</code>, or send /help for every command.\n"
            "Language: /language",
            asking=_asking(words),
        )
    ]


# Telegram's limits for the bot's description (shown before a chat starts) and its short one.
DESCRIPTION_LIMIT = 512
SHORT_DESCRIPTION_LIMIT = 120


def render_description(words: Words) -> str:
    """What an empty chat with the bot shows: what it does and how to begin (plain text)."""
    return words.say(
        "I answer questions about news facts from a curated fact store: who crossed which "
        "border, how many, when. Every figure comes with who said it, where it was published "
        "and when, and keeps its qualifier (“more than”, “about”). Ask in English, Russian, "
        "Ukrainian or Kazakh, or send /flows kazakhstan."
    )


def render_short_description(words: Words) -> str:
    """The bot's profile line (plain text)."""
    return words.say("Cited news facts: every figure with who said it, where and when.")


def command_description(command: Command, words: Words) -> str:
    """What ``command`` does, in the reader's language (for /help and the command menu)."""
    return words.say(command.description)


def _command_lines(commands: tuple[Command, ...], words: Words) -> list[str]:
    return [
        words.say(
            "/{name} — {description}\n   e.g. <code>{example}</code>",
            name=command.name,
            description=html.escape(command_description(command, words)),
            example=html.escape(command.example),
        )
        for command in commands
    ]


def help_answer(words: Words, *, curator: bool = False) -> list[str]:
    """Every command with an example; the curators' commands for curators."""
    lines = [words.say("<b>Commands</b>"), *_command_lines(COMMANDS, words)]
    if curator:
        lines += ["", words.say("<b>Curators</b>"), *_command_lines(CURATOR_COMMANDS, words)]
    lines.append(
        "\n"
        + words.say(
            "Figures keep the qualifier their source gave (“more than”, “about”, “almost”)."
        )
    )
    lines.append("\n" + words.say("<b>Questions</b>") + "\n" + _asking(words))
    return ["\n".join(lines)]


@cache
def command_names() -> frozenset[str]:
    """Every command the bot knows, readers' and curators'."""
    return frozenset(command.name for command in (*COMMANDS, *CURATOR_COMMANDS))


# A mistyped command this close to a known one is offered as the one meant.
_SUGGEST_SCORE = 75.0


def unknown_command_answer(typed: str, words: Words, *, curator: bool = False) -> list[str]:
    """What an unknown command gets: that it is unknown, the nearest command, and /help.

    Args:
        typed: the command as sent, "/flow" or "/flow@FactBot".
        words: the reader's language.
        curator: whether the curators' commands may be suggested too.
    """
    name = typed.removeprefix("/").partition("@")[0].casefold()
    commands = (*COMMANDS, *CURATOR_COMMANDS) if curator else COMMANDS
    by_name = {command.name: command for command in commands}
    shown = html.escape(typed[:40])
    if name:
        lead = words.say("I don't know the command <code>{typed}</code>.", typed=shown)
    else:
        lead = words.say("That is not a command.")
    best = process.extractOne(name, list(by_name), scorer=fuzz.ratio, score_cutoff=_SUGGEST_SCORE)
    suggestion = ""
    if name and best is not None:
        command = by_name[best[0]]
        suggestion = " " + words.say(
            "Did you mean /{name}? {description}, e.g. <code>{example}</code>",
            name=command.name,
            description=html.escape(command_description(command, words)),
            example=html.escape(command.example),
        )
    more = words.say("Send /help for every command, or just ask a question.")
    return [f"{lead}{suggestion}\n\n{more}"]
