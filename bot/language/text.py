"""Splitting what a reader typed into words, and the forms words are compared in.

Readers type "Қазақстанға", "казакстанга" (a Russian keyboard), "в’їхали" with any of four
apostrophes, "Russia's", "7-тармағы": every word is cut and folded the same way before any
dictionary sees it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "RUSSIAN_LETTERS", "Word", "detect_language", "fold", "kazakh_fold", "normalise", "words",
]  # fmt: skip

# Apostrophes readers use inside Ukrainian words ("в'їхали"), all read as one.
_APOSTROPHES = str.maketrans(dict.fromkeys("’ʼ`´‘ʹ′", "'"))
# Kazakh letters as typed on a Russian keyboard: "қазақстанға" is often "казакстанга".
_KAZAKH_ON_RUSSIAN = str.maketrans("әғқңөұүһі", "агкноууhи")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*", re.UNICODE)

_KAZAKH_LETTERS = frozenset("әғқңөұүһ")
_UKRAINIAN_LETTERS = frozenset("їєґ")
RUSSIAN_LETTERS = frozenset("ыэъ")


@dataclass(frozen=True)
class Word:
    """One word of a question: as typed, folded, and whether it was typed in capitals."""

    text: str
    folded: str
    upper: bool
    # First of its sentence: a capital there says nothing of a name.
    opens: bool = False


def fold(text: str) -> str:
    """Case, width, "ё" and apostrophes folded: the form every lookup starts from."""
    # A word is folded again by every reader of its sentence (an article's words tens of
    # thousands of times): words are remembered, longer texts folded afresh.
    return _folded_word(text) if len(text) <= _WORD_LENGTH else _fold(text)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    return text.casefold().replace("ё", "е")


def normalise(text: str) -> tuple[str, str]:
    """``text`` with width and apostrophes normalised, and that text folded letter for letter
    (the two the same length, so a span found in one is the same span in the other)."""
    normal = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    folded = "".join((letter.casefold() or letter)[0] for letter in normal)
    return normal, folded.replace("ё", "е")


def kazakh_fold(text: str) -> str:
    """Kazakh letters as a Russian keyboard types them: "қазақстанға" → "казакстанга"."""
    if len(text) <= _WORD_LENGTH:
        return _kazakh_folded_word(text)
    return text.translate(_KAZAKH_ON_RUSSIAN)


# Words up to this length are remembered folded, the newest few thousand: what one article and
# the questions of the moment use, a few megabytes at most.
_WORD_LENGTH = 40
_folded_word = lru_cache(maxsize=8192)(_fold)


@lru_cache(maxsize=8192)
def _kazakh_folded_word(word: str) -> str:
    return word.translate(_KAZAKH_ON_RUSSIAN)


def words(text: str) -> list[Word]:
    """The words of ``text``, punctuation and symbols dropped; "Russia's" → "Russia"."""
    found = []
    normal = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    for match in _WORD.finditer(normal):
        typed = match.group()
        before = normal[: match.start()].rstrip()
        opens = not before or before[-1] in '.?!…:;—–-"«“(\n'
        if typed.casefold().endswith("'s"):
            typed = typed[:-2]
        typed = typed.strip("'")
        if typed:
            upper = typed.isupper() and len(typed) > 1
            found.append(Word(typed, fold(typed), upper, opens))
    return found


def detect_language(folded_words: list[str], kazakh_hits: int = 0) -> str:
    """The question's language, "en", "ru", "uk" or "kk", from its letters.

    Args:
        folded_words: the words, folded.
        kazakh_hits: how many words are Kazakh-only words ("қанша", "канша"): Kazakh typed
            on a Russian keyboard has no letter of its own.
    """
    letters = set("".join(folded_words))
    cyrillic = sum(1 for word in folded_words if re.search(r"[а-яіїєґәғқңөұүһ]", word))
    latin = sum(1 for word in folded_words if re.search(r"[a-z]", word))
    if cyrillic == 0 or latin > cyrillic:
        return "en"
    if letters & _KAZAKH_LETTERS or kazakh_hits:
        return "kk"
    if letters & _UKRAINIAN_LETTERS or ("і" in letters and not letters & RUSSIAN_LETTERS):
        return "uk"
    return "ru"
