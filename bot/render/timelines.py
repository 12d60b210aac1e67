"""Pure functions: a country's facts grouped by topic, and as a timeline read top to bottom.

Figures for the same thing are never added up: each fact keeps its own line and its source.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from bot.language.words import Words
from bot.render.formatting import (
    format_date,
    format_period,
    metric_label,
    render_entry,
    render_headline,
)
from storage.metrics import vocabulary
from storage.models import Citation, Fact

__all__ = [
    "earlier_report_note",
    "earlier_reports",
    "render_timeline",
    "render_topics",
    "short_citation",
    "timeline_order",
]


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def render_topics(facts: Sequence[Fact], words: Words) -> list[str]:
    """Blocks for :func:`bot.render.formatting.paginate`: facts grouped by what they measure.

    Topics come in the vocabulary's order, any metric it does not know last; within one, the
    facts keep the order given.
    """
    known = [kind.name for kind in vocabulary()]
    unknown = sorted({fact.metric for fact in facts} - set(known))
    blocks = []
    for metric in [*known, *unknown]:
        topic = [fact for fact in facts if fact.metric == metric]
        for position, fact in enumerate(topic):
            entry = render_entry(fact, words)
            if position == 0:
                title = metric_label(metric, words)
                title = title[:1].upper() + title[1:]
                entry = f"<b>{_e(title)}</b> ({words.number(len(topic))})\n{entry}"
            blocks.append(entry)
    return blocks


def _when(fact: Fact) -> date:
    start = fact.period_start or fact.as_of
    assert start is not None  # noqa: S101 - a fact always has a date (models enforce it)
    return start


def timeline_order(facts: Sequence[Fact]) -> list[Fact]:
    """Oldest first, by when each fact begins; facts of the same day stay side by side."""
    return sorted(facts, key=lambda fact: (_when(fact), fact.sort_date, fact.id))


def short_citation(citation: Citation, words: Words) -> str:
    """Who said it, via whom, who published it and on what day, in one short HTML line."""
    document = citation.document
    publisher = _e(document.publisher)
    published = _e(words.date(document.published_at))
    who = _e(citation.attributed_to.name) if citation.attributed_to else None
    via = _e(citation.carried_by.name) if citation.carried_by else None
    if who and via:
        return words.say(
            "{source} via {outlet}; {publisher}, {date}",
            source=who,
            outlet=via,
            publisher=publisher,
            date=published,
        )
    if who:
        return words.say(
            "{source}; {publisher}, {date}", source=who, publisher=publisher, date=published
        )
    if via:
        return words.say(
            "via {outlet}; {publisher}, {date}", outlet=via, publisher=publisher, date=published
        )
    return words.say("{publisher}, {date}", publisher=publisher, date=published)


def render_timeline(facts: Sequence[Fact], words: Words) -> list[str]:
    """One line per fact, oldest first: when, what, and who said it where and when."""
    return [
        f"<b>{_e(format_period(fact, words))}</b> · {render_headline(fact, words)}\n"
        f"   <i>{short_citation(fact.citation, words)}</i> · #{fact.id}"
        for fact in timeline_order(facts)
    ]


def _measure(fact: Fact) -> tuple[object, ...]:
    return (fact.metric, fact.origin, fact.destination, fact.citizenship, _when(fact))


def earlier_reports(facts: Sequence[Fact]) -> dict[int, Fact]:
    """Facts that a newer report of the same measure supersedes: fact id → the newest report.

    Two facts measure the same thing when they count the same flow (metric, countries,
    citizenship) from the same start: "since 21 Sep" as of 27 Sep, then as of 4 Oct. The older
    figure is kept and labelled, never added to the newer one.
    """
    newest: dict[tuple[object, ...], Fact] = {}
    for fact in facts:
        current = newest.get(_measure(fact))
        if current is None or (fact.sort_date, fact.id) > (current.sort_date, current.id):
            newest[_measure(fact)] = fact
    return {
        fact.id: newest[_measure(fact)]
        for fact in facts
        if newest[_measure(fact)].id != fact.id
        and newest[_measure(fact)].sort_date > fact.sort_date
    }


def earlier_report_note(fact: Fact, newer: Fact, words: Words) -> str:
    """The label on a superseded figure: "Earlier report, 27 Sept 2022; newer: fact #1"."""
    return words.say(
        "Earlier report, {date}; newer: fact #{id}",
        date=format_date(fact.sort_date, words),
        id=newer.id,
    )
