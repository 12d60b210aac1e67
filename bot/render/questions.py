"""Pure: the words around a question's answer: its heading, the way to see everything, the
honest "nothing answers this", and how to ask."""

from __future__ import annotations

import html

__all__ = [
    "EXAMPLES",
    "render_group_note",
    "render_heading",
    "render_no_answer",
    "render_pointer",
    "render_see_also",
]

# One example question in each language the bot reads, for /start, /help and pointers.
EXAMPLES = (
    "How many Russians entered Kazakhstan?",
    "Сколько россиян въехало в Казахстан 3 октября?",
    "Скільки людей виїхало з Казахстану?",
    "Қазақстанға қанша ресейлік кірді?",
)

_REASONS = {
    "period": "No recorded figure is for that day or period.",
    "citizenship": "No recorded figure counts people of that citizenship.",
    "direction": "No recorded figure counts people moving that way.",
    "topic": "No recorded fact is about that.",
    "words": "No recorded fact speaks of what you asked about.",
    "source": "No recorded fact comes from, or names, whom you asked about.",
}
_HOLDINGS_SHOWN = 20


def render_heading(count: int) -> str:
    """The line above a question's answer."""
    noun = "fact answers" if count == 1 else "facts answer"
    return f"<b>{count} {noun} your question</b> · best match first, each with its source"


_GROUP_NOTES = {
    "overlap": "Figures over longer periods that include the one you asked about:",
    "any_citizenship": "Figures that do not say whose citizens they count:",
}


def render_group_note(note: str) -> str:
    """The line before facts that answer less exactly than those above them."""
    return f"<i>{html.escape(_GROUP_NOTES[note])}</i>"


def render_see_also(command: str, more: int) -> str:
    """The closing line: the command that shows everything, and how many more facts there are."""
    extra = f" ({more} more facts answer this)" if more > 0 else ""
    return f"Everything recorded: <code>{html.escape(command)}</code>{extra}"


def _examples() -> str:
    return "\n".join(f"• <i>{html.escape(example)}</i>" for example in EXAMPLES)


def render_no_answer(
    missing: list[str], reason: str | None, holdings: list[str], place: str | None = None
) -> str:
    """Why nothing answers: a place with no facts, or no fact that fits; what there is.

    Args:
        missing: the countries named that no fact names.
        reason: why the facts read did not answer ("period", "direction", ...).
        holdings: the countries the store holds facts for.
        place: the country asked about, whose other facts /facts shows.
    """
    if missing:
        names = ", ".join(html.escape(name) for name in missing)
        lead = f"No facts are recorded for {names}, so I cannot answer that."
    else:
        lead = "I found no fact that answers that. " + _REASONS.get(reason or "", "")
    if place and not missing:
        lead += (
            f" What is recorded about {html.escape(place)}: "
            f"<code>/facts {html.escape(place.lower())}</code>"
        )
    shown = ", ".join(html.escape(name) for name in holdings[:_HOLDINGS_SHOWN])
    more = len(holdings) - _HOLDINGS_SHOWN
    if more > 0:
        shown += f" and {more} more"
    held = f"\n\nFacts are recorded for: {shown}." if holdings else ""
    return (
        f"{lead.strip()}{held}\n\nYou can ask, for example:\n{_examples()}\n"
        "or send /help for every command."
    )


def render_pointer(*, greeting: bool) -> str:
    """How to ask, for a message that asks nothing (a greeting, an emoji, a sticker)."""
    lead = "Hello! " if greeting else ""
    return (
        f"{lead}Ask me about the recorded facts in your own words, in English, Russian, "
        f"Ukrainian or Kazakh, for example:\n{_examples()}\n\n"
        "Every figure comes with who said it, where it was published and when. "
        "Or send /help for every command."
    )
