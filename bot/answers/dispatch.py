"""Which answer a message gets: the same code for Telegram's page buttons and ``factbot ask``."""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable

from bot.answers.catalog import help_answer, start_answer, unknown_command_answer
from bot.answers.country import facts_answer, flows_answer, timeline_answer
from bot.answers.lookup import (
    fact_answer,
    history_answer,
    search_answer,
    source_answer,
    sources_answer,
)
from bot.answers.questions import question_answer
from bot.language.words import Words
from bot.render.metrics import render_vocabulary
from storage import Store

__all__ = ["QUESTION", "answer_text", "paged_answer"]

_Answerer = Callable[[Store, str, Words], Awaitable[list[str]]]


async def _start(_store: Store, _args: str, words: Words) -> list[str]:
    return start_answer(words)


async def _help(_store: Store, _args: str, words: Words) -> list[str]:
    return help_answer(words)


async def _language(_store: Store, _args: str, words: Words) -> list[str]:
    # In a chat /language shows buttons; a terminal has none.
    return [
        words.say(
            "I answer in <b>{language}</b>. On the terminal, choose the language with "
            '<code>--lang</code>: <code>factbot ask --lang uk "/flows kazakhstan"</code>',
            language=words.name,
        )
    ]


async def _following_here(_store: Store, _args: str, words: Words) -> list[str]:
    # Notices need a chat to be sent to; a terminal is none.
    return [
        words.say(
            "Following a country works in a Telegram chat: new facts, corrections and "
            "retractions are sent there. On the terminal, <code>factbot followers</code> shows "
            "which countries chats follow."
        )
    ]


async def _curating_here(_store: Store, _args: str, words: Words) -> list[str]:
    return [
        words.say(
            "That is a curator's command in a Telegram chat. On the terminal, "
            "<code>factbot import</code>, <code>factbot export</code>, "
            "<code>factbot facts retract</code> and <code>factbot ingest</code> change and read "
            "the facts (<code>factbot --help</code>)."
        )
    ]


async def _chart_here(_store: Store, args: str, words: Words) -> list[str]:
    # A chart is a picture sent to a chat; the terminal gets the figures it is drawn from.
    country = html.escape(args.strip()[:100] or "kazakhstan")
    return [
        words.say(
            "A chart is a picture, sent in a Telegram chat. On the terminal, "
            "<code>/flows {country}</code> and <code>/timeline {country}</code> give the "
            "figures it is drawn from.",
            country=country,
        )
    ]


async def _metrics(store: Store, _args: str, words: Words) -> list[str]:
    return [render_vocabulary(store.metrics, words)]


async def _history(store: Store, args: str, words: Words) -> list[str]:
    # On the operator's own terminal, who changed what is not private.
    return await history_answer(store, args, words, show_actors=True)


_ANSWERERS: dict[str, _Answerer] = {
    "flows": flows_answer,
    "facts": facts_answer,
    "timeline": timeline_answer,
    "search": search_answer,
    "sources": sources_answer,
    "source": source_answer,
    "fact": fact_answer,
    "history": _history,
    "language": _language,
    "metrics": _metrics,
    "help": _help,
    "start": _start,
    "chart": _chart_here,
    **dict.fromkeys(("follow", "unfollow", "following"), _following_here),
    **dict.fromkeys(
        ("addfact", "editfact", "retract", "import", "export", "ingest", "addmetric", "cancel"),
        _curating_here,
    ),
}
# A question in the reader's own words, paged like a command ("ask" is no command of its own).
QUESTION = "ask"


# The answers short enough to be read whole and sliced into pages (the long ones are read a
# window at a time: bot.answers.pages); each re-runs from its query alone.
_PAGED: dict[str, _Answerer] = {name: _ANSWERERS[name] for name in ("sources", "fact")} | {
    QUESTION: question_answer
}


async def paged_answer(store: Store, command: str, query: str, words: Words) -> list[str]:
    """The pages of a read command's answer, for the first reply and for its page buttons.

    Raises:
        KeyError: ``command`` is not a paged command.
    """
    return await _PAGED[command](store, query, words)


async def answer_text(store: Store, text: str, words: Words) -> list[str]:
    """Answer a message as the bot would: "/flows kazakhstan", "/flows@FactBot kz", "/help",
    or a question in the reader's own words."""
    stripped = text.strip()
    if not stripped.startswith("/"):
        return await question_answer(store, stripped, words)
    command, _, args = stripped.partition(" ")
    name = command.removeprefix("/").partition("@")[0].lower()
    answerer = _ANSWERERS.get(name)
    if answerer is None:
        return unknown_command_answer(command, words)
    return await answerer(store, args, words)
