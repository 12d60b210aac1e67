"""Dates and periods in an article's text, each resolved against a reference date.

Reads what news writes in English, Russian, Ukrainian and Kazakh: days ("on 3 October",
"3 октября", "3 жовтня", "3 қазанда", "03.10.2022", "Oct. 3, 2022"), periods ("since 21
September", "с 1 апреля по 27 сентября", "1 сәуірден 27 қыркүйекке дейін", "1–7 October",
"in September 2022", "2022 жылы") and periods counted from the reference date R ("yesterday",
"last week", "за последние две недели", "бір апта ішінде"), by issue 12's conventions:

- "on D" → D to D; "since D" → from D, as of R; "from D1 to D2" → D1 to D2;
- "yesterday" → R - 1 day; "last week" → the calendar week (Monday to Sunday) before R's;
- "in a week", "the past two weeks" → the last 7 or 14 days up to R, as of R;
- "in September" → the month; "this year", "since the start of the year" → 1 January on, as of R;
- a day or month with no year is the latest one not after R, and so is a weekday ("on Monday").

Month names are CLDR's, read through ``bot.language.dates``; the text is folded letter for
letter (case, "ё", apostrophes, Kazakh letters as a Russian keyboard types them), so every
offset found in the fold is the same offset in the text.

The words are in ``bot.ingest.period_words``. Days, months and years written as such are read
by ``bot.ingest.written_dates``, periods named in words ("yesterday", "in a week", "on Monday")
by ``bot.ingest.named_periods``; both give ``FoundDate``s (``bot.ingest.found_dates``).
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date
from functools import cache

from bot.ingest.fiscal_years import ENDED, fiscal_labels, fiscal_period, year_to
from bot.ingest.found_dates import FoundDate, apart
from bot.ingest.named_periods import find_named_periods
from bot.ingest.period_words import LANGUAGES
from bot.ingest.written_dates import find_written_dates
from bot.language.dates import ordinals_as_digits
from bot.language.text import kazakh_fold

__all__ = ["FoundDate", "find_dates", "fold_for_dates"]


def find_dates(text: str, language: str, reference: date) -> list[FoundDate]:
    """Every date or period in ``text`` (language "en", "ru", "uk" or "kk"), in order.

    Args:
        text: the article, or any part of it; offsets are into this string.
        language: the text's language: it says which words around a date are read.
        reference: R, the date the text was published (or a report made) on.

    Returns:
        The dates and periods found, none overlapping another, ordered by where they start.

    Raises:
        ValueError: for a language other than the four.
    """
    if language not in LANGUAGES:
        raise ValueError(f"dates are read in en, ru, uk and kk, not {language!r}")
    folded = ordinals_as_digits(fold_for_dates(text))
    found = find_written_dates(text, folded, language, reference)
    found += find_named_periods(text, folded, language, reference)
    found = _years_said_again(text, _fiscal_years(folded, apart(found)))
    return _since_to_an_end(text, _one_day_said_twice(_year_then_its_days(text, found)))


# Kazakh names the day a fiscal year ended before it: "30 маусымда аяқталған 2023/24 қаржы
# жылында".
_ENDED_BEFORE = re.compile(r"\s*(?:аякталган|биткен)\s+")


def _fiscal_years(folded: str, found: list[FoundDate]) -> list[FoundDate]:
    """The fiscal years named ("the 2023-24 financial year"), over the years their numbers
    alone were read as; the twelve months to the day one ended, when the text says it."""
    labels = fiscal_labels(folded)
    if not labels:
        return found
    days = [
        d for d in found if d.kind == "day" and d.period_start and d.period_start == d.period_end
    ]
    readings = list(found)
    for label in labels:
        after = next((d for d in days if ENDED.fullmatch(folded, label.end, d.start)), None)
        before = next(
            (d for d in days if _ENDED_BEFORE.fullmatch(folded, d.end, label.start)), None
        )
        ended = after or before
        if ended is not None and ended.period_start is not None:
            start, end = year_to(ended.period_start)
            readings.append(
                FoundDate(
                    min(label.start, ended.start), max(label.end, ended.end), start, end, None,
                    "range", relative=ended.relative,
                )
            )  # fmt: skip
        elif (period := fiscal_period(label, None)) is not None:
            readings.append(FoundDate(label.start, label.end, *period, None, "range", False))
    return apart(readings)


# Between "last year" and the month or day it dates: "Торік у червні", "в прошлом году в июне".
_YEAR_THEN = re.compile(r"(?i)\s*,?\s*(?:(?:в|во|у|in|on)\s+)?")
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _year_then_its_days(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """ "Торік у червні", "в прошлом году в июне", "былтыр маусымда": the month (or days) of
    the year named just before it, read as one; a month alone is the latest such month."""
    kept: list[FoundDate] = []
    for reading in found:
        before = kept[-1] if kept else None
        year = _whole_year(before)
        if (
            before is not None
            and year is not None
            and reading.kind in {"month", "day", "range"}
            and reading.period_start is not None
            and _YEAR_THEN.fullmatch(text, before.end, reading.start)
            and _WRITTEN_YEAR.search(text, reading.start, reading.end) is None
        ):
            years = year - reading.period_start.year
            end = _shifted(reading.period_end, years) if reading.period_end else None
            if reading.kind == "month" and end is not None:
                # "Торік у лютому" of a leap year ends on the 29th.
                end = end.replace(day=monthrange(end.year, end.month)[1])
            kept[-1] = FoundDate(
                before.start,
                reading.end,
                _shifted(reading.period_start, years),
                end,
                _shifted(reading.as_of, years) if reading.as_of else None,
                reading.kind,
                relative=True,
            )
            continue
        kept.append(reading)
    return kept


def _whole_year(reading: FoundDate | None) -> int | None:
    """The year a relative reading spans whole ("торік", "last year"), if it is one."""
    if reading is None or reading.kind != "relative":
        return None
    start, end = reading.period_start, reading.period_end
    if start is None or end is None or start.year != end.year:
        return None
    return start.year if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) else None


def _shifted(day: date, years: int) -> date:
    """The same day ``years`` on (28 February for a 29th that year lacks)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


# Between "since" a day and the day a period ends: "Від січня до кінця жовтня", "From January
# to the end of October", "С января до конца октября".
_TO_THE_END = re.compile(
    r"(?i)\s*(?:(?:to|till|until|through)\s+(?:the\s+)?(?:end\s+of\s+)?|"
    r"(?:до|по)\s+(?:конца\s+|кінця\s+)?)"
)
# ... or the end's own reading opens with the word: "до кінця жовтня"; not "по состоянию
# на 1 июня", a day it counts as of.
_OPENS_WITH_TO = re.compile(r"(?i)(?:to|till|until|through|до|по)\s(?!состоянию)")


def _since_to_an_end(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """An open period ("since January") that the next reading ends ("до кінця жовтня", "to
    the end of October"): one span from its start to that end."""
    kept: list[FoundDate] = []
    for reading in found:
        before = kept[-1] if kept else None
        end = reading.period_end if reading.kind == "month" else None
        if reading.kind == "day" and reading.period_start is None:
            end = reading.as_of  # "до кінця жовтня": by the end of October
        between = text[before.end : reading.start] if before is not None else ""
        if (
            before is not None
            and before.kind == "since"
            and before.period_start is not None
            and end is not None
            and before.period_start <= end
            and (
                _TO_THE_END.fullmatch(between)
                or (not between.strip() and _OPENS_WITH_TO.match(text, reading.start))
            )
        ):
            kept[-1] = FoundDate(
                before.start, reading.end, before.period_start, end, None, "range",
                relative=before.relative or reading.relative,
            )  # fmt: skip
            continue
        kept.append(reading)
    return kept


def _one_day_said_twice(found: list[FoundDate]) -> list[FoundDate]:
    """ "кеше бір тәулікте", "yesterday, in a single day": the day named, not a day up to R."""
    kept: list[FoundDate] = []
    for reading in found:
        before = kept[-1] if kept else None
        one_day = reading.kind == "duration" and reading.period_start == reading.period_end
        if (
            before is not None
            and one_day
            and before.kind in {"relative", "day"}
            and before.period_start is not None
            and before.period_start == before.period_end
            and reading.start - before.end <= 3
        ):
            continue
        kept.append(reading)
    return kept


# "з 1 січня до 12 березня цього року", "since 1 April this year": the year of the dates
# before it, no period of its own.
_THIS_YEAR = re.compile(
    r"(?i)^(?:this year|of this year|этого года|текущего года|цього року|поточного року|"
    r"биылғы|осы жылғы)$"
)


def _years_said_again(text: str, found: list[FoundDate]) -> list[FoundDate]:
    kept: list[FoundDate] = []
    for date_found in found:
        after_one = bool(kept) and not text[kept[-1].end : date_found.start].strip(" ,")
        if after_one and _THIS_YEAR.match(text[date_found.start : date_found.end]):
            continue
        kept.append(date_found)
    return kept


# One pass folds apostrophes ("в’їхали"), "ё" and the Kazakh letters as a Russian keyboard
# types them ("қазанда" → "казанда"), as bot.language.text folds what readers type.
_FOLDS = str.maketrans(
    {
        **dict.fromkeys("’ʼ`´‘ʹ′", "'"),
        "ё": "е",
        **{
            letter: kazakh_fold(letter)
            for letter in map(chr, range(0x400, 0x500))
            if kazakh_fold(letter) != letter
        },
    }
)


@cache
def _fold_letter(letter: str) -> str:
    return letter.casefold()[:1] or letter  # "ß" stays one letter, so that offsets hold


def fold_for_dates(text: str) -> str:
    """``text`` folded letter for letter (case, "ё", apostrophes, Kazakh letters), its length
    kept."""
    lower = text.casefold()
    if len(lower) != len(text):
        lower = "".join(map(_fold_letter, text))
    return lower.translate(_FOLDS)
