"""What "@bot QUERY" offers in any chat: facts, each sent with its citation, or help."""

from __future__ import annotations

from dataclasses import dataclass

import structlog

from bot.answers.questions import question_facts
from bot.language.words import Words
from bot.logs import note_results
from bot.render.formatting import (
    format_period,
    html_to_text,
    render_entry,
    render_headline,
)
from storage import Fact, Store

__all__ = ["INLINE_LIMIT", "InlineAnswer", "inline_answers"]

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class InlineAnswer:
    """One inline result: its title and description in the picker, and the cited message."""

    id: str
    title: str
    description: str
    message: str


# Telegram shows at most 50 inline results.
INLINE_LIMIT = 50


def _help(words: Words) -> InlineAnswer:
    return InlineAnswer(
        id="help",
        title=words.say("Type a country or a few words"),
        description=words.say(
            "e.g. kazakhstan, Казахстан, citizenship: cited facts to send to this chat"
        ),
        message=words.say(
            "<b>factbot</b> answers with cited news facts. Type <code>@bot kazakhstan</code> "
            "in any chat, or message the bot <code>/flows kazakhstan</code>."
        ),
    )


def _inline(fact: Fact, words: Words) -> InlineAnswer:
    citation = fact.citation
    document = citation.document
    source = citation.attributed_to.name if citation.attributed_to else document.publisher
    return InlineAnswer(
        id=f"fact-{fact.id}",
        title=html_to_text(render_headline(fact, words))[:120],
        description=words.say(
            "{period} · {source}; {publisher}, {date}",
            period=format_period(fact, words),
            source=source,
            publisher=document.publisher,
            date=words.date(document.published_at),
        ),
        message=render_entry(fact, words),
    )


async def inline_answers(store: Store, query: str, words: Words) -> list[InlineAnswer]:
    """Inline results for "@bot QUERY": the facts that answer it, read as a question is read
    in a chat ("kazakhstan", "how many left kazakhstan", "гражданство"), best first."""
    query = " ".join(query.split())
    if not query:
        return [_help(words)]
    found = await question_facts(store, query, limit=INLINE_LIMIT)
    facts = found.facts[:INLINE_LIMIT]
    note_results(len(facts))
    log.info("inline_answered", hits=len(facts), outcome=found.outcome, **found.question.reading())
    return [_inline(fact, words) for fact in facts] or [_help(words)]
