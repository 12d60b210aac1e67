"""A question's words as tokens: their dictionary forms, the lexicon's concepts they carry
(a phrase of several words included), typos of lexicon words, and their forms for search."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache

from bot.language.lemmas import Forms, stem
from bot.language.lexicon import Entry, lexicon_index
from bot.language.text import Word, fold, kazakh_fold

__all__ = ["SHORTEST_TYPO", "Token", "fix_typo", "is_name", "match_lexicon", "search_terms"]

_TYPO_SCORE = 80.0
# Shorter words are not checked for typos: too many words are one letter from another.
SHORTEST_TYPO = 5


@dataclass
class Token:
    """One word of a question and what reading it found in it."""

    word: Word
    forms: Forms
    concepts: set[str] = field(default_factory=set)
    phrase: str = ""
    country: str | None = None
    demonym: str | None = None
    city: str | None = None
    used: bool = False


def match_lexicon(tokens: list[Token], index: dict[str, list[Entry]] | None = None) -> None:
    """Mark each token with the concepts of the phrases it is part of (the questions' lexicon,
    or ``index``)."""
    index = lexicon_index() if index is None else index
    count = len(tokens)
    position = 0
    while position < count:
        token = tokens[position]
        matched: list[Entry] = []
        for key in token.forms.keys:
            for entry in index.get(key, ()):
                width = len(entry.keys)
                if matched and width < len(matched[0].keys):
                    break
                # Every sentence's every word is looked up here: no list is built per entry.
                if position + width <= count and all(
                    entry.keys[n] in tokens[position + n].forms.keys for n in range(1, width)
                ):
                    matched.append(entry)
            if matched:
                break
        if not matched:
            position += 1
            continue
        width = len(matched[0].keys)
        # Of phrases as long, those whose words match as written beat those matched by a
        # stem: "елден шығарылмады" is "not let out", not "елден шығарыл" (expelled).
        covered = tokens[position : position + width]
        exact = [
            sum(key == word.forms.keys[0] for key, word in zip(entry.keys, covered, strict=True))
            for entry in matched
        ]
        best = max(exact)
        matched = [entry for entry, score in zip(matched, exact, strict=True) if score == best]
        for offset in range(width):
            tokens[position + offset].concepts |= {entry.concept for entry in matched}
            tokens[position + offset].phrase = matched[0].phrase
        position += width


@cache
def _typo_vocabulary() -> dict[str, frozenset[str]]:
    """Single words of the lexicon, as written and as keyed, → their concepts."""
    vocabulary: dict[str, set[str]] = {}
    for key, entries in lexicon_index().items():
        for entry in entries:
            if len(entry.keys) == 1:
                for form in (key, kazakh_fold(fold(entry.phrase))):
                    if len(form) >= SHORTEST_TYPO - 1:
                        vocabulary.setdefault(form, set()).add(entry.concept)
    return {form: frozenset(concepts) for form, concepts in vocabulary.items()}


def fix_typo(token: Token) -> None:
    token.concepts |= _typo_concepts(token.word.folded)


@lru_cache(maxsize=4096)
def _typo_concepts(folded: str) -> frozenset[str]:
    """The concepts of the lexicon word ``folded`` is a typo of ("entred" → into), if any."""
    from rapidfuzz import fuzz, process

    vocabulary = _typo_vocabulary()
    words = list(vocabulary)  # as a dict, rapidfuzz would compare the values
    best = process.extractOne(folded, words, scorer=fuzz.ratio, score_cutoff=_TYPO_SCORE)
    return vocabulary[best[0]] if best is not None else frozenset()


def is_name(token: Token) -> bool:
    capitalised = token.word.text[:1].isupper() and not token.word.upper
    return token.forms.name or (capitalised and not token.word.opens)


def search_terms(token: Token) -> tuple[str, ...]:
    terms = dict.fromkeys(key for key in token.forms.keys if len(key) >= 3)
    folded = token.word.folded
    if not folded.isascii():
        from anyascii import anyascii

        terms.setdefault(stem(folded, "russian"), None)
        # Names are stored in Latin letters: "Путина" → "putin", "Ахметжанов" → "akhmetzhanov".
        for key in token.forms.keys[:2]:
            terms.setdefault(anyascii(key).casefold(), None)
    if token.city:
        terms.setdefault(token.city, None)
    return tuple(terms) or (folded,)
