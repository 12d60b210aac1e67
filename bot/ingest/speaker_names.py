"""The words of a speaker's name: which of a phrase's words are a person's name, and the name
put in its nominative ("Агнєшки Зелінської" → "Агнєшка Зелінська", "Ахметжановтың" →
"Ахметжанов", "Прикордонну службу Польщі" → "Прикордонна служба Польщі").

Russian and Ukrainian go through pymorphy3 (``bot.language.lemmas.morph``), whose dictionaries
tag first names, surnames and places; Kazakh loses its case ending by rule; English names are
capitalised words that are no title, body, people or country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.ingest.speaker_words import (
    HONOURS_BEFORE,
    KNOWN_BODIES,
    KNOWN_OUTLETS,
    NOT_NAMES,
    ORG_HEADS,
    OUTLET_NOUNS,
    PERSON_ROLES,
    SLAVIC_ORG_HEADS,
    plain,
)
from bot.language.cities import city_country
from bot.language.countries import question_country_code
from bot.language.demonyms import DEMONYMS
from bot.language.lemmas import forms, morph
from bot.language.words import country_names

__all__ = [
    "ACRONYM",
    "Word",
    "country_code",
    "initials",
    "is_org_word",
    "kazakh_base",
    "latin",
    "name_like",
    "named_by_their_post",
    "nominative",
    "nominative_phrase",
    "person_span",
    "slavic_parses",
    "span_of",
    "words_of",
]


@dataclass(frozen=True, slots=True)
class Word:
    """A word of a phrase, as typed and as the lexicons compare it."""

    text: str
    plain: str


_WORD = re.compile(r"[^\W_]+(?:['’ʼ.\-][^\W_]+)*")
# Cases a cue governs, as pymorphy3 names them (OpenCorpora's tags, which Ukrainian shares).
_CASES = {
    "gent": frozenset({"gent", "gen2"}),
    "accs": frozenset({"accs", "acc2"}),
    "loct": frozenset({"loct", "loc2", "datv"}),
    # Whom something was told: "«Балканському віснику»" is "Балканський вісник".
    "datv": frozenset({"datv"}),
    # By whom: "дані, оприлюднені Євростатом".
    "ablt": frozenset({"ablt"}),
}
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
_NOT_NAME_TAGS = frozenset({"Geox", "Orgn", "Abbr"})
_LEADS_TO_NOUN = frozenset({"ADJF", "PRTF"})
# Kazakh case endings a name can carry (genitive, dative, locative and its adjective, ablative,
# instrumental), longest first; the accusative is left out, as too many names end like it.
_KAZAKH_CASES = tuple(
    sorted(
        ("ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "дағы", "дегі",
         "тағы", "тегі", "да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан", "тен",
         "нан", "нен", "мен", "бен", "пен"),
        key=len,
        reverse=True,
    )
)  # fmt: skip
# Before "сілтеме жасап" (citing) the cited is in the dative, whose short forms names share.
_KAZAKH_DATIVE = (*_KAZAKH_CASES, "на", "не", "а", "е")
_SHORTEST_STEM = 3
_LONGEST_NAME = 5


def words_of(text: str) -> list[Word]:
    """The words of ``text``; "Zakon.kz", "вице-министрі" and "Russia's" are one word each."""
    found = []
    for match in _WORD.finditer(text):
        folded = plain(match.group()).replace("’", "'")
        found.append(Word(match.group(), folded.removesuffix("'s")))
    return found


def span_of(text: str, words: list[Word]) -> str:
    """The stretch of ``text`` from the first of ``words`` to the last."""
    if not words:
        return ""
    start = text.find(words[0].text)
    end = text.rfind(words[-1].text) + len(words[-1].text)
    return text[start:end] if 0 <= start < end else " ".join(word.text for word in words)


def latin(text: str) -> bool:
    """Whether ``text`` has no Cyrillic letter (a name a Cyrillic text quotes as spelt)."""
    return all(char < "\u0400" for char in text)


@lru_cache(maxsize=8192)
def slavic_parses(word: str, language: str) -> tuple[tuple[str, frozenset[str], str | None], ...]:
    """pymorphy3's readings of a Russian or Ukrainian word: (lemma, grammemes, part of speech)."""
    return tuple(
        (parse.normal_form, frozenset(parse.tag.grammemes), parse.tag.POS)
        for parse in morph(language).parse(word)[:4]
    )


@lru_cache(maxsize=8192)
def nominative(word: str, case: str, language: str, name: bool) -> str:
    """``word`` in the nominative, read as governed by ``case`` (a name's word when ``name``);
    as typed if it cannot be."""
    if case not in _CASES or language not in {"ru", "uk"} or word.isupper():
        return word
    first, hyphen, second = word.partition("-")
    if hyphen and first[:1].isupper() and second[:1].isupper() and "-" not in second:
        # "Могилів-Подільського": a town's adjective whose second half declines.
        parses = morph(language).parse(second.lower())
        if parses and parses[0].tag.POS == "ADJF" and parses[0].tag.case in _CASES[case]:
            declined = nominative(second.lower(), case, language, name)
            return f"{first}-{declined[:1].upper()}{declined[1:]}"
    if any(letter.isupper() for letter in word[1:]):
        # "РБК-Україна", "McAllen": a name whose capitals the dictionary would lose.
        return word
    if _PARTICLE_FIRST.match(word):
        # "аль-Джубури", "эль-Сиси", "ібн-Сауд": an Arabic family name keeps its form.
        return word
    for parse in morph(language).parse(word)[:6]:
        if parse.tag.case not in _CASES[case]:
            continue
        if name and not set(parse.tag.grammemes) & _NAME_TAGS:
            continue
        grammemes = set(parse.tag.grammemes)
        singular_noun = (
            parse.tag.POS == "NOUN" and "plur" not in grammemes and not grammemes & _NAME_TAGS
        )
        inflected = parse.inflect({"nomn"})
        if singular_noun or inflected is not None:
            # The Ukrainian dictionary marks no number on many nouns, and inflects them to
            # the plural: a noun not said to be plural is its dictionary form, "вісник".
            found = str(parse.normal_form) if singular_noun else str(inflected.word)
            return found[:1].upper() + found[1:] if word[:1].isupper() else found
    if name and case == "accs" and word[-1:] in {"у", "ю"} and _unknown(word, language):
        # A woman's first name the dictionary lacks: "Эву" is "Эва", "Олесю" "Олеся".
        return word[:-1] + ("а" if word[-1] == "у" else "я")
    surname = _MASCULINE_SURNAME_OBLIQUE.fullmatch(word)
    if name and case in {"gent", "accs"} and surname and _unknown(word, language):
        # A family name the dictionary lacks: "Пряма мова Ахметжанова" is Ахметжанов's.
        return surname["stem"]
    return word


# A man's family name in the genitive or accusative: "Ахметжанова", "Алієва", "Нуріна".
_MASCULINE_SURNAME_OBLIQUE = re.compile(r"(?P<stem>[А-ЯЁІЇЄҐ]\w+(?:ов|ев|єв|ёв|ін|ин|їн))а")


# A family name that opens with a particle: "аль-Джубури", "эль-Сиси", "ад-Дин".
_PARTICLE_FIRST = re.compile(r"^(?:аль|ал|эль|ель|ад|ас|ан|ар|ат|аз|ибн|ібн|бин|бен|абу)-\w")


# An acronym with Kazakh endings after its hyphen: "ІІМ-інің", "ҰҚК-ның", "ІІМ-і".
_ACRONYM_ENDED = re.compile(r"(?P<acronym>[A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ]{2,})-[а-яәғқңөұүһі]{1,6}")


def _unknown(word: str, language: str) -> bool:
    return not morph(language).word_is_known(word.lower())


def in_dictionary(word: str, language: str) -> bool:
    """Whether the Russian or Ukrainian dictionary knows ``word``, not only guesses it."""
    return not _unknown(word, language)


def kazakh_base(word: str, endings: tuple[str, ...] = _KAZAKH_CASES) -> str:
    """A Kazakh word without its case ending: "Ахметжановтың" → "Ахметжанов"; an acronym
    without all it takes after its hyphen: "ІІМ-інің", "ІІМ-і" → "ІІМ"."""
    acronym = _ACRONYM_ENDED.fullmatch(word)
    if acronym is not None:
        return acronym["acronym"]
    for ending in endings:
        stem = word.removesuffix(ending)
        if stem != word and len(stem.rstrip("-")) >= _SHORTEST_STEM:
            return stem.rstrip("-")
    return word


def nominative_phrase(text: str, case: str, language: str) -> str:
    """A phrase with its head (the adjectives and the noun they lead to) in the nominative:
    "Прикордонну службу Польщі" → "Прикордонна служба Польщі"; Kazakh loses its last word's
    case ending: "Көші-қон комитетінің" → "Көші-қон комитеті"."""
    if case == "nomn" or language not in {"ru", "uk", "kk"}:
        return text
    if language == "kk":
        words = text.split()
        endings = _KAZAKH_DATIVE if case == "datv" else _KAZAKH_CASES
        return " ".join([*words[:-1], kazakh_base(words[-1], endings)]) if words else text
    matches: list[re.Match[str]] = []
    found = list(_WORD.finditer(text))
    for at, match in enumerate(found):
        if match.group() in {"и", "і", "та", "й"} and matches:
            # "Миграционной и гражданской службы": adjectives joined, then their noun.
            continue
        matches.append(match)
        parses = slavic_parses(match.group(), language)
        # "Польського радіо": an adjective before a noun, though the dictionary first reads
        # it as a surname.
        leads = any(parse[2] in _LEADS_TO_NOUN for parse in parses) and at + 1 < len(found)
        if not parses or not (parses[0][2] in _LEADS_TO_NOUN or leads):
            break
    if not matches:
        return text
    head = nominative(matches[-1].group(), case, language, False)
    gender = _gender(head, language)
    pieces = []
    last = 0
    for match in matches[:-1]:
        # "правозащитного центра": the adjective takes the noun's gender, "правозащитный".
        word = _agreeing(match.group(), case, language, gender)
        pieces += [text[last : match.start()], word]
        last = match.end()
    pieces += [text[last : matches[-1].start()], head]
    return "".join(pieces) + text[matches[-1].end() :]


def _gender(noun: str, language: str) -> str | None:
    """The noun's gender in the nominative, or "plur" for a plural ("войска")."""
    for parse in morph(language).parse(noun)[:3]:
        if "nomn" in parse.tag and "plur" in parse.tag:
            return "plur"
        if "nomn" in parse.tag and parse.tag.gender:
            return str(parse.tag.gender)
    return None


def _agreeing(word: str, case: str, language: str, gender: str | None) -> str:
    if gender is None or case not in _CASES:
        return nominative(word, case, language, False)
    first, hyphen, second = word.partition("-")
    if hyphen and first[:1].isupper() and second[:1].isupper() and "-" not in second:
        # "Кам'янець-Подільської міської ради", "Южно-Сахалинского погранотряда": only the
        # second half agrees; both keep their capitals.
        declined = _agreeing(second.lower(), case, language, gender)
        return f"{first}-{declined[:1].upper()}{declined[1:]}"
    for parse in morph(language).parse(word)[:6]:
        if parse.tag.case not in _CASES[case] or parse.tag.POS not in _LEADS_TO_NOUN:
            continue
        # The Ukrainian dictionary marks no number on adjectives: ask without it too.
        wanted = {"nomn", "plur"} if gender == "plur" else {"nomn", "sing", gender}
        inflected = parse.inflect(wanted) or parse.inflect({"nomn", gender})
        if inflected is not None:
            found = str(inflected.word)
            return found[:1].upper() + found[1:] if word[:1].isupper() else found
    return nominative(word, case, language, False)


@cache
def _country_codes(language: str) -> dict[str, str]:
    """Countries' everyday names in ``language`` and English, as ``plain`` folds them → code."""
    codes = {plain(name): code for code, name in country_names("en").items()}
    if language != "en":
        codes.update({plain(name): code for code, name in country_names(language).items()})
    return codes


def named_country(folded: str, language: str = "en") -> str | None:
    """The country a phrase (``plain``) is the everyday name of: "kenya", "sri lanka"; not its
    people ("kenyan")."""
    return _country_codes(language).get(folded)


def country_code(folded: str, language: str = "en") -> str | None:
    """The country a word names or whose people it names: "colombia", "kazakh" → its code."""
    # "turkey", "burma", "ivory coast": everyday names CLDR gives otherwise (not codes: "in"
    # and "by" are words).
    found = (
        DEMONYMS.get(folded)
        or _country_codes(language).get(folded)
        or (question_country_code(folded) if len(folded) > 3 else None)
    )
    if found is None and language == "en" and folded.isalpha():
        # "Croatian", "Malaysian", "Iraqi", "Sudanese": an English people's adjective the
        # list lacks, made from the country's name.
        codes = _country_codes("en")
        for ending, stem in (("an", folded[:-1]), ("i", folded[:-1]), ("ese", folded[:-3])):
            if folded.endswith(ending) and stem in codes:
                return codes[stem]
    return found


def is_org_word(word: Word) -> bool:
    """Whether a word names a body: "Ministry", "служби", "комитеті", an acronym ("МВД")."""
    acronym = len(word.text) > 1 and word.text.isupper() and word.text.isalpha()
    return word.plain.startswith(ORG_HEADS) or acronym


# An Arabic name's article before a capital: "al-Farrayeh", "аль-Асад", "el-Sisi".
ARTICLE_PREFIX = re.compile(
    r"^(?:al|el|ad|as|ash|at|az|an|ar|аль|эль|ель|ад|ас|аш|ан|ар|әл|әд|әс|әш|әр)-"
    r"(?=[A-ZА-ЯЁІЇЄӘҒҚҢӨҰҮҺ])"
)


# Asked of each word of every phrase a speaker may be named in, again and again: read once.
@lru_cache(maxsize=8192)
def name_like(word: Word, language: str) -> bool:
    """Whether a word can be part of a person's name."""
    text = ARTICLE_PREFIX.sub("", word.text)
    if not text[:1].isupper() or text.isupper() or any(c.isdigit() or c == "." for c in text):
        return False
    folded = word.plain
    if _names_no_one(folded, language):
        return False
    if language in {"ru", "uk"} and not latin(text):
        parses = slavic_parses(text, language)
        grammemes: set[str] = set().union(*(parse[1] for parse in parses))
        if not text.isupper():
            # The dictionary reads "Ласкевич" as an abbreviation: written in capitals, one is.
            grammemes.discard("Abbr")
        if grammemes & _NAME_TAGS:
            return True  # "Владимира" is a man's name as well as a city
        if grammemes & _NOT_NAME_TAGS:
            return False
        # A word the dictionary knows is a name only if it says so; one it does not know
        # ("Линдквист") may well be.
        return bool(grammemes & _NAME_TAGS) or not morph(language).word_is_known(text.lower())
    if language == "kk" and not latin(text) and kazakh_base(text) != text:
        return False
    return country_code(folded, language) is None


# What an English post is for, capitalised in its title: "Secretary for Security".
_EN_DOMAINS = frozenset({
    "security", "home", "affairs", "immigration", "labour", "labor", "foreign", "justice",
    "interior", "health", "defence", "defense", "trade", "finance", "education", "migration",
    "citizenship", "border", "borders", "internal", "overseas", "public", "safety",
    "transport", "welfare", "employment", "manpower", "refugees", "asylum", "integration",
    "social", "development", "state", "external", "emergency", "emergencies", "humanitarian",
})  # fmt: skip


def named_by_their_post(name: str, description: str) -> bool:
    """Whether two or three capitalised words no dictionary knows as a name are one all the
    same, as the post after them says: "Гетачеу Алемайеху, глава иммиграционного офиса"."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(
        re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+", w) for w in words
    ):
        return False
    if any(is_org_word(word) or question_country_code(word.plain) for word in words_of(name)):
        return False
    first = plain(description.split()[0]) if description.split() else ""
    return any(first.startswith(role) for role in PERSON_ROLES)


def person_span(words: list[Word], language: str) -> tuple[int, int] | None:
    """Where the first full name (two to five name words) is among ``words``."""
    start = 0
    while start < len(words):
        end = start
        while end < len(words) and end - start < _LONGEST_NAME:
            named = name_like(words[end], language) or _after_particles(words, start, end)
            # "Héctor M. Villanueva": a middle initial inside a name.
            initial = (
                start < end < len(words) - 1
                and len(words[end].text) == 1
                and words[end].text.isupper()
                and name_like(words[end + 1], language)
            )
            # "Zaw Min Tun": a word that would be an honour before a name ends this one.
            honour = (
                start < end
                and words[end].plain in HONOURS_BEFORE
                and words[end].text[:1].isupper()
            )
            named = named or initial or honour or (end == start and _before_a_surname(words, end))
            if not named and not _particle_inside(words, start, end, language):
                break
            end += 1
        while (
            language == "en"
            and end - start >= 3
            and start > 0
            and words[start - 1].plain in {"for", "of"}
            and words[start].plain in _EN_DOMAINS
        ):
            # "Secretary for Security Edwin Chan", "Minister for Home Affairs K. Shanmugam":
            # what the post is for, then who holds it.
            start += 1
        if end - start >= 3 and (
            not _name_cases(words[start]) & _name_cases(words[start + 1])
            or _place_before_a_name(words, start, end)
        ):
            # "начальник полиции Киркенеса Ханс Мёллер", "в Мілані Оксана Дзюба": a place
            # before the first name.
            start += 1
        if end - start >= 2:
            return _whole_foreign_name(words, start, end, language)
        if end - start == 1 and end < len(words) and _first_name_then_surname(words, start):
            # "Тоомаса Леппа": the dictionary reads "Леппа" as a place, but after a first
            # name a capitalised word is the surname.
            first, last = _whole_foreign_name(words, start, end + 1, language)
            if last - first >= 3 and _place_before_a_name(words, first, last):
                # "начальник поста Белахии Рам Прасад Бхаттараи": the post's place first.
                first += 1
            return first, last
        if end - start == 1 and start > 0 and _a_first_name_and_a_city(words[start - 1]):
            # "Владимир Колокольцев": a first name that is also a city's name, then a surname.
            return _whole_foreign_name(words, start - 1, end, language)
        start = end + 1
    return None


def _a_first_name_and_a_city(word: Word) -> bool:
    """Whether a capitalised Cyrillic word is a first name the dictionary knows, which
    ``name_like`` refuses only as a city's name ("Владимир"); Kazakh writes Russian names
    so too ("Владимир Колокольцев")."""
    text = word.text
    if latin(text) or not text[:1].isupper() or text.isupper():
        return False
    if word.plain in NOT_NAMES:
        return False
    # (Not the bodies' head nouns' test: "влади", the authorities, opens "Владимир".)
    # Only a dictionary that knows the word: one guessed for an unknown word ("Түркия") may
    # be a name as well as anything.
    return any(
        "Name" in parse[1] and "nomn" in parse[1]
        for language in ("ru", "uk")
        if morph(language).word_is_known(text.lower())
        for parse in slavic_parses(text, language)
    )


def _whole_foreign_name(words: list[Word], start: int, end: int, language: str) -> tuple[int, int]:
    """A name found, with the capitalised words around it that the dictionary reads as other
    things, in Cyrillic: "Ли Сон Хо" ("сон" is sleep), "Мавлави Абдул Бари Хакими", "Ле Тхань
    Бинь" (a one-syllable family name first). Not in Kazakh, whose capitalised words after a
    name are places in their cases ("Асқар Жұмабеков Мәжілістегі")."""
    if language not in {"ru", "uk"}:
        return start, end
    while end < len(words) and end - start < _LONGEST_NAME and _name_part(words[end], language):
        end += 1
    before = words[start - 1] if start else None
    opens = before is not None and (start == 1 or words[start - 2].text[:1].islower())
    if opens and before is not None and len(before.text) <= 3 and _name_part(before, language):
        start -= 1
    return start, end


def _name_part(word: Word, language: str) -> bool:
    """A capitalised Cyrillic word that can only be part of a foreign name beside one."""
    text = word.text
    if (
        not text[:1].isupper()
        or text.isupper()
        or latin(text)
        or not text.replace("-", "").isalpha()
    ):
        return False
    folded = word.plain
    if _names_no_one(folded, language) or country_code(folded, language) is not None:
        return False
    return not _PATRONYMIC.search(folded) or name_like(word, language)


@lru_cache(maxsize=8192)
def _names_no_one(folded: str, language: str) -> bool:
    """Whether a word (``plain``) names something other than a person: a people, an outlet, a
    known body, a city ("у Мілані Оксана Дзюба": a city, then the name), a body's or an
    outlet's head noun."""
    if folded in NOT_NAMES or folded in DEMONYMS or folded in KNOWN_OUTLETS:
        return True
    if folded in KNOWN_BODIES or city_country(forms(folded, language).keys):
        return True
    heads = SLAVIC_ORG_HEADS if language in {"ru", "uk"} else ORG_HEADS
    return folded.startswith(heads) or folded.startswith(OUTLET_NOUNS)


# Small words inside a person's name: "Jan de Vries", "Ян де Врис", "Ursula von der Leyen".
NAME_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "da", "di", "del", "dos", "du", "la", "le", "bin", "ibn",
     "al", "el", "де", "ван", "фон", "дер", "да", "ди", "дель", "дос", "дю", "ла", "ле", "бин",
     "ибн", "аль", "эль", "ель",
     # "Мохамед ульд Сиди", "Mohamed Ould Sidi": son of, in Mauritanian names.
     "ould", "ульд", "уль"}
)  # fmt: skip


def _particle_inside(words: list[Word], start: int, end: int, language: str) -> bool:
    """Whether ``words[end]`` is a particle between a first name and the rest of the name,
    alone or in a run of them ("Elena van der Merwe")."""
    if not start < end < len(words) - 1 or words[end].text not in NAME_PARTICLES:
        return False
    after = end + 1
    while after < len(words) - 1 and words[after].text in NAME_PARTICLES:
        after += 1
    return name_like(words[after], language) or _after_particles(words, start, after)


def _after_particles(words: list[Word], start: int, at: int) -> bool:
    """Whether ``words[at]`` is the capitalised surname a name's particles lead to, whatever
    the dictionary makes of it ("ван дер Мерве")."""
    text = words[at].text
    return (
        start < at - 1
        and words[at - 1].text in NAME_PARTICLES
        and text[:1].isupper()
        and not text.isupper()
        and not is_org_word(words[at])
        and country_code(words[at].plain) is None
    )


_PATRONYMIC = re.compile(r"(?:вич|вна|чна|ична|ич|івна|ївна|ович|евич|йович|ьевич|ұлы|қызы)$")


# Prepositions of place: a capitalised word after one is where, not who.
_IN_A_PLACE = frozenset({"в", "во", "у", "из", "з", "із", "на"})
# Nouns a place's name follows: "у штаті Кінтана-Роо", "в провинции Хатай".
_PLACE_KINDS = ("штат", "провинци", "провінці", "област", "облас", "регион", "регіон", "округ",
                "город", "міст", "район")  # fmt: skip


def _place_before_a_name(words: list[Word], start: int, end: int) -> bool:
    """Whether the first of three name-like words belongs to what comes before them: a body
    in Latin before a Cyrillic name ("Migraciones Эдуардо Севальоса"), or a place in the
    genitive after a title's noun ("начальник полиции Киркенеса Ханс Мёллер"). Three words
    of one person's name hold a patronymic."""
    named = words[start:end]
    if any(_PATRONYMIC.search(word.plain) for word in named[1:]):
        return False
    if latin(named[0].text) and not any(latin(word.text) for word in named[1:]):
        return True
    before = words[start - 1] if start else None
    if before is None or not before.text.islower() or latin(before.text):
        return False
    if before.plain in _IN_A_PLACE or before.plain.startswith(_PLACE_KINDS):
        # "представитель погранслужбы США в Сан-Диего Марк Эллисон": where they serve;
        # "речник INM у штаті Кінтана-Роо Рохеліо Арана Пенья": the state's name first.
        return True
    governs = any("gent" in parse[1] and parse[2] == "NOUN" for parse in _parses(before.text))
    # A first name the dictionary knows ("директор школы Мария Луиза Гарсия") is the name's.
    language = "uk" if any(c in "іїєґ" for c in before.text) else "ru"
    unknown = _unknown(named[0].text, language)
    # "представитель Управления аэропортов Израиля Лиор Ядин": a place the dictionary knows,
    # in the genitive.
    place = any({"Geox", "gent"} <= parse[1] for parse in _parses(named[0].text)) or any(
        question_country_code(key) for key in forms(named[0].text, language).keys
    )
    return governs and (place or (unknown and named[0].plain[-1:] in {"а", "я", "ы", "и", "і"}))


def _parses(word: str) -> tuple[tuple[str, frozenset[str], str | None], ...]:
    return slavic_parses(word, "uk" if any(c in "іїєґ" for c in word) else "ru")


_CASE_TAGS = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})


def _name_cases(word: Word) -> frozenset[str]:
    """The cases the dictionary reads a word in as a name (Russian or Ukrainian); every case
    for a word it does not read as one. A name's words share a case: "в Мілані Оксану
    Дзюбу" is a place, then the name."""
    if latin(word.text):
        return _CASE_TAGS
    found: set[str] = set()
    for language in ("ru", "uk"):
        for _, grammemes, _pos in slavic_parses(word.text, language):
            if grammemes & _NAME_TAGS:
                found |= grammemes & _CASE_TAGS
    return frozenset(found) or _CASE_TAGS


def _first_name_then_surname(words: list[Word], at: int) -> bool:
    first, following = words[at], words[at + 1]
    text = following.text
    if latin(first.text) or not text[:1].isupper() or text.isupper():
        return False
    if following.plain in NOT_NAMES or following.plain.startswith((*ORG_HEADS, *OUTLET_NOUNS)):
        return False
    return any("Name" in parse[1] for parse in slavic_parses(first.text, "ru")) or any(
        "Name" in parse[1] for parse in slavic_parses(first.text, "uk")
    )


def _before_a_surname(words: list[Word], at: int) -> bool:
    """Whether a capitalised word a person could be is followed by a surname: "Володимир
    Путін", "Богдан Ткаченко" (the Ukrainian dictionary has no first name "Володимир")."""
    if at + 1 >= len(words) or latin(words[at].text) or not words[at].text[:1].isupper():
        return False
    first, following = words[at], words[at + 1]
    if first.plain in NOT_NAMES or first.plain.startswith((*ORG_HEADS, *OUTLET_NOUNS)):
        return False
    if first.plain.startswith(tuple(PERSON_ROLES)):
        return False  # "Речник Сіфо Нкосі": a role before the name
    # Only a dictionary that knows the word (a word none knows is name-like already).
    known = [lang for lang in ("uk", "ru") if morph(lang).word_is_known(first.text.lower())]
    tags: set[str] = set()
    for language in known:
        for parse in slavic_parses(first.text, language):
            tags |= parse[1]
    if "anim" not in tags or "NOUN" not in tags or "Geox" in tags:
        return False
    return any(
        "Surn" in parse[1]
        for language in ("uk", "ru")
        if morph(language).word_is_known(following.text.lower())
        for parse in slavic_parses(following.text, language)
    )


# A body's short name in capitals: "МИД", "КГД", "ДПСУ", "UNHCR".
ACRONYM = re.compile(r"[A-ZА-ЯЁІЇЄҐ]{2,6}")


def initials(name: str) -> str:
    """The first letters of a body's name's words, in capitals: "Министерство иностранных дел
    Узбекистана" → "МИДУ", "Державна прикордонна служба України" → "ДПСУ"."""
    return "".join(word[0] for word in re.findall(r"[^\W\d_]+", name)).upper()
