"""Candidates as facts: the document they share, and each candidate as the JSON an export writes.

A candidate becomes a ``FactDraft`` only through the same validation every fact passes; its
claim and quote are its sentence, word for word, so nothing is put in a source's mouth.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from bot.ingest.attribution import Speaker
from bot.ingest.candidates import Candidate
from bot.ingest.header import Header
from bot.language.text import fold
from storage.models import FactDraft
from storage.words import Phrase, say

__all__ = ["DocumentFields", "MissingFields", "candidate_data", "candidate_draft", "document_data"]

_CLAIM, _QUOTE = 300, 1000
# A line's label is the article's furniture, not the source's words: "Quote from
# Akhmetzhanov:", "Details:", "Пряма мова речника …:", "Деталі:".
_LABEL = re.compile(
    r"^(?:Quote from|Quote|Details|Цитата|Пряма мова|Прямая речь|Деталі|Подробности|Детали|"
    r"Толығырақ)\b[^:\n]{0,80}:\s+"
)


@dataclass(frozen=True)
class DocumentFields:
    """What is known of the article's document: read from the text, or given by a person."""

    publisher: str | None = None
    title: str | None = None
    author: str | None = None
    published_at: date | datetime | None = None
    url: str | None = None

    @classmethod
    def of(cls, header: Header) -> DocumentFields:
        """What a header read from the text or a page's meta tags says."""
        return cls(
            publisher=header.publisher,
            title=header.title,
            author=header.author,
            published_at=header.published_at,
            url=header.url,
        )

    def merged(self, given: DocumentFields) -> DocumentFields:
        """These fields, each replaced by ``given``'s where it has one."""
        return DocumentFields(
            publisher=given.publisher or self.publisher,
            title=given.title or self.title,
            author=given.author or self.author,
            published_at=given.published_at or self.published_at,
            url=given.url or self.url,
        )

    def missing(self) -> list[str]:
        """The fields a fact cannot do without that are not known."""
        required = {
            "publisher": self.publisher,
            "title": self.title,
            "published_at": self.published_at,
        }
        return [name for name, value in required.items() if not value]


class MissingFields(ValueError):
    """The document lacks fields every fact needs; ``phrase`` names them."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self.phrase: Phrase = say(
            "The text does not say its {fields}; give them.", fields=", ".join(names)
        )
        super().__init__(str(self.phrase))


def document_data(document: DocumentFields) -> dict[str, Any]:
    """The document as an export writes it.

    Raises:
        MissingFields: the publisher, title or publication date is not known.
    """
    missing = document.missing()
    if missing:
        raise MissingFields(missing)
    assert document.published_at is not None  # noqa: S101 - missing() checked it
    data: dict[str, Any] = {
        "publisher": document.publisher,
        "title": _cut(document.title or "", _CLAIM),
        "published_at": document.published_at.isoformat(),
    }
    if document.author:
        data["author"] = document.author
    if document.url:
        data["url"] = document.url
    return data


# What an outlet is called beside its name ("газета «Политика»", "the Kazakh outlet Zakon.kz"),
# and the quotation marks around it: the name is what is left.
_OUTLET_WORDS = re.compile(
    # A capitalised Cyrillic word before the kind's makes the kind part of the name: "Новая
    # газета Европа", "Российская газета".
    r"^(?:the\s+)?(?:(?!(?-i:[А-ЯЁІЇЄҐ]))[\w-]+\s+)?(?:outlet|newspaper|agency|news agency|"
    r"broadcaster|"
    r"газета|издание|агентство|телеканал|портал|видання|агенція|телеканал|басылым|"
    # The name after the word for the outlet starts with a capital, whatever the case of
    # the word itself: "the News Agency of Nigeria" is no "agency" called "of Nigeria".
    r"агенттігі|газеті)\s+(?=(?-i:[«\"“A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ]))",
    re.IGNORECASE,
)
_QUOTES = "«»“”„\"'"


def _name(speaker: Speaker) -> str:
    name = speaker.name
    if speaker.kind == "outlet":
        name = _OUTLET_WORDS.sub("", name)
    inner = name[1:-1]
    if (
        len(name) > 2
        and name[0] in _QUOTES
        and name[-1] in _QUOTES
        and not set(inner) & set(_QUOTES)
    ):
        # «Бахтар» is Бахтар; правозащитный центр «Вясна» keeps its marks.
        return inner.strip() or speaker.name
    return name


def _speaker(speaker: Speaker | None) -> dict[str, Any] | None:
    if speaker is None:
        return None
    data: dict[str, Any] = {"name": _cut(_name(speaker), 200), "kind": speaker.kind}
    # A post that speaks unnamed ("Niger's interior minister") is its own description: said
    # once, not "Niger's interior minister, Niger's interior minister".
    if speaker.description and fold(speaker.description) != fold(data["name"]):
        data["description"] = _cut(speaker.description, _CLAIM)
    return data


def _cut(text: str, limit: int) -> str:
    """``text`` within ``limit`` characters, cut between words."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def candidate_data(candidate: Candidate, document: dict[str, Any]) -> dict[str, Any]:
    """One candidate in the shape ``factbot export --format json`` writes, with its evidence."""
    figure: dict[str, Any] = {
        "qualifier": candidate.figure.qualifier.value,
        "value": candidate.figure.value,
    }
    if candidate.figure.high is not None:
        figure["high"] = candidate.figure.high
    counted = candidate.counted + (" per day" if candidate.per_day else "")
    data: dict[str, Any] = {"metric": candidate.metric, "counted": _cut(counted, 80)}
    for name in ("origin", "destination", "citizenship"):
        if getattr(candidate, name) is not None:
            data[name] = getattr(candidate, name)
    data["figure"] = figure
    for name in ("period_start", "period_end", "as_of"):
        value = getattr(candidate, name)
        if value is not None:
            data[name] = value.isoformat()
    sentence = candidate.evidence.sentence
    citation: dict[str, Any] = {}
    publisher = fold(str(document.get("publisher") or ""))
    for role in ("attributed_to", "carried_by"):
        speaker = _speaker(getattr(candidate, role))
        if role == "carried_by" and speaker is not None and _is_publisher(speaker, publisher):
            # The article's own outlet publishes it; it carries no one else's statement.
            speaker = None
        if speaker is not None:
            citation[role] = speaker
    citation["document"] = document
    said = _LABEL.sub("", sentence, count=1) or sentence
    data |= {"claim": _cut(said, _CLAIM), "quote": _cut(said, _QUOTE)}
    data["citation"] = citation
    data["evidence"] = {
        "sentence": sentence,
        "start": candidate.evidence.start,
        "end": candidate.evidence.end,
    }
    return data


def _is_publisher(speaker: dict[str, Any], publisher: str) -> bool:
    """Whether the outlet is the publisher, by its name or by its short name: "told the
    Chronicle" in the Calabar Chronicle was told to this paper."""
    name = _THE.sub("", fold(speaker["name"]))
    if not name:
        return False
    if name == publisher or f" {_THE.sub('', publisher)}".endswith(f" {name}"):
        return True
    # "«Балканському віснику» розповіли" in «Балканський вісник»: the paper's name in another
    # case, each word the same but for its ending.
    told, own = name.split(), publisher.split()
    return len(told) == len(own) and all(
        _same_but_ending(one, other) for one, other in zip(told, own, strict=True)
    )


def _same_but_ending(one: str, other: str) -> bool:
    shared = next(
        (at for at, (mine, theirs) in enumerate(zip(one, other, strict=False)) if mine != theirs),
        min(len(one), len(other)),
    )
    return shared >= 3 and shared >= min(len(one), len(other)) - 3


_THE = re.compile(r"^the\s+")


def candidate_draft(candidate: Candidate, document: dict[str, Any]) -> FactDraft:
    """The candidate as a fact, validated as every fact is.

    Raises:
        pydantic.ValidationError: the candidate breaks a rule of facts.
    """
    data = candidate_data(candidate, document)
    del data["evidence"]
    return FactDraft.model_validate(data)
