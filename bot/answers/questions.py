"""What a question in a reader's own words answers: the facts that answer its reading, each
cited as /flows cites it, then the command that shows everything.

The same for a chat, inline mode and ``factbot ask``: ``question_answer`` reads the question
(``bot.language.questions``), asks the store for candidates, keeps those that answer
(``bot.answers.matching``) and renders them. What a reader typed is never logged; its reading
and the outcome are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

import pycountry
import structlog

from bot.answers.matching import Choice, choose, is_flow_question
from bot.language.countries import country_name
from bot.language.questions import Question, read_question
from bot.language.text import fold
from bot.language.topics import TOPICS
from bot.language.words import Words
from bot.logs import note_results
from bot.render.formatting import paginate, render_entry
from bot.render.questions import (
    render_group_note,
    render_heading,
    render_no_answer,
    render_pointer,
    render_see_also,
)
from storage import Fact, FactQuery, Store, vocabulary

__all__ = [
    "QUESTION_SHOWN",
    "QuestionFacts",
    "candidate_query",
    "question_answer",
    "question_facts",
]

log = structlog.get_logger(__name__)

# A question's answer states at most this many facts; the command at its end shows the rest.
QUESTION_SHOWN = 10
# Candidates read from the store for one question: the newest of its place, topic or words;
# as many as /flows reads (ten each way), so a question costs about what its /flows does.
_CANDIDATES = 2 * QUESTION_SHOWN


@dataclass(frozen=True)
class QuestionFacts:
    """A question's reading, the facts that answer it, and what went wrong when none do."""

    question: Question
    facts: list[Fact]
    outcome: str  # "answered", "no_match", "unknown_place", "pointer"
    reason: str | None = None
    missing: tuple[str, ...] = ()
    notes: dict[int, str] = field(default_factory=dict)


def candidate_query(question: Question, limit: int = _CANDIDATES) -> FactQuery:
    """The store query for a question's candidates: its place's index, flows only for a
    question of who moved where, and its period."""
    period = question.period
    query = FactQuery(limit=limit)
    if period is not None:
        query = replace(query, start=period.start, end=period.end, year_known=period.year_known)
    if is_flow_question(question):
        query = replace(query, metrics=vocabulary().flows)
    place = next((p for p in question.places if p.role in {"into", "from"}), None)
    if place is None and question.places:
        place = question.places[0]
    if place is None:
        # A day with no place: every flow of that day, citizenship sorted out in matching
        # (fact #4's "people" may include the Russians asked about).
        naming = None if question.period is not None else question.citizenship
        return replace(query, naming=naming)
    if not question.both_directions and query.metrics:
        into = place.role == "into" or (place.role is None and question.direction == "into")
        out = place.role == "from" or (place.role is None and question.direction == "out")
        if into and not out:
            return replace(query, destination=place.code)
        if out and not into:
            return replace(query, origin=place.code)
    return replace(query, naming=place.code)


async def _topic_candidates(store: Store, question: Question, limit: int) -> list[Fact]:
    topics = [TOPICS[name] for name in question.required_topics]
    stems = [stem for topic in topics for stem in topic.stems if " " not in stem]
    found = await store.search_any([stems], limit=limit) if stems else []
    metrics = frozenset(metric for topic in topics for metric in topic.metrics)
    if metrics:
        found += await store.find_facts(FactQuery(metrics=metrics, limit=limit))
    return found


# A word names a source when it begins a word of the source's name, and such words make up
# at least half the name: "Akhmetzhanov" names "Marat Akhmetzhanov"; "ministry" alone does not
# name the "Ministry of Internal Affairs of Kazakhstan".
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")
_SOURCE_TERM = 4
# Sources a question can name at once ("Anna Petrova" may be several people).
_SOURCES_NAMED = 5


async def _named_sources(store: Store, question: Question) -> dict[int, str]:
    """The sources the question names, by id: "Ахметжанов" → Marat Akhmetzhanov."""
    hit: dict[tuple[int, str], set[str]] = {}
    name_words: dict[str, list[str]] = {}
    for terms in question.search_terms:
        for term in dict.fromkeys(terms[:3] + terms[-1:]):
            if len(term) < _SOURCE_TERM or not term.isalpha():
                continue
            for source in await store.sources_named(term, limit=_SOURCES_NAMED):
                words = name_words.setdefault(source[1], _NAME_WORD.findall(fold(source[1])))
                hit.setdefault(source, set()).update(w for w in words if w.startswith(term))
    return {
        source_id: name
        for (source_id, name), found in hit.items()
        if found and 2 * len(found) >= len(name_words[name])
    }


async def _source_candidates(store: Store, sources: dict[int, str], limit: int) -> list[Fact]:
    found: list[Fact] = []
    for source_id in sources:
        found += await store.facts_by_source(source_id, limit=limit)
    return found


def _figure_terms(question: Question) -> list[list[str]]:
    # Claims write figures as "441" or "200,000": the search index reads the latter as the
    # words "200" and "000", a phrase.
    return [[f"{figure:,}".replace(",", " ")] for figure in question.figures]


async def _word_candidates(store: Store, question: Question, limit: int) -> list[Fact]:
    groups = [list(terms) for terms in question.search_terms] + _figure_terms(question)
    found = await store.search_any(groups, limit=limit)
    if found or len(groups) < 3:
        return found
    # One word the facts do not hold (a typo, a filler) need not sink the rest.
    for left_out in range(len(groups)):
        found = await store.search_any(groups[:left_out] + groups[left_out + 1 :], limit=limit)
        if found:
            return found
    return []


async def question_facts(store: Store, text: str, *, limit: int = _CANDIDATES) -> QuestionFacts:
    """Read ``text`` and find the facts that answer it, best first.

    Args:
        store: the fact store.
        text: the question, as typed.
        limit: candidates read for each part of the reading (inline mode offers 50).
    """
    question = read_question(text)
    sources = await _named_sources(store, question) if question.search_terms else {}
    codes = [place.code for place in question.places]
    if question.citizenship:
        codes.append(question.citizenship)
    if codes:
        known = set(await store.countries_with_facts(codes))
        missing = tuple(code for code in dict.fromkeys(codes) if code not in known)
        if missing:
            return QuestionFacts(question, [], "unknown_place", missing=missing)
    if sources:
        candidates = await _source_candidates(store, sources, limit)
    elif question.places or question.citizenship:
        candidates = await store.find_facts(candidate_query(question, limit))
        if question.required_topics:
            candidates += await _topic_candidates(store, question, limit)
    elif question.required_topics:
        candidates = await _topic_candidates(store, question, limit)
    elif question.words or question.figures:
        candidates = await _word_candidates(store, question, limit)
    elif is_flow_question(question):
        candidates = await store.find_facts(candidate_query(question, limit))
    else:
        return QuestionFacts(question, [], "pointer")
    choice: Choice = choose(candidates, question, frozenset(sources.values()))
    if not choice.facts and _only_places(question):
        # "Georgia?": no flows, so the other facts that name it, as /flows shows them.
        code = question.places[0].code
        named = await store.find_facts(FactQuery(naming=code, limit=limit))
        choice = Choice(named)
    outcome = "answered" if choice.facts else "no_match"
    return QuestionFacts(question, choice.facts, outcome, choice.reason, notes=choice.notes)


def _only_places(question: Question) -> bool:
    return bool(question.places) and not (
        question.direction or question.both_directions or question.how_many or question.topics
        or question.period or question.words or question.citizenship or question.flow
    )  # fmt: skip


def _reason(question: Question) -> str | None:
    """Why a question the store read no candidates for goes unanswered."""
    return "direction" if is_flow_question(question) and question.places else None


def _everything_command(question: Question, facts: list[Fact]) -> str:
    code = question.places[0].code if question.places else None
    if code is None and facts:
        fact = facts[0]
        code = fact.destination or fact.origin or fact.citizenship
    if code is None:
        return "/help"
    return f"/flows {country_name(code).lower()}"


@cache
def _all_codes() -> tuple[str, ...]:
    return tuple(country.alpha_3 for country in pycountry.countries)


async def _holdings(store: Store) -> list[str]:
    return await store.countries_with_facts(_all_codes())


async def question_answer(store: Store, text: str, words: Words) -> list[str]:
    """Answer a question in the reader's own words with cited facts, or say honestly why not."""
    found = await question_facts(store, text)
    question = found.question
    note_results(len(found.facts))
    log.info(
        "question_answered",
        outcome=found.outcome,
        reason=found.reason,
        hits=len(found.facts),
        **question.reading(),
    )
    if found.outcome == "pointer":
        return [render_pointer(words, greeting=question.greeting)]
    if not found.facts:
        place = question.places[0].code if question.places else None
        return [
            render_no_answer(
                list(found.missing),
                found.reason or _reason(question),
                await _holdings(store),
                words,
                place,
            )
        ]
    shown = found.facts[:QUESTION_SHOWN]
    blocks = []
    for fact in shown:
        note = found.notes.get(fact.id)
        if note:
            blocks.append(render_group_note(note, words))
        blocks.append(render_entry(fact, words))
    blocks.append(
        render_see_also(_everything_command(question, shown), len(found.facts) - len(shown), words)
    )
    return paginate(render_heading(len(shown), words), blocks, words)
