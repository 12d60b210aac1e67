"""Who a phrase of news text names: a person, an organisation or an outlet, or whom it points
back to ("he", "the minister", "ведомства", "Ахметжанова").

``read_phrase`` reads the words a reporting cue points at ("the director of the Migracion
Colombia agency, Andres Salcedo", "речниці Прикордонної служби Польщі Агнєшки Зелінської",
"Kazakh outlet Zakon.kz", "Kazakh Interior Ministry") as a ``Mention``; names come out in the
nominative and in full (``bot.ingest.speaker_names``), and ``bot.ingest.speaker_registry``
resolves what points back.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from bot.ingest.clauses import read_words
from bot.ingest.periods import find_dates
from bot.ingest.speaker_names import (
    NAME_PARTICLES,
    Word,
    country_code,
    in_dictionary,
    is_org_word,
    kazakh_base,
    latin,
    name_like,
    named_by_their_post,
    named_country,
    nominative,
    nominative_phrase,
    person_span,
    slavic_parses,
    span_of,
    words_of,
)
from bot.ingest.speaker_words import (
    CAPITALISED_NAME,
    EN_FIELDS,
    KNOWN_OUTLETS,
    MASTHEAD_WORDS,
    NOT_NAMES,
    ORG_ROLES,
    OUTLET_NOUNS,
    PERSON_ROLES,
    PLURAL_PRONOUNS,
    PRONOUNS,
    UNNAMED_SOURCE,
    plain,
)
from bot.language.demonyms import DEMONYMS
from bot.language.lemmas import morph
from bot.language.words import country_names

__all__ = [
    "BODY_KINDS",
    "POSTED",
    "Mention",
    "Speaker",
    "english_ministry",
    "ministry_of",
    "names_outlet",
    "read_outlet",
    "read_phrase",
    "speaks",
    "unnamed_source",
    "without_when",
]


@dataclass(frozen=True, slots=True)
class Speaker:
    """A person, organisation or outlet a figure is attributed to or carried by."""

    name: str  # the fullest form the article gives ("Marat Akhmetzhanov", not "Akhmetzhanov")
    kind: str  # "person", "organisation" or "outlet"
    description: str | None  # what the article says they are, else None


@dataclass(frozen=True, slots=True)
class Mention:
    """What a phrase names: a speaker, or whom it points back to."""

    speaker: Speaker | None = None  # named in the phrase itself
    pronoun: bool = False  # "he", "її", "оның": the person last named
    gender: str | None = None  # the pronoun's: "masc", "femn", or None when it has none
    # "По ее данным", "за її даними": a possessive, which may be a feminine body's figures
    # ("Она добавила" is someone's act).
    possessive: bool = False
    surname: str | None = None  # one name: a person the article named in full before
    person_role: tuple[str, ...] = ()  # stems to find in a named person's description
    org_role: tuple[str, ...] = ()  # stems to find in a body's name; "" is any body
    generic: str = ""  # the body's kind as written ("the ministry"), if no such body is named
    fallback: Mention | None = None  # "the head of the Ministry ..." when no head was named
    also: Speaker | None = None  # a body named in a person's description
    proper: str | None = None  # a proper name that does not say what it names
    noun: str = ""  # the noun a body was named with ("the Migracion Colombia agency": agency)


_FEMININE_POSSESSIVES = frozenset({"ее", "её", "її"})
_POSSESSIVE_FIRST = re.compile(
    r"(?i)^(?:its|their|his|her|его|её|ее|их|його|її|їхн\w*|свое\w*|свого|своей|своєї|"
    r"оның|олардың)\s+(?=\S)"
)
_QUOTED = re.compile(r"[«“\"„]([^«»“”\"„]{2,60})[»”\"“]")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:kz|ru|ua|uz|by|kg|com|net|org|info|news|media)\b", re.I)
_ARTICLE = re.compile(r"^(?:the|a|an)\b\s*", re.I)
_ARTICLES = frozenset({"the", "a", "an", "its", "their"})
_INDEFINITE = frozenset({"a", "an"})
_EN_OF = frozenset({"of", "for", "at", "in", "with"})
# "журналистам" starts like "журнал": the reporters who heard it are no outlet.
_REPORTERS = ("журналист", "журналіст", "журналисты")
_AGENCY = ("агентств", "агенттиг", "агенци")  # a news agency, or a government's
# What a news agency's noun is followed by: "агенція новин", "інформаційна агенція".
_NEWS_WORDS = tuple(plain(word) for word in ("новин", "новост", "інформац", "преси", "прессы"))
_UKRAINIAN_AGENCY = plain("агенці")
_STATE_AGENCY_WORDS = tuple(
    plain(word)
    for word in ("слідч", "державн", "федеральн", "міграційн", "прикордонн", "митн",
                 "антикорупційн", "податков", "космічн", "урядов")
)  # fmt: skip
# Fields a government's agency works in: "Статистика агенттігі", "Көші-қон агенттігі".
_AGENCY_FIELDS = tuple(
    plain(word)
    for word in ("статистик", "көші-қон", "миграц", "міграц", "шекара", "кеден", "ұлттық",
                 "statistic", "migration", "border", "customs", "immigration")
)  # fmt: skip
# A Kazakh genitive: "Мальтаның", "Ресейдің".
_A_COUNTRYS = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")
# "заявили в МВД", "у пресс-службе ведомства": the body itself, in the case the words govern.
_KK_PRESS_SERVICE = re.compile(
    r"\s+баспасөз\s+(?:қызметі|қызметінің|орталығы|орталығының)\s*$", re.I
)
_SLAVIC_PREFIXES = (
    (re.compile(r"^(?:в|во|у)\s+", re.I), "loct"),
    (re.compile(r"^(?:пресс-|прес-|пресс|прес)служб\w*\s+", re.I), "gent"),
)
# A body's kind, then its quoted name, or (Kazakh) the other way round. Outlets ("газета
# «Известия»") are read before this, as outlets.
BODY_KINDS = (
    r"(?:авиакомпани\w*|авіакомпані\w*|airline|әуекомпания\w*|компани\w*|компані\w*|корпораци\w*|корпораці\w*|организаци\w*|організаці\w*|фонд\w*"
    r"|ассоциаци\w*|асоціаці\w*|объединени\w*|об'єднанн\w*|движени\w*|рух\w*|групп?\w*"
    r"|оператор\w*|туроператор\w*|аэропорт\w*|аеропорт\w*|центр\w*|company|group|foundation"
    r"|tour\s+operator"
    r"|association|organi[sz]ation|operator|airport|қоры\w*|қауымдастығ\w*"
    r"|ұйым\w*|әуежай\w*|орталығ\w*|платформ\w*|platform)"
)
_KIND_THEN_NAME = re.compile(
    rf"(?i)^(?:the\s+)?{BODY_KINDS}(?:\s+[а-яіїєґa-z'-]+)?\s+[«\"“„](?P<name>[^«»\"“”„]{{2,60}})[»\"”“]$"
)
# "Асоціації українців Йорданії «Калина»": the kind, the words of its name, then its quoted name.
_KIND_WORDS_THEN_NAME = re.compile(
    rf"(?i)^(?P<kind>{BODY_KINDS}(?:\s+[^\s«»\"“”„]+){{1,4}})\s+[«\"“„](?P<name>[^«»\"“”„]{{2,60}})"
    r"[»\"”“]$"
)
_NAME_THEN_KIND = re.compile(rf"(?i)^[«\"“„](?P<name>[^«»\"“”„]{{2,60}})[»\"”“]\s+{BODY_KINDS}$")
_NOT_A_BODY_NAME = ("http",)
_OPENS_WITH_BODY = re.compile(
    r"^(?:[Tt]he\s+)?(?:(?:[A-Z][\w-]+\s+){0,3}?(?:Ministry|Department|Agency|Office|"
    r"Commission|Council|Committee|Service|Authority|Directorate)\s+(?:of|for|on)\b|"
    r"(?:Министерств|Міністерств)\w*\s)"
)
# "(ЦАХАЛ)", "(Минтруда)": a short name in brackets after a body's full name.
# "(CSO)", "(ДПП)", and a body's name in its own language: "(Útlendingastofnun)".
_ACRONYM_END = re.compile(
    r"\((?P<acronym>[A-ZА-ЯЁІЇЄҐÀ-ÞĀ-Ž](?:[A-ZА-ЯЁІЇЄҐ]{1,7}|[\w-]{2,30}))\)?\s*$"
)
# "(АВТМ)", "(Migracijos departamentas)": a short or own-language name inside a long one.
_ACRONYM_INSIDE = re.compile(r"\s*\((?P<acronym>[A-ZА-ЯЁІЇЄҐÀ-ÞĀ-Ž][^()]{1,40})\)(?=\s+\w)")
_BRACKETED_END = re.compile(
    r"(?<=\w)\s*\((?:[^()]{1,12}|[^\W\d_][\w'-]{2,30}|[A-ZÀ-ÞĀ-Ž][^()]{2,40})\)?\s*$"
)
# The words from the first capitalised one to the end: a body's name after a role's word.
_CAPITALISED_RUN = re.compile(r"(?<!\S)[A-ZА-ЯЁІЇЄҐ][^\s()]*(?:\s+[^\s()]+)*\s*$")
_RUSSIAN_FEDERATION = "the Russian Federation"  # the seed's form for RUS in a ministry's name
_EN_MINISTRY = re.compile(
    r"^(?:(?P<adj>[A-Z]\w*(?:['’]s)?)\s+)?(?P<field>[A-Za-z]+)\s+[Mm]inistry"
    r"(?:\s+of\s+(?P<of>[A-Z][\w ]+))?$"
)


# Words inside a body's name before the words that name it: "Department of ...".
_NAME_LINKS = frozenset({"of", "for", "and", "on"})
_DATA_OF = re.compile(
    r"(?i)(?:дані|даних|данные|данных|статистику|статистика|"
    # "со ссылкой на отчёт ведомства", "з посиланням на звіт служби": the report's body.
    r"(?:годовой\s+|ежегодный\s+|річний\s+|щорічний\s+)?(?:отч[её]т|доклад|звіт|доповідь))"
    r"\s+(?=\w)"
)
_EDITION = re.compile(r"(?:\s+(?:News|[A-ZА-ЯІЇЄҐҚҒҮҰӨҺ][\w'’-]*))+(?=\s*$)")
_LEADING_SYMBOLS = re.compile(r"^[^\w«\"“„(]+")
# Words that tie a sentence to the one before, no part of whoever speaks: "Сондай-ақ комитет",
# "Сұхбатта Сәрсенбаева" (in the interview), "Также ведомство", "Meanwhile, the agency".
_CONNECTIVES = re.compile(
    r"^(?:(?:also|meanwhile|however|in turn|moreover|additionally|separately|сондай-ақ|"
    r"сонымен қатар|сонымен бірге|сұхбатта|бұдан бөлек|бұған қоса|өз кезегінде|алайда|ал|"
    r"также|кроме того|в свою очередь|при этом|помимо этого|а|також|крім того|своєю чергою|"
    r"водночас|натомість|earlier|previously|ранее|раніше|бұған дейін|бұрын)(?:,\s*|:\s*|\s+))+",
    re.IGNORECASE,
)


# "на своїй сторінці у Facebook", "в Telegram", "на сайте": where words were posted names no
# one who said them.
POSTED = re.compile(
    r"(?i)(?<!\w)(?:(?:на|у|в|во)\s+(?:(?:своїй|своей|своєму|своем|своём|офіційній|"
    r"официальной|офіційному|официальном)\s+)?(?:сторінці|странице|телеграм-каналі|"
    r"телеграм-канале|telegram-каналі|telegram-канале|акаунті|аккаунте|сайте|сайті)"
    # "на сайті відомства": the body's own site, named before.
    r"(?:\s+(?:відомства|ведомства|міністерства|министерства|служби|службы))?"
    r"(?:\s+(?:у|в)\s+[\w-]+)?|(?:у|в)\s+(?:facebook|telegram|instagram|twitter|соцмережах|"
    r"соцсетях|телеграмі|телеграме|телеграм|фейсбуке|фейсбуці|твиттере|твітері)"
    # "в соцмережі X", "в соцсети Facebook".
    r"|(?:у|в)\s+(?:соцмережі|соцсети|соцсеті|мережі|сети)\s+(?:X|Х|facebook|telegram|"
    r"instagram|twitter))(?!\w)"
)
_KK_PUBLISHED = re.compile(
    r"\s+(?:ресми\s+)?(?:сайтында|парақшасында|telegram-арнасында|арнасында|"
    r"әлеуметтік желідегі парақшасында)\s+(?:жарияланған|жарияланды|берілген)$",
    re.IGNORECASE,
)


def without_when(text: str, language: str) -> str:
    """A speaker's words without the day it spoke, said before its name: "27 сентября МВД
    Казахстана", "Бұған дейін, 27 қыркүйекте ҚР Ішкі істер министрлігі", "вчера ведомство";
    or after it, before the verb: "МВД России на прошлой неделе (выдворило)"."""
    while True:
        found = find_dates(text, language, _ANY_DAY)
        if found and _TODAY_IN_A_NAME.search(text[: found[-1].end]):
            # "L'Orient Today", "USA Today": a day's word that ends a capitalised name is
            # the name's.
            return text
        if found and found[-1].end == len(text.rstrip(" ,.")) and found[-1].start > 0:
            text = text[: found[-1].start].rstrip(" ,")
            continue
        if not found or found[0].start != 0 or found[0].end >= len(text):
            return text
        text = _CONNECTIVES.sub("", text[found[0].end :].lstrip(" ,:")).strip()


_TODAY_IN_A_NAME = re.compile(r"[A-Z][\w'’.-]*\s+Today\s*$")
# Only where a day's words end matters here, not which day they name.
_ANY_DAY = date(2000, 1, 1)


# "Департамент занятости за рубежом в ежемесячном отчете": where the body said it, after its
# name, is no part of it.
_IN_A_REPORT_END = re.compile(
    r"(?i)\s+(?:в|во|у)\s+(?:(?:своем|своём|своїй|своєму|своих|ежемесячном|ежегодном|еженедельном|"
    r"ежеквартальном|очередном|новом|свежем|щомісячному|щорічному|щотижневому|черговому|"
    r"новому|свіжому|официальном|офіційному)\s+)?(?:отчете|отчёте|докладе|заявлении|сообщении|"
    r"обзоре|бюллетене|звіті|доповіді|заяві|повідомленні|огляді|бюлетені)\s*$"
)


def _tidy(text: str) -> str:
    # "Департамент полиции и погранохраны Эстонии (ДПП)": the acronym in brackets after a
    # name is the same body's.
    text = _BRACKETED_END.sub("", _LEADING_SYMBOLS.sub("", text))  # "🔹 Қазақстанның ..."
    text = _CONNECTIVES.sub("", text)
    text = _IN_A_REPORT_END.sub("", text)
    text = text.strip(" ,;:—–-()").strip()
    # A quotation mark at an end goes only if it has no partner: «Бахтар» keeps both.
    while text and text[0] in '"«“„' and not _QUOTED.search(text):
        text = text[1:].strip()
    while text and text[-1] in '"»”“' and not _QUOTED.search(text):
        text = text[:-1].strip()
    return text if _DOMAIN.search(text) else text.rstrip(".").strip()


@lru_cache(maxsize=64)
def _known_pattern(name: str) -> re.Pattern[str]:
    # A Cyrillic name may carry a case ending: "Укрінформу", "РИА Новостям".
    ending = "" if latin(name) else "[а-яіїєґ]{0,2}"
    return re.compile(rf"(?<![\w-]){re.escape(name)}{ending}(?![\w-])")


def _known_at(name: str, folded: str) -> int:
    if name not in folded:  # most phrases name no known outlet: skip the pattern
        return -1
    found = _known_pattern(name).search(folded)
    return found.start() if found else -1


def _whole_known(name: str, quoted: str) -> bool:
    """Whether a quoted name is the known outlet's, with at most its case ending."""
    return _known_pattern(name).fullmatch(plain(quoted).strip()) is not None


# The longest name first, in one order whatever the process's hash seed: "Коммерсантъ" is
# itself, not "Коммерсант" with a letter to spare, in every run.
_KNOWN_LONGEST_FIRST = tuple(sorted(KNOWN_OUTLETS, key=lambda name: (-len(name), name)))


def _adjective(word: Word, language: str) -> bool:
    """A people's adjective ("Kazakh", "Польське", "словацьке") that describes an outlet."""
    if word.plain in DEMONYMS or word.plain.endswith(("ish", "ian", "ese")):
        return True
    if latin(word.text) or language not in {"ru", "uk"}:
        return False
    parses = slavic_parses(word.text, language)
    return bool(parses) and parses[0][2] == "ADJF"


def _outlet(text: str, words: list[Word], language: str, media: bool) -> Speaker | None:
    """The outlet a phrase names: "Kazakh outlet Zakon.kz", "агентство «Бахтар»", "Yle"."""
    nouns = [
        i
        for i, word in enumerate(words)
        if _outlet_noun(words, i)
        # "the state news agency TAP": a news agency is an outlet, a state agency is not;
        # so is a press agency ("the Saudi Press Agency").
        or (word.plain == "agency" and i and words[i - 1].plain in {"news", "press"})
        # "told the news site Dushanbe Today": a site of news; "the site of the camp" is not.
        or (word.plain == "site" and i and words[i - 1].plain in {"news", "web"})
        # "told the radio station Onda Balear".
        or (word.plain == "station" and i and words[i - 1].plain in {"radio", "tv", "television"})
    ]
    agency = any(word.plain.startswith(_AGENCY) for word in words)
    quoted = _QUOTED.search(text)
    folded = plain(text)
    known = next(
        (n for n in _KNOWN_LONGEST_FIRST if n in folded and _known_at(n, folded) >= 0), None
    )
    domain = _DOMAIN.search(text)
    # "Kazinform агенттігі": Kazakh names an agency before the word for it.
    named_agency = [] if quoted or language != "kk" else _named_before_agency(words)
    masthead = _MASTHEAD.search(text) if language == "en" else None
    if not (nouns or known or domain or ((agency or media) and quoted) or named_agency):
        if masthead is None:
            return None
        name = masthead["name"]
        rest = _tidy(_ARTICLE.sub("", text.replace(name, " ")))
        return Speaker(_tidy(name), "outlet", rest or None)
    if named_agency:
        name = span_of(text, named_agency)
    elif quoted and known and _whole_known(known, quoted.group(1)):
        # "«Укрінформу»": the outlet the reader knows, without its case ending; «Новая
        # газета Европа» is another paper, named in full.
        start = _known_at(known, folded)
        name = text[start : start + len(known)]
    elif quoted:
        name = quoted.group(1)
    elif domain:
        name = domain.group()
    elif known:
        start = _known_at(known, folded)
        # "BBC News Україна", "Радио Свобода Казахстан": a known outlet's edition.
        edition = _EDITION.match(text, start + len(known))
        name = text[start : edition.end() if edition else start + len(known)]
    else:
        if _role(words[:1], PERSON_ROLES):
            # "керівник польового офісу агенції в Кісоро Даніель Опіо": a post at an agency
            # of no name the reader knows, held by a person, is no outlet.
            return None
        # "Finnish public broadcaster Yle", "the Mediazona outlet", "Польське радіо".
        after = words[nouns[-1] + 1 :]
        after = after if after and after[0].text[:1].isupper() else []
        noun = words[nouns[-1]]
        if (
            after
            and noun.text[:1].isupper()
            and all(w.plain in _ARTICLES for w in words[: nouns[-1]])
        ):
            # "the Daily Star", "Radio Free Europe": the outlet's noun opens its name.
            after = [noun, *after]
        before = [
            word
            for word in words[: nouns[0]]
            if word.text[:1].isupper()
            and word.plain not in NOT_NAMES
            and not _adjective(word, language)
            # "the Taliban-run Bakhtar news agency": who runs it is no part of its name.
            and not word.plain.endswith(("-run", "-owned", "-backed", "-controlled"))
        ]
        if not after and before and words[nouns[0]].text[:1].isupper():
            # "Czech Radio", "Voice of America": the outlet's noun is part of its name.
            before = [*before, words[nouns[0]]]
            leading = [word for word in words[: nouns[0]] if word.plain not in _ARTICLES]
            if all(word.text[:1].isupper() for word in leading):
                # "the Saudi Press Agency": a name in capitals throughout, its people's
                # adjective too.
                before = [*leading, words[nouns[0]]]
        # "the news site Bishkek Daily": a paper's name after its kind, its own noun last.
        named_after_kind = words[nouns[0] + 1 : nouns[-1] + 1]
        if after or not all(word.text[:1].isupper() for word in named_after_kind):
            named_after_kind = []
        name = (
            span_of(text, after)
            or span_of(text, before)
            or span_of(text, named_after_kind)
            or _ARTICLE.sub("", text)
        )
    rest = text.replace(quoted.group() if quoted else name, " ").strip()
    rest = re.sub(r"\s{2,}", " ", _tidy(_ARTICLE.sub("", rest)))
    return Speaker(_tidy(name), "outlet", rest or None)


# An English paper's name, by the word its masthead ends with: "The New Times", "the Bangkok
# Post", "The Korea Herald" (capitalised, as a name is: "the border post" is no paper).
_MASTHEAD = re.compile(
    rf"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w.'’-]*\s+){{0,3}}{MASTHEAD_WORDS})"
    r"(?=\s*$|\s*[,.;])"
)


def _outlet_noun(words: list[Word], at: int) -> bool:
    """Whether ``words[at]`` names an outlet: not "журналистам" (the reporters), not
    "ақпарат" in "Мемлекеттік ақпарат қызметі" (a body's name: a service, not a paper)."""
    word = words[at]
    if not word.plain.startswith(OUTLET_NOUNS) or word.plain.startswith(_REPORTERS):
        return False
    following = words[at + 1] if at + 1 < len(words) else None
    if word.plain.startswith(_UKRAINIAN_AGENCY):
        # "Бенінська агенція захисту дітей", "Федеральна слідча агенція Пакистану",
        # "Державна міграційна агенція": an agency for a field of work, or a state's, is a
        # body; "агенція новин", "агенція Reuters" carry news.
        if at and words[at - 1].plain.startswith(_STATE_AGENCY_WORDS):
            return False
        if following is not None and following.text.islower():
            if not following.plain.startswith(_NEWS_WORDS):
                return False
        elif (
            following is not None
            and following.text[:1].isupper()
            and _a_country_word(following.text, "uk")
        ):
            return False
    return following is None or not (
        following.text.islower()
        and is_org_word(following)
        and not following.plain.startswith(_AGENCY)
    )


def _named_before_agency(words: list[Word]) -> list[Word]:
    at = next((i for i, word in enumerate(words) if word.plain.startswith(_AGENCY)), None)
    if not at:
        return []
    before: list[Word] = []
    for word in reversed(words[:at]):
        # "Press Trust of India агенттігі": a name's own small words.
        if not word.text[:1].isupper() and not (before and word.plain in _NAME_LINKS):
            break
        before.insert(0, word)
    while before and not before[0].text[:1].isupper():
        before.pop(0)
    if (
        before
        and _A_COUNTRYS.search(before[0].text)
        and country_code(kazakh_base(before[0].text).casefold(), "kk")
    ):
        # "Мальтаның Identità агенттігі": a state's agency, named with its country's.
        return []
    if before and (
        country_code(kazakh_base(before[0].text).casefold(), "kk")
        or any(word.plain.startswith(_AGENCY_FIELDS) for word in before)
    ):
        # "Өзбекстан Статистика агенттігі", "Көші-қон агенттігі": a state's agency for a
        # field of its work, not a news agency.
        return []
    return before


def _whole_known_outlet(text: str) -> bool:
    """Whether ``text`` is an outlet the reader knows, named whole and nothing more."""
    bare = _tidy(_ARTICLE.sub("", text.strip(' «»"“”'))).casefold()
    return bare in KNOWN_OUTLETS  # its names are folded already


def names_outlet(text: str, language: str) -> bool:
    """Whether ``text`` names an outlet ("the BBC", "РИА Новости", "Kazakh outlet Zakon.kz")."""
    return _outlet(text, words_of(text), language, media=False) is not None


def read_outlet(text: str, language: str) -> Speaker:
    """The outlet a "Source:" line names before "citing": an outlet, whatever it looks like."""
    found = _outlet(text, words_of(text), language, media=True)
    return found or Speaker(_tidy(_ARTICLE.sub("", _tidy(text))), "outlet", None)


def english_ministry(name: str) -> str:
    """ "Kazakh Interior Ministry of Internal Affairs" → "Ministry of Internal Affairs of
    Kazakhstan": the form the seed's facts give a ministry in English."""
    found = _EN_MINISTRY.match(name)
    if not found or found.group("field").lower() not in EN_FIELDS:
        return name
    fields = found.group("of") or EN_FIELDS[found.group("field").lower()]
    adjective = found.group("adj")
    code = (
        country_code(plain(adjective).replace("’", "'").removesuffix("'s")) if adjective else None
    )
    if code is None:
        return f"Ministry of {fields}"
    country = _RUSSIAN_FEDERATION if code == "RUS" else country_names("en").get(code, code)
    return f"Ministry of {fields} of {country}"


def ministry_of(description: str, language: str) -> str | None:
    """The ministry a minister's description says they head: "Interior Minister" → "Ministry
    of Internal Affairs", "министр внутренних дел Грузии" → "Министерство внутренних дел
    Грузии", "Грузия ІІМ басшысы" → "Грузия ІІМ"; None when it names no ministry."""
    if language == "en":
        found = _EN_MINISTER.search(description)
        if found is None:
            return None
        ministry = english_ministry(f"{found['before']}Ministry{found['after'] or ''}".strip())
        return ministry if ministry.startswith("Ministry") else None
    if language in {"ru", "uk"}:
        found = _SLAVIC_MINISTER.search(description)
        if found is None or not found["rest"].strip():
            return None
        noun = "Министерство" if language == "ru" else "Міністерство"
        return f"{noun} {found['rest'].strip()}"
    found = _KK_MINISTER.search(description)
    if found is not None:
        return found["body"].strip()
    # "ҚР Ішкі істер министрі": the minister's ministry is the "министрлігі" of the same.
    minister = _KK_MINISTER_OF.search(description)
    return f"{minister['body'].strip()} министрлігі" if minister is not None else None


# "Interior Minister", "Georgia's interior minister", "Minister of Internal Affairs of X".
_EN_MINISTER = re.compile(
    r"(?P<before>(?:[A-Za-z][\w'’]*\s+){0,2})[Mm]inister\b(?P<after>\s+of\s+[A-Z][\w ]+)?"
)
_SLAVIC_MINISTER = re.compile(r"(?i)(?<![\w-])(?:министр|міністр)\s+(?P<rest>[^,;()]+)")
_KK_MINISTER_OF = re.compile(r"(?P<body>\S.*?)\s+министрі(?!\w)")
_KK_MINISTER = re.compile(r"(?P<body>\S.*?(?:ІІМ|СІМ|министрлігі\w*))\s+(?:басшысы|министрі)\b")


def _body_name(text: str, language: str, case: str) -> str:
    name = _ARTICLE.sub("", _tidy(text))
    if language == "en":
        return english_ministry(name)
    # "Министерство труда, миграции и занятости населения республики": the republic the
    # article is about, pointed at, is no part of a body's full name (an acronym's, "МИД
    # республики", it is all that says whose).
    if len(name.split()) > 3:
        name = _OF_THE_REPUBLIC.sub("", name)
    return nominative_phrase(name, case, language)


_OF_THE_REPUBLIC = re.compile(r"(?<=\w)\s+(?:республики|республіки)$")


# "Главное управление", "Головне управління": main, no head or chair.
_MAIN = ("главн", "головн")


def _whole_body(text: str, acronym: re.Match[str] | None) -> Mention:
    """The phrase as one body's name, and the short name in brackets the article calls it by
    later."""
    body = Speaker(_ARTICLE.sub("", text).strip(), "organisation", None)
    return Mention(speaker=body, noun=plain(acronym["acronym"]) if acronym else "")


def _names_a_country(person: Mention, language: str) -> bool:
    """Whether the name a person was read from is a country's, after words of the body's."""
    speaker = person.speaker
    if speaker is None or not speaker.description:
        return False
    return country_code(plain(speaker.name), language) is not None


def _named_with_its_country(person: Mention, language: str) -> bool:
    """Whether an English name a person was read from follows only a country's name, as a
    body's does and a person's does not: "the Kenya Red Cross", "the Nicaragua Never Again
    Rights Collective" (a person's country is said with its people's word or a possessive:
    "Kenyan ...", "Kenya's ...")."""
    speaker = person.speaker
    if language != "en" or speaker is None or not speaker.description:
        return False
    country = _ARTICLE.sub("", speaker.description).strip()
    return named_country(plain(country)) is not None


def _named_after_its_kind(person: Mention, language: str) -> str | None:
    """The name an English person was read from when it follows a body's kind in lower case
    and no post ("the refugee charity Migrant Help", not "UNHCR spokesman John Smith"): the
    body's name; else None."""
    speaker = person.speaker
    if language != "en" or speaker is None or not speaker.description:
        return None
    described = words_of(speaker.description)
    last = described[-1] if described else None
    kind_last = (
        last is not None
        and last.text.islower()
        and is_org_word(last)
        and not any(_role([word], PERSON_ROLES) for word in described)
    )
    return speaker.name if kind_last else None


def _after_a_place_word(person: Mention) -> bool:
    """Whether the name a person was read from follows a preposition of place."""
    speaker = person.speaker
    words = (speaker.description or "").split() if speaker is not None else []
    return bool(words) and words[-1].lower() in _PLACE_PREPOSITIONS


_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "в", "во", "у", "из", "з", "із"})


def _ends_with_a_body(text: str, words: list[Word], person: Mention) -> bool:
    """Whether the name a person was read from runs straight into a body's noun that ends
    the phrase: "Sa Kaeo provincial police" (not "John Smith, head of the border police")."""
    if not words or person.speaker is None or person.speaker.name not in text:
        return False
    last = words[-1]
    body = is_org_word(last) or last.plain.startswith(_POST_NOUNS)
    after = text[text.index(person.speaker.name) + len(person.speaker.name) :]
    if _OF_THE.match(after):
        return False  # "Paul Dillon of the IOM": the person, and the body they are of
    return body and _STRAIGHT_ON.fullmatch(after) is not None


_OF_THE = re.compile(r"\s+of\s+the\s+")


# A few words, no comma or bracket between them: the rest of one name.
_STRAIGHT_ON = re.compile(r"(?:\s+[\w'’-]+){1,3}\s*")
# A border post speaks as a body does: "the Friendship Bridge Immigration Checkpoint said".
_POST_NOUNS = ("checkpoint",)


# "представництво МОМ", "представительство": a body's office, not its representative.
_MISSIONS = ("представництв", "представительств")


def _named_after_a_role(person: Mention) -> bool:
    """Whether the person's name follows a word for a role ("... chief John Smith")."""
    speaker = person.speaker
    words = words_of(speaker.description or "") if speaker is not None else []
    return bool(person.person_role) or bool(words and _role(words[-1:], PERSON_ROLES))


def _a_named_post(phrase: str) -> bool:
    """Whether a phrase is a post named by its place, no person's name with it: "the Edirne
    governor", "the Tak provincial governor" (not "Foreign Minister Aroha Tane")."""
    words = words_of(_ARTICLE.sub("", phrase))
    if len(words) < 2 or not _role(words[-1:], PERSON_ROLES):
        return False
    named = [word for word in words[:-1] if word.text[:1].isupper()]
    return bool(named) and not any(_role([word], PERSON_ROLES) for word in named)


def _role(words: list[Word], lexicon: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    for word in words:
        if word.plain.startswith(_MAIN) or word.plain.startswith(_MISSIONS):
            continue
        for key, stems in lexicon.items():
            if word.plain.startswith(key):
                return stems
    return ()


def _body_in(description: str, language: str) -> tuple[Speaker, str] | None:
    """A body an English description names by its own name, and the noun it is named with:
    "the director of the Migracion Colombia agency" → (Migracion Colombia, "agency")."""
    if language != "en":
        return None
    words = words_of(description)
    for index, word in enumerate(words):
        if not is_org_word(word) or word.text[:1].isupper():
            continue
        capitals: list[Word] = []
        for earlier in reversed(words[:index]):
            if not earlier.text[:1].isupper() or earlier.plain in NOT_NAMES:
                break
            capitals.insert(0, earlier)
        if capitals:
            return Speaker(span_of(description, capitals), "organisation", None), word.plain
    named = _ENGLISH_BODY_OF.search(description)
    if named is not None:
        # "director-general of the Department of Employment": the body, by its own name.
        return Speaker(named["body"], "organisation", None), plain(named["kind"])
    return None


# "of the Department of Employment", "for the Ministry of Labour": a body a description names
# by its kind, then "of" or "for" and its field.
_ENGLISH_BODY_OF = re.compile(
    r"\b(?:of|for|at|with)\s+the\s+(?P<body>(?P<kind>Department|Ministry|Bureau|Agency|Office|"
    r"Directorate|Service|Commission|Authority|Administration)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})"
)


def _masculine(first_name: str, language: str) -> bool:
    return any(
        "Name" in tags and "masc" in tags and case_ in {"gent", "accs"}
        for _, tags, _pos in slavic_parses(first_name, language)
        for case_ in tags
    )


def _after_a_role(words: list[Word]) -> tuple[int, int] | None:
    """The two capitalised words that end a phrase opening with a person's role, whatever the
    dictionary makes of them: "координатор организации «...» Ноа Левински"."""
    if len(words) < 3 or is_org_word(words[0]):
        return None
    # "Генеральний консул України в Стамбулі Богдан Гаврилюк": the role may follow a word
    # that ranks it; "Migrant Workers Secretary Ramon Alcaraz": or the field it is over, with
    # the name right after it.
    ranked = len(words) > 3 and _role(words[1:2], PERSON_ROLES)
    # "Migrant Workers Secretary Ramon Dela Paz": a name of three or four words after an
    # English title, which is capitalised before a name.
    titled = next(
        (
            len(words) - size
            for size in (2, 3, 4)
            if len(words) > size + 1
            and _role(words[-size - 1 : -size], PERSON_ROLES)
            and (
                size == 2 or (latin(words[-size - 1].text) and words[-size - 1].text[:1].isupper())
            )
        ),
        None,
    )
    if not (_role(words[:1], PERSON_ROLES) or ranked or titled):
        return None
    last = words[titled or -2 :]
    if all(
        word.text[:1].isupper()
        and not word.text.isupper()
        and not is_org_word(word)
        and word.plain not in NOT_NAMES
        and country_code(word.plain) is None
        for word in last
    ):
        return len(words) - len(last), len(words)
    return None


def _person(text: str, language: str, case: str) -> Mention | None:
    """A person named in full, with what the phrase says they are: "Marat Akhmetzhanov, the
    Minister of ...", "заместитель главы МВД Леван Мчедлишвили"."""
    # A quoted name is a body's or a place's ("«Нұр Жолы» өткізу пунктінің бастығы"), never
    # a person's.
    text = _QUOTED.sub(" ", text)
    segments = [part for part in (_tidy(piece) for piece in text.split(",")) if part]
    for index, segment in enumerate(segments):
        words = words_of(segment)
        after_role = _after_a_role(words)
        found = person_span(words, language) or after_role
        post = segments[index + 1] if index + 1 < len(segments) else ""
        if found is None and language in {"ru", "uk"} and named_by_their_post(segment, post):
            # "Гетачеу Алемайеху, глава иммиграционного офиса": a name, by the post after it.
            found = (0, len(words))
        if after_role is not None and found is not None and found[1] <= after_role[0] - 1:
            # "Migrant Workers Secretary Ramon Alcaraz": the name is after the title.
            found = after_role
        if found is None:
            continue
        ahead = [word.plain for word in words[max(0, found[0] - 2) : found[0]]]
        after_in = [w for w in ahead if w != "the"][-1:] in (["in"], ["at"])
        if language == "en" and after_in:
            continue  # "the government's delegation in the Balearic Islands": a place
        if language in {"ru", "uk"}:
            found = _without_a_place_first(words, found, language)
            found = _with_a_third_name(words, found, language)
        named = words[found[0] : found[1]]
        if (
            found[0]
            and words[found[0] - 1].plain in _NAME_LINKS
            and any(is_org_word(word) for word in words[: found[0]])
        ):
            continue  # "Department of Disaster Management Affairs": part of a body's name
        following = words[found[1]] if found[1] < len(words) else None
        if following is not None and following.text[:1].isupper() and is_org_word(following):
            continue  # "Naresuan Task Force", "Kenya Red Cross Society"
        if language == "kk" and following is not None and is_org_word(words[-1]):
            # "Қазақстан Республикасы Еңбек және ... министрлігі": Kazakh names a person last;
            # capitalised words before a body's head word are the body's name.
            continue
        run = list(itertools.takewhile(lambda w: w.text[:1].isupper(), words[found[1] :]))
        if words[found[1] - 1].text.endswith(("'s", "’s")) or any(map(is_org_word, run)):
            # "South Africa's Border Management Authority": a country's body, no person.
            continue
        if language in {"ru", "uk"}:
            typed = [word.text for word in named]
            parts = [nominative(word, case, language, True) for word in typed]
            if (
                case in {"gent", "accs"}
                and parts[-1] == typed[-1]
                and _masculine(typed[0], language)
            ):
                # "Тоомаса Леппа": a surname the dictionary does not know, in the genitive
                # of a man's name, loses its ending.
                parts[-1] = typed[-1].removesuffix("а") if len(typed[-1]) > 3 else typed[-1]
            if (
                len(parts) >= 2
                and parts[-1] != typed[-1]
                and parts[-1].endswith(("а", "я"))
                and typed[-1].endswith(("и", "ы", "і", "ї"))
                and (_masculine(typed[0], language) or not in_dictionary(typed[-1], language))
            ):
                # "представителя полиции Марко Бьянки", "Марии Росси": a foreign surname,
                # indeclinable, read as declined ("Бьянка", "Росся") only by its ending.
                parts[-1] = typed[-1]
            man_genitive = (
                case in {"gent", "accs"}
                and len(parts) >= 2
                and parts[-1] != typed[-1]
                and parts[-1] + "а" == typed[-1]
            )
            if man_genitive and parts[0] == typed[0] and _CONSONANT_A.search(typed[0]):
                # "міністра Єрлана Сарсенбаєва": a man's surname in the genitive; a first name
                # the dictionary does not know loses the same ending.
                parts[0] = typed[0][:-1]
            name = " ".join(parts)
        else:
            name = nominative_phrase(span_of(segment, named), case, language)
        before = _tidy(span_of(segment, words[: found[0]]))
        others = [part for position, part in enumerate(segments) if position != index]
        description = nominative_phrase(before, case, language) if before else None
        description = description or (others[0] if others else None)
        body = _body_in(description, language) if description else None
        person = Speaker(name, "person", description)
        if body is None:
            return Mention(speaker=person)
        return Mention(speaker=person, also=body[0], noun=body[1])
    return None


def _without_a_place_first(
    words: list[Word], found: tuple[int, int], language: str
) -> tuple[int, int]:
    """A Russian or Ukrainian name read with a post or a hyphenated place before it, two
    words of the name left after them: "Мэр Ла-Линеа Мануэль Аросена", "поста Сунгай-Туджох
    Пенгиран Азман" name Мануэль Аросена and Пенгиран Азман."""
    start, end = found
    while end - start > 2:
        before = words[start - 1].plain if start > 0 else ""
        after_a_post = before.startswith(_POSTS_OF_A_PLACE)
        if _role(words[start : start + 1], PERSON_ROLES):
            start += 1
        elif after_a_post and _hyphenated_place(words[start].text):
            start += 1  # not "глава МВД Жан-Пьер Дюбуа Леруа": a name's hyphen
        elif before.startswith(_KINDS_OF_PLACE):
            # "провінції Так Сомчай Прасерт", "території Камако Жан-Поль Мутомбо", "пункту
            # пропуску Башмах Карван Мухаммад": a kind of place is followed by its name.
            start += 1
        elif _a_country_word(words[start].text, language):
            # "Департамента социального обеспечения и развития Филиппин Рамон Дела Крус": the
            # body's country, then the person.
            start += 1
        elif before.startswith(_PLACE_OFFICES) and not _first_name(words[start].text, language):
            # "префект Вакаги Ісмаель Дуду", but "губернатор Иван Петрович Сидоров".
            start += 1
        else:
            break
    return start, end


def _with_a_third_name(
    words: list[Word], found: tuple[int, int], language: str
) -> tuple[int, int]:
    """A two-word name read from a three-word one after a role or a body ("речник
    міністерства Кім Ин Су", "генерал-майор Зо Мін Тун"): the short capitalised word before
    it is the name's first, unless it is a place, a body or a role."""
    start, end = found
    if end - start != 2 or start < 2:
        return found
    word, before = words[start - 1], words[start - 2]
    # East Asian, Vietnamese and South Asian family or first names are short ("Кім", "Зо",
    # "Нгуен", "Рам"); a place or a body before a name is seldom ("Генштаба", "Абхазии").
    # "представитель Департамента иммиграции Непала Рам Прасад Гхимире": a body's country
    # may stand before the name.
    before_named = before.text[:1].isupper() and _a_country_word(before.text, language)
    capitalised = (
        word.text[:1].isupper()
        and not word.text.isupper()
        and len(word.text) <= 5
        and re.fullmatch(r"[А-ЯЁІЇЄҐа-яёіїєґ']+", word.text) is not None
    )
    if (
        not capitalised
        or (before.text[:1].isupper() and not before_named)
        or before.plain.startswith(_POSTS_OF_A_PLACE)
        or is_org_word(word)
        or _role([word], PERSON_ROLES)
        or word.plain in NOT_NAMES
        or _a_country_word(word.text, language)
        or not (is_org_word(before) or _role([before], PERSON_ROLES) or before_named)
    ):
        return found
    return start - 1, end


def _a_country_word(text: str, language: str) -> bool:
    """Whether a word names a country or its people, in any case ("Філіппін", "України")."""
    return any(
        p.token.country or p.token.demonym for p in read_words(text, language, line=False).words
    )


def _first_name(text: str, language: str) -> bool:
    """Whether the dictionary reads a word first as a person's first name ("Иван")."""
    parses = morph(language).parse(text)
    return bool(parses) and "Name" in parses[0].tag


# Kinds of place whose name follows them, before a person's: "провінції Так", "округу Бусіа".
_KINDS_OF_PLACE = tuple(
    plain(word)
    for word in (
        "пост", "пункт", "аэропорт", "аеропорт", "порт", "переход", "перехід", "пропуск",
        "город", "міст", "округ", "окруз", "провинци", "провінці", "територ", "территор",
        "област", "штат", "регион", "регіон", "район", "поліці", "полици", "губерни",
    )
)  # fmt: skip
# Offices held over a place, whose name may follow them: "префект Вакаги", "мэр Нарвы".
_PLACE_OFFICES = tuple(
    plain(word)
    for word in ("мэр", "мер", "губернатор", "аким", "префект", "бургомистр", "бургомістр")
)
# Posts and places a place's name follows before a person's: "мэр Ла-Линеа", "поста
# Сунгай-Туджох", "пункта пропуска Ла-Кьяка".
_POSTS_OF_A_PLACE = (*_PLACE_OFFICES, *_KINDS_OF_PLACE)


def _hyphenated_place(text: str) -> bool:
    """Whether a word is two or more capitalised parts joined by hyphens ("Ла-Линеа",
    "Сунгай-Туджох"), as places are and first names are not."""
    parts = text.split("-")
    return len(parts) > 1 and all(part[:1].isupper() for part in parts)


# A word ending in a consonant and "а", as a man's name does in the genitive ("Єрлана").
_CONSONANT_A = re.compile(r"[бвгґджзклмнпрстфхцчшщ]а$")
# A body's people, unnamed: "officials in Matrouh governorate", "staff at the ministry".
_STAFF_OF = re.compile(
    r"(?i)^(?:[\w'’-]+\s+)?(?:officials|authorities|officers|representatives|staff|guards|"
    r"agents|employees)\s+"
    r"(?:in|at|of|from|with)\s+(?P<body>\S.*)$"
)


# A relative clause after a name: ", которое обслуживает ...", ", яка опікується ...", ", which".
_RELATIVE_TAIL = re.compile(
    r"(?i),\s*(?:котор(?:ый|ая|ое|ые|ого|ой|ую|ым|ых)|який|яка|яке|які|якого|якої|яким|"
    r"which|who|whose)(?!\w).*$"
    # "Посольство ... в ответ на запрос нашего издания": why it spoke is no part of its name.
    r"|\s+(?:в\s+ответ\s+на|у\s+відповідь\s+на|в\s+відповідь\s+на|in\s+(?:response|reply)\s+to)"
    r"\s.*$"
)
_ON_AIR_AFTER = re.compile(
    r"(?<=[^\W\d_])\s+(?:в|у|во)\s+(?:ефірі|эфире|інтерв['’]ю|интервью)(?:\s+\S+){0,3}$"
)
_SITE_AFTER = re.compile(r"(?<=[^\W\d_])\s+(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$")
# A body's paper named for the body: "the police statement", "the ministry's latest figures".
_WHOSE_OFFICE = re.compile(r"(?P<whose>.+?)['’]s\s+(?:press\s+|media\s+)?office")
_ITS_PAPER = re.compile(
    r"(?P<body>(?:the\s+)?[\w'’ -]+?)(?:['’]s?)?\s+(?:(?:latest|new|own|official|weekly|"
    r"fortnightly|monthly|quarterly|daily|annual)\s+)?(?:statement|statements|report|reports|"
    r"data|figures|"
    r"statistics|release|press\s+release|bulletin|announcement|update|count|tally)"
)


# Figures put out by a body, or on its site: "figures posted on the ministry's website",
# "data released by the police", "statistics published on its website".
_PAPER_PUT_OUT = re.compile(
    r"(?i)(?:the\s+)?(?:(?:latest|new|official|preliminary|weekly|monthly|daily)\s+)?"
    r"(?:figures|data|statistics|numbers|estimates)\s+(?:posted|published|released|issued|"
    r"put\s+out|compiled|provided|shared|given)\s+(?:on|by|in|to)\s+(?P<whose>.+)"
)
_ITS_SITE = re.compile(
    r"(?i)(?:['’]s?)?\s+(?:official\s+)?(?:website|web\s+site|site|page|account|channel|"
    r"portal|feed)$"
)
_SITE_OF = re.compile(
    r"(?i)^(?:the\s+)?(?:official\s+)?(?:website|web\s+site|site|page|account|channel|"
    r"portal|feed)\s+of\s+"
)
# "Nuremberg-based", "London-headquartered" before a body's name or kind.
_BASED_IN = re.compile(
    r"^((?:[Tt]he\s+)?)[A-Z][\w'’.]*(?:[\s-][A-Z][\w'’.]*)?-(?:based|headquartered)\s+"
)
# "the same force", "той же организации", "тієї ж служби": a body named before, by its kind.
_THE_SAME = re.compile(
    r"(?i)(?:the\s+)?same\s+[a-z]+|"
    r"(?:тот|та|то|той|того|тому|ту|тем|том|тех|ті|тієї|тій|тим)\s+(?:же|ж|самой|самої|"
    r"самый|самий|самая|сама|самого|самом)\s+[а-яёіїєґ'’-]+"
)


# "the UN agency": one of the UN's, named before by its own name.
_UN_AGENCY = re.compile(r"(?i)(?:the\s+)?(?:UN|U\.N\.|United\s+Nations)\s+agency")


def unnamed_source(text: str) -> bool:
    """Whether words name a source the article does not name ("источник в погранслужбе")."""
    return UNNAMED_SOURCE.match(_tidy(text)) is not None


_OF_THE_COUNTRY_END = re.compile(r"(?i)(?<=\w)\s+(?:країни|страны)$")


@lru_cache(maxsize=4096)
def read_phrase(text: str, language: str, case: str = "nomn", media: bool = False) -> Mention:
    """What the words a cue points at name.

    Args:
        text: the phrase ("the Minister of ...", "Marat Akhmetzhanov, the Minister of ...").
        language: "en", "ru", "uk" or "kk".
        case: the case the cue governs ("gent" after "по данным", "accs" after "со ссылкой на",
            "loct" after "заявили в", "datv" before Kazakh "сілтеме жасап"), else "nomn".
        media: the cue is an outlet's verb ("передаёт", "пише", "жазады").
    """
    # "в Управлении аэропортов Израиля (УАИ), которое обслуживает ...": what the body does
    # is no part of its name.
    text = _RELATIVE_TAIL.sub("", text)
    # "поліції Угорщини police.hu": the body's site after its name is no part of the name
    # ("агентство 24.kg", "издание kloop.kg": an outlet's kind, then its name).
    site = _SITE_AFTER.search(text)
    if site is not None and not plain(text[: site.start()].split()[-1]).startswith(OUTLET_NOUNS):
        text = text[: site.start()]
    acronym = _ACRONYM_END.search(text)
    inner = _ACRONYM_INSIDE.search(text)
    # "глава Национальной миграционной дирекции (DNM) Флоренсия Мартинес": the body the
    # person heads, named in full before its short name.
    named_body = _CAPITALISED_RUN.search(text[: inner.start()]) if inner is not None else None
    if acronym is None and inner is not None:
        # "Агентство внешней трудовой миграции (АВТМ) Узбекистана": the short name sits
        # inside the long one; it is still the body's alias.
        acronym, text = inner, f"{text[: inner.start()].rstrip()} {text[inner.end() :].lstrip()}"
    text = without_when(_tidy(text), language)
    if language in {"ru", "uk"} and len(text.split()) > 2:
        # "в Міністерстві юстиції країни": the country the article is about, no part of the
        # body's name.
        text = _OF_THE_COUNTRY_END.sub("", text)
    if language == "en" and _UN_AGENCY.fullmatch(text):
        # "UNHCR ... registered 2,431 refugees, the UN agency said": the agency named before.
        text = "the agency"
    if language == "en":
        # "the Nuremberg-based office", "the Geneva-based IOM": where it sits is no name.
        text = _BASED_IN.sub(r"\1", text) or text
    if _THE_SAME.fullmatch(text):
        # "The same force recorded ...", "по данным той же организации": the body last named.
        return Mention(org_role=("",))
    if unnamed_source(text):
        # "источник в погранслужбе", "a source at the ministry": nobody the reader could cite.
        return Mention()
    if language == "en" and (office := _WHOSE_OFFICE.fullmatch(text)) is not None:
        if _a_named_post(office["whose"]):
            # "the Edirne governor's office said": the office of a post a place names is a
            # body, whoever holds the post.
            return Mention(speaker=Speaker(_ARTICLE.sub("", text), "organisation", None))
        # "Foreign Minister Aroha Tane's office said": hers, as "her statement" would be.
        text = office["whose"]
    if language == "en" and (posted := _PAPER_PUT_OUT.fullmatch(text)) is not None:
        # "figures posted on the ministry's website", "data released by the police": whose
        # they are, not where they were put.
        whose = _SITE_OF.sub("", _ITS_SITE.sub("", posted["whose"])).strip()
        text = whose or text
    if language == "en" and (paper := _ITS_PAPER.fullmatch(text)) is not None:
        # "the police statement", "the ministry's figures": the body whose paper it is.
        text = paper["body"]
    # "за даними її Генеральної дирекції міграції", "its Border Guard": whose it is was said
    # before; the name follows.
    text = _POSSESSIVE_FIRST.sub("", text) or text
    if language == "kk":
        # "министрлігінің ресми сайтында жарияланған мәліметке сәйкес": where it was
        # published is no part of whose it is.
        text = _KK_PUBLISHED.sub("", text).strip()
        press = _KK_PRESS_SERVICE.search(text)
        if press is not None and press.start() > 0:
            # "ҰҚК Шекара қызметінің баспасөз қызметі": the body, as Russian "пресс-служба
            # X" is X's.
            text, case = text[: press.start()].strip(), "gent"
    if language in {"ru", "uk"}:
        # "в сообщении МВД Грузии в Telegram": where the body posted is no part of its name.
        text = " ".join(POSTED.sub(" ", text).split())
        # "Як зазначив Демченко в ефірі телемарафону": where it was said, after the name.
        text = _ON_AIR_AFTER.sub("", text) or text
    if language in {"ru", "uk"} and (data := _DATA_OF.match(text)) is not None:
        # "з посиланням на дані Міністерства інклюзії": the ministry's data, the ministry's.
        text, case = text[data.end() :], "gent"
    if language in {"ru", "uk"}:
        text = _before_the_verb(text, language)
        for prefix, governed in _SLAVIC_PREFIXES:
            stripped = prefix.sub("", text)
            if stripped != text:
                text, case = stripped, governed
    staff = _STAFF_OF.match(text) if language == "en" else None
    if staff is not None:
        theirs = read_phrase(staff["body"], language, case, media)
        if theirs.speaker is not None and theirs.speaker.kind == "organisation":
            # "officials in Matrouh governorate", "officials from the Ministry of Labour":
            # the body's people speak for it.
            return theirs
    worded = _KIND_WORDS_THEN_NAME.match(text) if language in {"ru", "uk"} else None
    if worded is not None:
        # "за даними Асоціації українців Йорданії «Калина»": the body in full, in the
        # nominative, its quoted name kept.
        kind = nominative_phrase(worded["kind"], case, language)
        return Mention(speaker=Speaker(f"{kind} «{worded['name'].strip()}»", "organisation", None))
    named = _KIND_THEN_NAME.match(text) or _NAME_THEN_KIND.match(text)
    if named is not None and not named["name"].startswith(_NOT_A_BODY_NAME):
        # "компании «Армения Интернешнл Эйрпортс»", "«Қазақстан темір жолы» компаниясы": the
        # body is its quoted name; the word for its kind says what it is.
        return Mention(speaker=Speaker(named["name"].strip(), "organisation", None))
    words = words_of(text)
    if not words or words[-1].plain in PLURAL_PRONOUNS:
        return Mention()
    if len(words) <= 2 and words[-1].plain in PRONOUNS:
        possessive = words[-1].plain in _FEMININE_POSSESSIVES
        return Mention(pronoun=True, gender=PRONOUNS[words[-1].plain], possessive=possessive)
    if language == "kk" and case != "nomn":
        # "Ахметжановтың айтуынша", "Комитет өкілдерінің": the name without its ending, once
        # ("Анна Михальскаға" is Анна Михальска, not a stem of hers).
        text = nominative_phrase(text, case, language)
        words = words_of(text)
        case = "nomn"
    if len(words) == 1 and case == "loct" and words[0].plain.startswith(plain("агенці")):
        # "уточнили в агенції": in the agency named before (a body, as "в агентстве" is);
        # an outlet would have been told, in the dative.
        return Mention(org_role=_role(words, ORG_ROLES) or ("agency",), generic="")
    named_an_outlet = (
        any(_outlet_noun(words, i) for i in range(len(words)))
        # "Press Trust of India агенттігі", said to write or to report citing someone.
        or (media and language == "kk" and plain(words[-1].text).startswith(plain("агенттіг")))
        # "Ukrainska Pravda писала": an outlet the reader knows, however like a name it looks.
        or _whole_known_outlet(text)
        # "according to Ahram Online": a paper's name by its masthead's last word.
        or (language == "en" and _MASTHEAD.fullmatch(text.strip()) is not None)
    )
    outlet = _outlet(text, words, language, media) if named_an_outlet else None
    if outlet is not None:
        # "Al Jazeera телеарнасы": a channel, whatever its name looks like.
        return Mention(speaker=outlet)
    # "the Ministry of Labour, Social Security and Migration" is a body whatever its
    # capitalised words look like.
    opens_with_body = _OPENS_WITH_BODY.match(text) is not None
    person = _person(text, language, case)
    if opens_with_body and person is not None and not _named_after_a_role(person):
        # Capitalised words in the body's name are no person; "Ministry of ... spokesman John
        # Smith" still names one, after the role.
        person = None
    if person is not None and _after_a_place_word(person):
        # "the Bolivian consulate in La Quiaca": a name after "in" is where, not who.
        person = None
    kind_then_name = _named_after_its_kind(person, language) if person is not None else None
    if kind_then_name is not None:
        # "the refugee charity Migrant Help", "the local association Asile Réunion": a body's
        # kind, then its name.
        return Mention(speaker=Speaker(kind_then_name, "organisation", None))
    if person is not None and (
        _names_a_country(person, language) or _named_with_its_country(person, language)
    ):
        # "Immigration New Zealand", "Migración Colombia": a body named with its country,
        # whose country is no person's name.
        return _whole_body(text, acronym)
    if person is not None and _ends_with_a_body(text, words, person):
        # "Sa Kaeo provincial police", "the Friendship Bridge Immigration Checkpoint": a
        # place's name before the body's noun is no one's name.
        person = None
        if words[-1].plain.startswith(_POST_NOUNS):
            return _whole_body(text, acronym)
    heads_a_body = person is not None and person.also is None and person.speaker is not None
    if person is not None and heads_a_body and named_body and inner and language in {"ru", "uk"}:
        body = nominative_phrase(named_body.group(), "gent", language)
        also = Speaker(body, "organisation", None)
        return replace(person, also=also, noun=plain(inner["acronym"]))
    if person is not None:
        return person
    if acronym is not None and language == "en" and CAPITALISED_NAME.fullmatch(text.strip()):
        # "Immigration, Refugees and Citizenship Canada (IRCC)": capitalised words with the
        # short name in brackets are a body's name, whatever its words are.
        return _whole_body(text, acronym)
    outlet = _outlet(text, words, language, media)
    if outlet is not None:
        return Mention(speaker=outlet)
    if media and len(words) <= 3 and all(word.text[:1].isupper() for word in words):
        # "пишет Hürriyet": what writes is an outlet, whatever its name.
        return Mention(speaker=Speaker(_ARTICLE.sub("", text), "outlet", None))
    found = _body_or_role(text, words, language, case)
    if acronym and found.speaker is not None and not found.noun:
        # "Центральне статистичне управління Ірландії (CSO)": later just "CSO".
        return replace(found, noun=plain(acronym["acronym"]))
    return found


def _before_the_verb(text: str, language: str) -> str:
    """A Russian or Ukrainian phrase up to its verb: "Пограничное управление ФСБ России по
    Мурманской области приводит свои данные" names the body, not what it does."""
    # "платформи «Діти війни»": a quoted name's words are its own ("війни" may read as a verb).
    quoted = [found.span() for found in _QUOTED.finditer(text)]
    for match in _PHRASE_WORD.finditer(text):
        word = match.group()
        if match.start() == 0 or not word.islower() or latin(word) or word in NAME_PARTICLES:
            continue  # "Елена ван дер Мерве": "дер" inside a name is no verb
        if any(start < match.start() < end for start, end in quoted):
            continue
        parses = slavic_parses(word, language)
        if parses and parses[0][2] == "VERB":
            return text[: match.start()].rstrip(" ,")
    return text


_PHRASE_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _head(words: list[Word], language: str) -> Word:
    """The word a phrase is about: Kazakh puts it last ("Комитет өкілдері"), English before
    its "of" ("the head of the Ministry", "a ministry spokesman"), Russian and Ukrainian make
    it the first noun ("пограничное управление")."""
    if language == "kk":
        return words[-1]
    if language not in {"ru", "uk"}:
        before = next((i for i, word in enumerate(words) if word.plain in _EN_OF), len(words))
        return words[max(before - 1, 0)]
    for word in words:
        parses = () if latin(word.text) else slavic_parses(word.text, language)
        if not parses or parses[0][2] == "NOUN":
            return word
    return words[0]


# Lower-case words ending in a plural possessive before a capital: "the caretaker
# authorities' General Authority ...", whose body the name that follows is.
_THEIRS = re.compile(r"^(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*s['’]\s+(?=[A-Z])")


def _english_body(text: str, words: list[Word]) -> Mention:
    """An English body: "the UN refugee agency UNHCR" is UNHCR, "the Migracion Colombia
    agency" Migracion Colombia (and "the agency" later), "Kazakh Interior Ministry" the
    Ministry of Internal Affairs of Kazakhstan, "Ukraine's border service" just that."""
    owner = _THEIRS.match(text)
    if owner is not None:
        text = text[owner.end() :]
        words = words_of(text)
    heads = [i for i, word in enumerate(words) if word.text.islower() and is_org_word(word)]
    if heads and heads[-1] < len(words) - 1:
        # "the local refugee association Asile Réunion": a body's kind, then its name.
        trailing = words[heads[-1] + 1 :]
        if all(word.text[:1].isupper() for word in trailing):
            what = _ARTICLE.sub("", span_of(text, words[: heads[-1] + 1]))
            return Mention(speaker=Speaker(span_of(text, trailing), "organisation", what))
    kinds = [i for i, word in enumerate(words) if word.text.islower() and _role([word], ORG_ROLES)]
    if kinds:
        kind = kinds[-1]
        trailing, leading = words[kind + 1 :], words[:kind]
        if trailing and all(word.text[:1].isupper() for word in trailing):
            what = _ARTICLE.sub("", span_of(text, words[: kind + 1]))
            return Mention(speaker=Speaker(span_of(text, trailing), "organisation", what))
        own = all(word.text[:1].isupper() and not country_code(word.plain) for word in leading)
        if leading and not trailing and own:
            named = Speaker(span_of(text, leading), "organisation", None)
            return Mention(speaker=named, noun=words[kind].plain)
    return Mention(speaker=Speaker(_body_name(text, "en", "nomn"), "organisation", None))


def _names_a_state(text: str, language: str) -> bool:
    """Whether a phrase names a country, by name or by its people, in any case form."""
    return bool(read_words(text, language, line=False).peoples(0, len(text)))


def _body_or_role(text: str, words: list[Word], language: str, case: str) -> Mention:
    """A body ("Министерство внутренних дел Грузии"), a role ("the head of the Ministry",
    "Вице-министрдің"), a body's kind ("the agency", "ведомства"), or one name ("Salcedo")."""
    content = [word for word in words if word.plain not in _ARTICLES] or words
    head = _head(content, language)
    # "министрлігі" (ministry) starts like "министр", "елшілігі" (embassy) like "елші".
    person_role = () if is_org_word(head) else _role([head], PERSON_ROLES)
    bodies = [word for word in words if is_org_word(word)]
    if person_role:
        fallback = None
        if bodies:
            # "the head of the Ministry of ...", "Комитет өкілдері", "a ministry spokesman":
            # the body, if no such person was named: the words after the role, or before it.
            at = content.index(head)
            after, before = content[at + 1 :], content[:at]
            side = after if any(is_org_word(word) for word in after) else before
            while side and side[0].plain in _EN_OF:
                side = side[1:]
            if any(is_org_word(word) for word in side):
                body = span_of(text, side)
                if body.count("«") > body.count("»"):
                    body += "»"  # "ініціативи «Дорога додому»": its name's closing mark too
                fallback = _body_or_role(body, words_of(body), language, "gent")
                fallback = replace(fallback, generic="")
        if words[0].plain in _INDEFINITE:
            # "a ministry spokesman" is someone not named before: only the body is known.
            return fallback or Mention()
        # "Niger's interior minister", "the Lebanese foreign minister": a post a country
        # names is someone, even if the article never names them.
        countries = language == "en" and any(
            word.text[:1].isupper() and country_code(word.plain.removesuffix("'s"))
            for word in content
        )
        # "the governor of Bayan-Ulgii province", "the mayor of Kirkenes": so is a post of a
        # place the article names.
        at = content.index(head)
        of_a_place = (
            language == "en"
            and len(content) > at + 2
            and content[at + 1].plain in _EN_OF
            and any(word.text[:1].isupper() for word in content[at + 2 :])
        )
        generic = _ARTICLE.sub("", text) if (countries or of_a_place) and fallback is None else ""
        if language != "en" and fallback is None and _names_a_state(text, language):
            # "міністр внутрішніх справ Словаччини", "Словакияның ішкі істер министрі": so
            # is a post of a state, in any case form.
            generic = nominative_phrase(text, case, language) if language != "kk" else text
        return Mention(person_role=person_role, fallback=fallback, generic=generic)
    if bodies:
        if all(_role([word], ORG_ROLES) for word in content):
            generic = nominative_phrase(text, case, language)
            if language == "en" and all(word.text[:1].isupper() for word in content):
                # "The Border Service": a name, should no body it refers to be found.
                generic = _ARTICLE.sub("", generic)
            return Mention(org_role=_role(content, ORG_ROLES), generic=generic)
        if language == "en":
            return _english_body(text, content)
        return Mention(speaker=Speaker(_body_name(text, language, case), "organisation", None))
    # A proper name that is neither a person's nor says what it names: "Migracion Colombia",
    # "Frontex"; a body unless the article named it otherwise before.
    # "the Lebanese General Security", "Save the Children": the articles are no part of it.
    named = [word for word in words if word.plain not in _ARTICLES] if language == "en" else words
    capitalised = bool(named) and all(word.text[:1].isupper() for word in named)
    capitalised = capitalised and len(named) <= 4
    if capitalised and (len(named) > 1 or not name_like(named[0], language)):
        if language in {"ru", "uk"} and case != "nomn":
            # "У Держприкордонслужбі повідомили": the body in its own name's case.
            return Mention(proper=nominative_phrase(text, case, language))
        return Mention(proper=_ARTICLE.sub("", text))
    if len(words) == 1 and _QUOTED.fullmatch(text.strip()):
        # "повідомляє «Укрновини»": a quoted name is a body's or an outlet's, no surname.
        return Mention(proper=words[0].text)
    if len(words) == 1 and (name_like(words[0], language) or words[0].text[:1].isupper()):
        surname = nominative_phrase(words[0].text, case, language)
        if surname == words[0].text:
            # "Пряма мова Ахметжанова": a family name the dictionary lacks, in its case.
            surname = nominative(surname, case, language, True)
        return Mention(surname=surname)
    return Mention()


# Words a line's heading opens with that a speaker's name does not.
_NOT_A_SPEAKER = frozenset({"what", "why", "how", "where", "when", "who", "the", "a", "an"})
# A by-line or a credit: "Ертіс ақпарат | Авторы: Ирина Балачук", "Photo: Reuters".
_CREDITS = frozenset(
    {"author", "authors", "by", "photo", "video", "editor", "автор", "авторы", "авторлары",
     "фото", "видео", "відео", "редактор"}
)  # fmt: skip


def speaks(phrase: str, language: str) -> bool:
    """Whether a phrase alone names a body or a person who can be quoted (a line "ҰҚК Шекара
    қызметі: ..." is theirs), not a topic ("Ситуация на границе: ...")."""
    words = words_of(phrase)
    if not words or len(words) > 10 or words[0].plain in _NOT_A_SPEAKER:
        return False
    if "|" in phrase or any(word.plain in _CREDITS for word in words):
        return False
    if language in {"ru", "uk"} and not latin(words[0].text):
        parses = slavic_parses(words[0].text, language)
        if parses and parses[0][2] not in {"NOUN", "ADJF", None}:
            return False  # "Що на кордоні:", "Как это было:"
    found = read_phrase(phrase, language).speaker
    if found is None:
        return False
    if found.kind == "person":
        return person_span(words, language) is not None
    return any(is_org_word(word) for word in words) or found.kind == "outlet"
