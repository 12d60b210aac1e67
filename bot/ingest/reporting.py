"""Reporting cues in a sentence of news text: where it says who is speaking, and the words that
name them, in English, Russian, Ukrainian and Kazakh.

"X said (that)", "said X", "according to X", "citing X", "Quote from X:", "по данным X", "как
сообщил X", "со ссылкой на X", "заявил X", "за даними X", "з посиланням на X", "повідомила X",
"X мәліметінше", "– деді X", "Бұл туралы X хабарлады". A cue gives the phrase it points at and
the case that phrase is in; ``bot.ingest.speakers`` reads the phrase. Also here: the lines that
open a new section ("Background:", "Раніше:", "Напомним") and "Source:" lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.ingest.header import dateline_end
from bot.ingest.hearers import (
    AIRED_OUTLET_FIRST,
    BARE_OUTLET,
    EN_QUOTED_BY,
    INTERVIEW_END,
    KK_HEARER_KINDS,
    KK_QUOTED_END,
    LATIN_NAME,
    QUOTED_BY,
    QUOTED_HEARER,
    QUOTED_HEARER_FIRST,
    RELATIVE_RELAY,
    SLAVIC_OUTLET_FIRST,
    SLAVIC_OUTLET_KIND,
    TALK,
    TOLD_FIRST,
    TOLD_THEN_THAT,
    WHEN_TOLD,
    dative_name,
    kazakh_hearer,
    known_opening,
    outlet_first,
)
from bot.ingest.reporting_subjects import (
    BODY_HEAD,
    LISTED_AND,
    english_object,
    english_opening,
    english_subject,
    kazakh_subject,
    slavic_appositive,
    slavic_object,
    slavic_subject,
    speaker_follows,
    unquoted_outlets,
    without_audience,
)
from bot.ingest.speaker_names import (
    ACRONYM,
    is_org_word,
    latin,
    nominative_phrase,
    person_span,
    words_of,
)
from bot.ingest.speaker_words import KNOWN_BODIES, OUTLET_NOUNS, PERSON_ROLES, plain
from bot.ingest.speakers import (
    BODY_KINDS,
    POSTED,
    names_outlet,
    read_phrase,
    speaks,
    without_when,
)
from bot.language.countries import everyday_country_code

__all__ = [
    "Cue",
    "SourceLine",
    "acting_body",
    "find_cue",
    "own_count",
    "relay_clause_at",
    "section_break",
    "source_line",
    "sourced_line",
]


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting cue: where it ends and the words it says are speaking."""

    end: int  # offset just past the cue in the sentence
    phrase: str  # the words naming the speaker; "" when unnamed ("it was reported")
    case: str = "nomn"  # the case ``phrase`` is in (Russian, Ukrainian, Kazakh)
    media: bool = False  # an outlet's verb: "передаёт", "пише", "жазады", "writes"
    cited: str | None = None  # "citing X", "со ссылкой на X": X
    cited_case: str = "nomn"
    back: bool = False  # "Об этом ...", "Бұл туралы ...": the source of the sentences before
    told: str | None = None  # "told the BBC", "рассказал РИА Новости": the outlet told
    counted: bool = False  # no reporting verb: the body the sentence says counted the figure


@dataclass(frozen=True, slots=True)
class SourceLine:
    """A "Source: outlet, citing X" line, read."""

    outlet: str | None  # the outlet, when it cites someone
    phrase: str  # whom it cites, or the source itself
    case: str  # the case ``phrase`` is in
    end: int  # offset just past "Source:", or past "citing" when it cites someone


# A phrase a cue points at ends at a clause's punctuation or before a figure.
_UNTIL = r"(?=\s*(?:[,;:!?()]|\.(?:\s|$)|$)|\s+\d|\s+[—–]\s)"
# "по данным Министерства труда, социального обеспечения и миграции КР,": a body's name
# that lists its fields runs past its commas.
_LISTED_BODY = (
    r"[^,;:!?()\d]*?" + BODY_HEAD.pattern.removeprefix("(?i)") + r"[^,;:!?()\d]*?,"
    rf"(?:\s+[^\W\d_][\w'’-]*){{1,5}}\s+(?:{LISTED_AND})(?:\s+[^\W\d_][\w'’-]*){{1,6}}"
)
_X = r"(?P<x>(?i:" + _LISTED_BODY + r")(?=\s*(?:[,;:!?()]|\.(?:\s|$)|$))|.+?)" + _UNTIL

_SECTION = re.compile(
    r"^\s*(?:(?:Previously|Background|Earlier|Context|Reminder|For reference|Read also|"
    r"Read more|See also|Ранее|Предыстория|Контекст|Справка|Читайте также|Раніше|"
    r"Передісторія|Довідка|Читайте також|Анықтама)\s*:|(?:Напомним|Нагадаємо|Бұған дейін|"
    r"Еске сала кетейік|Еске салайық|Айта кетейік)\b)"
)
_DETAILS = re.compile(
    r"^\s*(?:Details|Деталі|Подробиці|Подробности|Детали|Толығырақ|Quote|Цитата|Пряма мова|"
    r"Прямая речь|Дәйексөз)\b"
)
_SOURCE = re.compile(r"^\s*(?:Sources?|Джерел[оа]|Источники?|Дереккөзі?)\s*:\s*(?P<rest>.+?)\s*$")
_QUOTE_LINE = re.compile(
    r"^\s*(?:Quote|Quoting|Direct speech|Цитата|Пряма мова|Прямая речь)"
    r"(?:\s+(?:from|by|of))?\s+(?P<x>(?:[^:\"“«]|«[^»:]{1,60}»)+?)\s*:"
)


# "В погранслужбе Грузии ТАСС сообщили": a body spoken for ("в ..."), then the outlet told,
# named by a capitalised word or two, just before the verb.
_IN_A_BODY = re.compile(r"^\s*(?:[ВвУу]|Во|во)\s+\S")
_OUTLET_LAST = (
    re.compile(r"\s+(?P<y>[A-ZА-ЯЁІЇЄҐ][\w.-]*)\s*$"),
    re.compile(r"\s+(?P<y>[A-ZА-ЯЁІЇЄҐ][\w.-]*\s+[A-ZА-ЯЁІЇЄҐ][\w.-]*)\s*$"),
)


def _told_last(left: str, language: str) -> re.Match[str] | None:
    """The outlet named last before the verb of a body spoken for ("В МВД РИА Новости"):
    one word if one names it, else two; never the whole body."""
    if not _IN_A_BODY.match(left):
        return None
    for pattern in _OUTLET_LAST:
        found = pattern.search(left)
        if found is not None and names_outlet(found["y"], language):
            body = left[: found.start()].split()
            return found if len(body) >= 2 else None
    return None


# An outlet told, by its kind and quoted name, at the end of the words for the speaker.
_TOLD_KIND_LAST = re.compile(
    r"\s+(?:агентству|агентств[іу]|агенції|изданию|виданню|газете|газеті|телеканалу|"
    r"радиостанции|радіостанції|порталу)\s+(?P<y>[«\"“][^«»\"“”]{1,40}[»\"”])\s*$"
)
_INNER_ACRONYM = re.compile(r"\s*\([A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ\w .-]{0,15}\)(?=\s+\S)")
# "Як повідомили Укрінформу в Державній прикордонній службі": the outlet, unquoted, before
# the body spoken for.
_TOLD_FIRST_BARE = re.compile(r"^(?P<y>[A-ZА-ЯЁІЇЄҐ][\w.-]+)\s+(?P<rest>(?:в|у|во)\s+\S.*)$")
# The outlet told, in quotation marks before the speaker: "«Интерфаксу» глава службы X".
_TOLD_FIRST = re.compile(r"^[«\"“„](?P<y>[^«»\"“”„]{1,40})[»\"”“]\s+(?P<rest>\S.*)$")
# The same with the outlet's kind before it: "виданню «Суспільне» консул ... Андрій Ткачук".
_TOLD_KIND_FIRST = re.compile(
    r"^(?:виданню|изданию|агентству|інформагентству|информагентству|телеканалу|"
    r"газеті|газете|порталу|радіо|радио|сайту|журналу)\s+(?P<y>[«\"“„][^«»\"“”„]{1,40}[»\"”“]|"
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+(?P<rest>\S.*)$"
)


@dataclass(frozen=True, slots=True)
class _Patterns:
    according: tuple[tuple[re.Pattern[str], str], ...]  # cue before the phrase, and its case
    citing: re.Pattern[str]
    verb: re.Pattern[str]
    passive: re.Pattern[str]
    back: re.Pattern[str]
    media: re.Pattern[str]
    # Words every "according" cue holds, searched first: a sentence without them is not given
    # to the cues' patterns (Kazakh's, with the phrase before the cue, take milliseconds over a
    # citing clause blanked to spaces).
    according_words: re.Pattern[str] | None = None


# "data published on Tuesday by X": when, between the data's verb and whose they are.
_WHEN_BEFORE_BY = (
    r"(?:\s+(?:on|last|this)\s+[A-Z]\w+|\s+on\s+\d{1,2}\s+[A-Z][a-z]+|\s+yesterday|\s+today)?"
)

_EN = _Patterns(
    according=(
        (
            re.compile(
                r"\b(?:[Aa]ccording to|[Ii]n the words of|[Pp]er(?=\s+the\s))\s+(?:(?:the\s+)?"
                r"(?:data|figures|"
                r"estimates|statistics|information)\s+(?:from|of|by)\s+)?" + _X + r"(?:\s*,)?"
            ),
            "nomn",
        ),
        (
            # "As reported by Anadolu Agency,", "was confirmed by the Interior Ministry".
            re.compile(
                r"\b(?:[Aa]s\s+(?:reported|announced|stated|said|confirmed|estimated)|"
                r"(?:was|were|has been|have been|had been)\s+(?:confirmed|reported|announced|"
                # "1,950 people ... were recorded by the Hellenic Coast Guard": who counted.
                r"stated|provided|released|published|given|recorded|registered|counted|logged))"
                r"\s+by\s+" + _X + r"(?:\s*,)?"
            ),
            "nomn",
        ),
        (
            # "Data published by Eurostat show that", "figures released by the UN on Friday
            # indicate": whose figures.
            re.compile(
                r"\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Nn]umbers|[Ee]stimates),?\s+(?:(?:released|"
                r"published|issued|provided|compiled|collected)" + _WHEN_BEFORE_BY + r"\s+by|from)"
                r"\s+(?P<x>[^,.;:\d]+?)"
                r"(?:\s+(?:on|last|this|in)\s+\w+)?,?\s+(?:show|shows|showed|indicate|indicates|"
                r"indicated|suggest|suggests|reveal|reveals|revealed)\b(?:\s+that\b)?"
            ),
            "nomn",
        ),
    ),
    # "citing data from the border authority": the authority is cited.
    citing=re.compile(
        r",?\s*\b(?:citing|quoting|with reference to|referring to)\s+(?:(?:the\s+)?(?:latest\s+|"
        r"new\s+|official\s+)?(?:data|figures|estimates|statistics|information)\s+(?:from|of|by|"
        r"(?:released|published|provided)\s+by)\s+)?" + _X
    ),
    verb=re.compile(
        r"\b(?P<v>said|says|told|tells|reported|reports|added|adds|noted|notes|stated|states|"
        r"wrote|writes|explained|explains|stressed|stresses|emphasi[sz]e[ds]|confirmed|"
        r"confirms|estimated|estimates|claimed|claims|announced|announces|informed|informs|"
        r"pointed out|points out|tweeted|revealed|reveals|specified|clarified|acknowledged|"
        # ("officers at the Al Wajajah post admitted 35,700 visitors": let them in.)
        r"admitted(?!\s+(?:some\s+|about\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|"
        r"almost\s+|up\s+to\s+|another\s+)?\d)|"
        r"warned|called|described|urged|insisted|argued|denied|dismissed|rejected|"
        # "Jane Doe, spokeswoman for X, spoke to reporters": who speaks in the quotes after.
        r"spoke(?=\s+(?:to|with)\b)|"
        # "Raquel Vargas was quoted as saying by La Nación": she said it, the paper carried it.
        r"(?:was|were)\s+quoted\s+as\s+saying|"
        # "the ministry posted on Facebook": where, not what, follows.
        r"posted(?=\s+(?:on|to)\s+(?:its\s+|their\s+|the\s+)?[A-Z\w])|"
        # The plural's present: "Czech police estimate that", "officials say".
        # "state" only before "that": "from New York state at Roxham Road" says nothing.
        r"say|tell|report|add|note|state(?=\s+that\b)|confirm|estimate|claim|announce|believe|"
        r"believes|"
        r"believed|calculate|calculates|calculated|"
        # "Officials put the number at 4,000", "the ministry puts the total at".
        r"put(?:s)?(?=\s+(?:the|that|this|their|its)\s+(?:[\w-]+\s+){0,2}?(?:number|figure|total|"
        r"toll|count)\b)|"
        # "put June returns from Egypt at 41,200": what, then the figure.
        r"put(?:s)?(?=\s+(?:[\w'’-]+\s+){1,5}?at\s+(?:[a-z]+\s+){0,2}?\d)|"
        # "The Turkana County Government gave a higher figure of 5,200".
        r"gave(?=\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:figure|estimate|number|count|"
        r"total)\s+of\b)|"
        r"(?:(?<=data\s)|(?<=figures\s)|(?<=statistics\s))show(?:s|ed)?)\b"
        r"(?P<when>\s+(?:on|last)\s+[A-Z]\w+day|\s+on\s+\d{1,2}\s+[A-Z][a-z]+|"
        r"\s+yesterday|\s+today)?(?P<that>\s+that\b)?"
    ),
    passive=re.compile(
        r"\b(?:[Ii]t\s+)?(?:was|were|is|are|has been|have been|had been)\s+(?:reported|said|"
        r"announced|stated|estimated|claimed|revealed)\b(?:\s+that\b)?"
    ),
    back=re.compile(r"^(?:This|That|It) was (?:reported|announced|said|stated) by\s+"),
    media=re.compile(r"^(?:writes|wrote)$"),
)
_RU = _Patterns(
    according=(
        (
            # "Данные, опубликованные Росстатом, показывают": whose data.
            re.compile(
                r"\b(?:[Дд]анные|[Цц]ифры|[Сс]татистика),?\s+(?:опубликованные|обнародованные|"
                r"приведённые|приведенные|опубликованная)\s+(?P<x>[^,.;:\d]+?),?\s+"
                r"(?:показывают|свидетельствуют|показывает|свидетельствует)\b(?:,?\s+что\b)?"
            ),
            "ablt",
        ),
        (
            re.compile(
                r"\b[Пп]о (?P<x>его|её|ее|их|ней|нему) (?:словам|данным|мнению|оценке)\s*,?"
            ),
            "nomn",
        ),
        (
            re.compile(
                r"\b(?:[Пп]о (?!(?:его|её|ее|их) )(?:\w+ )?(?:данным|словам|информации|"
                r"сообщению|оценке|оценкам|подсч[её]там|сведениям)|[Сс]о слов|[Сс]огласно "
                r"(?:\w+ )?(?:данным|информации|сообщению|оценкам|статистике|сведениям|"
                r"подсч[её]там|отч[её]ту|докладу)|[Кк]ак следует из (?:\w+ )?(?:данных|доклада|"
                r"отч[её]та|сообщения|статистики|информации)|"
                # "Как свидетельствуют данные X", "Как показывают данные X".
                r"[Кк]ак (?:свидетельствуют|показывают) (?:\w+ )?(?:данные|цифры|статистика))"
                r"\s+" + _X + r"(?:\s*,)?"
            ),
            "gent",
        ),
        (
            # "Из данных МВД Грузии следует, что ...": whose data.
            re.compile(
                r"\b[Ии]з (?:\w+ )?(?:данных|доклада|отч[её]та|статистики|сообщения)\s+"
                r"(?P<x>[^,.;:]{2,80}?)\s+следует(?:,?\s+что\b)?"
            ),
            "gent",
        ),
        (
            # "..., следует из данных Агентства ...", "..., свидетельствуют данные X": the
            # same, after what it says.
            re.compile(
                r",\s*(?:следует из (?:\w+ )?(?:данных|доклада|отч[её]та|статистики|сообщения|"
                r"сводки)"
                r"|(?:свидетельствуют|показывают) (?:\w+ )?(?:данные|статистика))\s+"
                # "..., которые приводит РБК": whose data, then who relayed them.
                r"(?P<x>[^,;:]{2,80}?)\s*(?=[.;!]|$|,\s*(?:на\s+)?(?:которые|которую|который|"
                r"які|яку|який)\s|,\s*(?:опубликованн|обнародованн|размещенн|размещённ|"
                r"опублікован|оприлюднен|розміщен)\w*\s)"
            ),
            "gent",
        ),
        (
            re.compile(
                r"\b[Кк]ак (?:(?:сообщил|заявил|рассказал|отметил|пояснил|уточнил|подчеркнул|"
                r"написал)[аио]?|сообща(?:ет|ют)|заявляет|переда[её]т|пишет|информирует)\s+"
                + _X
                + r"(?:\s*,)?"
            ),
            "nomn",
        ),
        (
            # "Об этом говорится в докладе Министерства ...": the report's body.
            re.compile(
                r"(?:\b(?:говорится|сообщается|указывается|отмечается|сказано|утверждается)\s+"
                # "в опубликованном в понедельник отчёте": a few words of when and which.
                r"(?:в|во)\s+(?:\w+\s+){0,3}?(?:доклад\w*|сообщени\w*|отч[её]т\w*|заявлени\w*|"
                r"пресс-релиз\w*|релиз\w*|справк\w*|бюллетен\w*|обзор\w*|ответ\w*|письм\w*|"
                r"сводк\w*)\s+"
                # "говорится на сайте МИД Узбекистана": the body whose site it is.
                r"|\b(?:говорится|сообщается|указывается|сказано)\s+на\s+(?:официальном\s+)?"
                r"(?:сайте|странице|портале)\s+)" + _X
            ),
            "gent",
        ),
    ),
    citing=re.compile(r",?\s*\b(?:со ссылкой на|ссылаясь на|цитируя)\s+" + _X),
    verb=re.compile(
        r"\b(?P<v>(?:сообщил|заявил|сказал|рассказал|отметил|подчеркнул|добавил|уточнил|пояснил|"
        r"написал|констатировал|указал|подтвердил|проинформировал|заверил|признал|сообщал|"
        r"предоставил|привел|привёл|"
        r"заявлял|отмечал|говорил|писал|рассказывал|подч[её]ркивал|опроверг|опровергл|отверг|"
        # "опровергли", "отвергла": the past of a stem that ends in "г".
        r"отвергл|подсчитал|посчитал|заметил|напомнил|оценил|озвучил|обнародовал|опубликовал|резюмировал|"
        r"прокомментировал|отчитал)(?:а|о|и)?|отчитал(?:ся|ась|ось|ись)|привод(?:ит|ят)|"
        # "объявили в МИД": a body's people announced it; "объявил мобилизацию" is no cue.
        r"объявили(?=\s+(?:в|во)\s)|"
        # "Власти Чада назвали более высокую цифру — 18 тысяч": gave their own count.
        r"назвал(?:а|о|и)?(?=\s+(?:другую|иную|свою|более\s+высокую|более\s+низкую)\s+"
        r"(?:цифру|оценку))|"
        r"поясня(?:ет|ют)|рассказыва(?:ет|ют)|утвержда(?:ет|ют)|уточня(?:ет|ют)|"
        r"сообща(?:ет|ют)|заявля(?:ет|ют)|переда[её]т|передают|пиш(?:ет|ут)|отмеча(?:ет|ют)|"
        r"говор(?:ит|ят)|информиру(?:ет|ют)|подч[её]ркива(?:ет|ют)|оценива(?:ет|ют)|цитиру(?:ет|ют)|"
        r"свидетельству(?:ет|ют)|показыва(?:ет|ют)|"
        r"счита(?:ет|ют)|полага(?:ет|ют)|напомина(?:ет|ют)|добавля(?:ет|ют))\b"
        r"(?P<when>\s+(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|"
        r"воскресенье)|\s+(?:вчера|сегодня|накануне))?(?P<that>,?\s+что\b)?"
    ),
    passive=re.compile(
        r"(?:\b[Кк]ак\s+)?\b(?:сообщается|сообщалось|переда[её]тся|стало известно|"
        r"по (?:неофициальным|имеющимся|предварительным) данным(?=\s*,))"
    ),
    back=re.compile(
        r"^(?:Об этом|О ч[её]м|(?:Такие|Эти|Соответствующие|Указанные) (?:данные|цифры))\s+"
    ),
    media=re.compile(r"^(?:переда[её]т|передают|пиш(?:ет|ут))$"),
)
_UK = _Patterns(
    according=(
        (re.compile(r"\b[Зз]а (?P<x>його|її|їхніми|їх) (?:словами|даними)\s*,?"), "nomn"),
        (
            # "Дані, оприлюднені Євростатом, свідчать": whose data.
            re.compile(
                r"\b(?:[Дд]ані|[Цц]ифри|[Сс]татистика),?\s+(?:оприлюднені|опубліковані|наведені|"
                r"оприлюднена|опублікована)\s+(?P<x>[^,.;:\d]+?),?\s+(?:свідчать|показують|"
                r"свідчить|показує)\b(?:,?\s+що\b)?"
            ),
            "ablt",
        ),
        (
            re.compile(
                r"\b(?:[Зз]а (?!(?:його|її|їхніми|їх) )(?:\w+ )?(?:даними|словами|інформацією|"
                r"оцінками|оцінкою|підрахунками|повідомленням|відомостями|статистикою)|"
                r"(?:[Зз]гідно (?:з|із|зі)|[Вв]ідповідно до) (?:\w+ )?(?:даними|даних|інформацією|"
                r"інформації|статистикою|статистики|звітом|звіту|оцінками|оцінок)|"
                r"[Яя]к (?:випливає|видно) (?:з|із) (?:\w+ )?(?:даних|звіту|доповіді|статистики)|"
                # "Як свідчать дані X", "Як показують дані X".
                r"[Яя]к (?:свідчать|показують) (?:\w+ )?(?:дані|цифри|статистика))"
                r"\s+" + _X + r"(?:\s*,)?"
            ),
            "gent",
        ),
        (
            # "З даних ДПСУ випливає, що ...": whose data.
            re.compile(
                r"\b[Зз]і? (?:\w+ )?(?:даних|звіту|доповіді|статистики|повідомлення)\s+"
                r"(?P<x>[^,.;:]{2,80}?)\s+випливає(?:,?\s+що\b)?"
            ),
            "gent",
        ),
        (
            # "..., випливає з даних ...": the same, after what it says.
            re.compile(
                r",\s*(?:випливає (?:з|із|зі) (?:\w+ )?(?:даних|звіту|доповіді|статистики|"
                r"повідомлення|зведення)|(?:свідчать|показують) (?:\w+ )?(?:дані|статистика))\s+"
                # "..., які наводить Укрінформ": whose data, then who relayed them.
                r"(?P<x>[^,;:]{2,80}?)\s*(?=[.;!]|$|,\s*(?:на\s+)?(?:которые|которую|который|"
                r"які|яку|який)\s|,\s*(?:опубликованн|обнародованн|размещенн|размещённ|"
                r"опублікован|оприлюднен|розміщен)\w*\s)"
            ),
            "gent",
        ),
        (
            re.compile(
                r"\b[Яя]к (?:(?:повідоми|заяви|розпові|зазначи|наголоси|написа)(?:в|ла|ло|ли)|"
                r"повідомля(?:є|ють)|заявляє|пише|передає)\s+" + _X + r"(?:\s*,)?"
            ),
            "nomn",
        ),
        (
            # "Про це йдеться у звіті Міністерства ...": the report's body.
            re.compile(
                r"(?:\b(?:йдеться|ідеться|говориться|зазначається|повідомляється|сказано|вказано)\s+"
                r"(?:в|у)\s+(?:\w+\s+){0,3}?(?:доповід\w*|повідомленн\w*|звіт\w*|заяв\w*|"
                r"прес-реліз\w*|пресреліз\w*|реліз\w*|довідц\w*|бюлетен\w*|огляд\w*|"
                r"відповід\w*|лист\w*|зведенн\w*)\s+"
                # "йдеться на сайті МЗС Узбекистану": the body whose site it is.
                r"|\b(?:йдеться|ідеться|повідомляється|сказано|зазначається)\s+на\s+"
                r"(?:офіційному\s+)?(?:сайті|сторінці|порталі)\s+)" + _X
            ),
            "gent",
        ),
    ),
    citing=re.compile(r",?\s*\b(?:(?:з|із|зі) посиланням на|посилаючись на|цитуючи)\s+" + _X),
    verb=re.compile(
        r"\b(?P<v>(?:повідоми|заяви|сказа|розпові|зазначи|наголоси|дода|уточни|поясни|написа|"
        r"підтверди|зауважи|запевни|визна|повідомля|заявля|зазнача|писа|говори|розповіда|нада|"
        r"наве|спростува|заперечи|підрахува|порахува|нагада|оціни|поінформува|констатува|"
        r"підсумува|озвучи|оприлюдни|прокоментува|звітува|відзвітува)"
        r"(?:в|ла|ло|ли)|повідомля(?:є|ють)|заявля(?:є|ють)|"
        # "оголосили в МЗС": a body's people announced it; "оголосив мобілізацію" is no cue.
        r"оголосили(?=\s+(?:в|у|у\s+пресслужбі|в\s+пресслужбі)\s)|"
        # "Влада Чаду назвала вищу цифру — 18 тисяч": gave its own count.
        r"назвал(?:а|о|и)?(?=\s+(?:іншу|свою|вищу|нижчу)\s+(?:цифру|оцінку))|"
        r"назвав(?=\s+(?:іншу|свою|вищу|нижчу)\s+(?:цифру|оцінку))|"
        r"переда(?:є|ють)|пиш(?:е|уть)|інформу(?:є|ють)|зазнача(?:є|ють)|наголошу(?:є|ють)|"
        r"навод(?:ить|ять)|каже|кажуть|поясню(?:є|ють)|розповіда(?:є|ють)|стверджу(?:є|ють)|"
        r"підкреслю(?:є|ють)|оціню(?:є|ють)|вважа(?:є|ють)|циту(?:є|ють)|свідч(?:ить|ать)|"
        r"показу(?:є|ють)|нагаду(?:є|ють)|дода(?:є|ють)|уточню(?:є|ють))\b"
        r"(?P<when>\s+(?:в|у)\s+(?:понеділок|вівторок|середу|четвер|п'ятницю|суботу|неділю)|"
        r"\s+(?:вчора|сьогодні|напередодні))?(?P<that>,?\s+що\b)?"
    ),
    passive=re.compile(
        r"(?:\b[Яя]к\s+)?\b(?:повідомляється|повідомлялося|стало відомо|"
        r"за (?:неофіційними|наявними|попередніми) даними(?=\s*,))"
    ),
    back=re.compile(r"^(?:Про це|Про що|(?:Такі|Ці|Відповідні|Зазначені) (?:дані|цифри))\s+"),
    media=re.compile(r"^(?:переда(?:є|ють)|пиш(?:е|уть))$"),
)
# Kazakh "according to" cues, after whose words they are: "Комитет мәліметінше".
_KK_ACCORDING_CUES = (
    r"(?:мәліметінше|"
    r"мәліметі бойынша|мәліметтеріне сәйкес|мәліметтері бойынша|хабарлауынша|"
    r"айтуынша|сөзінше|дерегінше|деректеріне сәйкес|деректері бойынша|мәлімдеуінше|"
    r"дерегі бойынша|дерегіне сәйкес|мәліметіне сәйкес|ақпараты бойынша|"
    r"ақпаратына сәйкес|статистикасы бойынша|статистикасына сәйкес|"
    r"бағалауынша|хабарлағандай|пікірінше|жазуынша|мәлімдегендей|айтқандай|"
    r"ақпаратынша|"
    r"есебіне сәйкес|есебі бойынша|есептеріне сәйкес|мәлімдемесіне сәйкес|"
    # "Reuters агенттігіне берген мәліметке сәйкес": what X gave the agency.
    r"берген\s+(?:мәліметке|ақпаратқа|деректерге)\s+(?:сәйкес|қарағанда)|"
    r"берген\s+(?:мәліметінше|мәліметі\s+бойынша|дерегінше)|"
    r"(?:дерегіне|деректеріне|мәліметіне|мәліметтеріне)\s+(?:сүйенсек|қарағанда)"
    r")"
)
# "министрліктің хабарламасында айтылған": in whose statement it is said.
_KK_STATEMENT_IN = r"(?:есебінде|хабарламасында|мәлімдемесінде|баяндамасында|релизінде)"
_KK = _Patterns(
    # The phrase comes before a Kazakh cue: "Комитет мәліметінше", "Оның айтуынша".
    according=(
        (
            re.compile(
                r"(?:^|(?<=[,;:!?«»\"–—])|(?<=\.)(?!\w))\s*(?P<x>(?:[^,.;:!?«»\"–—]|«[^»]{1,60}»"
                r"|\.(?=\w))+?)"
                # "агенттігінің сейсенбіде жарияланған есебіне сәйкес": when the report came
                # out is no part of whose it is.
                r"(?:\s+(?:\S+\s+)?(?:жарияланған|жариялаған|шыққан|таратылған|таратқан|"
                r"ұсынылған|дайындаған|дайындалған)|\s+\S+\s+күнгі)?\s+"
                + _KK_ACCORDING_CUES
                + r"\b\s*,?"
            ),
            "gent",
        ),
        (
            # "Бұл туралы министрліктің хабарламасында айтылған": the statement's body.
            re.compile(
                r"(?:^|(?<=[,;:!?«»\"–—])|(?<=\.)(?!\w))\s*(?P<x>(?:[^,.;:!?«»\"–—]|\.(?=\w))+?)"
                r"\s+"
                + _KK_STATEMENT_IN
                # "X есебінде 2023 жылы ... кіргені айтылған": what the report says between.
                + r"(?=\s(?:[^.!?]|\.(?=\w))*?(?<!\w)(?:айтылған|айтылады|делінген|делінеді|"
                r"көрсетілген|көрсетіледі)(?!\w))"
            ),
            "gent",
        ),
    ),
    citing=re.compile(
        # "Zakon.kz сайты ...": a dot inside a word ends nothing.
        r"(?:^|(?<=[,;:!?«»\"–—])|(?<=\.)(?!\w))\s*(?P<x>(?:[^,.;:!?«»\"–—]|\.(?=\w))+?)\s+"
        r"(?:сілтеме\s+(?:жасап|жасай отырып|жасаған)|"
        # "Identità агенттігінің деректерін келтірген Tengrinews.kz порталы": the data of X,
        # which the outlet gave.
        r"(?:деректерін|мәліметтерін|мәліметін|дерегін)\s+(?:келтірген|келтіріп|келтіре\s+отырып))"
        r"(?!\w)"
    ),
    verb=re.compile(
        r"(?<!\w)(?P<v>(?:деп\s+)?(?:мәлімдеді|хабарлады|хабарлайды|айтты|деді|дейді|атап өтті|"
        r"атап көрсетті|жазады|жазды|мәлім етті|хабар берді|жеткізді|түсіндірді|мәлімдейді|"
        r"растады|нақтылады|қосты|мәлімдеме жасады|хабарлаған|мәлімдеген|ескертті|ескертеді|"
        r"мойындады|баяндады|сендірді|айтып өтті|қосып өтті|тілге тиек етті|"
        r"хабар етті|айтып берді|айтады|атап өтеді|түсіндіреді|нақтылайды|жазған|айтқан|"
        # "депортациялағанын жариялады" reports; "мобилизация жариялады" declares it.
        r"жауап берді|(?<=[ыі]н\s)(?:жариялады|жариялайды|жариялаған)|"
        # "... деп жоққа шығарды": denied, and named who denied it.
        r"жоққа шығарды|теріске шығарды|"
        # "олардың санын 7 мың деп бағалады": put their number at, the body first.
        r"(?<=деп\s)(?:бағалады|бағалайды|есептеді|есептейді|көрсетті|көрсетеді))"
        # "мәлімдеген болатын", "айтқан еді": said before, the auxiliary after it.
        r"(?:\s+(?:болатын|еді))?)"
        r"(?!\w)(?P<that>)"
    ),
    passive=re.compile(r"\b(?:хабарланды|мәлімделді|белгілі болды|хабарланған)(?!\w)"),
    back=re.compile(r"^Бұл (?:туралы|жөнінде|жайында)\s+"),
    media=re.compile(r"^(?:жазады|жазды)$"),
    according_words=re.compile(r"(?<=\s)(?:" + _KK_ACCORDING_CUES + "|" + _KK_STATEMENT_IN + ")"),
)
_PATTERNS = {"en": _EN, "ru": _RU, "uk": _UK, "kk": _KK}
_DATA = re.compile(
    r"(?:['’]s)?\s+(?:(?:weekly|fortnightly|monthly|quarterly|daily|annual|latest|new|"
    r"official)\s+)?(?:data|figures|"
    r"estimates|statistics|count|tally|bulletin|report|update|records)"
    # "government figures released on Monday": when they came out is no one's.
    r"(?:\s+(?:released|published|issued)\s+(?:on|last|this|in)\s+\w+)?$"
)
# "the latest UNHCR figures": how new the figures are is no part of whose they are.
_FRESH = re.compile(
    r"(?i)^(?:the\s+)?(?:latest|newest|new|recent|most recent|official|preliminary|updated|"
    r"monthly|weekly|annual|daily)\s+(?=\S)"
)
# "figures released by the UN refugee agency on Tuesday", "a statement from Poland's Border
# Guard": whose figures, whose statement.
_RELEASED_BY = re.compile(
    r"(?i)^(?:the\s+|a\s+|new\s+|latest\s+|official\s+|provisional\s+|preliminary\s+|"
    # "the latest fortnightly report by Spain's Interior Ministry".
    r"updated\s+|weekly\s+|fortnightly\s+|monthly\s+|quarterly\s+|annual\s+|daily\s+)*"
    r"(?:figures|data|statistics|numbers|"
    r"estimates|statement|report|bulletin|update)\s+(?:(?:released|published|issued|provided|"
    # "data obtained by the Irish Refugee Council": whoever got the data out gives it.
    r"compiled|given|obtained|collected|gathered|analy[sz]ed)"
    + _WHEN_BEFORE_BY
    + r"\s+by|from|by|of)"
    r"\s+"
    r"(?P<x>.+?)(?:,?\s+(?:on|last|this|yesterday|published|released)\b.*)?$"
)
# "OPM figures shared with the Nile Refugee Council": the figures of the body named first.
_BODY_FIGURES = re.compile(
    r"^(?:the\s+)?(?P<x>[A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.&'’-]*){0,5}?)(?:['’]s?)?\s+"
    r"(?:latest\s+|new\s+|official\s+|provisional\s+)?(?:figures|data|statistics|numbers)\b"
)
# A subject that is only the data itself: "Данные приводит министерство".
_DATA_ALONE = re.compile(
    r"(?i)^(?:данные|эти данные|такие данные|цифры|дані|ці дані|такі дані|"
    r"цифри|статистика|статистику)$"
)
# "According to X, cited by Y,", "по данным X, на которые ссылается Y,": Y relayed X's figures.
_RELAYED = re.compile(
    r"\s*,?\s*(?:(?:as\s+)?(?:cited|quoted|reported)\s+by|(?<=saying\s)by|"
    r"на\s+(?:которые|которую|который)\s+"
    r"ссылается|на\s+(?:які|яку|який)\s+посилається|(?:которые|которую|который|которое|"
    # "По словам X, которого цитирует Y": the person Y quotes.
    r"которого|которых)\s+"
    r"(?:приводит|приводят|цитирует|распространил[оаи]?|опубликовал[оаи]?|публикует|"
    r"распространяет)|(?:які|яку|який|яке|якого|яких)\s+(?:наводить|наводять|цитує|поширил[оаи]?|"
    r"поширив|оприлюднил[оаи]?|оприлюднив|опублікувал[оаи]?|опублікував|публікує|поширює))"
    # "на который ссылается Kun.uz.": a dot inside the name ends nothing.
    r"\s+(?P<y>(?:[^,.;:!?]|\.(?=\w))+?)\s*(?:,|(?=\.(?:\s|$)|$)|(?=\s+that\s))"
)
# The same words inside an English phrase that ran to the sentence's end.
_RELAYED_INSIDE = re.compile(
    r"(?P<x>.+?)\s*,?\s+(?:as\s+)?(?:cited|quoted|reported|relayed)\s+by\s+(?P<y>(?:the\s+)?"
    r"[A-Z][^,;:()]{1,60}?)\s*$"
)
_TITLE_STOP = re.compile(
    r"\b(Col|Gen|Lt|Maj|Capt|Sgt|Dr|Mr|Mrs|Ms|Prof|Gov|Sen|Rep|Brig|Cmdr|Insp|Supt|Gen)\.(?=\s)"
)
_ABOUT = re.compile(r"(?i)\s*(?:о|об|обо|про)\s")
_BRACKETED_END = re.compile(r"\s*\([A-ZА-ЯЁІЇЄҐ][\w-]{1,11}\)\s*$")
_QUOTED_BODY_END = re.compile(
    rf"(?:^|(?<=[\s,]))(?P<x>{BODY_KINDS}\s+[«\"“„][^«»\"“”„]{{2,60}}[»\"”“])\s*$",
    re.IGNORECASE,
)
_INTERVIEW = re.compile(
    rf"(?P<x>(?:«[^»]{{1,40}}»|\S+)\s+{KK_HEARER_KINDS}|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}}-"
    r"(?:ке|қа|ге|ға|на|не|а|е))\s+берген\s+(?:сұхбат|түсініктеме)"
)
# "Данные МВД свидетельствуют", "Дані Євростату показують": the data's body speaks.
_DATA_SUBJECT = re.compile(
    r"(?i)(?<!\w)(?:данные|данных|цифры|статистика|дані|цифри|статистика|підрахунки|подсч[её]ты)"
    r"(?!\w)"
)
# "предоставили данные", "навели цифри": a verb of giving reports only when data is given.
# What a body gives that is its words: data, figures, results, a report ("опубликовало итоги
# 2025 года", "оприлюднила звіт").
_DATA_GIVEN = re.compile(
    r"(?i)\b(?:данн|информац|цифр|статистик|дані|даних|інформац|итог|підсумк|отч[её]т|звіт"
    r"|доклад|доповід)"
)
_KK_RELAYED = re.compile(
    r"^деп\s+(?:хабарлайды|хабарлады|жазады|жазды)\s+(?P<outlet>«[^»]+»|\S+)"
    r"(?:\s+агенттігі)?\s+(?P<rest>.+)$"
)
# An outlet's kind after its name, or in the genitive before "хабарлауынша" ("Kazinform
# агенттігінің ІІМ-ге сілтеме жасап хабарлауынша").
_KK_OUTLET_KINDS = (
    r"(?:телеарнасы(?:ның)?|агенттігі(?:нің)?|ақпарат агенттігі(?:нің)?|басылымы(?:ның)?|"
    r"сайты(?:ның)?|порталы(?:ның)?|газеті(?:нің)?|радиосы(?:ның)?|арнасы(?:ның)?)"
)
_KK_OUTLET_FIRST = re.compile(
    r"^(?P<outlet>(?:«[^»]+»|\S+)(?:\s+\S+){0,3}?\s+" + _KK_OUTLET_KINDS + r")\s+(?P<rest>.+)$"
)
# The words after a quoted outlet's name: "«Белта» | агенттігі ведомствоға сілтеме жасап".
_KK_KIND_FIRST = re.compile(r"^" + _KK_OUTLET_KINDS + r"\s+(?P<rest>.+)$")
_SPEAKER_FIRST = re.compile(r"^\W{0,3}(?P<x>[^:«»\"\n\d]{3,80}?):\s+(?=\S)")
_ASIDE = re.compile(
    r"(?i),\s*(?:в свою очередь|своєю чергою|со своей стороны|зі свого боку|в частности|"
    r"зокрема|также|також|однако|проте|тем временем|тим часом)\s*,\s*$"
)
_TALK_AFTER = re.compile(
    # "в ефірі телемарафону «Єдині новини», що": the programme, by its quoted name.
    r"\s*(?:в|у)\s+(?P<talk>" + TALK + r")\s+(?P<kind>(?:телемарафону|телемарафона|програми|"
    r"программы)\s+(?=«))?(?P<y>«[^«»]{1,60}»|[^\s,«»]+(?:\s+[^\s,«»]+){0,3}?)"
    r"\s*,?\s+(?:что|що)\b"
)
# An interview first, then its outlet and the speaker: "в інтерв'ю фінському мовнику Yle X".
_TALK_FIRST = re.compile(
    r"(?i)^(?:в|у)\s+" + TALK + r"\s+(?:[^\W\d_]+(?:ому|ему|ій|ой|ым|им)\s+)?(?P<rest>.+)$"
)
_IN_AN_INTERVIEW = re.compile(r"^(?P<x>.+?)\s+(?:в|у)\s+" + TALK + r"\s+(?P<y>.+?)\s*$")
_TOLD_NAME = re.compile(
    r"(?!(?:Parliament|Congress|Him|Her|Them|Us|Me)\b)[A-Z][\w.-]{2,}"
    r"(?:\s+(?:(?:of|de|del|la|el)\s+)?[A-Z][\w.-]*){0,3}"
    # "told Rustavi 2", "told France 24": a channel's number ends its name.
    r"(?:\s+\d{1,2})?"
)
# What a capitalised name told is when it is no outlet: a legislature, a court, a meeting.
_TOLD_NOT_OUTLET = re.compile(
    r"\b(?:Parliament|Congress|Senate|Assembly|Committee|Court|Council|Conference|Summit|"
    r"Forum)\b"
)
# "said Ahmed Bari, director of the agency, in an interview with Reuters".
_EN_INTERVIEW_AFTER = re.compile(
    r"\bin\s+(?:an|a\s+\w+)\s+interview\s+(?:with|to)\s+(?:the\s+)?(?P<y>[A-Z][^,.;]{1,60})"
)
_QUOTED_AS_SAYING = re.compile(
    r"(?:^|(?<=[,.;:–—]\s))(?P<outlet>[^\W\d_][^,;:]{0,60}?)\s+(?:quoted|quotes|cited|cites)\s+"
    r"(?P<x>[^;:]{2,120}?),?\s+as\s+saying(?:\s+that)?\b"
)
_CITED_CASE = {"en": "nomn", "ru": "accs", "uk": "accs", "kk": "datv"}

# Verbs after which an outlet may be the one told: "told the BBC", "рассказал РИА Новости".
_TOLD = frozenset(
    {"told", "tells", "said", "рассказал", "рассказала", "сказал", "сказала", "заявил",
     "заявила", "сообщил", "сообщила", "розповів", "розповіла", "сказав", "заявив",
     "повідомив", "повідомила",
     # A body's people told it: "В МВД сообщили «Известиям»", "повідомили «Європейській правді»".
     "рассказали", "сказали", "заявили", "сообщили", "сообщило", "розповіли", "повідомили",
     "повідомило",
     # "уточнив виданню, що": told it more exactly, or explained, or confirmed it.
     "уточнил", "уточнила", "уточнили", "пояснил", "пояснила", "пояснили", "подтвердил",
     "подтвердила", "подтвердили", "уточнив", "пояснив", "підтвердив", "підтвердила",
     "підтвердили"}
)  # fmt: skip
# Verbs whose object is always whom it was told: "Peña, Venezuela's consul, told VTV that".
_HEARERS = frozenset({"told", "tells"})
_TRAILING_IT = re.compile(r"(?i),\s*(?:it|they)(?:\s+(?:also|later|further))?\s*$")
# What closes a dateline before the story: " – ", " - ", " — ".
_DATELINE_DASH = re.compile(r"\s*[-–—]\s*")
# Where a post is, then who holds it, after a body's short name: " у регіоні Амхара Ахмеда
# Юсуфа,", " Карна Вірахадіпутра,".
_HOLDER_AFTER = re.compile(
    r"\s+(?P<n>(?:(?:в|у|на)\s+[а-яёіїєґ'-]+\s+[А-ЯЁІЇЄҐ][\w'-]+\s+)?"
    r"[А-ЯЁІЇЄҐ][а-яёіїєґ'-]+(?:\s+[А-ЯЁІЇЄҐ][а-яёіїєґ'-]+){1,2})\s*(?=[,;:]|\.(?:\s|$)|$)"
)
# A body's short name in brackets right after its name: " (INM)".
_ACRONYM_AFTER = re.compile(r"\s*\([A-ZА-ЯЁІЇЄҐ][\w.&-]{1,11}\)")
_HEARD = re.compile(r"\s+(?:that|что|що)\b|[,;:]|\.(?!\w)")  # "«Газете.uz»" is one name
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")
_ANNOUNCED = frozenset({"announced", "announces"})


# The publisher counted it itself: "by our count", "по нашим подсчётам", "за нашими підрахунками".
_OWN_COUNT = re.compile(
    r"(?i)(?<!\w)(?:(?:by|according to) our (?:count|calculations|tally|estimates?)|"
    r"our (?:own )?(?:count|calculations|tally)|"
    r"по (?:нашим|нашему) (?:подсч[её]т\w*|данным|расч[её]т\w*|оценк\w*)|наш\w* подсч[её]т\w*|"
    r"за (?:нашими|нашим) (?:підрахунк\w*|даними|оцінк\w*|розрахунк\w*)|наш\w* підрахун\w*|"
    r"біздің (?:есеб|санау|дерег)\w*|"
    # "Как стало известно редакции", "Редакцияға белгілі болғандай": the newsroom found it.
    r"известно редакции|редакции стало известно|відомо редакції|редакції стало відомо|"
    r"редакцияға белгілі|редакцияның (?:дерег|мәлімет)\w*)"
)


def own_count(text: str) -> bool:
    """Whether a sentence gives the publisher's own count, nobody else's."""
    return _OWN_COUNT.search(text) is not None


def section_break(text: str) -> bool:
    """Whether a line opens a new section ("Background:", "Раніше:", "Напомним", ...)."""
    return _SECTION.match(text) is not None


def sourced_line(text: str) -> bool:
    """Whether a line is the cited source's report ("Details:", "Quote from X:", "Деталі:")."""
    return _DETAILS.match(text) is not None


# A "Source:" line's speaker, then the outlet that carried them.
_SOURCE_RELAYED = re.compile(
    r"(?i),\s*(?:(?P<relay>пише|пишет|передає|передает|as\s+(?:quoted|reported)\s+by|"
    r"quoted\s+by|reported\s+by|жазады)|повідомляє|сообщает|via|writes|reports|хабарлайды)\s+"
    r"(?:[«\"“](?P<quoted>[^«»\"“”]{2,60})[»\"”]|(?P<y>[^,;«»]{2,60}?))\s*\.?\s*$"
)


def source_line(text: str, language: str) -> SourceLine | None:
    """A "Source:" line's outlet and whom it cites, or None if ``text`` is not one."""
    found = _SOURCE.match(text)
    if found is None:
        return None
    rest = found.group("rest")
    reported = _KK_SOURCE_REPORTED.fullmatch(rest.strip()) if language == "kk" else None
    if reported is not None:
        # "Дереккөз: Молдова шекара полициясы, NewsMaker хабарлауынша": the police said it,
        # the outlet reported it.
        return SourceLine(reported["y"], reported["x"], "nomn", found.start("rest"))
    relayed = _SOURCE_RELAYED.search(rest)
    if relayed is not None and (
        relayed["quoted"] or relayed["relay"] or names_outlet(relayed["y"], language)
    ):
        # "Джерело: міністр ... Вахтанг Гомелаурі, пише «Ехо Кавказу»": the minister said
        # it, the outlet carried it.
        outlet = (relayed["quoted"] or relayed["y"]).strip()
        return SourceLine(outlet, rest[: relayed.start()].strip(), "nomn", found.start("rest"))
    own = (_PATTERNS.get(language, _EN), _CITED_CASE.get(language, "nomn"))
    for patterns, case in (own, (_EN, "nomn")):
        citing = patterns.citing.search(rest)
        if citing is None:
            continue
        start = found.start("rest")
        if patterns is _KK:
            # "Zakon.kz, ІІМ-ге сілтеме жасап": the outlet, a comma, then whom it cites.
            outlet = rest[: citing.start("x")].strip(" ,") or None
            cited = citing.group("x")
            led = _KK_OUTLET_FIRST.match(cited.strip()) if outlet is None else None
            if led is not None:
                # "Infobae басылымы DNM-ге сілтеме жасап": the outlet and its kind, no comma.
                outlet, cited = led["outlet"], led["rest"]
            return SourceLine(outlet, cited, case, start + citing.end())
        cited = rest[citing.start("x") :].rstrip(" .")
        return SourceLine(rest[: citing.start()], cited, case, start + citing.start("x"))
    return SourceLine(None, _without_its_country(rest), "nomn", found.start("rest"))


def _without_its_country(name: str) -> str:
    """A source's name without the country a comma adds after it: "Dirección Nacional de
    Migración (DNM), Uruguay" is the directorate's name, Uruguay where it is."""
    head, comma, last = name.rstrip(" .").rpartition(",")
    if comma and head.strip() and everyday_country_code(last.strip()) is not None:
        return head.strip()
    return name


def _outlet_in_case(name: str, case: str, language: str) -> str:
    """An outlet's name as the reader knows it, read from the case a phrase puts it in: "в
    коментарі «Суспільному»" is «Суспільне», "в ефірі Первого канала" Первый канал, "Yle" as
    written."""
    quoted = re.fullmatch(r"[«\"“„](?P<x>[^«»\"“”„]+)[»\"”“]", name.strip())
    if quoted is not None and case == "datv":
        return dative_name(quoted["x"], language)
    if latin(name):
        return name
    return nominative_phrase(name, case, language)


def _names_told_outlet(dative: str, language: str) -> bool:
    """Whether a quoted name in the dative is an outlet's: "«Известиям»", "«Медузе»" (the
    known "Медуза"), "«Газете.uz»"."""
    return names_outlet(dative, language) or names_outlet(dative_name(dative, language), language)


_CLOSING_WHEN_WHERE = re.compile(
    r"(?:\s+(?:today|yesterday|on\s+\w+|late\s+\w+|this\s+week))?"
    r"(?:\s+(?:at|in|during|after)\s+[^,.;:\"“”]{2,60})*[\s.!?\"”»)]*"
)
_EN_WHEN_SAID = re.compile(
    r"^\s+(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|yesterday|today)\b"
)
# An aside between a speaker and its verb: "Румунська прикордонна поліція, зі свого боку,
# повідомила", "X, in turn, said".
_ASIDE_BEFORE_VERB = re.compile(
    r"(?i),\s*(?:зі\s+свого\s+боку|з\s+свого\s+боку|у\s+свою\s+чергу|в\s+свою\s+чергу|"
    r"со\s+своей\s+стороны|в\s+свою\s+очередь|for\s+(?:its|their|his|her)\s+part|in\s+turn|"
    r"meanwhile|тем\s+временем|тим\s+часом|однако|однак|проте|however|"
    # "Министр ..., выступая в Нуакшоте, заявил": where or how they spoke.
    r"(?:выступая|виступаючи|отвечая|відповідаючи|комментируя|коментуючи)\b[^,]{0,80})\s*,\s*$"
    # The same without commas: "Министерство внутренних дел Грузии со своей стороны сообщило".
    r"|\s(?:зі\s+свого\s+боку|з\s+свого\s+боку|у\s+свою\s+чергу|в\s+свою\s+чергу|"
    r"со\s+своей\s+стороны|в\s+свою\s+очередь)\s*$"
)
# "..., it was announced on Sunday by X": the speaker after a passive verb.
_EN_IT_WAS = re.compile(r"(?i)\b(?:it|this|that)\s+(?:was|has\s+been|had\s+been)\s*$")
_EN_PASSIVE_BY = re.compile(
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+|\s+(?:yesterday|today|on\s+\w+day))?\s+by\s+"
    r"(?P<x>(?:the\s+)?[A-Z][^,;.]{2,80}?)\s*[.,;]?\s*$"
)
# A name in quotation marks right before the verb: "«Українська правда» писала".
_QUOTED_LAST = re.compile(r"[«\"“„](?P<x>[^«»\"“”„]{2,60})[»\"”“]\s*$")


_KNOWN_BY_INITIALS = re.compile(
    r"\bknown\s+by\s+(?:its|their)\s+(?:[A-Z]\w+\s+)?(?:initials|acronym|abbreviation)\b"
)


def _names_someone(phrase: str) -> bool:
    """Whether an English phrase names a speaker, a body, or a post or kind of body the
    article names elsewhere ("the agency", "the ministry's spokesperson")."""
    mention = read_phrase(phrase, "en")
    return bool(mention.speaker or mention.person_role or mention.org_role)


# "X, на данные которой ссылается агентство Y,", "X, на дані якого посилається Y,": X's data,
# as the outlet Y relays them.
_WHOSE_DATA_CITED = re.compile(
    r"\s*(?P<x>[^\W\d_][^,]{2,150}?),\s*(?:на\s+данн\w+\s+котор\w+|на\s+дані\s+як\w+)\s+"
    r"(?:ссыла\w+|посила\w+)\s+(?P<y>[^,]{2,80}?),"
)


# English reporting verbs spelt like nouns, and the words after them that make them nouns.
_NOUN_LIKE = frozenset({"claims", "claim", "reports", "report", "estimates", "estimate", "notes"})
_NOUN_AFTER = re.compile(
    r"\s+(?:was|were|is|are|has|have|had|fell|rose|of|for|from|by|at|in|on|filed|lodged|made|"
    r"submitted|received|rejected)\b"
)


def _verb_cue(text: str, found: re.Match[str], patterns: _Patterns, language: str) -> Cue | None:
    """A cue at a reporting verb, if its speaker can be found before or after it."""
    left = _ASIDE_BEFORE_VERB.sub(" ", text[: found.start()])
    heard_by: str | None = None
    if language in {"ru", "uk"}:
        left = unquoted_outlets(left)
    right = text[found.end() :]
    posted_first = POSTED.match(right.lstrip()) if language in {"ru", "uk"} else None
    if posted_first is not None:
        # "повідомила на своєму сайті поліція Словацької Республіки": where, then who.
        right = " " + right.lstrip()[posted_first.end() :]
    verb = found.group("v")
    by = _EN_PASSIVE_BY.match(right) if language == "en" and _EN_IT_WAS.search(left) else None
    if by is not None:
        # "..., it was announced on Sunday by the General Directorate of Migration (DGM).": the
        # body after "by" said it.
        return Cue(found.end() + by.end(), by["x"].strip(), "nomn")
    if verb.startswith(
        (
            "предостав",
            "нада",
            "привел",
            "привёл",
            "наве",
            "привод",
            "навод",
            "оприлюдн",
            "обнародов",
            "опубликов",
            "озвуч",
        )
    ) and not _DATA_GIVEN.search(text):
        return None  # "Словаччина надала тимчасовий захист": granted, not told
    if verb.startswith(("свидетельств", "показ", "свідч")) and not _DATA_SUBJECT.search(left):
        return None  # "табло показывает": only data shows where figures come from
    back = patterns.back.match(text)
    if back:
        left = left[back.end() :] if back.end() <= found.start() else ""
    follows = speaker_follows(left)
    phrase: str | None
    if language == "en" and verb in _NOUN_LIKE and _NOUN_AFTER.match(right):
        # "one in seven Colombian claims was made at the airport", "Estimates vary": a noun
        # the verb is spelt like, not a verb.
        return None
    if (
        language == "en"
        and verb in _NOUN_LIKE
        and right.startswith(",")
        and patterns.verb.search(right) is not None
    ):
        # "Yael Morgenstern, a lawyer who specialises in citizenship claims, told Kan radio":
        # a noun ending a description, the verb after it the sentence's.
        return None
    if language == "en":
        # "..., Minister X announced today at a press conference in Belgrade.": when and where
        # it was said close the sentence too.
        closes = _CLOSING_WHEN_WHERE.fullmatch(text[found.end() :]) is not None
        if verb in _ANNOUNCED and not found.group("that") and not closes:
            # "Putin announced a partial mobilisation": no figure's source; but "...,
            # the foreign ministry announced." closes the sentence on its speaker.
            return None
        # A comma before the verb may close an appositive ("X, the minister, said"); only a
        # quotation mark says for sure that the speaker follows ("'...,' said X").
        quoted = re.search(r"[\"”»]\s*$", left) is not None
        # "said Col. Ibrahim Musa": a title's full stop ends no clause.
        right = _TITLE_STOP.sub(r"\1 ", right)
        # "the agency said Tuesday, the first time ...": when, not whom it was told.
        right = _EN_WHEN_SAID.sub("", right)
        # Whoever is told ("..., told state broadcaster VTV") heard it; they did not say it.
        after = english_object(right) if follows and verb not in _HEARERS else None
        # "..., said the ministry's spokesperson, Dilrukshi Amarasekara": a speaker named by
        # their post first, after the verb, as well.
        named_after = after is not None and (after[:1].isupper() or _names_someone(after))
        if after and left.rstrip().endswith(",") and named_after:
            # "..., to escape air strikes around Myawaddy, said Naw Htoo Paw of ...": a
            # name after the verb is its speaker, not the place before the comma.
            phrase = after
            at = right.find(after)
            holder = _NAMED_AFTER.match(right, at + len(after)) if at >= 0 else None
            if holder is not None and _ends_with_role(after) and _names_person(holder["n"], "en"):
                # "..., said the ministry's spokesperson, Dilrukshi Amarasekara.": the post,
                # then who holds it.
                phrase = f"{holder['n']}, {after}"
        else:
            # "Ministry data show that": the ministry's.
            # "the office, known by its German initials BAMF, said": as "known as BAMF".
            subject = _KNOWN_BY_INITIALS.sub("known as", _DATA.sub("", left.rstrip()))
            phrase = None if quoted else english_subject(subject)
            released = _RELEASED_BY.match(phrase) if phrase else None
            if released is not None:
                phrase = released["x"]
        if phrase is None and follows:
            phrase = after
        relayed_by = EN_QUOTED_BY.search(left)
        if relayed_by is not None:
            # "Budi Santoso, quoted by Antara, said": the agency relayed what he said.
            speaker = english_subject(left[: relayed_by.start()])
            if speaker:
                return Cue(found.end(), relayed_by["y"], "nomn", True, speaker, "nomn")
        if phrase is None and _TRAILING_IT.search(left):
            # "BAMF received 1,746 applications in March, it said in its monthly report":
            # "it" is the sentence's own subject.
            phrase = english_opening(text[: found.start()])
    elif language == "kk":
        # "– деді X." names the speaker after the verb; "X ... мәлімдеді." before it.
        after = _CLAUSE_END.split(right, maxsplit=1)[0].strip(" ,")
        if after.startswith(":"):
            after = ""  # "брифингте былай деді: «...»": the words said follow, not a name
        if _KK_NEXT_CLAUSE.match(after) or re.search(r"\d", re.sub(r"«[^»]*»", "", after)):
            # "..., бірақ Сириядағы ... басқармасы ... 60 мың деп бағалайды": another clause
            # with a figure of its own, not who said the first.
            after = ""
        relay = _KK_DEP_RELAY.match(after)
        speaker = kazakh_subject(left.strip()) if relay is not None else None
        if relay is not None and speaker:
            # "X ... хабарлады, деп жазады PAP агенттігі": X said it, the agency carried it.
            return Cue(found.end(), relay["y"], "nomn", True, speaker, "nomn")
        for pattern, _case in patterns.according:
            opening = pattern.search(left)
            if opening is not None:
                # "MENA агенттігінің хабарлауынша, ... Мұстафа Хамди ... айтты": the verb's
                # subject comes after the outlet's cue.
                left = left[opening.end() :]
        hearer = kazakh_hearer(left)
        if hearer is not None:
            # "Бұл туралы Azattyq Radio тілшісіне ... Сәуле Жақсылықова айтты": the outlet
            # heard it; whoever spoke is named around it.
            heard_by, left = hearer
        told_after = kazakh_hearer(f" {after}") if after and hearer is None else None
        if told_after is not None and told_after[1]:
            # "– деді Ахметжанов Zakon.kz тілшісіне": the speaker, then the outlet told.
            heard_by, after = told_after
        phrase = after or kazakh_subject(left.strip())
    else:
        quoting = _slavic_quoting(left, right, verb, language)
        if quoting is not None:
            return replace(quoting, end=found.end())
        # "Про це на своїй сторінці у Facebook написав X": where it was posted is no one.
        if POSTED.search(left):
            left = " ".join(POSTED.sub(" ", left).split())
            follows = speaker_follows(left)
        interview_end = INTERVIEW_END.search(left)
        if interview_end is not None:
            # "X в интервью агентству dpa сообщила": the agency carried it; "в ефірі Польського
            # радіо": the radio's air, in the genitive.
            aired = re.search(r"(?:эфире|ефірі)\s", interview_end.group()) is not None
            heard_by = _outlet_in_case(interview_end["y"], "gent" if aired else "datv", language)
            left = left[: interview_end.start()]
            follows = speaker_follows(left)
        quoted_hearer = QUOTED_HEARER.search(left)
        if (
            quoted_hearer is not None
            and _QUOTED_BODY_END.search(left) is None
            # An outlet the reader knows: a paper named only in quotation marks may be the
            # publisher itself, who carries nobody's words.
            and _names_told_outlet(quoted_hearer["y"], language)
        ):
            # "В Пограничной службе ФСБ России «Известиям» сообщили": the paper was told.
            heard_by = dative_name(quoted_hearer["y"], language)
            left = left[: quoted_hearer.start()]
            follows = speaker_follows(left)
        quoted_told = _QUOTED_LAST.search(left) if heard_by is None else None
        if (
            quoted_told is not None
            and _IN_A_BODY.match(left)
            and _QUOTED_BODY_END.search(left) is None
            and len(left[: quoted_told.start()].split()) >= 2
        ):
            # "В МВД Турции «Анадолу» сообщили", "В пресс-службе МВД Грузии «Эхо Кавказа»
            # рассказали": a body spoken for, then a quoted name before the verb, which is the
            # outlet told, known or not.
            heard_by = dative_name(quoted_told["x"], language)
            left = left[: quoted_told.start()]
            follows = speaker_follows(left)
        outlet_end = _told_last(left, language) if heard_by is None else None
        if outlet_end is not None:
            # "В погранслужбе Грузии ТАСС сообщили": the body spoke, the agency was told.
            heard_by = nominative_phrase(outlet_end["y"], "datv", language)
            left = left[: outlet_end.start()]
            follows = speaker_follows(left)
        relayed_by = RELATIVE_RELAY.search(left)
        if relayed_by is not None:
            # "Пограничное управление ..., слова которого приводит ТАСС, сообщило": the
            # body said it, the agency relayed it.
            left = left[: relayed_by.start()]
            follows = speaker_follows(left)
        acronym = _BRACKETED_END.search(left)
        if acronym is not None:
            # "Агентство з питань інтеграції, міграції та притулку (AIMA) повідомило": the
            # body, and its short name after it.
            left = left[: acronym.start()]
            follows = speaker_follows(left)
        # "Представниця Управління ООН у справах біженців (УВКБ ООН) у Загребі Мірна Ковач":
        # an acronym inside the subject closes no clause.
        left = _INNER_ACRONYM.sub("", left)
        quoted_body = _QUOTED_BODY_END.search(left)
        quoted_last = _QUOTED_LAST.search(left)
        if quoted_last is not None and names_outlet(quoted_last["x"], language):
            # "«Українська правда» писала, що": the paper named in quotation marks wrote it;
            # no quotation is closing before a speaker.
            follows = False
            left = f"{left[: quoted_last.start()]} {quoted_last['x']}"
        phrase = None if follows else slavic_subject(left, language)
        if phrase and acronym is not None:
            phrase = f"{phrase} {acronym.group().strip()}"
        if quoted_body is not None:
            # "Авиакомпания «Аэрофлот» сообщила": the quotation mark closes the body's name.
            phrase = quoted_body["x"]
        elif phrase is None and follows:
            phrase = slavic_appositive(left, language)
        if phrase is not None and relayed_by is not None:
            return Cue(found.end(), relayed_by["y"], "nomn", True, phrase, "nomn")
        if phrase is not None and _DATA_ALONE.match(phrase):
            phrase = None  # "Данные приводит Министерство ...": who gives them follows
        if phrase is None and follows and _ASIDE.search(left):
            # "Погрануправление ФСБ по Дагестану, в свою очередь, сообщило, что": the subject
            # before an aside.
            phrase = slavic_subject(left, language)
        if phrase is None and not found.group("that") and not _ABOUT.match(right):
            # "сообщают о 300 задержанных": what is reported about, not who reports.
            phrase = slavic_object(right) or None
        named = slavic_object(right) if phrase and not found.group("that") else ""
        outlet_told = bool(named) and verb in _TOLD and names_outlet(phrase or "", language)
        if outlet_told and not names_outlet(named, language) and named != phrase:
            # "Об этом ТАСС рассказал глава МЧС Дагестана Николай Пантелеев": the agency was
            # told; the official told it.
            heard_by, phrase = phrase, named
    if not phrase:
        return None
    told = heard_by
    talk_first = _TALK_FIRST.match(phrase) if language in {"ru", "uk"} else None
    kind_named = SLAVIC_OUTLET_FIRST.match(talk_first["rest"]) if talk_first else None
    if (
        talk_first is not None
        and kind_named is None
        and re.match(r"(?i)(?:в|у)\s+(?:эфире|ефірі)", phrase)
    ):
        kind_named = AIRED_OUTLET_FIRST.match(talk_first["rest"])
        if kind_named is not None and not latin(kind_named["y"]):
            # "В эфире телеканала «Россия 24» X": a Cyrillic name, quoted or not, is read
            # whole further on; only a Latin one ("RTS", "N1") ends where Cyrillic starts.
            kind_named = None
    if kind_named is not None:
        # "— розповіла в інтерв'ю фінському мовнику Yle міністерка X": the outlet the
        # interview was given to, then who gave it.
        phrase, told = kind_named["rest"], kind_named["y"]
        kind_word = kind_named.group().split()[0]
        if kind_word[:1].isupper() and not told.startswith(("«", '"', "“")):
            told = f"{kind_word} {told}"  # "в эфире Радио Тонга": the kind is the name's
    interview = _IN_AN_INTERVIEW.match(phrase) if kind_named is None else None
    if interview is not None:
        # "— рассказал X в интервью газете «Истанбул Хабер»": the paper carried it; a name
        # alone in quotation marks is in the dative ("в интервью «Эху Кавказа»").
        phrase, told = interview["x"], interview["y"]
        if language in {"ru", "uk"} and told is not None:
            told = _outlet_in_case(told, "datv", language)
    elif language == "en" and told is None:
        # "..., said Ahmed Bari, director of the agency, in an interview with Reuters".
        given = _EN_INTERVIEW_AFTER.search(right)
        told = given["y"] if given is not None else None
    elif language in {"ru", "uk"} and told is None and (talk := _TALK_AFTER.match(right)):
        # "заявив в ефірі Yle, що", "сказал в интервью агентству dpa, что": the outlet after
        # the verb carried it; its air in the genitive, an interview's outlet in the dative.
        governed = "gent" if re.match(r"(?:эфире|ефірі)", talk["talk"]) else "datv"
        told = _outlet_in_case(talk["y"], governed, language)
        if talk["kind"]:
            # The programme's own name, quoted after its kind, keeps its case.
            told = talk["y"].strip("«»")
    trailing = SLAVIC_OUTLET_KIND.search(phrase) if language in {"ru", "uk"} else None
    if told is None and trailing is not None and trailing.start() > 0:
        # "— заявил министр Ивица Дачич телеканалу RTS": the speaker, then the outlet told.
        phrase, told = phrase[: trailing.start()].strip(), trailing["y"]
    told_then_that = language in {"ru", "uk"} and TOLD_THEN_THAT.match(right) is not None
    if verb in _TOLD and (not follows or verb in _HEARERS or told_then_that):
        # "Smith told the BBC that ...", "рассказал РИА Новости": the outlet carried it.
        heard = _HEARD.split(right, maxsplit=1)[0]
        kind = SLAVIC_OUTLET_KIND.match(heard) if language in {"ru", "uk"} else None
        if told is None and kind is not None:
            # "повідомив агентству ATA, що": an agency, a paper, a broadcaster told.
            told = kind["y"]
        if told is None and told_then_that and LATIN_NAME.fullmatch(heard.strip()):
            # "розповів RNZ, що": a name in Latin letters told, in a Ukrainian or Russian
            # sentence, is an outlet (a person would be written in Cyrillic).
            told = heard.strip()
        paper = QUOTED_HEARER.fullmatch(" " + heard.strip()) if language in {"ru", "uk"} else None
        if told is None and paper is not None and _names_told_outlet(paper["y"], language):
            # "сообщили «Известиям», что": the paper, in the dative.
            told = dative_name(paper["y"], language)
        if told is None and BARE_OUTLET.fullmatch(heard):
            # "розповів виданню, що": the outlet the article named before.
            told = heard.strip()
        told = told or (heard if heard.strip() and names_outlet(heard, language) else None)
        name = WHEN_TOLD.sub("", heard.strip())
        capitalised = _TOLD_NAME.fullmatch(name) if language == "en" else None
        if told is None and capitalised and not _TOLD_NOT_OUTLET.search(name):
            # "told VnExpress", "told Prensa Libre on Monday": a capitalised name told is an
            # outlet; a person told would be a reporter, whom news does not name.
            told = name
    quoted_last = (
        _QUOTED_TOLD_LAST.search(phrase)
        if language in {"ru", "uk"} and told is None and verb in _TOLD
        else None
    )
    if quoted_last is not None and _names_told_outlet(quoted_last["y"], language):
        # "— розповіла голова ДМС Наталія Гриценко «Укрінформу»": the speaker, then the
        # paper told, in the dative.
        phrase, told = (
            phrase[: quoted_last.start()].strip(),
            dative_name(quoted_last["y"], language),
        )
    # "— сообщил агентству САНА директор пункта X": whatever the verb, an outlet in the
    # dative right after it was told.
    kind_first = (
        SLAVIC_OUTLET_FIRST.match(slavic_object(right))
        if language in {"ru", "uk"} and told is None and follows
        else None
    )
    if kind_first is not None and phrase.endswith(kind_first["rest"]):
        phrase, told = kind_first["rest"], kind_first["y"]
    if told is None and follows and language in {"ru", "uk"} and verb in _TOLD:
        # "— рассказал РБК вице-президент ассоциации X": the outlet told, then who told it.
        told = outlet_first(slavic_object(right), language)
        if told and phrase.startswith(told):
            # "— рассказал изданию «Азия-Плюс» глава представительства X": X said it.
            phrase = phrase[len(told) :].strip() or phrase
        if told:
            # "— заявил в интервью «Газете.uz» пресс-секретарь X": the interview's outlet.
            told = _IN_A_TALK_FIRST.sub("", told) or told
        dative = QUOTED_HEARER.fullmatch(" " + told) if told else None
        if dative is not None:
            told = dative_name(dative["y"], language)  # "«Турану»" is Туран
    if language == "en" and " and " in phrase and is_org_word(words_of(phrase)[-1]):
        phrase = _listed_before(text[: found.start()], phrase)
    media = patterns.media.match(verb.split()[-1]) is not None
    if told is not None and not without_audience(told).strip(" ,"):
        # "рассказал нашему изданию": the article's own outlet, which carries nothing more.
        told = None
    return Cue(found.end(), phrase, media=media, back=back is not None, told=told)


# A name in quotation marks ending a speaker's words: "Наталія Гриценко «Укрінформу»".
_QUOTED_TOLD_LAST = re.compile(r"\s+«(?P<y>[^«»]{2,40})»\s*$")
# The first field of a body's name that lists them, cut off at its comma: "the Nationality, "
# before "Passports and Residence Affairs directorate".
_FIELD_BEFORE = re.compile(r"\b[Tt]he\s+(?P<a>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+$")


def _listed_before(left: str, phrase: str) -> str:
    """``phrase`` with the fields of its body's name before it, when a comma cut them off
    ("the Nationality, Passports and Residence Affairs directorate said")."""
    if phrase.lower().startswith("the "):
        return phrase  # "In Bangladesh, the Refugee Relief ... Commissioner": a place first
    start = left.rfind(phrase.split()[0])
    field = _FIELD_BEFORE.search(left, 0, start) if start > 0 else None
    if field is None or field.end() != start:
        return phrase
    return f"{field['a']}, {phrase}"


def acting_body(text: str, language: str) -> str | None:
    """The body a sentence says did what its figure counts ("Suriname's Ministry of Justice
    and Police deported at least 38 ..."), whoever the sentence says told of it; or None."""
    cue = _counting_cue(text, language)
    return cue.phrase if cue is not None else None


# A Kazakh clause of its own after a verb: "бірақ", "алайда", "ал", "және".
_KK_NEXT_CLAUSE = re.compile(r"(?i)(?:бірақ|алайда|ал|және|дегенмен)(?!\w)")
# ", деп жазады PAP агенттігі" after a Kazakh verb: the outlet that carried the words.
_KK_DEP_RELAY = re.compile(r"деп\s+(?:жазады|жазды|хабарлайды|хабарлады)\s+(?P<y>\S.*)$")
# A preposition of place before a quoted name's kind: "в международном аэропорту «Трибхуван»".
_WHERE_BEFORE = re.compile(
    r"(?<!\w)(?:[Вв]|[Вв]о|[Уу]|[Нн]а|[Ии]з|[Сс]|[Сс]о|[Зз]|[Іі]з|[Чч]ерез|[Дд]о)\s+"
    r"(?:[а-яёіїєґ'-]+\s+){0,2}$"
)
# People who work somewhere, before where: "Immigration officers at Ninoy Aquino ...".
_WORKERS = r"\b(?:officers|officials|staff|guards|agents|police|workers|employees)"
_PEOPLE_AT = re.compile(_WORKERS + r"\s+(?:at|in)\s+(?:the\s+)?$")
_PEOPLE_AT_IN = re.compile(_WORKERS + r"\s+at\s+")
_RED_CROSS = re.compile(r"\bRed\s+Cross\b")
_SERVING = re.compile(r"(?<=\w)\s+(?:officers|officials|agents|staff|personnel|employees)$")


def _counting_cue(text: str, language: str) -> Cue | None:
    """ "Poland's Border Guard registered 30,000 arrivals", "МВД зарегистрировало 3 тыс.
    заявлений": a body that counted the figure itself is its source."""
    verb = _COUNTED.get(language)
    found = verb.search(text) if verb is not None else None
    # The figure is the call-up's own: "призвати 300 тисяч", "133,000 ... to be called up"
    # (not "announced mobilisation, more than 200,000 entered").
    decreed = found is None and any(
        re.search(r"\d", text[max(0, up.start() - 60) : up.end() + 40])
        for up in _CALL_UP.finditer(text)
    )
    if decreed:
        # "Путін підписав указ, згідно з яким ... призвати 133 тисячі": a call-up's figure is
        # the decree's, given by whoever signed or announced it.
        found = _DECREED[language].search(text) if language in _DECREED else None
        if found is not None and not re.search(r"\d", text[found.end() :]):
            # "Путин объявил частичную мобилизацию": no figure of its own to give.
            found = None
    if found is None:
        return None
    # "ДМС за перші п'ять місяців року видворила": when it counted is no part of who.
    left = without_when(text[: found.start()].rstrip(), language) + " "
    if language == "en":
        subject = english_subject(left)
        # "Polish Border Guard officers turned back": the body its officers serve.
        subject = _SERVING.sub("", subject) if subject else subject
        at = left.rfind(subject) if subject else -1
        if (at > 0 and _PEOPLE_AT.search(left[:at])) or (
            subject and _PEOPLE_AT_IN.search(subject)
        ):
            # "Immigration officers at Ninoy Aquino International Airport stopped 64": where
            # they work, not a body that counted.
            subject = None
    elif language == "kk":
        subject = kazakh_subject(left)
    else:
        short = _SHORT_NAME_END.search(left)
        named = left[: short.start()] + " " if short is not None else left
        quoted_body = _QUOTED_BODY_END.search(named)
        if quoted_body is not None and _WHERE_BEFORE.search(named, 0, quoted_body.start()):
            quoted_body = None  # "в аэропорту «Звартноц» не выпустили": where, not who
        subject = slavic_subject(named, language) if not speaker_follows(named) else None
        if quoted_body is not None:
            # "правозащитная организация «Эгейский дозор» насчитала": the body by its kind
            # and its quoted name, as "Авиакомпания «Аэрофлот» сообщила" is read.
            subject = quoted_body["x"]
        serving = _SLAVIC_SERVING.match(subject) if subject else None
        served = subject[serving.end() :] if subject and serving else ""
        if served and any(is_org_word(w) for w in words_of(served)):
            # "прикордонники Чернівецького загону відмовили": the detachment its guards serve.
            subject = nominative_phrase(served, "gent", language)
        if subject and short is not None:
            # "Национальный институт миграции Мексики (INM) депортировал": the body, and
            # the short name it goes by later.
            subject = f"{subject.rstrip()} {short.group().strip()}"
    words = words_of(subject or "")
    # "(на Баграташене) КГД не выпустил": a body's short name in capitals is a body too,
    # whatever place stands before it.
    acronym = bool(words) and ACRONYM.fullmatch(words[-1].text) is not None
    if acronym and not any(is_org_word(word) for word in words[:-1]):
        subject, words = words[-1].text, words[-1:]
    signed = decreed and (
        any(word.plain in KNOWN_BODIES for word in words) or _names_person(subject or "", language)
    )
    # "The Red Cross counted 1,447 arrivals": English "cross" is no body's head word alone.
    red_cross = subject is not None and _RED_CROSS.search(subject) is not None
    bodily = signed or acronym or red_cross or any(is_org_word(word) for word in words)
    if not subject or not bodily:
        return None
    if any(c.isdigit() for c in subject):
        return None  # "Серед них 3 412 людей пакистанська влада": no subject's words alone
    if names_outlet(subject, language):
        return None
    # The count is the sentence itself: no words of it are set apart as the speaker's.
    return Cue(0, subject, counted=True)


# A call-up told by its verb or its noun of people ("call up", "призвать", "призов", "шақыру";
# not "mobilisation", which names the event), and the verbs of whoever decreed or announced it.
_CALL_UP = re.compile(
    r"(?i)\b(?:call(?:ed|ing|s)?\s+up|mobili[sz](?:e|es|ed|ing)|conscript(?:ed|s)?|drafted)\b|"
    r"(?<!\w)(?:призва|призыв|призов|мобилизова|мобілізува|шақыр|жұмылдыр)\w*"
)
_DECREED = {
    "en": re.compile(r"\b(?:signed\s+(?:a|the)\s+decree|announced|ordered|decreed)\b"),
    "ru": re.compile(
        r"(?<!\w)(?:подписал[аи]?\s+указ|объявил[аои]?|распорядил(?:ся|ась|ись))(?!\w)"
    ),
    "uk": re.compile(
        r"(?<!\w)(?:підписа(?:в|ла|ли)\s+указ|оголоси(?:в|ла|ло|ли)|розпоряди(?:вся|лася))(?!\w)"
    ),
    "kk": re.compile(r"(?<!\w)(?:жарлыққа\s+қол\s+қойды|жариялады)(?!\w)"),
}


def _bare_reference(phrase: str) -> bool:
    """Whether a speaker's phrase names a body only by its kind: "в пресслужбі загону", "the
    ministry", "відомство" (no capitalised word, no acronym)."""
    words = words_of(phrase)
    return bool(words) and not any(
        word.text[:1].isupper() for word in words if word.plain not in {"the", "в", "у"}
    )


def _names_the_same_body(reference: str, full: str) -> bool:
    """Whether a bare reference shares a noun with a body named in full ("загону" with
    "Чернівецького загону", "ministry" with "Ministry of Refugees")."""
    # Three letters: Ukrainian changes a vowel inside the word ("загін", "загону").
    stems = {word.plain[:3] for word in words_of(full) if is_org_word(word)}
    return any(word.plain[:3] in stems and is_org_word(word) for word in words_of(reference))


# People who serve a body, named before it: "прикордонники Чернівецького загону".
_SLAVIC_SERVING = re.compile(
    r"(?i)(?:прикордонники|пограничники|співробітники|сотрудники|працівники|работники|"
    r"офіцери|офицеры|інспектори|инспекторы)\s+(?=\S)"
)


# A body's short name in brackets after its name, at the end of the words before a verb.
_SHORT_NAME_END = re.compile(r"\s*\([A-ZА-ЯЁІЇЄҐ][\w.-]{1,11}\)\s*$")


# Verbs of a body's own count: whoever registered or recorded the figure gave it.
_COUNTED = {
    "en": re.compile(
        r"\b(?:has\s+|have\s+|had\s+)?(?:registered|recorded|counted|logged|tallied|processed|"
        r"received|documented|deported|expelled|helped|assisted|repatriated|resettled|"
        # A body that turned people away knows how many: "the INM refused entry to 214".
        r"refused\s+entry|denied\s+entry|turned\s+back|turned\s+away|"
        # "The Nigeria Immigration Service (NIS) has prevented 45 women from boarding".
        r"prevented|intercepted|barred|removed|apprehended|stopped)\b"
    ),
    # A body that sent people away knows how many: "МВД России выдворило 48 граждан Индии".
    # ... or kept in: "КГД не выпустил из страны 14 человек".
    "ru": re.compile(
        r"(?<!\w)(?:зарегистрировал|зафиксировал|насчитал|уч[её]л|принял|выявил|выдворил|"
        r"депортировал|выслал|не\s+выпустил|не\s+пропустил|не\s+впустил|не\s+пустил|"
        r"развернул|отказал)(?:а|о|и)?(?:\s+во?\s+въезде)?(?!\w)"
    ),
    "uk": re.compile(
        r"(?<!\w)(?:зареєструва|зафіксува|нарахува|облікува|прийня|виявил?|видворил?|"
        r"депортува|висла|не\s+випусти|не\s+пропусти|не\s+впусти|не\s+пусти|розверну|"
        r"відмови)(?:в|ла|ло|ли)(?:\s+у\s+в['’]їзді)?(?!\w)"
    ),
    "kk": re.compile(
        r"(?<!\w)(?:тіркеді|тіркеген|есепке алды|анықтады|депортациялады|елден шығарды|"
        r"(?:елге\s+)?кіргізбеді|(?:елге\s+)?кіргізбеген|кері қайтарды|"
        r"(?:шекарадан\s+)?өткізбеді|(?:шекарадан\s+)?өткізбеген|жібермеді|жібермеген)(?!\w)"
    ),
}


_NAMED_AFTER = re.compile(r"\s*,?\s*(?P<n>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*(?=[,.;]|$)")


# A person's name after the cue's role, ending the sentence: ", Laura Lo Castro."
_NAME_AT_THE_END = re.compile(
    r"\s*,?\s*(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|de|da|van|von|al|bin|lo|la))"
    r"{1,3})\s*[.!]?\s*$"
)


# Roles an English name may follow as an appositive, beside the person roles the reader knows.
_MORE_ROLES = ("representative", "envoy", "coordinator", "commissioner", "governor", "mayor")


def _role_before_name(phrase: str) -> bool:
    """Whether a cue's words name a role whose holder a name after them could be: "UNHCR's
    representative in Chad", "the agency's spokesman"."""
    keys = (*PERSON_ROLES, *_MORE_ROLES)
    return any(
        part.startswith(keys) for word in words_of(phrase) for part in word.plain.split("-")
    )


def _ends_with_role(phrase: str) -> bool:
    words = words_of(phrase)
    return bool(words) and any(
        part.startswith(key) for part in words[-1].plain.split("-") for key in PERSON_ROLES
    )


def _names_person(phrase: str, language: str) -> bool:
    """Whether a phrase names a person ("... басшысы Мұстафа Хамди"), whatever outlet-like
    words ("ақпарат") it has."""
    return person_span(words_of(phrase), language) is not None


# "According to Reuters, which cited the Interior Ministry,": the outlet, then its source.
_EN_ACCORDING_RELAYED = re.compile(
    r"(?:^|(?<=[-–—]\s))\s*[Aa]ccording to (?P<y>[^,;:]{2,60}?),\s+(?:which|who)\s+"
    r"(?:cited|quoted)\s+(?P<x>[^,;:]{2,80}?)\s*,\s*"
)
# "figures the commission (, known as COMAR,) published": whose figures, the verb after them.
_FIGURES_THAT = re.compile(
    r"(?i)^(?:the\s+)?(?:latest\s+|new\s+|official\s+)?(?:figures|data|statistics|numbers)\s+"
    r"(?:that\s+|which\s+)?(?P<x>\S.*)$"
)
_GAVE_INSIDE = re.compile(
    r"(?P<x>.+?)\s+(?:published|released|issued|provided|gave|shared|compiled|submitted|"
    r"sent|supplied|presented|handed)\b.*$"
)
_GAVE_AFTER = re.compile(
    r"(?:\s*,\s*(?:known\s+as|also\s+called)\s+[^,]{1,40},)?\s*(?:published|released|issued|"
    r"provided|gave|shared|compiled)\b"
)
# "the ministry said, as reported by L'Orient Today", "according to X, quoted by AFP", "X said
# in a statement carried by the National News Agency": the words after the speaker's cue name
# the outlet that relayed them, known or not.
_EN_RELAYED_AFTER = re.compile(
    r"\s*(?:on\s+(?:Twitter|X|Facebook|Telegram|Instagram)\s*)?(?:,\s*|\s+)(?:(?:as\s+)?"
    r"(?:reported|quoted|cited|carried|relayed)|in\s+an?\s+(?:statement|post|interview|"
    r"report|release)\s+(?:carried|published|quoted|relayed|reported)|in\s+comments\s+"
    r"(?:carried|published|quoted|reported))\s+by\s+(?P<y>(?:the\s+)?[A-Z][^,;:()]{1,60}?)"
    r"\s*(?=[,;:()]|\.(?:\s|$)|$)"
)
# "..., police spokesman Marco Bianchi said, Reuters reported.": an outlet, then its verb,
# after the speaker's cue.
_EN_OUTLET_REPORTED_AFTER = re.compile(
    r"\s*,\s*(?P<y>(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})\s+"
    r"(?:reported|reports|wrote|writes)\s*(?=[,;:()]|\.(?:\s|$)|$)"
)
# "..., Egypt's foreign ministry said, according to Ahram Online.": the outlet it was read in,
# after the speaker's cue.
_EN_ACCORDING_AFTER = re.compile(
    r"\s*,\s*according\s+to\s+(?:the\s+)?(?P<y>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})"
    r"(?:\s+(?:website|newspaper|daily|news\s+agency|agency|channel|broadcaster))?"
    r"\s*(?=[,;:()]|\.(?:\s|$)|$)"
)
# The sentence's last clause naming the outlet that carried it: ", Reuters reported.",
# ", according to the Saudi Press Agency."
_EN_OUTLET_LAST = re.compile(
    r",\s*(?:(?:as\s+)?(?:reported|quoted|carried)\s+by\s+|according\s+to\s+)?(?:the\s+)?"
    r"(?P<y>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})"
    r"(?:\s+(?:website|newspaper|daily|news\s+agency|agency|channel|broadcaster))?"
    r"(?:\s+(?:reported|reports|wrote|writes))?\s*\.?\s*$"
)
# "..., заявили в ливанской армии, передает Reuters": an outlet's verb after the speaker's cue
# names the outlet that relayed the words.
_SLAVIC_RELAYED_AFTER = re.compile(
    r"\s*,\s*(?:(?:—|–)\s*)?(?:передает|передаёт|пишет|сообщает|информирует|передає|пише|"
    r"повідомляє|інформує|цитирует|цитує|"
    # "— заявил министр ..., слова которого приводит «Интерфакс»."
    r"слова\s+(?:которого|которой|которых|якого|якої|яких)\s+(?:привод(?:ит|ят)|"
    r"цитиру(?:ет|ют)|навод(?:ить|ять)|циту(?:є|ють)))\s+"
    # "цитирует его «Интерфакс»": whom it quotes, then the outlet.
    r"(?:(?:его|её|ее|их|його|її|їх)\s+)?(?P<y>(?:(?:[а-яёіїєґ]+(?:ое|ий|ее|ая|а|е|і)\s+)?(?:агентство|"
    r"агенція|информагентство|інформагентство|издание|видання|телеканал|газета|радио|радіо|"
    r"портал|сайт|телеграм-канал)\s+)?(?:«[^«»]{1,60}»|[A-ZА-ЯЁІЇЄҐ]"
    r"[^,;:()«»]{0,60}?))\s*(?=[,;:()]|\.(?:\s|$)|$)"
)
# "..., – деді министр ..., оның сөзін Интерфакс агенттігі келтіреді": the outlet that
# quotes the speaker's words, after the speaker.
_KK_RELAYED_AFTER = re.compile(
    r"\s*,\s*(?:оның|олардың)\s+(?:сөзін|сөздерін)\s+(?P<y>\S[^,;:()]{0,60}?)\s+"
    r"(?:келтіреді|келтірді|келтірген|жеткізді|жеткізеді)\s*\.?$"
)
_KK_AGENCY = ("агенттигинин",)


def relay_clause_at(text: str, at: int) -> bool:
    """Whether the clause at ``at`` (its comma) only names the outlet that relayed a speaker's
    words: ", as quoted by Reuters", ", передает ТАСС"."""
    return bool(_EN_RELAYED_AFTER.match(text, at) or _SLAVIC_RELAYED_AFTER.match(text, at))


# The name's fields before the last comma of a Kazakh cue's phrase: "Израильдің Халық, " before
# "көші-қон және шекара басқармасының мәліметінше" (a capitalised start, no verb, no number).
_KK_FIELDS_BEFORE = re.compile(
    r"(?:^|(?<=[.;:!?«»\"–—\s]\s))(?P<x>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^,.;:!?«»\"–—\d]{2,60}),\s*$"
)
# "Қорғас бекеті арқылы", "«Нұр Жол» өткелі арқылы": a place's name, its noun, "through".
_KK_THROUGH = re.compile(r"[»\"”]?\s*(?:\w+\s+)?арқылы(?!\w)", re.IGNORECASE)


def _acting_body(text: str, cue: Cue | None) -> str | None:
    """The body a Kazakh sentence makes its subject after an outlet's "хабарлауынша": whose
    figures the outlet reported."""
    if cue is None or not cue.phrase or cue.cited or cue.told:
        return None
    if not names_outlet(cue.phrase, "kk") or not plain(cue.phrase).endswith(_KK_AGENCY):
        # A site's "жазуынша" is its own reporting; an agency relays an official body.
        return None
    rest = text[cue.end :].strip(" ,")
    subject = kazakh_subject(rest)
    if not subject or names_outlet(subject, "kk"):
        return None
    after = rest[rest.find(subject) + len(subject) :] if subject in rest else ""
    if _KK_THROUGH.match(after):
        return None  # "Қорғас бекеті арқылы": the way people went, not who acted
    words = words_of(subject)
    return subject if words and is_org_word(words[-1]) else None


def _outlet_by_kind(outlet: str) -> bool:
    """ "агентство ДХА", "видання NewsMaker": a kind of outlet, then its one name. After a
    verb of quoting, an "агентство" is a news agency, not a state's."""
    kind, _, name = outlet.partition(" ")
    return (
        bool(name)
        and " " not in name
        and plain(kind).startswith((*OUTLET_NOUNS, plain("агентств")))
        and name.lstrip('«"')[:1].isupper()
    )


_IN_A_TALK_FIRST = re.compile(
    r"(?i)^(?:в|у|во)\s+(?:интервью|інтерв['’]ю|эфире|ефірі|комментарии|коментарі)\s+"
)


def _slavic_quoting(left: str, right: str, verb: str, language: str) -> Cue | None:
    """ "— цитирует РИА Новости пресс-секретаря ведомства Анну Иванову": the outlet carried
    what the person it quotes said."""
    if not verb.startswith(("цитиру", "цитує", "цитуют", "цитують")):
        return None
    if re.search(r"(?i)(?<!\w)(?:которого|которую|которых|якого|яку|яких)\s*$", left):
        return None  # "X, якого цитує агенція Рейтер,": X is whom it quotes, read as relayed
    named = slavic_object(right)
    words = named.split()
    for size in range(1, min(4, len(words) - 1) + 1):
        outlet, person = " ".join(words[:size]), " ".join(words[size:])
        if names_outlet(outlet, language):
            return Cue(0, outlet, "nomn", True, person, "accs")
    for size in range(1, min(3, len(words) - 1) + 1):
        # "— цитирует губернатора провинции Агры Мехмета Четина агентство ДХА": the outlet
        # last, after the person it quotes.
        person, outlet = " ".join(words[:-size]), " ".join(words[-size:])
        if names_outlet(outlet, language) or _outlet_by_kind(outlet):
            return Cue(0, outlet, "nomn", True, person, "accs")
    subject = slavic_subject(left, language) if not speaker_follows(left) else None
    if subject and named and names_outlet(subject, language):
        # "РИА Новости цитирует главу ведомства": the subject is the outlet.
        return Cue(0, subject, "nomn", True, named, "accs")
    return None


def _told_first(text: str, patterns: _Patterns, language: str) -> Cue | None:
    """ "In an interview with the BBC, Interior Minister Anna Berg said ...": the cue the rest
    of the sentence gives, told to the outlet named first."""
    opening = TOLD_FIRST.match(text) if language == "en" else None
    if opening is None or not names_outlet(opening["y"], language):
        return None
    rest = " " * opening.end() + text[opening.end() :]
    for match in patterns.verb.finditer(rest):
        cue = _verb_cue(rest, match, patterns, language)
        if cue is not None and cue.phrase and not cue.cited:
            return replace(cue, told=cue.told or opening["y"])
    return None


def _relayed_after(text: str, cue: Cue, language: str) -> Cue | None:
    """The cue with the outlet that relayed the speaker's words, when the words after the
    speaker's cue name one: "..., the ministry said, as reported by L'Orient Today",
    "..., заявили в ливанской армии, передает Reuters"."""
    if not cue.phrase or cue.cited or cue.media:
        return None
    if language in {"ru", "uk"}:
        found = _SLAVIC_RELAYED_AFTER.search(text, cue.end)
        if found is None or not names_outlet(found["y"], language):
            return None
        return Cue(found.end(), found["y"], "nomn", True, cue.phrase, cue.case, cue.back)
    if language == "kk":
        # The Kazakh verb comes before its speaker: the relay ends the speaker's phrase.
        found = _KK_RELAYED_AFTER.search(cue.phrase)
        if found is None or not names_outlet(found["y"], language):
            return None
        speaker = cue.phrase[: found.start()].strip()
        return Cue(cue.end, found["y"], "nomn", True, speaker, cue.case, cue.back)
    if language != "en":
        return None
    # "said in a statement carried by X" was read as the outlet told; else it follows the cue.
    in_told = _EN_RELAYED_AFTER.match(cue.told or "")
    found = in_told or _EN_RELAYED_AFTER.match(text, cue.end)
    reported = _EN_OUTLET_REPORTED_AFTER.match(text, cue.end) if found is None else None
    if reported is not None and names_outlet(reported["y"], language):
        found = reported  # "..., the spokesman said, Reuters reported."
    according = _EN_ACCORDING_AFTER.match(text, cue.end) if found is None else None
    if according is not None and names_outlet(according["y"], language):
        found = according  # "..., the foreign ministry said, according to Ahram Online."
    if found is None:
        closing = _EN_OUTLET_LAST.search(text, cue.end)
        if closing is not None and names_outlet(closing["y"], language):
            # "The Directorate of Passports said 12,400 Saudis left on Tuesday, the Saudi
            # Press Agency reported.": the outlet closes the sentence the speaker opened.
            y = closing["y"]
            return Cue(cue.end, y, "nomn", True, cue.phrase, cue.case, cue.back, cue.told)
        return None
    told = None if in_told else cue.told
    end = cue.end if in_told else found.end()
    return Cue(end, found["y"], "nomn", True, cue.phrase, cue.case, cue.back, told)


# "... сөзінше", "... айтуынша" ending the words before a colon: the Kazakh "according to" cue's.
_KK_ACCORDING_END = re.compile(r"\s+(?:сөзінше|айтуынша|мәліметінше|дерегінше)\s*$")
# A Kazakh "Source:" line's body, then the outlet by whose report: "X, NewsMaker хабарлауынша".
_KK_SOURCE_REPORTED = re.compile(
    r"(?P<x>[^,]+?),\s*(?P<y>[^,]+?)\s+(?:хабарлауынша|жазуынша|хабарлағандай)\.?"
)
# "Бұл туралы", "Осы туралы": about what the sentences before said.
_KK_ABOUT_THIS = re.compile(r"\s*(?:Бұл|Осы|Ол)\s+туралы\s+", re.IGNORECASE)
# On an outlet's air or in its interview, before the speaker: "В эфире телеканала «Россия 24»
# представитель ...", "В інтерв'ю «Суспільному» речник ...".
_ON_AIR_FIRST = re.compile(
    r"^\s*[ВвУу]\s+(?:эфире|ефірі|интервью|інтерв['’]ю)\s+(?:(?:телеканала|телеканалу|"
    r"радиостанции|радіостанції|радио|радіо|агентству|агентства|агенції|изданию|виданню)\s+)?"
    r"(?P<y>«[^»]+»|[A-ZА-ЯЁІЇЄҐ][\w.-]*(?:\s+(?:\d+|[A-ZА-ЯЁІЇЄҐ][\w.-]*))?)\s+(?P<rest>\S.*)$"
)
# A body's words, then the outlet that relayed them, inside one cue's phrase.
_RELAY_INSIDE = re.compile(
    r"(?P<x>.+?),\s+(?:повідомляє|повідомляють|пише|передає|сообщает|пишет|передает|"
    r"reports|writes|reported)\s+(?P<y>[^,]+)"
)
# What an outlet is, before its name: "громадський мовник Kringvarp Føroya".
_OUTLET_KIND_BEFORE = re.compile(
    r"(?i)^(?:[^\W\d_]+\s+)?(?:мовник|телеканал|видання|агентство|агенція|издание|"
    r"broadcaster|outlet|agency|newspaper)\s+"
)


# "Как сообщает агентство Рейтер, ...", "Як повідомляє Укрінформ, ...", "As Reuters
# reported, ...": the outlet opens the sentence; a speaker's verb may follow.
_AS_THE_OUTLET_REPORTS = re.compile(
    r"^\s*(?:(?:Как|Як)\s+(?:сообщает|сообщило|сообщил[аи]?|передает|передаёт|передал[оаи]?|"
    r"пишет|писал[оаи]?|информирует|повідомляє|повідомило|повідомила|повідомив|передає|"
    r"передало|передала|пише|писало|писала|інформує)\s+(?P<y>[^,]{2,60}?)|"
    r"As\s+(?P<en>[^,]{2,60}?)\s+(?:reported|reports|wrote|writes|noted))\s*,\s*"
)


# "Citing police spokesman X, Reuters reported that ...": the outlet carried X's words.
_EN_CITING_FIRST = re.compile(
    r"^\s*(?:Citing|Quoting)\s+(?P<x>[^,]{2,80}?)\s*,\s*(?P<y>(?:the\s+)?[A-Z][^,]{1,60}?)\s+"
    r"(?:reported|reports|said|says|wrote|writes)\b"
)


def _speaker_after_the_outlet(
    text: str, cue: Cue | None, language: str, line_start: bool
) -> Cue | None:
    """ "Как сообщает агентство Рейтер, ..., заявил представитель полиции X": X said it, the
    outlet that opens the sentence carried it; None when no speaker of its own follows."""
    opening = _AS_THE_OUTLET_REPORTS.match(text)
    if cue is None or opening is None or cue.end > opening.end():
        return None
    outlet = (opening["y"] or opening["en"]).strip()
    if not names_outlet(outlet, language):
        return None
    rest = " " * opening.end() + text[opening.end() :]
    said = _find_cue(rest, language, line_start)
    if said is None or not said.phrase or said.cited or said.media or said.told:
        return None
    if names_outlet(said.phrase, language):
        return None
    return Cue(said.end, outlet, "nomn", True, said.phrase, said.case, said.back)


def find_cue(text: str, language: str, line_start: bool = True) -> Cue | None:
    """The reporting cue of a sentence that names its speaker, or None; see ``_find_cue``.

    "Як розповів «Європейській правді» речник ДПСУ": a quoted name in the dative before the
    speaker is the outlet told, whichever pattern found the cue.
    """
    # At the sentence's start, or after a dateline's dash.
    relayed = _EN_ACCORDING_RELAYED.search(text) if language == "en" else None
    relayed = relayed or (_EN_CITING_FIRST.match(text) if language == "en" else None)
    if relayed is not None and names_outlet(relayed["y"], language):
        # "According to Reuters, which cited the Interior Ministry, ...": the ministry said
        # it, the agency carried it.
        return Cue(relayed.end(), relayed["y"], "nomn", True, relayed["x"], "nomn")
    cue = _find_cue(text, language, line_start)
    told_by_the_outlet = _speaker_after_the_outlet(text, cue, language, line_start)
    if told_by_the_outlet is not None:
        return told_by_the_outlet
    carried = _relayed_after(text, cue, language) if cue is not None else None
    if carried is not None:
        return carried
    inside = _RELAY_INSIDE.fullmatch(cue.phrase) if cue is not None and not cue.cited else None
    if cue is not None and inside is not None and names_outlet(inside["y"], language):
        # "Такі дані оприлюднило Управління ... (Útlendingastovan), повідомляє громадський
        # мовник Kringvarp Føroya": the body's words, relayed by the outlet after them.
        outlet = _OUTLET_KIND_BEFORE.sub("", inside["y"]).strip()
        return replace(cue, phrase=outlet, media=True, cited=inside["x"], cited_case=cue.case)
    named = (
        _NAME_AT_THE_END.match(text, cue.end)
        if cue is not None and cue.phrase and language == "en"
        else None
    )
    if (
        cue is not None
        and named is not None
        and cue.told is None
        and _role_before_name(cue.phrase)
        # "border chief Somchai Vong told Herald Tribune.": the role has its name already.
        and not _names_person(cue.phrase, language)
    ):
        # "..., according to UNHCR's representative in Chad, Laura Lo Castro.": the role,
        # then who holds it.
        return replace(cue, end=named.end(), phrase=f"{named['name']}, {cue.phrase}")
    aired = _ON_AIR_FIRST.match(cue.phrase) if cue is not None and cue.told is None else None
    if cue is not None and aired is not None and language in {"ru", "uk"}:
        # "В эфире телеканала «Россия 24» представитель УВКБ ООН Ольга Сарадо сообщила": on
        # whose air, then who spoke. "как заявил в интервью ТАСС начальник ... X" was read
        # as the interview relaying X's words: X said them, the agency was told.
        relayed_words = cue.media and cue.cited == aired["rest"]
        return replace(
            cue,
            phrase=aired["rest"],
            told=aired["y"].strip('«»"“” '),
            media=cue.media and not relayed_words,
            cited=None if relayed_words else cue.cited,
        )
    dative = (
        QUOTED_HEARER_FIRST.match(cue.phrase)
        if cue is not None and cue.phrase and cue.told is None and language in {"ru", "uk"}
        else None
    )
    if cue is None or dative is None or not cue.phrase[dative.end() :].strip():
        return cue
    told = dative_name(dative["y"], language)
    return replace(cue, phrase=cue.phrase[dative.end() :].strip(), told=told)


def _find_cue(text: str, language: str, line_start: bool = True) -> Cue | None:
    """The reporting cue of a sentence that names its speaker, or None.

    Args:
        text: the sentence.
        language: "en", "ru", "uk" or "kk".
        line_start: the sentence opens its line (a "Quote from X:" line is read only there).
    """
    patterns = _PATTERNS.get(language, _EN)
    opening = dateline_end(text) if line_start else 0
    if opening:
        # "АЛМАТЫ, 8 мамыр 2024 жыл (Жетісу жаршысы) – вице-министр X ... хабарлады": the
        # story's place, day and outlet are nobody's words; blanked, the offsets kept.
        dash = _DATELINE_DASH.match(text, opening)
        opening = dash.end() if dash else opening
        text = " " * opening + text[opening:]
    if line_start:
        quote = _QUOTE_LINE.match(text)
        if quote:
            slavic = language in {"ru", "uk"} and not quote.group().lstrip().startswith("Q")
            return Cue(quote.end(), quote.group("x"), "gent" if slavic else "nomn")
        led = _SPEAKER_FIRST.match(text)
        # "X, a spokesman for the border service, told AFP:": the verb's cue says more.
        # "Раду Стойканың сөзінше: «...»": no speaker named before a colon, but whose words
        # the "according to" cue below reads, in the genitive.
        according = led is not None and language == "kk" and _KK_ACCORDING_END.search(led["x"])
        if (
            led
            and not according
            and speaks(led["x"], language)
            and not patterns.verb.search(led["x"])
        ):
            # "ҰҚК Шекара қызметі: 8-17 қазан аралығында ... кірді": a body, then its words.
            return Cue(led.end(), led["x"])
    quoted_by = QUOTED_BY.search(text) if language == "en" else None
    speaker = english_subject(text[: quoted_by.start()]) if quoted_by is not None else None
    if quoted_by is not None and speaker:
        # "Police spokesman Ahmed Ali was quoted by the Daily Star as saying that 200 ...".
        return Cue(quoted_by.end(), quoted_by["outlet"], "nomn", True, speaker, "nomn")
    quoting = _QUOTED_AS_SAYING.search(text) if language == "en" else None
    if quoting is not None:
        # "Thai PBS quoted the army's Naresuan Task Force as saying that 617 ...": the outlet
        # carried what the body said.
        return Cue(quoting.end(), quoting["outlet"], "nomn", True, quoting["x"], "nomn")
    relayed_aside = _WHOSE_DATA_CITED.match(text) if language in {"ru", "uk"} else None
    if relayed_aside is not None:
        # "КГБ Южной Осетии, на данные которого ссылается агентство «Рес», зафиксировал":
        # the body's figures, carried by the agency that cites them.
        return Cue(
            relayed_aside.end(), relayed_aside["y"].strip(), "nomn", True, relayed_aside["x"]
        )
    cue = _told_first(text, patterns, language)
    if cue is not None:
        return cue
    citing = patterns.citing.search(text)
    # "Reuters, citing the ministry, reported": the verb's subject is read without the cited.
    masked = text
    if citing is not None:
        masked = text[: citing.start()] + "," + " " * (citing.end() - citing.start() - 1)
        masked += text[citing.end() :]
    found: list[tuple[int, Cue]] = []
    gate = patterns.according_words
    phrase_cues = patterns.according if gate is None or gate.search(masked) else ()
    for pattern, case in phrase_cues:
        match = pattern.search(masked)
        if match:
            phrase = _DATA.sub("", match.group("x"))  # "UNHCR data", "the ministry's figures"
            acronym_after = _ACRONYM_AFTER.match(masked, match.end("x"))
            if acronym_after is not None and not _ACRONYM_AFTER.search(phrase):
                # "За даними Національного інституту міграції Мексики (INM),": the short name
                # the article calls the body by later.
                phrase = f"{phrase} {acronym_after.group().strip()}"
                holder = _HOLDER_AFTER.match(masked, acronym_after.end())
                if language in {"ru", "uk"} and holder is not None:
                    # "За словами координатора Міжнародної організації з міграції (МОМ) у
                    # регіоні Амхара Ахмеда Юсуфа": the post's holder, after the body's name.
                    phrase = f"{phrase} {holder['n']}"
            if language == "en" and phrase != match.group("x"):
                phrase = _FRESH.sub("", phrase)
            listed = (
                _KK_FIELDS_BEFORE.search(masked, 0, match.start("x")) if language == "kk" else None
            )
            if listed is not None and re.search(r"\s(?:және|мен|бен|пен)\s", phrase):
                # "Израильдің Халық, көші-қон және шекара басқармасының мәліметінше": a body
                # whose name lists its fields runs back over their commas.
                phrase = f"{listed['x'].strip()}, {phrase}"
            released = _RELEASED_BY.match(phrase) if language == "en" else None
            if released is not None:
                phrase = released["x"]
            owned = _BODY_FIGURES.match(phrase) if language == "en" else None
            if owned is not None:
                phrase = owned["x"]
            gave = _FIGURES_THAT.match(phrase) if language == "en" else None
            inside = _GAVE_INSIDE.match(gave["x"]) if gave is not None else None
            if inside is not None:
                # "according to figures the interior ministry released on Tuesday".
                phrase = inside["x"]
            elif gave is not None and _GAVE_AFTER.match(masked, match.end("x")):
                # "according to figures the commission, known as COMAR, published on
                # Tuesday": the commission's figures.
                phrase = gave["x"]
            if language == "en" and phrase.strip().casefold() == "it":
                # "..., according to figures it published on Wednesday": "it" is the body the
                # sentence opens with, as in "..., it said".
                phrase = english_opening(masked[: match.start()]) or phrase
            named = _NAMED_AFTER.match(masked, match.end()) if language == "en" else None
            if named is not None and _ends_with_role(phrase) and _names_person(named["n"], "en"):
                # "according to the Malaysian Immigration Department's director-general,
                # Ruslin Jusoh": the role, then who holds it.
                phrase = f"{named['n']}, {phrase}"
            told: str | None = None
            heard_kk = kazakh_hearer(phrase) if language == "kk" else None
            if heard_kk is not None and heard_kk[1]:
                # "Польша шекара күзеті Reuters агенттігіне берген мәліметке сәйкес": the
                # guard's figures, the agency told them.
                told, phrase = heard_kk
            if language in {"ru", "uk"}:
                # "Как заявил журналистам глава ведомства X": X, whoever heard it.
                phrase = without_audience(phrase)
                kind_first = _TOLD_KIND_FIRST.match(phrase)
                heard = _TOLD_FIRST.match(phrase) or _TOLD_FIRST_BARE.match(phrase)
                if kind_first is not None:
                    # "Як розповів виданню «Суспільне» консул X": the outlet, by its kind and
                    # its name as it calls itself.
                    told, phrase = kind_first["y"].strip('«»"“„” '), kind_first["rest"]
                elif heard is not None and names_outlet(heard["y"], language):
                    # "Как рассказал «Интерфаксу» глава службы X": the paper was told.
                    told = nominative_phrase(heard["y"], "datv", language)
                    phrase = heard["rest"]
                kind_last = _TOLD_KIND_LAST.search(phrase) if heard is None else None
                if kind_last is not None:
                    # "Как рассказали в пресс-службе МВД агентству «Интерфакс»": the body,
                    # then the outlet it told, by its kind and its name.
                    told = kind_last["y"].strip('«»"“”')
                    phrase = phrase[: kind_last.start()].strip()
            # "Об этом говорится в докладе X", "Бұл туралы X хабарламасында айтылған": X is
            # the source of the sentences before.
            back = patterns.back.match(masked)
            backward = back is not None and back.end() >= match.start()
            if back is not None and backward and phrase.startswith(back.group()):
                phrase = phrase[back.end() :].strip()
            found.append((match.start(), Cue(match.end(), phrase, case, back=backward, told=told)))
    first: re.Match[str] | None = None
    for match in patterns.verb.finditer(masked):
        cue = _verb_cue(masked, match, patterns, language)
        if cue is None:
            continue
        if first is None:
            found.append((match.start(), cue))
            first = match
            if language != "en" or not match.group("v").startswith("put"):
                break
        elif cue.phrase and _names_person(cue.phrase, language):
            # "The ministry put the number at 128,000, spokesman Abdul Samad Nadim told
            # Reuters": the spokesman said it, for the body that counted.
            found[-1] = (first.start(), cue)
            break
    passive = patterns.passive.search(masked)
    if passive and not any(cue.phrase for _, cue in found):
        # "It was reported that ...": no one named. A speaker the sentence does name outweighs
        # it ("... since the mobilisation was announced, according to the ministry").
        found.append((passive.start(), Cue(passive.end(), "")))
    if citing is None and not found:
        counted = _counting_cue(masked, language)
        if counted is not None:
            found.append((0, counted))
    only = found[0][1] if citing is None and len(found) == 1 else None
    if only is not None and only.phrase and not only.cited and _bare_reference(only.phrase):
        counted = _counting_cue(masked[: found[0][0]], language)
        if counted is not None and _names_the_same_body(only.phrase, counted.phrase):
            # "прикордонники Чернівецького загону відмовили ..., повідомили в пресслужбі
            # загону": the detachment the sentence named in full.
            return replace(only, phrase=counted.phrase, case="nomn")
    if (
        only is not None
        and language in {"ru", "uk"}
        and only.phrase
        and not only.cited
        and names_outlet(only.phrase, language)
        and not _names_person(only.phrase, language)
    ):
        # "Слідча поліція Чилі відмовила у в'їзді 3 412 іноземцям, передає агентство EFE": the
        # body did it, the outlet carried it.
        counted = _counting_cue(masked[: found[0][0]], language)
        if counted is not None:
            return Cue(only.end, only.phrase, only.case, True, counted.phrase, "nomn", only.back)
    if citing is None:
        cue = min(found, key=lambda item: item[0])[1] if found else None
        last = max(found, key=lambda item: item[0])[1] if found else None
        if (
            cue is not None
            and last is not None
            and last is not cue
            and cue.phrase
            and not cue.cited
            and names_outlet(last.phrase, language)
            and not _names_person(last.phrase, language)
        ):
            # "За даними МЗС, ..., повідомляє BBC News Україна": the ministry's figures, the
            # outlet carried them.
            return Cue(cue.end, last.phrase, "nomn", True, cue.phrase, cue.case, cue.back)
        if (
            cue is not None
            and last is not None
            and last is not cue
            and cue.phrase
            and last.phrase
            and not cue.cited
            and not last.cited
            and names_outlet(cue.phrase, language)
            and (not names_outlet(last.phrase, language) or _names_person(last.phrase, language))
        ):
            # "MENA агенттігінің хабарлауынша, ... басшысы Мұстафа Хамди ... айтты", "По
            # данным ТАСС, глава МЧС заявил, что": the official said it, the outlet carried it.
            return Cue(last.end, cue.phrase, cue.case, True, last.phrase, last.case, cue.back)
        acting = _acting_body(text, cue) if language == "kk" else None
        if cue is not None and acting is not None:
            # "ТАСС агенттігінің хабарлауынша, Ресей Қорғаныс министрлігі ... қайтарды": the
            # ministry's doing, as the agency reported it.
            return Cue(cue.end, cue.phrase, cue.case, True, acting, "nomn", cue.back)
        # Its words first: the pattern, searched for, tries a name at every word.
        given = language == "kk" and "берген" in text
        interview = _INTERVIEW.search(text) if given else None
        if cue is not None and interview is not None and cue.told is None:
            # "Kazinform агенттігіне берген сұхбатында ... атап өтті": the agency carried it.
            told = re.sub(r"-(?:ке|қа|ге|ға|на|не|а|е)$", "", interview["x"])
            quoted_name = re.match(r"«(?P<name>[^»]+)»", told)
            # "«Еуразия Today» порталына": the quoted name whole, its kind's case aside.
            told = quoted_name["name"] if quoted_name else nominative_phrase(told, "datv", "kk")
            cue = Cue(cue.end, cue.phrase, cue.case, cue.media, cue.cited, cue.cited_case,
                      cue.back, told)  # fmt: skip
        inside = _RELAYED_INSIDE.match(cue.phrase) if cue is not None and cue.phrase else None
        if cue is not None and inside is not None and language == "en":
            # "according to data from the Polish Border Guard cited by Notes from Poland.": the
            # phrase ran to the sentence's end over the outlet that relayed the figures.
            return Cue(cue.end, inside["y"], "nomn", True, inside["x"], cue.case)
        relayed = _RELAYED.match(text, cue.end) if cue is not None and cue.phrase else None
        if cue is not None and relayed is not None:
            # "За даними X, на які посилається LRT,": X's figures, carried by LRT.
            return Cue(relayed.end(), relayed["y"], "nomn", True, cue.phrase, cue.case)
        return cue
    if found:
        cue = min(found, key=lambda item: item[0])[1]
    else:
        # "Reuters, citing the ministry, ..." with no verb: the outlet is before "citing".
        cue = Cue(citing.end(), text[: citing.start()].strip(" ,"))
    cited = citing.group("x").rpartition(",")[2] if language == "kk" else citing.group("x")
    about_this = _KK_ABOUT_THIS.match(cited) if language == "kk" else None
    if about_this is not None:
        # "Бұл туралы South China Morning Post басылымы ... сілтеме жасап хабарлады": about
        # the sentences before, the outlet named first.
        cited = cited[about_this.end() :]
        cue = replace(cue, back=True)
    relayed = _KK_RELAYED.match(cited.strip()) if language == "kk" else None
    led = _KK_OUTLET_FIRST.match(cited.strip()) if language == "kk" else None
    kind = _KK_KIND_FIRST.match(cited.strip()) if language == "kk" else None
    quoted = KK_QUOTED_END.search(text[: citing.start("x")]) if kind else None
    if kind is not None and quoted is not None:
        # "Бұл туралы «Белта» агенттігі ведомствоға сілтеме жасап хабарлады": the quoted
        # agency carried what the body it cites said.
        backward = cue.back or _KK.back.match(text) is not None
        return Cue(citing.end(), quoted["outlet"], "nomn", True, kind["rest"], "datv", backward)
    if relayed is None and led is None and language == "kk":
        # "Kazinform ІІМ-ге сілтеме жасап, ... хабарлады": an outlet the reader knows, named
        # bare, then whom it cites.
        words = cited.split()
        known = known_opening(words[:-1])
        if known:
            outlet, rest = " ".join(words[:known]), " ".join(words[known:])
            return Cue(citing.end(), outlet, "nomn", True, rest, "datv", cue.back)
    if relayed is None and led is not None:
        # "Al Jazeera телеарнасы ХКҰ-ға сілтеме жасап хабарлағандай": the outlet named first
        # carried what the body it cites said.
        return Cue(citing.end(), led["outlet"], "nomn", True, led["rest"], "datv", cue.back)
    if relayed is not None:
        # "..., деп хабарлайды Kazinform министрлікке сілтеме жасап": the agency carried what
        # the ministry said; "Sputnik Казахстан ..." names an outlet of two words.
        outlet, rest = _longest_known_first(relayed["outlet"], relayed["rest"])
        return Cue(citing.end(), outlet, "nomn", True, rest, "datv", cue.back)
    opened = _KK_OUTLET_FIRST.match(cue.phrase.strip()) if language == "kk" else None
    if opened is not None and relayed is None:
        # "Press Trust of India агенттігі Үндістанның шекара күзеті – «Сашастра Сима Бал»
        # өкілі Раджеш Кумарға сілтеме жасап": the agency named first, then the cited
        # person's body, which a dash set apart from the rest of whom it cites.
        whom = f"{opened['rest']} {cited.strip()}"
        return Cue(citing.end(), opened["outlet"], "nomn", True, whom, "datv", cue.back)
    return Cue(
        cue.end,
        cue.phrase,
        cue.case,
        # "Как передаёт агентство APA со ссылкой на X": an outlet's verb makes it the outlet.
        cue.media or any(other.media for _, other in found),
        cited,
        # "агенттігінің деректерін келтірген": whose data, in the genitive.
        "gent"
        if language == "kk" and "сілтеме" not in citing.group()
        else _CITED_CASE.get(language, "nomn"),
        cue.back,
        cue.told,
    )


def _longest_known_first(outlet: str, rest: str) -> tuple[str, str]:
    """The outlet a phrase opens with and the words after it: the longest name the reader
    knows that ``outlet`` and the first words of ``rest`` make ("Sputnik Казахстан"), else
    ``outlet`` itself."""
    words = [outlet, *rest.split()]
    known = known_opening(words[:-1])
    if known <= 1:
        return outlet, rest
    return " ".join(words[:known]), " ".join(words[known:])
