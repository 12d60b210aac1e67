"""The days of a figure told as the other side of a comparison: "That was an increase of 610
compared with January, when 1,840 were sent back", "Это на 18% больше, чем в 2024 году, когда
поступило 35 060 заявлений", "Це на 6% менше, ніж роком раніше, коли таких заяв було 50 930",
"16.7% fewer than in the same period of 2023, when more than 150,000 applications were filed".
The figure after "when" counts over the days the comparison names, not the days of the figure
it is compared with."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from bot.ingest.found_dates import FoundDate
from bot.language.dates import month_number
from bot.language.text import kazakh_fold

__all__ = ["compared_period"]

# "compared with", "than (in)", "чем (в)", "ніж (у)", "порівняно з", "по сравнению с", then
# what it is compared with, then "when" and the figure's clause.
_COMPARED = re.compile(
    r"(?i)(?<!\w)(?:compared\s+(?:with|to)|than|against|чем|по\s+сравнению\s+с|в\s+сравнении\s+с|"
    r"ніж|порівняно\s+з|у\s+порівнянні\s+з)(?!\w)(?P<what>[^.;:]{1,80}?),?\s*"
    r"(?:when|когда|коли)(?!\w)[^.;:]*$"
)
# A year earlier: the compared figure's days, a year back.
_YEAR_EARLIER = re.compile(
    r"(?i)(?<!\w)(?:a\s+year\s+(?:earlier|before|ago)|годом\s+(?:ранее|раньше)|роком\s+раніше|"
    r"рік\s+тому|год\s+назад)(?!\w)"
)
# The same days of another year: "the same period of 2023", "the same period last year", "тот
# же период 2023 года", "аналогічний період минулого року".
_SAME_PERIOD = re.compile(
    r"(?i)(?<!\w)(?:(?:the\s+)?same\s+(?:period|months?|weeks?|time)|(?:тот\s+же|аналогичный|"
    r"того\s+же|аналогичного)\s+период\w*|(?:той\s+самий|аналогічний|того\s+самого|"
    r"аналогічного)\s+період\w*)(?!\w)(?P<rest>.*)$"
)
_LAST_YEAR = re.compile(
    r"(?i)(?<!\w)(?:last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|before|ago)|"
    r"прошлого\s+года|предыдущего\s+года|минулого\s+року|попереднього\s+року)(?!\w)"
)
_YEAR = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?!\d)")
_WORD = re.compile(r"[^\W\d_]+")

Days = tuple[date, date]


def compared_period(
    text: str,
    figure_start: int,
    dates: list[FoundDate],
    compared: Days | None,
) -> Days | None:
    """The first and last day a figure at ``figure_start`` counts when ``text`` tells it as
    the other side of a comparison; None when it is not told so or the days cannot be said.

    ``dates`` are the sentence's; ``compared`` the days of the figure it is compared with
    (the count before), for "a year earlier" and "the same period of 2023"."""
    found = _COMPARED.search(text, 0, figure_start)
    if found is None:
        return None
    what_start, what_end = found.span("what")
    what = found["what"]
    if _YEAR_EARLIER.search(what) and compared is not None:
        return _years_back(compared, 1)
    same = _SAME_PERIOD.search(what)
    if same is not None and compared is not None:
        year = _YEAR.search(same["rest"])
        if year is not None:
            return _years_back(compared, compared[0].year - int(year["y"]))
        if _LAST_YEAR.search(same["rest"]):
            return _years_back(compared, 1)
        return None
    named = [
        d
        for d in dates
        if what_start <= d.start < what_end and d.period_start is not None and d.period_end
    ]
    if not named and compared is not None:
        # "compared with January": a month alone, the last one before the figure compared.
        months = [m for w in _WORD.findall(what) if (m := month_number(kazakh_fold(w.casefold())))]
        if len(months) == 1:
            month = months[0]
            in_year = compared[0].year - (1 if month >= compared[0].month else 0)
            return date(in_year, month, 1), date(in_year, month, monthrange(in_year, month)[1])
    if len(named) != 1 or named[0].kind not in {"month", "year", "range", "day"}:
        return None
    start, end = named[0].period_start, named[0].period_end
    if start is None or end is None:
        return None
    if compared is not None and start > compared[0]:
        # "compared with December" told of January: the December before.
        return _years_back((start, end), 1)
    return start, end


def _years_back(days: Days, years: int) -> Days | None:
    """``days`` moved ``years`` back, a month's last day kept its month's last."""
    if years <= 0:
        return None
    start, end = days
    start_year, end_year = start.year - years, end.year - years
    new_start = date(
        start_year, start.month, min(start.day, monthrange(start_year, start.month)[1])
    )
    last = monthrange(end_year, end.month)[1]
    end_is_last = end.day == monthrange(end.year, end.month)[1]
    return new_start, date(end_year, end.month, last if end_is_last else min(end.day, last))
