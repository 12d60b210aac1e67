"""Where the speaker is around a reporting verb: the words before it that can be its subject
("Marat Akhmetzhanov, the Minister of ..., said", "Министр обороны Сергей Шойгу заявил",
"Бұл туралы ... Көші-қон комитеті хабарлады"), or the words after it ('"...," said Laaksonen',
"..., сообщило министерство ...", "– деді Ерлан Сәрсенбаев").

A subject is accepted only if its words can be one: names, titles, bodies, pronouns, "the ..."
phrases in English; nouns, adjectives and names by pymorphy3 in Russian and Ukrainian; a full
name or a body's noun in the nominative in Kazakh. "Laaksonen also dismissed reports" has none.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.ingest.speaker_names import (
    ARTICLE_PREFIX,
    NAME_PARTICLES,
    Word,
    is_org_word,
    kazakh_base,
    latin,
    named_by_their_post,
    person_span,
    slavic_parses,
    words_of,
)
from bot.ingest.speaker_words import (
    CAPITALISED_NAME,
    NOT_NAMES,
    ORG_HEADS,
    ORG_ROLES,
    OUTLET_NOUNS,
    PERSON_ROLES,
    UNNAMED_SOURCE,
    plain,
)
from bot.language.countries import everyday_country_code
from bot.language.places import CONJUNCTIONS

__all__ = [
    "BODY_HEAD",
    "LISTED_AND",
    "bodies_with_acronyms",
    "english_object",
    "english_opening",
    "english_subject",
    "kazakh_subject",
    "slavic_appositive",
    "slavic_object",
    "slavic_subject",
    "speaker_follows",
    "unquoted_outlets",
    "without_audience",
]

# Where a subject before a verb can start: after a clause's punctuation.
_SEGMENT = re.compile(r"\s*(?:[,;:()\[\]\"“”«»]|\s[-–—]\s|^[-–—]\s)\s*")
# "..., said X", "» – деді X", "Как сообщил X", "Як нагадала X": the speaker comes next.
_BEFORE_SPEAKER = re.compile(r"(?:[,\"”»:]|[-–—]|(?:^|\s)(?:[Кк]ак|[Яя]к))\s*$")
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")
_EN_SPEAKING_ASIDE = re.compile(r",\s*speaking\s+(?:on|to|at|from|after|in)\b[^,]*$")
# A figure's thousands comma is no end of the clause: "which paid about $210,000".
_EN_RELATIVE = re.compile(r",\s*(?:which|who|whose|that)\b(?:[^,]|(?<=\d),(?=\d{3}))*$")
_EN_DESCRIPTION_RELATIVE = re.compile(r"(?P<d>,\s*(?:an?|the)\s+[^,]+?)\s+(?:who|which)\s[^,]*$")
# A name, then a relative clause that runs to the verb past commas of its own.
_EN_LONG_RELATIVE = re.compile(r"(?:^|,\s*)(?P<x>[A-Z][^,]*),\s*(?:who|which)\s[^\"“”]*$")
_EN_TRAILING = re.compile(
    r"(?:\s+(?:also|later|then|further|separately|previously|earlier|however|reportedly|"
    r"officially|has|have|had|once again|again))+\s*$"
)
_EN_TAIL = re.compile(
    r"\s+(?:on|in|at|during|after|before|while|when|as|to|told|last|yesterday|today|via|"
    r"through|from)\b.*$"
)
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})
# The most words a body's short name set before its description has: "Frontex", "Save the
# Children".
_NAME_WORDS = 4
_EN_CONNECT = frozenset({"of", "the", "for", "and", "de", "del", "la", "at", "on", "in"})
_EN_BAD_START = frozenset(
    {"on", "in", "at", "since", "from", "to", "by", "for", "of", "and", "yesterday", "today",
     "meanwhile", "however", "also", "last", "this", "according", "after", "before", "during",
     "when", "while", "as", "but", "so", "then", "later", "earlier", "who", "which", "that",
     "it", "there", "details", "previously", "we", "i", "you", "they", "some", "many",
     # Sentence adverbs: "Separately, the IOM said".
     "separately", "moreover", "additionally", "furthermore", "elsewhere", "similarly",
     "likewise", "nevertheless", "nonetheless", "overall", "altogether", "instead", "now",
     "still", "yet", "besides", "officially", "initially", "finally", "lastly"}
)  # fmt: skip
_EN_NOT_NP = frozenset(
    {"who", "which", "that", "was", "were", "is", "are", "has", "have", "had", "will", "would",
     "not", "also", "people", "been", "be", "could", "can", "may", "might", "did", "do"}
)  # fmt: skip
# Lower-case words a body's or an official's name is made of: "border guards", "deputy head".
_EN_BODY_WORDS = frozenset(
    {"border", "migration", "interior", "foreign", "internal", "state", "national", "federal",
     "immigration", "provincial", "district", "municipal", "city", "army",
     "military", "coast", "customs", "police",
     "public", "news", "press", "international", "regional", "local", "affairs", "deputy",
     "senior", "top", "refugee", "refugees", "emergency", "emergencies", "defence", "defense"}
)  # fmt: skip
_EN_PRONOUNS = frozenset({"he", "she"})
_EN_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z]{1,9}\)\s*$")
_EN_LONGEST = 12
_SLAVIC_LONGEST = 10
_KAZAKH_LONGEST = 12
_SLAVIC_TRAILING = frozenset({"ADVB", "PRCL", "CONJ", "INTJ", "PRED"})
_SLAVIC_NOUNS = frozenset({"NOUN", "ADJF", "PRTF", "NPRO"})
_SLAVIC_INSIDE = frozenset({"PREP", "CONJ"})
_KAZAKH_SURNAME = re.compile(
    r"(?:ов|ев|ова|ева|ин|ина|ын|ына|ұлы|улы|қызы|кызы|бай|бек|ский|ская|ко|ук|юк|ян|швили|"
    r"дзе|ли)$"
)


def speaker_follows(left: str) -> bool:
    """Whether the speaker comes after a verb with ``left`` before it: after a comma, a dash,
    a quotation mark, or nothing ("..., сообщило министерство", "», – деді X")."""
    return _BEFORE_SPEAKER.search(left) is not None or not left.strip()


def _segments(text: str) -> list[str]:
    parts = [part for part in _SEGMENT.split(text) if part and part.strip()]
    # "the Ministry of Labour, Social Security and Migration", "Министерство труда,
    # социального обеспечения и миграции": a body's name that lists its fields is one name.
    while len(parts) >= 2 and _BODY_LIST_END.fullmatch(parts[-1]) and BODY_HEAD.search(parts[-2]):
        parts[-2:] = [f"{parts[-2].rstrip()}, {parts[-1].strip()}"]
    return parts


# The words that join a body's last two fields: "... Social Security and Migration".
LISTED_AND = "|".join(sorted(CONJUNCTIONS, key=len, reverse=True))
# A body's head word, and the rest of its name after a comma: "..., Social Security and
# Migration", "..., соціального забезпечення та міграції".
BODY_HEAD = re.compile(
    r"(?i)(?<!\w)(?:ministry|министерств\w*|міністерств\w*|department|agency|office|"
    r"commission|council|committee|service|authority|directorate|комисси\w*|комісі\w*|"
    r"агентств\w*|агенці\w*|департамент\w*|управлени\w*|управлінн\w*|комитет\w*|"
    r"комітет\w*|министрлі\w*|"
    # "заместитель министра труда, миграции и занятости населения": its minister's too.
    r"minister|министр\w*|міністр\w*)"
)
_BODY_LIST_END = re.compile(
    rf"\s*[^\W\d_][^\d,;:!?()]{{0,60}}?\s(?:{LISTED_AND})\s[^\W\d_][^\d,;:!?()]{{0,40}}"
)


def _longest(segment: str, valid: Callable[[list[str]], bool]) -> str | None:
    """The longest end of ``segment`` whose words ``valid`` accepts."""
    matches = list(re.finditer(r"\S+", segment))
    for start in range(len(matches)):
        if valid([match.group().strip(".,") for match in matches[start:]]):
            return segment[matches[start].start() :]
    return None


def _lexical_head(low: str) -> bool:
    return (
        low.startswith(ORG_HEADS)
        or low.startswith(OUTLET_NOUNS)
        or any(low.startswith(key) for key in PERSON_ROLES)
        or any(low.startswith(key) for key in ORG_ROLES)
    )


def _valid_english(words: list[str]) -> bool:
    """Whether words can be the subject of a reporting verb: a name, "the agency", "He"."""
    if not words or len(words) > _EN_LONGEST:
        return False
    lowered = [plain(word).replace("’", "'").removesuffix("'s") for word in words]
    if lowered[0] in _EN_PRONOUNS:
        return len(words) == 1
    if lowered[0] in _EN_BAD_START or lowered[-1] in _EN_CONNECT | _DETERMINERS:
        return False
    if UNNAMED_SOURCE.match(" ".join(words)):
        # "..., witnesses said", "rights activists said": people who said it, if no one a
        # reader could cite; the body that did it did not say so.
        return True
    # "the X", and "chief of the Mae Sot immigration checkpoint": a role opens a description
    # that may hold other words.
    determined = (
        lowered[0] in _DETERMINERS
        or any(lowered[0].startswith(key) for key in PERSON_ROLES)
        # "Ukraine's honorary consul": a possessive determines its noun as "the" does.
        or (len(words) > 1 and words[0].replace("’", "'").endswith("'s"))
    )
    head = False
    for at, (word, low) in enumerate(zip(words, lowered, strict=True)):
        # "MA 35": a short number after a name in capitals is the name's.
        numbered = at and word.isdigit() and len(word) <= 3 and words[at - 1].isupper()
        if numbered:
            continue
        if any(char.isdigit() for char in word):
            return False
        if word[:1].isupper() or ARTICLE_PREFIX.match(word) or _lexical_head(low):
            head = True  # "Mazen al-Farrayeh"
        elif low == "of" and head:
            # "Diana Paredes of the national police migration unit": a name, then where its
            # bearer works, which may hold other words.
            determined = True
        elif low in _EN_CONNECT or low in _DETERMINERS or low in _EN_BODY_WORDS:
            continue
        elif low in NAME_PARTICLES:
            continue  # "Elena van der Merwe"
        elif not determined or low in _EN_NOT_NP or low.endswith(("ed", "ing", "ly")):
            # "the X" may hold other words ("the head of international affairs"); a bare
            # phrase may not ("Laaksonen also dismissed").
            return False
    return head


def _opens_a_description(phrase: str) -> bool:
    """Whether a phrase opens as a description of someone: "the consul", "a spokeswoman",
    "Ukraine's honorary consul"."""
    first = phrase.split()[0].replace("’", "'")
    return plain(first) in _DETERMINERS or (first.endswith("'s") and len(phrase.split()) > 1)


def english_subject(left: str) -> str | None:
    """The subject before an English verb, with a name's description beside it: "Marat
    Akhmetzhanov, the Minister of ...", "the director of ..., Andres Salcedo"."""
    # "Brazil's Federal Police, which processes the requests, said": the relative clause
    # describes the subject, it is not one.
    left = _EN_RELATIVE.sub("", left.rstrip(" ,"))
    # "Yael Morgenstern, a Tel Aviv lawyer who specialises in citizenship claims, told": what
    # the description's person does is no part of it.
    left = _EN_DESCRIPTION_RELATIVE.sub(r"\g<d>", left)
    described = _EN_LONG_RELATIVE.search(left)
    if described is not None and english_subject(described["x"]) is not None:
        # "Aviaja Lynge, who heads the labour market department of Naalakkersuisut, the
        # Greenlandic government, told": a relative clause with commas of its own describes
        # the name before it to the verb.
        left = left[: described.end("x")]
    # "Officials ..., speaking on condition of anonymity, said": the aside is no subject.
    left = _EN_SPEAKING_ASIDE.sub("", left)
    acronym = _EN_ACRONYM.search(left)
    if acronym is not None:
        listed = CAPITALISED_NAME.fullmatch(left[: acronym.start()].strip())
        if listed is not None and "," in listed.group():
            # "Immigration, Refugees and Citizenship Canada (IRCC) said": a body whose name
            # is a list, its commas inside it.
            return f"{listed.group().strip()} {acronym.group().strip()}"
        # "The National Migration Institute (INM) said": the body, and what it is called later.
        subject = english_subject(left[: acronym.start()])
        return f"{subject} {acronym.group().strip()}" if subject else None
    segments = _segments(_EN_TRAILING.sub("", left))
    if not segments:
        return None
    # "the Bulgarian Citizenship Directorate at the Justice Ministry said": the body, not where
    # it sits.
    segments[-1] = _SEAT.sub(r"\g<head>", segments[-1])
    subject = _longest(segments[-1], _valid_english)
    if subject is None or subject != segments[-1].strip() or len(segments) < 2:
        return subject
    previous = segments[-2].strip()
    # "the Eid Al Adha holiday, Dubai's General Directorate ... said": a name a person goes by
    # has neither an article before it nor a lower-case noun after it.
    named_alone = previous[:1].isupper() and previous.split()[-1][:1].isupper()
    if (
        _opens_a_description(subject)
        and named_alone
        and _valid_english(previous.split())
        and person_span(words_of(previous), "en")
    ):
        return f"{previous}, {subject}"
    if (
        subject[:1].islower()
        and _valid_english(previous.split())
        and person_span(words_of(previous), "en")
    ):
        # "Police Colonel Anan Suwannarat, chief of the Mae Sot immigration checkpoint, said".
        return f"{previous}, {subject}"
    if (
        plain(subject.split()[0]) in _DETERMINERS
        and 1 <= len(previous.split()) <= _NAME_WORDS
        and all(word[:1].isupper() for word in previous.split())
        # "In Mexico, the National Migration Institute said": where, not who.
        and not any(plain(word) in NOT_NAMES for word in previous.split())
        and is_org_word(words_of(subject)[-1])
        # Set off by a comma only: "(IOM), the ministry said" is another body.
        and re.search(re.escape(previous) + r",\s*" + re.escape(subject) + r"\s*$", left)
    ):
        # "Frontex, the EU border agency, said": the body's name, then what it is.
        return previous
    named = words_of(subject)
    if (
        plain(previous.split()[0]) in _DETERMINERS
        and person_span(named, "en")
        # "... a chartered flight from Beirut, the Department of Migrant Workers said": a
        # body's name is no person's, whatever its capitals.
        and not any(is_org_word(word) for word in named)
    ):
        description = _longest(previous, _valid_english)
        return f"{subject}, {description}" if description else subject
    return subject


_OPENING_ADVERB = re.compile(r"^(?:[A-Z][a-z]+ly|Meanwhile|Overall|Separately|Elsewhere),\s+")


_SEAT = re.compile(
    r"\b(?P<head>(?:Directorate|Office|Department|Agency|Service|Commission|Bureau|Unit|Division|"
    r"Centre|Center|Secretariat|Inspectorate)"
    # "the Office of Diaspora Affairs at the presidency": what it is for, then where.
    r"(?:\s+(?:of|for)\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*)?)"
    r"\s+at\s+the\s+[A-Za-z][\w'’ -]*$"
)
# Words an English sentence opens with that no speaker's name does: prepositions and counts.
_NO_SUBJECT_OPENS = frozenset(
    {"over", "another", "only", "some", "about", "nearly", "almost", "more", "most", "in",
     "on", "at", "by", "of", "since", "during", "between", "after", "before", "from", "for",
     "until", "up", "around", "roughly", "approximately", "last", "this", "these", "those",
     "all", "each", "every", "both", "many", "few", "several", "fewer", "less", "under",
     "within", "through", "throughout", "across", "among", "so", "yet", "still",
     "meanwhile", "separately", "overall", "altogether", "further", "a", "an", "one", "two",
     "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundreds", "thousands",
     "dozens", "tens"}
)  # fmt: skip


def english_opening(sentence: str) -> str | None:
    """The subject an English sentence opens with, when it names one ("The Federal Office for
    Migration and Refugees (BAMF) received ..."): the longest run of its first words that can
    be a speaker, up to its first clause mark."""
    # "Nationally, the agency removed ...": a word of how or where before the subject.
    sentence = _OPENING_ADVERB.sub("", sentence.strip())
    head = _SEGMENT.split(sentence, maxsplit=1)[0]
    acronym = re.match(r"[^()]+\([A-Z][A-Za-z]{1,9}\)", sentence)
    if acronym is not None:
        # The acronym in brackets after the body's name is part of it.
        head = acronym.group()
    words = list(re.finditer(r"\S+", head))
    if words and words[0].group().casefold() in _NO_SUBJECT_OPENS:
        # "Over the same two months, roughly 260,000 Tunisians left ..., it said", "Another
        # 6,200 Afghans came back": a time or a count opens the sentence, no speaker.
        return None
    for end in range(min(len(words), _EN_LONGEST + 1), 0, -1):
        phrase = head[: words[end - 1].end()]
        if english_subject(phrase) == phrase:
            return phrase
    return None


def english_object(right: str) -> str | None:
    """The speaker after an English verb: '"...," said Laaksonen', "said X, the head of Y"."""
    first, _, rest = _CLAUSE_END.split(right, maxsplit=1)[0].partition(",")
    first = _EN_TAIL.sub("", first.strip())
    if not _valid_english(first.split()):
        return None
    rest = rest.strip()
    if rest and plain(rest.split()[0]) in _DETERMINERS:
        return f"{first}, {rest.split(',')[0]}"
    return first


def _valid_slavic(words: list[str], language: str) -> bool:
    """Whether words can be the subject of a Russian or Ukrainian reporting verb."""
    if not words or len(words) > _SLAVIC_LONGEST:
        return False
    noun = False
    for position, word in enumerate(words):
        parses = slavic_parses(word, language)
        pos = parses[0][2] if parses else None
        # A capitalised word after the first is a name ("Айгарс Крастіньш"), whatever part of
        # speech the dictionary guesses for it.
        named = position > 0 and word[:1].isupper() and pos not in _SLAVIC_INSIDE
        if word.isupper() or latin(word) or pos is None or named:
            noun = noun or word[:1].isupper()
        elif 0 < position < len(words) - 1 and any(p[2] in _SLAVIC_INSIDE for p in parses):
            # "министерство по делам беженцев и репатриантов"; "Департамент зайнятості за
            # кордоном", whose "за" the Ukrainian dictionary reads first as an adverb.
            continue
        elif pos in _SLAVIC_NOUNS and parses[0][0] not in _TIME_NOUNS:
            noun = True
        else:
            return False  # "В эти же дни пограничники": a time is no part of who did it
    return noun


# Lemmas of time nouns, which a subject before the verb never holds.
_TIME_NOUNS = frozenset({
    "день", "дни", "неделя", "сутки", "год", "месяц", "выходные", "время", "период", "час",
    "утро", "вечер", "ночь", "квартал", "полугодие", "тиждень", "доба", "рік", "місяць",
    "вихідні", "період", "ранок", "ніч", "півріччя",
})  # fmt: skip


# Whom it was said to: "Об этом журналистам сообщил X", "рассказал нашему каналу X".
_AUDIENCE = re.compile(
    r"(?<!\w)(?:журналистам|журналістам|репортерам|репортёрам|нам|нашему (?:каналу|изданию|"
    r"корреспонденту|агентству|порталу|сайту)|нашому (?:каналу|виданню|кореспонденту|агентству"
    r"|порталу|сайту)|нашей (?:редакции|газете)|нашій (?:редакції|газеті)|редакции|редакції)"
    r"(?!\w)",
    re.IGNORECASE,
)
_SAID_WHEN = re.compile(
    r"(?<!\w)(?:(?:в|во|у)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|"
    r"понеділок|вівторок|середу|четвер|п'ятницю|суботу|неділю)|вчера|вчора|сегодня|сьогодні|"
    r"накануне|напередодні|тем временем|тим часом|между тем|водночас|при этом|кроме того|"
    r"крім того|также|також|в свою очередь|своєю чергою)(?!\w)",
    re.IGNORECASE,
)

# "Андрій Сибіга на брифінгу в Києві заявив": where it was said is no part of who said it.
_SAID_AT = re.compile(
    r"(?<!\w)(?:на|під час|во время|в ходе|в|у)\s+(?:брифинг\w*|брифінг\w*|"
    r"пресс-конференци\w*|прес-конференці\w*|пресс-подход\w*|заседани\w*|засіданн\w*|"
    r"совещани\w*|нараді|форум\w*|саммит\w*|саміт\w*)(?:\s+(?:в|у|во)\s+[А-ЯІЇЄҐ][\w'-]*)?"
    r"(?!\w)",
    re.IGNORECASE,
)

_FROM_OR_TO = frozenset({"з", "із", "зі", "від", "до", "из", "изо", "от", "с", "со", "к", "через"})


def slavic_subject(left: str, language: str) -> str | None:
    """The subject before a Russian or Ukrainian verb: "Министр обороны Сергей Шойгу", "Він"."""
    segments = _segments(unquoted_outlets(left))
    # "Погрануправление ФСБ по Дагестану, в свою очередь, сообщило": an aside between commas
    # is no part of the subject.
    while len(segments) > 1 and not _SAID_WHEN.sub(" ", segments[-1]).strip(" ,"):
        segments = segments[:-1]
    if not segments:
        return None
    # "Ахметжанов также отметил", "Очільник відомства вчора повідомив": adverbs and particles
    # between the subject and its verb are left out.
    # "В понедельник Министерство ... сообщило", "Тим часом Міністерство ... у вівторок
    # повідомило": when and how it was said is no part of who said it.
    segment = " ".join(
        _AUDIENCE.sub(" ", _SAID_AT.sub(" ", _SAID_WHEN.sub(" ", segments[-1]))).split()
    )
    # "Само ведомство опровергло", "Саме відомство спростувало": the body itself.
    segment = _ITSELF.sub("", segment, count=1)
    if not segment:
        return None
    while segment:
        head, _, last = segment.rpartition(" ")
        parses = slavic_parses(last, language)
        # A capitalised word is a name ("Айгарс Крастіньш"), whatever the dictionary guesses.
        if not head or not parses or parses[0][2] not in _SLAVIC_TRAILING or last[:1].isupper():
            break
        segment = head.rstrip()
    subject = _longest(segment, lambda words: _valid_slavic(words, language))
    before = segment[: segment.rfind(subject)].split() if subject else []
    if subject and not (before and before[-1] in _IN_A_BODY):
        subject = _from_its_nominative(subject, language)
    if before and before[-1].casefold() in _FROM_OR_TO:
        # "з ПАР депортували": where the verb's people went from, not who said so ("в
        # Посольстві повідомили" is who said so).
        return None
    if subject and before and before[-1] in _IN_A_BODY:
        # "Ранее в ведомстве заявляли": the body spoken for, its preposition kept so that it
        # is read in its case.
        return f"{before[-1]} {subject}"
    return subject


_IN_A_BODY = frozenset({"в", "во", "у", "В", "Во", "У"})
_ITSELF = re.compile(r"^(?:Сам|Сама|Само|Сами|Саме|Самі)\s+(?=\w)")


# Kinds of place whose name follows them: "пункту пропуску Санта-Роса", "аэропорту Пулково".
_PLACE_KINDS = tuple(
    plain(word)
    for word in ("пропуск", "пункт", "пост", "переход", "перехід", "аэропорт", "аеропорт",
                 "порт", "вокзал", "станци", "станці", "город", "міст", "провинци", "провінці",
                 "област", "облас", "регион", "регіон", "район")
)  # fmt: skip


def _from_its_nominative(subject: str, language: str) -> str:
    """A subject from the first word that can be one: "кордоні з Чилі перуанські
    прикордонники" (where, then who) → "перуанські прикордонники". A word after a
    preposition or in no nominative is where or when, not who."""
    words = subject.split()
    if _nominative_word(words[0], language):
        return subject
    for at in range(1, len(words)):
        before = slavic_parses(words[at - 1], language)
        after_preposition = bool(before) and before[0][2] in _SLAVIC_INSIDE
        # "пункті пропуску Санта-Роса": a place's name after its kind is where, in any case.
        named_place = plain(words[at - 1]).startswith(_PLACE_KINDS)
        if after_preposition or named_place or not _nominative_word(words[at], language):
            continue
        if _valid_slavic(words[at:], language):
            return " ".join(words[at:])
    return subject


def _nominative_word(word: str, language: str) -> bool:
    parses = slavic_parses(word, language)
    return word.isupper() or latin(word) or not parses or any("nomn" in p[1] for p in parses)


_OUTLET_QUOTED = re.compile(r"(?P<kind>[^\W\d_]+)\s+[«\"“„](?P<name>[^«»\"“”„,;:]{2,60})[»\"”“]")


def unquoted_outlets(text: str) -> str:
    """``text`` with an outlet's quoted name unquoted: in "издание «Медиазона» сообщило" the
    name is part of the subject, no quotation the speaker follows."""
    return _OUTLET_QUOTED.sub(_unquoted, text)


def _unquoted(match: re.Match[str]) -> str:
    if not plain(match["kind"]).startswith(OUTLET_NOUNS):
        return match.group()
    return f"{match['kind']} {match['name']}"


def without_audience(phrase: str) -> str:
    """A speaker's words without whom they spoke to: "журналистам глава ведомства X"."""
    return " ".join(_AUDIENCE.sub(" ", phrase).split())


# "Сабина Хадад, пресс-секретарь управления, сообщила": a name, then what they are.
def slavic_appositive(left: str, language: str) -> str | None:
    """A Russian or Ukrainian subject set off by commas before its verb: "Андрій Левчишин,
    посол України у Франції," is the ambassador, named."""
    # Commas part the name from its post; a quoted name inside the post ("начальника пункта
    # пропуска «Яллама»") parts nothing.
    segments = [part for part in left.split(",") if part.strip()]
    if len(segments) < 2 or not segments[-1].strip()[:1].islower():
        return None
    name, description = segments[-2].strip(), segments[-1].strip()
    words = words_of(name)
    found = person_span(words, language)
    if (found is None or found != (0, len(words))) and not named_by_their_post(name, description):
        return None
    if not _valid_slavic(description.split(), language):
        return None
    return f"{name}, {description}"


_BRACKETED_ACRONYM = re.compile(r"\([A-ZА-ЯЁІЇЄҐ][\w-]{1,12}\)")


_IN_REPLY = re.compile(
    r"(?i)\s+(?:(?:у|в)\s+(?:відповідь|ответ)\s+на\s+|на\s+|по\s+)(?:запит|запрос)\w*\b"
    # "йдеться у повідомленні ДПСУ на сайті відомства": where it was put, not who said it.
    r"|\s+на\s+(?:(?:своєму|своем|офіційному|официальном)\s+)?(?:сайті|сайте|веб-сайті)\b"
)


def slavic_object(right: str) -> str:
    """The speaker after a Russian or Ukrainian verb: the rest of the clause, without whom it
    was said to ("рассказал нам замначальника ...")."""
    sentence = re.split(r"[.;:!?](?:\s|$)", right, maxsplit=1)[0]
    # "повідомило Міністерство юстиції у відповідь на запит The Irish Times": who asked is
    # no part of who answered.
    sentence = _IN_REPLY.split(sentence, maxsplit=1)[0]
    clause = sentence.split(",", 1)[0]
    parts = sentence.split(",")
    if len(parts) > 1 and BODY_HEAD.search(parts[0]):
        # "сообщило Министерство труда, социального обеспечения и миграции КР (Минтруда)":
        # a body's name that lists its fields runs past its comma.
        listed, _, bracket = parts[1].partition("(")
        if _BODY_LIST_END.fullmatch(listed.rstrip()):
            clause = f"{parts[0]},{listed.rstrip()}"
            acronym = _BRACKETED_ACRONYM.match(f"({bracket}")
            if acronym is not None:
                # "(Минтруда)": what the article calls the body later.
                clause = f"{clause} {acronym.group()}"
    if "," in sentence and person_span(words_of(clause), "ru") is None:
        # "сообщил заместитель министра труда, миграции и занятости Фарход Назаров": a title
        # with commas in it runs on to the name.
        named = words_of(sentence)
        found = person_span(named, "ru")
        # "..., минулого тижня Південно-Африканська Республіка вислала": a country, no name.
        country = found is not None and everyday_country_code(
            " ".join(word.text for word in named[found[0] : found[1]])
        )
        if found is not None and not country:
            last = named[found[1] - 1].text
            clause = sentence[: sentence.find(last, len(clause)) + len(last)]
    return " ".join(_AUDIENCE.sub(" ", clause).split())


def kazakh_subject(region: str) -> str | None:
    """The subject that opens a Kazakh sentence: up to a full name, or to the noun naming a
    body in the nominative ("... Көші-қон комитеті хабарлады"); "Ол" (he or she)."""
    # "Ведомство сондай-ақ өткен жылы ... 14 ҚХР азаматын ... шығарды": the subject ends
    # before "also"; "Бірақ Оспанов ... растады" begins after "but".
    region = _KAZAKH_SUBJECT_END.split(region, maxsplit=1)[0]
    region = _KAZAKH_OPENING.sub("", region, count=1)
    when = _KAZAKH_WHEN.search(region)
    if when is not None and any(is_org_word(w) for w in words_of(region[: when.start()])):
        # "Бутанның Көші-қон департаменті 2024 жылы Паро әуежайы арқылы ...": the subject
        # ends where the time (or a count) begins.
        region = region[: when.start()]
    said = list(_KAZAKH_WHAT_SAID.finditer(region))
    after_what = region[said[-1].end() :].strip() if said else ""
    if after_what and words_of(after_what):
        # "... адам өтіп жатқанын ХКҰ өкілі Мохаммад Рахими де растады": what was said, as
        # a noun clause, then who said it.
        speaker = kazakh_subject(after_what)
        if speaker:
            return speaker
    words = words_of(region)[:_KAZAKH_LONGEST]
    if not words:
        return None
    if words[0].plain == "ол":
        return words[0].text
    opening, _, quoted = region.partition("«")
    if quoted and not words_of(opening) and "»" in quoted:
        # "«Алматы-әуежай» шекара бақылау бөлімінің бастығы, подполковник Дәурен
        # Сейітжанов": a quoted name opens the phrase, whose person follows it.
        after_quote = quoted.split("»", 1)[1]
        named = kazakh_subject(after_quote)
        if named and person_span(words_of(named), "kk"):
            return region[: len(region) - len(after_quote)] + named
    # A quoted name is a body's or an outlet's ("«Шығыс шұғыласына» берген сұхбатында"), no
    # part of the person's before it.
    before_quote = words_of(opening)[:_KAZAKH_LONGEST]
    found = person_span(before_quote, "kk")
    if found is not None and found[1] < len(before_quote):
        # "Бап әл-Һауа бекетіндегі өкілі Мазен Хамуд": a place's name, read as a person's,
        # before a post and the name of who holds it.
        later = person_span(before_quote[found[1] :], "kk")
        role_before = any(_a_role(word) for word in before_quote[found[1] : found[1] + 3])
        if later is not None and role_before:
            found = (found[1] + later[0], found[1] + later[1])
    # "IND баспасөз хатшысы Ян де Врис": a name after a person's role is a name, whatever
    # its surname looks like.
    # "Талибан үкіметінің өкілі Молла Мұхаммед Хасан": a form of address may stand between
    # the role and the name.
    titled = (
        found is not None
        and found[0] > 0
        and any(
            word.plain.startswith(key)
            for word in words[max(0, found[0] - 2) : found[0]]
            for key in PERSON_ROLES
        )
    )
    if found:
        last = found[1] - 1
        # "Зау Мин Тун MRTV мемлекеттік телеарнасына": an outlet's acronym after the name;
        # "Джанлука Росси Corriere della Sera газетіне": a Latin outlet after a Cyrillic name.
        cyrillic = re.match(r"[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]", words[found[0]].text) is not None
        while last > found[0] and (
            re.fullmatch(r"[A-Z][A-Z0-9]+", words[last].text)
            or (cyrillic and re.match(r"[A-Za-z]", words[last].text))
        ):
            last -= 1
        found = (found[0], last + 1)
    if found and (titled or _KAZAKH_SURNAME.search(words[found[1] - 1].text.lower())):
        return _through(region, words[found[1] - 1].text)
    for role, first, surname in zip(words, words[1:], words[2:], strict=False):
        if (
            any(role.plain.startswith(key) for key in PERSON_ROLES)
            and first.text[:1].isupper()
            and surname.text[:1].isupper()
            and _KAZAKH_SURNAME.search(surname.text.lower())
        ):
            # "басқармасының басшысы Бағдат Сейітов": a role, then a first name that is a
            # place's too (Baghdad), then a surname.
            return _through(region, surname.text)
    bodies = [
        w
        for w in words
        if is_org_word(w)
        and kazakh_base(w.text) == w.text
        # "«Боле» әуежайына": where to, no subject.
        and not _KAZAKH_DATIVE_END.search(w.text.lower())
    ]
    if bodies:
        return _through(region, bodies[-1].text)
    # "«Медиазона» басылымы ... хабарлады": an outlet, named by what it is.
    outlets = [w for w in words if w.plain.startswith(OUTLET_NOUNS)]
    if outlets:
        return _through(region, outlets[0].text)
    # "Ішкі істер министрлігінің басшысы ... айтты": a role, whoever the article named so.
    roles = [
        w
        for w in words
        if not is_org_word(w) and any(w.plain.startswith(key) for key in PERSON_ROLES)
    ]
    if roles and (roles[0] is words[0] or is_org_word(words[words.index(roles[0]) - 1])):
        return _through(region, roles[0].text)
    # "Сұхбатта Сәрсенбаева ... айтты": a surname alone, the person named before.
    surnames = [
        w
        for w in words
        if w.text[:1].isupper() and _KAZAKH_SURNAME.search(w.text.lower())
        if kazakh_base(w.text) == w.text
    ]
    return _through(region, surnames[0].text) if surnames else None


# The word that ends a clause said as a noun: "кіргенін", "өтіп жатқанын", "болатынын"; or
# the number someone gives ("судандықтардың санын БҰҰ БЖКБ 12 мың деп бағалады").
_KAZAKH_WHAT_SAID = re.compile(
    r"\w+(?:ған|ген|қан|кен|екен|атын|етін|йтын|йтін)(?:ын|ін)(?!\w)|(?<!\w)санын(?!\w)"
)
_KAZAKH_SUBJECT_END = re.compile(
    r"\s(?:сондай-ақ|сонымен қатар|сонымен бірге|бұдан бөлек|бұған қоса|өз кезегінде)\s"
)
_KAZAKH_OPENING = re.compile(
    r"(?i)^\s*(?:бірақ|алайда|ал|дегенмен|әйтсе\s+де|сондай-ақ|сонымен\s+(?:қатар|бірге)|"
    r"сонымен)\s*,?\s+"
)
_KAZAKH_WHEN = re.compile(
    r"(?i)\s(?=\d|(?:биылғы|былтыр|өткен|соңғы|жыл|сол)\s|\S+\s+(?:жылы|жылғы|айында|"
    r"күні|аптада|аралығында)(?!\w)|(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|"
    r"қыркүйек|қазан|қараша|желтоқсан)\w*(?:да|де|та|те)(?!\w))"
)
_KAZAKH_DATIVE_END = re.compile(r"(?:ына|іне|сына|сіне|ға|ге|қа|ке)$")


def _a_role(word: Word) -> bool:
    return any(word.plain.startswith(key) for key in PERSON_ROLES)


def _through(region: str, word: str) -> str:
    return region[: region.find(word) + len(word)]


# "the International Organization for Migration (IOM)": capitalised words and the small words
# inside a body's name, then its acronym in brackets.
_NAMED_WITH_ACRONYM = re.compile(
    # "Immigration, Refugees and Citizenship Canada (IRCC)": a name may list its fields.
    r"(?P<name>[A-Z][\w'’.-]*(?:(?:,\s+|\s+(?:(?:of|for|and|on|the|de|du|des|la|el|del)\s+)*)"
    r"[A-Z][\w'’.-]*)*)\s+\((?P<acronym>[A-Z][A-Za-z]{1,9})\)"
)


def bodies_with_acronyms(sentence: str) -> list[str]:
    """The bodies an English sentence names with their acronym, whatever it says they did:
    "with help from the International Organization for Migration (IOM)" names
    "International Organization for Migration (IOM)"."""
    return [
        f"{found['name']} ({found['acronym']})"
        for found in _NAMED_WITH_ACRONYM.finditer(sentence)
        if " " in found["name"]
    ]
