"""Number words in English, Russian, Ukrainian and Kazakh, each with its value and use.

Russian and Ukrainian words come from pymorphy3's dictionaries: every case form of each lemma
("пятерых", "п'ятьох", "двухсот", "тысячи"), generated once per process, so reading a text asks
the dictionary nothing. English and Kazakh words are listed here; Kazakh with its case endings
("мыңнан", "мыңға", "бесеуі"), folded as ``kazakh_fold`` types them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from bot.language.lemmas import morph
from bot.language.text import kazakh_fold

__all__ = [
    "ABBREVIATIONS",
    "AFTER_QUALIFIER",
    "ALWAYS",
    "DOZEN",
    "HALF",
    "HUNDRED",
    "HUNDREDS",
    "KAZAKH_CASES",
    "NEVER",
    "SCALE",
    "SMALL",
    "TIGHT_ONLY",
    "NumberWord",
    "lexicon",
]

# Kinds of number word: a number below a hundred, a hundreds word ("двести"), "hundred" that
# multiplies what precedes it, a scale (thousand and up), "dozen", and Kazakh "жарым" (a half).
SMALL, HUNDREDS, HUNDRED, SCALE = "small", "hundreds", "hundred", "scale"
DOZEN, HALF = "dozen", "half"
# Whether a word is a figure on its own: never ("one", "a", "thousands"), only after a
# qualifier ("более тысячи", where "тысячи" may also be "thousands"), or always ("семь").
NEVER, AFTER_QUALIFIER, ALWAYS = 0, 1, 2


@dataclass(frozen=True, slots=True)
class NumberWord:
    """What a number word is worth, and how it may be used."""

    value: Decimal
    kind: str
    alone: int = ALWAYS
    case: str = ""  # a Kazakh case ending that a qualifier after it needs: "abl", "dat", "approx"


_ENGLISH = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# "1.07 lakh", "2 crore": South Asian English news counts in lakhs and crores too.
_SCALES = {
    "thousand": 10**3, "lakh": 10**5, "lakhs": 10**5, "million": 10**6, "crore": 10**7,
    "crores": 10**7, "billion": 10**9, "trillion": 10**12,
}  # fmt: skip
# Abbreviated multipliers news uses in every language; one-letter ones only straight after
# digits ("200k", "$5m"), since "5 m" is five metres.
ABBREVIATIONS = {
    "k": 10**3, "к": 10**3, "m": 10**6, "b": 10**9, "mn": 10**6, "mln": 10**6, "bn": 10**9,
    "тыс": 10**3, "тис": 10**3, "тыщ": 10**3, "млн": 10**6, "млрд": 10**9, "трлн": 10**12,
}  # fmt: skip
TIGHT_ONLY = frozenset({"k", "к", "m", "b"})
_SLAVIC = {
    "ru": (
        "один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать "
        "тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать "
        "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто",
        "сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот",
        "двое трое четверо пятеро шестеро семеро восьмеро девятеро десятеро",
        "тысяча миллион миллиард триллион",
        {
            "полтора": "1.5",
            "полторы": "1.5",
            "полутора": "1.5",
            "ста": "100",
            "полмиллиона": "500000",
            "полумиллиона": "500000",
            # "более четверти миллиона": a quarter of the multiplier after it.
            "четверть": "0.25",
            "четверти": "0.25",
        },
        {"семью"},  # a family, far oftener than "by seven"
    ),
    "uk": (
        "один два три чотири п'ять шість сім вісім дев'ять десять одинадцять дванадцять "
        "тринадцять чотирнадцять п'ятнадцять шістнадцять сімнадцять вісімнадцять "
        "дев'ятнадцять двадцять тридцять сорок п'ятдесят шістдесят сімдесят вісімдесят "
        "дев'яносто",
        "сто двісті триста чотириста п'ятсот шістсот сімсот вісімсот дев'ятсот",
        "двоє троє четверо п'ятеро шестеро семеро восьмеро дев'ятеро десятеро",
        "тисяча мільйон мільярд трильйон",
        {
            "півтора": "1.5",
            "півтори": "1.5",
            "ста": "100",
            "півмільйона": "500000",
            # "пів мільйона": half of the multiplier after it; "чверть мільйона" a quarter.
            "пів": "0.5",
            "чверть": "0.25",
            "чверті": "0.25",
        },
        {"сьома"},  # "the seventh" as often as "by seven"
    ),
}
# Ukrainian collectives past ten, which the dictionary lacks: "ще дванадцятеро українців".
_COLLECTIVES_PAST_TEN = {
    "uk": {
        f"{stem}{ending}": value
        for stem, value in (
            ("одинадцят", 11), ("дванадцят", 12), ("тринадцят", 13), ("чотирнадцят", 14),
            ("п'ятнадцят", 15), ("шістнадцят", 16), ("сімнадцят", 17), ("вісімнадцят", 18),
            ("дев'ятнадцят", 19), ("двадцят", 20), ("тридцят", 30),
        )
        for ending in ("еро", "ьох", "ьом", "ьома")
    }
}  # fmt: skip
_KAZAKH = ["бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "он", "жиырма",
           "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"]  # fmt: skip
_KAZAKH_COLLECTIVE = {"екеу": 2, "үшеу": 3, "төртеу": 4, "бесеу": 5, "алтау": 6, "жетеу": 7,
                      "сегізеу": 8, "тоғызау": 9, "онау": 10}  # fmt: skip
# Kazakh case endings, folded, each variant of vowel harmony; the qualifier after a number
# wants one of them ("мыңнан астам", "мыңға жуық"), "-дай" itself means "about".
KAZAKH_CASES = {
    **dict.fromkeys(("нан", "нен", "дан", "ден", "тан", "тен"), "abl"),
    **dict.fromkeys(("га", "ге", "ка", "ке"), "dat"),
    **dict.fromkeys(("дай", "дей", "тай", "тей"), "approx"),
    **dict.fromkeys(
        ("нын", "нин", "дын", "дин", "тын", "тин", "ны", "ни", "ды", "ди", "ты", "ти",
         "да", "де", "та", "те", "нда", "нде", "мен", "бен", "пен"),
        "",
    ),
}  # fmt: skip


def _slavic(language: str) -> dict[str, NumberWord]:
    smalls, hundreds, collectives, scales, extra, excluded = _SLAVIC[language]
    analyser = morph(language)
    words: dict[str, NumberWord] = {}
    plural: dict[str, set[bool]] = {}
    lemmas = [(lemma, SMALL, n + 1 if n < 19 else 10 * (n - 17))
              for n, lemma in enumerate(smalls.split())]  # fmt: skip
    lemmas += [(lemma, HUNDREDS, 100 * (n + 1)) for n, lemma in enumerate(hundreds.split())]
    lemmas += [(lemma, SMALL, n + 2) for n, lemma in enumerate(collectives.split())]
    lemmas += [(lemma, SCALE, 10 ** (3 * (n + 1))) for n, lemma in enumerate(scales.split())]
    for lemma, kind, value in lemmas:
        parses = [p for p in analyser.parse(lemma) if p.normal_form == lemma and p.tag.POS in
                  {"NUMR", "NOUN"}] or analyser.parse(lemma)[:1]  # fmt: skip
        for form in parses[0].lexeme:
            word = form.word.replace("ё", "е")
            if word in excluded:
                continue
            plural.setdefault(word, set()).add("plur" in form.tag)
            alone = NEVER if value == 1 else ALWAYS
            words.setdefault(word, NumberWord(Decimal(value), kind, alone))
        words.setdefault(lemma, NumberWord(Decimal(value), kind, NEVER if value == 1 else ALWAYS))
    for word, value in _COLLECTIVES_PAST_TEN.get(language, {}).items():
        words.setdefault(word, NumberWord(Decimal(value), SMALL, ALWAYS))
    for word, worth in extra.items():
        # "ста" is "сто"; "полмиллиона" a figure of its own; "полтора" wants a multiplier
        kind = {"100": HUNDREDS, "500000": SCALE}.get(worth, SMALL)
        words[word] = NumberWord(Decimal(worth), kind, NEVER if kind == SMALL else ALWAYS)
    # "тысячи" may be "of a thousand" or "thousands"; "тысяч" only "of thousands".
    for word, entry in list(words.items()):
        if entry.kind == SCALE:
            numbers = plural.get(word, {False})
            alone = (
                ALWAYS if numbers == {False} else NEVER if numbers == {True} else AFTER_QUALIFIER
            )
            words[word] = NumberWord(entry.value, SCALE, alone)
    return words


def _kazakh() -> dict[str, NumberWord]:
    words: dict[str, NumberWord] = {}

    def add(stem: str, value: int, kind: str, alone: int, endings: bool = True) -> None:
        stem = kazakh_fold(stem)
        words[stem] = NumberWord(Decimal(value), kind, alone)
        for ending, case in KAZAKH_CASES.items() if endings else ():
            words.setdefault(stem + ending, NumberWord(Decimal(value), kind, alone, case))
        if kind == SCALE:  # "369 мыңы елден кетті": 369 thousand of them left
            # "11 мыңын тіркеді": 11 thousand of them, the object of the verb.
            for possessive in ("ы", "и", "ын", "ин"):
                words.setdefault(stem + possessive, NumberWord(Decimal(value), kind, alone))
                # "650 мыңдайы елден шыққан": about 650 thousand of them.
                for about in ("дай", "дей", "тай", "тей"):
                    words.setdefault(
                        stem + about + possessive,
                        NumberWord(Decimal(value), kind, alone, "approx"),
                    )

    for n, word in enumerate(_KAZAKH):
        value = n + 1 if n < 10 else 10 * (n - 8)
        # "он" (ten) with an ending is "онда" (there), "оны" (him): ten only bare.
        add(word, value, SMALL, NEVER if value == 1 else ALWAYS, endings=word != "он")
    for word, value in _KAZAKH_COLLECTIVE.items():
        add(word, value, SMALL, ALWAYS)
        add(word + "і", value, SMALL, ALWAYS)  # "бесеуі": the five of them
        add(word + "ы", value, SMALL, ALWAYS)  # "алтауы": a back vowel's ending
    # "оннан аса", "онға жуық": ten's own cases that are no pronoun's ("одан", "оған").
    for form in ("оннан", "онға", "онның", "онмен"):
        words[kazakh_fold(form)] = NumberWord(Decimal(10), SMALL, ALWAYS)
    add("жүз", 100, HUNDRED, ALWAYS)
    # "олардың екі жүзі": two hundred of them; alone, "жүзі" is a face.
    for possessive in ("жүзі", "жүзін"):
        words[kazakh_fold(possessive)] = NumberWord(Decimal(100), HUNDRED, NEVER)
    add("мың", 1000, SCALE, ALWAYS)
    add("миллион", 10**6, SCALE, ALWAYS)
    add("миллиард", 10**9, SCALE, ALWAYS)
    words["жарым"] = NumberWord(Decimal("0.5"), HALF, NEVER)
    # "жарты миллионнан астам": half of the multiplier after it; "жартысы" (half of them) is
    # a share, no number word.
    words[kazakh_fold("жарты")] = NumberWord(Decimal("0.5"), SMALL, NEVER)
    return words


# "дві сотні", "две сотни", "кілька сотень": a hundred as a multiplier. The singular is a
# hundred; the genitive singular is the plural too ("около сотни", "сотни людей"); the
# genitive plural only "hundreds of".
_HUNDREDS_AS_SCALE = {
    language: {
        **dict.fromkeys(single, NumberWord(Decimal(100), SCALE, ALWAYS)),
        **dict.fromkeys(either, NumberWord(Decimal(100), SCALE, AFTER_QUALIFIER)),
        **dict.fromkeys(plural, NumberWord(Decimal(100), SCALE, NEVER)),
    }
    for language, (single, either, plural) in {
        "ru": (("сотня", "сотню", "сотней"), ("сотни",), ("сотен", "сотнями", "сотням")),
        "uk": (("сотня", "сотню", "сотнею"), ("сотні",), ("сотень", "сотнями", "сотням")),
    }.items()
}
# "два десятка", "двох десятків", "около десятка": ten as a multiplier, the same way; "десятки
# людей", "несколько десятков" alone are tens, no figure.
# Tens counted so are round, as "a dozen" is: "двум десяткам граждан" is about twenty.
_TENS_AS_SCALE = {
    language: {
        **dict.fromkeys(single, NumberWord(Decimal(10), SCALE, ALWAYS, "approx")),
        **dict.fromkeys(either, NumberWord(Decimal(10), SCALE, AFTER_QUALIFIER, "approx")),
        **dict.fromkeys(plural, NumberWord(Decimal(10), SCALE, NEVER, "approx")),
    }
    for language, (single, either, plural) in {
        # "более чем двум десяткам человек": the dative and locative plurals after a number.
        "ru": (
            ("десяток", "десятком"),
            ("десятка",),
            ("десятков", "десятки", "десятками", "десяткам", "десятках"),
        ),
        "uk": (
            ("десяток", "десятком"),
            ("десятка",),
            ("десятків", "десятки", "десятками", "десяткам", "десятках"),
        ),
    }.items()
}
# "Еще дюжине граждан Беларуси отказали", "впустили лише дюжину людей": twelve. The plural
# ("дюжины людей") is dozens, no figure.
_DOZEN_WORDS = {
    "ru": ("дюжина", "дюжину", "дюжине", "дюжиной"),
    "uk": ("дюжина", "дюжину", "дюжині", "дюжиною"),
}
# "почти полсотни человек", "близько півсотні": fifty.
_HALF_HUNDRED_WORDS = {
    "ru": ("полсотни", "полсотню", "полсотней", "полусотни", "полусотне"),
    "uk": ("півсотні", "півсотню", "півсотнею"),
}


@cache
def lexicon(language: str) -> dict[str, NumberWord]:
    """Every number word of ``language`` (folded; Kazakh as ``kazakh_fold`` types it)."""
    words = {abbreviation: NumberWord(Decimal(value), SCALE, NEVER)
             for abbreviation, value in ABBREVIATIONS.items()}  # fmt: skip
    if language == "en":
        for word, value in _ENGLISH.items():
            words[word] = NumberWord(Decimal(value), SMALL, NEVER if value == 1 else ALWAYS)
        for word in ("a", "an"):
            words[word] = NumberWord(Decimal(1), SMALL, NEVER)
        words["hundred"] = NumberWord(Decimal(100), HUNDRED, NEVER)
        words["dozen"] = NumberWord(Decimal(12), DOZEN, NEVER)
        words["half"] = NumberWord(Decimal("0.5"), HALF, NEVER)
        words["quarter"] = NumberWord(Decimal("0.25"), HALF, NEVER)
        words |= {
            word: NumberWord(Decimal(value), SCALE, NEVER) for word, value in _SCALES.items()
        }
    elif language in _SLAVIC:
        words |= _slavic(language)
        words |= _HUNDREDS_AS_SCALE[language] | _TENS_AS_SCALE[language]
        words |= {word: NumberWord(Decimal(12), SMALL, ALWAYS) for word in _DOZEN_WORDS[language]}
        words |= {
            word: NumberWord(Decimal(50), SMALL, ALWAYS) for word in _HALF_HUNDRED_WORDS[language]
        }
    else:
        words |= _kazakh()
    return words
