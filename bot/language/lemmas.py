"""Words → the forms a dictionary knows them by, in English, Russian, Ukrainian and Kazakh.

Russian and Ukrainian words go through pymorphy3 and its OpenCorpora/VESUM dictionaries (in the
pymorphy3-dicts-ru and -uk wheels: nothing is downloaded), which give every lemma a form can
have: "въехало" → "въехать", "Казахстану" → "казахстан". English goes through Snowball's
stemmer ("entered" → "enter"), Kazakh through ``bot.language.kazakh``. Each dictionary is loaded
once per process, the first time a word of its language is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from bot.language.kazakh import kazakh_stems
from bot.language.text import kazakh_fold

if TYPE_CHECKING:
    import pymorphy3
    import snowballstemmer

__all__ = ["Forms", "forms", "morph", "only_accusative", "russian_or_ukrainian", "stem"]

# Grammatical cases pymorphy3 reports, for reading "в Казахстан" (into) from "в Казахстане"
# (in): OpenCorpora's names (ru) and VESUM's (uk) alike.
_LOCATIVE = frozenset({"loct", "loc2", "v_mis"})
_ACCUSATIVE = frozenset({"accs", "acc2", "v_zna"})
_GENITIVE = frozenset({"gent", "gen2", "v_rod"})
_INSTRUMENTAL = frozenset({"ablt", "v_oru"})
# Tags that mark a proper name a dictionary knows: a person, an organisation, a place.
_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Orgn", "Geox", "Trad"})


@dataclass(frozen=True)
class Forms:
    """What a word can be: its keys (the word, then its lemmas or stems), and its grammar.

    ``keys`` run from the most specific to the least, so a lookup takes the first it knows.
    """

    keys: tuple[str, ...]
    known: bool = True
    name: bool = False
    locative: bool = False
    accusative: bool = False
    instrumental: bool = False
    adjective: bool = False


@cache
def morph(language: str) -> pymorphy3.MorphAnalyzer:
    """pymorphy3's analyser of "ru" or "uk", loaded once, on first use (0.1 s)."""
    import pymorphy3

    class Analyzer(pymorphy3.MorphAnalyzer):  # type: ignore[misc]
        def parse(self, word: str) -> list[pymorphy3.analyzer.Parse]:
            try:
                return super().parse(word)  # type: ignore[no-any-return]
            except ValueError:
                # pymorphy3 asks each letter's Unicode name to tell Latin words; a letter
                # that has none ("𗀀", a Tangut ideograph) has no reading either.
                return []

    return Analyzer(lang=language)


@cache
def _stemmer(language: str) -> snowballstemmer.stemmer:
    import snowballstemmer

    return snowballstemmer.stemmer(language)


@lru_cache(maxsize=16384)
def stem(word: str, language: str) -> str:
    """A word's Snowball stem in "english" or "russian", for prefix search."""
    return str(_stemmer(language).stemWord(word))


@lru_cache(maxsize=4096)
def only_accusative(word: str, language: str) -> bool:
    """Whether a Russian or Ukrainian word can be accusative but never locative, over every
    reading the dictionary has: "Казань" (в Казань, to it), not "Казани" (in it) nor an
    indeclinable "Алеппо", which is every case at once."""
    parses = morph(language).parse(word)
    cases = {parse.tag.case for parse in parses}
    fixed = any("Fixd" in parse.tag for parse in parses)
    return bool(cases & _ACCUSATIVE) and not cases & _LOCATIVE and not fixed


def _slavic(word: str, language: str) -> Forms:
    parses = morph(language).parse(word)
    keys = dict.fromkeys([word])
    cases: set[str] = set()
    grammemes: set[str] = set()
    for parse in parses[:4]:
        keys.setdefault(parse.normal_form.replace("ё", "е"), None)
        grammemes |= set(parse.tag.grammemes)
        if parse.tag.case:
            cases.add(parse.tag.case)
    if language == "ru":
        keys.setdefault(stem(word, "russian"), None)
    return Forms(
        keys=tuple(keys),
        known=bool(morph(language).word_is_known(word)),
        name=bool(grammemes & _NAME_TAGS),
        locative=bool(cases & _LOCATIVE),
        accusative=bool(cases & _ACCUSATIVE),
        # "з Грузією" (with), unless the same form may also be "з Росії" (from).
        instrumental=bool(cases & _INSTRUMENTAL) and not cases & (_ACCUSATIVE | _GENITIVE),
        adjective=bool(parses) and parses[0].tag.POS in {"ADJF", "ADJS"},
    )


def russian_or_ukrainian(folded_words: list[str]) -> str:
    """Russian ("ru") or Ukrainian ("uk") for Cyrillic words with no letter of either's own
    ("хто казав про 300 тисяч"): the language whose dictionary knows more of the words the
    other does not ("хто", "тисяч"; "кто", "тысяч"). Russian on a tie, as the letters say."""
    russian, ukrainian = morph("ru"), morph("uk")
    lead = 0
    for word in folded_words:
        lead += int(ukrainian.word_is_known(word)) - int(russian.word_is_known(word))
    return "uk" if lead > 0 else "ru"


# Kazakh's own letters (folded text has no capitals).
_KAZAKH_LETTERS = frozenset("әғқңөұүһі")


@lru_cache(maxsize=16384)
def forms(folded: str, language: str) -> Forms:
    """The keys and grammar of one folded word read as ``language`` (en, ru, uk or kk)."""
    if not any("а" <= letter <= "я" or letter in "іїєґәғқңөұүһ" for letter in folded):
        keys = dict.fromkeys([folded, stem(folded, "english")])
        # "Russian border", not "Russians": English adjectives of peoples are singular.
        return Forms(keys=tuple(keys), adjective=not folded.endswith("s"))
    if language in {"ru", "uk"}:
        return _slavic(folded, language)
    # Kazakh, and Cyrillic in an English question: stems, and the Russian reading as well, since
    # Kazakh questions borrow Russian words ("повестка", "мобилизация").
    keys = dict.fromkeys(kazakh_stems(kazakh_fold(folded)))
    if any(letter in _KAZAKH_LETTERS for letter in folded):
        # No Russian word has these letters: Russian's dictionary would only guess at it by
        # analogy, its slowest reading (a fifth of reading a Kazakh article).
        keys.setdefault(folded, None)
        return Forms(keys=tuple(keys), known=False)
    russian = _slavic(folded, "ru")
    for key in russian.keys:
        keys.setdefault(key, None)
    # Russian's dictionary takes many a Kazakh word for a surname: no name from it here.
    return Forms(keys=tuple(keys), known=russian.known)
