"""Pure: the words around a question's answer: its heading, the way to see everything, the
honest "nothing answers this", and how to ask, all in the reader's language."""

from __future__ import annotations

import html

from bot.language.countries import country_name
from bot.language.words import LANGUAGES, N_, Words

__all__ = [
    "EXAMPLE_QUESTIONS",
    "examples",
    "render_examples",
    "render_group_note",
    "render_heading",
    "render_no_answer",
    "render_pointer",
    "render_see_also",
]

# One example question in each language the bot reads, for /start, /help and pointers: each
# stays in its own language, so a reader sees they may ask in any of the four.
EXAMPLE_QUESTIONS = {
    "en": "How many Russians entered Kazakhstan?",
    "ru": "Сколько россиян въехало в Казахстан 3 октября?",
    "uk": "Скільки людей виїхало з Казахстану?",
    "kk": "Қазақстанға қанша ресейлік кірді?",
}
# The same, in the order /language offers the languages.
_EXAMPLES = tuple(EXAMPLE_QUESTIONS[language] for language in LANGUAGES)

_REASONS = {
    "period": N_("No recorded figure is for that day or period."),
    "citizenship": N_("No recorded figure counts people of that citizenship."),
    "direction": N_("No recorded figure counts people moving that way."),
    "topic": N_("No recorded fact is about that."),
    "words": N_("No recorded fact speaks of what you asked about."),
    "source": N_("No recorded fact comes from, or names, whom you asked about."),
}
_HOLDINGS_SHOWN = 20


def examples(language: str) -> tuple[str, ...]:
    """The example questions, the one in ``language`` first, then the others."""
    first = EXAMPLE_QUESTIONS.get(language)
    return tuple(dict.fromkeys((first, *_EXAMPLES) if first else _EXAMPLES))


def render_examples(words: Words) -> str:
    """The example questions as a list, one a line, the reader's language first."""
    return "\n".join(f"• <i>{html.escape(example)}</i>" for example in examples(words.language))


def render_heading(count: int, words: Words) -> str:
    """The line above a question's answer."""
    return words.plural(
        "<b>{count} fact answers your question</b> · best match first, each with its source",
        "<b>{count} facts answer your question</b> · best match first, each with its source",
        count,
    )


_GROUP_NOTES = {
    "overlap": N_("Figures over longer periods that include the one you asked about:"),
    "any_citizenship": N_("Figures that do not say whose citizens they count:"),
}


def render_group_note(note: str, words: Words) -> str:
    """The line before facts that answer less exactly than those above them."""
    return f"<i>{html.escape(words.say(_GROUP_NOTES[note]))}</i>"


def render_see_also(command: str, more: int, words: Words) -> str:
    """The closing line: the command that shows everything, and how many more facts there are."""
    shown = f"<code>{html.escape(command)}</code>"
    if more > 0:
        return words.plural(
            "Everything recorded: {command} ({count} more fact answers this)",
            "Everything recorded: {command} ({count} more facts answer this)",
            more,
            command=shown,
        )
    return words.say("Everything recorded: {command}", command=shown)


def render_no_answer(
    missing: list[str],
    reason: str | None,
    holdings: list[str],
    words: Words,
    place: str | None = None,
) -> str:
    """Why nothing answers: a place with no facts, or no fact that fits; what there is.

    Args:
        missing: the countries named that no fact names (alpha-3 codes).
        reason: why the facts read did not answer ("period", "direction", ...).
        holdings: the countries the store holds facts for (alpha-3 codes).
        words: the reader's language.
        place: the country asked about (alpha-3 code), whose other facts /facts shows.
    """
    if missing:
        names = ", ".join(html.escape(words.country(code)) for code in missing)
        lead = words.say(
            "No facts are recorded for {countries}, so I cannot answer that.", countries=names
        )
    else:
        lead = words.say("I found no fact that answers that.")
        if reason in _REASONS:
            lead += " " + words.say(_REASONS[reason])
        if place:
            # The command names the country in English: every reader's /facts reads it.
            lead += " " + words.say(
                "What is recorded about {country}: <code>/facts {name}</code>",
                country=html.escape(words.country(place)),
                name=html.escape(country_name(place).lower()),
            )
    held = ""
    if holdings:
        shown = ", ".join(html.escape(words.country(code)) for code in holdings[:_HOLDINGS_SHOWN])
        more = len(holdings) - _HOLDINGS_SHOWN
        if more > 0:
            shown = words.plural(
                "{countries} and {count} more",
                "{countries} and {count} more",
                more,
                countries=shown,
            )
        held = "\n\n" + words.say("Facts are recorded for: {countries}.", countries=shown)
    asking = words.say(
        "You can ask, for example:\n{examples}\nor send /help for every command.",
        examples=render_examples(words),
    )
    return f"{lead}{held}\n\n{asking}"


def render_pointer(words: Words, *, greeting: bool) -> str:
    """How to ask, for a message that asks nothing (a greeting, an emoji, a sticker)."""
    pointer = words.say(
        "Ask me about the recorded facts in your own words, in English, Russian, Ukrainian "
        "or Kazakh, for example:\n{examples}\n\n"
        "Every figure comes with who said it, where it was published and when. "
        "Or send /help for every command.",
        examples=render_examples(words),
    )
    if greeting:
        return words.say("Hello!") + " " + pointer
    return pointer
