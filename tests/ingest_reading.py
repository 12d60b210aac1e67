"""Reading short texts in the tests of /ingest: a text under a headline, who said and who
carried a candidate it gives, and a story and a headline to put header lines between."""

from __future__ import annotations

from datetime import date, datetime

from bot.ingest.header import Header, read_header
from bot.ingest.reading import Candidate, Reading, read_article


def under_a_headline(language: str, published: date, text: str) -> Reading:
    """``text`` read as an article's body, a placeholder headline above it."""
    return read_article("Headline\n\n" + text, language, published)


def read_candidates(language: str, published: date, text: str) -> tuple[Candidate, ...]:
    """The candidate facts of ``text`` read under a headline."""
    return under_a_headline(language, published, text).candidates


def said_and_carried(candidate: Candidate) -> tuple[str | None, str | None]:
    """Who said a candidate's figure and which outlet carried it, by name."""
    said = candidate.attributed_to.name if candidate.attributed_to else None
    carried = candidate.carried_by.name if candidate.carried_by else None
    return said, carried


def periods(reading: Reading) -> list[tuple[date | None, date | None]]:
    """The period each candidate of a reading gives, its first and last day."""
    return [(c.period_start, c.period_end) for c in reading.candidates]


# A story and a headline in each language, around the header lines the header tests read.
STORY = {
    "en": "Border guards said more than 5,000 people crossed the border on Monday, according "
    "to the ministry.",
    "ru": "Более 5 тысяч человек пересекли границу в понедельник, сообщили в министерстве.",
    "uk": "Понад 5 тисяч людей перетнули кордон у понеділок, повідомили в міністерстві.",
    "kk": "Дүйсенбі күні шекарадан 5 мыңнан астам адам өтті, деп хабарлады министрлік.",
}
HEADLINE = {
    "en": "Thousands cross the border after the announcement",
    "ru": "Тысячи пересекли границу после объявления",
    "uk": "Тисячі перетнули кордон після оголошення",
    "kk": "Хабарламадан кейін мыңдаған адам шекарадан өтті",
}


def header_between(language: str, lines: str) -> Header:
    """The document header read from ``lines`` between a headline and a story."""
    return read_header(f"{HEADLINE[language]}\n\n{lines}\n\n{STORY[language]}", language)


def header_fields(
    language: str, lines: str
) -> tuple[str | None, date | datetime | None, str | None]:
    """The publisher, publication date and author read from ``lines`` between a headline and
    a story."""
    header = header_between(language, lines)
    return header.publisher, header.published_at, header.author
