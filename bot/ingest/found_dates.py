"""What reading a date gives (``FoundDate``), and which readings stand where two overlap.

Both readers, ``bot.ingest.written_dates`` and ``bot.ingest.named_periods``, give
``FoundDate``s; ``bot.ingest.periods`` keeps the longest of those that overlap, as
``written_dates`` does with the days and months it reads.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from typing import Protocol, TypeVar

__all__ = ["FoundDate", "apart"]


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date or period the text names, resolved against a reference date."""

    start: int  # offsets of the expression in the text
    end: int
    period_start: date | None
    period_end: date | None
    as_of: date | None
    # "day", "since", "range", "month", "year", "relative" (yesterday, last week), "duration"
    # (in a week, the past two weeks)
    kind: str
    # Resolved from the reference date (yesterday, last week, in a week...): the lead re-resolves
    # these against a report date when the sentence gives one.
    relative: bool


class _Spans(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_Spanned = TypeVar("_Spanned", bound=_Spans)


def apart(found: list[_Spanned]) -> list[_Spanned]:
    """The longest readings that do not overlap ("the last week" over "last week"), in order."""
    starts: list[int] = []  # of those kept, which never overlap one another
    kept: list[_Spanned] = []
    for item in sorted(found, key=lambda item: (item.start - item.end, item.start)):
        index = bisect_right(starts, item.start)
        if index and kept[index - 1].end > item.start:
            continue
        if index < len(kept) and kept[index].start < item.end:
            continue
        starts.insert(index, item.start)
        kept.insert(index, item)
    return kept
