"""What "@bot QUERY" offers in any chat: facts, each sent with its citation, or help."""

from __future__ import annotations

from dataclasses import dataclass

import structlog

from bot.answers.questions import question_facts
from bot.language.countries import country_name
from bot.logs import note_results
from bot.render.formatting import (
    format_date,
    format_period,
    html_to_text,
    render_entry,
    render_headline,
)
from storage import Fact, FactStore

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
_INLINE_HELP = InlineAnswer(
    id="help",
    title="Type a country or a few words",
    description="e.g. kazakhstan, Казахстан, citizenship: cited facts to send to this chat",
    message=(
        "<b>factbot</b> answers with cited news facts. Type <code>@bot kazakhstan</code> in "
        "any chat, or message the bot <code>/flows kazakhstan</code>."
    ),
)


def _inline(fact: Fact) -> InlineAnswer:
    citation = fact.citation
    source = citation.attributed_to.name if citation.attributed_to else citation.document.publisher
    published = format_date(citation.document.published_at).split(",")[0]
    return InlineAnswer(
        id=f"fact-{fact.id}",
        title=html_to_text(render_headline(fact, country_name))[:120],
        description=(
            f"{format_period(fact)} · {source}; {citation.document.publisher}, {published}"
        ),
        message=render_entry(fact, country_name),
    )


async def inline_answers(store: FactStore, query: str) -> list[InlineAnswer]:
    """Inline results for "@bot QUERY": the facts that answer it, read as a question is read
    in a chat ("kazakhstan", "how many left kazakhstan", "гражданство"), best first."""
    query = " ".join(query.split())
    if not query:
        return [_INLINE_HELP]
    found = await question_facts(store, query, limit=INLINE_LIMIT)
    facts = found.facts[:INLINE_LIMIT]
    note_results(len(facts))
    log.info("inline_answered", hits=len(facts), outcome=found.outcome, **found.question.reading())
    return [_inline(fact) for fact in facts] or [_INLINE_HELP]
