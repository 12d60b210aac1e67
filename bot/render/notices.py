"""Pure functions: a notice owed to a follower → the Telegram HTML message it is sent as.

A new fact is cited exactly as /flows shows it; a correction is the fact as the edit left it,
with what it replaced ("was: about 10,000"); a retraction is the fact with its reason; an
import's digest counts the new facts per country. The fact and the version before an edit
are handed in (``bot.notices.subjects`` reads them); nothing here reads the store. Every
string from the store is escaped, and every message fits in one Telegram message.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from bot.language.words import Words
from bot.render.formatting import (
    MESSAGE_LIMIT,
    format_citation,
    format_figure,
    format_period,
    html_to_text,
    render_entry,
    render_headline,
    visible_length,
)
from storage.follows import Notice
from storage.metrics import vocabulary
from storage.models import Fact, FactDraft

__all__ = ["country_command", "render_digest", "render_notice"]

# What a correction tells, beyond the figure, when it changed: the fields of the headline.
_HEADLINE_FIELDS = ("metric", "counted", "origin", "destination", "claim")


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def country_command(command: str, code: str, words: Words) -> str:
    """The command that shows a country, as the reader's language names it:
    ``<code>/flows georgia</code>``."""
    return f"<code>/{command} {_e(words.country(code).lower())}</code>"


def render_notice(
    notice: Notice,
    words: Words,
    *,
    fact: Fact | None = None,
    previous: FactDraft | None = None,
    countries: Sequence[str] = (),
    limit: int = MESSAGE_LIMIT,
) -> str:
    """The message a notice is sent as, in ``words``' language.

    Args:
        notice: what is owed: a new fact ('add'), a correction ('edit'), a retraction
            ('retract') or an import's digest ('import').
        words: the chat's language.
        fact: the fact as the change left it (needed for all but a digest).
        previous: a correction's fact as it was before the edit.
        countries: the countries the chat follows that the fact names, for the header and
            the commands; the fact's own countries when empty.
        limit: the longest message, in Telegram's count.

    Raises:
        ValueError: the notice is of no kind known here, lacks its fact, or cannot fit in one
            message (a bug: a fact's fields are bounded).
    """
    if notice.action == "import":
        return render_digest(notice.digest, words)
    if fact is None:
        raise ValueError(f"notice {notice.id} ({notice.action}) has no fact to tell")
    codes = list(countries) or sorted(fact.countries)
    names = _e(", ".join(words.country(code) for code in codes))
    match notice.action:
        case "add":
            heading = words.say("<b>New fact · {countries}</b>", countries=names)
            notes = []
        case "edit":
            heading = words.say("<b>Correction · {countries}</b>", countries=names)
            notes = _what_changed(previous, fact, words) if previous is not None else []
        case "retract":
            heading = words.say("<b>Retracted · {countries}</b>", countries=names)
            reason = notice.reason or fact.retraction_reason or ""
            notes = [words.say("retracted: {reason}", reason=reason)]
        case _:
            raise ValueError(f"notice {notice.id} has an unknown action {notice.action!r}")
    command = "flows" if fact.metric in vocabulary().flows else "facts"
    footer = words.say(
        "More: {commands}",
        commands=" · ".join(country_command(command, code, words) for code in codes),
    )
    # The notes are the least needed part: a message too long sheds them, the last first.
    while True:
        entry = render_entry(fact, words, "\n".join(notes) or None)
        message = f"{heading}\n{entry}\n\n{footer}"
        if visible_length(message) <= limit:
            return message
        if not notes:
            raise ValueError(f"notice {notice.id} does not fit in a Telegram message")
        notes.pop()


def _what_changed(previous: FactDraft, fact: FactDraft, words: Words) -> list[str]:
    """Plain-text lines saying what a correction replaced: the figure first."""
    notes = []
    if previous.figure is not None and previous.figure != fact.figure:
        notes.append(words.say("was: {figure}", figure=format_figure(previous.figure, words)))
    if any(getattr(previous, name) != getattr(fact, name) for name in _HEADLINE_FIELDS):
        headline = html_to_text(render_headline(previous, words))
        notes.append(words.say("before: {headline}", headline=headline))
    if format_period(previous, words) != format_period(fact, words):
        notes.append(words.say("period was: {period}", period=format_period(previous, words)))
    # Compared as shown: a title, which no citation shows, changes nothing a reader sees.
    was_cited = format_citation(previous.citation, words)
    if was_cited != format_citation(fact.citation, words):
        notes.append(words.say("source was: {citation}", citation=html_to_text(was_cited)))
    return notes


def render_digest(counts: Mapping[str, int], words: Words, *, limit: int = MESSAGE_LIMIT) -> str:
    """An import's digest: "37 new facts on Georgia: /flows georgia", a line per country,
    most facts first; cut with "and N more countries" to fit ``limit``.

    Raises:
        ValueError: ``counts`` is empty (an import owes a digest only for facts it added).
    """
    if not counts:
        raise ValueError("a digest needs at least one country")
    heading = words.say("<b>New facts on the countries you follow</b>")
    order = sorted(counts, key=lambda code: (-counts[code], words.country(code)))
    lines = [
        words.plural(
            "{count} new fact on {country}: {command}",
            "{count} new facts on {country}: {command}",
            counts[code],
            country=_e(words.country(code)),
            command=country_command("flows", code, words),
        )
        for code in order
    ]
    kept: list[str] = []
    length = visible_length(heading)
    for position, line in enumerate(lines):
        length += 1 + visible_length(line)
        left = len(lines) - position - 1
        # Room for this line, and for the "and N more" line should the next not fit.
        more = _more(left, words) if left else ""
        if length + (1 + visible_length(more) if more else 0) > limit:
            break
        kept.append(line)
    left = len(lines) - len(kept)
    return "\n".join([heading, *kept, *([_more(left, words)] if left else [])])


def _more(count: int, words: Words) -> str:
    return words.plural("and {count} more country", "and {count} more countries", count)
