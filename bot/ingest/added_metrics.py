"""The metrics curators added to the vocabulary, recognised in an article by their own labels.

A built-in metric has cues of its own (``bot.ingest.cues``); one a curator added with
/addmetric ("visas_issued", labelled "visas issued", "выданные визы", ...) has only its labels.
A figure's clause that holds every word of the label in the article's language, in any order
and any form ("issued 1,200 visas", "1 200 выданных виз"), counts that metric: a curator who
added it meant exactly these figures, so it wins over the built-in reading.
"""

from __future__ import annotations

from functools import lru_cache

from bot.language.lemmas import forms
from bot.language.text import fold, words
from bot.language.tokens import Token
from storage.metrics import BUILT_IN, Vocabulary

__all__ = ["added_metric"]

_BUILT_IN = frozenset(kind.name for kind in BUILT_IN)
# Words a label may hold that say nothing of what it counts.
_LINKS = frozenset(
    {"of", "for", "to", "the", "a", "an", "and", "in", "на", "в", "во", "у", "з", "с", "и",
     "і", "та", "по", "для", "мен", "және"}
)  # fmt: skip


@lru_cache(maxsize=256)
def _label_keys(label: str, language: str) -> tuple[frozenset[str], ...]:
    """Each content word of ``label`` as the keys a text's word may match it by."""
    return tuple(
        frozenset(forms(word.folded, language).keys)
        for word in words(label)
        if word.folded not in _LINKS
    )


def _same_word(label: frozenset[str], text: frozenset[str]) -> bool:
    """Whether a label's word and a text's word are one word: a key in common, or a long
    common start of two keys, as a participle's and its verb's lemmas share ("виданий",
    "видати")."""
    if label & text:
        return True
    return any(
        len(a) >= _SHORTEST_SHARED
        and len(b) >= _SHORTEST_SHARED
        and _shared_start(a, b) >= max(_SHORTEST_SHARED, min(len(a), len(b)) - 2)
        for a in label
        for b in text
    )


_SHORTEST_SHARED = 4


def _shared_start(a: str, b: str) -> int:
    return next(
        (at for at, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )


def added_metric(vocabulary: Vocabulary, clause: list[Token], language: str) -> str | None:
    """The curator-added metric whose label's words the figure's clause holds, if one does;
    the one with the longest label when several do."""
    found: list[tuple[int, str]] = []
    clause_keys = [frozenset(token.forms.keys) for token in clause]
    for kind in vocabulary:
        if kind.name in _BUILT_IN:
            continue
        wanted = _label_keys(fold(kind.label(language)), language)
        if wanted and all(any(_same_word(keys, word) for word in clause_keys) for keys in wanted):
            found.append((len(wanted), kind.name))
    return max(found)[1] if found else None
