"""Where in its sentence a figure's words are: the part of the sentence it shares with no
other figure, the comma-bounded clause around it, and the date that goes with it."""

from __future__ import annotations

import re

from bot.ingest.figures import FoundFigure
from bot.ingest.periods import FoundDate

__all__ = ["clause", "nearest_date", "scope"]

# Words that end a figure's clause: the next figure has its own verb and its own countries.
_CLAUSE_BREAK = re.compile(
    r"[;,]\s*(?:and|while|but|а|и|но|і|й|та|але|ал|және)?\s+"
    r"|\s(?:and|while|whereas|а|и|і|та|ал|және|мен|бен|пен)\s"
)


def scope(text: str, counts: list[FoundFigure], position: int) -> tuple[int, int]:
    """The part of the sentence that belongs to the figure at ``position``: up to the clause
    break between it and its neighbours."""
    start, end = 0, len(text)
    if position > 0:
        between = text[counts[position - 1].end : counts[position].start]
        breaks = list(_CLAUSE_BREAK.finditer(between))
        cut = breaks[-1].start() if breaks else len(between) // 2
        start = counts[position - 1].end + cut
    if position + 1 < len(counts):
        between = text[counts[position].end : counts[position + 1].start]
        breaks = list(_CLAUSE_BREAK.finditer(between))
        cut = breaks[-1].start() if breaks else len(between) // 2
        end = counts[position].end + cut
    return start, end


def clause(text: str, figure: FoundFigure, start: int, end: int) -> tuple[int, int]:
    """The comma-bounded stretch of ``text`` around a figure, within [start, end)."""
    left = max(text.rfind(mark, start, figure.start) for mark in (*",;:—–(", ". ", "! ", "? "))
    right = [i for i in (text.find(mark, figure.end, end) for mark in (*",;:—–)", ". ")) if i >= 0]
    return max(start, left + 1), min([end, *right])


def nearest_date(
    dates: list[FoundDate], figure: FoundFigure, end: int, own: tuple[int, int] | None = None
) -> FoundDate | None:
    """The date that goes with a figure: one in its own clause ``own`` ("..., 17,600 of them
    in the past seven days"), else the last one before it, else the first after it within its
    part of the sentence (up to ``end``): "35,000 cross every day, and 1.2 million crossed in
    January" dates only the second."""
    if own is not None:
        inside = [d for d in dates if own[0] <= d.start and d.end <= own[1]]
        if inside:
            before_it = [d for d in inside if d.end <= figure.start]
            return before_it[-1] if before_it else inside[0]
    before = [d for d in dates if d.end <= figure.start]
    if before:
        return before[-1]
    after = [d for d in dates if d.start >= figure.end and d.start < end]
    return after[0] if after else None
