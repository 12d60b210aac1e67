"""Reading short texts in the tests of /ingest: a text under a headline, and who said and who
carried a candidate it gives."""

from __future__ import annotations

from datetime import date

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
