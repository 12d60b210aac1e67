"""A figure counted over a fiscal year, moved to the months of the state that counted it.

The text's reading gives a fiscal year named by two years ("2023-24") July to June and one
named by one year ("fiscal year 2024") the calendar's (``bot.ingest.fiscal_years``); once the
figure's countries are known, the state whose year it is says which months: "removed 271,484
people in fiscal year 2024" from the United States is October 2023 to September 2024.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.ingest.candidates import Candidate
from bot.ingest.fiscal_years import fiscal_labels, fiscal_period, keeps_its_own_year
from bot.ingest.periods import fold_for_dates
from storage.metrics import Direction, Vocabulary

__all__ = ["in_its_fiscal_year"]


def in_its_fiscal_year(candidate: Candidate, metrics: Vocabulary) -> Candidate:
    """``candidate`` with its period the counting state's fiscal year, when its sentence
    names one by its years and the period read is that year taken as no state's (or the year
    before it: "down from 17,200 the year before")."""
    labels = fiscal_labels(fold_for_dates(candidate.evidence.sentence))
    if not labels or candidate.period_start is None or candidate.period_end is None:
        return candidate
    # Who counts: the state people left or were sent from, else the one they came to.
    outward = metrics.direction(candidate.metric) is Direction.OUT or candidate.metric in {
        "deported",
        "exit_refused",
    }
    sides = (candidate.origin, candidate.destination)
    state = next((s for s in (sides if outward else sides[::-1]) if keeps_its_own_year(s)), None)
    if state is None:
        return candidate
    for label in labels:
        read, own = fiscal_period(label, None), fiscal_period(label, state)
        if read is None or own is None:
            continue
        for years in (0, 1):
            if (candidate.period_start, candidate.period_end) == _back(read, years):
                start, end = _back(own, years)
                return replace(candidate, period_start=start, period_end=end)
    return candidate


def _back(period: tuple[date, date], years: int) -> tuple[date, date]:
    start, end = period
    return start.replace(year=start.year - years), end.replace(year=end.year - years)
