"""Figures in a news article: every number with its qualifier, range, unit and rate, and where.

"more than 200,000", "от 5 до 6 тысяч", "понад 3,099 мільйонів", "200 мыңнан астам", "5,000 a
day", "seven": each is one ``FoundFigure`` whose offsets cover the whole expression in the text as
given. ``bot.ingest.numbers`` reads the number itself; this module reads what surrounds it with
the phrases of ``bot.ingest.figure_phrases``. What the figure counts is left to the caller: a
calendar year, an ordinal, a share in per cent, money and measures are labelled by ``unit`` so it
can drop them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from decimal import Decimal

from bot.ingest.figure_phrases import RANGE_WORDS, WINDOW, Phrases, phrases
from bot.ingest.numbers import Core, Token, read_number, tokens
from bot.ingest.numerals import AFTER_QUALIFIER, lexicon
from bot.language.text import kazakh_fold
from storage.models import Qualifier

__all__ = ["FoundFigure", "find_figures"]

# Kazakh words a fold makes look like a number word: its fold types "ұ" as "ү" does, and
# "ұшты", "ұшқан" (flew) are no "үш" (three). "Тоқсан" is ninety and a quarter of a year:
# "тоқсан ішінде", "бірінші тоқсанда" are the quarter.
_NOT_A_KAZAKH_NUMBER = re.compile(
    r"(?i)ұш|тоқсан(?:\s+(?:ішінде|бойы|сайын|қорытындысы)|да|ында|інде|дағы|ындағы|ның"
    r"|ынан|нан|ына)(?!\w)"
)


@dataclass(frozen=True, slots=True)
class FoundFigure:
    """A figure as the text writes it: where it is, what it says, and how it is qualified."""

    start: int  # offset in the text of the whole expression, qualifier included
    end: int
    value: int
    high: int | None  # a range's upper bound, else None
    qualifier: Qualifier
    unit: str  # "count", "percent", "money", "measure", "year" or "ordinal"
    per_day: bool  # "5,000 a day", "по 5 тысяч в сутки", "на добу", "тәулігіне"
    in_words: bool  # written in words ("seven", "пятерых", "бес")


_FOLD = str.maketrans({**dict.fromkeys("’ʼ`´‘ʹ′", "'"), **dict.fromkeys("‐‑‒–—−", "-"), "ё": "е"})
_NUMBER_SIGN = re.compile(r"(?:(?<![\w'])nos?\.|№)\s*\Z")
# A Kazakh "more than", "almost", "up to" follows a word in the ablative or dative.
_KAZAKH_DECLINED_END = re.compile(r"(?:нан|нен|дан|ден|тан|тен|га|ге|ка|ке)[\s-]*\Z")
_CLAUSE_END = re.compile(r"[,;:](?=\s)|[.!?…](?=\s|\Z)|\n")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|\Z)|\n")
_NOT_COUNTS = frozenset({"year", "ordinal", "measure"})


def _fold(text: str, language: str) -> str:
    """``text`` lower-cased with apostrophes, dashes and "ё" unified, letter for letter."""
    low = text.lower()
    if len(low) != len(text):  # "İ" lowers to two code points
        low = "".join(letter.lower()[0] for letter in text)
    low = low.translate(_FOLD)
    return kazakh_fold(low) if language == "kk" else low


def _free(folded: str, start: int) -> bool:
    """Whether a number starts on its own: not in a word, a code ("COVID-19"), "No. 5"."""
    before = folded[start - 1] if start else " "
    if before.isalnum() or before in "_/#@№.,:'":
        return False
    if before == "-" and start >= 2 and folded[start - 2].isalpha():
        return False
    return _NUMBER_SIGN.search(folded, max(0, start - 8), start) is None


def _ends_free(folded: str, end: int) -> bool:
    """Whether a figure ends on its own: not "5G", "24/7" or a clock time."""
    after = folded[end : end + 2]
    if after[:1].isalnum() or after[:1] == "_":
        return False
    return not (after[:1] in {"/", ":"} and after[1:2].isdigit())


# What closes a Kazakh "N мен M" range: "аралығында" after it, or after its unit or noun.
_KAZAKH_BETWEEN = re.compile(r"\s+(?:[^\W\d_]+\s+)?аралы[гғ]")


_BY_BEFORE = re.compile(r"\bby\s+(?:[a-z]+\s+){0,2}?$")


def _range(
    folded: str, toks: list[Token], core: Core, language: str
) -> tuple[Core, int, Decimal] | None:
    """The range ``core`` opens ("5-6 thousand", "from 5 to 6"): its top, start and bottom."""
    if core.ordinal or core.next >= len(toks):
        return None
    found, window = phrases(language), max(0, core.start - WINDOW)
    opener = found.opener.search(folded, window, core.start)
    opened = opener.group(1) if opener else ""
    link = folded[toks[core.next][1] : toks[core.next][2]]
    kazakh = language == "kk" and core.case == "abl" and link != "-"
    # "18 бен 35 жас аралығындағы", "800 бен 1 000 адам аралығында": between the two.
    between = language == "kk" and link in {"мен", "бен", "пен"}
    if not (link == "-" or opened in RANGE_WORDS.get(link, ()) or kazakh or between):
        return None
    upper = read_number(folded, toks, core.next if kazakh else core.next + 1, language)
    if upper is None or upper.ordinal or upper.year_like != core.year_like:
        return None
    if between and not _KAZAKH_BETWEEN.match(folded, upper.end):
        return None
    next_index, end = upper.next, upper.end
    if kazakh:  # "5 мыңнан 6 мыңға дейін"
        closing = toks[next_index] if next_index < len(toks) else ("p", end, end)
        if upper.case != "dat" or folded[closing[1] : closing[2]] not in {"дейин", "шейин"}:
            return None
        next_index, end = next_index + 1, closing[2]
    if opened and found.change.search(folded, window, core.start):
        return None
    if link == "to" and not opened and _BY_BEFORE.search(folded, window, core.start):
        # "fell by 410 to 1,260": by how much, then the new count; no range.
        return None
    low = core.value
    # "5-6 thousand": the multiplier of the top applies to the bottom.
    if upper.scale and not core.scale and core.reading < upper.reading:
        low = core.reading * upper.scale
    high = upper.value
    if low is None or high is None or low % 1 or high % 1 or high <= low:
        return None
    # Without "from" or "between", "3 — 7,000" is a day and a figure, not a range.
    if not (opened or kazakh) and high > 20 * low:
        return None
    top = Core(upper.start, end, next_index, high, upper.reading, upper.scale,
               upper.in_words or core.in_words, year_like=upper.year_like)  # fmt: skip
    return top, opener.start(1) if opener else core.start, low


def _is_year(folded: str, last: Core, window: int, start: int, language: str) -> bool:
    """Whether four digits are a calendar year: English writes counts as "1,950"; the other
    languages say "году", "року", "жылы" or give a month."""
    found = phrases(language)
    if language == "en":
        return found.unit.match(folded, last.end) is None
    if last.ordinal:  # "2022-го", "2022-й"
        return True
    if found.year_after is not None and found.year_after.match(folded, last.end):
        return True
    return found.month_before.search(folded, window, start) is not None


def _unit(folded: str, last: Core, start: int, window: int, language: str) -> tuple[str, int, int]:
    """What a number is a number of, and its span with the unit: (unit, start, end)."""
    found, end = phrases(language), last.end
    if last.year_like and _is_year(folded, last, window, start, language):
        return "year", start, end
    if last.ordinal or (
        _CHANNEL_NUMBER.match(folded, end) and _NAME_BEFORE.search(folded, 0, start)
    ):
        # "Хабар 24 телеарнасына", "France 24 channel": a channel's name, no count.
        return "ordinal", start, end
    if written := found.unit.match(folded, end):
        return written.lastgroup or "count", start, written.end()
    if money := found.money_before.search(folded, window, start):
        return "money", money.start(), end
    if found.measure_before.search(folded, window, start):
        return "measure", start, end
    # "nine in ten": the part before the whole is a figure of its own, no stop for it.
    if found.share_before.search(folded, max(0, start - WINDOW), start):
        return "percent", start, end  # "one in five": a share, like "20%"
    return "count", start, end


# After a number, the noun of a TV channel named with it; before it, the channel's word.
_CHANNEL_NUMBER = re.compile(
    r"\s+(?:телеарна\w*|арнасы\w*|телеканал\w*|channel\b|tv\b)", re.IGNORECASE
)
_NAME_BEFORE = re.compile(r"[^\W\d_]{2,}\s+\Z")
_AT_LEAST_NEXT = re.compile(r"\s+дегенде(?!\w)")
# A span of years written short: "2022-23", "2022/23".
_A_YEARS_END = re.compile(r"(?:19|20)\d\d[-–/]\Z")


def _qualify(
    folded: str, span: tuple[int, int], window: int, previous: tuple[int, str], language: str
) -> tuple[Qualifier, int, int]:
    """The qualifier before or after a number, and the span that takes it in; ``previous``
    is where the figure before it ends, and its unit."""
    found, (start, end) = phrases(language), span
    (previous_end, previous_unit), qualifier = previous, Qualifier.EXACT
    before = found.before.search(folded, window, start)
    # "выросло с 5 до 6 тысяч": a "до" straight after a figure is "to", not "up to"; so is
    # one after a verb of change ("сократилось до 5 тыс."). After a length of time it is "up
    # to" again: "за две недели до 7 000 человек".
    to = before is not None and before.group().strip() == "до"
    if before and not (
        to
        and (
            (
                previous_end
                and previous_unit != "measure"
                and not folded[previous_end : before.start()].strip()
            )
            or found.changed_to.search(folded, window, before.start())
        )
    ):
        qualifier, start = Qualifier(str(before.lastgroup)), before.start()
    after = found.after.match(folded, end)
    if after is not None and _AT_LEAST_NEXT.match(folded, after.end()):
        after = None  # "екі аптада елден кем дегенде бес мың": the next figure's "at least"
    if after is not None:
        said = found.after_words[re.sub(r"\s+", " ", after.group(1))]
        declined = _KAZAKH_DECLINED_END.search(folded, max(0, end - 16), after.start(1))
        # "бес жақын адам" is five close people; "бес мыңға жақын" almost five thousand.
        if language != "kk" or said is Qualifier.ABOUT or declined:
            qualifier = said if qualifier is Qualifier.EXACT else qualifier
            end = after.end()
    return qualifier, start, end


def _figure(
    folded: str, toks: list[Token], i: int, language: str, previous: tuple[int, str]
) -> tuple[FoundFigure | None, int]:
    """The figure whose number starts at token ``i``, and the token to read on from;
    ``previous`` is where the figure before it ends, and its unit."""
    previous_end = previous[0]
    core = read_number(folded, toks, i, language)
    if core is None:
        return None, i + 1
    last, start, value = core, core.start, core.value
    if spanned := _range(folded, toks, core, language):
        last, start, value = spanned
    next_index = last.next
    if value is None or value % 1 or value > 10**15 or not _free(folded, core.start):
        return None, next_index
    window = max(previous_end, start - WINDOW)
    unit, start, end = _unit(folded, last, start, window, language)
    qualifier = Qualifier.RANGE if spanned else Qualifier.EXACT
    if not spanned and unit not in {"year", "ordinal"}:
        qualifier, start, end = _qualify(folded, (start, end), window, previous, language)
        if qualifier is Qualifier.EXACT and (last.odd or last.case == "approx"):
            qualifier = Qualifier.MORE_THAN if last.odd else Qualifier.ABOUT
        if core.alone == AFTER_QUALIFIER and qualifier is Qualifier.EXACT:
            return None, next_index  # "тысячи людей": thousands, not a thousand
    if not _ends_free(folded, end):
        return None, next_index
    high = int(last.value) if spanned and last.value is not None else None
    in_words = core.in_words or last.in_words
    return FoundFigure(start, end, int(value), high, qualifier, unit, False, in_words), next_index


def _bounds(stops: list[int], position: int, length: int) -> tuple[int, int]:
    """The stretch between the stops around ``position``."""
    at = bisect_left(stops, position)
    return (stops[at - 1] + 1 if at else 0), (stops[at] if at < len(stops) else length)


def _rated(folded: str, figures: list[FoundFigure], found: Phrases) -> list[FoundFigure]:
    """``figures`` with ``per_day`` set on the figure each rate ("a day", "щодня") goes with:
    the nearest in the rate's clause, or the first after it when the rate is a clause of its
    own ("Every day, some 5,000 ...")."""
    rates = list(found.per_day.finditer(folded))
    if not rates:
        return figures
    masked = list(folded)  # a stop inside a figure ("5,000", "тыс.") ends no clause
    for figure in figures:
        masked[figure.start : figure.end] = "0" * (figure.end - figure.start)
    text = "".join(masked)
    clauses = [stop.start() for stop in _CLAUSE_END.finditer(text)]
    sentences = [stop.start() for stop in _SENTENCE_END.finditer(text)]
    counts = [n for n, figure in enumerate(figures) if figure.unit not in _NOT_COUNTS]
    rated: set[int] = set()
    for rate in rates:
        low, high = _bounds(clauses, rate.start(), len(text))
        near = [n for n in counts if low <= figures[n].start and figures[n].end <= high]
        if near:
            rated.add(
                min(near, key=lambda n: _distance(figures[n], rate.start(), rate.end(), text))
            )
        elif not text[low : rate.start()].strip() and not text[rate.end() : high].strip():
            sentence_end = _bounds(sentences, rate.start(), len(text))[1]
            rated.update([n for n in counts if rate.end() <= figures[n].start < sentence_end][:1])
    return [
        replace(figure, per_day=True) if n in rated else figure for n, figure in enumerate(figures)
    ]


def _distance(figure: FoundFigure, start: int, end: int, text: str) -> tuple[int, bool]:
    """How far a figure is from a rate; a figure before the rate wins a tie, and so does one
    only its people's word stands between ("по 4,5 тысячи россиян в сутки против 10 тысяч")."""
    if figure.end <= start:
        between = text[figure.end : start].split()
        return (0 if len(between) <= 1 else start - figure.end), False
    return figure.start - end, True


def _ends_a_quoted_name(text: str, figure: FoundFigure) -> bool:
    """Whether a number closes a short quoted name after a capitalised word: «Хабар 24»."""
    if text[figure.end : figure.end + 1] not in {"»", '"', "”"}:
        return False
    opened = text.rfind("«", max(0, figure.start - 30), figure.start)
    opened = max(opened, text.rfind("“", max(0, figure.start - 30), figure.start))
    inside = text[opened + 1 : figure.start] if opened >= 0 else ""
    words = inside.split()
    return 1 <= len(words) <= 3 and all(word[:1].isupper() for word in words)


# A web domain right after a number: the number is part of a name ("24.kg", "42.tut.by").
_WEB_NAME_AFTER = re.compile(r"\.[a-z]{2,6}\b")
# "told Rustavi 2 that", "in an interview with France 24,": a channel's number, heard or
# speaking, ends its name. Months and weekdays before a number make a day ("on May 2").
_HEARD_BEFORE = re.compile(r"\b(?:told|to|on|by|with)\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){1,2})$")
_NAME_ENDS_AFTER = re.compile(r"(?:\s+(?:that|on|in|about|as)\b|\s*[,.;:)]|\s*$)")
_DAY_WORDS = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|"
    r"sun)[a-z]*\.?\s*$"
)


def _ends_a_channels_name(text: str, figure: FoundFigure) -> bool:
    """Whether a short number closes the name of an outlet told or heard: "told Rustavi 2"."""
    number = text[figure.start : figure.end]
    if not number.isdigit() or len(number) > 2:
        return False
    heard = _HEARD_BEFORE.search(text, max(0, figure.start - 40), figure.start)
    return (
        heard is not None
        and _DAY_WORDS.search(heard["name"]) is None
        and _NAME_ENDS_AFTER.match(text, figure.end) is not None
    )


# "the immigration office MA 35 said", "office, MA 35, said": a short number after capitals,
# then the name's end, is the name's.
_ACRONYM_BEFORE = re.compile(r"(?:^|(?<=[\s,(]))[A-Z]{2,5}\s+$")
_ACRONYMS_NAME_ENDS = re.compile(r"\s*[,;:)]|\s+(?:said|says|told|reported|added)\b")


def _ends_an_acronyms_name(text: str, figure: FoundFigure) -> bool:
    """Whether a short number closes a body's name made of capitals: "MA 35"."""
    number = text[figure.start : figure.end]
    return (
        number.isdigit()
        and len(number) <= 3
        and _ACRONYM_BEFORE.search(text, max(0, figure.start - 8), figure.start) is not None
        and _ACRONYMS_NAME_ENDS.match(text, figure.end) is not None
    )


def find_figures(text: str, language: str) -> list[FoundFigure]:
    """Every figure in ``text`` (language "en", "ru", "uk" or "kk"), in order of position.

    Args:
        text: the article, as given; offsets in the figures are offsets into it.
        language: the article's language, which decides the words read.

    Returns:
        The figures, each with the span of its whole expression, qualifier and unit included.
    """
    folded = _fold(text, language)
    toks = tokens(folded)
    words = lexicon(language)
    found: list[FoundFigure] = []
    i, previous_end, previous_unit = 0, 0, ""
    while i < len(toks):
        kind, start, end = toks[i]
        if start < previous_end or not (
            kind == "n" or (kind == "w" and folded[start:end] in words)
        ):
            i += 1
            continue
        if kind == "w" and language == "kk" and _NOT_A_KAZAKH_NUMBER.match(text, start):
            i += 1
            continue
        figure, i = _figure(folded, toks, i, language, (previous_end, previous_unit))
        if figure is not None and _A_YEARS_END.search(
            text, max(0, figure.start - 5), figure.start
        ):
            continue  # "the 2022-23 financial year": a year's last digits, no count
        if figure is not None and _ends_a_quoted_name(text, figure):
            continue  # "«Хабар 24» арнасына": a channel's name, no count
        if figure is not None and _WEB_NAME_AFTER.match(text, figure.end):
            continue  # "агентству 24.kg": an outlet's web name, no count
        if figure is not None and language == "en" and _ends_a_channels_name(text, figure):
            continue  # "told Rustavi 2 that": a channel's name, no count
        if figure is not None and language == "en" and _ends_an_acronyms_name(text, figure):
            continue  # "Vienna's citizenship office, MA 35, said": a body's name, no count
        if figure is not None and language == "en" and _an_age(text, figure):
            figure = replace(figure, unit="measure")  # "14 were under 18": an age
        if figure is not None:
            found.append(figure)
            previous_end, previous_unit = figure.end, figure.unit
    return _rated(folded, found, phrases(language))


# "Of those, 14 were under 18", "70 percent of them were under 30", "children under five":
# people's age, no count of them (Russian, Ukrainian and Kazakh say "лет", "років", "жас").
_AGE_BOUND_BEFORE = re.compile(
    r"(?i)\b(?:were|was|are|is|aged|children|minors|boys|girls|those|anyone|men|women)\s+"
    r"(?:under|over|below|above|younger\s+than|older\s+than)\s+[\w-]+$"
)
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:)!?]|and\b|or\b|$)")


def _an_age(text: str, figure: FoundFigure) -> bool:
    """Whether an English figure under 100 bounds people's age, no noun counted after it."""
    return (
        figure.value < 100
        and _AGE_BOUND_BEFORE.search(text, max(0, figure.start - 40), figure.end) is not None
        and _NO_NOUN_AFTER.match(text, figure.end) is not None
    )
