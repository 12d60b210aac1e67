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
    """The language an article is written in: en, ru, uk or kk."""
    sample = [word.folded for word in words(text[:5000])]
    kazakh = sum(1 for word in sample if any(letter in "әғқңөұүһі" for letter in word))
    return detect_language(sample, kazakh)


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
