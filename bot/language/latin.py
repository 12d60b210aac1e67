"""Words typed in Cyrillic as the Latin spellings the store's names are written in.

Sources keep the names their outlets print, mostly in Latin letters ("Marat Akhmetzhanov",
"Zakon.kz"), so a reader who types "Ахметжанов" or "Ахметжанова" into /search or /source is
given what the Latin spelling finds. anyascii romanises Russian, Ukrainian and Kazakh letters
much as the English-language press does ("х" → "kh", "ж" → "zh"); a single word's dictionary
forms and stem are tried too, so that its case ending falls away.
"""

from __future__ import annotations

from functools import lru_cache

from anyascii import anyascii

from bot.language.lemmas import forms

__all__ = ["latin_spellings"]

# Shorter stems would find too much ("ах" → every "akh...").
_SHORTEST = 4


@lru_cache(maxsize=1024)
def latin_spellings(text: str) -> tuple[str, ...]:
    """Latin spellings of ``text`` to try, most faithful first: the text romanised, then (for
    one word) its dictionary forms and stem romanised, in lower case. Empty for text that
    has no letter outside the Latin alphabet (there is nothing to romanise)."""
    if text.isascii():
        return ()
    spellings = dict.fromkeys([anyascii(text).casefold()])
    words = text.split()
    if len(words) == 1:
        folded = words[0].casefold().replace("ё", "е")
        for language in ("ru", "uk", "kk"):
            for key in forms(folded, language).keys:
                spellings.setdefault(anyascii(key).casefold(), None)
    return tuple(
        spelling
        for spelling in spellings
        if len(spelling) >= _SHORTEST and any(letter.isalpha() for letter in spelling)
    )
