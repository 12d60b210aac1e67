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
"""

from __future__ import annotations

import re
from bisect import bisect_right
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Protocol, TypeVar

from bot.language.dates import month_names, month_number, ordinals_as_digits
from bot.language.text import kazakh_fold

__all__ = ["FoundDate", "find_dates"]


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


@dataclass(frozen=True, slots=True)
class _Point:
    """A day, month or year the text names, before the words around it say what it bounds."""

    start: int
    end: int
    year: int | None
    month: int | None  # None: a whole year
    day: int | None  # None: a whole month or year
    first_day: int | None = None  # "1–7 October" is read in one piece: its first day
    # A month or year word alone ("May", "2000"): a date only beside a word that makes it one.
    bare: bool = False


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
    if language not in _LANGUAGES:
        raise ValueError(f"dates are read in en, ru, uk and kk, not {language!r}")
    folded = ordinals_as_digits(_fold(text))
    found = _from_points(text, folded, language, reference)
    found += _from_words(text, folded, language, reference)
    return _apart(found)


_LANGUAGES = ("en", "ru", "uk", "kk")
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


def _fold(text: str) -> str:
    """``text`` folded letter for letter (case, "ё", apostrophes, Kazakh letters), its length
    kept."""
    lower = text.casefold()
    if len(lower) != len(text):
        lower = "".join(map(_fold_letter, text))
    return lower.translate(_FOLDS)


def _f(pattern: str) -> str:
    """A pattern written in each language's own letters, folded as the text is."""
    return kazakh_fold(pattern.replace("ё", "е"))


class _Spans(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_Spanned = TypeVar("_Spanned", bound=_Spans)


def _apart(found: list[_Spanned]) -> list[_Spanned]:
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


# ---- Calendar arithmetic -------------------------------------------------------------------

_DAY = timedelta(days=1)


def _add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, kept within the month it lands in (31 March - 1 → 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def _latest_year(month: int, day: int | None, reference: date) -> int:
    """The year of the latest such day (or the month's first day) not after ``reference``."""
    for year in range(reference.year, reference.year - 9, -1):
        try:
            if date(year, month, day or 1) <= reference:
                return year
        except ValueError:
            continue  # 29 February: the latest leap year
    return reference.year - 1


def _bounds(point: _Point, year: int) -> tuple[date, date] | None:
    """The first and last days of ``point`` in ``year``, or None for a day that does not exist."""
    if point.month is None:
        return date(year, 1, 1), date(year, 12, 31)
    if point.day is None:
        days = monthrange(year, point.month)[1]
        return date(year, point.month, 1), date(year, point.month, days)
    try:
        last = date(year, point.month, point.day)
        first = last if point.first_day is None else date(year, point.month, point.first_day)
    except ValueError:
        return None
    return (first, last) if first <= last else None


def _year_of(point: _Point, reference: date) -> int:
    """The year ``point`` is in: its own, or that of the latest such day not after R."""
    if point.year is not None:
        return point.year
    if point.month is None:
        return reference.year  # never: a year alone is always written
    return _latest_year(point.month, point.first_day or point.day, reference)


def _resolved(point: _Point, reference: date) -> tuple[date, date] | None:
    return _bounds(point, _year_of(point, reference))


def _resolved_pair(first: _Point, last: _Point, reference: date) -> tuple[date, date] | None:
    """The period from ``first`` to ``last``: a year one end gives is the other's too."""
    year = _year_of(first, reference)
    if first.year is None and last.year is not None:
        year = last.year
        opening, closing = _bounds(first, year), _bounds(last, year)
        if opening and closing and opening[0] > closing[1]:
            year -= 1  # "from 20 December to 5 January 2023"
    opening = _bounds(first, year)
    if opening is None:
        return None
    year = opening[0].year if last.year is None else last.year
    closing = _bounds(last, year)
    if closing is not None and last.year is None and closing[1] < opening[0]:
        closing = _bounds(last, year + 1)  # "from 20 December to 5 January"
    if closing is None or closing[1] < opening[0]:
        return None
    return opening[0], closing[1]


# ---- Days, months and years written as such ------------------------------------------------

_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "ru": ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"),
    "uk": ("понеділок", "вівторок", "середу", "четвер", "п'ятницю", "суботу", "неділю"),
    "kk": ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"),
}
_DASH = "[-–—‐‑−]"
_YEAR_WORDS = _f(
    r"(?:годами|годах|годов|годом|годы|году|года|год|гг\.|г\.|г|роках|років|роки|року|році|рік"
    r"|рр\.|р\.|р|жылғы|жылдың|жылдан|жылға|жылда|жылы|жыл|ж\.)(?![\w'])"
)
_KK_YEAR_BEFORE = _f(r"(?:жылғы|жылдың|жылы|ж\.)")
_GENITIVE = _f(r"(?:тың|тің|дың|дің|ның|нің)")
_ABLATIVE = re.compile(r"(?:дан|ден|тан|тен|нан|нен)$")  # Kazakh "from" endings, folded
# Where a short dotted date ("21.09") would be a figure: "21.09 млн", "12.50%".
_FIGURE_AFTER = re.compile(_f(r"\s*(?:%|млн|млрд|тыс|тис|мың|mln|million|thousand)"))
# "в 12.05", "о 12.05": a time of day, not 12 May.
_AT_TIME = re.compile(_f(r"(?<![\w'])(?:в|о|об|at)\s+$"))
# After a year with no year word, a figure that is no year: "from 2000 to 3000 people".
_NUMBER_AFTER = re.compile(rf"\s*(?:{_DASH}|to|and|до|по|и)?\s*(?!(?:19|20)\d\d(?!\d))\d")


@cache
def _month_heads() -> frozenset[str]:
    """The first three letters of every month name, to turn most words away cheaply."""
    return frozenset(
        name[:3] for language in _LANGUAGES for name in month_names(language) if len(name) >= 3
    )


@cache
def _short_only() -> frozenset[str]:
    """Short names that are no full name's start ("oct", "сент"): read only beside a day."""
    names = {name for language in _LANGUAGES for name in month_names(language)}
    full = {name for name in names if name[-1] != "."}
    return frozenset(name[:-1] for name in names if name[-1] == ".") - full


@cache
def _month(word: str) -> int | None:
    """The month a folded word names, in any case form, or None."""
    word = word.rstrip(".")
    if word[:3] not in _month_heads():
        return None
    # Kazakh voices a final "к" before a vowel: "қыркүйегінде" (in its September).
    if word.startswith("кыркуйег"):
        return 9
    return month_number(word)


@cache
def _point_patterns(language: str) -> dict[str, re.Pattern[str]]:
    """The ways a day, month or year is written in ``language``'s news, compiled once."""
    short = "|".join(
        re.escape(name)
        for name in sorted(
            {name for lang in ("en", "ru") for name in month_names(lang) if name[-1] == "."},
            key=len,
            reverse=True,
        )
    )
    # A month's word is one that starts as a month's name does: other words fail here, fast.
    heads = "|".join(sorted(map(re.escape, _month_heads())))
    month = rf"(?P<m>{short}|(?:{heads})[\w']*)"
    suffix = r"(?:st|nd|rd|th|-[^\W\d_]{1,6})?"
    day = rf"(?P<d>[0-3]?\d){suffix}"
    first = rf"(?P<d1>[0-3]?\d){suffix}"
    weekdays = "|".join(_f(name) for names in _WEEKDAYS.values() for name in names)
    weekday = rf"(?:(?:(?:on|в|во|у)\s+)?(?:{weekdays})\s*,?\s+)?"
    # "Oct. 3, 2022": only English puts a comma before the year.
    comma = r"(?P<yc>\s*,)?" if language == "en" else ""
    year_after = rf"(?:{comma}\s*(?P<y>(?:19|20)\d\d)(?!\d)(?:\s*{_YEAR_WORDS})?)"
    year_before = rf"(?:(?P<y0>(?:19|20)\d\d)\s*{_KK_YEAR_BEFORE}\s+)"
    lead = r"(?<![\w.,:/])"
    # Kazakh may name the month with "ай" (month) after it: "мамыр айында" (in May).
    month_word = _f(r"(?:\s+ай(?:ында|ынан|ына|ы)?(?![\w']))?") if language == "kk" else ""
    close = r"(?!\d|[.,]\d)"
    joins = "|".join(_f(word) for word in (*_TO.values(), *_AND.values()) if word)
    patterns = {
        "iso": rf"{lead}(?P<y>(?:19|20)\d\d)-(?P<mo>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)",
        "dotted": rf"{lead}(?P<d>[0-3]?\d)(?P<s>[./])(?P<mo>[01]?\d)(?P=s)"
        rf"(?P<y>(?:19|20)\d\d|\d\d)(?!\d|[.,/]\d)(?:\s*{_YEAR_WORDS})?",
        "day_month": rf"{lead}{weekday}{year_before}?{day}\s+(?:of\s+)?{month}{year_after}?"
        + _f(r"(?:\s+күні)?"),
        "day_range": rf"{lead}{first}\s*(?P<c>{_DASH}|(?:{joins})(?![\w']))?\s*{day}\s+"
        rf"(?:of\s+)?{month}{year_after}?",
        "month_year": rf"{lead}{month}{year_after}",
        "month": rf"(?<![\w']){month}{month_word}",
        # Not a decade: "в 1990-х", "in the 1990s", "1990-ті жылдары".
        "year": rf"{lead}(?P<y>(?:19|20)\d\d)(?!\d|{_DASH}?(?:х|их|s|ти|шы|ши)(?![\w']))"
        r"(?:-?(?:м|го|му|й))?(?!\d)"
        rf"(?:\s*(?P<yw>{_YEAR_WORDS}))?",
    }
    if language == "en":
        patterns["month_day"] = rf"{lead}{weekday}{month}\s+{day}{close}{year_after}?"
        patterns["month_day_range"] = (
            rf"{lead}{month}\s+{first}\s*(?P<c>{_DASH}|(?:to|and|through|until|till)(?![\w']))"
            rf"\s*{day}{close}{year_after}?"
        )
    else:
        # "21.09" with no year: never in English, where "3.10" is a decimal figure.
        patterns["short_dotted"] = rf"{lead}(?P<d>[0-3]\d)\.(?P<mo>[01]\d)(?!\d|[.,/]\d)"
    if language == "kk":
        # "сәуірдің 1-інен" (from April's 1st), "2022 жылғы 21 қыркүйек", "2022 жылдың қазанында".
        patterns["kk_month_day"] = (
            rf"{lead}{year_before}?(?P<m>[^\W\d_][\w']{{2,}}{_GENITIVE})\s+{day}{close}"
        )
        patterns["year_month"] = rf"{lead}{year_before}{month}{month_word}"
    return {name: re.compile(pattern) for name, pattern in patterns.items()}


def _year(match: re.Match[str], text: str) -> int | None:
    """The year a match wrote, if any; one after a comma and before a lowercase word is a
    figure ("On 3 October, 2000 people left"), not a year."""
    groups = match.groupdict()
    if groups.get("y0"):
        return int(groups["y0"])
    if not groups.get("y"):
        return None
    if groups.get("yc"):
        rest = text[match.end("y") :].lstrip()
        if rest[:1].islower():
            return None
    return int(groups["y"]) if len(groups["y"]) == 4 else 2000 + int(groups["y"])


def _point_end(match: re.Match[str], text: str) -> int:
    """Where a match ends: before its year when ``_year`` turned the year away."""
    groups = match.groupdict()
    if groups.get("y") and groups.get("yc") and _year(match, text) is None:
        return match.start("yc")
    return match.end()


def _read_points(text: str, folded: str, language: str) -> list[_Point]:
    """Every day, month and year written in ``folded``, the longest where two overlap."""
    found: list[_Point] = []
    patterns = _point_patterns(language)
    context = _context(language)
    for name, pattern in patterns.items():
        for match in pattern.finditer(folded):
            point = _point(name, match, text, folded, language, context)
            if point is not None:
                found.append(point)
    return _apart(found)


def _point(
    name: str,
    match: re.Match[str],
    text: str,
    folded: str,
    language: str,
    context: _Context,
) -> _Point | None:
    """The day, month or year one match names, or None when it is no date."""
    groups = match.groupdict()
    start, end = match.start(), _point_end(match, text)
    if "mo" in groups:
        return _figures(name, match, folded, language)
    month = _month(groups["m"]) if groups.get("m") else None
    if groups.get("m") and (
        month is None or (language == "en" and not text[match.start("m")].isupper())
    ):
        return None  # English writes its months with a capital: "may", "march" are verbs
    year = _year(match, text)
    if name == "year":
        if not groups.get("yw") and _NUMBER_AFTER.match(folded, end):
            return None  # "from 2000 to 3000 people"
        return _Point(start, end, year, None, None, bare=not groups.get("yw"))
    if name == "month":
        word = groups["m"]
        if word.rstrip(".") in _short_only():
            return None
        bare = language != "kk" or not _kazakh_month(text, folded, match)
        return _Point(start, end, None, month, None, bare=bare)
    if name in {"month_year", "year_month"}:
        return _Point(start, end, year, month, None)
    first_day = int(groups["d1"]) if groups.get("d1") else None
    if first_day is not None and not _joined_days(match, folded, context):
        return None
    return _Point(start, end, year, month, int(groups["d"]), first_day)


def _figures(name: str, match: re.Match[str], folded: str, language: str) -> _Point | None:
    """A day written in figures: "03.10.2022", "2022-10-03", "21.09", "21/09/2022"."""
    day, month = int(match["d"]), int(match["mo"])
    if match.groupdict().get("s") == "/" and language == "en":
        if day <= 12 and month <= 12:
            return None  # "3/10/2022": an American's or a Briton's day?
        if month > 12:
            day, month = month, day
    if name == "short_dotted" and (
        _FIGURE_AFTER.match(folded, match.end())
        or _AT_TIME.search(folded, max(0, match.start() - 8), match.start())
    ):
        return None
    year = int(match["y"]) if match.groupdict().get("y") else None
    if year is not None and year < 100:
        year += 2000  # "03.10.22"
    if not 1 <= month <= 12:
        return None
    return _Point(match.start(), match.end(), year, month, day)


def _kazakh_month(text: str, folded: str, match: re.Match[str]) -> bool:
    """Whether a Kazakh month word alone is a month: "қыркүйекте" (in September) is, and
    "Қазан" (the city of Kazan) is not."""
    word = match["m"]
    if match.end() > match.end("m"):
        return True  # "мамыр айында"
    if text[match.start()].isupper() and not _opens_sentence(text, match.start()):
        return False
    month = _month(word)
    full = {name for name, number in month_names("kk").items() if number == month}
    # A case ending says it is used as a month ("қазанда"); so does "ай" after it.
    return any(word.startswith(name) and word != name for name in full) or bool(
        _MONTH_WORD.match(folded, match.end())
    )


_MONTH_WORD = re.compile(_f(r"\s+ай"))


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - _WINDOW) : start].rstrip()
    return not before or before[-1] in '.?!…\n"«“('


def _joined_days(match: re.Match[str], folded: str, context: _Context) -> bool:
    """Whether "1 … 7 October" is a period: "1–7", "1 to 7" are; "1 and 7" only after
    "between" (or before Kazakh "аралығында"); Kazakh "1-ден 7 қазанға" by its ending."""
    joint = match["c"]
    if joint is None:
        return bool(_ABLATIVE.search(folded[match.start("d1") : match.start("d")].strip()))
    if re.fullmatch(_DASH, joint) or not context.and_word.fullmatch(joint):
        return True
    return (
        _before(context, "between", folded, match.start()) is not None
        or _after(context, "range", folded, match.end()) is not None
    )


# ---- The words around a written date -------------------------------------------------------

# Before a date: "on", "in", "since", "from ... to", "between ... and", "until", "as of".
_BEFORE: dict[str, dict[str, str]] = {
    "en": {
        "on": r"on",
        "in": r"in|during|throughout",
        "since": r"(?:since|from|starting(?:\s+(?:on|from))?|beginning(?:\s+(?:on|from))?"
        r"|as\s+from|after)(?:\s+the\s+(?:start|beginning)\s+of)?",
        "from": r"from",
        "between": r"between",
        "until": r"until|till|through",
        "as_of": r"as\s+(?:of|at)|by",
    },
    "ru": {
        "in": r"в|во|за|в\s+течение",
        "since": r"(?:(?:начиная\s+)?(?:с|со)|после)(?:\s+начала)?",
        "from": r"(?:в\s+период\s+)?(?:с|со|от)",
        "between": r"между",
        "until": r"до|по",
        # "в ночь на 21 сентября" is that night, not a count as of the day.
        "as_of": r"по\s+состоянию\s+на|(?<!ночь\s)на|к|ко",
    },
    "uk": {
        "in": r"у|в|за|протягом|упродовж|впродовж",
        "since": r"(?:(?:починаючи\s+)?(?:з|зі|із|від)|після)(?:\s+початку)?",
        "from": r"(?:[ув]\s+період\s+)?(?:з|зі|із|від)",
        "between": r"між",
        "until": r"до|по",
        "as_of": r"станом\s+на|(?<!ніч\s)на",
    },
    "kk": {},
}
# After a date: Kazakh puts these after it ("21 қыркүйектен бастап", "27 қыркүйекке дейін");
# Russian and Ukrainian may close a period with "inclusive".
_AFTER: dict[str, dict[str, str]] = {
    "en": {"range": r"inclusive"},
    "ru": {"range": r"включительно"},
    "uk": {"range": r"включно"},
    "kk": {
        "since": r"(?:басынан\s+)?(?:бастап|бері|кейін)",
        "range": r"дейін|шейін|аралығында|аралығындағы|аралығы",
        "until": r"дейін|шейін",
        "as_of": r"жағдай\s+бойынша|қарай",
    },
}
# Between a period's two ends: "to" words join any two dates; "and" words only after "between"
# (or before Kazakh "аралығында"), else "on 3 and 4 October" would be a period.
_TO = {"en": r"to|till|until|through|thru", "ru": r"по|до", "uk": r"по|до", "kk": ""}
_AND = {"en": r"and", "ru": r"и", "uk": r"і|й|та", "kk": r"мен|бен|пен"}
# A document "of" a date is dated that day: "указ від 21 вересня" is no period since it.
_DATED = re.compile(
    _f(
        r"(?<![\w'])(?:указ|закон|постановлени|постанов|решени|рішенн|наказ|приказ"
        r"|распоряжени|розпорядженн|письм|лист|протокол|decree|order|letter)\w*\s+"
        r"(?:от|від|of|dated)\s+$"
    )
)
_NEVER = re.compile(r"(?!)")
# "since" a few words before the day: "since Russia announced mobilisation on 21 September",
# "с тех пор как 21 сентября", "відтоді як 21 вересня".
_SINCE_CLAUSE = {
    language: re.compile(_f(pattern)) if pattern else _NEVER
    for language, pattern in {
        "en": r"(?<![\w'])since\s+[^.;:!?()\d]{1,60}?\s+on\s+$",
        "ru": r"(?<![\w'])(?:с\s+тех\s+пор,?\s+как|с\s+момента|после\s+того,?\s+как)\s+"
        r"(?:[^.;:!?()\d]{1,60}\s+)?$",
        "uk": r"(?<![\w'])(?:відтоді,?\s+як|з\s+моменту|після\s+того,?\s+як)\s+"
        r"(?:[^.;:!?()\d]{1,60}\s+)?$",
        "kk": "",
    }.items()
}
_WINDOW = 64  # how far before a date its words are looked for


@dataclass(frozen=True, slots=True)
class _Context:
    """The words around a date in one language, compiled."""

    language: str
    before: dict[str, re.Pattern[str]]  # each ends where the date starts
    after: dict[str, re.Pattern[str]]  # each starts where the date ends
    join: re.Pattern[str]  # what stands between a period's two ends
    and_word: re.Pattern[str]


@cache
def _context(language: str) -> _Context:
    def before(key: str) -> re.Pattern[str]:
        words = _BEFORE[language].get(key)
        return re.compile(rf"(?<![\w'])(?:{_f(words)})\s+$") if words else _NEVER

    def after(key: str) -> re.Pattern[str]:
        words = _AFTER[language].get(key)
        return re.compile(rf"\s+(?:{_f(words)})(?![\w'])") if words else _NEVER

    joins = [rf"\s*{_DASH}\s*", rf"\s+(?P<and>{_f(_AND[language])})\s+"]
    if _TO[language]:
        joins.append(rf"\s+(?:{_TO[language]})\s+")
    if language == "kk":
        joins.append(r"(?P<none>\s+)")  # "1 сәуірден 27 қыркүйекке": the ending joins them
    return _Context(
        language=language,
        before={key: before(key) for key in _BEFORE["en"]},
        after={key: after(key) for key in ("since", "range", "until", "as_of")},
        join=re.compile("|".join(joins)),
        and_word=re.compile(_f(_AND[language])),
    )


def _before(context: _Context, key: str, folded: str, start: int) -> int | None:
    """Where the ``key`` words right before ``start`` begin, or None."""
    match = context.before[key].search(folded, max(0, start - _WINDOW), start)
    return match.start() if match else None


def _after(context: _Context, key: str, folded: str, end: int) -> int | None:
    """Where the ``key`` words right after ``end`` end, or None."""
    match = context.after[key].match(folded, end)
    return match.end() if match else None


def _from_points(text: str, folded: str, language: str, reference: date) -> list[FoundDate]:
    """The days, periods, months and years written with a month, a year or in figures."""
    context = _context(language)
    points = _read_points(text, folded, language)
    found: list[FoundDate] = []
    index = 0
    while index < len(points):
        if index + 1 < len(points):
            period = _period(points[index], points[index + 1], folded, context, reference)
            if period is not None:
                found.append(period)
                index += 2
                continue
        single = _single(points[index], folded, context, reference)
        if single is not None:
            found.append(single)
        index += 1
    return found


def _period(
    first: _Point, last: _Point, folded: str, context: _Context, reference: date
) -> FoundDate | None:
    """Two dates as one period, "from 1 April to 27 September", "1 сәуірден 27 қыркүйекке дейін",
    or None when they are not one."""
    if first.first_day is not None or last.first_day is not None:
        return None
    joint = context.join.fullmatch(folded, first.end, last.start)
    if joint is None:
        return None
    between = _before(context, "between", folded, first.start)
    start = between if between is not None else _before(context, "from", folded, first.start)
    if start is None and not (first.bare and last.bare):
        start = _before(context, "in", folded, first.start)  # "в 2022–2023 годах"
    end = _after(context, "range", folded, last.end)
    groups = joint.groupdict()
    if groups.get("and") and between is None and end is None:
        return None
    if (
        groups.get("none") is not None
        and end is None
        and not _ABLATIVE.search(folded[first.start : first.end])
    ):
        return None
    if first.bare and last.bare and start is None:
        # "в сентябре-октябре": two months after "in" are one period too.
        start = _before(context, "in", folded, first.start)
        if start is None or last.month is None:
            return None
    bounds = _resolved_pair(first, last, reference)
    if bounds is None:
        return None
    return FoundDate(
        first.start if start is None else start,
        last.end if end is None else end,
        bounds[0],
        bounds[1],
        None,
        "range",
        relative=False,
    )


def _single(point: _Point, folded: str, context: _Context, reference: date) -> FoundDate | None:
    """What one written date stands for, read from the words around it."""
    bounds = _resolved(point, reference)
    if bounds is None:
        return None
    if point.first_day is not None:  # "1–7 October", read in one piece
        start = _before(context, "between", folded, point.start)
        if start is None:
            start = _before(context, "from", folded, point.start)
        end = _after(context, "range", folded, point.end)
        return FoundDate(
            point.start if start is None else start,
            point.end if end is None else end,
            bounds[0],
            bounds[1],
            None,
            "range",
            relative=False,
        )
    level = "day" if point.day is not None else "month" if point.month is not None else "year"
    if not _DATED.search(folded, max(0, point.start - _WINDOW), point.start):
        start = _before(context, "since", folded, point.start)
        end = _after(context, "since", folded, point.end)
        if (
            start is None
            and end is None
            and _SINCE_CLAUSE[context.language].search(
                folded, max(0, point.start - _WINDOW), point.start
            )
        ):
            # "since Russia announced mobilisation on 21 September": the day opens the period.
            start = _before(context, "on", folded, point.start)
            start = point.start if start is None else start
        if start is not None or end is not None:
            return FoundDate(
                point.start if start is None else start,
                point.end if end is None else end,
                bounds[0],
                None,
                reference,
                "since",
                relative=False,
            )
    if level == "day":
        start = _before(context, "as_of", folded, point.start)
        end = _after(context, "as_of", folded, point.end)
        if start is not None or end is not None:
            return FoundDate(
                point.start if start is None else start,
                point.end if end is None else end,
                None,
                None,
                bounds[0],
                "day",
                relative=False,
            )
        start = _before(context, "until", folded, point.start)
        end = _after(context, "until", folded, point.end)
        if start is not None or end is not None:
            return FoundDate(
                point.start if start is None else start,
                point.end if end is None else end,
                None,
                bounds[1],
                None,
                "range",
                relative=False,
            )
    start = _before(context, "on" if level == "day" else "in", folded, point.start)
    if point.bare and start is None:
        return None
    return FoundDate(
        point.start if start is None else start,
        point.end,
        bounds[0],
        bounds[1],
        None,
        level,
        relative=False,
    )


# ---- Periods counted from the reference date -----------------------------------------------

# Named periods before or around R, each with the key ``_calendar`` resolves.
_CALENDAR: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"the\s+day\s+before\s+yesterday", "before_yesterday"),
        (r"yesterday", "yesterday"),
        (r"today", "today"),
        (r"(?:on\s+)?the\s+(?:day\s+before|previous\s+day)", "yesterday"),
        (r"(?:(?:during|over|in)\s+)?(?<!the\s)(?:last|the\s+previous)\s+week(?!\s+of)",
         "last_week"),
        (r"(?:(?:during|over|in)\s+)?this\s+week", "this_week"),
        (r"(?:(?:during|over|in)\s+)?(?<!the\s)(?:last|the\s+previous)\s+month(?!\s+of)",
         "last_month"),
        (r"(?:(?:during|over|in)\s+)?this\s+month", "this_month"),
        (r"(?:(?:during|over|in)\s+)?(?<!the\s)(?:last|the\s+previous)\s+year(?!\s+of)",
         "last_year"),
        (r"(?:(?:so\s+far|during|over|in)\s+)?this\s+year|year\s+to\s+date", "this_year"),
        (r"(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year", "year_start"),
        (r"(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+month",
         "month_start"),
        (r"(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+week", "week_start"),
    ),
    "ru": (
        (r"позавчера", "before_yesterday"),
        (r"вчера", "yesterday"),
        (r"сегодня", "today"),
        (r"накануне|дн[её]м\s+ранее", "yesterday"),
        (r"(?:на|за)\s+(?:прошлой|минувшей|предыдущей)\s+неделе"
         r"|за\s+(?:прошлую|предыдущую)\s+неделю", "last_week"),
        (r"на\s+(?:этой|текущей|нынешней)\s+неделе", "this_week"),
        (r"в\s+(?:прошлом|минувшем|предыдущем)\s+месяце|за\s+(?:прошлый|предыдущий)\s+месяц",
         "last_month"),
        (r"в\s+(?:этом|текущем|нынешнем)\s+месяце", "this_month"),
        (r"в\s+(?:прошлом|минувшем|предыдущем)\s+году|за\s+(?:прошлый|предыдущий)\s+год",
         "last_year"),
        (r"в\s+(?:этом|текущем|нынешнем)\s+году|за\s+(?:этот|текущий)\s+год", "this_year"),
        (r"(?:с|со|от)\s+начала\s+(?:этого\s+|текущего\s+|нынешнего\s+)?года", "year_start"),
        (r"(?:с|со)\s+начала\s+(?:этого\s+|текущего\s+)?месяца", "month_start"),
        (r"(?:с|со)\s+начала\s+(?:этой\s+|текущей\s+)?недели", "week_start"),
    ),
    "uk": (
        (r"позавчора", "before_yesterday"),
        (r"вчора|учора", "yesterday"),
        (r"сьогодні", "today"),
        (r"напередодні|днем\s+раніше", "yesterday"),
        (r"(?:минулого|попереднього)\s+тижня|(?:на|у|в)\s+(?:минулому|попередньому)\s+тижні"
         r"|за\s+(?:минулий|попередній)\s+тиждень", "last_week"),
        (r"(?:цього|поточного)\s+тижня|(?:на|у|в)\s+(?:цьому|поточному)\s+тижні", "this_week"),
        (r"(?:минулого|попереднього)\s+місяця|[ув]\s+(?:минулому|попередньому)\s+місяці"
         r"|за\s+(?:минулий|попередній)\s+місяць", "last_month"),
        (r"(?:цього|поточного)\s+місяця|[ув]\s+(?:цьому|поточному)\s+місяці", "this_month"),
        (r"(?:минулого|попереднього)\s+року|торік|минулоріч"
         r"|[ув]\s+(?:минулому|попередньому)\s+році|за\s+(?:минулий|попередній)\s+рік",
         "last_year"),
        (r"(?:цього|поточного)\s+року|цьогоріч|[ув]\s+(?:цьому|поточному)\s+році"
         r"|за\s+(?:цей|поточний)\s+рік", "this_year"),
        (r"(?:з|зі|із|від)\s+початку\s+(?:цього\s+|поточного\s+)?року", "year_start"),
        (r"(?:з|зі|із|від)\s+початку\s+(?:цього\s+|поточного\s+)?місяця", "month_start"),
        (r"(?:з|зі|із|від)\s+початку\s+(?:цього\s+|поточного\s+)?тижня", "week_start"),
    ),
    "kk": (
        (r"бүгін", "today"),
        (r"кеше(?:гі)?", "yesterday"),
        (r"өткен\s+апта(?:да|дағы|\s+ішінде)?", "last_week"),
        (r"осы\s+апта(?:да|\s+ішінде)", "this_week"),
        (r"өткен\s+ай(?:да|дағы|\s+ішінде)", "last_month"),
        (r"(?:осы|ағымдағы)\s+ай(?:да|\s+ішінде)", "this_month"),
        (r"өткен\s+жыл(?:ы|дағы|\s+ішінде)|былтыр(?:ғы)?", "last_year"),
        (r"биыл(?:ғы)?|(?:осы|ағымдағы)\s+жыл(?:ы|\s+ішінде)", "this_year"),
        (r"(?:биыл\s+)?жыл(?:дың)?\s+басынан\s+(?:бері|бастап)", "year_start"),
        (r"ай(?:дың)?\s+басынан\s+(?:бері|бастап)", "month_start"),
        (r"апта(?:ның)?\s+басынан\s+(?:бері|бастап)", "week_start"),
    ),
}  # fmt: skip

_NUMBERS: dict[str, dict[str, int]] = {
    "en": {"a": 1, "an": 1, "one": 1, "a single": 1, "a couple of": 2, "two": 2, "three": 3,
           "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20,
           "thirty": 30},
    "ru": {"один": 1, "одна": 1, "одну": 1, "одни": 1, "одного": 1, "одной": 1, "одних": 1,
           "два": 2, "две": 2, "двух": 2, "двое": 2, "пару": 2, "три": 3, "трех": 3, "трое": 3,
           "четыре": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7,
           "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10,
           "десяти": 10, "двенадцать": 12, "четырнадцать": 14, "пятнадцать": 15,
           "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30},
    "uk": {"один": 1, "одна": 1, "одну": 1, "одні": 1, "одного": 1, "однієї": 1, "одних": 1,
           "два": 2, "дві": 2, "двох": 2, "двоє": 2, "пару": 2, "три": 3, "трьох": 3,
           "троє": 3, "чотири": 4, "чотирьох": 4, "п'ять": 5, "п'яти": 5, "шість": 6,
           "шести": 6, "сім": 7, "семи": 7, "вісім": 8, "восьми": 8, "дев'ять": 9,
           "дев'яти": 9, "десять": 10, "десяти": 10, "дванадцять": 12, "чотирнадцять": 14,
           "п'ятнадцять": 15, "двадцять": 20, "двадцяти": 20, "тридцять": 30, "тридцяти": 30},
    "kk": {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8,
           "тоғыз": 9, "он": 10, "он бес": 15, "жиырма": 20, "отыз": 30},
}  # fmt: skip

# Units of a length of time, each with its forms.
_UNITS: dict[str, dict[str, str]] = {
    "en": {"day": r"days?", "week": r"weeks?", "fortnight": r"fortnights?",
           "month": r"months?", "year": r"years?", "hour": r"hours?"},
    "ru": {"day": r"дней|дня|день|суток|сутки", "week": r"недель|недели|неделю|неделя",
           "month": r"месяцев|месяца|месяц", "year": r"года|год|лет",
           "hour": r"часов|часа|час"},
    "uk": {"day": r"днів|дні|дня|день|доби|добу|діб", "week": r"тижнів|тижні|тижня|тиждень",
           "month": r"місяців|місяці|місяця|місяць", "year": r"років|роки|року|рік",
           "hour": r"годину|години|годин"},
    "kk": {"day": r"тәулі[кг]|күн", "week": r"апта", "month": r"ай", "year": r"жыл",
           "hour": r"сағат"},
}  # fmt: skip
_DAYS_IN = {"day": 1, "week": 7, "fortnight": 14}
_MONTHS_IN = {"month": 1, "year": 12}

# "in a week", "the past two weeks", "за последние две недели", "соңғы екі аптада": the
# preposition (prep), "past" (mod) and count (n) are checked in ``_duration``.
_DURATION = {
    "en": r"(?:(?P<prep>in|within|over|during|for|throughout)\s+)?(?:(?P<mod>the\s+(?:past|last"
          r"|previous|preceding)|past|last)\s+)?(?:(?:just|only)\s+)?(?:(?P<n>{n})\s+)?{units}",
    "ru": r"(?:(?P<prep>за|в\s+течение|на\s+протяжении|в)\s+)?"
          r"(?:(?P<mod>последн|прошедш|минувш)\w*\s+)?(?:(?P<n>{n})\s+)?{units}",
    "uk": r"(?:(?P<prep>за|протягом|упродовж|впродовж|у|в)\s+)?"
          r"(?:(?P<mod>останн|минул)\w*\s+)?(?:(?P<n>{n})\s+)?{units}",
    "kk": r"(?:(?P<mod>соңғы|өткен)\s+)?(?:(?P<n>{n})\s+)?{units}"
          r"(?:(?:ы|і|сы|сі)?н?(?:да|де|та|те)|\s+(?:ішінде|бойы))",
}  # fmt: skip
_AGO = {
    "en": r"(?P<n>{n})\s+{units}\s+ago",
    "ru": r"(?:(?P<n>{n})\s+)?{units}\s+назад",
    "uk": r"(?:(?P<n>{n})\s+)?{units}\s+тому",
    "kk": r"(?P<n>{n})\s+{units}\s+бұрын",
}
# Halves and quarters of a year: "in the first half of 2023", "в третьем квартале".
_PART = {
    "en": r"(?:(?P<prep>in|during|over|for)\s+)?(?:the\s+)?"
    r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?P<part>half|quarter)"
    r"(?:\s+of\s+(?:(?P<of>the\s+year)|(?P<y>(?:19|20)\d\d)))?",
    "ru": r"(?:(?P<prep>в|во|за)\s+)?(?P<ord>перв|втор|трет|четверт)\w*\s+"
    r"(?P<part>полугоди|квартал)\w*"
    r"(?:\s+(?P<y>(?:19|20)\d\d)(?:\s*(?:года|г\.|г))?|\s+(?:этого|текущего)\s+года)?",
    "uk": r"(?:(?P<prep>у|в|за)\s+)?(?P<ord>перш|друг|трет|четверт)\w*\s+"
    r"(?P<part>півріч|квартал)\w*"
    r"(?:\s+(?P<y>(?:19|20)\d\d)(?:\s*(?:року|р\.|р))?|\s+(?:цього|поточного)\s+року)?",
    # Kazakh needs no preposition: the ordinal and the noun say it all.
    "kk": r"(?:(?P<y>(?:19|20)\d\d)\s*(?:жылдың|жылғы|ж\.)\s+)?"
    r"(?P<ord>бірінші|екінші|үшінші|төртінші)\s+(?P<part>жартыжылды[кғ]|жарты\s+жыл|тоқсан)\w*",
}
# The year's first months: "in the first eight months of the year", "за восемь месяцев этого
# года", "биылғы сегіз айда" → 1 January to the last day of the eighth month.
_YEAR_MONTHS = {
    "en": r"(?:(?:in|during|over)\s+)?the\s+first\s+(?P<n>{n})\s+months\s+of\s+"
    r"(?:(?:the|this)\s+year|(?P<y>(?:19|20)\d\d))",
    "ru": r"за\s+(?:первые\s+)?(?P<n>{n})\s+месяц\w*\s+(?:(?:этого|текущего|нынешнего)\s+года"
    r"|(?P<y>(?:19|20)\d\d)\s*(?:года|г\.|г\b))",
    "uk": r"за\s+(?:перші\s+)?(?P<n>{n})\s+місяц\w*\s+(?:(?:цього|поточного)\s+року"
    r"|(?P<y>(?:19|20)\d\d)\s*(?:року|р\.|р\b))",
    "kk": r"(?:биылғы|осы\s+жылғы|(?P<y>(?:19|20)\d\d)\s*жылдың)\s+(?:алғашқы\s+)?(?P<n>{n})\s+"
    r"ай(?:ында|да)",
}
# Halves of a month: "in the first half of March", "в первой половине марта", "наурыздың
# бірінші жартысында" → the 1st to the 15th, or the 16th to the month's end.
_MONTH_HALF = {
    "en": r"(?:(?:in|during|over)\s+)?the\s+(?P<ord>first|second)\s+half\s+of\s+(?P<m>[a-z]{3,})"
    r"(?:\s+(?P<y>(?:19|20)\d\d))?",
    "ru": r"(?:в|во|за)\s+(?P<ord>первой|второй|первую|вторую)\s+половин[еуы]\s+(?P<m>[а-я]{3,})"
    r"(?:\s+(?P<y>(?:19|20)\d\d)\s*(?:года|г\.?)?)?",
    "uk": r"(?:у|в|за)\s+(?P<ord>першій|другій|першу|другу)\s+половин[іиу]\s+(?P<m>[а-яіїєґ']{3,})"
    r"(?:\s+(?P<y>(?:19|20)\d\d)\s*(?:року|р\.?)?)?",
    "kk": r"(?:(?P<y>(?:19|20)\d\d)\s*жылғы\s+)?(?P<m>[а-яәғқңөұүһі]{3,})"
    r"(?:дың|дің|тың|тің|ның|нің)\s+(?P<ord>бірінші|екінші)\s+жартысында",
}
_ORDINALS = {
    _f(word): number
    for number, words in enumerate(
        (
            ("first", "1st", "перв", "перш", "бірінші"),
            ("second", "2nd", "втор", "друг", "екінші"),
            ("third", "3rd", "трет", "үшінші"),
            ("fourth", "4th", "четверт", "төртінші"),
        ),
        start=1,
    )
    for word in words
}
_QUARTERS = frozenset(_f(word) for word in ("quarter", "квартал", "тоқсан"))

# "since Monday": the day opens a period; Russian and Ukrainian take the genitive after "с", "з".
_WEEKDAYS_FROM: dict[str, tuple[str, ...]] = {
    "en": _WEEKDAYS["en"],
    "ru": ("понедельника", "вторника", "среды", "четверга", "пятницы", "субботы", "воскресенья"),
    "uk": ("понеділка", "вівторка", "середи", "четверга", "п'ятниці", "суботи", "неділі"),
    "kk": _WEEKDAYS["kk"],
}
_WEEKDAY_SINCE = {
    "en": r"since\s+(?:last\s+)?(?P<w>{days_from})",
    "ru": r"(?:начиная\s+)?(?:с|со)\s+(?:прошлого\s+|прошлой\s+)?(?P<w>{days_from})",
    "uk": r"(?:починаючи\s+)?(?:з|зі|із|від)\s+(?:минулого\s+|минулої\s+)?(?P<w>{days_from})",
    "kk": r"(?P<w>{days_from})(?:ден|дан|нен|нан)\s+(?:бері|бастап)",
}
_WEEKDAY = {
    "en": r"(?:(?P<pre>on|last|this\s+past)\s+)?(?P<w>{days})",
    "ru": r"(?:в|во)\s+(?:(?P<pre>прошлый|прошлую|минувший|минувшую|этот|эту)\s+)?(?P<w>{days})",
    "uk": r"(?:у|в)\s+(?:(?P<pre>минулий|минулу|цей|цю)\s+)?(?P<w>{days})",
    "kk": r"(?:(?P<pre>өткен|осы)\s+)?(?P<w>{days})(?:де|да|\s+күні)",
}
# After a length of time, words that make it no period up to R: "a week before the vote",
# "the last week of September" (a month's name after it is checked too).
_NOT_A_SPAN = re.compile(_f(r"\s+(?:of|ago|before|after|earlier|later|до|назад|тому|бұрын)\b"))
_WORD_AFTER = re.compile(r"\s+([^\W\d_][\w']*)")


@cache
def _word_patterns(language: str) -> dict[str, re.Pattern[str]]:
    numbers = sorted(_NUMBERS[language], key=len, reverse=True)
    n = r"(?<!\d)\d{1,3}(?!\d)|" + "|".join(_f(word).replace(" ", r"\s+") for word in numbers)
    units = "(?:" + "|".join(
        rf"(?P<{unit}>{_f(forms)})" for unit, forms in _UNITS[language].items()
    ) + ")"  # fmt: skip
    days = "|".join(_f(day) for day in _WEEKDAYS[language])
    days_from = "|".join(_f(day) for day in _WEEKDAYS_FROM[language])
    patterns = {
        "duration": _DURATION[language],
        "ago": _AGO[language],
        "weekday": _WEEKDAY[language],
        "weekday_since": _WEEKDAY_SINCE[language],
        "part": _PART[language],
        "year_months": _YEAR_MONTHS[language],
        "month_half": _MONTH_HALF[language],
    }
    words = {"{n}": n, "{units}": units, "{days}": days, "{days_from}": days_from}
    compiled = {}
    for name, pattern in patterns.items():
        filled = _f(pattern)
        for slot, alternatives in words.items():
            filled = filled.replace(slot, alternatives)
        # A weekday may take "'s": "Friday's figures".
        close = r"(?!\w)" if name.startswith("weekday") else r"(?![\w'])"
        compiled[name] = re.compile(rf"(?<![\w'])(?:{filled}){close}")
    # One pass for every named period: each alternative is a group named by its key. Those
    # that open with "since" come first, so that "биыл жыл басынан бері" is one reading.
    named = sorted(
        enumerate(_CALENDAR[language]), key=lambda item: not item[1][1].endswith("_start")
    )
    alternatives = "|".join(
        rf"(?P<{key}_{index}>{_f(pattern)})" for index, (pattern, key) in named
    )
    compiled["calendar"] = re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w'])")
    return compiled


def _from_words(text: str, folded: str, language: str, reference: date) -> list[FoundDate]:
    """Periods named from R: "yesterday", "last week", "in a week", "on Monday"."""
    found: list[FoundDate] = []
    for name, pattern in _word_patterns(language).items():
        for match in pattern.finditer(folded):
            if name == "calendar":
                key = (match.lastgroup or "").rsplit("_", 1)[0]
                found.append(_calendar(key, match, reference))
            elif name == "part":
                part = _part(match, reference)
                if part is not None:
                    found.append(part)
            elif name == "month_half":
                half = _month_half(match, reference)
                if half is not None:
                    found.append(half)
            elif name == "year_months":
                months = _year_months(match, language, reference)
                if months is not None:
                    found.append(months)
            elif name.startswith("weekday"):
                if language == "en" and not text[match.start("w")].isupper():
                    continue
                found.append(_weekday(match, language, reference, since=name != "weekday"))
            else:
                reading = _duration(match, folded, language, reference, ago=name == "ago")
                if reading is not None:
                    found.append(reading)
    return found


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
        "this_month": (first, None),
        "last_year": (january.replace(year=reference.year - 1), january - _DAY),
        "this_year": (january, None),
        "year_start": (january, None),
        "month_start": (first, None),
        "week_start": (monday, None),
    }
    period_start, period_end = spans[key]
    kind = "since" if key.endswith("_start") else "relative"
    # A period still running ("this week") is counted up to R, as "since" is.
    as_of = reference if period_end is None else None
    return FoundDate(start, end, period_start, period_end, as_of, kind, relative=True)


def _part(match: re.Match[str], reference: date) -> FoundDate | None:
    """A half or quarter of a year; with no year, the latest one begun by R."""
    groups = match.groupdict()
    if "prep" in groups and not (groups["prep"] or groups["y"]):
        return None  # "the second half" of anything
    if "of" in groups and match["part"] == "half" and not (groups["y"] or groups["of"]):
        return None  # English "half" is a year's only when it says so: "of the match" is not
    number = _ORDINALS[match["ord"]]
    months = 3 if match["part"] in _QUARTERS else 6
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


def _month_half(match: re.Match[str], reference: date) -> FoundDate | None:
    """A month's first half (1st–15th) or second (16th–end); with no year, the latest begun."""
    month = _month(match["m"])
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


def _year_months(match: re.Match[str], language: str, reference: date) -> FoundDate | None:
    """The first N months of a year: 1 January to the end of month N."""
    count = _count(match, language)
    year = int(match["y"]) if match["y"] else reference.year
    if not 1 <= count <= 12:
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
    return {_f(word): value for word, value in _NUMBERS[language].items()}


def _unit(match: re.Match[str]) -> str:
    return next(unit for unit in ("day", "week", "fortnight", "month", "year", "hour")
                if match.groupdict().get(unit))  # fmt: skip


def _duration(
    match: re.Match[str], folded: str, language: str, reference: date, *, ago: bool
) -> FoundDate | None:
    """A length of time up to R: "in a week", "за последние две недели" → its last days, as
    of R; "two weeks ago" → that day."""
    groups = match.groupdict()
    unit, count = _unit(match), _count(match, language)
    prep, mod = groups.get("prep"), groups.get("mod")
    if not ago:
        if _NOT_A_SPAN.match(folded, match.end()):
            return None
        following = _WORD_AFTER.match(folded, match.end())
        if following and _month(following[1]) is not None:
            return None  # "the last week of September", "последняя неделя сентября"
        if not _spans(language, prep, mod, groups.get("n"), unit):
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


def _spans(language: str, prep: str | None, mod: str | None, n: str | None, unit: str) -> bool:
    """Whether a length of time is a period up to R by the words before it: "in a week" and
    "за неделю" are; "a week" alone, "в неделю" (a week's rate) and "last week" (a calendar
    week, read by ``_calendar``) are not."""
    if language == "en":
        if mod is None:
            return prep is not None and n is not None
        # "last week" is the calendar week; "last 10 days", "the previous 10 days" are spans.
        return n is not None or " ".join(mod.split()) in {"past", "the past", "the last"}
    if language == "kk":
        calendar = mod == "откен" and unit not in {"day", "hour"}  # "өткен", folded
        return (mod is not None or n is not None) and not calendar
    if mod is not None:
        calendar = mod in {"минул", "прошл"} and unit not in {"day", "hour"}
        return not calendar
    return prep is not None and prep not in {"в", "у"}


def _weekday(match: re.Match[str], language: str, reference: date, *, since: bool) -> FoundDate:
    """A weekday ("on Monday", "в понедельник", "дүйсенбі күні"): the latest not after R;
    "since Monday", "с понедельника": a period from that day, as of R."""
    names = _WEEKDAYS_FROM[language] if since else _WEEKDAYS[language]
    weekday = [_f(day) for day in names].index(match["w"])  # seven names: no cache needed
    day = reference - timedelta(days=(reference.weekday() - weekday) % 7)
    earlier = {"last", "прошлый", "прошлую", "минувший", "минувшую", "минулий", "минулу", "откен"}
    if day == reference and match.groupdict().get("pre") in earlier:
        day -= timedelta(days=7)
    if since:
        return FoundDate(*match.span(), day, None, reference, "since", relative=True)
    return FoundDate(*match.span(), day, day, None, "day", relative=True)
