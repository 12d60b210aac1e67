"""Pure functions: a country's facts grouped by topic, and as a timeline read top to bottom.

Figures for the same thing are never added up: each fact keeps its own line and its source.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from bot.render.formatting import (
    CountryNamer,
    format_date,
    format_period,
    metric_label,
    render_entry,
    render_headline,
)
from storage.models import Citation, Fact, Metric

__all__ = [
    "earlier_report_note",
    "earlier_reports",
    "render_timeline",
    "render_topics",
    "timeline_order",
]


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def render_topics(facts: Sequence[Fact], name: CountryNamer) -> list[str]:
    """Blocks for :func:`bot.render.formatting.paginate`: facts grouped by what they measure.

    Topics come in the order of ``Metric``; within one, the facts keep the order given.
    """
    blocks = []
    for metric in Metric:
        topic = [fact for fact in facts if fact.metric is metric]
        for position, fact in enumerate(topic):
            entry = render_entry(fact, name)
            if position == 0:
                title = metric_label(metric).capitalize()
                entry = f"<b>{_e(title)}</b> ({len(topic)})\n{entry}"
            blocks.append(entry)
    return blocks


def _when(fact: Fact) -> date:
    start = fact.period_start or fact.as_of
    assert start is not None  # noqa: S101 - a fact always has a date (models enforce it)
    return start


def timeline_order(facts: Sequence[Fact]) -> list[Fact]:
    """Oldest first, by when each fact begins; facts of the same day stay side by side."""
    return sorted(facts, key=lambda fact: (_when(fact), fact.sort_date, fact.id))


def _short_citation(citation: Citation) -> str:
    document = citation.document
    who = citation.attributed_to.name if citation.attributed_to else None
    via = citation.carried_by.name if citation.carried_by else None
    parts = [part for part in (who, f"via {via}" if via else None) if part]
    source = f"{' '.join(parts)}; " if parts else ""
    published = format_date(document.published_at).split(",")[0]
    return f"{_e(source)}{_e(document.publisher)}, {published}"


def render_timeline(facts: Sequence[Fact], name: CountryNamer) -> list[str]:
    """One line per fact, oldest first: when, what, and who said it where and when."""
    return [
        f"<b>{_e(format_period(fact))}</b> · {render_headline(fact, name)}\n"
        f"   <i>{_short_citation(fact.citation)}</i> · #{fact.id}"
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


def earlier_report_note(fact: Fact, newer: Fact) -> str:
    """The label on a superseded figure: "Earlier report, 27 Sep 2022; newer: fact #1"."""
    return f"Earlier report, {format_date(fact.sort_date)}; newer: fact #{newer.id}"
