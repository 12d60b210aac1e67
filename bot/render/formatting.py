"""Pure functions: facts → Telegram HTML, every stated fact with its source and date.

Every string that comes from the database or the user goes through ``html.escape``, link targets
included; only http(s) URLs become links. Messages are cut between facts, never inside one, so
none exceeds Telegram's limit. Every word comes from the reader's ``Words``
(catalog and CLDR formats); the fact's own fields stay as the source gave them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache

from bot.language.inflection import Role
from bot.language.words import Words
from storage.metrics import vocabulary
from storage.models import (
    Citation,
    Document,
    Fact,
    FactDraft,
    Figure,
    Qualifier,
    SourceKind,
)

__all__ = [
    "MESSAGE_LIMIT",
    "format_citation",
    "format_date",
    "format_figure",
    "format_period",
    "html_to_text",
    "metric_label",
    "paginate",
    "render_entry",
    "render_fact_entry",
    "render_flow_entry",
    "render_headline",
    "source_kind_label",
    "visible_length",
]

# Telegram counts a message's text after entity parsing, in UTF-16 code units.
MESSAGE_LIMIT = 4096

_TAG = re.compile(r"<[^>]*>")
_LINK = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.DOTALL)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def format_figure(figure: Figure, words: Words) -> str:
    """A number exactly as reported, qualifier kept: "more than 200,000", "более 200 000"."""
    number = words.number(figure.value)
    # Each phrase gives its number the case it needs: Kazakh says "200 000-нан астам".
    match figure.qualifier:
        case Qualifier.RANGE:
            assert figure.high is not None  # noqa: S101 - models give every range its high
            return words.say("{low}–{high}", low=number, high=words.number(figure.high))
        case Qualifier.MORE_THAN:
            return words.say("more than {number}", number=words.number(figure.value, "from"))
        case Qualifier.AT_LEAST:
            return words.say("at least {number}", number=number)
        case Qualifier.ABOUT:
            return words.say("about {number}", number=number)
        case Qualifier.ALMOST:
            return words.say("almost {number}", number=words.number(figure.value, "into"))
        case Qualifier.UP_TO:
            return words.say("up to {number}", number=words.number(figure.value, "into"))
        case Qualifier.LESS_THAN:
            return words.say("less than {number}", number=words.number(figure.value, "from"))
    return number


def format_date(value: date | datetime, words: Words) -> str:
    """A date as "4 Oct 2022", or "4 Oct 2022, 10:23 UTC+03:00" when the time is known."""
    if isinstance(value, datetime):
        return words.moment(value)
    return words.date(value)


def format_period(fact: FactDraft, words: Words) -> str:
    """When a fact was true: "on 3 Oct 2022", "21–27 Sept 2022", "since 21 Sept 2022, as of
    ..."."""
    return _period(fact.period_start, fact.period_end, fact.as_of, words)


# A page of facts repeats the same few periods and citations, and popular pages are asked for
# again and again: both are rendered once per language (each a pure function of its values).
@lru_cache(maxsize=4096)
def _period(start: date | None, end: date | None, as_of: date | None, words: Words) -> str:
    if start is None:
        assert as_of is not None  # noqa: S101 - a fact always has a date (models enforce it)
        return words.say("as of {date}", date=words.date(as_of))
    if end is None:
        # "since" takes its case: Kazakh "… қыркүйектен бастап".
        since = words.date(start, "from")
        if as_of:
            return words.say("since {start}, as of {date}", start=since, date=words.date(as_of))
        return words.say("since {start}", start=since)
    if start == end:
        text = words.say("on {date}", date=words.date(start))
    else:
        text = words.span(start, end)
    if as_of and as_of != end:
        return words.say("{period}, reported {date}", period=text, date=words.date(as_of))
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


@lru_cache(maxsize=1024)
def format_citation(citation: Citation, words: Words) -> str:
    """Who said it, who carried it, who published it and when, as one HTML line."""
    document = citation.document
    parts = []
    if citation.attributed_to:
        source = citation.attributed_to
        parts.append(
            words.say("said by {source}", source=_source_text(source.name, source.description))
        )
    if citation.carried_by:
        parts.append(words.say("via {outlet}", outlet=_e(citation.carried_by.name)))
    # CLDR's dates hold no markup: no escaping needed on this, the hottest path.
    published = format_date(document.published_at, words)
    if parts:
        parts.append(
            words.say(
                "published by {publisher}, {date}", publisher=_publisher(document), date=published
            )
        )
    else:
        parts.append(
            words.say(
                "reported by {publisher}, {date}", publisher=_publisher(document), date=published
            )
        )
    text = " · ".join(parts)
    return f"<i>{text[0].upper()}{text[1:]}</i>"


def _figure_phrase(fact: FactDraft, words: Words) -> str:
    if fact.figure is None:
        return _e(fact.counted)
    return f"<b>{_e(format_figure(fact.figure, words))}</b> {_e(fact.counted)}"


# A page of flows names the same few countries again and again; CLDR's names hold "&"
# ("Trinidad & Tobago"), so they are escaped, once each.
@lru_cache(maxsize=4096)
def _country_html(words: Words, code: str, role: Role | None) -> str:
    return _e(words.country(code, role))


def _flow_sentence(fact: FactDraft, words: Words) -> str:
    who = _figure_phrase(fact, words)
    # "entered" and "left" have verbs of their own in every catalog; any other flow is told by
    # its label.
    if fact.metric not in {"entered", "left"}:
        return _other_flow_sentence(fact, words, who)
    # Each slot gets the case its phrase needs: "в Казахстан из России", "Ресейден". Russian's
    # destination carries its own preposition ("в Казахстан", "во Францию").
    origin = _country_html(words, fact.origin, "from") if fact.origin else None
    destination = _country_html(words, fact.destination, "into") if fact.destination else None
    if fact.metric == "entered":
        if destination and origin:
            return words.say(
                "{who} entered {destination} from {origin}",
                who=who,
                destination=destination,
                origin=origin,
            )
        if destination:
            return words.say("{who} entered {destination}", who=who, destination=destination)
        if origin:
            return words.say(
                "{who} entered a country not reported from {origin}", who=who, origin=origin
            )
        return words.say("{who} entered a country not reported", who=who)
    if origin and destination:
        return words.say(
            "{who} left {origin} for {destination}",
            who=who,
            origin=origin,
            destination=destination,
        )
    if origin:
        return words.say("{who} left {origin} (destination not reported)", who=who, origin=origin)
    if destination:
        return words.say(
            "{who} left a country not reported for {destination}",
            who=who,
            destination=destination,
        )
    return words.say("{who} left a country not reported (destination not reported)", who=who)


def _other_flow_sentence(fact: FactDraft, words: Words, who: str) -> str:
    # A metric curators added has a label, not a verb: its countries are named as the map
    # names them, so no case or preposition has to fit a word we do not know.
    unknown = words.say("country not reported")
    return words.say(
        "{who} — {metric}: {origin} → {destination}",
        who=who,
        metric=_e(metric_label(fact.metric, words)),
        origin=_country_html(words, fact.origin, None) if fact.origin else unknown,
        destination=(
            _country_html(words, fact.destination, None) if fact.destination else unknown
        ),
    )


def _entry(
    headline: str,
    fact: FactDraft,
    words: Words,
    note: str | None = None,
    stored_as: int | None = None,
) -> str:
    # A draft being previewed has no id yet, unless the store already holds the same fact.
    stored_as = fact.id if isinstance(fact, Fact) else stored_as
    label = (
        words.say("fact #{id}", id=stored_as) if stored_as is not None else words.say("new fact")
    )
    noted = f"\n<i>{_e(note)}</i>" if note else ""
    return (
        f"▪️ {headline}{noted}\n{_e(format_period(fact, words))} · {label}\n"
        f"{format_citation(fact.citation, words)}"
    )


def render_flow_entry(
    fact: FactDraft, words: Words, note: str | None = None, stored_as: int | None = None
) -> str:
    """One flow: figure, who moved where, an optional note, when, and its citation."""
    return _entry(_flow_sentence(fact, words), fact, words, note, stored_as)


def _claim_headline(fact: FactDraft, words: Words) -> str:
    label = _e(metric_label(fact.metric, words))
    if fact.figure is None:
        return f"{_e(fact.claim)} <i>({label})</i>"
    return f"{_figure_phrase(fact, words)} — {label}: {_e(fact.claim)}"


def metric_label(metric: str, words: Words) -> str:
    """What a metric is called in answers: "citizenship applications" (the vocabulary's data)."""
    return vocabulary().label(metric, words.language)


def source_kind_label(kind: SourceKind, words: Words) -> str:
    """What a source is, in a word: "person", "organisation", "outlet"."""
    match kind:
        case SourceKind.PERSON:
            return words.say_in("source kind", "person")
        case SourceKind.ORGANISATION:
            return words.say_in("source kind", "organisation")
        case SourceKind.OUTLET:
            return words.say_in("source kind", "outlet")


def render_headline(fact: FactDraft, words: Words) -> str:
    """A fact's one-line statement: who moved where for a flow, else its figure and claim."""
    if fact.metric in vocabulary().flows:
        return _flow_sentence(fact, words)
    return _claim_headline(fact, words)


def render_fact_entry(
    fact: FactDraft, words: Words, note: str | None = None, stored_as: int | None = None
) -> str:
    """Any fact, told by its claim (with its figure, when it has one), date and citation."""
    return _entry(_claim_headline(fact, words), fact, words, note, stored_as)


def render_entry(
    fact: FactDraft, words: Words, note: str | None = None, stored_as: int | None = None
) -> str:
    """A fact as /flows shows it: a flow by who moved where, anything else by its claim;
    ``stored_as`` the id of the stored fact a draft repeats."""
    if fact.metric in vocabulary().flows:
        return render_flow_entry(fact, words, note, stored_as)
    return render_fact_entry(fact, words, note, stored_as)


def visible_length(message: str) -> int:
    """The length Telegram counts: text after entity parsing, in UTF-16 code units."""
    text = html.unescape(_TAG.sub("", message))
    return len(text.encode("utf-16-le")) // 2


def paginate(
    header: str, blocks: Sequence[str], words: Words, *, limit: int = MESSAGE_LIMIT
) -> list[str]:
    """Join ``blocks`` under ``header`` into as few messages as fit, cutting only between blocks.

    Raises:
        ValueError: one block alone, with the header, is longer than ``limit``.
    """
    messages: list[str] = []
    current = header
    # Lengths add up: header and blocks are whole HTML (no tag or entity spans two), and the
    # blank line between them counts 2. Measuring each piece once keeps this linear.
    length = visible_length(header)
    continued = words.say("{heading} (continued)", heading=header)
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
