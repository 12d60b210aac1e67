"""Periods named in words, most of them counted from the reference date R.

"yesterday", "last week", "this year", "с начала года" (the calendar around R); "in a week",
"за последние две недели", "two weeks ago" (lengths of time up to R); "on Monday", "since
Monday" (the latest such weekday); "in the first half of 2023", "в третьем квартале", "за восемь
месяцев этого года", "в первой половине марта" (parts of a year or a month).
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from bot.ingest.found_dates import FoundDate
from bot.ingest.numerals import lexicon
from bot.ingest.period_words import (
    AGO,
    CALENDAR,
    DAYS_TO,
    DAYS_TO_DATE,
    DURATION,
    KK_MONTH_DAYS,
    MONTH_FIRST_DAYS,
    MONTH_HALF,
    MONTH_PAIR,
    MONTHS_TO,
    NOT_A_SPAN,
    NUMBERS,
    ORDINALS,
    PART,
    QUARTERS,
    SINCE_NAMED,
    SINCE_NAMED_AFTER,
    UNITS,
    WEEKDAY,
    WEEKDAY_PAST,
    WEEKDAY_SINCE,
    WEEKDAYS,
    WEEKDAYS_FROM,
    YEAR_MONTHS,
    YEAR_QUARTERS,
    fold_pattern,
    month_of,
)
from bot.language.cities import city_country
from bot.language.countries import question_country_code
from bot.language.lemmas import forms

__all__ = ["find_named_periods"]

_DAY = timedelta(days=1)


def _add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, kept within the month it lands in (31 March - 1 → 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


_DAYS_IN = {"day": 1, "week": 7, "fortnight": 14}
_MONTHS_IN = {"month": 1, "year": 12}
# The word after a length of time: a month's name there makes it part of that month.
_WORD_AFTER = re.compile(r"\s+([^\W\d_][\w']*)")


@cache
def _word_patterns(language: str) -> dict[str, re.Pattern[str]]:
    numbers = sorted(NUMBERS[language], key=len, reverse=True)
    n = r"(?<!\d)\d{1,3}(?!\d)|" + "|".join(
        fold_pattern(word).replace(" ", r"\s+") for word in numbers
    )
    units = "(?:" + "|".join(
        rf"(?P<{unit}>{fold_pattern(forms)})" for unit, forms in UNITS[language].items()
    ) + ")"  # fmt: skip
    days = "|".join(fold_pattern(day) for day in WEEKDAYS[language])
    days_from = "|".join(fold_pattern(day) for day in WEEKDAYS_FROM[language])
    patterns = {
        "duration": DURATION[language],
        "ago": AGO[language],
        "weekday": WEEKDAY[language],
        "weekday_since": WEEKDAY_SINCE[language],
        "weekday_past": WEEKDAY_PAST[language],
        "part": PART[language],
        "year_months": YEAR_MONTHS[language],
        "year_quarters": YEAR_QUARTERS[language],
        "month_half": MONTH_HALF[language],
        "month_first_days": MONTH_FIRST_DAYS[language],
        "month_pair": MONTH_PAIR[language],
        "months_to": MONTHS_TO[language],
        "days_to": DAYS_TO[language],
        "days_to_date": DAYS_TO_DATE[language],
        "kk_month_days": KK_MONTH_DAYS if language == "kk" else r"(?!)",
    }
    words = {"{n}": n, "{units}": units, "{days}": days, "{days_from}": days_from}
    compiled = {}
    for name, pattern in patterns.items():
        filled = fold_pattern(pattern)
        for slot, alternatives in words.items():
            filled = filled.replace(slot, alternatives)
        # A weekday may take "'s": "Friday's figures".
        close = r"(?!\w)" if name.startswith("weekday") else r"(?![\w'])"
        compiled[name] = re.compile(rf"(?<![\w'])(?:{filled}){close}")
    # One pass for every named period: each alternative is a group named by its key. Those
    # that open with "since" come first, so that "биыл жыл басынан бері" is one reading.
    named = sorted(
        enumerate(CALENDAR[language]), key=lambda item: not item[1][1].endswith("_start")
    )
    alternatives = "|".join(
        rf"(?P<{key}_{index}>{fold_pattern(pattern)})" for index, (pattern, key) in named
    )
    compiled["calendar"] = re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w'])")
    return compiled


def find_named_periods(text: str, folded: str, language: str, reference: date) -> list[FoundDate]:
    """Periods named from R: "yesterday", "last week", "in a week", "on Monday"."""
    found: list[FoundDate] = []
    year_months: set[tuple[int, int]] = set()
    for name, pattern in _word_patterns(language).items():
        for match in pattern.finditer(folded):
            if name == "calendar":
                key = (match.lastgroup or "").rsplit("_", 1)[0]
                named = _calendar(key, match, reference)
                if key in _CLOSED and (
                    SINCE_NAMED[language].search(folded, max(0, match.start() - 80), match.start())
                    or SINCE_NAMED_AFTER[language].match(folded, match.end())
                ):
                    # "since the offensive last week": from then, up to R.
                    named = replace(named, period_end=None, as_of=reference, kind="since")
                found.append(named)
            elif name == "part":
                part = _part(match, reference)
                if part is not None:
                    found.append(part)
            elif name == "month_half":
                half = _month_half(match, reference)
                if half is not None:
                    found.append(half)
            elif name == "month_first_days":
                first_days = _month_first_days(match, language, reference)
                if first_days is not None:
                    found.append(first_days)
            elif name == "month_pair":
                pair = _month_pair(match, reference)
                if pair is not None:
                    found.append(pair)
            elif name == "kk_month_days":
                days = _month_days(match, reference)
                if days is not None:
                    found.append(days)
            elif name == "months_to":
                months_to = _months_to(match, language, reference)
                if months_to is not None:
                    found.append(months_to)
            elif name == "days_to":
                found.append(_days_to(match, language, reference))
            elif name == "days_to_date":
                days_to_date = _days_to_date(match, language, reference)
                if days_to_date is not None:
                    found.append(days_to_date)
            elif name in {"year_months", "year_quarters"}:
                months = _year_months(match, language, reference, name == "year_quarters")
                if months is not None:
                    found.append(months)
                    year_months.add(match.span())
            elif name.startswith("weekday"):
                if language == "en" and not text[match.start("w")].isupper():
                    continue
                found.append(_weekday(match, language, reference, form=name))
            else:
                reading = _duration(
                    match, folded, language, reference, ago=name == "ago", text=text
                )
                if reading is not None:
                    found.append(reading)
    # The year's first months over the last months of the same words.
    return [
        item for item in found if item.kind == "range" or (item.start, item.end) not in year_months
    ]


def _calendar(key: str, match: re.Match[str], reference: date) -> FoundDate:
    """A named period around R: "yesterday", "last week", "this year", "с начала года"."""
    start, end = match.span()
    monday = reference - timedelta(days=reference.weekday())
    first = reference.replace(day=1)
    january = reference.replace(month=1, day=1)
    spans: dict[str, tuple[date, date | None]] = {
        "today": (reference, reference),
        "yesterday": (reference - _DAY, reference - _DAY),
        "before_yesterday": (reference - 2 * _DAY, reference - 2 * _DAY),
        "last_week": (monday - 7 * _DAY, monday - _DAY),
        "this_week": (monday, None),
        "last_month": (_add_months(first, -1), first - _DAY),
        "month_before_last": (_add_months(first, -2), _add_months(first, -1) - _DAY),
        "year_before_last": (
            january.replace(year=reference.year - 2),
            january.replace(year=reference.year - 1) - _DAY,
        ),
        "this_month": (first, None),
        "last_year": (january.replace(year=reference.year - 1), january - _DAY),
        "this_year": (january, None),
        "year_start": (january, None),
        "last_year_start": (january.replace(year=reference.year - 1), None),
        "month_start": (first, None),
        "week_start": (monday, None),
        # "з початку літа": since 1 June, this year's once June has begun.
        **{
            f"{season}_start": (_season_start(month, reference), None)
            for season, month in _SEASONS.items()
        },
        "weekend": _weekend(reference),
    }
    period_start, period_end = spans[key]
    kind = "since" if key.endswith("_start") else "relative"
    # A period still running ("this week") is counted up to R, as "since" is.
    as_of = reference if period_end is None else None
    return FoundDate(start, end, period_start, period_end, as_of, kind, relative=True)


# The named periods that end before R: "since" one of them opens a period up to R.
_CLOSED = frozenset(
    {"yesterday", "before_yesterday", "last_week", "last_month", "month_before_last",
     "last_year", "year_before_last", "weekend"}
)  # fmt: skip


# The month each season of the northern year begins in.
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def _season_start(month: int, reference: date) -> date:
    """The first day of the latest season of that month begun by R."""
    first = date(reference.year, month, 1)
    return first if first <= reference else first.replace(year=reference.year - 1)


def _weekend(reference: date) -> tuple[date, date]:
    """The weekend a report means: the one R is in, else the last one before it."""
    if reference.weekday() >= 5:
        saturday = reference - timedelta(days=reference.weekday() - 5)
        return saturday, min(saturday + _DAY, reference)
    sunday = reference - timedelta(days=reference.weekday() + 1)
    return sunday - _DAY, sunday


def _part(match: re.Match[str], reference: date) -> FoundDate | None:
    """A half or quarter of a year; with no year, the latest one begun by R."""
    groups = match.groupdict()
    if "prep" in groups and not (groups["prep"] or groups["y"]):
        return None  # "the second half" of anything
    if "of" in groups and match["part"] == "half" and not (groups["y"] or groups["of"]):
        return None  # English "half" is a year's only when it says so: "of the match" is not
    of_the_year = groups.get("y") or groups.get("of")
    if match["part"].startswith(fold_pattern("жартыс")) and not of_the_year:
        return None  # "бірінші жартысы" of anything; "2023 жылдың бірінші жартысы" the year's
    number = ORDINALS[groups.get("roman") or match["ord"]]
    months = 3 if match["part"] in QUARTERS else 6
    if number * months > 12:
        return None  # "the third half"
    first_month = (number - 1) * months + 1
    year = int(match["y"]) if match["y"] else None
    if year is None:
        year = reference.year if date(reference.year, first_month, 1) <= reference else None
        year = reference.year - 1 if year is None else year
    last_month = first_month + months - 1
    start = date(year, first_month, 1)
    end = date(year, last_month, monthrange(year, last_month)[1])
    return FoundDate(*match.span(), start, end, None, "range", relative=False)


def _months_to(match: re.Match[str], language: str, reference: date) -> FoundDate | None:
    """ "The year to March": the twelve months (or the N said) ending with the latest such
    month begun by R, or the one of the year given."""
    last = month_of(match["m"])
    if last is None:
        return None
    count = 12 if match["year"] else _count(match, language)
    if not 1 <= count <= 36:
        return None
    year = int(match["y"]) if match["y"] else None
    if year is None:
        year = reference.year if date(reference.year, last, 1) <= reference else reference.year - 1
    end = date(year, last, monthrange(year, last)[1])
    start = _add_months(date(year, last, 1), 1 - count)
    named = match.groupdict()
    day = int(named.get("d") or named.get("d2") or 0)
    if day and day < end.day:
        # "the year to March 15": to that day, from the day after it a year before.
        end = end.replace(day=day)
        start = _add_months(end, -count) + timedelta(days=1)
    elif day > end.day:
        return None
    return FoundDate(*match.span(), start, end, None, "range", relative=match["y"] is None)


def _month_days(match: re.Match[str], reference: date) -> FoundDate | None:
    """Two days of one month, the latest such month begun by R."""
    month = month_of(match["m"])
    first, last = int(match["d1"]), int(match["d2"])
    if month is None or not 1 <= first <= last:
        return None
    year = reference.year if date(reference.year, month, 1) <= reference else reference.year - 1
    if last > monthrange(year, month)[1]:
        return None
    start, end = date(year, month, first), date(year, month, last)
    return FoundDate(*match.span(), start, end, None, "range", relative=False)


def _days_to(match: re.Match[str], language: str, reference: date) -> FoundDate:
    """N days ending on the latest such weekday not after R: "in the ten days to Sunday"."""
    names = [
        fold_pattern(day) for day in (WEEKDAYS if language == "en" else WEEKDAYS_FROM)[language]
    ]
    day = reference - timedelta(days=(reference.weekday() - names.index(match["w"])) % 7)
    days = 7 if match.groupdict().get("week") else _count(match, language)
    start = day - timedelta(days=max(days, 1) - 1)
    return FoundDate(*match.span(), start, day, None, "range", relative=True)


def _days_to_date(match: re.Match[str], language: str, reference: date) -> FoundDate | None:
    """N days or weeks ending on a date, in the latest year it is not after R: "in the two
    weeks to 8 January" (26 December to 8 January)."""
    month = month_of(match["m"] or match["m2"])
    day = int(match["d"] or match["d2"])
    if month is None or day > monthrange(reference.year, month)[1]:
        return None
    end = date(reference.year, month, day)
    if end > reference:
        end = date(reference.year - 1, month, min(day, monthrange(reference.year - 1, month)[1]))
    week = match.groupdict().get("week")
    days = 7 if week else _count(match, language) * (7 if match["weeks"] else 1)
    start = end - timedelta(days=max(days, 1) - 1)
    return FoundDate(*match.span(), start, end, None, "range", relative=False)


def _month_pair(match: re.Match[str], reference: date) -> FoundDate | None:
    """Two months running, as one span; with no year, the latest pair over by R."""
    first, second = month_of(match["m1"]), month_of(match["m2"])
    # "қаңтар мен қазан аралығында": between the two, January to October.
    between = match.groupdict().get("between") is not None
    if first is None or second is None or (second != first % 12 + 1 and not between):
        return None  # "in January and March" are two months, not a span
    written = match.groupdict().get("y")
    year = int(written) if written else reference.year
    start = date(year, first, 1)
    if not written and start > reference:
        year -= 1
        start = date(year, first, 1)
    end_year = year + 1 if second < first else year
    end = date(end_year, second, monthrange(end_year, second)[1])
    return FoundDate(*match.span(), start, end, None, "range", relative=False)


def _month_half(match: re.Match[str], reference: date) -> FoundDate | None:
    """A month's first half (1st–15th) or second (16th–end); with no year, the latest begun."""
    month = month_of(match["m"])
    if month is None:
        return None
    year = int(match["y"]) if match["y"] else reference.year
    second = match["ord"].startswith(("second", "втор", "друг", "екинши"))
    first_day = 16 if second else 1
    if not match["y"] and date(year, month, first_day) > reference:
        year -= 1
    last_day = monthrange(year, month)[1] if second else 15
    start, end = date(year, month, first_day), date(year, month, last_day)
    return FoundDate(*match.span(), start, end, None, "range", relative=False)


def _month_first_days(match: re.Match[str], language: str, reference: date) -> FoundDate | None:
    """A month's first (or last) N days or weeks, from its 1st (to its last day); with no year,
    the latest begun."""
    month = month_of(match["m"])
    if month is None and match["m"] in _THE_YEAR:
        # "the first five days of the year", "за перші п'ять днів року": of January (the
        # last ones of December).
        month = 12 if match.groupdict().get("last") else 1
    if month is None:
        return None
    weeks = match["unit"].startswith(("week", "недел", "тиж", "апта"))
    days = _count(match, language) * (7 if weeks else 1)
    year = int(match["y"]) if match["y"] else reference.year
    if not match["y"] and date(year, month, 1) > reference:
        year -= 1
    length = monthrange(year, month)[1]
    if not 1 <= days <= length:
        return None
    if match.groupdict().get("last"):
        # "the last week of November", "қарашаның соңғы аптасында": its last days.
        end = date(year, month, length)
        return FoundDate(*match.span(), end - timedelta(days=days - 1), end, None, "range", False)
    start = date(year, month, 1)
    return FoundDate(*match.span(), start, start + timedelta(days=days - 1), None, "range", False)


# A year's own word where a month's name stands: "the first five days of the year".
_THE_YEAR = frozenset({"year", "года", "року", "жыл"})
# "первые", "перші", "этого года", "цього року": the months are the year's, said so.
_OF_THE_YEAR = re.compile(r"перв|перш|год|рок")


def _year_months(
    match: re.Match[str], language: str, reference: date, quarters: bool = False
) -> FoundDate | None:
    """The first N months (or quarters) of a year: 1 January to the end of month N."""
    count = _count(match, language) * (3 if quarters else 1)
    last_year = "last" in match.groupdict() and match["last"] is not None
    year = int(match["y"]) if match["y"] else reference.year - (1 if last_year else 0)
    if not 1 <= count <= 12:
        return None
    # "за девять месяцев" in October is January to September; in May, the last nine.
    said_whose = match["y"] or last_year or _OF_THE_YEAR.search(match.group())
    if (
        not match["y"]
        and not last_year
        and count >= reference.month
        and (language == "kk" or not said_whose)
    ):
        return None
    end = date(year, count, monthrange(year, count)[1])
    return FoundDate(*match.span(), date(year, 1, 1), end, None, "range", relative=False)


def _count(match: re.Match[str], language: str) -> int:
    written = match["n"]
    if written is None:
        return 1
    if written.isdigit():
        return int(written)
    return _number_words(language)[" ".join(written.split())]


@cache
def _number_words(language: str) -> dict[str, int]:
    return {fold_pattern(word): value for word, value in NUMBERS[language].items()}


def _unit(match: re.Match[str]) -> str:
    return next(unit for unit in ("day", "week", "fortnight", "month", "year", "hour")
                if match.groupdict().get(unit))  # fmt: skip


def _to_a_country(folded: str, end: int) -> bool:
    """Whether "до" after a length of time is "to" a country ("за тиждень до Казахстану
    втекли": in a week, to Kazakhstan), not "before" ("за тиждень до виборів")."""
    after = _TO_A_PLACE.match(folded, end)
    if after is None:
        return False
    if _THE_COUNTRY.fullmatch(after[1].casefold()):
        return True  # "за останній тиждень до країни в'їхали": the article's country
    if _A_PLACE.fullmatch(after[1].casefold()):
        return True  # "за останні три тижні до аеропорту Душанбе прибули"
    keys = [key for language in ("uk", "ru") for key in forms(after[1], language).keys]
    # "за три тижні до Душанбе прибули": a city, as a country, is where people went.
    return any(question_country_code(key) for key in keys) or city_country(tuple(keys)) is not None


_TO_A_PLACE = re.compile(r"\s+до\s+([^\W\d_]+)")
_TO_A_NAME = re.compile(r"\s+до\s+[А-ЯІЇЄҐ]")
# "до країни", "до держави", "до ЄС": a place unnamed, never an event before which.
_THE_COUNTRY = re.compile(r"країн\w*|держав\w*|республік\w*|єс|євросоюзу|європи|шенгену")
# An average around a day's length: "в среднем за сутки", "за добу в середньому".
_AVERAGE_BEFORE = re.compile(r"(?:в\s+среднем|[ву]\s+середньому)\s+\Z")
_AVERAGE_AFTER = re.compile(r"\s+(?:в\s+среднем|[ву]\s+середньому)(?!\w)")
# The places people arrive at: "до аеропорту", "до кордону", "до пункту пропуску", "до табору".
_A_PLACE = re.compile(
    r"аеропорт\w*|аэропорт\w*|кордон\w*|границ\w*|пункт\w*|табор\w*|лагер\w*|столиц\w*|"
    r"міст\w*|город\w*|порт\w*|вокзал\w*"
)
_TO_A_NUMBER = re.compile(r"\s+до\s+(?:\d[\d\s.,]*|([^\W\d_]+)\s*)")


def _up_to_a_number(folded: str, end: int, language: str) -> bool:
    """Whether "до" after a length of time is "up to" the figure after it ("за две недели до
    7 000 человек", "до семи тысяч"), not "before" an event ("за две недели до выборов") or a
    day ("за неделю до 1 октября")."""
    after = _TO_A_NUMBER.match(folded, end)
    if after is None or (after[1] is not None and after[1] not in lexicon(language)):
        return False
    following = _WORD_AFTER.match(folded, after.end() - 1)
    return following is None or month_of(following[1]) is None


def _duration(
    match: re.Match[str], folded: str, language: str, reference: date, *, ago: bool, text: str
) -> FoundDate | None:
    """A length of time up to R: "in a week", "за последние две недели" → its last days, as
    of R; "two weeks ago" → that day."""
    groups = match.groupdict()
    unit, count = _unit(match), _count(match, language)
    prep, mod = groups.get("prep"), groups.get("mod")
    if _AVERAGE_BEFORE.search(folded, 0, match.start()) or _AVERAGE_AFTER.match(
        folded, match.end()
    ):
        return None  # "в среднем за сутки": an average day's rate, no day of its own
    if not ago:
        not_a_span = NOT_A_SPAN.match(folded, match.end())
        # "in the past 30 days after the season ended": "after" opens a clause of its own
        # when "past" or "last" has already said whose days they are.
        clause_after = (
            not_a_span is not None
            and not_a_span.group().strip() == "after"
            and (mod or "").split()[-1:] in (["past"], ["last"])
        )
        # The text as written: folding makes Ukrainian "Грузії" "грузиї", no country's form.
        # "за останні десять днів до Камако прибули": the last days, to a place by name (not
        # "за последние две недели до выборов").
        last_days_to = (mod or "").startswith(("последн", "останн")) and (
            _TO_A_NAME.match(text, match.end()) is not None
        )
        if (
            not_a_span
            and not clause_after
            and not last_days_to
            and not _to_a_country(text, match.end())
            and not _up_to_a_number(folded, match.end(), language)
        ):
            return None
        following = _WORD_AFTER.match(folded, match.end())
        if following and month_of(following[1]) is not None:
            return None  # "the last week of September", "последняя неделя сентября"
        if not _spans(language, prep, mod, groups.get("n"), unit):
            return None
    if not ago and unit == "day" and _ONE_SAID.search(match.group()):
        # "розвернули рекордні 97 осіб за одну добу", "in a single day": how fast, on a day
        # told elsewhere ("У суботу, 3 серпня"), not the day before R.
        return None
    if unit == "hour":
        unit, count = "day", max(1, -(-count // 24))
    if unit in _DAYS_IN:
        length = timedelta(days=count * _DAYS_IN[unit])
        day = reference - length
        first = day + _DAY
    else:
        day = _add_months(reference, -count * _MONTHS_IN[unit])
        first = day + _DAY
    if ago:
        return FoundDate(*match.span(), day, day, None, "relative", relative=True)
    return FoundDate(*match.span(), first, reference, reference, "duration", relative=True)


# One day, said as one: "за одну добу", "за один день", "in a single day", "in one day".
_ONE_SAID = re.compile(r"(?<!\w)(?:одну|один|одни|single|one|бір)(?!\w)")


def _spans(language: str, prep: str | None, mod: str | None, n: str | None, unit: str) -> bool:
    """Whether a length of time is a period up to R by the words before it: "in a week" and
    "за неделю" are; "a week" alone, "в неделю" (a week's rate) and "last week" (a calendar
    week, read by ``_calendar``) are not."""
    if language == "en":
        if mod is None:
            return prep is not None and n is not None
        if mod == "the":  # "in the five days since ...": a span; "the five days" alone is not
            return prep is not None and n is not None
        # "last week" is the calendar week; "last 10 days", "the previous 10 days" are spans.
        return n is not None or " ".join(mod.split()) in {"past", "the past", "the last"}
    if language == "kk":
        calendar = mod == "откен" and unit not in {"day", "hour"}  # "өткен", folded
        return (mod is not None or n is not None) and not calendar
    if language == "uk" and mod == "минул" and unit == "day" and n is None:
        return False  # "за минулу добу" is the day before R, read as a calendar day
    if mod is not None:
        # "за минувшую неделю" is last week too; "за минувшие две недели" a span.
        past = mod in {"минул", "прошл"} or (mod == "минувш" and n is None)
        calendar = past and unit not in {"day", "hour"}
        return not calendar
    return prep is not None and prep not in {"в", "у"}


def _weekday(match: re.Match[str], language: str, reference: date, *, form: str) -> FoundDate:
    """A weekday ("on Monday", "в понедельник", "минулої суботи", "дүйсенбі күні"): the latest
    not after R; "since Monday", "с понедельника" (``form`` "weekday_since"): a period from
    that day, as of R."""
    since = form == "weekday_since"
    genitive = form in {"weekday_since", "weekday_past"}
    names = [fold_pattern(day) for day in (WEEKDAYS_FROM if genitive else WEEKDAYS)[language]]
    named = match.groupdict()
    last = names.index(named.get("w2") or match["w"])  # seven names: no cache needed
    day = reference - timedelta(days=(reference.weekday() - last) % 7)
    earlier = {
        "last", "прошлый", "прошлую", "прошлое", "минувший", "минувшую", "минувшее", "минулий",
        "минулу", "откен",
        "прошлой", "прошлого", "минувшей", "минувшего", "минулої", "минулого",
    }  # fmt: skip
    if day == reference and named.get("pre") in earlier:
        day -= timedelta(days=7)
    if since:
        return FoundDate(*match.span(), day, None, reference, "since", relative=True)
    if named.get("asof"):
        # "had registered 2,917 as of Monday": a count as of that day.
        return FoundDate(*match.span(), None, None, day, "day", relative=True)
    # "on Friday and Saturday": from the first of the two to the second.
    first = names.index(match["w"]) if named.get("w2") and match["w"] else last
    start = day - timedelta(days=(last - first) % 7)
    return FoundDate(*match.span(), start, day, None, "day", relative=True)
