"""Pure functions: facts → Telegram HTML, every stated fact with its source and date.

Every string that comes from the database or the user goes through ``html.escape``, link targets
included; only http(s) URLs become links. Messages are cut between facts, never inside one, so
none exceeds Telegram's limit. Country names are handed in: this module does no lookups.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from functools import lru_cache

from storage.models import (
    FLOW_METRICS,
    Citation,
    Document,
    Fact,
    FactDraft,
    Figure,
    Metric,
    Qualifier,
)

__all__ = [
    "MESSAGE_LIMIT",
    "CountryNamer",
    "format_citation",
    "format_figure",
    "format_period",
    "html_to_text",
    "metric_label",
    "paginate",
    "render_entry",
    "render_fact_entry",
    "render_flow_entry",
    "render_headline",
    "visible_length",
]

# Telegram counts a message's text after entity parsing, in UTF-16 code units.
MESSAGE_LIMIT = 4096

CountryNamer = Callable[[str], str]

_QUALIFIER_WORDS = {
    Qualifier.EXACT: "",
    Qualifier.MORE_THAN: "more than ",
    Qualifier.AT_LEAST: "at least ",
    Qualifier.ABOUT: "about ",
    Qualifier.ALMOST: "almost ",
    Qualifier.UP_TO: "up to ",
}

_METRIC_LABELS = {
    Metric.ENTERED: "entered",
    Metric.LEFT: "left",
    Metric.EXIT_REFUSED: "refused exit",
    Metric.CITIZENSHIP_APPLICATIONS: "citizenship applications",
    Metric.MOBILISATION_TARGET: "mobilisation target",
    Metric.MOBILISATION_CEILING: "mobilisation ceiling",
    Metric.STATEMENT: "statement",
}

_TAG = re.compile(r"<[^>]*>")
_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.DOTALL)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def format_figure(figure: Figure) -> str:
    """A number exactly as reported, qualifier kept: "more than 200,000", "5,000–7,000"."""
    if figure.qualifier is Qualifier.RANGE:
        return f"{figure.value:,}–{figure.high:,}"
    return f"{_QUALIFIER_WORDS[figure.qualifier]}{figure.value:,}"


# A page of facts names the same few days again and again; strftime is slow.
@lru_cache(maxsize=4096)
def format_date(value: date | datetime) -> str:
    """A date as "4 Oct 2022", or "4 Oct 2022, 10:23 UTC+03:00" when the time is known."""
    day = f"{value.day} {value:%b %Y}"
    if isinstance(value, datetime):
        offset = value.strftime("%z")
        zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
        return f"{day}, {value:%H:%M} {zone}"
    return day


def format_period(fact: FactDraft) -> str:
    """When a fact was true: "on 3 Oct 2022", "21–27 Sep 2022", "since 21 Sep 2022, as of ..."."""
    start, end, as_of = fact.period_start, fact.period_end, fact.as_of
    if start is None:
        assert as_of is not None  # noqa: S101 - a fact always has a date (models enforce it)
        return f"as of {format_date(as_of)}"
    if end is None:
        text = f"since {format_date(start)}"
        return f"{text}, as of {format_date(as_of)}" if as_of else text
    if start == end:
        text = f"on {format_date(start)}"
    elif (start.year, start.month) == (end.year, end.month):
        text = f"{start.day}–{format_date(end)}"
    elif start.year == end.year:
        text = f"{start.day} {start:%b} – {format_date(end)}"
    else:
        text = f"{format_date(start)} – {format_date(end)}"
    if as_of and as_of != end:
        text = f"{text}, reported {format_date(as_of)}"
    return text


def _source_text(name: str, description: str | None) -> str:
    return f"{_e(name)}, {_e(description)}" if description else _e(name)


def _publisher(document: Document) -> str:
    name = _e(document.publisher)
    if document.url:
        name = f'<a href="{_e(document.url)}">{name}</a>'
    if document.author:
        name = f"{name} ({_e(document.author)})"
    return name


def format_citation(citation: Citation) -> str:
    """Who said it, who carried it, who published it and when, as one HTML line."""
    document = citation.document
    parts = []
    if citation.attributed_to:
        source = citation.attributed_to
        parts.append(f"said by {_source_text(source.name, source.description)}")
    if citation.carried_by:
        parts.append(f"via {_e(citation.carried_by.name)}")
    verb = "published by" if parts else "reported by"
    parts.append(f"{verb} {_publisher(document)}, {format_date(document.published_at)}")
    text = " · ".join(parts)
    return f"<i>{text[0].upper()}{text[1:]}</i>"


def _figure_phrase(fact: FactDraft) -> str:
    if fact.figure is None:
        return ""
    return f"<b>{_e(format_figure(fact.figure))}</b> {_e(fact.counted)}"


def _flow_sentence(fact: FactDraft, name: CountryNamer) -> str:
    origin = name(fact.origin) if fact.origin else None
    destination = name(fact.destination) if fact.destination else None
    if fact.metric is Metric.ENTERED:
        where = f"entered {_e(destination or 'a country not reported')}"
        if origin:
            where += f" from {_e(origin)}"
    else:
        where = f"left {_e(origin or 'a country not reported')}"
        where += f" for {_e(destination)}" if destination else " (destination not reported)"
    return f"{_figure_phrase(fact)} {where}"


def _entry(headline: str, fact: FactDraft, note: str | None = None) -> str:
    # A draft being previewed has no id yet.
    label = f"fact #{fact.id}" if isinstance(fact, Fact) else "new fact"
    noted = f"\n<i>{_e(note)}</i>" if note else ""
    return (
        f"▪️ {headline}{noted}\n{_e(format_period(fact))} · {label}\n"
        f"{format_citation(fact.citation)}"
    )


def render_flow_entry(fact: FactDraft, name: CountryNamer, note: str | None = None) -> str:
    """One flow: figure, who moved where, an optional note, when, and its citation."""
    return _entry(_flow_sentence(fact, name), fact, note)


def _claim_headline(fact: FactDraft) -> str:
    label = _e(metric_label(fact.metric))
    if fact.figure is None:
        return f"{_e(fact.claim)} <i>({label})</i>"
    return f"{_figure_phrase(fact)} — {label}: {_e(fact.claim)}"


def metric_label(metric: Metric) -> str:
    """What a metric is called in answers: "citizenship applications"."""
    return _METRIC_LABELS[metric]


def render_headline(fact: FactDraft, name: CountryNamer) -> str:
    """A fact's one-line statement: who moved where for a flow, else its figure and claim."""
    if fact.metric in FLOW_METRICS:
        return _flow_sentence(fact, name)
    return _claim_headline(fact)


def render_fact_entry(fact: FactDraft) -> str:
    """Any fact, told by its claim (with its figure, when it has one), date and citation."""
    return _entry(_claim_headline(fact), fact)


def render_entry(fact: FactDraft, name: CountryNamer) -> str:
    """A fact as /flows shows it: a flow by who moved where, anything else by its claim."""
    if fact.metric in FLOW_METRICS:
        return render_flow_entry(fact, name)
    return render_fact_entry(fact)


def visible_length(message: str) -> int:
    """The length Telegram counts: text after entity parsing, in UTF-16 code units."""
    text = html.unescape(_TAG.sub("", message))
    return len(text.encode("utf-16-le")) // 2


def paginate(header: str, blocks: Sequence[str], *, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Join ``blocks`` under ``header`` into as few messages as fit, cutting only between blocks.

    Raises:
        ValueError: one block alone, with the header, is longer than ``limit``.
    """
    messages: list[str] = []
    current = header
    # Lengths add up: header and blocks are whole HTML (no tag or entity spans two), and the
    # blank line between them counts 2. Measuring each piece once keeps this linear.
    length = visible_length(header)
    continued = f"{header} (continued)"
    continued_length = visible_length(continued)
    for block in blocks:
        block_length = visible_length(block)
        if length + 2 + block_length <= limit:
            current = f"{current}\n\n{block}"
            length += 2 + block_length
            continue
        if current == header and messages == []:
            raise ValueError("one entry is longer than a Telegram message")
        messages.append(current)
        current = f"{continued}\n\n{block}"
        length = continued_length + 2 + block_length
        if length > limit:
            raise ValueError("one entry is longer than a Telegram message")
    messages.append(current)
    return messages


def html_to_text(message: str) -> str:
    """Our HTML as plain text for a terminal: tags dropped, links as "text (url)"."""
    linked = _LINK.sub(lambda match: f"{match[2]} ({match[1]})", message)
    return html.unescape(_TAG.sub("", linked))
