"""A fact's words and a reader's words → the lemmas the search index keeps beside the words.

/search matches what a reader types as the start of a fact's words, which no prefix can stretch
to the forms that change their stem: "ушли"/"уйти"/"ушедших", "шёл"/"идти", "пішли"/"піти",
"went"/"go", "children"/"child". So the store indexes each fact's lemmas too (storage.lemmas
says where), and a reader's word also matches a fact holding one of its lemmas.

Russian and Ukrainian words take pymorphy3's lemmas (``bot.language.lemmas.morph``), English
words lemminflect's (its tables of irregular forms ship in its wheel), Kazakh words (those with
a letter only Kazakh writes) the stems of ``bot.language.kazakh``. A word is read in every
language whose letters it has: a fact's language is not stored, and a Cyrillic word with no
Ukrainian or Kazakh letter may be either Russian or Ukrainian.

Lemmatising is cached per word: a store's facts, like the benchmark's generated ones, repeat
their words, so an import of a million facts reads each distinct word once.
"""

from __future__ import annotations

import re

from bot.language.kazakh import kazakh_stems
from bot.language.lemmas import morph
from bot.language.text import fold, kazakh_fold

__all__ = ["LEMMATISER", "SearchLemmas", "text_lemmas", "word_lemmas"]

_WORD = re.compile(r"\w+")
_KAZAKH = frozenset("әғқңөұүһ")
_UKRAINIAN = frozenset("іїєґ")
_RUSSIAN = frozenset("ыэъ")
# pymorphy3's first parses: later ones are rarer readings that would find unrelated facts.
_PARSES = 3
# A store's vocabulary: enough to hold every distinct word of a large import.
_CACHED_WORDS = 1 << 18


def _cyrillic(word: str) -> bool:
    return any("а" <= letter <= "я" or letter in "ёіїєґәғқңөұүһ" for letter in word)


def _english(word: str) -> list[str]:
    import lemminflect

    return [lemma for lemmas in lemminflect.getAllLemmas(word).values() for lemma in lemmas]


def _slavic(word: str) -> list[str]:
    letters = set(word)
    languages = [
        language
        for language, own, foreign in (("ru", _RUSSIAN, _UKRAINIAN), ("uk", _UKRAINIAN, _RUSSIAN))
        if not letters & foreign
    ]
    known = [language for language in languages if morph(language).word_is_known(word)]
    lemmas = []
    for language in known:
        lemmas += [parse.normal_form for parse in morph(language).parse(word)[:_PARSES]]
    if not known and languages:
        # A word neither dictionary knows (a name, a rare word): pymorphy3's guess from its
        # ending, in the language its letters point to ("Зеленського" → "зеленський").
        language = "uk" if letters & _UKRAINIAN else languages[0]
        lemmas += [parse.normal_form for parse in morph(language).parse(word)[:1]]
    return [lemma.replace("ё", "е") for lemma in lemmas]


# Each word's lemmas, as typed (before folding): a plain dict, since an import looks up every
# word of every fact here (60 a fact in the benchmark's), and lru_cache's bookkeeping doubled the
# time that took. Emptied when full, which a store's vocabulary rarely makes it.
_KNOWN: dict[str, tuple[str, ...]] = {}


def word_lemmas(word: str) -> tuple[str, ...]:
    """The lemmas of one word, lower case, other than the word itself; () for a number or a
    word no dictionary reads."""
    lemmas = _KNOWN.get(word)
    if lemmas is None:
        if len(_KNOWN) >= _CACHED_WORDS:
            _KNOWN.clear()
        lemmas = _KNOWN[word] = _lemmas(word)
    return lemmas


def _lemmas(word: str) -> tuple[str, ...]:
    folded = fold(word)
    if len(folded) < 2 or not folded.isalpha():
        return ()
    if folded.isascii():
        lemmas = _english(folded)
    elif not _cyrillic(folded):
        return ()
    elif set(folded) & _KAZAKH:
        # Every stem the suffixes can leave: one of them is the one its other forms share.
        lemmas = list(kazakh_stems(kazakh_fold(folded)))
    else:
        lemmas = _slavic(folded)
    return tuple(lemma for lemma in dict.fromkeys(lemmas) if lemma and lemma != folded)


def text_lemmas(text: str) -> str:
    """The lemmas of every word of ``text``, each once, separated by spaces."""
    found: dict[str, None] = {}
    for word in _WORD.findall(text):
        lemmas = _KNOWN.get(word)
        if lemmas is None:
            lemmas = word_lemmas(word)
        if lemmas:
            found.update(dict.fromkeys(lemmas))
    return " ".join(found)


class SearchLemmas:
    """The lemmatiser the store is opened with (``storage.lemmas.Lemmatiser``).

    It holds nothing: a large import pickles it to the process that validates its rows, which
    lemmatises them there, on the other core.
    """

    def text(self, text: str) -> str:
        """The lemmas of every word of ``text``, separated by spaces."""
        return text_lemmas(text)

    def word(self, word: str) -> tuple[str, ...]:
        """The lemmas of one word a reader typed, other than the word itself."""
        return word_lemmas(word)


LEMMATISER = SearchLemmas()
