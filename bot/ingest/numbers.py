"""Numbers as news writes them, in digits or in words, read from folded text into values.

This is the lower half of ``bot.ingest.figures``: it cuts text into tokens and reads the number
that starts at a token ("200 000", "1 млн 303 тыс.", "3,099 мільйонів", "two hundred thousand",
"пятерых", "екі жүз мыңнан"), with no idea yet of what the number counts or how it is qualified.
The words themselves are in ``bot.ingest.numerals``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from bot.ingest.numerals import (
    ABBREVIATIONS,
    ALWAYS,
    DOZEN,
    HALF,
    HUNDRED,
    HUNDREDS,
    KAZAKH_CASES,
    NEVER,
    SCALE,
    SMALL,
    TIGHT_ONLY,
    NumberWord,
    lexicon,
)
from bot.language.text import kazakh_fold

__all__ = ["Core", "Token", "read_number", "tokens"]

# Text the reader must not take numbers from (links, e-mail, phones, clock times, numeric
# dates) is one "x" token; a number is "n", a word "w", any other mark "p".
_TOKEN = re.compile(
    r"(?P<x>https?://\S+|www\.\S+|\S+@\S+\.\w+"
    r"|[\w.-]+\.(?:com|org|net|info|gov|edu|io|ru|ua|kz|uk|eu|by|pl|de|tv|me|news)\b(?:/\S*)?"
    r"|\+\d[\d \u00a0().-]{7,}\d|(?:\b8\s?)?\(\d{3,5}\)\s?\d{2,3}[ -]?\d{2}[ -]?\d{2}\b"
    r"|(?:\b[78][ -]?)?\(?\b\d{3}\)?[ -]?\d{3}[ -]\d{2}[ -]\d{2}\b|\b\d{3}-\d{2}-\d{2}\b"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b)"
    r"|(?P<n>\d{1,3}(?P<sep>[ \u00a0\u202f\u2009,.])\d{3}(?:(?P=sep)\d{3})*(?!\d)"
    r"(?:[.,]\d+)?(?!\d)"
    r"|\d+(?:[.,]\d+)?)"
    r"|(?P<w>[^\W\d_]+(?:'[^\W\d_]+)*)"
    r"|(?P<p>\S)"
)
# Kazakh words of "several", "tens of", "many" before a number word that alone is one ("мың"
# is a thousand): "ондаған мың" (tens of thousands), "бірнеше жүз" (several hundred) say no
# figure. Russian and Ukrainian say those in the plural, which is never a figure alone.
_VAGUE_COUNT = frozenset(
    kazakh_fold(word)
    for word in (
        "бірнеше", "әлденеше", "ондаған", "жүздеген", "мыңдаған", "бірқанша", "біршама",
        "бірталай", "көптеген", "біраз", "талай", "нешеме", "қаншама",
    )
)  # fmt: skip
_GROUPED = re.compile(r"(\d{1,3})([ \u00a0\u202f\u2009,.])(\d{3})((?:\2\d{3})*)(?:[.,](\d+))?")

Token = tuple[str, int, int]  # kind ("n", "w", "p" or "x"), start, end
# "two-thirds", "three-quarters": a share, read as one (bot.ingest.figures).
_SHARES = ("half", "halves", "third", "quarter", "fifth", "sixth", "tenth")


@dataclass(frozen=True, slots=True)
class Core:
    """A number as written, before qualifiers and units: where it is and what it is worth."""

    start: int
    end: int
    next: int  # the index of the first token after it
    value: Decimal | None  # None: a fraction with no multiplier ("3.5"), not a figure
    reading: Decimal  # the number before any multiplier, for "5-6 thousand"
    scale: int  # its multiplier, 0 for none
    in_words: bool
    ordinal: bool = False
    case: str = ""
    alone: int = ALWAYS
    odd: bool = False  # "200 с лишним тысяч": more than
    year_like: bool = False  # four plain digits 1800-2100


_ORDINAL_ENDINGS = {
    "en": frozenset({"st", "nd", "rd", "th"}),
    # "х" is an ordinal too unless a multiplier follows: see _suffix
    "ru": frozenset({"й", "я", "е", "го", "му", "м", "ю", "ой", "ый", "ий", "ая", "ое", "ого",
                     "ому", "ым", "ом", "ых", "ую"}),
    "uk": frozenset({"й", "го", "му", "м", "ий", "ій", "а", "га", "тя", "та", "ма", "те", "ме",
                     "ге", "тє", "ї", "ої", "ого", "ому", "ою"}),
}  # fmt: skip
# Case endings of cardinals after a hyphen: "5-ти", "7-ми", "2-х тысяч", "п'ятьох" as "5-ох".
_CARDINAL_ENDINGS = frozenset({"ти", "ми", "х", "ью", "мью", "ех", "ух", "ем", "ум", "умя", "ох",
                               "ьох"})  # fmt: skip
_KAZAKH_ORDINAL = re.compile(r"(?:[ыи]?н)?ш[ыи]")  # "-ші", "-інші", "-ыншы", folded
# Nouns a number names one of after a hyphen: "7-тармағы" (item 7), "5-бап", "3-сынып"; as a
# Russian keyboard types them, as the suffix is compared.
_KAZAKH_LABELS = tuple(
    kazakh_fold(label)
    for label in ("тармақ", "тармағ", "бап", "баб", "бөлім", "тарау", "сынып", "қабат", "пункт",
                  "абзац", "нөмір")
)  # fmt: skip
# "200 с лишним тысяч": the number is more than it says.
_ODD = (("с", "лишним"), ("с", "небольшим"), ("с", "гаком"), ("з", "лишком"), ("з", "гаком"))


def tokens(folded: str) -> list[Token]:
    """The tokens of folded text, in order."""
    return [
        (found.lastgroup or "p", found.start(), found.end()) for found in _TOKEN.finditer(folded)
    ]


@dataclass(frozen=True, slots=True)
class _Base:
    """A number below a thousand (in words) or a run of digits, and what follows it tightly."""

    next: int
    end: int
    whole: int | None  # None: a fraction
    reading: Decimal
    words: bool
    alone: int = ALWAYS
    ordinal: bool = False
    case: str = ""
    year_like: bool = False


def _digits(text: str, language: str) -> tuple[int | None, Decimal]:
    """Digits' whole value (None for a fraction) and their value before a multiplier."""
    grouped = _GROUPED.fullmatch(text)
    if grouped is None:
        if "," in text or "." in text:
            return None, Decimal(text.replace(",", "."))
        return int(text), Decimal(text)
    head, separator, first, rest, fraction = grouped.groups()
    digits = head + first + re.sub(r"\D", "", rest)
    if fraction is not None:
        return None, Decimal(f"{digits}.{fraction}")
    # Before a multiplier a lone separator is a decimal point ("3,099 мільйонів", "1.500 mln"),
    # save an English comma ("1,200 million").
    if not rest and separator in ",." and not (language == "en" and separator == ","):
        return int(digits), Decimal(f"{head}.{first}")
    return int(digits), Decimal(int(digits))


def _scale_at(
    folded: str, toks: list[Token], k: int, end: int, language: str
) -> tuple[NumberWord, int, int, bool] | None:
    """The multiplier at token ``k`` (after an "с лишним"), its next token, end, and the odd."""
    odd = False
    if k + 2 < len(toks) and _pair_at(folded, toks, k) in _ODD:
        odd, k = True, k + 2
    if k >= len(toks) or toks[k][0] != "w":
        return None
    word = _text(folded, toks[k])
    entry = lexicon(language).get(word)
    if entry is None or entry.kind != SCALE or (word in TIGHT_ONLY and toks[k][1] != end):
        return None
    end, k = toks[k][2], k + 1
    if word in ABBREVIATIONS and k < len(toks) and toks[k][1] == end and folded[end] == ".":
        end, k = end + 1, k + 1
    return entry, k, end, odd


# "с половиной", "з половиною": and a half, between a number and its multiplier.
_AND_A_HALF = (("с", "половиной"), ("з", "половиною"), ("із", "половиною"), ("зі", "половиною"))


def _pair_at(folded: str, toks: list[Token], k: int) -> tuple[str, str] | None:
    """The words of tokens ``k`` and ``k + 1``, if both are there."""
    if k + 1 >= len(toks):
        return None
    return _text(folded, toks[k]), _text(folded, toks[k + 1])


def _text(folded: str, token: Token) -> str:
    return folded[token[1] : token[2]]


def _suffix(folded: str, toks: list[Token], k: int, language: str) -> tuple[str, str] | None:
    """What a hyphenated ending after digits makes of them: ("ordinal"|"case", Kazakh case)."""
    suffix = _text(folded, toks[k])
    if language == "kk":
        if _KAZAKH_ORDINAL.match(suffix):
            return "ordinal", ""
        if suffix in KAZAKH_CASES or suffix in {"ы", "и", "сы", "си"}:
            return "case", KAZAKH_CASES.get(suffix, "")
        if kazakh_fold(suffix).startswith(_KAZAKH_LABELS):
            return "ordinal", ""  # "жарлықтың 7-тармағы": the decree's item 7, no count
        return None
    if suffix == "х" and _scale_at(folded, toks, k + 1, -1, language) is not None:
        return "case", ""  # "2-х тысяч": of two thousand
    if suffix in _ORDINAL_ENDINGS.get(language, ()) or suffix == "х":
        return "ordinal", ""
    if language in {"ru", "uk"} and suffix in _CARDINAL_ENDINGS:
        return "case", ""
    return None


def _digit_base(folded: str, toks: list[Token], j: int, language: str) -> _Base:
    text = _text(folded, toks[j])
    whole, reading = _digits(text, language)
    end, k = toks[j][2], j + 1
    year_like = len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100
    ordinal, case = False, ""
    if k < len(toks) and toks[k][1] == end:
        ending = _text(folded, toks[k])
        if toks[k][0] == "w" and language == "en" and ending in _ORDINAL_ENDINGS["en"]:
            ordinal, end, k = True, toks[k][2], k + 1
        elif ending == "-" and k + 1 < len(toks) and toks[k + 1][:2] == ("w", toks[k][2]):
            read = _suffix(folded, toks, k + 1, language)
            if read is not None:
                ordinal, case = read[0] == "ordinal", read[1]
                end, k = toks[k + 1][2], k + 2
    return _Base(k, end, whole, reading, False, ALWAYS, ordinal, case, year_like)


def _share_of_a_scale(folded: str, toks: list[Token], j: int) -> bool:
    """Whether the word at ``j`` is the "a" of "a third of a million", "three quarters of a
    million": a share of the scale, which only "half" and "a quarter" are read as."""
    if j < 2 or _text(folded, toks[j]) not in {"a", "an"}:
        return False
    return _text(folded, toks[j - 1]) == "of" and _text(folded, toks[j - 2]).startswith(_SHARES)


def _word_base(folded: str, toks: list[Token], j: int, language: str) -> _Base | None:
    words = lexicon(language)
    if j + 2 < len(toks) and toks[j + 1][0] == "p" and folded[toks[j + 1][1]] == "-":
        # "two-way traffic", "a three-day visit", "one-time": a word made with a number,
        # no count; "twenty-five" goes on with a number's word.
        after = toks[j + 2]
        joined = toks[j][2] == toks[j + 1][1] and toks[j + 1][2] == after[1]
        made = folded[after[1] : after[2]]
        if joined and after[0] == "w" and made not in words and not made.startswith(_SHARES):
            return None
    if language == "en" and _share_of_a_scale(folded, toks, j):
        return None  # "a third of a million": no figure of its own, and not a million
    hundreds, rest = Decimal(0), Decimal(0)
    tens = 10 if language == "kk" else 20
    used, k, end, last = 0, j, toks[j][2], NumberWord(Decimal(0), SMALL)
    and_a_share = False
    while k < len(toks):
        kind, start, stop = toks[k]
        link = folded[start:stop]
        if (
            link == "and"
            and language == "en"
            and used == 1
            and k + 2 < len(toks)
            and _text(folded, toks[k + 1]) in {"a", "an"}
            and _text(folded, toks[k + 2]) in {"half", "quarter"}
        ):
            # "one and a half million": the share added to the number before it.
            k += 2
            kind, start, stop = toks[k]
            link = folded[start:stop]
            and_a_share = True
        if (
            link == "of"
            and used
            and last.kind == HALF
            and k + 2 < len(toks)
            and _text(folded, toks[k + 1]) in {"a", "an"}
        ):
            # "a quarter of a million": "of a" links the share to its scale, as "a" does in
            # "half a million".
            k += 1
            kind, start, stop = toks[k]
            link = folded[start:stop]
            used = 1
        # "two hundred and fifty", "twenty-five"
        if (
            used
            and k + 1 < len(toks)
            and toks[k + 1][0] == "w"
            and (
                (link == "and" and language == "en" and hundreds and not rest)
                or (link in {"a", "an"} and used == 1 and last.kind == HALF)  # half a million
                or (link == "-" and start == end and rest >= 20 and rest % 10 == 0)
            )
        ):
            kind, start, stop = toks[k + 1]
            k += 1
        entry = words.get(folded[start:stop]) if kind == "w" else None
        if entry is None or entry.kind == SCALE:
            break
        value = entry.value
        if entry.kind == SMALL and (not used or (not rest and hundreds)):
            rest = value
        # "twenty five", "двадцать пять"; Kazakh says teens so too: "он бес"
        elif entry.kind == SMALL and rest >= tens and rest % 10 == 0 and value < 10:
            rest += value
        elif entry.kind == HUNDREDS and not used:
            hundreds = value
        elif entry.kind == HUNDRED and not hundreds and rest < 100:
            hundreds, rest = (rest or Decimal(1)) * 100, Decimal(0)
        elif entry.kind == DOZEN and not hundreds and 0 < rest < 10:
            rest *= 12
        elif (
            entry.kind == HALF and language == "en" and used == 1 and rest == 1 and not and_a_share
        ):
            rest = value  # "a quarter", "a half": the share itself, not one and a share
        elif entry.kind == HALF and (rest % 1 == 0 if rest else not used):
            rest += value  # "бір жарым" (one and a half), "half a million"
        else:
            break
        used, k, end, last = used + 1, k + 1, stop, entry
        if entry.kind == DOZEN:
            break
    if not used:
        return None
    total = hundreds + rest
    alone = last.alone if used == 1 else ALWAYS
    whole = int(total) if total % 1 == 0 else None
    return _Base(k, end, whole, total, True, alone, False, last.case)


def _base(folded: str, toks: list[Token], j: int, language: str) -> _Base | None:
    if j >= len(toks):
        return None
    if toks[j][0] == "n":
        return _digit_base(folded, toks, j, language)
    if toks[j][0] == "w":
        return _word_base(folded, toks, j, language)
    return None


def read_number(folded: str, toks: list[Token], i: int, language: str) -> Core | None:
    """The number that starts at token ``i`` of ``folded`` text, or None if none does.

    Args:
        folded: the text, folded by ``bot.ingest.figures`` (same length as the original).
        toks: its tokens (``tokens``).
        i: the index of the token to read from.
        language: "en", "ru", "uk" or "kk".
    """
    if i > 0 and toks[i][0] == "w" and _text(folded, toks[i - 1]) in _VAGUE_COUNT:
        return None
    base = _base(folded, toks, i, language)
    if base is not None and base.ordinal:
        return Core(toks[i][1], base.end, base.next, Decimal(base.whole or 0), base.reading, 0,
                    False, ordinal=True, year_like=base.year_like)  # fmt: skip
    # A multiplier on its own ("тысяча", "мың") is never "tight" after digits: -1.
    scale = _scale_at(folded, toks, base.next if base else i, base.end if base else -1, language)
    half = base is not None and scale is None and _pair_at(folded, toks, base.next) in _AND_A_HALF
    if half and base is not None:
        # "два с половиной миллиона", "два з половиною мільйони": two and a half million.
        scale = _scale_at(folded, toks, base.next + 2, -1, language)
        half = scale is not None
    if scale is None:
        if base is None or base.alone == NEVER:
            return None
        value = Decimal(base.whole) if base.whole is not None else None
        return Core(toks[i][1], base.end, base.next, value, base.reading, 0, base.words,
                    case=base.case, alone=base.alone, year_like=base.year_like)  # fmt: skip
    entry, k, end, odd = scale
    if base is None and entry.alone == NEVER:
        return None
    reading = (base.reading if base else Decimal(1)) + (Decimal("0.5") if half else 0)
    total, last = reading * entry.value, int(entry.value)
    case, in_words = entry.case, base.words if base else True
    # "1 млн 303 тыс.", "two hundred thousand five hundred": smaller groups after a larger one.
    while (group := _base(folded, toks, k, language)) is not None and group.whole is not None:
        following = _scale_at(folded, toks, group.next, group.end, language)
        if following is not None and following[0].value < last and not group.ordinal:
            scale_word, k, end, _ = following
            total += group.whole * scale_word.value
            last, case = int(scale_word.value), scale_word.case
        elif following is None and group.words and in_words and group.whole < last:
            total += group.whole
            k, end, case = group.next, group.end, group.case
            break
        elif following is None and not group.words and not in_words:
            # "41 мың 300 адам", "41 тысяча 300 человек": the hundreds after the thousands.
            if group.year_like or group.ordinal or group.whole >= last:
                break
            total += group.whole
            k, end, case = group.next, group.end, group.case
            break
        else:
            break
    if (
        language == "en"
        and total == reading * entry.value
        and k + 2 < len(toks)
        and (_pair_at(folded, toks, k), _text(folded, toks[k + 2])) == (("and", "a"), "half")
    ):
        # "a million and a half": one and a half million.
        total += entry.value / 2
        k, end = k + 3, toks[k + 2][2]
    alone = ALWAYS if base else entry.alone
    return Core(toks[i][1], end, k, total, reading, int(entry.value), in_words, case=case,
                alone=alone, odd=odd)  # fmt: skip
