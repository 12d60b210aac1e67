"""What reading an article gives: candidate facts, each with the sentence it came from, and the
figures left out with the reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.ingest.attribution import Speaker
from storage.models import Figure

__all__ = ["Candidate", "Evidence", "LeftOut", "Reading"]


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence a candidate came from, and where it is in the article."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Candidate:
    """A figure proposed as a fact, everything read from the article."""

    metric: str
    counted: str
    origin: str | None
    destination: str | None
    citizenship: str | None
    figure: Figure
    period_start: date | None
    period_end: date | None
    as_of: date | None
    attributed_to: Speaker | None
    carried_by: Speaker | None
    evidence: Evidence
    figure_text: str  # the figure as the text writes it
    per_day: bool
    quoted: bool
    headline: bool
    # Its sentence says its people came from several countries ("returned from Iran and
    # Pakistan"): no one origin, and none for the article to fill in.
    from_several: bool = False


@dataclass(frozen=True)
class LeftOut:
    """A figure read and not proposed, and why: "denied", "percent", "money", "measure",
    "stock", "dead" (the dead or missing), "forecast" (expected, planned or possible, not
    yet happened), "difference" (by how much two counts differ), "within" (a move inside one
    country), "background" or "repeat"."""

    evidence: Evidence
    figure_text: str
    reason: str


@dataclass(frozen=True)
class Reading:
    """What an article gives: candidates in article order, and the figures left out."""

    candidates: tuple[Candidate, ...]
    left_out: tuple[LeftOut, ...]
