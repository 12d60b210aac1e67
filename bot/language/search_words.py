"""Wider words to search for when the words a reader typed find nothing.

/search matches each word as the start of a word, so an inflected form finds only itself and
longer words: "мобилизации" misses "мобилизация", "беженцев" misses "беженец", "deportations"
misses "deported". The start all of a word's forms share (the word cut where its dictionary
forms and stem part from it, ``bot.language.lemmas``) finds them all; after it, the word's
Latin spellings (``bot.language.latin``), since names are stored as outlets print them.
"""

from __future__ import annotations

from functools import lru_cache

from bot.language.latin import latin_spellings
from bot.language.lemmas import forms, morph
from bot.language.text import fold

__all__ = ["wider_words"]

# A shorter start would find too much ("бе" → every "бе...").
_SHORTEST = 4


@lru_cache(maxsize=1024)
def wider_words(typed: str) -> tuple[str, ...]:
    """What to search for instead of ``typed``, narrowest first: the start its forms share,
    then its Latin spellings. Empty when there is nothing wider."""
    folded = fold(typed)
    wider = dict.fromkeys(
        word for word in (_shared_start(folded), *latin_spellings(typed)) if word != folded
    )
    wider.pop("", None)
    return tuple(wider)


def _shared_start(folded: str) -> str:
    """The start every form of the word shares: its dictionary's whole lexeme in Russian and
    Ukrainian ("беженец", "беженца", "беженцев" → "бежен"), its stem in English."""
    if " " in folded or not folded.isalpha():
        return ""
    if folded.isascii():
        others = list(forms(folded, "en").keys)
    else:
        others = []
        for language in ("ru", "uk"):
            others += forms(folded, language).keys
            for parse in morph(language).parse(folded)[:1]:
                others += [form.word for form in parse.lexeme]
    start = folded
    for other in others:
        shared = _common_start(start, other)
        if len(shared) >= _SHORTEST:
            start = shared
    return start if start != folded else ""


def _common_start(one: str, other: str) -> str:
    length = 0
    for mine, theirs in zip(one, other, strict=False):
        if mine != theirs:
            break
        length += 1
    return one[:length]
