"""Pure: an article's proposal as the curator reads it, one candidate at a time or all at once.

Each candidate is shown as /flows would show it once saved, with the sentence it came from, so
the curator checks the figure against the words; figures left out are listed with the reason.
"""

from __future__ import annotations

import html

from bot.ingest.candidates import LeftOut
from bot.ingest.proposals import Proposal, Proposed
from bot.language.words import Words, words_for
from bot.render.formatting import html_to_text, render_entry
from storage.metrics import vocabulary

__all__ = [
    "render_candidate",
    "render_left_out",
    "render_proposal_summary",
    "render_proposal_text",
]

_SENTENCE_SHOWN = 600


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _reason(reason: str, words: Words) -> str:
    match reason:
        case "denied":
            return words.say("the text denies it")
        case "percent":
            return words.say("a share, not a count")
        case "money":
            return words.say("a sum of money")
        case "measure":
            return words.say("a measure, not a count of people")
        case "stock":
            return words.say("people who are in a place, not a movement")
        case "repeat":
            return words.say("the same figure again")
        case "difference":
            return words.say("a difference between two counts, not a count")
        case "forecast":
            return words.say("expected, planned or possible: no one has moved yet")
        case "dead":
            return words.say("people dead or missing, not a movement")
        case "within":
            return words.say("a move within one country, not across a border")
        case "incomplete":
            return words.say("the text does not say enough for a fact (a country, a date)")
        case _:
            return words.say("nothing in the sentence says what it counts")


def _sentence(text: str) -> str:
    shown = text if len(text) <= _SENTENCE_SHOWN else text[: _SENTENCE_SHOWN - 1] + "…"
    return f"<i>“{_e(shown)}”</i>"


def render_candidate(item: Proposed, position: int, total: int, words: Words) -> str:
    """One candidate: its number, the fact as it would be saved, and its sentence."""
    heading = words.say("<b>Candidate {position} of {total}</b>", position=position, total=total)
    parts = [heading, render_entry(item.draft, words, stored_as=item.duplicate_of)]
    countries = _countries(item, words)
    if countries:
        parts[-1] += "\n" + countries
    if item.duplicate_of is not None:
        parts.append(
            words.say(
                "Already in the store as fact #{id}: it is not proposed again.",
                id=item.duplicate_of,
            )
        )
    elif item.beside:
        parts.append(
            words.say(
                "The store gives another figure for this from another report ({facts}). Both "
                "are kept, side by side; figures from different reports are never added up.",
                facts=", ".join(f"#{fact_id}" for fact_id in item.beside),
            )
        )
    evidence = item.candidate.evidence
    parts.append(
        words.say(
            "From the text (characters {start}–{end}):",
            start=words.number(evidence.start),
            end=words.number(evidence.end),
        )
        + "\n"
        + _sentence(evidence.sentence)
    )
    return "\n\n".join(parts)


def _countries(item: Proposed, words: Words) -> str:
    """The countries of a candidate whose entry tells them by no route ("refused entry: ..."):
    a flow's line names them already; a refusal's or an application's claim may not, and the
    curator checks every field the fact will be saved with."""
    draft = item.draft
    if draft.metric in vocabulary().flows or not (draft.origin or draft.destination):
        return ""
    unknown = words.say("country not reported")
    return words.say(
        "Countries: {origin} → {destination}",
        origin=_e(words.country(draft.origin, None)) if draft.origin else unknown,
        destination=_e(words.country(draft.destination, None)) if draft.destination else unknown,
    )


def render_left_out(left_out: list[LeftOut], words: Words, *, limit: int = 10) -> str:
    """The figures not proposed, each with why (the first ``limit``)."""
    lines = [words.say("<b>Left out</b>")]
    for item in left_out[:limit]:
        lines.append(
            words.say(
                "“{figure}”: {reason}",
                figure=_e(item.figure_text),
                reason=_e(_reason(item.reason, words)),
            )
        )
    if len(left_out) > limit:
        lines.append(words.say("… and {count} more", count=words.number(len(left_out) - limit)))
    return "\n".join(lines)


def render_proposal_summary(proposal: Proposal, words: Words) -> str:
    """What the article gave: how many candidates, how many already stored, what was left out."""
    new = len(proposal.new())
    held = len(proposal.proposed) - new
    summary = words.plural(
        "I found {count} candidate fact.", "I found {count} candidate facts.", new
    )
    if held:
        summary += " " + words.plural(
            "{count} more is already in the store.", "{count} more are already in the store.", held
        )
    if proposal.left_out:
        summary += "\n\n" + render_left_out(proposal.left_out, words)
    return summary


def render_proposal_text(proposal: Proposal) -> str:
    """Every candidate and what was left out, as plain English text for a terminal."""
    words = words_for("en")
    total = len(proposal.proposed)
    blocks = [html_to_text(render_proposal_summary(proposal, words))]
    blocks += [
        html_to_text(render_candidate(item, position, total, words))
        for position, item in enumerate(proposal.proposed, start=1)
    ]
    return "\n\n".join(blocks)
