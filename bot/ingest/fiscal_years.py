"""Fiscal years: "the 2023-24 financial year", "fiscal year 2024", "FY2024", "в 2024/25
финансовом году", "у 2023/24 фінансовому році", "2024 қаржы жылында", and the year "which
ended March 31" ("завершившемся 30 июня", "що завершився 30 вересня").

A fiscal year is twelve months that start in a month of its state's own: October in the United
States (whose "fiscal year 2024" began on 1 October 2023), July in Australia and New Zealand,
April in Britain, Canada, India, Japan and South Africa. The words alone do not say whose year
it is, so the text's reading (``bot.ingest.periods``) gives a year named by two years ("2023-24")
July to June and one named by one year the calendar's; once a figure's countries are known,
``in_its_fiscal_year`` moves its period to the months of the state that counted it. A year
whose end the text gives is the twelve months to that day, whoever's it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = [
    "ENDED",
    "FISCAL_WORDS",
    "FiscalLabel",
    "fiscal_labels",
    "fiscal_period",
    "keeps_its_own_year",
    "year_to",
]


@dataclass(frozen=True, slots=True)
class _Year:
    """When a state's fiscal year starts, and whether one year names it by its end ("FY2024"
    is October 2023 to September 2024 in the United States) or by its start (April 2024 to
    March 2025 in Japan)."""

    month: int
    named_by_end: bool


# States whose fiscal year is not the calendar's, by ISO code.
_YEARS: dict[str, _Year] = {
    **dict.fromkeys(("USA", "FSM", "MHL", "PLW", "THA", "HTI"), _Year(10, named_by_end=True)),
    **dict.fromkeys(
        ("AUS", "NZL", "PAK", "EGY", "KEN", "UGA", "TZA", "BGD"), _Year(7, named_by_end=True)
    ),
    **dict.fromkeys(
        ("GBR", "CAN", "IND", "JPN", "ZAF", "HKG", "SGP"), _Year(4, named_by_end=False)
    ),
}
# A year named by two ("2023-24") of a state the text does not tell: July to June.
_TWO_YEARS_UNKNOWN = _Year(7, named_by_end=True)

# The words, in the folded text (Kazakh and Ukrainian letters as a Russian keyboard types
# them: "каржы", "фінансовий рік" as "финансовий рик").
FISCAL_WORDS = (
    r"(?:fiscal|financial|budget)\s+year|(?:финансов|бюджетн)\w*\s+(?:год|рик|роц|рок)\w*"
    r"|каржы\s+жыл\w*"
)


def _label(way: str) -> str:
    """The years naming a fiscal year ("2023-24", "2024"), in groups named after ``way``
    (one pattern may hold a group's name once)."""
    return (
        rf"(?P<{way}_first>(?:19|20)\d\d)"
        rf"(?:\s*[-–—/]\s*(?P<{way}_second>(?:19|20)?\d\d))?"
    )


# "the 2023-24 financial year", "fiscal year 2024", "FY2024".
_LABELLED = re.compile(
    rf"(?<![\w-]){_label('before')}\s+(?:{FISCAL_WORDS})"
    rf"|(?<!\w)(?:fiscal|financial)\s+(?:year\s+)?{_label('after')}(?!\d)"
    rf"|(?<!\w)fy\s?{_label('short')}(?!\d)"
)
# A year the text names by its end alone: "the fiscal year that ended on September 30".
_UNLABELLED = re.compile(rf"(?<!\w)(?:{FISCAL_WORDS})")
# Between a fiscal year and the day it ended: "2024-25 fiscal year, which ended March 31",
# "финансовом году, завершившемся 30 июня", "фінансовий рік, що завершився 30 вересня".
ENDED = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+(?:ended|ends|closed)|ending|ended|"
    r"(?:завершивш|закончивш|окончивш)\w*|(?:що|который|який)\s+(?:завершився|закінчився|"
    r"завершился|закончился))(?:\s+(?:on|in))?\s*"
)


@dataclass(frozen=True, slots=True)
class FiscalLabel:
    """A fiscal year the text names: where, and by which years ("2023-24": 2023 and 2024;
    "FY2024": 2024 alone; none when only its end is said)."""

    start: int
    end: int
    first: int | None
    second: int | None


def fiscal_labels(folded: str) -> list[FiscalLabel]:
    """The fiscal years named in ``folded`` text, in order."""
    found: list[FiscalLabel] = []
    for match in _LABELLED.finditer(folded):
        groups = {k.split("_")[1]: v for k, v in match.groupdict().items() if v is not None}
        first = int(groups["first"])
        second = groups.get("second")
        if second is None:
            found.append(FiscalLabel(match.start(), match.end(), first, None))
        elif int(second) in {first + 1, (first + 1) % 100}:
            found.append(FiscalLabel(match.start(), match.end(), first, first + 1))
    taken = [(label.start, label.end) for label in found]
    for match in _UNLABELLED.finditer(folded):
        if not any(start <= match.start() < end for start, end in taken):
            found.append(FiscalLabel(match.start(), match.end(), None, None))
    return sorted(found, key=lambda label: label.start)


def fiscal_period(label: FiscalLabel, state: str | None) -> tuple[date, date] | None:
    """The months ``label`` names, as ``state``'s fiscal year (None: a state unknown)."""
    if label.first is None:
        return None
    year = _YEARS.get(state or "")
    if label.second is not None:
        year = year or _TWO_YEARS_UNKNOWN
        return _twelve_months(date(label.first, year.month, 1))
    if year is None:
        return date(label.first, 1, 1), date(label.first, 12, 31)
    begins = label.first - 1 if year.named_by_end else label.first
    return _twelve_months(date(begins, year.month, 1))


def keeps_its_own_year(state: str | None) -> bool:
    """Whether ``state``'s fiscal year is not the calendar's."""
    return state in _YEARS


def year_to(end: date) -> tuple[date, date]:
    """The twelve months that end on ``end``."""
    try:
        before = end.replace(year=end.year - 1)
    except ValueError:  # 29 February
        before = end.replace(year=end.year - 1, day=28)
    return before + timedelta(days=1), end


def _twelve_months(start: date) -> tuple[date, date]:
    return start, start.replace(year=start.year + 1) - timedelta(days=1)
