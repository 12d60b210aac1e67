"""Days, months and years written as such, and the words around them that say what each stands for.

"3 October", "03.10.2022", "Oct. 3, 2022", "in September 2022", "2022 жылы" are read as points
(a day, a month or a year); the words before and after a point make it a day ("on", "на"), the
start of a period ("since", "с", "бастап"), its end ("until", "дейін") or, with a second point,
a period ("from 1 April to 27 September", "1 сәуірден 27 қыркүйекке дейін"). A day or month with
no year is the latest one not after the reference date.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from bot.ingest.found_dates import FoundDate, apart
from bot.ingest.period_words import (
    AND_WORDS,
    AT_TIME,
    DASH,
    DATED,
    FIGURE_AFTER,
    KK_ABLATIVE,
    KK_GENITIVE,
    KK_MONTH_WORD,
    KK_YEAR_BEFORE,
    NEVER,
    NUMBER_AFTER,
    SINCE_CLAUSE,
    TO_WORDS,
    WEEKDAYS,
    WORDS_AFTER,
    WORDS_BEFORE,
    YEAR_WORDS,
    fold_pattern,
    month_heads,
    month_of,
    short_only_names,
)
from bot.language.dates import month_names

__all__ = ["find_written_dates"]


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


# ---- Calendar arithmetic -------------------------------------------------------------------


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
    if first.year is None and last.year is None and closing[0] > reference:
        # "from 1 April to 27 September", published in May: the last such span that is over,
        # not one ending in months to come ("в сентябре-октябре" in October is this year's).
        earlier = _bounds(first, opening[0].year - 1), _bounds(last, closing[1].year - 1)
        if earlier[0] is not None and earlier[1] is not None:
            return earlier[0][0], earlier[1][1]
    return opening[0], closing[1]


# ---- Days, months and years written as such ------------------------------------------------


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
    heads = "|".join(sorted(map(re.escape, month_heads())))
    month = rf"(?P<m>{short}|(?:{heads})[\w']*)"
    suffix = r"(?:st|nd|rd|th|-[^\W\d_]{1,6})?"
    day = rf"(?P<d>[0-3]?\d){suffix}"
    first = rf"(?P<d1>[0-3]?\d){suffix}"
    weekdays = "|".join(fold_pattern(name) for names in WEEKDAYS.values() for name in names)
    weekday = rf"(?:(?:(?:on|в|во|у)\s+)?(?:{weekdays})\s*,?\s+)?"
    # "Oct. 3, 2022": only English puts a comma before the year.
    comma = r"(?P<yc>\s*,)?" if language == "en" else ""
    year_after = rf"(?:{comma}\s*(?P<y>(?:19|20)\d\d)(?!\d)(?:\s*{YEAR_WORDS})?)"
    year_before = rf"(?:(?P<y0>(?:19|20)\d\d)\s*{KK_YEAR_BEFORE}\s+)"
    lead = r"(?<![\w.,:/])"
    # Kazakh may name the month with "ай" (month) after it: "мамыр айында" (in May).
    month_word = (
        fold_pattern(r"(?:\s+ай(?:ының|ында|ынан|ына|ы)?(?![\w']))?") if language == "kk" else ""
    )
    close = r"(?!\d|[.,]\d)"
    joins = "|".join(
        fold_pattern(word) for word in (*TO_WORDS.values(), *AND_WORDS.values()) if word
    )
    patterns = {
        "iso": rf"{lead}(?P<y>(?:19|20)\d\d)-(?P<mo>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)",
        "dotted": rf"{lead}(?P<d>[0-3]?\d)(?P<s>[./])(?P<mo>[01]?\d)(?P=s)"
        rf"(?P<y>(?:19|20)\d\d|\d\d)(?!\d|[.,/]\d)(?:\s*{YEAR_WORDS})?",
        "day_month": rf"{lead}{weekday}{year_before}?{day}\s+(?:of\s+)?{month}{year_after}?"
        + fold_pattern(r"(?:\s+күні)?"),
        "day_range": rf"{lead}{first}\s*(?P<c>{DASH}|(?:{joins})(?![\w']))?\s*{day}\s+"
        rf"(?:of\s+)?{month}{year_after}?",
        "month_year": rf"{lead}{month}{year_after}",
        "month": rf"(?<![\w']){month}{month_word}",
        # Not a decade: "в 1990-х", "in the 1990s", "1990-ті жылдары".
        "year": rf"{lead}(?P<y>(?:19|20)\d\d)(?!\d|{DASH}?(?:х|их|s|ти|шы|ши)(?![\w']))"
        r"(?:-?(?:м|го|му|й))?(?!\d)"
        rf"(?:\s*(?P<yw>{YEAR_WORDS}))?",
    }
    if language == "en":
        patterns["month_day"] = rf"{lead}{weekday}{month}\s+{day}{close}{year_after}?"
        patterns["month_day_range"] = (
            rf"{lead}{month}\s+{first}\s*(?P<c>{DASH}|(?:to|and|through|until|till)(?![\w']))"
            rf"\s*{day}{close}{year_after}?"
        )
    else:
        # "21.09" with no year: never in English, where "3.10" is a decimal figure.
        patterns["short_dotted"] = rf"{lead}(?P<d>[0-3]\d)\.(?P<mo>[01]\d)(?!\d|[.,/]\d)"
    if language == "kk":
        # "сәуірдің 1-інен" (from April's 1st), "2022 жылғы 21 қыркүйек", "2022 жылдың қазанында".
        patterns["kk_month_day"] = (
            rf"{lead}{year_before}?(?P<m>[^\W\d_][\w']{{2,}}{KK_GENITIVE})\s+{day}{close}"
        )
        patterns["year_month"] = rf"{lead}{year_before}{month}{month_word}"
        # "маусымның 1-і мен 14-і аралығында": the month's days, from the first to the second.
        patterns["kk_month_day_range"] = (
            rf"{lead}{year_before}?(?P<m>[^\W\d_][\w']{{2,}}{KK_GENITIVE})\s+{first}\s*"
            rf"(?P<c>{DASH}|(?:{joins})(?![\w']))\s*{day}{close}"
        )
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
    return apart(found)


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
    month = month_of(groups["m"]) if groups.get("m") else None
    if groups.get("m") and (
        month is None or (language == "en" and not text[match.start("m")].isupper())
    ):
        return None  # English writes its months with a capital: "may", "march" are verbs
    if groups.get("m") and not _month_word_of(groups["m"], language):
        return None  # "в Казань": a Kazakh month's name in a Russian text is the city
    year = _year(match, text)
    if name == "year":
        if not groups.get("yw") and NUMBER_AFTER.match(folded, end):
            return None  # "from 2000 to 3000 people"
        return _Point(start, end, year, None, None, bare=not groups.get("yw"))
    if name == "month":
        word = groups["m"]
        if word.rstrip(".") in short_only_names():
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
        FIGURE_AFTER.match(folded, match.end())
        or AT_TIME.search(folded, max(0, match.start() - 8), match.start())
    ):
        return None
    year = int(match["y"]) if match.groupdict().get("y") else None
    if year is not None and year < 100:
        year += 2000  # "03.10.22"
    if not 1 <= month <= 12:
        return None
    return _Point(match.start(), match.end(), year, month, day)


@cache
def _month_words(language: str) -> tuple[str, ...]:
    """The month names a Russian, Ukrainian or English text writes: its own and English."""
    languages = ("en",) if language == "en" else (language, "en")
    return tuple(name.rstrip(".") for each in languages for name in month_names(each))


def _month_word_of(word: str, language: str) -> bool:
    if language == "kk":
        return True  # a Kazakh text may write any ("қыркүйегінде", and Russian "сентября")
    # "октябре" starts with the stem "октябр"; "Sept" and "Aug" are the start of a name.
    word = word.rstrip(".")
    return any(word.startswith(name) or name.startswith(word) for name in _month_words(language))


def _kazakh_month(text: str, folded: str, match: re.Match[str]) -> bool:
    """Whether a Kazakh month word alone is a month: "қыркүйекте" (in September) is, and
    "Қазан" (the city of Kazan) is not."""
    word = match["m"]
    if match.end() > match.end("m"):
        return True  # "мамыр айында"
    if text[match.start()].isupper() and not _opens_sentence(text, match.start()):
        return False
    month = month_of(word)
    full = {name for name, number in month_names("kk").items() if number == month}
    # A case ending says it is used as a month ("қазанда"); so does "ай" after it.
    return any(word.startswith(name) and word != name for name in full) or bool(
        KK_MONTH_WORD.match(folded, match.end())
    )


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - _WINDOW) : start].rstrip()
    return not before or before[-1] in '.?!…\n"«“('


def _joined_days(match: re.Match[str], folded: str, context: _Context) -> bool:
    """Whether "1 … 7 October" is a period: "1–7", "1 to 7" are; "1 and 7" only after
    "between" (or before Kazakh "аралығында"); Kazakh "1-ден 7 қазанға" by its ending."""
    joint = match["c"]
    if joint is None:
        return bool(KK_ABLATIVE.search(folded[match.start("d1") : match.start("d")].strip()))
    if re.fullmatch(DASH, joint) or not context.and_word.fullmatch(joint):
        return True
    # "22 и 23 апреля", one day after the other: the two days, one span.
    consecutive = int(match["d"]) - int(match["d1"]) == 1
    return (
        consecutive
        or _before(context, "between", folded, match.start()) is not None
        or _after(context, "range", folded, match.end()) is not None
    )


# ---- The words around a written date -------------------------------------------------------

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
        words = WORDS_BEFORE[language].get(key)
        return re.compile(rf"(?<![\w'])(?:{fold_pattern(words)})\s+$") if words else NEVER

    def after(key: str) -> re.Pattern[str]:
        words = WORDS_AFTER[language].get(key)
        return re.compile(rf"\s+(?:{fold_pattern(words)})(?![\w'])") if words else NEVER

    joins = [rf"\s*{DASH}\s*", rf"\s+(?P<and>{fold_pattern(AND_WORDS[language])})\s+"]
    if TO_WORDS[language]:
        joins.append(rf"\s+(?:{TO_WORDS[language]})\s+")
    if language == "kk":
        joins.append(r"(?P<none>\s+)")  # "1 сәуірден 27 қыркүйекке": the ending joins them
    return _Context(
        language=language,
        before={key: before(key) for key in WORDS_BEFORE["en"]},
        after={key: after(key) for key in ("since", "range", "until", "as_of", "month_end")},
        join=re.compile("|".join(joins)),
        and_word=re.compile(fold_pattern(AND_WORDS[language])),
    )


def _before(context: _Context, key: str, folded: str, start: int) -> int | None:
    """Where the ``key`` words right before ``start`` begin, or None."""
    match = context.before[key].search(folded, max(0, start - _WINDOW), start)
    return match.start() if match else None


def _after(context: _Context, key: str, folded: str, end: int) -> int | None:
    """Where the ``key`` words right after ``end`` end, or None."""
    match = context.after[key].match(folded, end)
    return match.end() if match else None


def find_written_dates(text: str, folded: str, language: str, reference: date) -> list[FoundDate]:
    """The days, periods, months and years written with a month, a year or in figures."""
    context = _context(language)
    points = [
        _of_a_year_named(point, folded, reference)
        for point in _read_points(text, folded, language)
    ]
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


# A month's year said in words: "April last year", "апреля прошлого года", "квітня минулого
# року", "былтырғы сәуірден" (in the fold: Kazakh letters as a Russian keyboard types them).
_YEAR_WORDS_AFTER = re.compile(
    r"\s+(?:(?:of\s+)?(?P<last>last|the\s+previous)\s+year|(?:of\s+)?(?P<this>this)\s+year|"
    r"(?P<last_s>прошлого|минувшего|предыдущего|минулого|попереднього)\s+(?:года|року)|"
    r"(?P<this_s>этого|текущего|нынешнего|цього|поточного)\s+(?:года|року))(?![\w'])"
)
_YEAR_WORDS_BEFORE = re.compile(
    r"(?<![\w'])(?:(?P<last>былтыргы|откен\s+жылгы)|(?P<this>биылгы|осы\s+жылгы))\s+$"
)


def _of_a_year_named(point: _Point, folded: str, reference: date) -> _Point:
    """The point with the year its words name, "last year" or "this year", if they do."""
    if point.year is not None or point.month is None:
        return point
    after = _YEAR_WORDS_AFTER.match(folded, point.end)
    before = _YEAR_WORDS_BEFORE.search(folded, max(0, point.start - 16), point.start)
    said = after or before
    if said is None:
        return point
    last = bool(said.groupdict().get("last") or said.groupdict().get("last_s"))
    year = reference.year - 1 if last else reference.year
    if after is not None:
        return replace(point, year=year, end=after.end(), bare=False)
    return replace(point, year=year, start=said.start(), bare=False)


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
        and not KK_ABLATIVE.search(folded[first.start : first.end])
    ):
        return None
    if first.bare and last.bare and start is None:
        # "в сентябре-октябре", "in 2013-2016": two months or years after "in" are one period
        # too.
        start = _before(context, "in", folded, first.start)
        years = first.month is None and last.month is None and joint.group().strip() != ""
        if start is None or (last.month is None and not years):
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


def _as_of(point: _Point, folded: str, context: _Context, key: str, day: date) -> FoundDate | None:
    """A count as of ``day`` when the ``key`` words stand around the written date."""
    start = _before(context, key, folded, point.start)
    end = _after(context, key, folded, point.end)
    if start is None and end is None:
        return None
    return FoundDate(
        point.start if start is None else start,
        point.end if end is None else end,
        None,
        None,
        day,
        "day",
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
    if not DATED.search(folded, max(0, point.start - _WINDOW), point.start):
        start = _before(context, "since", folded, point.start)
        end = _after(context, "since", folded, point.end)
        if (
            start is None
            and end is None
            and SINCE_CLAUSE[context.language].search(
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
    if level == "month":
        # "by the end of March", "к концу марта": as of the month's last day.
        as_of = _as_of(point, folded, context, "month_end", bounds[1])
        if as_of is not None:
            return as_of
    if level == "day":
        as_of = _as_of(point, folded, context, "as_of", bounds[0])
        if as_of is not None:
            return as_of
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
