"""Who heard or relayed what a speaker said, in the words around a reporting verb: the outlet
told ("In an interview with the BBC", "в интервью агентству dpa", "«Известиям» сообщили",
"Tengrinews тілшісіне"), and the outlet that relays ("X, quoted by Antara, said", "X, слова
которого приводит ТАСС, сообщило", "was quoted by the Daily Star as saying").
``bot.ingest.reporting`` uses these to give a cue its outlet; the speaker is read there.
"""

from __future__ import annotations

import re

from bot.ingest.speaker_names import latin, nominative_phrase
from bot.ingest.speaker_words import KNOWN_OUTLETS, OUTLET_SPELLING, plain
from bot.ingest.speakers import names_outlet
from bot.language.lemmas import morph

__all__ = [
    "AIRED_OUTLET_FIRST",
    "BARE_OUTLET",
    "EN_QUOTED_BY",
    "INTERVIEW_END",
    "KK_HEARER_KINDS",
    "KK_QUOTED_END",
    "LATIN_NAME",
    "QUOTED_BY",
    "QUOTED_HEARER",
    "QUOTED_HEARER_FIRST",
    "RELATIVE_RELAY",
    "SLAVIC_OUTLET_FIRST",
    "SLAVIC_OUTLET_KIND",
    "TALK",
    "TOLD_FIRST",
    "TOLD_THEN_THAT",
    "WHEN_TOLD",
    "dative_name",
    "kazakh_hearer",
    "known_opening",
    "outlet_first",
]

# Where an outlet was told: "в интервью", "в беседе с", "в комментарии для", "у коментарі".
TALK = (
    r"(?:интервью|інтерв['’]ю|беседе\s+с|разговоре\s+с|розмові\s+з|эфире|ефірі|"
    r"комментарии(?:\s+для)?|коментарі(?:\s+для)?)"
)
# "X в интервью агентству dpa сообщила", "Y в ефірі телемарафону заявив".
INTERVIEW_END = re.compile(r"(?:^|\s+)(?:в|у)\s+" + TALK + r"\s+(?P<y>[^,;:]{2,60}?)\s*$")
# A quoted name in the dative: "«Известиям»", "«Азатлыку»".
# "«Газете.uz»": the dative ending may come before a name's web domain.
_QUOTED_DATIVE = (
    r"[«\"“„](?P<y>[^«»\"“”„]{1,40}(?:ам|ям|у|ю|і|ові|еві|е)(?:\.[a-z]{2,4})?"
    # "«Голосу Америки»": the dative on the name's first word, the rest as it is.
    r"(?:\s[^«»\"“”„\s]{2,20})?)[»\"”“]"
)
# "«Известиям» сообщили", "«Медузе» рассказали": a quoted outlet told, in the dative.
QUOTED_HEARER = re.compile(r"(?:^|\s+)" + _QUOTED_DATIVE + r"\s*$")
# The same before the speaker's words: "рассказал «Азатлыку» сотрудник аэропорта".
QUOTED_HEARER_FIRST = re.compile(_QUOTED_DATIVE + r"\s+(?=\S)")
# A name's dative endings and what its nominative ends in instead, longest first.
_DATIVE_TO_NOMINATIVE = (("ові", ""), ("еві", ""), ("ам", "а"), ("ям", "я"), ("у", ""),
                         ("ю", "ь"), ("е", "а"), ("і", "а"))  # fmt: skip
# "X, слова которого приводит ТАСС,", "X, на яке посилається Укрінформ,": the relay.
RELATIVE_RELAY = re.compile(
    r"(?i),\s*(?:слова\s+(?:которого|которой|которых|якого|якої|яких)\s+(?:привод(?:ит|ят)|"
    r"цитиру(?:ет|ют)|переда[её]т|навод(?:ить|ять)|цитує|переда[єю])|на\s+(?:которого|"
    r"которую|которое|которых|якого|яку|яке|яких)\s+(?:ссыла(?:ется|ются)|посила(?:ється|"
    r"ються)))\s+(?P<y>[^,;:]+?)\s*,\s*$"
)
# "Police spokesman Ahmed Ali was quoted by the Daily Star as saying that ...".
QUOTED_BY = re.compile(
    r"\s+(?:was|were|is|are)\s+(?:quoted|cited)\s+by\s+(?P<outlet>[^,;:]{2,60}?)\s+as\s+"
    r"saying(?:\s+that)?\b"
)
# "Budi Santoso, quoted by Antara, said": the agency relayed what he said.
EN_QUOTED_BY = re.compile(r",\s*(?:as\s+)?(?:quoted|cited)\s+by\s+(?P<y>[^,;:]{2,60}?)\s*,\s*$")
# "In an interview with the BBC, ...", "Speaking to Reuters, ...": whom the speaker told.
TOLD_FIRST = re.compile(
    r"^\s*(?:[Ii]n an? (?:interview|conversation) with|[Ss]peaking to|[Tt]alking to|"
    r"[Ii]n comments to|[Ii]n a statement to)\s+(?P<y>[^,;:]{2,60}?)\s*,\s*"
)
# "Tengrinews тілшісіне", "Azattyq Radio тілшісіне", "«Шығыс шұғыласы» газетіне": the outlet a
# Kazakh speaker told (its correspondent, its paper, its channel), in the dative.
KK_HEARER_KINDS = (
    r"(?:агенттігіне|тілшісіне|тілшілеріне|басылымына|сайтына|порталына|телеарнасына|"
    r"газетіне|радиосына|арнасына)"
)
_KK_HEARER = re.compile(rf"\s{KK_HEARER_KINDS}(?!\w)")
_KK_KNOWN_DATIVE = re.compile(r"(?:^|\s)(?P<o>\S+?)-?(?:қа|ке|ға|ге|на|не|а|е)\s*$")
# A quoted name ending the Kazakh words before: "«Белта» (агенттігі ...)".
KK_QUOTED_END = re.compile(r"«(?P<outlet>[^»]{1,40})»\s*$")
# Whom a Slavic verb told, then what: "розповів RNZ, що", "заявил агентству «X», что".
TOLD_THEN_THAT = re.compile(r"\s*[^,.;:—–]{1,60}?,?\s+(?:что|що)\b")
# An outlet named by its kind, in the dative: "агентству ATA", "мовнику RÚV", "изданию
# «Фонтанка»".
_SLAVIC_KIND_DATIVE = (
    r"(?:агентству|агентств[іу]|агенції|информагентству|інформагентству|изданию|"
    r"виданню|газете|газеті|журналу|телеканалу|каналу|радио|радіо|радиостанции|"
    r"радіостанції|порталу|сайту|вещателю|мовнику|телерадиокомпании|телерадіокомпанії|"
    # "в ефірі телемарафону «Єдині новини»": the broadcast that aired it.
    r"телемарафону|телемарафона)"
)
# Latin letters with their accents, "Český rozhlas" and "Łódź" too (Latin Extended-A and B).
_LATIN = "A-Za-zÀ-ÖØ-öø-ɏ"
SLAVIC_OUTLET_KIND = re.compile(
    r"(?i)\s*" + _SLAVIC_KIND_DATIVE + r"\s+"
    r"(?P<y>[«\"“][^»\"”]{1,40}[»\"”]|[^\s,]+(?:\s+[^\s,]+){0,2})\s*$"
)
# An outlet by its kind and name, opening the words before a speaker: "агентству САНА
# директор пункта X", "изданию News24 представитель министерства X".
_NAME_THEN_REST = (
    # "радіо Český rozhlas": a name in Latin letters runs on over its words.
    r"(?P<y>[«\"“][^»\"”]{1,40}[»\"”]|[" + _LATIN + r"][" + _LATIN + r"\d.&'’-]*"
    r"(?:\s+[" + _LATIN + r"][" + _LATIN + r"\d.&'’-]*)*|[^\s,«»]+)\s+"
    r"(?P<rest>(?![" + _LATIN + r"])[^\s,].*)$"
)
SLAVIC_OUTLET_FIRST = re.compile(r"(?i)\s*" + _SLAVIC_KIND_DATIVE + r"\s+" + _NAME_THEN_REST)
# The same after "в эфире", the outlet in the genitive: "в эфире телеканала RTS помощник
# министра X".
AIRED_OUTLET_FIRST = re.compile(
    r"(?i)\s*(?:телеканала|канала|радиостанции|радио|радіо|радіостанції|телемарафона|"
    r"телеканалу|каналу|телемарафону)\s+" + _NAME_THEN_REST
)
# The outlet told, by its kind alone: "розповів виданню, що", "told the newspaper that". It is
# the outlet the article named before.
BARE_OUTLET = re.compile(
    r"(?i)\s*(?:"
    + _SLAVIC_KIND_DATIVE
    + r"|(?:the|this)\s+(?:newspaper|paper|outlet|agency|news\s+agency|broadcaster|channel|"
    r"website|station|publication|magazine|daily))\s*"
)
# When or where an outlet was told, after its name: "told Prensa Libre on Monday". In lower
# case, as inside a sentence: a capital makes the word part of the name ("«Еуразия Today»").
WHEN_TOLD = re.compile(
    r"\s+(?:on|last|this|yesterday|today|earlier|late|в|у|во|вчера|вчора|сегодня|сьогодні)\b.*$"
    # "told the Daily Mirror in Colombo": where it was told is no part of the outlet.
    r"|\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*$"
)
# A name in Latin letters, a word or a few: "RNZ", "Radio Free Europe".
_LATIN_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ɏ"
LATIN_NAME = re.compile(
    rf"[{_LATIN_CAPITAL}][{_LATIN}.&'’-]*(?:\s+[{_LATIN_CAPITAL}][{_LATIN}.&'’-]*){{0,3}}"
)
_WORD_OR_QUOTED = re.compile(r"[«\"“„][^»\"”“]*[»\"”“]|\S+")


def dative_name(name: str, language: str) -> str:
    """A quoted name in the dative, in the nominative: the dictionary's when it knows the word
    ("Известиям" → "Известия"), else by its ending ("Азатлыку" → "Азатлык", "Медузе" →
    "Медуза")."""
    domain = re.search(r"\.[a-z]{2,4}$", name)
    if domain is not None:
        # "Газете.uz" is "Газета.uz": the name before its domain takes the case.
        return dative_name(name[: domain.start()], language) + domain.group()
    if plain(name) in KNOWN_OUTLETS:
        return name  # "«Анадолу»": the outlet's name as the reader knows it, undeclined
    for ending, neuter in (("ому", "е"), ("ему", "е")):
        # "«Суспільному»" is «Суспільне», an outlet the reader knows; the dictionary would
        # make it masculine.
        known = name.removesuffix(ending) + neuter if name.endswith(ending) else ""
        if known and plain(known) in KNOWN_OUTLETS:
            return known
    words = name.split()
    declined = _known_in_the_dative(words, language)
    if declined is not None:
        return declined  # "«Эху Кавказа»" is «Эхо Кавказа», its first word declined
    if len(words) != 1 or morph(language).word_is_known(words[0].casefold()):
        return nominative_phrase(name, "datv", language)
    for ending, nominative in _DATIVE_TO_NOMINATIVE:
        if name.endswith(ending) and len(name) > len(ending) + 2:
            return name[: -len(ending)] + nominative
    return name


def outlet_first(named: str, language: str) -> str | None:
    """The outlet that opens ``named`` when a speaker's words follow it: "РБК
    вице-президент ...", "изданию «Вечерний Душанбе» консул ..."."""
    # A name in quotation marks is one word here.
    words: list[str] = _WORD_OR_QUOTED.findall(named)
    if len(words) > 1 and QUOTED_HEARER.fullmatch(" " + words[0]):
        # "рассказал «Турану» пресс-секретарь агентства X": the quoted name in the dative is
        # the outlet, whatever the words after it name.
        return words[0]
    known = known_opening(words[:-1])
    if known:
        # "Sputnik Грузия в МВД": the longest name the reader knows, an edition's included.
        return " ".join(words[:known])
    for size in range(1, min(4, len(words) - 1) + 1):
        if size < len(words) - 1 and words[size][:1] in '«"“„':
            size += 1  # the kind's word, then the name
        outlet = " ".join(words[:size])
        if names_outlet(outlet, language) and not names_outlet(" ".join(words[size:]), language):
            return outlet
    return None


def kazakh_hearer(left: str) -> tuple[str, str] | None:
    """The outlet told before a Kazakh verb ("Tengrinews тілшісіне", "Press Trust of India
    агенттігіне"), and the words without it."""
    kind = _KK_HEARER.search(left)
    if kind is None:
        # "X ҚазАқпаратқа берген мәліметке сәйкес", "Tengrinews-ке": a known outlet, its
        # dative ending on its name.
        dative = _KK_KNOWN_DATIVE.search(left)
        known = OUTLET_SPELLING.get(plain(dative["o"])) if dative is not None else None
        if dative is None or known is None or not left[: dative.start()].strip():
            return None
        return known, " ".join(left[: dative.start()].split())
    before = left[: kind.start()]
    quoted = KK_QUOTED_END.search(before)
    if quoted is not None:
        start = quoted.start()
    else:
        tokens = list(re.finditer(r"\S+", before))
        if not tokens:
            return None
        at = len(tokens) - 1
        # A Latin name runs back over its capitalised words: "Press Trust of India".
        while at > 0 and latin(tokens[at - 1].group()) and latin(tokens[at].group()):
            if not (tokens[at - 1].group()[:1].isupper() or tokens[at - 1].group() == "of"):
                break
            at -= 1
        start = tokens[at].start()
    outlet = before[start:].strip().strip("«»")
    return outlet, " ".join(f"{before[:start]} {left[kind.end() :]}".split())


def _known_in_the_dative(words: list[str], language: str) -> str | None:
    """The known outlet of several words whose first word ``words`` give in the dative
    ("Эху Кавказа" → Эхо Кавказа), the rest as the outlet spells it; None if none."""
    if len(words) < 2:
        return None
    rest = plain(" ".join(words[1:]))
    firsts = {plain(parse.normal_form) for parse in morph(language).parse(words[0])[:4]}
    for name in OUTLET_SPELLING.values():
        parts = name.split()
        same_rest = len(parts) == len(words) and plain(" ".join(parts[1:])) == rest
        if same_rest and plain(parts[0]) in firsts:
            return name
    return None


def known_opening(words: list[str], longest: int = 4) -> int:
    """How many of the first ``words`` make the longest outlet name the reader knows ("Sputnik
    Грузия", a known outlet's edition), at most ``longest``; 0 when they open with none."""
    for size in range(min(longest, len(words)), 0, -1):
        if plain(" ".join(words[:size]).strip('«»"“”„')) in KNOWN_OUTLETS:
            return size
    return 0
