"""A Kazakh suffix stripper: "қазақстанға" → "казакстан", "кірді" → "кир", "ресейлік" → "ресей".

No well-kept Kazakh lemmatiser or stemmer ships its data in a wheel (pymorphy3 has ru and uk,
Snowball has neither uk nor kk), so this is ours. Kazakh is agglutinative: a word is a stem and a
chain of suffixes (plural, possessive, case; tense and person for verbs), each in a back- or
front-vowel variant. Everything here works on the Russian-keyboard fold of the word
(``bot.language.text.kazakh_fold``), so "қазақстанға" and "казакстанга" strip alike.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["kazakh_stems"]

# Outermost first, each group a position in the chain; folded ("і" → "и", "қ" → "к", ...).
_SUFFIX_GROUPS = (
    # question particles and person endings
    ("мыз", "миз", "сыз", "сиз", "мын", "мин", "сын", "син"),
    # case: genitive, dative, accusative, locative, ablative, instrumental, equative
    (
        "нын", "нин", "дын", "дин", "тын", "тин",
        "на", "не", "га", "ге", "ка", "ке",
        "ны", "ни", "ды", "ди", "ты", "ти",
        "нда", "нде", "да", "де", "та", "те",
        "нан", "нен", "дан", "ден", "тан", "тен",
        "менен", "мен", "бен", "пен",
        "ша", "ше",
        "дагы", "деги", "тагы", "теги", "гы", "ги",
        "а", "е", "н",
    ),
    # possessive
    ("ымыз", "имиз", "ыныз", "иниз", "сы", "си", "ым", "им", "ын", "ин", "ы", "и"),
    # plural
    ("лар", "лер", "дар", "дер", "тар", "тер"),
    # participles, converbs and past tense of verbs; "-лык" and kin make demonyms
    (
        "ган", "ген", "кан", "кен", "атын", "етин", "йтын", "йтин",
        "лык", "лик", "дык", "дик", "тык", "тик",
        "ып", "ип", "п", "ды", "ди", "ты", "ти", "ма", "ме", "у",
        "май", "мей", "пай", "пей", "бай", "бей",
    ),
)  # fmt: skip
_SHORTEST_STEM = 3
# Before a suffix that starts with a vowel, a final "к"/"қ" is voiced: "азаматтық" →
# "азаматтығы"; folded, that is a final "г" to read back as "к".
_VOICED = {"г": "к", "б": "п"}
# Ablatives and locatives a writer may merge with a stem that ends in "т".
_AFTER_T = frozenset({"тан", "тен", "та", "те"})


# Each group's suffixes by their last letter, longest first, sorted once: a word is stripped
# at every level of the chain, tens of thousands of times in an article, and is tried only
# against the suffixes it can end with.
_GROUPS_BY_LAST_LETTER = tuple(
    {
        last: tuple(s for s in sorted(group, key=len, reverse=True) if s[-1] == last)
        for last in {suffix[-1] for suffix in group}
    }
    for group in _SUFFIX_GROUPS
)


def _strip(word: str, first: int = 0) -> list[str]:
    """The word and the stems left by stripping suffixes of the groups from ``first`` on."""
    stems = [word]
    for position in range(first, len(_GROUPS_BY_LAST_LETTER)):
        for suffix in _GROUPS_BY_LAST_LETTER[position].get(word[-1:], ()):
            if not word.endswith(suffix) or len(word) - len(suffix) < _SHORTEST_STEM:
                continue
            stem = word[: -len(suffix)]
            later = _strip(stem, position + 1)
            if suffix in _AFTER_T:
                # "Бухарестен" for "Бухаресттен": the stem's own "т" is the suffix's too.
                later += _strip(word[: -len(suffix) + 1], position + 1)
            unvoiced = _VOICED.get(stem[-1])
            if unvoiced:
                later += _strip(stem[:-1] + unvoiced, position + 1)
            stems += later
    return stems


@lru_cache(maxsize=8192)
def kazakh_stems(folded: str) -> tuple[str, ...]:
    """The word and every stem left by stripping its suffixes, longest first, no repeats.

    Over-stripping is expected ("канша" also yields "канш"): callers look each stem up in a
    lexicon, longest first, and take the first that is a known word.

    Args:
        folded: a word, folded and with Kazakh letters as a Russian keyboard types them.
    """
    seen: dict[str, None] = {}
    for stem in sorted(_strip(folded), key=len, reverse=True):
        seen.setdefault(stem, None)
    return tuple(seen)
