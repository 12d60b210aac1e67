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


def _strip(word: str, groups: tuple[tuple[str, ...], ...]) -> list[str]:
    stems = [word]
    for position, group in enumerate(groups):
        for suffix in sorted(group, key=len, reverse=True):
            stem = word.removesuffix(suffix)
            if stem != word and len(stem) >= _SHORTEST_STEM:
                later = _strip(stem, groups[position + 1 :])
                if suffix in _AFTER_T:
                    # "Бухарестен" for "Бухаресттен": the stem's own "т" is the suffix's too.
                    later += _strip(word[: -len(suffix) + 1], groups[position + 1 :])
                unvoiced = _VOICED.get(stem[-1])
                if unvoiced:
                    later += _strip(stem[:-1] + unvoiced, groups[position + 1 :])
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
    for stem in sorted(_strip(folded, _SUFFIX_GROUPS), key=len, reverse=True):
        seen.setdefault(stem, None)
    return tuple(seen)
