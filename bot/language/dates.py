"""Days and periods named in a question: "on 3 October", "3 октября", "3 жовтня", "3 қазанда",
"21–27 September", "since 21 Sep", "in October", "in 2023", "03.10.2022".

Month names come from CLDR through Babel, in every form it has for en, ru, uk and kk ("октября"
and "октябрь", "жовтня" and "жовтень"). Russian and Ukrainian names are read in every case form
pymorphy3 gives them ("в октябре", "у жовтні"), and only in those: a start the forms share would
read "майже" (almost) as May and "червоний" (red) as June. A Kazakh name is read with its case
endings ("қазанда"). A day with no year keeps its year open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from babel import Locale

from bot.language.lemmas import morph
from bot.language.text import kazakh_fold

__all__ = [
    "AskedPeriod",
    "find_period",
    "find_span_hint",
    "month_names",
    "month_number",
    "ordinals_as_digits",
]

# A year with no day: any year this placeholder stands in for is matched by its day and month.
OPEN_YEAR = 2000  # a leap year, so "29 February" is a day too


@dataclass(frozen=True)
class AskedPeriod:
    """When a question asks about: ``start`` to ``end`` (inclusive; None: open-ended).

    Without a year, ``start`` and ``end`` carry ``OPEN_YEAR`` and ``year_known`` is False.
    """

    start: date
    end: date | None
    year_known: bool
    kind: str  # "day", "span", "since", "month" or "year"
    text: str  # what was read, for the reply ("3 October", "2023")


def _month_stem(forms: list[str]) -> str:
    """The start that all forms share: "казан" of "қазан" (Kazakh names have one wide form)."""
    stem = forms[0]
    for form in forms[1:]:
        while not form.startswith(stem):
            stem = stem[:-1]
    return stem if len(stem) >= 3 else forms[0]


# Case forms that are also common words of the other language: Ukrainian "маю" is "I have".
_NOT_MONTHS = frozenset({"маю", "маем"})


def _case_forms(name: str, language: str) -> set[str]:
    """A Russian or Ukrainian month's name in every case form, folded as words are read."""
    parses = [parse for parse in morph(language).parse(name) if "NOUN" in parse.tag]
    forms = {form.word for parse in parses[:1] for form in parse.lexeme} | {name}
    folded = {kazakh_fold(form.casefold()) for form in forms}
    return (folded | {form.replace("ё", "е") for form in folded}) - _NOT_MONTHS


@cache
def _months(language: str) -> dict[str, int]:
    """A language's month names: every form read whole, Kazakh's start (read with its case
    endings) and short names with their full stop → month number."""
    months = Locale.parse(language).months
    found: dict[str, int] = {}
    for number in range(1, 13):
        wide = [
            kazakh_fold(months[context]["wide"][number].casefold())
            for context in ("format", "stand-alone")
        ]
        if language == "kk":
            found[_month_stem(wide)] = number
        for form in wide:
            found[form] = number
        if language in {"ru", "uk"}:
            stand_alone = months["stand-alone"]["wide"][number].casefold()
            found |= dict.fromkeys(_case_forms(stand_alone, language), number)
    if language in {"en", "ru"}:
        # Short names ("oct", "сент") are read whole, never as a word's start: Kazakh's
        # "қаз." would read "Қазақстан".
        for number in range(1, 13):
            for context in ("format", "stand-alone"):
                short = months[context]["abbreviated"][number].casefold().rstrip(".")
                if len(short) >= 3:
                    found[f"{short}."] = number
    if language == "en":
        found["sept."] = 9
    return found


@cache
def _kazakh_starts() -> list[tuple[str, int]]:
    """Kazakh month names, longest first: each is read with the case endings after it."""
    return sorted(_months("kk").items(), key=lambda item: -len(item[0]))


# What may follow a Kazakh month's name, folded: its case and possessive endings
# ("қазанда", "ақпанынан", "наурыздағы"), never another word's letters ("Казань", "Казанский").
_KAZAKH_ENDING = re.compile(r"[аеыиндтгкс]{0,7}")


@lru_cache(maxsize=4096)
def _month_number(word: str) -> int | None:
    """The month ``word`` names ("October", "октябре", "жовтні", "қазанда", "Oct"), or None."""
    if word.isascii():
        return _months("en").get(word) or _months("en").get(f"{word}.")
    for language in ("ru", "uk"):
        number = _months(language).get(word) or _months(language).get(f"{word}.")
        if number is not None:
            return number
    for name, number in _kazakh_starts():
        if word.startswith(name) and _KAZAKH_ENDING.fullmatch(word, len(name)):
            return number
    return None


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    # Any word may be a month's name: each candidate is checked against CLDR's names.
    month = r"(?P<m>[^\W\d_][\w']{2,})\.?"
    day = r"(?P<d>[0-3]?\d)(?:-?(?:st|nd|rd|th|го|е|ое|й|ого|ші|шы|і|ы))?"
    year = r"(?:\s*,?\s*(?P<y>(?:19|20)\d\d))?"
    return {
        "iso": re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mo>[01]?\d)-(?P<d>[0-3]?\d)\b"),
        # "03.10.2022", "3.10", "3/10": day first, as in every language read here.
        "dotted": re.compile(
            r"\b(?P<d>[0-3]?\d)[./](?P<mo>[01]?\d)(?:[./](?P<y>(?:19|20)\d\d))?\b"
        ),
        "two_dates": re.compile(
            rf"\b(?P<d1>[0-3]?\d)\s+(?:of\s+)?(?P<m1>[^\W\d_][\w']{{2,}})\.?\s*"
            rf"(?:-|–|—|по|до|to|and|и|та|бен|till|until)\s*{day}\s+(?:of\s+)?{month}{year}"
        ),
        "range": re.compile(
            rf"\b(?P<d1>[0-3]?\d)\s*(?:-|–|—|по|до|to|and|и|та|бен)\s*{day}\s+(?:of\s+)?"
            rf"{month}{year}"
        ),
        # Kazakh: "сәуірдің 1-інен қыркүйектің 27-сіне дейін" (from April's 1st to ...).
        "kk_span": re.compile(
            rf"\b(?P<m1>[^\W\d_][\w']{{2,}})\s+(?P<d1>[0-3]?\d)-?\w*\s+{month}\s+"
            rf"(?P<d>[0-3]?\d)-?\w*\s+(?:дейин|шейин|аралыгында)"
        ),
        "day_month": re.compile(rf"\b{day}\s+(?:of\s+)?{month}{year}"),
        "month_day": re.compile(rf"\b{month}\s+{day}\b{year}"),
        "month": re.compile(rf"\b(?:in|в|во|у|за)\s+{month}{year}"),
        "month_kk": re.compile(rf"\b{month}\s+(?:айында|айы|айда)"),
        "year": re.compile(r"\b(?P<y>(?:19|20)\d\d)\b"),
    }


def _matches(pattern: re.Pattern[str], folded: str) -> list[re.Match[str]]:
    """Matches whose month words are months ("may" only beside a day)."""
    found = []
    for match in pattern.finditer(folded):
        groups = match.groupdict()
        months = [groups[name] for name in ("m", "m1") if groups.get(name)]
        if all(_month_number(month) for month in months):
            found.append(match)
    return found


_SINCE = re.compile(r"(?:since|from|after|с|со|з|из|вид|starting|после|писля)\s*$")
_SINCE_AFTER = re.compile(r"^\S*\s*(?:бери|бастап|кейин)")
# "since Russia announced its mobilisation on 21 September": "since" a few words before.
_SINCE_EARLIER = re.compile(r"\b(?:since|после|писля|с тех пор|с момента|з моменту)\b")


def _since(folded: str, match: re.Match[str]) -> bool:
    """Whether the day matched starts an open period: "since 21 September", "после 21.09"."""
    before, after = folded[: match.start()], folded[match.end() :]
    return bool(
        _SINCE.search(before) or _SINCE_AFTER.search(after) or _SINCE_EARLIER.search(before[-60:])
    )


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _last_day(year: int, month: int) -> date:
    following = date(year + month // 12, month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def _read(folded: str) -> tuple[AskedPeriod, tuple[int, int]] | None:
    patterns = _patterns()
    if match := patterns["iso"].search(folded) or patterns["dotted"].search(folded):
        year = int(match["y"]) if match["y"] else None
        day = _day(year or OPEN_YEAR, int(match["mo"]), int(match["d"]))
        if day is not None:
            kind = "since" if _since(folded, match) else "day"
            found = AskedPeriod(day, None if kind == "since" else day, year is not None, kind,
                                match.group())  # fmt: skip
            return found, match.span()
    two = _matches(patterns["two_dates"], folded) or _matches(patterns["kk_span"], folded)
    if match := next(iter(two), None):
        year = int(match["y"]) if match.groupdict().get("y") else None
        first = _day(year or OPEN_YEAR, _month_number(match["m1"]) or 1, int(match["d1"]))
        last = _day(year or OPEN_YEAR, _month_number(match["m"]) or 1, int(match["d"]))
        if first and last and first <= last:
            found = AskedPeriod(first, last, year is not None, "span", match.group())
            return found, match.span()
    if match := next(iter(_matches(patterns["range"], folded)), None):
        month = _month_number(match["m"])
        year = int(match["y"]) if match["y"] else None
        first = _day(year or OPEN_YEAR, month or 1, int(match["d1"]))
        last = _day(year or OPEN_YEAR, month or 1, int(match["d"]))
        if month and first and last and first <= last:
            found = AskedPeriod(first, last, year is not None, "span", match.group())
            return found, match.span()
    for kind in ("day_month", "month_day"):
        if match := next(iter(_matches(patterns[kind], folded)), None):
            month = _month_number(match["m"])
            year = int(match["y"]) if match["y"] else None
            day = _day(year or OPEN_YEAR, month or 1, int(match["d"]))
            if month and day:
                if _since(folded, match):
                    return AskedPeriod(day, None, year is not None, "since", match.group()), (
                        match.span()
                    )
                return AskedPeriod(day, day, year is not None, "day", match.group()), (
                    match.span()
                )
    months = _matches(patterns["month"], folded) or _matches(patterns["month_kk"], folded)
    if match := next(iter(months), None):
        month = _month_number(match["m"])
        year = int(match["y"]) if "y" in match.groupdict() and match["y"] else None
        if month:
            start = date(year or OPEN_YEAR, month, 1)
            end = _last_day(year or OPEN_YEAR, month)
            return AskedPeriod(start, end, year is not None, "month", match.group()), (
                match.span()
            )
    if match := patterns["year"].search(folded):
        year = int(match["y"])
        found = AskedPeriod(date(year, 1, 1), date(year, 12, 31), True, "year", match.group())
        return found, match.span()
    return None


# Days written as ordinal words ("third of October", "третьего октября", "третього жовтня"),
# folded as the text is (Kazakh letters as on a Russian keyboard, so "і" reads "и").
_ORDINAL_UNITS = {
    "en": ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
           "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
           "seventeenth", "eighteenth", "nineteenth", "twentieth"),
    "ru": ("перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят",
           "десят", "одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат",
           "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат", "двадцат"),
    "uk": ("перш", "друг", "трет", "четверт", "п'ят", "шост", "сьом", "восьм", "дев'ят",
           "десят", "одинадцят", "дванадцят", "тринадцят", "чотирнадцят", "п'ятнадцят",
           "шистнадцят", "симнадцят", "висимнадцят", "дев'ятнадцят", "двадцят"),
    "kk": ("биринши", "екинши", "ушинши", "тортинши", "бесинши", "алтыншы", "жетинши",
           "сегизинши", "тогызыншы", "оныншы"),
}  # fmt: skip
_ORDINAL_TENS = {"twenty": 20, "thirty": 30, "двадцать": 20, "тридцать": 30, "двадцять": 20,
                 "тридцять": 30, "жиырма": 20, "отыз": 30, "он": 10}  # fmt: skip
_THIRTIETH = ("thirtieth", "тридцат", "тридцят")


@cache
def _ordinal_pattern() -> re.Pattern[str]:
    units = sorted(
        {stem for stems in _ORDINAL_UNITS.values() for stem in stems} | set(_THIRTIETH),
        key=len,
        reverse=True,
    )
    tens = "|".join(_ORDINAL_TENS)
    return re.compile(
        rf"\b(?:(?P<tens>{tens})[\s-]+)?(?P<unit>{'|'.join(map(re.escape, units))})[\w']*"
        r"(?P<rest>\s+(?:of\s+)?(?P<month>[^\W\d_][\w']{2,}))"
    )


def _ordinal_value(unit: str) -> int:
    if unit in _THIRTIETH:
        return 30
    for stems in _ORDINAL_UNITS.values():
        if unit in stems:
            return stems.index(unit) + 1
    return 0


def _ordinals_as_digits(folded: str) -> str:
    """Ordinal days before a month written as digits, the text's length kept."""

    def digits(match: re.Match[str]) -> str:
        if _month_number(match["month"]) is None:
            return match.group()
        value = _ordinal_value(match["unit"]) + _ORDINAL_TENS.get(match["tens"] or "", 0)
        if not 1 <= value <= 31:
            return match.group()
        head = match.group()[: match.start("rest") - match.start()]
        return str(value).ljust(len(head)) + match["rest"]

    return _ordinal_pattern().sub(digits, folded)


def find_period(folded: str) -> tuple[AskedPeriod | None, str]:
    """The period ``folded`` names, and the text with it blanked out (for reading the rest).

    Args:
        folded: the question, folded (``bot.language.text.fold``) and Kazakh-folded.
    """
    found = _read(_ordinals_as_digits(folded))
    if found is None:
        return None, folded
    period, (start, end) = found
    return period, folded[:start] + " " * (end - start) + folded[end:]


_SPANS = (
    (re.compile(r"\b(?:week|недел|тиждень|тижн|апта)"), 7),
    (re.compile(r"\b(?:month|месяц|місяц)"), 30),
)


def find_span_hint(folded: str) -> int | None:
    """How long a period the question has in mind, in days: "in a week" → 7; else None."""
    for pattern, days in _SPANS:
        if pattern.search(folded):
            return days
    return None


def month_names(language: str) -> dict[str, int]:
    """Every month name ``language`` has, folded as ``month_number`` reads them → its number.

    Wide forms and the start they share ("октябр"); short ones end in a full stop ("окт.").
    """
    return dict(_months(language))


def month_number(word: str) -> int | None:
    """The month one folded word names ("october", "октябре", "жовтні", "казанда", "oct"), or None.

    Args:
        word: the word folded and Kazakh-folded, without a trailing full stop.
    """
    return _month_number(word)


def ordinals_as_digits(folded: str) -> str:
    """``folded`` with ordinal days before a month as digits ("third of october" → "3     of
    october"), its length kept so that offsets still hold."""
    return _ordinals_as_digits(folded)
