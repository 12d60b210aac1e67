"""Which facts answer a question's reading, best first: pure, on facts already read.

The store narrows by place, metric and period; this decides, fact by fact, whether it answers
(the right direction, citizenship, day, topic) and in what order: exact matches first, then
the topic's and the question's own words, then the newest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from bot.language.dates import AskedPeriod
from bot.language.questions import Question
from bot.language.text import fold
from bot.language.topics import TOPICS
from storage import Direction, Fact, vocabulary

__all__ = ["Choice", "choose", "is_flow_question"]

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Choice:
    """The facts that answer, best first, and why none did when there are none."""

    facts: list[Fact]
    # "source", "period", "citizenship", "topic", "direction" or "words"
    reason: str | None = None
    # Fact id → why it follows the better matches before it ("overlap": its period only
    # includes the one asked about; "any_citizenship": it does not say whose citizens).
    notes: dict[int, str] = field(default_factory=dict)


def is_flow_question(question: Question) -> bool:
    """Whether the question asks who moved where (rather than about a topic)."""
    if question.required_topics:
        return False
    return bool(
        question.direction or question.both_directions or question.flow or question.how_many
        or question.places or question.citizenship or question.period
    )  # fmt: skip


# A fact's words by the texts they are read from: the same facts answer question after question.
# Keyed by the texts, not the fact's id and version: another store (a test's, a restored one)
# has another fact under the same id and version.
_TEXTS: dict[tuple[str, ...], tuple[str, tuple[str, ...]]] = {}
_TEXTS_KEPT = 4096


def _text(fact: Fact, *, own: bool = False) -> tuple[str, tuple[str, ...]]:
    """The fact's words: all of them, or (``own``) only its claim and what it counts.

    A quote often names more than its fact ("tickets to Istanbul and Yerevan" behind the
    Istanbul fact), so the fact's own words decide between facts that share a quote.
    """
    parts = _parts(fact, own=own)
    found = _TEXTS.get(parts)
    if found is None:
        if len(_TEXTS) >= _TEXTS_KEPT:
            _TEXTS.clear()
        text = fold(" ".join(parts))
        found = _TEXTS[parts] = (text, tuple(_WORD.findall(text)))
    return found


def _parts(fact: Fact, *, own: bool) -> tuple[str, ...]:
    citation = fact.citation
    parts = [fact.claim, fact.counted]
    if not own:
        parts += [fact.quote, citation.document.publisher]
        parts += [s.name for s in (citation.attributed_to, citation.carried_by) if s]
    return tuple(parts)


def _holds(fact: Fact, terms: tuple[str, ...], *, own: bool = False) -> bool:
    text, words = _text(fact, own=own)
    for term in terms:
        if " " in term:
            if term in text:
                return True
        elif any(word.startswith(term) for word in words):
            return True
    return False


def _topic_hits(fact: Fact, names: tuple[str, ...], *, own: bool = False) -> int:
    hits = 0
    for name in names:
        topic = TOPICS[name]
        if fact.metric in topic.metrics or _holds(fact, topic.stems, own=own):
            hits += 1
    return hits


def _span(fact: Fact) -> tuple[date, date]:
    start = fact.period_start or fact.as_of
    end = fact.period_end or fact.as_of or fact.period_start
    # A fact always has a date (the models enforce it).
    assert start is not None  # noqa: S101
    assert end is not None  # noqa: S101
    return start, end


def _in_year(day: date, year: int) -> date:
    # 29 February of a year with none is its 28th.
    return (
        day.replace(year=year, day=min(day.day, 28)) if day.month == 2 else day.replace(year=year)
    )


def _anchored(asked: AskedPeriod, year: int) -> tuple[date, date | None]:
    """The asked period in ``year`` when the question named no year ("3 October")."""
    if asked.year_known:
        return asked.start, asked.end
    start = _in_year(asked.start, year)
    if asked.end is None:
        return start, None
    return start, _in_year(asked.end, year + asked.end.year - asked.start.year)


_WITHIN = 2


def _period_match(asked: AskedPeriod | None, fact: Fact) -> int:
    """2: the fact's period lies within the asked one; 1: they overlap; 0: they do not."""
    if asked is None:
        return 1
    fact_start, fact_end = _span(fact)
    start, end = _anchored(asked, fact_start.year)
    if end is None:  # "since 21 September"
        if fact_start >= start:
            return 2
        return 1 if fact_end >= start else 0
    if start <= fact_start and fact_end <= end:
        return 2
    return 1 if fact_start <= end and start <= fact_end else 0


def _direction_ok(fact: Fact, question: Question) -> bool:
    if question.places:
        # "from Russia to Kazakhstan": the roles say it all; a place named with no role
        # beside them only has to be named by the fact.
        explicit = any(place.role in {"into", "from"} for place in question.places)
        for place in question.places:
            role = None if question.both_directions else place.role
            if explicit and role in {None, "in"}:
                ok = place.code in (fact.origin, fact.destination, fact.citizenship)
            elif role == "into" or (role in {None, "in"} and question.direction == "into"):
                ok = fact.destination == place.code
            elif role == "from" or (role in {None, "in"} and question.direction == "out"):
                ok = fact.origin == place.code
            else:
                ok = place.code in (fact.origin, fact.destination, fact.citizenship)
            if not ok:
                return False
        return True
    if question.direction == "into":
        return vocabulary().direction(fact.metric) is Direction.INTO
    if question.direction == "out":
        return vocabulary().direction(fact.metric) is Direction.OUT
    return True


def _names_places(fact: Fact, question: Question) -> bool:
    named = {fact.origin, fact.destination, fact.citizenship}
    return all(place.code in named for place in question.places)


def _citizenship(fact: Fact, question: Question) -> int:
    if question.citizenship is None or fact.citizenship == question.citizenship:
        return 2
    return 1 if fact.citizenship is None else 0


def _span_fit(fact: Fact, days: int | None) -> int:
    if days is None:
        return 0
    start, end = _span(fact)
    return 1 if abs((end - start).days + 1 - days) <= 2 else 0


def _figure_fit(fact: Fact, figures: tuple[int, ...]) -> int:
    if fact.figure is None or not figures:
        return 0
    value = fact.figure.value
    return 1 if any(abs(value - figure) <= figure * 0.05 for figure in figures) else 0


def _carries_orphans(question: Question, sources: frozenset[str]) -> bool:
    """Whether the reading is strong enough to answer with words in it no fact holds.

    "how many Russians entered Kazakhstan in total" has a count, a movement and a place:
    "total" needs no fact of its own. "what did Tokayev say about refugees from Russia" asks
    what someone said; if no fact holds that someone, nothing answers it. "Do Russians need
    a visa for Kazakhstan" names a place, not a movement: "visa" must be in the facts.
    """
    moving = question.direction or question.both_directions or question.flow
    checking = question.figures and question.places  # "is it true 200k fled to Kazakhstan"
    return bool(question.how_many or question.required_topics or moving or sources or checking)


def _from_sources(fact: Fact, sources: frozenset[str]) -> bool:
    citation = fact.citation
    names = {citation.document.publisher}
    names |= {s.name for s in (citation.attributed_to, citation.carried_by) if s}
    return bool(names & sources)


def choose(facts: list[Fact], question: Question, sources: frozenset[str] = frozenset()) -> Choice:
    """The facts among ``facts`` that answer ``question``, best first.

    Args:
        facts: candidates the store found for the question's places, topic or words.
        question: the reading.
        sources: the names of the sources the question names ("Akhmetzhanov"): only facts
            they said, carried or published answer it.
    """
    flow = is_flow_question(question) and not (sources and not question.flow)
    required = question.required_topics
    if sources:
        # "Akhmetzhanov's statements since the mobilisation": the source is the subject.
        required = tuple(name for name in required if not TOPICS[name].context)
    kept: list[tuple[tuple[int, ...], Fact]] = []
    reasons: set[str] = set()
    for fact in {fact.id: fact for fact in facts}.values():
        if not _names_places(fact, question):
            continue
        if sources and not _from_sources(fact, sources):
            reasons.add("source")
            continue
        if flow and (fact.metric not in vocabulary().flows or not _direction_ok(fact, question)):
            reasons.add("direction")
            continue
        citizenship = _citizenship(fact, question)
        if citizenship == 0:
            reasons.add("citizenship")
            continue
        period = _period_match(question.period, fact)
        if period == 0:
            reasons.add("period")
            continue
        topic_hits = _topic_hits(fact, required)
        if required and not topic_hits:
            reasons.add("topic")
            continue
        # A topic of its own (citizenship, extradition) outweighs one of context (the border).
        topic_hits = _topic_hits(fact, tuple(n for n in required if not TOPICS[n].context))
        others = tuple(name for name in question.topics if name not in required)
        context = _topic_hits(fact, others, own=True)
        own = sum(1 for terms in question.search_terms if _holds(fact, terms, own=True))
        words = sum(1 for terms in question.search_terms if _holds(fact, terms))
        own_topics = _topic_hits(fact, required, own=True)
        key = (
            -period, -citizenship, -topic_hits, -own_topics, -_figure_fit(fact, question.figures),
            -_span_fit(fact, question.span_days), -context, -own, -words,
            -fact.sort_date.toordinal(), fact.id,
        )  # fmt: skip
        kept.append((key, fact))
    kept.sort(key=lambda item: item[0])
    if question.period is not None and kept and kept[0][0][0] != -_WITHIN:
        # No figure is for the day or period asked about; one for a longer period that
        # includes it would answer another question.
        return Choice([], "period")
    if (
        question.figures
        and not question.places
        and any(_figure_fit(fact, question.figures) for _, fact in kept)
    ):
        # "Who said 200,000?": the figure is all it asks about, and the facts holding it answer
        # it; the rest are noise. A question naming a place ("is it true 200k came to
        # Kazakhstan?") is answered with every flow there, the figure's first.
        kept = [(key, fact) for key, fact in kept if _figure_fit(fact, question.figures)]
    chosen = [fact for _, fact in kept]
    notes = _group_notes(kept, question)
    orphans = [
        number
        for number, terms in enumerate(question.search_terms)
        if not any(_holds(f, terms) for f in chosen)
    ]
    if chosen and orphans and not _carries_orphans(question, sources):
        return Choice([], "words")
    if chosen and question.speech and not sources and any(question.names[n] for n in orphans):
        # "What did Tokayev say ...": nobody the facts quote or mention by that name.
        return Choice([], "source")
    if not chosen:
        order = ("source", "period", "citizenship", "topic", "direction")
        return Choice([], next((reason for reason in order if reason in reasons), None))
    return Choice(chosen, notes=notes)


def _group_notes(kept: list[tuple[tuple[int, ...], Fact]], question: Question) -> dict[int, str]:
    """A note on the first fact of each weaker group, after the facts that match exactly."""
    notes: dict[int, str] = {}
    if not kept:
        return notes
    best_period, best_citizenship = kept[0][0][0], kept[0][0][1]
    for (period, citizenship, *_), fact in kept:
        if (
            question.period is not None
            and period > best_period
            and "overlap" not in notes.values()
        ):
            notes[fact.id] = "overlap"
        elif (
            question.citizenship
            and citizenship > best_citizenship
            and ("any_citizenship" not in notes.values())
        ):
            notes[fact.id] = "any_citizenship"
    return notes
