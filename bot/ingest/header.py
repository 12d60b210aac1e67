"""What an article's own text says about its document: publisher, headline, date, author, URL.

Read from the lines above the story and its first paragraph: a headline, a date line ("Tuesday,
4 October 2022, 10:23", "2022 жылғы 5 қазан"), a by-line ("By Jane Doe", "IRYNA BALACHUK —
TUESDAY, 4 OCTOBER 2022", "Автор: Иван Петров"), a masthead ("Сарыарқа жаршысы | 10.01.2023"),
labelled lines ("Publisher:", "Видання:", "URL:") and a dateline ("ALMATY, 5 October (Reuters)
-", "АСТАНА, 20 шілде – «Дала ақпарат»"). "Source:" lines attribute figures, never a publisher.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import astuple, dataclass
from datetime import date, datetime, timedelta, timezone
from functools import cache, lru_cache
from string import capwords
from typing import Any

from babel import Locale

from bot.ingest.speaker_names import (
    is_org_word,
    name_like,
    nominative_phrase,
    slavic_parses,
    words_of,
)
from bot.ingest.speaker_words import KNOWN_OUTLETS, MASTHEAD_WORDS, OUTLET_SPELLING, plain
from bot.language.countries import question_country_code
from bot.language.dates import month_number
from bot.language.lemmas import forms
from bot.language.regions import region_country
from bot.language.text import kazakh_fold, normalise
from bot.language.world_cities import world_city_country

__all__ = ["Header", "dateline_end", "post_title", "read_date", "read_header"]


@dataclass(frozen=True, slots=True)
class Header:
    """A document's header as far as it is known; None where nothing says."""

    publisher: str | None = None
    title: str | None = None
    author: str | None = None
    published_at: date | datetime | None = None  # a datetime only with a stated UTC offset
    url: str | None = None

    def filled_from(self, other: Header) -> Header:
        """This header, each field it lacks taken from ``other``."""
        pairs = zip(astuple(self), astuple(other), strict=True)
        return Header(*(mine if mine is not None else theirs for mine, theirs in pairs))


# Label words of header lines; "skip" labels ("Source:") name no field of the document.
_LABELS = {
    "publisher": "publisher|published by|outlet|издание|издатель|сми|видання|видавець|басылым",
    "author": "author|authors|by|written by|автор|авторы|авторка|автори|текст|авторлар"
    "|correspondent|корреспондент|кореспондент|тілші|жазған|жазды|дайындаған",
    "date": "date|published|дата|опубликовано|дата публикации|опубліковано|дата публікації"
    "|жарияланды|жарияланған күні|күні|жарияланған уақыты|жарияланған уақыт|уақыты"
    "|время публикации|час публікації",
    "url": "url|link|ссылка|посилання|сілтеме",
    "title": "title|headline|заголовок|тақырып|тақырыбы",
    # "Source: UB Post, 5 October 2022" above the story names its publisher; "Source: Zakon.kz,
    # citing the minister" under the lead names who carried the figures (read elsewhere).
    "source": "source|sources|источник|джерело|дереккөз",
    "skip": "photo|фото",
    # "Updated 5 October": the publication's date only where no line gives its first one.
    "updated": "updated|last updated|modified|обновлено|оновлено|жаңартылды|изменено|змінено",
    # Words a date line may hold besides the date (weekdays come from CLDR).
    # "t": an ISO timestamp's "2022-10-05T14:30", folded to lower case.
    "filler": "at|on|the|of|t|published|posted|в|во|о|об|г|года|год|року|рік|р|ж|жыл|жылы|жылғы"
    "|сағат|опубликовано|опубліковано|жарияланды|жарияланған",
}


def _fold(text: str) -> str:
    return kazakh_fold(normalise(text)[1])


@cache
def _words(kind: str, language: str = "en") -> frozenset[str]:
    """The folded words of a kind; "filler" has the language's and English weekdays too."""
    found = {_fold(word) for word in _LABELS[kind].split("|")}
    for context in (*Locale.parse(language).days.values(), *Locale.parse("en").days.values()):
        for names in (context["wide"], context["abbreviated"]) if kind == "filler" else ():
            found |= {_fold(name).rstrip(".") for name in names.values()}
    return frozenset(found)


_MONTH, _DAY, _YEAR = r"(?P<m>[^\W\d_]{3,})", r"(?P<d>[0-3]?\d)", r"(?P<y>(?:19|20)\d\d)"
_DATES = (
    re.compile(rf"\b{_YEAR}-(?P<mo>[01]\d)-{_DAY}(?!\d)"),
    re.compile(rf"\b{_DAY}\.(?P<mo>[01]?\d)\.{_YEAR}\b"),
    # "Бішкек, 15.10.24.": a two-digit year, this century's.
    re.compile(rf"\b{_DAY}\.(?P<mo>[01]\d)\.(?P<yy>[0-9]\d)(?![\d.]\d)"),
    # "14/03/2019", "03/14/2019": day first unless the first number cannot be a month's day
    # order (read in ``_when``).
    re.compile(rf"\b(?P<s1>[0-3]?\d)/(?P<s2>[0-3]?\d)/{_YEAR}\b"),
    re.compile(rf"\b{_YEAR}\s*(?:ж\.?|жылгы|жылы)?\s+{_DAY}(?:-\w+)?\s+{_MONTH}"),
    re.compile(rf"\b{_DAY}(?:st|nd|rd|th|-?го|-?е)?\s+(?:of\s+)?{_MONTH}\.?(?:,?\s+{_YEAR}\b)?"),
    # "June 26/2024": the year after a slash.
    re.compile(rf"\b{_MONTH}\.?\s+{_DAY}(?:st|nd|rd|th)?\b(?:(?:,?\s+|/){_YEAR}\b)?"),
)
# "10:23", "10:23 am"; "10.14" too, with nothing of a date around it ("Wed 5 Oct 2022 10.14 BST").
_TIME = re.compile(
    r"(?<![\d.])(?P<h>[01]?\d|2[0-3])(?::(?P<mi>\d\d)(?::\d\d)?|\.(?P<dot>[0-5]\d)(?![\d.]))"
    r"(?P<pm>\s*[ap]\.?m\b\.?)?"
)
# Only an offset written right after the time is the time's: "10:23 (UTC+3)", "10:23+03:00".
_OFFSET = re.compile(
    r"\s*\(?\s*(?:(?:(?:utc|gmt)\s*|(?=[+−-]\d\d))(?P<sign>[+−-])\s*(?P<h>1[0-4]|0?\d)"
    r"(?::?(?P<m>[0-5]\d))?\b|(?:utc|gmt|z)\b|(?P<zone>[a-z]{3,4})\b)"
)
# Zones news writes by name: the offset each one stands for.
_ZONES = {
    "cet": 1, "cest": 2, "eet": 2, "eest": 3, "msk": 3, "bst": 1, "wet": 0, "west": 1,
    "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
    "almt": 5, "alm": 5, "ast": -4, "ist": 2, "trt": 3, "get": 4, "amt": 4, "kgt": 6, "uzt": 5,
    "wib": 7, "wita": 8, "wit": 9, "ict": 7, "sgt": 8, "hkt": 8, "pht": 8, "jst": 9, "kst": 9,
    "pkt": 5, "gst": 4, "eat": 3, "cat": 2, "wat": 1, "sast": 2, "aest": 10, "aedt": 11,
}  # fmt: skip
_When = tuple[date | None, list[tuple[int, int]]]  # the day (None: no year said), its spans


def _when(folded: str, language: str | None = None) -> _When | None:
    """The first day ``folded`` names; with ``language``, only if the text is nothing else."""
    for pattern in _DATES:
        for match in pattern.finditer(folded):
            found = match.groupdict()
            if found.get("s1"):
                # Slashes: the world writes the day first; "03/14/2019" can only be American.
                first, second = int(found["s1"]), int(found["s2"])
                found["d"], found["mo"] = (
                    (second, first) if second > 12 >= first else (first, second)
                )
            month = int(found["mo"]) if found.get("mo") else (month_number(found["m"]) or 0)
            year = int(found["y"]) if found.get("y") else None
            year = 2000 + int(found["yy"]) if found.get("yy") else year
            try:
                day = date(year or 2000, month, int(found["d"]))
            except ValueError:
                continue
            spans, value = [match.span()], day if year else None
            if (time := _TIME.search(folded)) is not None:
                spans.append(time.span())
                hour = int(time["h"])
                hour = hour % 12 + 12 * ("p" in time["pm"]) if time["pm"] else hour
                offset = _OFFSET.match(folded, time.end())
                if offset is not None and offset["zone"] and offset["zone"] not in _ZONES:
                    offset = None  # "10:20 Kyiv", not a zone
                if offset is not None and year:
                    spans.append(offset.span())
                    if offset["zone"]:
                        zone = timezone(timedelta(hours=_ZONES[offset["zone"]]))
                    else:
                        shift = timedelta(
                            hours=int(offset["h"] or 0), minutes=int(offset["m"] or 0)
                        )
                        zone = timezone(-shift if (offset["sign"] or "+") in "−-" else shift)
                    minute = int(time["mi"] or time["dot"])
                    value = datetime(year, day.month, day.day, hour, minute, tzinfo=zone)
            return (value, spans) if language is None else _only(folded, language, (value, spans))
    return None


def read_date(text: str) -> date | datetime | None:
    """The first dated day in ``text`` (an ISO timestamp too): a datetime only with its offset."""
    when = _when(_fold(text))
    return when[0] if when else None


def _only(folded: str, language: str, when: _When) -> _When | None:
    """``when`` if ``folded`` is a date line: nothing else but weekday, time, zone, "года"."""
    value, spans = when
    rest = list(folded)
    for start, end in spans:
        rest[start:end] = " " * (end - start)
    # "(Kyiv time)", "(по киевскому времени)": a note on the time, not words of a headline.
    leftover = re.sub(r"\([^()]{0,40}\)", " ", "".join(rest))
    words = set(re.findall(r"[^\W_]+", leftover)) - _words("filler", language)
    if words and words <= _words("skip"):
        return None, spans  # "Photo 5 October": a date line, but not the publication's
    return None if words else (value, spans)


# Header lines split at commas are short: a sentence of the story has commas too.
_LONGEST_HEADER_LINE = 12
_SEPARATOR_OR_COMMA = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+|,\s+")
# "By Amira Saleh, Nile Gazette", "By Keisha Forbes, Turks and Caicos Sun": an English by-line
# that names the outlet after a comma.
_BYLINE_OUTLET = re.compile(
    r"(?i:by|written by)\s+(?P<name>[^,;()\n]+),\s+"
    r"(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+|the\s+|and\s+|&\s+)?[A-Z][\w'’.&-]*){0,4})"
    r"\s*"
)
# What a reporter is, after their name in a by-line: no outlet ("By Jane Doe, Staff Writer").
_ROLE_WORDS = frozenset({
    "correspondent", "reporter", "writer", "editor", "staff", "contributor", "columnist",
    "journalist", "producer", "analyst",
})  # fmt: skip
_SEPARATOR = re.compile(r"\s*\|\s*|\s+[-–—·•/]\s+")
_URL = re.compile(r"<?(?P<url>https?://[^\s<>\"]++)>?")  # possessive: no backtracking
_LABEL = re.compile(r"(?P<label>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*:(?!//)\s*(?P<value>.*)")
_OUTLET_AND_DATE = re.compile(
    r"(?P<outlet>[«\"“][^»\"”]{2,60}[»\"”]|[^\W\d_][\w-]*\.(?:kz|kg|ru|ua|uz|tj|by|com|org|net)"
    r"(?:/\w+)?|(?:The\s+)?[A-ZА-ЯЁІЇЄҐ][\w'’-]+(?:\s+(?:of\s+|the\s+)?[A-ZА-ЯЁІЇЄҐ][\w'’-]+){0,4}),"
    # "The Moscow Times, Oct. 5, 2022": the year after its own comma.
    r"\s+(?P<when>[^,|]{6,40}(?:,\s*(?:19|20)\d\d)?)"
)
# A sentence's end before a labelled field: ". Автор: ...", ". By-line: ...".
# "… Автор: Айгерим Садыкова", "By Hemi Walker. Published 26 September 2024.": a second header
# line after a full stop, labelled, or opening with a word of publishing.
_LABELLED_AFTER = re.compile(
    r"(?<=[^\W_])\.\s+(?=[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*:\s|(?:First\s+)?(?:Published|Posted|"
    r"Updated|Опубликовано|Опубліковано|Обновлено|Оновлено|Жарияланды)\s)"
)
# "«Ана тілі» газеті", "«Таяу Шығыс» ақпарат агенттігі (ТША)": the quoted name, its kind after.
_QUOTED_OUTLET = re.compile(
    r"[«\"“](?P<x>[^»\"”]{2,60})[»\"”](?:\s+[^\W\d_]+){0,2}(?:\s+\([^\W\d_]{2,8}\))?"
)
# "By Jane Doe"; "Подготовила Анна Шмидт", "Підготувала ...", "Дайындаған ...": a reporter
# named after the verb of writing, no label's colon.
_BYLINE = re.compile(
    r"(?:by|written by|подготовил[аи]?|підготува(?:в|ла|ли)|дайындаған)\s+(?P<name>.+)",
    re.IGNORECASE,
)
_NAME_AND_ROLE = re.compile(
    r"(?i)(?P<name>[^,:«\"\d]{3,60}),\s*(?:(?:власн(?:а|ий)|собственн(?:ая|ый)|специальн(?:ая|ый)|"
    r"спеціальн(?:а|ий)|our|staff|special|senior)\s+)?(?:кореспондент(?:ка)?|корреспондент(?:ка)?|"
    r"собкор|спецкор|correspondent|reporter|writer|тілшісі|тілші|меншікті\s+тілші)"
)
_NAME_AND_OUTLET = re.compile(
    r"(?P<name>[^,«\"]{3,60}),\s*"
    # "Олег Марченко, спеціально для «Азійського дайджесту»": written for it, its name in the
    # genitive.
    r"(?P<for>(?i:спеціально|специально|exclusively|especially)\s+(?i:для|for)\s+)?"
    r"[«\"“](?P<outlet>[^»\"”]{2,60})[»\"”]"
)
_CONNECTORS = frozenset({"and", "de", "van", "von", "der", "al", "и", "і", "та", "мен", "бен"})
_DATELINE = re.compile(
    r"(?P<place>[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2})[,.]\s+"
    # "GORIS, Armenia, 29 September": the place's country or region.
    r"(?:[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2},\s+)?(?P<when>[^()\n–—-]{3,40}?)\s*"
    # A hyphen inside a name ("Интерфакс-Казахстан") is no dash.
    r"(?:(?:\((?P<agency>[^()\n]{2,60})\)\s*)?(?<![^\W\d_])[-–—]\s*(?:[«\"“](?P<quoted>[^»\"”]{2,60})[»\"”]"
    r"|(?P<named>\w[\w-]*(?:\s\w[\w-]*){0,2})(?:\.(?:\s|$)|\s*$))?"
    # "ДУШАНБЕ, 16 апреля. /Варзоб-Пресс/.", "МОСКВА, 5 октября. /ТАСС/."
    r"|\.?\s*/(?P<slashed>[^/\n]{2,60})/\.?"
    # "НҰР-СҰЛТАН. 14 мамыр. «Дала ақпарат» –": the agency before the dash.
    r"|\.\s*[«\"“](?P<before>[^»\"”]{2,60})[»\"”]\s*[-–—])"
)
_NEXT_SENTENCE = re.compile(r"[^\W\d_]{2}[.!?…]\s+[«\"“„(]?(?P<letter>[^\W\d_])")


# Where a by-line's reporter filed from: "in Mae Sot", "из Москвы", "з Харкова".
_WHERE_FROM = re.compile(r"\s+(?:in|from|reporting from|в|из|з|із|у)\s+[^\W\d_][\w .'-]*$")
# "ИА «Меридиан»", "агентство «Бахтар»": the agency's own name is in the quotation marks.
_AGENCY_KIND = re.compile(
    r"^(?:ИА|ІА|АА|[Аа]гентство|[Аа]генція|[Ии]нформагентство|[Іі]нформагенція)\s+"
    r"[«\"“„]?(?P<name>[^»\"”]+)[»\"”]?$"
)


# A paper's name alone on a line, by the word its masthead ends with: "The Astana Times",
# "Bangkok Post", "The Korea Herald" (each word capitalised, as a name is).
_MASTHEAD_LINE = re.compile(
    # A site's section is no paper: "Latest News", "World News", "Breaking News".
    r"(?!(?:Latest|Breaking|Top|World|Local|More|Related|Other|Business|Sports?|Live)\s)"
    # On a line of its own, "News" and "Daily" end a masthead too ("Border News").
    rf"(?:The\s+)?(?:[A-Z][\w.'’-]*\s+){{0,3}}(?:{MASTHEAD_WORDS}|News|Daily)"
)


def _site_of_section(line: str) -> str | None:
    """The site a "section | site" line names ("Новости Казахстана | Tengrinews.kz",
    "World | Reuters"): one piece an address or an outlet the reader knows, the rest short."""
    pieces = [piece.strip() for piece in re.split(r"\s+\|\s+", line) if piece.strip()]
    sites = [p for p in pieces if _is_domain(p) or plain(p.strip('«»"“” ')) in KNOWN_OUTLETS]
    short = all(len(piece.split()) <= 4 for piece in pieces)
    return sites[0].strip('«»"“” ') if len(pieces) > 1 and len(sites) == 1 and short else None


def _site_of(url: str) -> str | None:
    """The outlet the reader knows whose site an address is on ("https://www.reuters.com/…"
    → Reuters, "https://tengrinews.kz/…" → Tengrinews); None for any other site, which may
    be an aggregator's or a copy's, not the publisher's."""
    host = re.match(r"https?://(?:www\.)?([^/:?#]+)", url)
    if host is None:
        return None
    name = host[1].casefold()
    # "kaz.tengrinews.kz": the outlet's name may be any label of the host.
    labels = [name, *name.split(".")[:-1]]
    return next((OUTLET_SPELLING[plain(k)] for k in labels if plain(k) in OUTLET_SPELLING), None)


def _is_domain(value: object) -> bool:
    return (
        isinstance(value, str) and re.fullmatch(r"[^\W\d_][\w-]*\.[a-z]{2,4}", value) is not None
    )


def _plain(value: str | None, limit: int = 200) -> str | None:
    value = (value or "").strip().strip('«»"“”„').strip(" .,;:—–-")
    if value.isupper() and plain(value) in OUTLET_SPELLING:
        value = OUTLET_SPELLING[plain(value)]  # "KAZINFORM" in a dateline is Kazinform
    return value if value and len(value) <= limit else None


def _name(text: str, *, strict: bool = False) -> str | None:
    """A person's name from a by-line, its role after a comma dropped ("Jane Doe, Reuters")."""
    name = re.split(r"\s*[,;(]\s*", text.strip(), maxsplit=1)[0].strip(" .:—–-")
    name = _WHERE_FROM.sub("", name)  # "By Kanokwan Srisuk in Mae Sot"
    words = name.split()
    if not 1 <= len(words) <= 6 or len(name) > 200 or re.search(r"\d", name):
        return None
    # Unlabelled, "By the end of the day" is a sentence: every word of a name is capitalised.
    if strict and not all(word[0].isupper() or word in _CONNECTORS for word in words):
        return None
    # "IRYNA BALACHUK" → "Iryna Balachuk", "МАР'ЯНА ЛИСИЧКО-ВОВК" → "Мар'яна Лисичко-Вовк",
    # "Мейрамгүл ТОҚТАРОВА" → "Мейрамгүл Тоқтарова".
    return _uncapped(name)


def _uncapped(name: str) -> str:
    """A name's words in capitals written out: "IMMIGRATION DEPARTMENT OF MALAYSIA" →
    "Immigration Department of Malaysia"."""
    words = [
        (word.casefold() if at and word.casefold() in _SMALL_WORDS else capwords(word, "-"))
        if word.isupper() and len(word) > 1
        else word
        for at, word in enumerate(name.split())
    ]
    return " ".join(words)


# Words a name in capitals keeps in lower case when written out: "of", "the", "мен".
_SMALL_WORDS = _CONNECTORS | {"of", "the", "for", "in", "on", "at"}


_UPDATED = re.compile(
    r"(?:last\s+)?(?:updated|modified|обновлено|оновлено|жаңартылды|изменено|змінено)\b:?\s*"
    r"(?P<rest>.+)"
)


# How long the story takes to read, beside its date: "5 min read", "Читать 3 мин".
_READING_TIME = re.compile(
    r"(?i)(?:\d+\s*(?:min|minutes?|мин|минут[аы]?|хв|хвилин[аи]?)\.?\s*"
    r"(?:read|чтения|читання|оқу)|(?:читать|читати|оқу(?:ға)?)\s*\d+\s*(?:мин|хв|минут)\w*\.?)"
)


def _name_and_paper(piece: str, language: str) -> list[tuple[str, str | date | None]] | None:
    """ "Гүлнар ТҰРСЫНОВА, «Egemen Qazaqstan»" as one piece of a line: the reporter and the
    paper; "«Оңтүстік меридиан» тілшісі" after the name is the paper's correspondent."""
    reporter = _NAME_AND_OUTLET.fullmatch(piece.strip())
    if reporter is None:
        reporter = _NAME_AND_OUTLET_ROLE.fullmatch(piece.strip())
    if reporter is None or (name := _name(_unlabelled(reporter["name"]), strict=True)) is None:
        return None
    if _place_or_section(name, language):
        # "Алматы, «Казинформ»", "Новости, «Казинформ»": where it was filed, or the section.
        return [("publisher", _plain(reporter["outlet"]))]
    if not 2 <= len(name.split()) <= 4:
        return None
    outlet = reporter["outlet"]
    if reporter.groupdict().get("for") and language in {"ru", "uk"}:
        outlet = nominative_phrase(outlet, "gent", language)
    return [("author", name), ("publisher", _plain(outlet))]


def _unlabelled(name: str) -> str:
    """A reporter's name without the author's label before it: "Текст: Карим Беншейх"."""
    label = _LABEL.fullmatch(name.strip())
    if label is not None and _fold(label["label"]) in _words("author"):
        return label["value"]
    return name


# "Ерлан Тоқтаров, «Оңтүстік меридиан» тілшісі": the name, then the paper whose correspondent.
_NAME_AND_OUTLET_ROLE = re.compile(
    r"(?P<name>[^,«\"]{3,60}),\s*[«\"“](?P<outlet>[^»\"”]{2,60})[»\"”]\s+"
    r"(?i:тілшісі|корреспондент|кореспондент|correspondent)"
)


# A flag a site puts before its line: "🔴 ШҰҒЫЛ", "⚡️ Срочно", "BREAKING".
_FLAGS = frozenset({
    "breaking", "breaking news", "urgent", "exclusive", "срочно", "молния", "эксклюзив",
    "терміново", "блискавка", "ексклюзив", "шұғыл", "жедел",
})  # fmt: skip


def _classify(piece: str, language: str) -> tuple[str, str | date | None]:
    """What one piece of a header line is: ("author", "Jane Doe"), ("plain", "…")."""
    if piece.lstrip().startswith("📍"):
        return "skip", None  # "📍 Palanca": where it was filed
    # "⚡️ Әлем жаңалықтары", "© Ортаазия ақпарат": a symbol before the name is none of it.
    piece = re.sub(r"^[^\w«\"“„(]+", "", piece)
    if piece.casefold().strip(" .!") in _FLAGS:
        return "skip", None
    label = _LABEL.fullmatch(piece)
    value = label["value"].strip() if label else piece
    if (url := _URL.fullmatch(value)) is not None:
        return "url", url["url"].rstrip(".,;:)")
    fields = ("publisher", "author", "date", "url", "title", "source", "skip", "updated")
    field = next((name for name in fields if label and _fold(label["label"]) in _words(name)), "")
    if field == "source":
        return _source(value)
    if field:
        if field in {"publisher", "title"}:
            return field, _plain(value, 300)
        if field in {"date", "author", "updated"}:
            return field, _name(value) if field == "author" else read_date(value)
        return "skip", None
    if (byline := _BYLINE.fullmatch(piece)) and (name := _name(byline["name"], strict=True)):
        return "author", name
    if (quoted := _QUOTED_OUTLET.fullmatch(piece)) is not None:
        return "quoted", quoted["x"]  # "«Ана тілі» газеті", "«Азия-Плюс»"
    if (when := _when(_fold(piece), language)) is not None:
        return "date", when[0]
    updated = _UPDATED.match(_fold(piece))
    if updated and (when := _when(updated["rest"], language)) is not None:
        return "updated", when[0]
    if piece.isupper() and len(piece.split()) > 1:
        return "caps", _name(piece)
    if _READING_TIME.fullmatch(piece.strip()):
        return "skip", None  # "Nov 20, 2024 · 5 min read"
    if _fold(piece).casefold().strip(" .") in _words("filler", language):
        return "skip", None  # "Berlin, Wednesday, 20 November 2024": the weekday, no masthead
    # "Західний кур'єр · 24 лютого 2023": beside a date, a short name is the masthead's.
    return "plain", _plain(piece) if len(piece.split()) <= 6 and ":" not in piece else None


# A "Source:" line that names who a figure came from, not the publication: "citing", a body.
_CITES_OR_BODY = re.compile(
    r"(?i)(?<!\w)(?:citing|cited|quoting|according|via|со ссылкой|ссылаясь|з посиланням|"
    r"посилаючись|сілтеме|ministry|министерств\w*|міністерств\w*|министрлі\w*|service|"
    r"служб\w*|қызмет\w*|department|департамент\w*|police|полици\w*|поліці\w*|полиция\w*|"
    r"office|управлени\w*|управлінн\w*|guard|войск\w*|військ\w*|agency of|комитет\w*|"
    r"комітет\w*|minister|министр\w*|міністр\w*|МВД|МВС|МИД|МЗС|ІІМ|СІМ|КНБ|ҰҚК|ФСБ|ГКНБ|"
    r"ДПСУ|ДМС|UNHCR|IOM|УВКБ|МОМ|ООН|ОБСЕ|ОБСЄ)(?!\w)"
)
# A news service, no body's service: "служба новин", "служба новостей", "news service".
_NEWS_SERVICE = re.compile(
    r"(?i)(?<!\w)(?:служб\w*\s+(?:новин|новостей)|news\s+service|жаңалықтар\s+қызметі)(?!\w)"
)
# Words that make a name a publication's: "UB Post", "Новая газета", "Kazinform агенттігі".
_MEDIA_WORDS = re.compile(
    r"(?i)(?<!\w)(?:news|post|times|herald|gazette|tribune|daily|journal|press|radio|tv|"
    r"television|broadcaster|outlet|newspaper|magazine|agency|газета|газеты|издание|"
    r"агентство|радио|телеканал|видання|агенція|агентство|радіо|газеті|газеті|агенттігі|"
    r"басылымы|сайты|порталы|телеарнасы|медиа-хаб|медиахаб|media\s+hub)(?!\w)"
)


def _source(value: str) -> tuple[str, str | date | None]:
    """What a "Source:" label's value is in a header: the publisher when it names a
    publication (in quotation marks, a web domain, a word of the media), "source" when it
    may (a short name, taken as the publisher beside a date), else nothing of the document."""
    if (
        value
        and _NEWS_SERVICE.search(value)
        and not _CITES_OR_BODY.search(_NEWS_SERVICE.sub("", value))
    ):
        # "Джерело: Тихоокеанська служба новин": a news service is a publication.
        return "publisher", _plain(value)
    if not value or _CITES_OR_BODY.search(value):
        return "skip", None
    if (quoted := _QUOTED_OUTLET.fullmatch(value)) is not None:
        return "publisher", _plain(quoted["x"])
    if _is_domain(value) or _MEDIA_WORDS.search(value):
        return "publisher", _plain(value)
    return ("source", _plain(value)) if len(value.split()) <= 4 else ("skip", None)


# "агенція «Світ-Інфо»", "агентство «...»": an outlet's kind before its quoted name.
_OUTLET_KIND_FIRST = re.compile(r"(?i)^(?:агенція|агентство|агенттігі|agency|газета|видання)\s+")
# "– 14 November 2025 – " after a bracketed agency's dash: the date, then the story.
_DATE_BETWEEN_DASHES = re.compile(r"\s*(?P<when>[^–—\n]{3,30}?)\s+[-–—]\s+")
_BRACKETED_AGENCY = re.compile(
    r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐҚҒҮҰӨҺ][A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐҚҒҮҰӨҺ'’.-]+(?:\s[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐҚҒҮҰӨҺ'’.-]+){0,2}"
    r"(?:,\s+[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2})?\s+\((?P<agency>[^()\n]{2,40})\)"
    # "БАНДАР-СЕРИ-БЕГАВАН (Вести Борнео), 23.02.2026 —": its date after the agency;
    # "ТЕКУН-УМАН (Гватемала), 8 вересня 2025 (агенція «Світ-Інфо») –": after the place's
    # country, then the agency.
    r"(?:,\s+(?P<when>[^–—()\n]{3,30}?))?(?:\s*\((?P<later>[^()\n]{2,60})\))?\s*[-–—]"
)


# "АСТАНА. KAZINFORM —", "Алматы, 12 наурыз, Kazinform –", "Каир. 5 ноября. INTERFAX.RU -": an
# agency's name, unquoted, just before the dash.
_PLAIN_AGENCY = re.compile(
    r"(?P<place>[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2})[.,]\s+"
    r"(?:(?P<when>[^()\n–—-]{3,30}?)[.,]\s+)?"
    # "НЖАМЕНА. 2 қазан. Дала-Ақпарат – ...", "Герат. 6 травня. СХІД-ЗАХІД. У квітні ...": a
    # hyphenated name; one in capitals may end with a full stop.
    r"(?P<agency>[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐҚҒҮҰӨҺ][\w.-]+?(?:\s[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐҚҒҮҰӨҺ][\w.-]+?)?)"
    r"(?:\s*[-–—]\s|(?P<stop>\.)\s(?=[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐҚҒҮҰӨҺ]))"
)


def _plain_agency(line: str) -> re.Match[str] | None:
    """A dateline whose agency stands unquoted before the dash: its place in capitals, or a
    date beside it."""
    match = _PLAIN_AGENCY.match(line)
    if match is None:
        return None
    dated = match["when"] is not None and _when(_fold(match["when"])) is not None
    # "TAPACHULA, Chiapas —" names a region: with no date, only a name in capitals or a
    # domain ("KAZINFORM", "INTERFAX.RU") is an agency.
    agency = match["agency"]
    agency_like = agency.isupper() or "." in agency.strip(".")
    if match["stop"] and not (agency.isupper() and len(agency) > 3 and match["when"]):
        return None  # "Kyiv. 5 May. Police said": only a dated name in capitals ends so
    return match if (match["place"].isupper() and agency_like) or dated else None


def _dateline(line: str) -> list[tuple[str, str | date | None]] | None:
    """The agency and date of "ALMATY, 5 October (Reuters) -", "АСТАНА, 20 шілде – «Дала…»"."""
    parts = _agency_dateline(line)
    if parts is None:
        return None
    # "Berlin, 20 November 2024 — By Anna Schmidt": a by-line where an agency may stand.
    signed = [
        ("author", name)
        if kind == "publisher"
        and isinstance(value, str)
        and (byline := _BYLINE.fullmatch(value.strip(" .")))
        and (name := _name(byline["name"], strict=True))
        else (kind, value)
        for kind, value in parts
    ]
    head = line.split(",", 1)[0].strip()
    words = head.split()
    named = 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not head.isupper()
    if signed != parts and named and not _place_or_section(head, "en"):
        # "Reykjavík Review, 27 January 2025 — By Sigrún Ólafsdóttir": a signed story's
        # dateline opens with its paper's name, not a place ("REYKJAVÍK", "Reykjavík").
        signed.append(("publisher", _plain(head)))
    return signed


def _agency_dateline(line: str) -> list[tuple[str, str | date | None]] | None:
    led = _QUOTED_OUTLET_LEADS.match(line)
    when = _when(_fold(led["when"])) if led is not None and led["when"] else None
    if led is not None and (when is not None or led["dash"]):
        # "Жаркент, 20 тамыз 2024 жыл. «Жаркент жаршысы». Жетісу облысы ...", "ШЫМКЕНТ –
        # «Шымкент келбеті» тілшісі. ...": the place, the day, the paper, then the story.
        paper: list[tuple[str, str | date | None]] = [("publisher", _plain(led["outlet"]))]
        return [*paper, ("date", when[0])] if when else paper
    parts = _quoted_dateline(line)
    plain = _plain_agency(line)
    if plain is not None and not (parts and any(kind == "publisher" and v for kind, v in parts)):
        when = _when(_fold(plain["when"])) if plain["when"] else None
        found: list[tuple[str, str | date | None]] = [("publisher", _plain(plain["agency"]))]
        return [*found, ("date", when[0])] if when else found
    return parts


def _quoted_dateline(line: str) -> list[tuple[str, str | date | None]] | None:
    match = _DATELINE.match(line)
    # "Бишкек, 22 марта 2023 г. — «Ала-Тоо Пресс»": a quoted masthead ending the line marks
    # a dateline whatever case its place is written in.
    quoted_last = match is not None and match["quoted"] and not line[match.end() :].strip(" .")
    if match is None and (bare := _BRACKETED_AGENCY.match(line)) is not None:
        # "ULAANBAATAR (Reuters) -": the place in capitals, the agency, no date; "LAGOS
        # (Lagoon TV) — October 22, 2021": its date after the dash, alone.
        after = _when(_fold(line[bare.end() :].strip(" .")), "en")
        if bare["when"] is not None:
            after = _when(_fold(bare["when"]))
        if bare["later"] is not None and after is None:
            return None  # a place's country, then something that is not a date
        dated: list[tuple[str, str | date | None]] = [("date", after[0])] if after else []
        between = _DATE_BETWEEN_DASHES.match(line, bare.end()) if after is None else None
        when = _when(_fold(between["when"]), "en") if between is not None else None
        if when is not None and when[0] is not None:
            # "TRIESTE (Adriatic Press Service) – 14 November 2025 – Italian police ...": the
            # date between two dashes, the story after the second.
            dated = [("date", when[0])]
        masthead = _OUTLET_KIND_FIRST.sub("", bare["later"] or bare["agency"]).strip('«»"“” ')
        return [("publisher", _plain(masthead)), *dated]
    # "Мадрид, 16 вересня 2025 — ЄвроІнфо.": a name alone after the dash ends the line.
    named_last = match is not None and bool(match["named"]) and not line[match.end() :].strip()
    if match is None or not (
        match["place"].isupper()
        or match["agency"]
        or match["slashed"]
        or quoted_last
        or named_last
    ):
        return None
    if (when := _when(_fold(match["when"]))) is None:
        bare = _BRACKETED_AGENCY.match(line)
        # "KIGALI, Rwanda (AP) —": the agency, and no date.
        return [("publisher", _plain(bare["agency"]))] if bare else None
    # "МОСКВА, 5 окт — РИА Новости.": a short run of capitalised words is the agency.
    named = match["named"] or ""
    named = named if all(word[0].isupper() for word in named.split()) else ""
    agency = _plain(
        match["agency"] or match["quoted"] or match["slashed"] or match["before"] or named
    )
    if agency and (kind := _AGENCY_KIND.match(agency)) is not None:
        agency = kind["name"]  # "/ИА «Меридиан»/"
    return [("publisher", agency), ("date", when[0])]


# What a masthead says it is, after its quoted name: "«Алтай тынысы» газеті", "«Бүгін» ақпарат
# агенттігі".
_OUTLET_KINDS = (
    r"(?:газеті|газетасы|журналы|ақпарат\s+агенттігі|агенттігі|порталы|сайты|басылымы|тілшісі|"
    r"газета|агентство|издание|видання|газети|корреспондент|кореспондент|"
    # "«Көкжиек» АА": "ақпарат агенттігі", "информационное агентство" cut short.
    r"АА|ИА|ІА)"
)
# A dateline whose quoted paper opens the story's line: "Жаркент, 20 тамыз 2024 жыл. «Жаркент
# жаршысы». ...", "КИШИНЕВ, 6 октября 2021 года. «Кишиневский обозреватель». ...",
# "ШЫМКЕНТ – «Шымкент келбеті» тілшісі. ...".
_QUOTED_OUTLET_LEADS = re.compile(
    r"(?P<place>[^\W\d_][\w'’-]*(?:[\s-][^\W\d_][\w'’-]*)?)"
    r"(?:[.,]\s+(?P<when>[^.«»\n]{3,40}?)\.|\s*(?P<dash>[–—-]))\s*"
    r"[«\"“](?P<outlet>[^»\"”]{2,60})[»\"”](?:\s+" + _OUTLET_KINDS + r")?"
    r"\s*[.–—-]\s+(?=[^\W\d_])"
)


# "КОПЕНГАГЕН. 18 ақпан. ҚазАқпарат", "Алматы облысы, 23 шілде 2024 жыл. «Іле таңы»": a
# dateline alone on its line, its outlet last and no dash before it.
_PLACE_DATE_OUTLET = re.compile(
    r"(?P<place>[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2}"
    # "Ханья (Крит)", "Сантьяго / Ліма": the place's region, or a second place.
    r"(?:\s*\([^()\d]{2,30}\)|\s+[/–—]\s+[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*)?)?)[.,]\s+(?P<when>\d{1,2}\.\d{1,2}\.\d{2,4}|[^.,«»()/|\n]{3,40}?)"
    # "Улан-Батор, 18.04.2026 / «Степной вестник»", "СЕУЛ, 10 июля 2025 г. (Корея Сегодня)".
    r"(?:\.?\s*[.,]\s+|\s+[/|·•]\s+|\s*(?=\())"
    r"(?P<outlet>[«\"“][^»\"”]{2,60}[»\"”](?:\s+" + _OUTLET_KINDS + r")?"
    r"|\([^()]{2,60}\)|[^\W\d_][\w.'’-]*(?:\s[^\W\d_][\w.'’-]*){0,2})"
    # "«Азия-Ақпарат» тілшісі Бақыт Сейітов": the reporter who filed it, by name.
    r"(?:(?:(?<=тілшісі)|(?<=респондент))\s+(?P<author>[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){1,2}))?"
    r"\.?"
)
_TIME_WORDS = re.compile(r"(?i)\b(?:time|час|время|уақыт\w*|gmt|utc|local)\b")
_REGION_WORDS = re.compile(r"(?i)(?<!\w)(?:облысы|область|обл|oblast|region|province|өңірі)(?!\w)")


_REPORTER_OF = re.compile(
    r"(?i)^(?:корреспондент|кореспондент|correspondent)\s+|"
    r"\s+(?:тілшісі|корреспонденті|correspondent|корреспондент|кореспондент)$"
)


def _place_date_outlet(line: str, language: str) -> list[tuple[str, str | date | None]] | None:
    match = _PLACE_DATE_OUTLET.fullmatch(line.strip())
    if match is None or (when := _when(_fold(match["when"]))) is None:
        return None
    if _BASED_ON.fullmatch(match["outlet"].strip(" .")):
        # "Москва, 9 октября 2025 года. По материалам ТАСС": whose reports, no masthead.
        return [("date", when[0])]
    byline = _BYLINE.fullmatch(match["outlet"].strip(" ."))
    if byline is not None and (name := _name(byline["name"], strict=True)):
        # "Berlin, 20 November 2024 | By Anna Schmidt": the reporter, no masthead.
        return [("date", when[0]), ("author", name)]
    # "Kazinform тілшісі", "корреспондент Kazinform": the outlet's reporter filed it.
    outlet = _REPORTER_OF.sub("", match["outlet"])
    outlet = re.sub(r"\s+" + _OUTLET_KINDS + r"$", "", outlet).strip('«»"“”() ')
    strictly = match["place"].isupper() or _REGION_WORDS.search(match["place"]) is not None
    placed = strictly or _place_or_section(match["place"], language)
    bracketed = match["outlet"][:1] == "("
    known = match["outlet"][:1] in '«"“' or plain(outlet) in KNOWN_OUTLETS
    if bracketed:
        # "СЕУЛ, 10 июля 2025 г. (Корея Сегодня)", not "Wednesday, 5 October 2022 (Kyiv time)".
        known = placed and not _TIME_WORDS.search(outlet)
    elif not (
        known or strictly or _masthead_like(outlet) or _MEDIA_WORDS.search(outlet)
    ) and not all(w[:1].isupper() or not w[:1].isalpha() for w in outlet.split()):
        return None  # "Алматы, 5 октября 2022. Пограничники сообщили.": a sentence
    if not (placed or known) or person_name(outlet, language):
        return None
    filed_by = [("author", _plain(match["author"]))] if match["author"] else []
    return [("publisher", _plain(outlet)), ("date", when[0]), *filed_by]


# "KOTA KINABALU:", "NEW DELHI (Bernama):": a place in capitals and a colon open the story.
_PLACE_COLON = re.compile(
    r"(?P<place>[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐҚҒҮҰӨҺ][A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐҚҒҮҰӨҺ'’.-]+(?:\s[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐҚҒҮҰӨҺ'’.-]+){0,2})"
    r"(?:\s*\([^()\n]{2,40}\))?:\s+"
)


# The sentence splitter, the word reader, the speaker reader and the figure reader each ask
# of the same sentence: read it once.
@lru_cache(maxsize=2048)
def dateline_end(text: str) -> int:
    """Where a dateline that opens ``text`` ends ("ALMATY, 5 October (Reuters) - "), or 0: its
    date is the story's, not a figure's. A masthead among the line's pieces after it ("БЕЙРУТ,
    7 октября 2024 г., «Левант-пресс». За ...") is the dateline's too."""
    return max(_dateline_end(text), _masthead_pieces_end(text))


def _dateline_end(text: str) -> int:
    # "Berlin. 20 November 2024. Police said ...": read as "Berlin, 20 November 2024. ...",
    # which ends where this does.
    text = next(
        (
            read
            for lang in ("en", "ru", "uk", "kk")
            if (read := _place_stop_as_comma(text, lang)) != text
        ),
        text,
    )
    plain = _plain_agency(text)
    if plain is not None:
        return plain.end()
    led = _QUOTED_OUTLET_LEADS.match(text)
    if led is not None and (led["dash"] or _when(_fold(led["when"] or "")) is not None):
        return led.end()  # "ШЫМКЕНТ – «Шымкент келбеті» тілшісі. ..."
    colon = _PLACE_COLON.match(text)
    if colon is not None and _place_or_section(colon["place"].title(), "en"):
        return colon.end()  # "KOTA KINABALU: Sabah Immigration deported ..."
    opened = _PLACE_AND_DATE.match(text)
    if opened is not None and _dateline(text) is None and _place_and_date(text, "ru") is not None:
        return opened.end()
    match = _DATELINE.match(text)
    parts = _dateline(text)
    if match is None or parts is None or all(kind != "date" for kind, _ in parts):
        bare = _BRACKETED_AGENCY.match(text)  # "KIGALI, Rwanda (AP) —": no date, an agency
        between = _DATE_BETWEEN_DASHES.match(text, bare.end()) if bare else None
        if between is not None and _when(_fold(between["when"]), "en") is not None:
            return between.end()  # "TRIESTE (APS) – 14 November 2025 – Italian police ..."
        return bare.end() if bare else 0
    if match["slashed"] or match["before"]:
        return match.end()
    return match.end("agency") + 1 if match["agency"] else match.start("when") + len(match["when"])


def _masthead_pieces_end(text: str) -> int:
    """Where the story starts after a masthead among the first line's pieces ("Ташкент.
    15.04.2024. «Туран-Ақпарат» – Өзбекстанның ..."), or 0."""
    first_line = text.split("\n", 1)[0]
    if not re.search(r"[а-яёіїєґәғқңөұүһ]", first_line, re.IGNORECASE):
        return 0  # English datelines are read by their own patterns above
    for language in ("ru", "kk"):
        pieces = _header_pieces(first_line, language)
        if pieces is not None:
            return pieces[2] if pieces[2] < len(first_line) else 0
    return 0


# "Бишкек, 5 марта 2024 года. В феврале ...": a place and a full date open the story, with no
# agency; the date is the story's.
_PLACE_AND_DATE = re.compile(
    r"(?P<place>[^\W\d_][\w'’-]*(?:[\s-][^\W\d_][\w'’-]*)?),\s+"
    r"(?P<when>\d{1,2}\s+[^\W\d_]+\s+(?:19|20)\d\d(?:\s*(?:года|г\.|року|р\.|жылы?|ж\.))?"
    # "Берлин, 2024 жылғы 20 қараша. ...": its stop ends it ("..., 2024 жылғы 1 қаңтар мен
    # 30 маусым аралығында" is a period).
    r"|(?:19|20)\d\d\s+жылғы\s+\d{1,2}\s+[^\W\d_]+(?=\.))\.?\s"
)


def _place_and_date(line: str, language: str) -> date | datetime | None:
    match = _PLACE_AND_DATE.match(line)
    if match is None or not match["place"][:1].isupper():
        return None
    when = _when(_fold(match["when"]), language)
    return when[0] if when else None


_BRACKETED_DATE = re.compile(r"(?P<head>.+?)\s*\((?P<when>[^()]{6,40})\)\s*")
_PUBLISHED_BY = re.compile(
    r"(?i:first\s+)?(?P<verb>(?i:published|posted))\s+(?:(?i:by)\s+(?P<by>.+?)\s+(?i:on)\s+"
    r"(?P<when>.+)|(?:(?i:on)\s+)?(?P<when2>.+?)\s+(?i:by)\s+(?P<by2>.+))"
)
_NOBODY = frozenset({"admin", "administrator", "editor", "staff", "newsroom", "webmaster"})
_DATED = frozenset({"date", "updated"})  # kinds of a header line's piece that give a day


# A site's sections named beside its masthead and date: "Новости | 05.10.2022 | Вечерний Бишкек".
_SECTIONS = frozenset(
    plain(word)
    for word in (
        "news", "world", "politics", "society", "economy", "business", "region", "regions",
        "asia", "central asia", "europe", "migration", "latest", "analysis", "opinion",
        "новости", "мир", "политика", "общество", "экономика", "регионы", "миграция", "в мире",
        "происшествия", "новини", "світ", "політика", "суспільство", "економіка", "регіони",
        "міграція", "жаңалықтар", "әлем", "саясат", "қоғам", "экономика", "аймақ", "өңір",
        "көші-қон", "центральная азия", "центральна азія", "орталық азия",
    )
)  # fmt: skip


_PLACE_IN_REGION = re.compile(r"(?P<place>[^()]+?)\s*\((?P<region>[^()\d]{2,30})\)")


@lru_cache(maxsize=4096)
def _place_or_section(piece: str, language: str) -> bool:
    """Whether a piece of a header line is where the story was filed ("Almaty", "Душанбе")
    or the site's section ("Новости"): no masthead, though it stands beside the date."""
    key = plain(piece)
    if key in _SECTIONS:
        return True
    if key in KNOWN_OUTLETS or _masthead_like(piece) or not piece[:1].isupper():
        return False
    if " / " in piece:
        # "Сантьяго / Ліма": two places the story was filed from.
        return all(_place_or_section(part.strip(), language) for part in piece.split(" / "))
    bracketed = _PLACE_IN_REGION.fullmatch(piece)
    if bracketed is not None:
        # "Ханья (Крит)", "Boa Vista (Roraima)": a town no list holds, in a region one does.
        inside = bracketed["region"]
        return _place_or_section(bracketed["place"], language) or (
            region_country(inside) is not None or _place_or_section(inside, language)
        )
    town, comma, country = piece.rpartition(",")
    if comma and question_country_code(plain(country.strip())) is not None:
        # "SOKOTO, Nigeria", "Kakuma, Kenya": a town no list may hold, in the country named.
        named = town.split()
        return 1 <= len(named) <= 3 and all(word[:1].isupper() for word in named)
    words = key.split()
    if len(words) == 1:
        keys = forms(words[0], language).keys
        return world_city_country(keys) is not None or question_country_code(key) is not None
    return len(words) <= 3 and (
        world_city_country((key,)) is not None or question_country_code(key) is not None
    )


def _masthead_like(value: object) -> bool:
    """Whether a name reads as a publication's by its words: "Qazaq Times", "Kazinform"."""
    if not isinstance(value, str):
        return False
    last = re.fullmatch(rf"(?:\S+\s+)*{MASTHEAD_WORDS}", value)
    return last is not None or plain(value) in KNOWN_OUTLETS or bool(_MEDIA_WORDS.search(value))


def _masthead_over_its_date(line: str, below: list[str], language: str) -> bool:
    """Whether a short line of capitalised words, no sentence, sits right over a line that
    holds only a date, or only its author (and the date): an outlet's masthead."""
    if not below or not _bare_masthead(line, language):
        return False
    dated: dict[str, Any] = {}
    return _read_line(below[0], language, dated) and set(dated) in (
        {"date"},
        {"author"},
        {"date", "author"},
    )


def _masthead_under_its_date(line: str, above: str, language: str) -> bool:
    """Whether a short line of capitalised words, no sentence, sits right under a line that
    holds only a date: "20.11.2024" over "Степной вестник"."""
    if not _bare_masthead(line, language) or plain(line.strip('«»"“” ')) in _SECTIONS:
        return False
    dated: dict[str, Any] = {}
    return _read_line(above, language, dated) and set(dated) == {"date"}


def _bare_masthead(line: str, language: str) -> bool:
    """Whether a line of one to four words, the first capitalised, could be an outlet's name
    and is no other header line, place, body or person ("Антильское обозрение")."""
    words = line.strip('«»"“” ').split()
    if not 1 <= len(words) <= 4 or not words[0][:1].isupper():
        return False
    if any(c.isdigit() or c in ":|,." for c in line.strip(" .")) or _places_only(line, language):
        return False
    if plain(line.strip('«»"“” ')) in _SECTIONS | _FLAGS:
        return False  # "Analysis", "Exclusive" over the by-line: the story's kind
    if _is_body(line) or person_name(line, language) or _BYLINE.fullmatch(line.strip()):
        return False
    return not _read_line(line, language, {})  # "By Jane Doe", "Автор: ...": read otherwise


# "Берлин. 20 ноября 2024 г.", "Berlin. November 20, 2024": a place, its full stop, then the
# date, as "Берлин, 20 ноября 2024 г." writes it with a comma.
_PLACE_STOP = re.compile(r"(?P<place>[^\W\d_][\w'’-]*(?:[\s-][^\W\d_][\w'’-]*){0,2})\.\s+(?=\S)")


def _place_stop_as_comma(line: str, language: str) -> str:
    """``line`` with the full stop after the place it opens with made a comma, when a date
    follows that stop; else ``line`` unchanged."""
    match = _PLACE_STOP.match(line)
    if match is None or not _place_or_section(match["place"], language):
        return line
    rest = line[match.end() :]
    folded = _fold(rest)
    when = _when(folded)
    if when is None or when[0] is None:
        return line  # no dated day after the stop ("Kyiv. 5 May. Police said")
    # The day opens what follows the stop, after a weekday at most ("Berlin. Wednesday, …").
    before = folded[: when[1][0][0]].strip(" ,")
    if before and before.rstrip(".") not in _words("filler", language):
        return line
    return f"{match['place']}, {rest}"


# "Автор — Абди Фарах": a label before a dash, where "Автор: Абди Фарах" has a colon.
_DASHED_LABEL = re.compile(r"(?P<label>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+[—–-]\s+(?=\S)")


def _dash_label_as_colon(line: str) -> str:
    """``line`` with the dash after a header label it opens with made a colon."""
    match = _DASHED_LABEL.match(line)
    labels = ("author", "date", "source", "publisher")
    if match is None or not any(_fold(match["label"]) in _words(kind) for kind in labels):
        return line
    return f"{match['label']}: {line[match.end() :]}"


def _read_line(line: str, language: str, found: dict[str, Any]) -> bool:
    """Take what a header line says into ``found`` (first value wins); False if no header."""
    line = _dash_label_as_colon(_place_stop_as_comma(line, language))
    sentences = _LABELLED_AFTER.split(line)
    if len(sentences) > 1:
        # "«Бишкек Таймс», 5 октября 2022 года. Автор: Айгерим Садыкова": two header lines
        # in one, the second labelled.
        trial = dict(found)
        named_first = "publisher" not in found and _bare_masthead(sentences[0], language)
        if named_first and all(_read_line(part, language, trial) for part in sentences[1:]):
            # "Жерорта хабары. Авторы: Айдана Мұқанова. 08.07.2025": the masthead, then the
            # labelled lines.
            trial["publisher"] = sentences[0].strip('«»"“” .')
            found.update(trial)
            return True
        trial = dict(found)
        if all(_read_line(part, language, trial) for part in sentences):
            first = sentences[0]
            guessed = str(trial.get("publisher") or "") if "publisher" not in found else ""
            one_word = len(guessed.split()) == 1
            if (
                one_word
                and not re.search(r"[«\"“]", first)
                and plain(guessed) not in KNOWN_OUTLETS
            ):
                # "Чирунду, 9 октября 2025 года. Корреспондент: ...": a place and a date
                # before a reporter's credit, one unknown word no masthead ("Рижский курьер,
                # 14 ноября 2025 г. Автор: ..." names its paper).
                del trial["publisher"]
            found.update(trial)
            return True
        return False
    whole = dict(found)
    if _read_one_line(line, language, whole) and (whole != found or "." not in line):
        found.update(whole)
        return True
    # "Жазған: Нұрлан Әміров. 28 желтоқсан 2024 ж.": a labelled line read whole gave nothing;
    # its pieces may.
    if _read_pieces(line, language, found):
        return True
    return whole == found and _read_one_line(line, language, {})


def _read_pieces(line: str, language: str, found: dict[str, Any]) -> bool:
    """``_read_line`` for a line of header lines run together, each read alone."""
    pieces = _HEADER_STOPS.split(line)
    labelled = _LABELLED_THEN_DATE.match(line)
    if labelled is not None:
        # "Жазған: Нұрлан Әміров. 28 желтоқсан 2024 ж.": a labelled name, then the date.
        pieces = [labelled["labelled"], line[labelled.end() :]]
    if len(pieces) == 1 or len(line.split()) > _LONGEST_HEADER_LINE:
        return False
    # "Укрінформ, 21.05.2024 12:45. Марія Гнатюк", "Өлгий – Астана. «Egemen Qazaqstan»,
    # 22.10.2024": header lines run together, each read alone; the places filed from are none.
    trial = dict(found)
    read = [
        _places_only(piece, language)
        or _BASED_ON.fullmatch(piece.strip(" .")) is not None
        or _read_one_line(piece, language, trial)
        for piece in pieces
    ]
    if all(read) and trial != found:
        found.update(trial)
        return True
    return False


_LABELLED_THEN_DATE = re.compile(
    r"(?P<labelled>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*:\s*[^.:\d]{3,60}?)\.\s+(?=\d{1,2}[\s.])"
)
# "ҚазАқпарат материалдары бойынша", "По материалам ТАСС", "За матеріалами Укрінформу",
# "Based on reports by Reuters": whose reports the story draws on, no field of its own.
_BASED_ON_WORDS = (
    r"(?:[^\W\d_][\w.'’«»\"-]*\s+){1,4}материалдары\s+бойынша|"
    r"(?:по\s+материалам|за\s+матеріалами|based\s+on(?:\s+reports?\s+(?:by|from))?)"
    r"(?:\s+[^\W\d_][\w.'’«»\"-]*){1,4}"
)
_BASED_ON = re.compile(_BASED_ON_WORDS, re.IGNORECASE)
# The same closing a dateline: "Москва, 9 октября 2025 года. По материалам ТАСС".
_BASED_ON_LAST = re.compile(r"[.,]\s+(?:" + _BASED_ON_WORDS + r")\s*\.?\s*$", re.IGNORECASE)
# Where one header line ends and the next begins on the same line: after a date or a time
# ("21.05.2024 12:45. Марія Гнатюк"), or before a quoted masthead ("Астана. «Egemen …»").
_HEADER_STOPS = re.compile(r"(?<=\d)\.\s+(?=[«\"“]?[^\W\d_])|(?<=[^\W\d_]{3})\.\s+(?=[«\"“])")


def _ends_sentence(line: str) -> bool:
    """Whether a line ends as a sentence does; "2 декабря 2024 г." ends with a date's stop."""
    line = line.rstrip()
    date_stop = re.search(r"(?:\d|\b(?:г|гг|р|рр|ж|жж))\.$", line) is not None
    return line.endswith((".", "!", "?")) and not date_stop


def _a_sentence(line: str) -> bool:
    """Whether a line reads as a sentence of the story: six words or more, ended as one."""
    return _ends_sentence(line) and len(line.split()) >= 6


def _places_only(line: str, language: str) -> bool:
    """Whether a line only names places: "Almaty", "Өлгий – Астана" (one place known, the
    other a capitalised word or two, as a place a gazetteer lacks is written)."""
    pieces = [piece.strip() for piece in _SEPARATOR.split(line) if piece.strip()]
    known = [plain(p) not in _SECTIONS and _place_or_section(p, language) for p in pieces]
    name_like = all(
        len(p.split()) <= 2 and p[:1].isupper() and not _masthead_like(p) for p in pieces
    )
    return any(known) and name_like


# An English date with a comma before its year ("November 25, 2023"): one piece of a line
# whose pieces commas part ("LAPPEENRANTA, Finland, November 25, 2023").
_EN_DATE_COMMA = re.compile(
    r"(?i)\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}),"
    r"(\s+(?:19|20)\d\d)\b"
)


# "BOA VISTA (RR), July 10": a state's code after the place.
_REGION_CODE = re.compile(r"^(?P<place>[^\W\d_][^,()]{0,40}?)(?P<code>\s\([A-Z]{2,3}\))(?=,)")


def _read_one_line(line: str, language: str, found: dict[str, Any]) -> bool:
    """``_read_line`` for a line that holds one header line."""
    # The comma goes, its place kept: where things are on the line stays where it was.
    line = _EN_DATE_COMMA.sub(r"\1 \2", line)
    # "BOA VISTA (RR), July 10": a state's code after the place is the place's.
    line = _REGION_CODE.sub(lambda m: m["place"] + " " * len(m["code"]), line)
    bracketed = _BRACKETED_DATE.fullmatch(line)
    if bracketed and _when(_fold(bracketed["when"])) is not None:
        line = f"{bracketed['head']}, {bracketed['when']}"  # "Source: The Guardian (5 Oct 2022)"
    told = _PUBLISHED_BY.fullmatch(line)
    when = _when(_fold(told["when"] or told["when2"]), language) if told else None
    if told and when is not None:
        # "Published by Eurasianet on 5 October 2022", "Posted on 5 October 2022 by Jane Doe".
        who = _plain(told["by"] or told["by2"])
        kind = "publisher" if told["verb"].casefold() == "published" else "author"
        if kind == "author" and (_masthead_like(who) or (who or "").casefold() in _NOBODY):
            kind = "publisher" if _masthead_like(who) else "skip"
        found.setdefault("date", when[0])
        if who is not None and kind != "skip":
            found.setdefault(kind, who)
        return True
    parts = _dateline(line)
    if not parts or not any(kind == "publisher" and value for kind, value in parts):
        # "ЕРЕВАН, 2023 жылғы 3 қазан. «Кавказ-Ақпарат».": the dateline, and the masthead
        # after it with no dash.
        parts = _place_date_outlet(line, language) or parts
    # A story opening with its place and date, where no agency's dateline reads the line
    # ("МОСКВА, 5 октября 2022 — РИА Новости" is one).
    sentence = _is_body(line) or (_ends_sentence(line) and len(line.split()) > 5)
    opened = _place_and_date(line, language) if parts is None and sentence else None
    if opened is not None:
        found.setdefault("date", opened)
        return True
    role = _NAME_AND_ROLE.fullmatch(line)
    signed_name = re.sub(r"(?i)^(?:by|written\s+by)\s+", "", role["name"]) if role else ""
    if parts is None and role and (name := _name(signed_name, strict=True)):
        # "Ірина Пападопулу, власна кореспондентка": the reporter, by the post they write in.
        found.setdefault("author", name)
        return True
    reporter = _NAME_AND_OUTLET.fullmatch(line)
    if parts is None and reporter and (name := _name(_unlabelled(reporter["name"]), strict=True)):
        # "Жанар Бекетова, «Шымкент шұғыласы»": the reporter and the paper.
        outlet = reporter["outlet"]
        if reporter["for"] and language in {"ru", "uk"}:
            outlet = nominative_phrase(outlet, "gent", language)
        parts = [("author", name), ("publisher", _plain(outlet))]
    signed_for = _BYLINE_OUTLET.fullmatch(line)
    if (
        parts is None
        and signed_for
        and (name := _name(signed_for["name"], strict=True))
        and not _ROLE_WORDS & set(signed_for["outlet"].casefold().split())
    ):
        # "By Amira Saleh, Nile Gazette": the reporter, then the paper they write for.
        parts = [("author", name), ("publisher", _plain(signed_for["outlet"]))]
    dated = _OUTLET_AND_DATE.fullmatch(line)
    if dated and _fold(dated["outlet"]).casefold() in _words("filler", language):
        dated = None  # "Saturday, 13 April 2024": a weekday, no masthead
    when = _when(_fold(dated["when"]), language) if dated else None
    if parts is None and dated and when is not None:
        # "«Вечерний Бишкек», 21 мая 2024 года", "Zhasalash.kz, 2024 жылғы 21 мамыр".
        # "Алматы, 5 октября 2022": a place filed from, no masthead.
        placed = _place_or_section(dated["outlet"], language)
        parts = [("publisher", None if placed else _plain(dated["outlet"])), ("date", when[0])]
        byline = _BYLINE.fullmatch(dated["outlet"])
        if byline is not None and (name := _name(byline["name"], strict=True)):
            parts = [("author", name), ("date", when[0])]  # "Подготовила Анна Шмидт, 20.11.2024"
    if parts is None:
        parts = [
            part
            for piece in _SEPARATOR.split(line)
            if piece.strip()
            for part in _name_and_paper(piece, language) or [_classify(piece, language)]
        ]
        if len(parts) == 1 and parts[0][0] == "quoted":
            parts = [("plain", parts[0][1])]  # a quotation alone on its line says no masthead
        elif any(kind == "quoted" for kind, _ in parts):
            # "«Степной вестник» | Туркестанская область": the quoted masthead, then its
            # section or region; "«Ертіс таңы» | Айгерім Сәрсенова": then its author.
            parts = [
                (kind, value)
                for kind, value in parts
                if kind != "plain" or (isinstance(value, str) and person_name(value, language))
            ]
        if (
            len(parts) == 1
            and parts[0][0] == "caps"
            and not person_name(str(parts[0][1]), language)
        ):
            # "CENTRAL AMERICA WIRE" under the headline: a masthead in capitals.
            parts = [("publisher", parts[0][1])]
        short = (
            len(line.split()) <= _LONGEST_HEADER_LINE
            and not _is_body(line)
            and not _ends_sentence(line)  # a sentence, not a header line
        )
        if short and "," in line and not any(kind in _DATED for kind, _ in parts):
            # "Автор: Иван Петров, «Новая газета Европа», 21.05.2024": commas between.
            pieces = _SEPARATOR_OR_COMMA.split(line)
            split = [_classify(piece, language) for piece in pieces if piece.strip()]
            if any(kind in _DATED for kind, _ in split):
                parts = split
        if any(kind in _DATED for kind, _ in parts):
            # "Tuesday 4 October 2022 | Almaty", "Новости | 05.10.2022 | …": beside the date,
            # a place or a section names no masthead.
            parts = [
                (kind, value)
                for kind, value in parts
                if not (kind in {"plain", "caps"} and isinstance(value, str))
                or not _place_or_section(value, language)
            ]
        # A person's name beside a masthead ("Белорусский обзор | … | Ольга Сенкевич"), or
        # alone on its line ("Мейрамгүл ТОҚТАРОВА"), is the author's.
        parts = [
            ("person", _name(value))
            if kind in {"plain", "caps"}
            and isinstance(value, str)
            and person_name(value, language)
            else (kind, value)
            for kind, value in parts
        ]
        domains = [value for kind, value in parts if kind == "plain" and _is_domain(value)]
        if domains:
            # "21.05.2024 • Новости • Kloop.kg": the address is the masthead, not the section
            # ("Прикордоння.info | 13.11.2024 | Тарас Дзюба": nor the author).
            parts = [(k, v) for k, v in parts if k != "plain" or v in domains]
        plain = [at for at, (kind, _) in enumerate(parts) if kind == "plain"]
        if (
            len(plain) == 2
            and any(kind in _DATED for kind, _ in parts)
            and _name(str(parts[plain[1]][1]), strict=True) is not None
            and len(str(parts[plain[1]][1]).split()) in {2, 3}
        ):
            # "Дала жаршысы · 17.05.2023 · Нұржан Сейітқали": after the dated masthead, a
            # capitalised name is the author's, whatever its ending; "Anna Weber | Steppe
            # Herald | ...": unless the name after reads as a paper's and the first does not.
            first, second = (str(parts[at][1]) for at in plain)
            if _masthead_like(second) and not _masthead_like(first):
                # Then the first is the author's only if it reads as a person's name:
                # "Hargeisa | 19.05.2025 | Horn Observer" names a place.
                words = first.split()
                person = len(words) in {2, 3} and "," not in first and not first.isupper()
                person = person and not _ROLE_WORDS & {w.casefold() for w in words}
                person = person and not _place_or_section(first, language)
                parts[plain[0]] = ("person", _name(first)) if person else ("skip", None)
            else:
                parts[plain[1]] = ("person", _name(second))
        kinds = {kind for kind, _ in parts}
        alone = kinds == {"person"} and len(parts) == 1
        # "Ертіс ақпарат | Авторы: Ирина Балачук": a signed line's one other piece is the
        # masthead, dated or not.
        # "«Ертіс таңы» | Айгерім Сәрсенова", "Кишинёвский обозреватель | Анна Руснак": a
        # masthead and its author, alone on a short line.
        masthead = (
            "author" in kinds and sum(kind in {"plain", "quoted"} for kind, _ in parts) == 1
        ) or (
            len(parts) == 2
            and kinds in ({"quoted", "person"}, {"plain", "person"})
            # "«Ертіс таңы» | Айгерім Сәрсенова"; "Ольга Дячук / Африка.Ньюз UA", the author
            # first.
            and (parts[0][0] != "person" or " / " in line)
            and ("|" in line or " / " in line)
            # "Иван Петров / Алматы": where they filed from, no masthead.
            and not any(
                kind == "plain" and isinstance(value, str) and _place_or_section(value, language)
                for kind, value in parts
            )
        )
        if (
            not alone
            and not (masthead and kinds <= {"author", "plain", "quoted", "person"})
            and (
                kinds <= {"plain", "caps", "person"}
                or (not kinds & _DATED and kinds & {"plain", "caps", "person"})
            )
        ):
            return False
    beside_a_date = any(kind in _DATED for kind, _ in parts)
    # "Source: UB Post, 5 October 2022": a short name beside the date is the masthead's.
    parts = [
        ("publisher" if beside_a_date else "skip", value) if kind == "source" else (kind, value)
        for kind, value in parts
    ]
    signed = any(kind == "author" for kind, _ in parts)
    for kind, value in parts:
        # "IRYNA BALACHUK — 4 OCTOBER 2022": a name in capitals beside a date is the author's,
        # unless the line signs its author ("THE KIGEZI OBSERVER | By Brenda Atuhaire").
        caps = "publisher" if signed or _masthead_like(value) else "author"
        kind = {"caps": caps, "plain": "publisher", "quoted": "publisher", "person": "author"}.get(
            kind, kind
        )
        if value is not None:
            found.setdefault(kind, value)
    return True


# "(Reporting by Anush Petrosyan; Editing by Mark Heller)", "Автор: …" under the story.
_REPORTING_BY = re.compile(
    r"^\(?\s*(?:reporting|writing|text|автор|авторы|автор тексту)\s*(?:by|:)\s*"
    r"(?P<name>[^;()\n]+)",
    re.IGNORECASE,
)
# Kazakh, Russian and Ukrainian surnames and patronymic-like endings.
_SURNAME = re.compile(
    r"(?:ов|ова|ев|ева|ин|ина|ский|ская|ський|ська|енко|ук|юк|ич|ұлы|қызы|uly|"
    r"kyzy|ov|ova|ev|eva)$",
    re.IGNORECASE,
)


def person_name(text: str, language: str) -> bool:
    """Whether a short piece of a header line is a person's name: "Ольга Сенкевич",
    "Мейрамгүл ТОҚТАРОВА", "Anush Petrosyan"."""
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(re.fullmatch(r"[^\W\d_][\w'’-]*", w) for w in words):
        return False
    if not all(word[:1].isupper() for word in words):
        return False
    named = words_of(text)
    if language in {"ru", "uk"}:
        if not re.search(r"[а-яёіїєґ]", text, re.IGNORECASE):
            return False  # "Deutsche Welle": these texts write a person's name in Cyrillic
        # "Ирина Сеппа": a first name the dictionary knows, or every word a name's.
        first = {tag for parse in slavic_parses(words[0], language) for tag in parse[1]}
        return "Name" in first or all(name_like(word, language) for word in named)
    # "Анна Шмидт", "Томас Бергер": a first name Russian's dictionary knows.
    if (
        language == "kk"
        and re.fullmatch(r"[А-ЯЁа-яё-]+", words[0])
        and any("Name" in parse[1] for parse in slavic_parses(words[0], "ru"))
    ):
        return True
    return bool(_SURNAME.search(kazakh_fold(words[-1]).casefold())) or any(
        _SURNAME.search(word.casefold()) for word in words
    )


def _signed(text: str, language: str) -> str | None:
    """The author a story is signed with at its end: "(Reporting by …)", a name alone."""
    # Below the headline and a header line: a short text's last lines may be its first.
    lines = [line.strip() for line in text.splitlines() if line.strip()][2:][-3:]
    for line in reversed(lines):
        if (reporting := _REPORTING_BY.match(line)) is not None:
            return _name(reporting["name"])
        if person_name(line, language):
            return _name(line)
    return None


def _is_body(line: str) -> bool:
    """Whether a line is a paragraph of the story, below which no header is looked for."""
    # "… | Рига, 3 ноября 2025 г.": a date's stop ends no sentence.
    long = len(line) > 200 or (_ends_sentence(line) and len(line.split()) >= 12)
    return long or any(match["letter"].isupper() for match in _NEXT_SENTENCE.finditer(line))


def _headline(line: str) -> str | None:
    """The line as a headline: three words at least, so site furniture ("Support Us",
    "Advertisement:", "Menu", "Читайте также") is passed over; no sentence ending in a stop."""
    title = re.sub(r"^[^\w«\"“„'(\[]+", "", line).strip()  # "⚡️ Headline", "• Headline"
    ends_sentence = title.endswith(".") and not title.endswith("...")
    if ends_sentence or len(title) > 300 or len(title.split()) < 3 or _is_body(title):
        return None
    return title


def read_header(text: str, language: str) -> Header:
    """What the text itself says about its document; ValueError for a language not en/ru/uk/kk."""
    if language not in {"en", "ru", "uk", "kk"}:
        raise ValueError(f"no header reading for language {language!r}")
    # Values have their Header fields' types. Only the first lines hold the document's header.
    found: dict[str, Any] = {}
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    body_line: str | None = None
    press_first = False
    for at, line in enumerate(lines[:12]):
        # "Berlin. 20 November 2024": no sentence ends after the place.
        line = _place_stop_as_comma(line, language)
        if (
            at
            and "publisher" not in found
            and _masthead_over_its_date(line, lines[at + 1 :], language)
        ):
            # "Антильское обозрение" alone, "12 сентября 2025 г." on the line below: the
            # masthead over its date line, however unknown its name.
            found["publisher"] = line.strip('«»"“” ')
            continue
        if (
            at > 1
            and "publisher" not in found
            and _masthead_under_its_date(line, lines[at - 1], language)
        ):
            found["publisher"] = line.strip('«»"“” ')
            continue
        based_on = _BASED_ON_LAST.search(line)
        if based_on is not None and based_on.start() > 0:
            # "Москва, 9 октября 2025 года. По материалам ТАСС": whose reports the story
            # draws on is no masthead; the dateline before it is read alone.
            line = line[: based_on.start()]
        office = _press_office(line, language)
        if (
            press_first
            and "publisher" not in found
            and _names_a_body(line)
            and not _is_body(line)
            and _when(_fold(line)) is None
        ):
            found["publisher"] = _uncapped(line) if line.isupper() else _plain(line)
            continue
        if office is not None and not _is_body(line):
            # "Ministry of Defence of the Republic of Serbia — Press Release", "Пресс-служба
            # МВД Армении", "... комитетінің баспасөз қызметі | 03.07.2024": the body's own.
            if office or body_line:
                found.setdefault("publisher", office or body_line)
            else:
                # "PRESS STATEMENT" over "IMMIGRATION DEPARTMENT OF MALAYSIA": the body's name
                # may follow the press line.
                press_first = True
            rest = _PRESS_PIECE.sub("", line).strip(" |·•—–-")
            # "Пресс-релиз | 14 января 2026 года": what follows the bar, or the body's name.
            piped = re.split(r"\s*[|·•]\s*", line, maxsplit=2 if office and office in line else 1)
            rest = piped[-1] if len(piped) > 1 and (office or rest == line) else rest
            if rest and rest != line:
                _read_line(rest, language, found)
            dated = (
                _when(_fold(line.rpartition(",")[2].strip()), language) if "," in line else None
            )
            if dated is not None and dated[0] is not None:
                found.setdefault("date", dated[0])  # "Прес-служба ДПСУ, 06.01.2025"
            continue
        if _read_line(line, language, found):
            if "publisher" not in found and (pieces := _pieces_masthead(line, language)):
                # "КАМПАЛА, 17 февраля 2025 г. — Агентство «Континент».": the date read, and
                # the masthead among the line's pieces.
                found["publisher"] = pieces[0]
        elif "publisher" not in found and plain(line.strip('«»"“” ')) in KNOWN_OUTLETS:
            # "05.10.2022 10:14" then "Интерфакс", "Українська правда" over its date line: an
            # outlet the reader knows, alone on its line above the story, is its masthead.
            found["publisher"] = line.strip('«»"“” ')
        elif "publisher" not in found and (site := _site_of_section(line)) is not None:
            # "Новости Казахстана | Tengrinews.kz": a site's section, then the site.
            found["publisher"] = site
        elif "publisher" not in found and _MASTHEAD_LINE.fullmatch(line):
            # "The Astana Times" under the by-line: a paper's name by the word it ends with.
            found["publisher"] = _plain(line)
        elif found.get("headline") is None:
            found["headline"] = _headline(line)
        elif "publisher" not in found and (pieces := _pieces_masthead(line, language)):
            found["publisher"] = pieces[0]
            if pieces[1] is not None:
                found.setdefault("date", pieces[1])
        elif _names_a_body(line):
            # "Ministry of Foreign Affairs of Ethiopia" over "Press Statement | Addis Ababa, …".
            body_line = line
        if _is_body(line):
            break
    if "author" not in found:
        found["author"] = _signed(text, language)
    if "url" not in found:
        # The story's own address on a line of its own under it.
        last = lines[-2:]
        # "Сілтеме: https://…", "Link: …": a label before it says the same.
        last = [
            label["value"].strip()
            if (label := _LABEL.fullmatch(line)) and _fold(label["label"]) in _words("url")
            else line
            for line in last
        ]
        at_end = [m["url"].rstrip(".,;:)") for line in last if (m := _URL.fullmatch(line))]
        if at_end:
            found["url"] = at_end[-1]
    if "publisher" not in found and found.get("headline"):
        found["publisher"] = _masthead_under(lines, found["headline"], language)
    if not found.get("publisher"):
        found.pop("publisher", None)
        # "© Kazinform, 2024", "© РИА Новости": the outlet's mark under the story.
        marks = [m for line in lines[-2:] if (m := _COPYRIGHT.fullmatch(line))]
        if marks:
            found["publisher"] = _plain(marks[-1]["name"])
    if not found.get("publisher") and found.get("url"):
        # The story's own address names the site that published it: "tengrinews.kz".
        site = _site_of(str(found["url"]))
        if site is not None:
            found["publisher"] = site
    found.setdefault("title", found.pop("headline", None))
    updated = found.pop("updated", None)
    found["published_at"] = found.pop("date", None) or updated
    return Header(**{field: value for field, value in found.items() if field != "skip"})


def _pieces_masthead(line: str, language: str) -> tuple[str, date | None] | None:
    """A masthead among a line's short pieces, the rest a place, a date, a press word or an
    abbreviation: "Бейрут. 8 қазан 2024 ж. – «Таяу Шығыс» ақпарат агенттігі (ТША)", "Нильский
    курьер. Асуан, 2 июня 2025 года.", "Ташкент. 15.04.2024. «Туран-Ақпарат» – Өзбекстанның …"
    (a story's first line: the pieces before it). The masthead, and the date if one is said."""
    read = _header_pieces(line, language)
    return (read[0], read[1]) if read is not None else None


def _header_pieces(line: str, language: str) -> tuple[str, date | None, int] | None:
    """``_pieces_masthead``'s masthead and date, and where the story starts on the line (its
    length when the line is all header)."""
    line = _EMOJI.sub(lambda emoji: " " * len(emoji.group()), line)
    first = _first_piece(line)
    if first is None or _piece_kind(first, language) is None:
        return None  # as the reading below would find at its first piece, only sooner
    if _place_or_section(line.strip(" ."), language):
        return None  # "PORT OF SPAIN, Trinidad and Tobago": a town and its country
    names: list[tuple[str, bool]] = []
    day: date | None = None
    placed_or_dated = story = False
    story_at = len(line)
    at = 0
    # Found as the pieces are read: a sentence of the story ends the reading at its first.
    for stop in itertools.chain(_PIECE_STOPS.finditer(line), [None]):
        raw = line[at : stop.start() if stop is not None else len(line)]
        # Where the piece's first word is, should the story start there.
        piece_start = at + len(raw) - len(raw.lstrip())
        at = stop.end() if stop is not None else len(line)
        piece = raw.strip(" .,;")
        if not piece:
            continue
        if len(piece.split()) > 5 or any(char in piece for char in "!?:"):
            story, story_at = True, piece_start
            break  # the story, or a sentence of it
        kind = _piece_kind(piece, language)
        if kind is not None and kind[0] == "date":
            day, placed_or_dated = kind[1] or day, True
        elif kind is not None and kind[0] == "place":
            placed_or_dated = True
        elif kind is not None and kind[0] == "press":
            # "«Ашхабад хроникасы» | Telegram-арна": a channel's or press office's word marks
            # the line as the masthead's, as a place or a date does.
            placed_or_dated = placed_or_dated or not piece.isupper()
        elif kind is not None:
            names.append(kind[1])  # a masthead
        elif names and placed_or_dated and piece_start:
            # "Бішкек, 15.10.24. «Ала-Тоо ақпарат» – Қырғызстан ... хабарлады.": after the
            # masthead and its date, what no header piece is opens the story.
            story, story_at = True, piece_start
            break
        else:
            return None
    if len(names) != 1 or not placed_or_dated:
        return None
    ((name, marked),) = names
    # Before a story's words only a name marked as one is a masthead: "У вівторок, 9 квітня,
    # на пунктах пропуску ..." opens the story with its day.
    return (name, day, story_at) if marked or not story else None


def _first_piece(line: str) -> str | None:
    """A line's first piece, or None when it is a sentence (no header line's first is)."""
    at = 0
    for stop in itertools.chain(_PIECE_STOPS.finditer(line), [None]):
        piece = line[at : stop.start() if stop is not None else len(line)].strip(" .,;")
        if piece:
            return None if len(piece.split()) > 5 or any(c in piece for c in "!?:") else piece
        at = stop.end() if stop is not None else len(line)
    return None


@lru_cache(maxsize=4096)
def _piece_kind(piece: str, language: str) -> tuple[str, Any] | None:
    """What a piece of a header line reads as: ("date", the day or None), ("place", None) for
    a place or section, ("press", None) for a press word, ("masthead", its name and whether
    it is marked as one); None for none of these (most lines are the story's, and fail at
    their first piece)."""
    when = _when(_fold(piece), language)
    if when is not None:
        return "date", when[0]
    if _place_or_section(piece, language):
        return "place", None
    if _PRESS_OR_ABBREVIATION.fullmatch(piece):
        return "press", None
    named = _masthead_piece(piece, language)
    return ("masthead", named) if named is not None else None


def _masthead_piece(piece: str, language: str) -> tuple[str, bool] | None:
    """A piece of a header line that reads as a masthead, and whether it is marked as one:
    quoted ("«Левант-пресс»", with its kind around it), a name with a dot or hyphen between
    capitals ("Світ.Новини", "ЦентрАзія-UA") or a paper's word; else two to four words, the
    first capitalised, none a verb's form, no by-line."""
    quoted = re.fullmatch(
        rf"(?:{_OUTLET_KINDS}\s+)?[«\"“„](?P<x>[^»\"”]{{2,60}})[»\"”](?:\s+{_OUTLET_KINDS})?",
        piece,
        re.IGNORECASE,
    )
    if quoted is not None:
        name = _plain(quoted["x"])
        return (name, True) if name else None
    if re.search(r"\d", piece) or person_name(piece, language) or _BYLINE.fullmatch(piece):
        return None
    words = piece.split()
    joined = re.fullmatch(r"[A-ZА-ЯЁІЇЄҐ]\w*[.-][A-ZА-ЯЁІЇЄҐ]\w*", piece) is not None
    if joined or _masthead_like(piece):
        return piece, True
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper():
        return None
    if language in {"ru", "uk"} and any(_verb_form(word, language) for word in words):
        return None  # "Полиция задержала": a sentence
    if language in {"en", "kk"} and not all(w[:1].isupper() or w in _SMALL_WORDS for w in words):
        return None
    name = _plain(piece)
    return (name, False) if name else None


_KAZAKH_ONLY_LETTERS = frozenset("әғқңөұүһ")


def _verb_form(word: str, language: str) -> bool:
    if not _KAZAKH_ONLY_LETTERS.isdisjoint(word.casefold()):
        return False  # a Kazakh word: Russian's or Ukrainian's dictionary would only guess
    tags = {tag for parse in slavic_parses(word.casefold(), language) for tag in parse[1]}
    return bool(tags & {"VERB", "INFN", "PRTF", "PRTS", "GRND"})


# Where a header line's pieces part: bars, dashes between spaces, commas, brackets, and full
# stops after a word, a number or a closing mark ("Ташкент. 15.04.2024. «Туран-Ақпарат» –").
_PIECE_STOPS = re.compile(
    r"\s*[|•·]\s*|\s+[-–—]\s*|\s*[-–—]\s+|,\s+|\s*[()]\s*|(?<=[\w»”\")])\.(?:\s+|$)"
)
# A piece that is furniture beside a masthead: "ПРЕСС-РЕЛИЗ", "Telegram-арна", "Собственный
# корреспондент", an abbreviation in capitals ("ТША", "ОАЖ").
_PRESS_OR_ABBREVIATION = re.compile(
    r"(?i:пресс-релиз|прес-реліз|press\s+release|telegram-арна|telegram-канал|telegram\s+channel|"
    r"собственный\s+корреспондент|власний\s+кореспондент|өз\s+тілшіміз)"
    r"|[A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ]{2,5}"
)
_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]")


# A press office's line: "X — Press Release", "Press release — X", "Press Statement | …",
# "Пресс-служба X", "Прес-служба X", "X-тің баспасөз қызметі".
_PRESS_WORDS = r"(?:press|news|media)\s+(?:release|statement|office)"
_PRESS_PIECE = re.compile(rf"(?i)(?:^|\s[|—–-]\s)\s*{_PRESS_WORDS}\s*(?=\s[|—–-]\s|$)")
_PRESS_OFFICE = re.compile(
    rf"(?i)^(?:(?P<a>.+?)\s+[|—–-]\s+{_PRESS_WORDS}|{_PRESS_WORDS}\s*[|—–:-]\s*(?P<b>.+?)"
    rf"|(?P<alone>{_PRESS_WORDS})(?:\s+[|—–-]\s+.+)?)$"
)
_SLAVIC_PRESS = re.compile(
    r"^(?i:пресс-служба|прес-служба|пресс-центр|прес-центр|пресс-релиз|прес-реліз)"
    # "ПРЕСС-РЕЛИЗ | Государственная пограничная охрана … | Рига, …": the body named, after
    # a bar, as itself.
    r"(?:\s+|(?P<bar>\s*[|·•]\s*))(?P<x>[^|·•]+?)(?:\s+[|·•]\s+.*)?$"
)
_KAZAKH_PRESS = re.compile(
    r"^(?P<x>.+?)(?:тің|тың|нің|ның|дің|дың)\s+баспасөз\s+(?:қызметі|орталығы)(?:\s+[|·•]\s+.*)?$"
)


def _names_a_body(line: str) -> bool:
    """Whether a short line is a body's name: "Ministry of Foreign Affairs of Ethiopia"."""
    words = words_of(line)
    return (
        0 < len(words) <= 14
        and line[:1].isupper()
        and not _ends_sentence(line)
        and any(is_org_word(word) for word in words)
    )


def _press_office(line: str, language: str) -> str | None:
    """The body whose press office a header line names; "" for a press line that names none
    ("Press Statement | Addis Ababa, …"); None for no press line."""
    # A line of bars holds a long body's name: "ПРЕСС-РЕЛИЗ | Государственная … | Рига, …".
    if len(line.split()) > _LONGEST_HEADER_LINE + 4 * line.count("|"):
        return None
    found = _PRESS_OFFICE.match(line)
    if found is not None:
        body = (found["a"] or found["b"] or "").strip()
        head, comma, place = body.rpartition(", ")
        if comma and _place_or_section(place, language):
            body = head  # "Senate Department for the Interior and Sport, Berlin"
        if body and not _names_a_body(body):
            # "Press Statement | Addis Ababa, March 3, 2025": a press line naming no body.
            return "" if found["b"] else None
        return body
    slavic = _SLAVIC_PRESS.match(line) if language in {"ru", "uk"} else None
    if slavic is not None and "," in slavic["x"]:
        head, _, tail = slavic["x"].rpartition(",")
        if _when(_fold(tail.strip()), language) is not None:
            # "Прес-служба ДПСУ, 06.01.2025": the body, then the day.
            slavic = _SLAVIC_PRESS.match(line[: slavic.start("x")] + head)
    if slavic is not None:
        if slavic["bar"]:
            return slavic["x"].strip() if _names_a_body(slavic["x"]) else ""
        return nominative_phrase(slavic["x"].strip(), "gent", language)
    kazakh = _KAZAKH_PRESS.match(line) if language == "kk" else None
    if kazakh is not None:
        # "комитетінің" → "комитеті": the genitive's ending off, the body's own form left.
        return kazakh["x"].strip()
    return None


# Telegram cuts a link preview's description near here; a title longer reads as the post.
_POST_TITLE_CHARS = 100


def post_title(text: str, language: str) -> str | None:
    """A channel post's title: its headline when it has one, else its opening words.

    Posts seldom carry a headline, and a curator asked to invent one for each forwarded post
    would type anything; the words the post opens with are what a reader sees of it in a
    channel's list. They are cut at a word within ``_POST_TITLE_CHARS``, with "…" where cut.
    """
    header = read_header(text, language)
    if header.title:
        return header.title
    lines = (line.strip() for line in text.splitlines())
    first = next((line for line in lines if re.search(r"\w", line)), None)
    if first is None:
        return None
    first = re.sub(r"^[^\w«\"“„'(\[]+", "", first)  # "⚡️ Breaking", "• News"
    if len(first) <= _POST_TITLE_CHARS:
        return first
    cut = first[: _POST_TITLE_CHARS + 1].rsplit(maxsplit=1)[0]
    return cut.rstrip(",;:–—-") + "…"


def _masthead_under(lines: list[str], headline: str, language: str) -> str | None:
    """A masthead alone on the line under the headline, above the story: "Вести
    Средиземноморья", or with its section, "Нова доба | Світ". Two or three words, capitalised
    when alone: a kicker or a subtitle has more, or a lower-case word, or a stop. ``lines``:
    the text's non-empty lines, stripped."""
    at = next((i for i, line in enumerate(lines[:4]) if headline in line), None)
    if at is None or at + 2 >= len(lines):
        return None
    # "The Moscow Times" then "Oct. 5, 2022": the masthead may stand over the date line, or
    # over its place and date ("Душанбе, 18 апреля 2025 г.", "Amritsar, November 21"), the
    # story's first sentence under them.
    date_line = lines[at + 2] if at + 3 < len(lines) else ""
    read: dict[str, Any] = {}
    placed_date = (
        _when(_fold(date_line)) is not None
        and _read_line(date_line, language, read)
        and "publisher" not in read
    )
    dated = (
        bool(date_line)
        and len(date_line.split()) <= _LONGEST_HEADER_LINE
        and (_when(_fold(date_line), language) is not None or placed_date)
        and (_is_body(lines[at + 3]) or _a_sentence(lines[at + 3]))
    )
    if not (_is_body(lines[at + 2]) or dated):
        return None
    pieces = [piece.strip() for piece in _SEPARATOR.split(lines[at + 1])]
    name = pieces[0]
    words = name.split()
    if len(pieces) > 2 or not 2 <= len(words) <= 4 or any(c.isdigit() for c in lines[at + 1]):
        return None
    # With its section beside it the line is plainly furniture; alone, every word is a name's
    # ("Doaba Times News Service"). Over its date line, a Russian, Ukrainian or Kazakh
    # masthead keeps its lower-case words ("Памирский вестник", "Карибський кур'єр").
    every_word = all(word[:1].isupper() for word in words)
    slavic_masthead = dated and language != "en" and len(words) <= 3
    capitalised = len(pieces) == 2 or every_word or slavic_masthead
    if len(words) == 4 and not every_word:
        return None
    if not capitalised or not words[0][:1].isupper() or name.endswith((".", "!", "?", ":")):
        return None
    if person_name(name, language) or name.casefold() in _FURNITURE:
        return None  # the author alone on the line; a site's own words
    if _place_or_section(lines[at + 1], language):
        return None  # "SOKOTO, Nigeria": where the story was filed
    label = _LABEL.fullmatch(lines[at + 1])
    labels = ("author", "source", "date", "url", "title", "skip", "updated")
    if _BYLINE.fullmatch(lines[at + 1]) or (
        label and any(_fold(label["label"]) in _words(kind) for kind in labels)
    ):
        # "By Anjali Thapa", "Авторы: ...": a by-line over the date; "Source: AFP": whose
        # figures, no masthead.
        return None
    return name


# A site's words under a headline that name no outlet.
_FURNITURE = frozenset({
    "breaking news", "latest news", "live updates", "top stories", "support us", "read more",
    "читайте также", "главные новости", "последние новости", "читайте також",
    "головні новини", "останні новини", "соңғы жаңалықтар", "басты жаңалықтар",
})  # fmt: skip


_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?(?P<name>[^\W\d_][^,©\n]{1,50}?)"
    r"(?:,?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\.?)?",
    re.IGNORECASE,
)
