"""From an article to what a curator reviews: its document, its candidates as facts, and what
was left out, each candidate checked as every fact is and against the facts already stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError

from bot.ingest.candidates import Candidate, LeftOut
from bot.ingest.drafts import DocumentFields, candidate_data, candidate_draft, document_data
from bot.ingest.header import read_header
from bot.ingest.reading import read_article
from bot.language.text import detect_language, words
from storage.metrics import Vocabulary
from storage.models import FactDraft

__all__ = ["Proposal", "Proposed", "article_language", "propose"]


@dataclass(frozen=True)
class Proposed:
    """One candidate as a fact, with the JSON an export writes for it (evidence included)."""

    candidate: Candidate
    draft: FactDraft
    data: dict[str, Any]
    duplicate_of: int | None = None
    # Stored facts giving another figure for the same flow and period (another report): the
    # candidate stands beside them, never merged with them or added to them.
    beside: tuple[int, ...] = ()


@dataclass(frozen=True)
class Proposal:
    """What an article gives a curator to review."""

    language: str
    document: DocumentFields
    proposed: list[Proposed]
    left_out: list[LeftOut]

    def new(self) -> list[Proposed]:
        """The candidates the store does not hold yet."""
        return [item for item in self.proposed if item.duplicate_of is None]


def article_language(text: str) -> str:
    """The language an article is written in: en, ru, uk or kk.

    Each Cyrillic language is counted by the words with letters only it has; "і" is both
    Ukrainian and Kazakh, and one Kazakh name quoted in a Ukrainian text makes it no Kazakh.
    """
    sample = [word.folded for word in words(text[:5000])]
    language = detect_language(sample)
    if language == "en":
        return language
    scores = {
        name: sum(1 for word in sample if not letters.isdisjoint(word) or word in _OWN_WORDS[name])
        for name, letters in _OWN_LETTERS.items()
    }
    best = max(scores, key=lambda name: scores[name])
    if scores[best] > 0:
        return best
    # No letter of its own in any word: "і" says Ukrainian or Kazakh, and Kazakh has
    # letters of its own in any text longer than a line.
    return "uk" if any("і" in word for word in sample) else "ru"


# Letters each Cyrillic language has and the other two lack (Kazakh writes "ы" and "э" too).
_OWN_LETTERS = {
    "kk": frozenset("әғқңөұүһ"),
    "uk": frozenset("їєґ'"),
    "ru": frozenset("ъё"),
}
# Common words each writes and the other two do not.
_OWN_WORDS = {
    "kk": frozenset({"мен", "және", "бойынша", "деп", "туралы", "жылы", "мың", "адам", "ал"}),
    "uk": frozenset({"що", "та", "й", "і", "від", "які", "який", "це", "про", "із", "як",
                     "тисяч", "осіб", "року", "він", "вона", "вони", "також"}),
    "ru": frozenset({"что", "и", "из", "это", "как", "тысяч", "года", "году", "он", "она",
                     "они", "также", "который", "которые", "человек"}),
}  # fmt: skip


def _day(moment: date | datetime) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def propose(
    text: str,
    *,
    given: DocumentFields,
    language: str | None = None,
    metrics: Vocabulary | None = None,
) -> Proposal:
    """The candidates of ``text`` for the document its header and ``given`` describe.

    Raises:
        MissingFields: neither the text nor ``given`` says the publisher, title or date.
    """
    language = language or article_language(text)
    document = DocumentFields.of(read_header(text, language)).merged(given)
    data = document_data(document)
    assert document.published_at is not None  # noqa: S101 - document_data checked it
    reading = read_article(text, language, _day(document.published_at), metrics)
    proposed: list[Proposed] = []
    left_out = list(reading.left_out)
    for candidate in reading.candidates:
        try:
            draft = candidate_draft(candidate, data)
        except ValidationError:
            # A reading no fact can hold (a flow with no country): shown, never proposed.
            left_out.append(LeftOut(candidate.evidence, candidate.figure_text, "incomplete"))
            continue
        proposed.append(Proposed(candidate, draft, candidate_data(candidate, data)))
    return Proposal(language, document, proposed, left_out)
