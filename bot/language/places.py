"""Which countries a question names, and how: into, from or in them; a people's name
("россиян", "ресейлік") or "citizens of" for a citizenship; cities for search."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from babel import Locale

from bot.language.cities import city_country, city_english_names
from bot.language.countries import (
    question_country_code,
    question_country_names,
    resolve_country,
)
from bot.language.demonyms import DEMONYMS
from bot.language.lemmas import Forms, morph
from bot.language.text import fold, kazakh_fold
from bot.language.tokens import Token

__all__ = [
    "CONJUNCTIONS", "PART_OF", "PLACE_NOUNS", "WITH", "Place", "find_places", "read_places",
]  # fmt: skip

_KAZAKH_DATIVE = re.compile(r"(?:га|ге|ка|ке|на|не|а|е)$")
_KAZAKH_ABLATIVE = re.compile(r"(?:дан|ден|тан|тен|нан|нен)$")
_KAZAKH_LOCATIVE = re.compile(r"(?:да|де|та|те|нда|нде)$")
# A case ending on a noun of place, "-на/-не" after its possessive ("секторына") included.
_KAZAKH_NOUN_CASE = re.compile(r"(?:дан|ден|тан|тен|нан|нен|га|ге|ка|ке|на|не|да|де|та|те)$")
_DEMONYM_TYPO_SCORE = 85.0
# Letters Russian and Ukrainian do not write: a name with one is another language's, and is not
# lemmatised by their dictionary (which would only guess, slowly, at a word it cannot know).
_NOT_WRITTEN = {"ru": frozenset("іїєґәғқңөұүһ"), "uk": frozenset("ыэъәғқңөұүһ")}
# Two-letter English words that are also country codes ("am" Armenia, "it" Italy): in lower
# case they are the words.
_ENGLISH_TWO_LETTERS = frozenset(
    {"ad", "am", "an", "as", "at", "be", "by", "do", "go", "he", "hi", "id", "if", "in", "is",
     "it", "ma", "me", "my", "no", "of", "oh", "ok", "on", "or", "pa", "so", "to", "up", "us",
     "we", "ye"}
)  # fmt: skip


@dataclass(frozen=True)
class Place:
    """A country the question names, and how: "into" it, "from" it, "in" it, or just named."""

    code: str
    role: str | None = None


@dataclass(frozen=True)
class _Phrase:
    """A name of several words, each word as the keys a question's word may match it by."""

    words: tuple[frozenset[str], ...]
    code: str
    people: bool


@cache
def _kazakh_country_names() -> dict[str, str]:
    """Kazakh and Russian country names as a Russian keyboard types them → alpha-3."""
    found: dict[str, str] = {}
    for language in ("kk", "ru"):
        territories = Locale.parse(language).territories
        for code2, name in territories.items():
            code = question_country_code(code2.casefold()) if code2.isalpha() else None
            if code:
                key = kazakh_fold(fold(name))
                found.setdefault(key, code)
                if key.endswith(" аралдары"):
                    # "Мальдивке": Kazakh names an island state without its "islands".
                    found.setdefault(key.removesuffix(" аралдары"), code)
    # A spelling Kazakh news writes beside the dictionary's ("Жибутиден").
    found.update({"жибути": "DJI"})
    return found


def _name_word_keys(words: list[str], language: str) -> tuple[frozenset[str], ...]:
    """Each word of a name as typed, and by its lemmas if the name is in ``language``'s
    script (ru, uk): a name with a letter the language does not write stays as it is."""
    foreign = _NOT_WRITTEN.get(language)
    lemmatise = foreign is not None and not any(set(word) & foreign for word in words)
    found = []
    for word in words:
        keys = {word, kazakh_fold(word)}
        if lemmatise and not word.isascii():
            keys |= _lemmas(word, language)
        found.append(frozenset(keys))
    return tuple(found)


@lru_cache(maxsize=4096)
def _lemmas(word: str, language: str) -> frozenset[str]:
    return frozenset(p.normal_form.replace("ё", "е") for p in morph(language).parse(word)[:4])


@cache
def _phrases(language: str) -> dict[str, tuple[_Phrase, ...]]:
    """Countries' and peoples' names of several words, by the keys of their first word; in
    Russian and Ukrainian by lemma as well ("Саудовской Аравии"), in Kazakh as the stems of a
    declined last word give them back ("Сауд Арабиясынан")."""
    names = {name: (code, False) for name, code in question_country_names(language).items()}
    names.update({name: (code, True) for name, code in DEMONYMS.items()})
    found: dict[str, list[_Phrase]] = {}
    for name, (code, people) in names.items():
        if " " in name:
            split = fold(name).split()
            # "People's Republic of China" folds to "people s ...": an article's reader drops
            # the possessive's "s" ("People" "Republic"), a question's keeps it.
            variants = [split, [word for word in split if word != "s"]]
            for variant in variants[: 1 + ("s" in split)]:
                words = _name_word_keys(variant, language)
                for key in words[0]:
                    found.setdefault(key, []).append(_Phrase(words, code, people))
    return {key: tuple(phrases) for key, phrases in found.items()}


def _keys(token: Token) -> frozenset[str]:
    return _word_keys(token.forms.keys, token.word.folded)


# What a word reads as depends only on its forms: an article asks of the same few thousand
# words sentence after sentence, so each is read once.
@lru_cache(maxsize=16384)
def _word_keys(keys: tuple[str, ...], folded: str) -> frozenset[str]:
    return frozenset((*keys, folded))


def _phrase_at(tokens: list[Token], position: int, language: str) -> _Phrase | None:
    """The longest name of several words that starts at ``position``; a people's name before
    a country's of as many words ("оңтүстік судандық", not "Оңтүстік Судан")."""
    phrases = _phrases(language)
    found = [
        phrase
        # Only the word's keys a name starts with: a Kazakh word has many stems.
        for key in phrases.keys() & _keys(tokens[position])
        for phrase in phrases[key]
        if position + len(phrase.words) <= len(tokens)
        and all(
            keys & _keys(token)
            for keys, token in zip(
                phrase.words, tokens[position : position + len(phrase.words)], strict=True
            )
        )
    ]
    return max(found, key=lambda phrase: (len(phrase.words), phrase.people), default=None)


def _find_phrases(tokens: list[Token], language: str) -> None:
    position = 0
    while position < len(tokens):
        phrase = _phrase_at(tokens, position, language)
        if phrase is None:
            position += 1
            continue
        span = tokens[position : position + len(phrase.words)]
        # A preposition comes before a name's first word; Kazakh declines its last one.
        head = span[-1] if language == "kk" and not phrase.people else span[0]
        if phrase.people:
            head.demonym = phrase.code
        else:
            head.country = phrase.code
        # "Шри-Ланку": the name's first word is short, the name is not.
        head.concepts.add("name_of_words")
        for token in span:
            if token is not head:
                token.used = True
        position += len(span)


def _demonym_typo(token: Token) -> str | None:
    """The people a misspelt word names ("russains"), once no country name fits it."""
    from rapidfuzz import fuzz, process

    if len(token.word.folded) < 6:
        return None
    best = process.extractOne(
        token.word.folded, list(DEMONYMS), scorer=fuzz.ratio, score_cutoff=_DEMONYM_TYPO_SCORE
    )
    return DEMONYMS[best[0]] if best is not None else None


def _demonym(token: Token) -> str | None:
    return _demonym_of(token.word.folded, token.forms)


@lru_cache(maxsize=16384)
def _demonym_of(folded: str, forms: Forms) -> str | None:
    for key in (*forms.keys, kazakh_fold(folded)):
        if key in DEMONYMS:
            return DEMONYMS[key]
        # Keys run from the word to its stems: a country's name before a people's is the
        # country's ("Сербии" → "сербия", and only then its stem "серб", a Serb).
        if len(key) > 3 and question_country_code(key):
            break
    if folded.isascii() and folded.endswith(("ians", "ans", "ian")):
        base = folded.removesuffix("s")
        for candidate in (base[:-1], base[:-3] + "e", base[:-3] + "a", base[:-2] + "a"):
            code = question_country_code(candidate) if len(candidate) >= 4 else None
            if code:
                return code
    for key in forms.keys:
        # "узбекистанец", "киргизстанець": a citizen of the country the word is made from.
        for suffix in ("ец", "ець", "ка"):
            base = key.removesuffix(suffix)
            if base != key and len(base) >= 5 and base.endswith("стан"):
                code = question_country_code(base)
                if code:
                    return code
        for suffix in ("лык", "лик", "дык", "дик", "тык", "тик"):
            if key.endswith(suffix) and len(key) > len(suffix) + 3:
                code = _kazakh_country_names().get(key.removesuffix(suffix))
                if code:
                    return code
    return None


# The Latin abbreviations news writes for countries; another code in capitals in an article is
# a body's ("the Bureau of Immigration (BI)", the Dutch "IND"), not Burundi's or India's.
_ARTICLE_ABBREVIATIONS = frozenset({"us", "usa", "uk", "uae", "drc", "prc", "dprk"})


# Abbreviations that name a country only in capitals: Ukrainian "ПАР" (South Africa) is "пар"
# (pairs, steam) in lower case; Kazakh "ҚР" (Қазақстан Республикасы), with its own letter,
# which Russian "КР" (the Kyrgyz Republic) lacks.
# Abbreviations that are words in lower case: "Цагаан Сара" (a festival), "сар" (a month).
# "граждан САР": the Syrian Arab Republic.
_CAPITALS_ONLY = {"пар": "ZAF", "қр": "KAZ", "сар": "SYR"}


def _country(token: Token, language: str, *, fuzzy: bool = True) -> str | None:
    return _country_of(token.word.folded, token.word.upper, token.forms, language, fuzzy)


@lru_cache(maxsize=16384)
def _country_of(folded: str, upper: bool, forms: Forms, language: str, fuzzy: bool) -> str | None:
    if upper and folded in _CAPITALS_ONLY:
        return _CAPITALS_ONLY[folded]
    code_like = upper and folded.isascii() and len(folded) <= 4
    if not fuzzy and code_like and folded not in _ARTICLE_ABBREVIATIONS:
        return None
    for key in forms.keys:
        # Short English words ("in", "us", "is") are stop words, read before this; what is
        # left may be a two-letter code typed in lower case ("left kz"), but a three-letter
        # word ("can", "per") is a code only in capitals.
        lower = not upper and key.isascii()
        if lower and (len(key) == 3 or key in _ENGLISH_TWO_LETTERS):
            continue
        code = question_country_code(key)
        if code:
            return code
        if language == "kk" or not forms.known:
            code = _kazakh_country_names().get(kazakh_fold(key))
            if code:
                return code
    if fuzzy and len(folded) >= 6 and (not forms.known or folded.isascii()):
        match = resolve_country(folded)
        if match.country is not None:
            return match.country.code
    return None


def find_places(tokens: list[Token], language: str, *, fuzzy: bool = True) -> None:
    """Mark the tokens that name a country, a people or a city; ``fuzzy`` reads misspelt
    names too (a reader's question, not an edited article)."""
    _find_phrases(tokens, language)
    for position, token in enumerate(tokens):
        if token.used or token.country or token.demonym:
            continue
        following = tokens[position + 1].word.folded if position + 1 < len(tokens) else ""
        if token.word.folded == "того" and following in _THAT_SAME:
            continue  # "Того ж дня": "of that same day", not Togo
        if "stop" in token.concepts and not token.word.upper:
            continue
        if token.concepts - {"stop"}:
            continue
        token.demonym = _demonym(token)
        if token.demonym is None:
            token.country = _country(token, language, fuzzy=fuzzy)
        if fuzzy and token.demonym is None and token.country is None:
            token.demonym = _demonym_typo(token)
        if token.demonym is None and token.country is None and not token.word.folded.isascii():
            for key in token.forms.keys:
                if key in city_english_names():
                    token.city = city_english_names()[key]
                    break


# Verbs that move people somewhere, read as cues.
_MOVED = frozenset({"cue:deport", "cue:enter", "cue:return", "cue:leave"})
# Words after "того" that make it "of that" ("того же дня", "того ж року"), not Togo.
_THAT_SAME = frozenset({
    "же", "ж", "самого", "самої", "дня", "дні", "часу", "времени", "року", "года", "месяца",
    "місяця", "тижня", "недели", "периода", "періоду", "що", "что", "чтобы", "щоб",
})  # fmt: skip


# Words between a preposition and its country that say which part: "into southern Malawi".
PART_OF = (
    "northern", "southern", "eastern", "western", "central", "neighbouring", "neighboring",
    "north", "south", "east", "west", "northeastern", "northwestern", "southeastern",
    "southwestern", "северн", "южн", "западн", "восточн", "центральн", "соседн", "північн",
    "південн", "західн", "східн", "сусідн",
)  # fmt: skip


# The nouns a place's own name may follow: "в аэропорту «Манас»", "до повіту Марамуреш",
# "в провинции Хатай", "до міста Львів" (folded word starts).
PLACE_NOUNS = (
    "airport", "аэропорт", "аеропорт", "province", "county", "провинци", "провінці", "повіт",
    "уезд", "жудец", "штат", "облас", "город", "міст", "region", "регион", "регіон",
    # "на остров Лесбос", "на острів Лампедуза", "the island of Lesbos".
    "остров", "острів", "island", "isle",
)  # fmt: skip


# Kazakh nouns of place a name stands before, the case on them: "аумағынан", "секторынан".
_KAZAKH_PLACE_NOUNS = (
    "аумаг", "сектор", "облыс", "калас", "порт", "аудан", "олке", "ауежай", "бекет",
    "провинция", "штат", "аймаг", "арал",
    # "Франция жағалауынан" (from France's coast), "Ресей жақтан" (from the Russian side).
    "жагалау", "жак", "жагы",
    # A country's part by its side: "Чадтың шығысына" (into eastern Chad).
    "шыгыс", "батыс", "солтустиг", "онтустиг",
    # Where people go to study or work there: "Беларусь университеттеріне оқуға аттанды".
    "университет", "колледж", "мектеп", "касипорын", "зауыт", "фабрика",
    "ферма", "курылыс", "шахта", "кеништ", "ауруха", "клиника",
)  # fmt: skip
# The dative after a vowel is "-ға/-ге/-на/-не"; a bare "-а/-е" ends the name itself.
_KAZAKH_DATIVE_VOWEL = re.compile(r"(?<![гкн])[ае]$")


def _kazakh_place_noun(token: Token) -> bool:
    folded = kazakh_fold(token.word.folded)
    return folded.startswith(_KAZAKH_PLACE_NOUNS) and _KAZAKH_NOUN_CASE.search(folded) is not None


# Kazakh "өтті" and its forms, folded (not "өткізу", letting through).
_KAZAKH_CROSSED = ("отти", "откен", "отеди", "отип", "отуде", "отпек", "отуге")
# English verbs of crossing a border named by its country: "crossed the Kazakh border".
_CROSSING_VERBS = frozenset({"crossed", "cross", "crosses", "crossing"})


def _crossing(token: Token) -> bool:
    return token.word.folded in _CROSSING_VERBS


# A border as what is crossed (Russian's accusative; Ukrainian's is its nominative).
_BORDER_CROSSED = frozenset({"границу", "кордон"})


def _role(tokens: list[Token], position: int, language: str, *, sides: bool = False) -> str | None:
    token = tokens[position]
    if "heading" in token.concepts:
        return "into"  # marked so by the article's reader ("в российские вузы")
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    if (
        position > 0
        and _crossing(tokens[position - 1])
        and following is not None
        and "topic:border" in following.concepts
    ):
        # "crossed Ukraine's borders": into it.
        return "into"
    if (
        position >= 3
        and tokens[position - 1].word.folded == "of"
        and "topic:border" in tokens[position - 2].concepts
        and _crossing(tokens[position - 3])
    ):
        # "crossed the border of Ukraine": into it.
        return "into"
    if position >= 2 and tokens[position - 1].word.folded.startswith(PART_OF):
        position -= 1  # the preposition is before the part's word
    place_noun = position >= 2 and tokens[position - 1].word.folded.startswith(PLACE_NOUNS)
    # "в саудовскую Джидду", "до італійського Барі": a country's adjective before the city
    # takes the preposition's case, as a place's noun does.
    described = (
        language in {"ru", "uk"}
        and position >= 2
        and tokens[position - 1].demonym is not None
        and bool(tokens[position - 1].forms.adjective)
    )
    if "city" in token.concepts and (place_noun or described):
        # "з аеропорту Бен-Гуріон", "в аэропорт «Манас»", "до повіту Марамуреш": the noun
        # before the name takes the preposition's case.
        position -= 1
        token = tokens[position]
    if (
        position >= 2
        and tokens[position - 1].word.folded in _SIDE_NOUNS
        and tokens[position - 2].word.folded in _FROM_WORDS
    ):
        # "с территории Беларуси", "со стороны Турции", "з боку Польщі": from that side.
        return "from"
    before = tokens[position - 1].concepts if position else set()
    preposition = tokens[position - 1].word.folded if position else ""
    with_another = (
        position + 2 < len(tokens)
        and tokens[position + 1].word.folded in WITH
        and tokens[position + 2].country is not None
    )
    if preposition in _BORDER_CROSSED and not token.forms.instrumental and not with_another:
        # "пересекли границу Казахстана", "перетнули кордон України": crossed into it (not
        # "кордон Китаю з Монголією", a border of two).
        return "into"
    border_with = position >= 3 and "topic:border" in tokens[position - 2].concepts
    at_it = [t.word.folded for t in tokens[max(0, position - 4) : position - 2]]
    # "at the border", "на північному кордоні": the article or the side between.
    beside = not at_it or at_it[-1] == "the" or at_it[-1].startswith(PART_OF)
    at_it = at_it if beside else at_it[-1:]
    next_two = tokens[position + 1 : position + 3]
    # "на кордоні з Румунією, Угорщиною та Словаччиною": a border with several, no one side.
    # ("на границе с Беларусью латвийские пограничники": a people's adjective after it
    # begins a phrase of its own.)
    listed = any(t.country and "where" not in t.concepts for t in next_two[:1]) or (
        len(next_two) == 2 and next_two[0].word.folded in CONJUNCTIONS and next_two[1].country
    )
    # "on the Bavarian section of the border with Austria": a stretch of it, at it all the same.
    stretch = border_with and _STRETCH_OF.search(
        " ".join(t.word.folded for t in tokens[max(0, position - 8) : position - 2])
    )
    if (
        sides
        and border_with
        and not listed
        and (_AT_A_PLACE.intersection(at_it) or bool(stretch))
        and (preposition == "with" or token.forms.instrumental)
    ):
        # "на кордоні з Росією", "на границе с Китаем", "at the border with Russia": the
        # border's other side, as "на російському кордоні" names it.
        return "border"
    if (
        sides
        and language == "en"
        and following is not None
        and "topic:border" in following.concepts
        and preposition in _AT_A_PLACE
        and (position + 2 >= len(tokens) or tokens[position + 2].word.folded != "with")
    ):
        # "at the Belarus border" ("the" is no token), as "at the Belarusian border" names
        # its other side ("at Ukraine's border with Moldova" is Ukraine's own).
        return "border"
    if "from_preposition" in before:
        # "з Грузією", "с Грузией": with, not from.
        return None if token.forms.instrumental else "from"
    if "into_preposition" in before:
        if preposition in {"в", "во", "у", "на"} and token.forms.locative:
            # "депортировало в Гаити": after a verb of moving people, a word that does not
            # decline is where they went ("обучавшихся в Урумчи" is where they were).
            moved = position >= 2 and not _MOVED.isdisjoint(tokens[position - 2].concepts)
            return "into" if token.forms.accusative or moved else "in"
        return "into"
    folded = kazakh_fold(token.word.folded)
    bare = folded in _kazakh_country_names() or bool(question_country_code(token.word.folded))
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    own_case = (
        not bare and "city" not in token.concepts and _KAZAKH_NOUN_CASE.search(folded) is not None
    )
    if (
        language == "kk"
        and following is not None
        and not own_case
        and _kazakh_place_noun(following)
    ):
        # "Газа секторынан", "Қазақстан аумағынан", "Жидда қаласына": the noun after the name
        # takes the case.
        token, folded, bare = following, kazakh_fold(following.word.folded), False
    elif (
        language == "kk"
        and "city" in token.concepts
        and (_KAZAKH_DATIVE_VOWEL.search(folded) or city_country((token.word.folded,)) is not None)
    ):
        # "Газа", "Ақтөбе": a city's own last vowel is no dative; "Астана" is the city's
        # name whole, its "-на" no dative after a possessive.
        return None
    if (
        language == "kk"
        and bare
        and following is not None
        and kazakh_fold(following.word.folded).startswith(("шекарасынан", "шекарадан"))
        # "Қазақстан-Ресей шекарасынан өтті": a border of two, crossed either way.
        and not (
            position > 0 and tokens[position - 1].country and not tokens[position - 1].demonym
        )
        and any(
            kazakh_fold(later.word.folded).startswith(_KAZAKH_CROSSED)
            for later in tokens[position + 2 : position + 8]
        )
    ):
        # "Молдова шекарасынан өтті", "Қазақстан шекарасынан 45 мың ресейлік өтті": crossed
        # the country's border, into it; "Иран шекарасынан елге өтпек болған": from it, into
        # the country ("ел") the story is about.
        into_the_country = any(
            kazakh_fold(later.word.folded) in {"елге", "елимизге"}
            for later in tokens[position + 2 : position + 5]
        )
        return "from" if into_the_country else "into"
    if (
        sides
        and language == "kk"
        and bare
        and following is not None
        and kazakh_fold(following.word.folded).startswith("шекарасында")
    ):
        # "Беларусь шекарасында" (at the Belarusian border): the border's other side, as
        # "на белорусской границе" names it.
        return "border"
    if language == "kk" and bare and following is not None:
        # "АҚШ-тан", "БАӘ-ге": an abbreviation's case ending, after its hyphen, is read as a
        # word of its own.
        ending = kazakh_fold(following.word.folded)
        if ending in _KAZAKH_ABLATIVE_ENDINGS:
            return "from"
        if ending in _KAZAKH_DATIVE_ENDINGS:
            return "into"
    if (language == "kk" or not token.forms.known) and not bare:
        if _KAZAKH_ABLATIVE.search(folded):
            return "from"
        if _KAZAKH_LOCATIVE.search(folded):
            return "in"
        if language == "kk" and _KAZAKH_DATIVE.search(folded):
            return "into"
    before_in = tokens[position - 2].word.folded if position >= 2 else ""
    if language == "en" and preposition == "in" and before_in in _ARRIVED:
        # "146 Kazakhstanis arrived in Almaty": where they went, even their own country.
        return "into"
    if sides and language == "en" and preposition in _ENTERED:
        # "3,240 Uzbeks entered Uzbekistan": the country entered, even the people's own (an
        # article's sentence; a question's verb is read with its own words).
        return "into"
    if sides and language == "en" and preposition in _LEFT:
        return "from"  # "Russians left Russia"
    if (
        language == "en"
        and preposition == "at"
        and before_in in _ARRIVED
        and "city" in token.concepts
    ):
        # "11,800 Tajiks arrived at Dushanbe airport": the city's airport, where they went.
        return "into"
    if language == "en" and preposition == "in" and before_in in _WORK:
        # "left for jobs in Malaysia", "went to work in Poland": where they went.
        return "into"
    if language == "en" and preposition == "for" and before_in in _BOUND:
        # "passengers bound for Malaysia": where they were going.
        return "into"
    if language == "en" and preposition == "in" and before_in in _STRIFE:
        # "people fleeing the war in Ukraine were granted protection in Ireland": the war's
        # country is where they came from, not where they are.
        return "from"
    return None


# Case endings that are never words of their own (folded: "ға" is "га"); "на" and "не" are
# ("не" is "what"), and so are the locative's "да", "де" ("too").
_KAZAKH_ABLATIVE_ENDINGS = frozenset({"тан", "тен", "дан", "ден", "нан", "нен"})
_KAZAKH_DATIVE_ENDINGS = frozenset({"га", "ге", "ка", "ке"})

# Where something happened, before a border named by its other side: "на кордоні з Росією",
# "at the border with Russia" (but "crossed the border with Iran" crossed into it).
_AT_A_PLACE = frozenset({"на", "at", "on", "along", "біля", "возле", "у", "в"})
_STRETCH_OF = re.compile(
    r"(?:^|\s)(?:at|on|along)\s+(?:the\s+|a\s+)?(?:\S+\s+){0,3}(?:section|part|stretch|sector|"
    r"segment|length)\s+of(?:\s+the)?$"
)
_SIDE_NOUNS = frozenset({"территории", "стороны", "території", "сторони", "боку"})
_FROM_WORDS = frozenset({"с", "со", "з", "із", "зі"})
_STRIFE = frozenset(
    {"war", "fighting", "conflict", "violence", "unrest", "crisis", "clashes", "invasion"}
)
_WORK = frozenset({"jobs", "job", "work", "employment", "study", "studies"})
_BOUND = frozenset({"bound", "headed", "heading", "destined", "departing", "leaving"})
# English verbs whose object is the country entered or left.
_ENTERED = frozenset({"entered", "enter", "enters", "entering", "reached", "reach", "reaching"})
_LEFT = frozenset(
    {"left", "leave", "leaves", "leaving", "fled", "flee", "flees", "fleeing", "exited", "exit"}
)
_ARRIVED = frozenset(
    {"arrive", "arrived", "arrives", "arriving", "land", "landed", "lands", "landing"}
)


def _near(tokens: list[Token], position: int, concept: str, language: str) -> bool:
    # "граждан РФ", "citizens of Russia" name the country after the word; Kazakh before it
    # ("Ресей азаматы").
    for offset in (1,) if language == "kk" else (-1, -2):
        other = position + offset
        if 0 <= other < len(tokens) and concept in tokens[other].concepts:
            if abs(offset) == 2 and tokens[position + offset // 2].word.folded != "of":
                continue
            return True
    return False


def _merged(places: list[Place], citizenship: str | None) -> tuple[Place, ...]:
    """One place a country, the role the question gives it kept; the people's own country
    dropped when it is only their subject ("since Russia announced ...")."""
    roles: dict[str, str | None] = {}
    for place in places:
        named_before = place.code in roles and roles[place.code] is None
        if named_before and place.role == "border":
            # "left Russia across the Kazakh-Russian border": the country named is the one
            # left; its side of the border says no more.
            continue
        if roles.get(place.code) is None:
            roles[place.code] = place.role
        elif roles[place.code] == "in" and place.role in {"into", "from"}:
            # "в аеропорту Пірсон не пустили до Канади": where it happened, then the way.
            roles[place.code] = place.role
    merged = [Place(code, role) for code, role in roles.items()]
    if len(merged) > 1:
        merged = [p for p in merged if p.code != citizenship or p.role is not None]
    return tuple(merged)


# Who works at a border: "border guards", "border officials" name a state's body.
_BORDER_BODIES = frozenset({
    "guard", "guards", "officials", "official", "police", "service", "agency", "authorities",
    "force", "forces", "troops", "control", "patrol", "officers", "staff",
})  # fmt: skip


# "на молдавском участке", "на польській ділянці": a stretch of the border, on that side.
_SECTIONS = frozenset(
    {"участке", "участок", "участка", "ділянці", "ділянка", "ділянки", "ділянку"}
)


def _next_is_topic(tokens: list[Token], position: int) -> bool:
    following = tokens[position + 1 : position + 2]
    return any(concept.startswith("topic:") for token in following for concept in token.concepts)


# "с казахстанской стороны", "із сенегальського боку", "from the Senegalese side": from
# that country; "на казахстанскую сторону", "в бік", "to the Georgian side": into it.
_FROM_SIDE = frozenset({"с", "со", "з", "із", "зі", "from"})
_INTO_SIDE = frozenset({"на", "в", "во", "у", "to", "into", "towards"})
# "с турецкого побережья", "з турецького узбережжя": a country's coast is its side too.
# "with": "кордон Китаю з Монголією", "Russia's border with Kazakhstan" (one country's border
# with another), "с казахстанской стороной".
WITH = frozenset({"with", "с", "со", "з", "із", "зі"})
_SIDE_FROM = frozenset(
    {"стороны", "сторони", "боку", "side", "побережья", "берега", "узбережжя", "побережжя"}
)
_SIDE_INTO = frozenset({"сторону", "бік", "side", "побережье", "узбережжя"})
_KAZAKH_FROM_SIDE = frozenset({"тарапынан", "жағынан"})
_KAZAKH_INTO_SIDE = frozenset({"тарапына", "тарапқа", "жағына"})


def _to_or_from_a_side(tokens: list[Token], position: int) -> str | None:
    """The role of a people's adjective before "side" ("с казахстанской стороны"): "from" or
    "into" as the preposition before it says, else None."""
    if position + 1 >= len(tokens):
        return None
    side = tokens[position + 1].word.folded
    if side in _KAZAKH_FROM_SIDE:
        # "Мьянма тарапынан 8 мың адам шекарадан өткен": from Myanmar's side.
        return "from"
    if side in _KAZAKH_INTO_SIDE:
        return "into"
    if position == 0:
        return None
    before = tokens[position - 1].word.folded
    if before in _FROM_SIDE and side in _SIDE_FROM:
        return "from"
    if before in _INTO_SIDE and side in _SIDE_INTO:
        return "into"
    return None


def read_places(
    tokens: list[Token], language: str, *, conjoined: bool = False, sides: bool = False
) -> tuple[tuple[Place, ...], str | None]:
    """The places the question names with their roles, and the citizenship it asks about.

    With ``conjoined``, a country joined to the one before by "and" takes its role: "из Мали
    и Сенегала" is from both (an article's sentence; a question keeps its own reading). With
    ``sides``, a border named by its other side ("на кордоні з Росією") is a role of its own,
    "border" (an article's sentence; a question asks about the country named)."""
    places: list[Place] = []
    citizenship = None
    last_role: tuple[int, str | None] = (-9, None)
    citizens_at = -9
    for position, token in enumerate(tokens):
        if token.demonym:
            # "ethnic Kazakhs": a people, not a citizenship.
            if position and "topic:ethnic" in tokens[position - 1].concepts:
                continue
            section = position + 1 < len(tokens) and tokens[position + 1].word.folded in _SECTIONS
            if token.forms.adjective and (section or _next_is_topic(tokens, position)):
                # "на словенському кордоні": the border's other side; "Kazakh citizenship":
                # the country's.
                following = tokens[position + 1]
                after = tokens[position + 2].word.folded if position + 2 < len(tokens) else ""
                # "Iranian border officials" are Iran's, no side of a border.
                border = "topic:border" in following.concepts and after not in _BORDER_BODIES
                border = border or section
                crossed = border and position > 0 and _crossing(tokens[position - 1])
                # "crossed the Kazakh border": into Kazakhstan, not at its side.
                role = "into" if crossed else "border" if border else None
                role = role or _to_or_from_a_side(tokens, position)
                places.append(Place(token.demonym, role))
            elif (
                language in {"ru", "uk"}
                and token.forms.adjective
                and position + 1 < len(tokens)
                and "city" in tokens[position + 1].concepts
            ):
                # "в бангладешском Кокс-Базаре": the city's country, named by the city.
                continue
            else:
                citizenship = citizenship or token.demonym
        elif token.country:
            # "граждане Сомали, Йемена и Сирии": the countries listed after "citizens of"
            # are theirs too, not places.
            listed = conjoined and (
                position - citizens_at == 1
                or (
                    position - citizens_at == 2
                    and tokens[position - 1].word.folded in CONJUNCTIONS
                )
            )
            if listed or _near(tokens, position, "citizen", language):
                citizenship = citizenship or token.country
                citizens_at = position
            else:
                role = _role(tokens, position, language, sides=sides) or _to_or_from_a_side(
                    tokens, position
                )
                # "from Niger, Libya and Mali": a comma, or a word of the list, between.
                # Kazakh names a country's people next to where they went ("Эстонияға
                # Қазақстанның 643 азаматы"), and gives each listed name its case.
                # The words of a name before ("the United States, Britain") are no gap.
                gap = [t for t in tokens[max(0, last_role[0] + 1) : position] if not t.used]
                joined = (not gap and language != "kk") or (
                    len(gap) == 1 and gap[0].word.folded in CONJUNCTIONS
                )
                if conjoined and role is None and joined:
                    role = last_role[1]
                bare_before = places[-1] if places and places[-1].role is None else None
                if conjoined and language == "kk" and role and joined and bare_before:
                    # "Ресей мен Қырғызстаннан": Kazakh declines a list's last name alone.
                    places[-1] = Place(bare_before.code, role)
                places.append(Place(token.country, role))
                last_role = (position, role)
    return _merged(places, citizenship), citizenship


# Words that join two countries in a list: "из Мали и Сенегала", "Қытай мен Моңғолиядан".
CONJUNCTIONS = frozenset(
    {"and", "or", "и", "или", "і", "й", "та", "або", "чи", "мен", "бен", "пен", "және"}
)
