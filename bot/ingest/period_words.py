"""The words dates and periods are written with in English, Russian, Ukrainian and Kazakh news.

One table per kind of word, keyed by language: weekdays, year words ("году", "жылы"), the words
before and after a written date that say what it bounds ("since", "с ... по", "бастап",
"дейін"), named periods ("yesterday", "на прошлой неделе", "биыл"), number words, units of time,
and the patterns for lengths of time ("за последние две недели"), "ago", halves and quarters of
a year, a year's first months, halves of a month and weekdays. Month names are CLDR's, looked up
through ``bot.language.dates`` (``month_of``).

``bot.ingest.periods`` folds an article letter for letter (case, "ё", apostrophes, Kazakh letters
as a Russian keyboard types them) and reads the fold, so every word here is written folded or
passed through ``fold_pattern``. ``bot.ingest.written_dates`` builds from the first tables the
ways a day, month or year is written and the words around it; ``bot.ingest.named_periods``
fills the slots ``{n}`` (figures or ``NUMBERS``), ``{units}`` (``UNITS``, each unit a named
group), ``{days}`` and ``{days_from}`` (``WEEKDAYS``, ``WEEKDAYS_FROM``) of the last tables,
and reads the groups they name (``prep``, ``mod``, ``n``, ``y``, ``ord``, ``part``, ``m``, ``w``,
``pre``).
"""

from __future__ import annotations

import re
from functools import cache

from bot.language.dates import month_names, month_number
from bot.language.text import kazakh_fold

__all__ = [
    "AGO",
    "AND_WORDS",
    "AT_TIME",
    "CALENDAR",
    "DASH",
    "DATED",
    "DAYS_TO",
    "DAYS_TO_DATE",
    "DURATION",
    "FIGURE_AFTER",
    "KK_ABLATIVE",
    "KK_GENITIVE",
    "KK_MONTH_DAYS",
    "KK_MONTH_WORD",
    "KK_YEAR_BEFORE",
    "LANGUAGES",
    "MONTHS_TO",
    "MONTH_FIRST_DAYS",
    "MONTH_HALF",
    "MONTH_PAIR",
    "NEVER",
    "NOT_A_SPAN",
    "NUMBERS",
    "NUMBER_AFTER",
    "ORDINALS",
    "PART",
    "QUARTERS",
    "SINCE_CLAUSE",
    "SINCE_NAMED",
    "SINCE_NAMED_AFTER",
    "TO_WORDS",
    "UNITS",
    "WEEKDAY",
    "WEEKDAYS",
    "WEEKDAYS_FROM",
    "WEEKDAY_SINCE",
    "WORDS_AFTER",
    "WORDS_BEFORE",
    "YEAR_MONTHS",
    "YEAR_QUARTERS",
    "YEAR_WORDS",
    "fold_pattern",
    "month_heads",
    "month_of",
    "short_only_names",
]

# The languages read: every table has an entry for each, Kazakh's sometimes empty.
LANGUAGES = ("en", "ru", "uk", "kk")


def fold_pattern(pattern: str) -> str:
    """A pattern written in each language's own letters, folded as the text is."""
    return kazakh_fold(pattern.replace("ё", "е"))


# ---- Month names ---------------------------------------------------------------------------


@cache
def month_heads() -> frozenset[str]:
    """The first three letters of every month name, to turn most words away cheaply."""
    return frozenset(
        name[:3] for language in LANGUAGES for name in month_names(language) if len(name) >= 3
    )


@cache
def short_only_names() -> frozenset[str]:
    """Short names that are no full name's start ("oct", "сент"): read only beside a day."""
    names = {name for language in LANGUAGES for name in month_names(language)}
    full = {name for name in names if name[-1] != "."}
    return frozenset(name[:-1] for name in names if name[-1] == ".") - full


# "маусымдық жұмыс" is seasonal work ("маусым" is also a season), not June's: a Kazakh
# adjective's ending makes no month of the word (as written, or folded: "маусымдык").
_KAZAKH_ADJECTIVE = re.compile(r"(?:[дтл][ыі]қ|[дтл][ыи]к)$")


@cache
def month_of(word: str) -> int | None:
    """The month a folded word names, in any case form, or None."""
    word = word.rstrip(".")
    if word[:3] not in month_heads() or _KAZAKH_ADJECTIVE.search(word):
        return None
    # Kazakh voices a final "к" before a vowel: "қыркүйегінде" (in its September).
    if word.startswith("кыркуйег"):
        return 9
    return month_number(word)


# ---- Days, months and years written as such ------------------------------------------------

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "ru": ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"),
    "uk": ("понеділок", "вівторок", "середу", "четвер", "п'ятницю", "суботу", "неділю"),
    "kk": ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"),
}
DASH = "[-–—‐‑−]"
YEAR_WORDS = fold_pattern(
    r"(?:годами|годах|годов|годом|годы|году|года|год|гг\.|г\.|г|роках|років|роки|року|році|рік"
    r"|рр\.|р\.|р|жылдары|жылдарда|жылдар|жылғы|жылдың|жылдан|жылға|жылда|жылы|жыл|ж\.)(?![\w'])"
)
KK_YEAR_BEFORE = fold_pattern(r"(?:жылғы|жылдың|жылы|ж\.)")
KK_GENITIVE = fold_pattern(r"(?:тың|тің|дың|дің|ның|нің)")
KK_ABLATIVE = re.compile(r"(?:дан|ден|тан|тен|нан|нен)$")  # Kazakh "from" endings, folded
# Where a short dotted date ("21.09") would be a figure: "21.09 млн", "12.50%".
FIGURE_AFTER = re.compile(fold_pattern(r"\s*(?:%|млн|млрд|тыс|тис|мың|mln|million|thousand)"))
# "в 12.05", "о 12.05": a time of day, not 12 May.
AT_TIME = re.compile(fold_pattern(r"(?<![\w'])(?:в|о|об|at)\s+$"))
# After a year with no year word, a figure that is no year: "from 2000 to 3000 people".
NUMBER_AFTER = re.compile(rf"\s*(?:{DASH}|to|and|до|по|и)?\s*(?!(?:19|20)\d\d(?!\d))\d")
# "ай" (month) after a Kazakh month's name makes it the month: "қазан айы", not the city.
KK_MONTH_WORD = re.compile(fold_pattern(r"\s+ай"))


# ---- The words around a written date -------------------------------------------------------

# Before a date: "on", "in", "since", "from ... to", "between ... and", "until", "as of".
WORDS_BEFORE: dict[str, dict[str, str]] = {
    "en": {
        "on": r"on",
        # "in the whole of 2021"; "for"/"over" only so ("over 2000 people" is a count).
        "in": r"(?:in|during|throughout|for|over)\s+(?:the\s+)?(?:whole|entire|course)\s+of|"
        r"in\s+all\s+of|in|during|throughout",
        "since": r"(?:since|from|starting(?:\s+(?:on|from))?|beginning(?:\s+(?:on|from))?"
        r"|as\s+from|after)(?:\s+the\s+(?:start|beginning)\s+of)?",
        "from": r"from",
        "between": r"between",
        "until": r"until|till|through",
        "as_of": r"as\s+(?:of|at)|by",
        # "by the end of March": as of the month's last day.
        "month_end": r"(?:by|as\s+of|at)\s+the\s+end\s+of",
    },
    "ru": {
        "in": r"(?:в|во|за|в\s+течение)(?:\s+(?:весь|всего|целый|целого))?",
        "since": r"(?:(?:начиная\s+)?(?:с|со)|после)(?:\s+начала)?",
        "from": r"(?:в\s+период\s+)?(?:с|со|от)",
        "between": r"между",
        "until": r"до|по",
        # "в ночь на 21 сентября" is that night, not a count as of the day.
        "as_of": r"по\s+состоянию\s+на|(?<!ночь\s)на|к|ко",
        "month_end": r"(?:по\s+состоянию\s+)?на\s+конец|к\s+концу",
    },
    "uk": {
        "in": r"(?:у|в|за|протягом|упродовж|впродовж)(?:\s+(?:весь|увесь|цілий|всього|"
        r"усього|цілого))?",
        # "відколи 9 березня стартувала евакуація": since then.
        "since": r"(?:(?:починаючи\s+)?(?:з|зі|із|від)|після|відколи|з\s+тих\s+пір\s+як)"
        r"(?:\s+початку)?",
        "from": r"(?:[ув]\s+період\s+)?(?:з|зі|із|від)",
        "between": r"між",
        "until": r"до|по",
        "as_of": r"станом\s+на|(?<!ніч\s)на",
        "month_end": r"(?:станом\s+)?на\s+кінець|до\s+кінця",
    },
    "kk": {},
}
# After a date: Kazakh puts these after it ("21 қыркүйектен бастап", "27 қыркүйекке дейін");
# Russian and Ukrainian may close a period with "inclusive".
WORDS_AFTER: dict[str, dict[str, str]] = {
    "en": {"range": r"inclusive"},
    "ru": {"range": r"включительно"},
    "uk": {"range": r"включно"},
    "kk": {
        # "тамыз айының басынан бері": since the start of the month named.
        # "14 маусымда жарияланған эвакуация басталғалы бері": since what began that day.
        "since": r"(?:(?:ның\s+|нің\s+|дың\s+|дің\s+)?басынан\s+)?(?:бастап|бері|кейін)"
        r"|(?:[^\W\d]+\s+){1,3}(?:басталғалы|басталғаннан|басталған\s+кезден)\s+(?:бері|бастап)",
        "range": r"дейін|шейін|аралығында|аралығындағы|аралығы",
        "until": r"дейін|шейін",
        "as_of": r"жағдай\s+бойынша|қарай",
        # "наурыздың соңына қарай": by the end of March.
        "month_end": r"(?:ның|нің|дың|дің|тың|тің)?\s*соңына\s+(?:қарай|дейін)",
    },
}
# Between a period's two ends: "to" words join any two dates; "and" words only after "between"
# (or before Kazakh "аралығында"), else "on 3 and 4 October" would be a period.
TO_WORDS = {"en": r"to|till|until|through|thru", "ru": r"по|до", "uk": r"по|до", "kk": ""}
AND_WORDS = {"en": r"and", "ru": r"и", "uk": r"і|й|та", "kk": r"мен|бен|пен"}
# A document "of" a date is dated that day: "указ від 21 вересня" is no period since it.
DATED = re.compile(
    fold_pattern(
        r"(?<![\w'])(?:указ|закон|постановлени|постанов|решени|рішенн|наказ|приказ"
        r"|распоряжени|розпорядженн|письм|лист|протокол|decree|order|letter)\w*\s+"
        r"(?:от|від|of|dated)\s+$"
    )
)
NEVER = re.compile(r"(?!)")
# The periods "с начала ..." opens that are named periods of their own ("с начала года").
_NOT_A_NAMED_PERIOD = {
    "ru": r"(?!(?:года|месяца|недели|квартала|лета|осени|зимы|весны|сезона|периода)\b)",
    "uk": r"(?!(?:року|місяця|тижня|кварталу|літа|осені|зими|весни|сезону|періоду)\b)",
}
# "since" a few words before the day: "since Russia announced mobilisation on 21 September",
# "с тех пор как 21 сентября", "відтоді як 21 вересня".
SINCE_CLAUSE = {
    language: re.compile(fold_pattern(pattern)) if pattern else NEVER
    for language, pattern in {
        # "after the call-up was announced on 10 February", "після оголошення призову 10
        # лютого": what happened that day opens the period, as "since" it does.
        # "since the start of the programme in 2020": the year opens it too.
        "en": r"(?<![\w'])(?:since|after)\s+[^.;:!?()\d]{1,60}?\s+on\s+$"
        r"|(?<![\w'])since\s+the\s+(?:start|beginning|launch)\s+of\s+[^.;:!?()\d]{1,40}?\s+in\s+$",
        "ru": r"(?<![\w'])(?:с\s+тех\s+пор,?\s+как|с\s+момента|после\s+того,?\s+как|"
        r"после\s+(?=объявлени|начал|введени|вступлени))\s*(?:[^.;:!?()\d]{1,60}\s+)?$"
        # "с начала эвакуации, объявленной 14 июня", "с начала программы в 2020 году"; not
        # "с начала года по состоянию на 1 ноября", a named period of its own.
        rf"|(?<![\w'])(?:с|со)\s+(?:самого\s+)?начала\s+{_NOT_A_NAMED_PERIOD['ru']}"
        r"[^\W\d]+(?:\s+[^\W\d]+)?,?\s+(?:(?:объявленн|начавш|стартовавш|запущенн|введенн)"
        r"\w*\s+)?(?:(?:в|во)\s+)?$",
        "uk": r"(?<![\w'])(?:відтоді,?\s+як|з\s+моменту|після\s+того,?\s+як|"
        r"після\s+(?=оголошенн|початк|запровадженн|набуття))\s*(?:[^.;:!?()\d]{1,60}\s+)?$"
        rf"|(?<![\w'])(?:з|зі|із|від)\s+(?:самого\s+)?початку\s+{_NOT_A_NAMED_PERIOD['uk']}"
        r"[^\W\d]+(?:\s+[^\W\d]+)?,?\s+(?:(?:оголошен|розпочат|запущен|запроваджен)"
        r"\w*\s+)?(?:(?:в|у)\s+)?$",
        "kk": "",
    }.items()
}

# "since" before a closed period named from R: "since last week", "since Azerbaijan's offensive
# last week", "с начала наступления на прошлой неделе", "з минулого тижня": the period opens
# there and runs up to R.
SINCE_NAMED = {
    language: re.compile(fold_pattern(pattern) + r"\Z")
    for language, pattern in {
        "en": r"(?<![\w'])since\s+(?:[^.;:!?()\d,]{1,60}?\s+)?",
        "ru": r"(?<![\w'])(?:(?:с|со)\s+(?:начала|момента)\s+[^.;:!?()\d,]{1,50}?\s+"
        r"|с\s+тех\s+пор,?\s+как\s+(?:[^.;:!?()\d,]{1,50}?\s+)?|(?:с|со)\s+)",
        "uk": r"(?<![\w'])(?:(?:з|зі|із|від)\s+(?:початку|моменту)\s+[^.;:!?()\d,]{1,50}?\s+"
        r"|(?:з|зі|із|від)\s+|відтоді,?\s+як\s+(?:[^.;:!?()\d,]{1,50}?\s+)?)",
        "kk": r"(?!)",
    }.items()
}
# Kazakh says "since" after what opens the period: "өткен аптадан бері" (since last week),
# "өткен аптадағы шабуылдан бері" (since the offensive last week).
SINCE_NAMED_AFTER = {
    language: re.compile(fold_pattern(pattern)) if pattern else NEVER
    for language, pattern in {
        "en": "",
        "ru": "",
        "uk": "",
        "kk": r"(?:(?:\s+[^\W\d_]+){0,4}?(?:дан|ден|тан|тен|нан|нен))?\s+(?:бері|бастап)(?!\w)",
    }.items()
}


# ---- Periods counted from the reference date -----------------------------------------------

# Named periods before or around R, each with the key ``named_periods`` resolves.
CALENDAR: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"the\s+day\s+before\s+yesterday", "before_yesterday"),
        (r"yesterday", "yesterday"),
        (r"today", "today"),
        (r"(?:on\s+)?the\s+(?:day\s+before|previous\s+day)", "yesterday"),
        (r"(?:(?:during|over|in)\s+)?(?<!the\s)(?:last|the\s+previous)\s+week(?!\s+of)",
         "last_week"),
        (r"(?:(?:during|over|in)\s+)?this\s+week", "this_week"),
        (r"(?:(?:during|over|in)\s+)?(?<!the\s)(?:last|the\s+previous)\s+month(?!\s+of)",
         "last_month"),
        (r"(?:(?:during|over|in)\s+)?this\s+month", "this_month"),
        (r"(?:(?:during|over|in)\s+)?the\s+month\s+before\s+last", "month_before_last"),
        (r"(?:(?:during|over|in)\s+)?the\s+year\s+before\s+last", "year_before_last"),
        # "Nine of last year's arrivals": the year's, with its possessive.
        (r"(?:(?:during|over|in)\s+)?(?<!the\s)(?:last|the\s+previous)\s+year(?:['’]s)?"
         r"(?!\s+of)", "last_year"),
        (r"(?:(?:so\s+far|during|over|in)\s+)?this\s+year|year\s+to\s+date", "this_year"),
        (r"(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year", "year_start"),
        (r"(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:last|the\s+previous)\s+year",
         "last_year_start"),
        (r"(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?spring",
         "spring_start"),
        (r"(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?summer",
         "summer_start"),
        (r"(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(?:autumn|fall)",
         "autumn_start"),
        (r"(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?winter",
         "winter_start"),
        (r"(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+month",
         "month_start"),
        (r"(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+week", "week_start"),
        (r"(?:(?:over|during|at)\s+)?(?:the|last)\s+weekend", "weekend"),
    ),
    "ru": (
        (r"позавчера", "before_yesterday"),
        (r"вчера", "yesterday"),
        (r"сегодня", "today"),
        (r"накануне|дн[её]м\s+ранее", "yesterday"),
        (r"(?:на|за)\s+(?:прошлой|минувшей|предыдущей)\s+неделе"
         r"|за\s+(?:прошлую|предыдущую|минувшую)\s+неделю", "last_week"),
        # "с прошлой недели": the genitive only "с" takes (SINCE_NAMED opens the period).
        (r"(?<=с\s)(?:прошлой|минувшей|предыдущей)\s+недели", "last_week"),
        (r"(?<=с\s)(?:прошлого|минувшего|предыдущего)\s+месяца", "last_month"),
        (r"(?<=с\s)(?:прошлого|минувшего|предыдущего)\s+года", "last_year"),
        (r"на\s+(?:этой|текущей|нынешней)\s+неделе", "this_week"),
        (r"в\s+(?:прошлом|минувшем|предыдущем)\s+месяце|за\s+(?:прошлый|предыдущий)\s+месяц",
         "last_month"),
        (r"в\s+(?:этом|текущем|нынешнем)\s+месяце", "this_month"),
        (r"в\s+позапрошлом\s+месяце|за\s+позапрошлый\s+месяц", "month_before_last"),
        (r"в\s+позапрошлом\s+году|за\s+позапрошлый\s+год", "year_before_last"),
        (r"в\s+(?:прошлом|минувшем|предыдущем)\s+году|за\s+(?:прошлый|предыдущий)\s+год",
         "last_year"),
        (r"в\s+(?:этом|текущем|нынешнем)\s+году|за\s+(?:этот|текущий)\s+год", "this_year"),
        (r"(?:с|со|от)\s+начала\s+(?:этого\s+|текущего\s+|нынешнего\s+)?года", "year_start"),
        (r"(?:с|со|от)\s+начала\s+(?:прошлого|минувшего|предыдущего)\s+года", "last_year_start"),
        (r"(?:с|со|от)\s+начала\s+(?:этой\s+)?весны", "spring_start"),
        (r"(?:с|со|от)\s+начала\s+(?:этого\s+)?лета", "summer_start"),
        (r"(?:с|со|от)\s+начала\s+(?:этой\s+)?осени", "autumn_start"),
        (r"(?:с|со|от)\s+начала\s+(?:этой\s+)?зимы", "winter_start"),
        (r"(?:с|со)\s+начала\s+(?:этого\s+|текущего\s+)?месяца", "month_start"),
        (r"(?:с|со)\s+начала\s+(?:этой\s+|текущей\s+)?недели", "week_start"),
        # "в выходные" alone is any weekend ("в выходные — больше"); "на выходных" is the
        # last one ("на выходных въехали").
        (r"за\s+(?:прошедшие\s+|минувшие\s+|прошлые\s+)?выходные"
         r"|в\s+(?:прошедшие|минувшие|прошлые|эти)\s+выходные"
         r"|на\s+(?:прошедших\s+|минувших\s+|прошлых\s+|этих\s+)?выходных"
         r"|в\s+течение\s+(?:прошедших\s+|минувших\s+|прошлых\s+)?выходных"
         # "в выходные через Батугаде выехали 1 850": with a verb in the past, the last one.
         r"|в\s+выходные(?=[^.;:—–]{0,80}?[а-яё](?:ли|ло|ла)(?:сь)?(?![а-яё]))", "weekend"),
    ),
    "uk": (
        (r"позавчора", "before_yesterday"),
        (r"вчора|учора", "yesterday"),
        (r"сьогодні", "today"),
        (r"напередодні|днем\s+раніше", "yesterday"),
        # "за минулу добу" in a border service's morning report is the day before it.
        (r"(?:за|протягом)\s+минулу\s+добу|(?:(?:протягом|упродовж|впродовж)\s+)?минулої\s+доби",
         "yesterday"),
        (r"(?:минулого|попереднього)\s+тижня|(?:на|у|в)\s+(?:минулому|попередньому)\s+тижні"
         r"|за\s+(?:минулий|попередній)\s+тиждень", "last_week"),
        (r"(?:цього|поточного)\s+тижня|(?:на|у|в)\s+(?:цьому|поточному)\s+тижні", "this_week"),
        (r"(?:минулого|попереднього)\s+місяця|[ув]\s+(?:минулому|попередньому)\s+місяці"
         r"|за\s+(?:минулий|попередній)\s+місяць", "last_month"),
        (r"(?:цього|поточного)\s+місяця|[ув]\s+(?:цьому|поточному)\s+місяці", "this_month"),
        (r"позаминулого\s+місяця|[ув]\s+позаминулому\s+місяці|за\s+позаминулий\s+місяць",
         "month_before_last"),
        (r"позаминулого\s+року|[ув]\s+позаминулому\s+році|позаторік", "year_before_last"),
        (r"(?:минулого|попереднього)\s+року|торік|минулоріч"
         r"|[ув]\s+(?:минулому|попередньому)\s+році|за\s+(?:минулий|попередній)\s+рік",
         "last_year"),
        (r"(?:цього|поточного)\s+року|цьогоріч|[ув]\s+(?:цьому|поточному)\s+році"
         r"|за\s+(?:цей|поточний)\s+рік", "this_year"),
        (r"(?:з|зі|із|від)\s+початку\s+(?:цього\s+|поточного\s+)?року", "year_start"),
        (r"(?:з|зі|із|від)\s+початку\s+(?:минулого|попереднього)\s+року", "last_year_start"),
        (r"(?:з|зі|із|від)\s+початку\s+(?:цієї\s+)?весни", "spring_start"),
        (r"(?:з|зі|із|від)\s+початку\s+(?:цього\s+)?літа", "summer_start"),
        (r"(?:з|зі|із|від)\s+початку\s+(?:цієї\s+)?осені", "autumn_start"),
        (r"(?:з|зі|із|від)\s+початку\s+(?:цієї\s+)?зими", "winter_start"),
        (r"(?:з|зі|із|від)\s+початку\s+(?:цього\s+|поточного\s+)?місяця", "month_start"),
        (r"(?:з|зі|із|від)\s+початку\s+(?:цього\s+|поточного\s+)?тижня", "week_start"),
        (r"за\s+(?:минулі\s+)?вихідні|(?:на|у|в)\s+минулі\s+вихідні"
         # "минулих вихідних", "на минулих вихідних", "минулими вихідними".
         r"|(?:на\s+)?минулих\s+вихідних|минулими\s+вихідними"
         # "На вихідних ... пройшли 18 430 осіб": the last weekend.
         r"|на\s+(?:цих\s+)?вихідних|(?:у|в)\s+ці\s+вихідні"
         # "Упродовж вихідних до Сеути дісталися 450": over the last one.
         r"|(?:упродовж|протягом|впродовж)\s+(?:минулих\s+)?вихідних"
         # "у вихідні через Батугаде виїхали 1 850": with a verb in the past, the last one.
         r"|(?:у|в)\s+вихідні(?=[^.;:—–]{0,80}?[а-яіїєґ'](?:ли|ло|ла|в)(?:ся|сь)?(?![а-яіїєґ']))",
         "weekend"),
    ),
    "kk": (
        (r"бүгін", "today"),
        # "-дан" (from) with "бері" after it: since then (SINCE_NAMED_AFTER).
        (r"кеше(?:гі|ден)?", "yesterday"),
        (r"алдыңғы\s+күні", "before_yesterday"),
        (r"өткен\s+апта(?:да|дағы|дан|\s+ішінде)?", "last_week"),
        (r"осы\s+апта(?:да|\s+ішінде)", "this_week"),
        (r"өткен\s+ай(?:да|дағы|дан|\s+ішінде)", "last_month"),
        (r"(?:осы|ағымдағы)\s+ай(?:да|\s+ішінде)", "this_month"),
        (r"өткен\s+жыл(?:ы|дағы|дан|\s+ішінде)|былтыр(?:ғы|дан)?", "last_year"),
        (r"биыл(?:ғы)?|(?:осы|ағымдағы)\s+жыл(?:ы|\s+ішінде)", "this_year"),
        (r"(?:биыл\s+)?жыл(?:дың)?\s+басынан\s+(?:бері|бастап)", "year_start"),
        (r"(?:былтырғы|өткен)\s+жыл(?:дың)?\s+басынан\s+(?:бері|бастап)", "last_year_start"),
        (r"(?:биылғы\s+)?көктем(?:нің)?\s+басынан\s+(?:бері|бастап)", "spring_start"),
        (r"(?:биылғы\s+)?жаз(?:дың)?\s+басынан\s+(?:бері|бастап)", "summer_start"),
        (r"(?:биылғы\s+)?күз(?:дің)?\s+басынан\s+(?:бері|бастап)", "autumn_start"),
        (r"(?:биылғы\s+)?қыс(?:тың)?\s+басынан\s+(?:бері|бастап)", "winter_start"),
        (r"ай(?:дың)?\s+басынан\s+(?:бері|бастап)", "month_start"),
        (r"апта(?:ның)?\s+басынан\s+(?:бері|бастап)", "week_start"),
        (r"(?:өткен\s+)?демалыс\s+күндері(?:нде)?|өткен\s+демалыс(?:та)?", "weekend"),
    ),
}  # fmt: skip

NUMBERS: dict[str, dict[str, int]] = {
    "en": {"a": 1, "an": 1, "one": 1, "a single": 1, "a couple of": 2, "two": 2, "three": 3,
           "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
           "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
           "thirty": 30},
    "ru": {"один": 1, "одна": 1, "одну": 1, "одни": 1, "одного": 1, "одной": 1, "одних": 1,
           "два": 2, "две": 2, "двух": 2, "двое": 2, "пару": 2, "три": 3, "трех": 3, "трое": 3,
           "четыре": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7,
           "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10,
           "десяти": 10, "одиннадцать": 11, "одиннадцати": 11, "двенадцать": 12,
           "двенадцати": 12, "тринадцать": 13, "тринадцати": 13, "четырнадцать": 14,
           "четырнадцати": 14, "пятнадцать": 15, "пятнадцати": 15, "шестнадцать": 16,
           "шестнадцати": 16, "семнадцать": 17, "семнадцати": 17, "восемнадцать": 18,
           "восемнадцати": 18, "девятнадцать": 19, "девятнадцати": 19,
           "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30},
    "uk": {"один": 1, "одна": 1, "одну": 1, "одні": 1, "одного": 1, "однієї": 1, "одних": 1,
           "два": 2, "дві": 2, "двох": 2, "двоє": 2, "пару": 2, "три": 3, "трьох": 3,
           "троє": 3, "чотири": 4, "чотирьох": 4, "п'ять": 5, "п'яти": 5, "шість": 6,
           "шести": 6, "сім": 7, "семи": 7, "вісім": 8, "восьми": 8, "дев'ять": 9,
           "дев'яти": 9, "десять": 10, "десяти": 10, "одинадцять": 11, "одинадцяти": 11,
           "дванадцять": 12, "дванадцяти": 12, "тринадцять": 13, "тринадцяти": 13,
           "чотирнадцять": 14, "чотирнадцяти": 14, "п'ятнадцять": 15, "п'ятнадцяти": 15,
           "шістнадцять": 16, "шістнадцяти": 16, "сімнадцять": 17, "сімнадцяти": 17,
           "вісімнадцять": 18, "вісімнадцяти": 18, "дев'ятнадцять": 19, "дев'ятнадцяти": 19,
           "двадцять": 20, "двадцяти": 20, "тридцять": 30, "тридцяти": 30},
    "kk": {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8,
           "тоғыз": 9, "он": 10, "он бір": 11, "он екі": 12, "он үш": 13, "он төрт": 14,
           "он бес": 15, "он алты": 16, "он жеті": 17, "он сегіз": 18, "он тоғыз": 19,
           "жиырма": 20, "отыз": 30},
}  # fmt: skip

# Units of a length of time, each with its forms.
UNITS: dict[str, dict[str, str]] = {
    "en": {"day": r"days?", "week": r"weeks?", "fortnight": r"fortnights?",
           "month": r"months?", "year": r"years?", "hour": r"hours?"},
    "ru": {"day": r"дней|дня|день|суток|сутки", "week": r"недель|недели|неделю|неделя",
           "month": r"месяцев|месяца|месяц", "year": r"года|год|лет",
           "hour": r"часов|часа|час"},
    "uk": {"day": r"днів|дні|дня|день|доби|добу|діб", "week": r"тижнів|тижні|тижня|тиждень",
           "month": r"місяців|місяці|місяця|місяць", "year": r"років|роки|року|рік",
           "hour": r"годину|години|годин"},
    "kk": {"day": r"тәулі[кг]|күн", "week": r"апта", "month": r"ай", "year": r"жыл",
           "hour": r"сағат"},
}  # fmt: skip

# "in a week", "the past two weeks", "за последние две недели", "соңғы екі аптада": the
# preposition (prep), "past" (mod) and count (n) are checked by ``named_periods``.
DURATION = {
    "en": r"(?:(?P<prep>in|within|over|during|for|throughout)\s+)?(?:(?P<mod>the\s+(?:past|last"
          r"|previous|preceding)|past|last|the)\s+)?(?:(?:just|only)\s+)?(?:(?P<n>{n})\s+)?{units}",
    "ru": r"(?:(?P<prep>за|в\s+течение|на\s+протяжении|в)\s+)?"
          r"(?:(?P<mod>последн|прошедш|минувш)\w*\s+)?(?:(?P<n>{n})\s+)?{units}",
    "uk": r"(?:(?P<prep>за|протягом|упродовж|впродовж|у|в)\s+)?"
          r"(?:(?P<mod>останн|минул)\w*\s+)?(?:(?P<n>{n})\s+)?{units}",
    "kk": r"(?:(?P<mod>соңғы|өткен)\s+)?(?:(?P<n>{n})\s+)?{units}"
          r"(?:(?:ы|і|сы|сі)?н?(?:да|де|та|те)|\s+(?:ішінде|бойы))",
}  # fmt: skip
AGO = {
    "en": r"(?P<n>{n})\s+{units}\s+ago",
    "ru": r"(?:(?P<n>{n})\s+)?{units}\s+назад",
    "uk": r"(?:(?P<n>{n})\s+)?{units}\s+тому",
    "kk": r"(?P<n>{n})\s+{units}\s+бұрын",
}
# Halves and quarters of a year: "in the first half of 2023", "в третьем квартале".
# "in the year to March", "the 12 months to April 2024": months that end with the one named.
MONTHS_TO = {
    # "in the year to June 30", "the 12 months to the end of September".
    "en": r"(?:the\s+)?(?:(?P<year>year)|(?P<n>{n})\s+months)\s+(?:to|(?:that\s+)?(?:ending|ended)"
    r"(?:\s+in)?)\s+(?:the\s+end\s+of\s+)?(?:(?P<d>\d{1,2})\s+)?(?P<m>[a-z]{3,9})"
    r"(?:\s+(?P<d2>\d{1,2})(?!\d))?(?:,?\s+(?P<y>(?:19|20)\d\d))?",
    # "за год, закончившийся в марте 2025 года", "за рік, що завершився в березні 2025-го".
    "ru": r"(?:(?P<year>год)|(?P<n>{n})\s+месяц\w*),?\s+(?:закончивш|завершивш|истекш)\w*\s+"
    r"(?:в\s+)?(?P<m>[а-яё]{3,9})(?:\s+(?P<y>(?:19|20)\d\d))?",
    "uk": r"(?:(?P<year>рік)|(?P<n>{n})\s+місяц\w*),?\s+(?:що|який)\s+(?:завершився|закінчився)\s+"
    r"(?:в|у)\s+(?P<m>[а-яіїєґ]{3,9})(?:\s+(?P<y>(?:19|20)\d\d))?",
    # "наурызда аяқталған жылы", "2024 жылғы наурызда аяқталған 12 айда".
    "kk": r"(?:(?P<y>(?:19|20)\d\d)\s+жылғы\s+)?(?P<m>[^\W\d_]{3,12})\s+аяқталған\s+"
    r"(?:(?P<year>жыл)\w*|(?P<n>{n})\s+ай\w*)",
}
PART = {
    "en": r"(?:(?P<prep>in|during|over|for)\s+)?(?:the\s+)?"
    r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?P<part>half|quarter)"
    r"(?:\s+of\s+(?:(?P<of>the\s+year)|(?P<y>(?:19|20)\d\d)))?",
    "ru": r"(?:(?P<prep>в|во|за)\s+)?(?:(?P<ord>перв|втор|трет|четверт)\w*|"
    r"(?P<roman>iv|iii|ii|i|ііі|іі|і))\s+(?P<part>полугоди|квартал)\w*"
    r"(?:\s+(?P<y>(?:19|20)\d\d)(?:\s*(?:года|г\.|г))?|\s+(?:этого|текущего)\s+года)?",
    "uk": r"(?:(?P<prep>у|в|за)\s+)?(?:(?P<ord>перш|друг|трет|четверт)\w*|"
    r"(?P<roman>iv|іv|iii|ii|i|ііі|іі|і))\s+(?P<part>півріч|квартал)\w*"
    r"(?:\s+(?P<y>(?:19|20)\d\d)(?:\s*(?:року|р\.|р))?|\s+(?:цього|поточного)\s+року)?",
    # Kazakh needs no preposition: the ordinal and the noun say it all.
    "kk": r"(?:(?P<y>(?:19|20)\d\d)\s*(?:жылдың|жылғы|ж\.)\s+|(?P<of>(?:биылғы\s+)?жылдың)\s+)?"
    # "2023 жылдың бірінші жартысында": the year's first half, "жарты" with its ending.
    # "алғашқы жарты жылда": the first half too.
    r"(?P<ord>бірінші|алғашқы|екінші|үшінші|төртінші)\s+"
    r"(?P<part>жартыжылды[кғ]|жарты\s+жыл|жартыс|тоқсан)\w*",
}
# The year's first months: "in the first eight months of the year", "за восемь месяцев этого
# года", "биылғы сегіз айда" → 1 January to the last day of the eighth month.
YEAR_MONTHS = {
    # "in the first nine months" with no year: of this one.
    "en": r"(?:(?:in|during|over)\s+)?the\s+first\s+(?P<n>{n})\s+months"
    r"(?:\s+of\s+(?:(?:the|this)\s+year|(?P<last>last\s+year|the\s+previous\s+year)"
    r"|(?P<y>(?:19|20)\d\d))|(?!\s+of\b))",
    # "за девять месяцев" alone as well: a report's months of this year, once they are over
    # (bot.ingest.named_periods tells it from the months before the report).
    # "за первые пять месяцев года", "за перші п'ять місяців року": the year's, this one.
    "ru": r"за\s+(?:первые\s+)?(?P<n>{n})\s+месяц\w*(?:\s+(?:(?:этого|текущего|нынешнего)\s+"
    r"года|(?P<last>прошлого\s+года)|года|(?P<y>(?:19|20)\d\d)\s*(?:года|г\.|г\b)))?",
    "uk": r"за\s+(?:перші\s+)?(?P<n>{n})\s+місяц\w*(?:\s+(?:(?:цього|поточного)\s+року|"
    r"(?P<last>минулого\s+року)|року|(?P<y>(?:19|20)\d\d)\s*(?:року|р\.|р\b)))?",
    # "Өткен жылдың алғашқы үш айында": last year's.
    "kk": r"(?:биылғы|биыл|осы\s+жылғы|(?P<y>(?:19|20)\d\d)\s*жылдың|(?P<last>өткен\s+жылдың|"
    r"былтырғы)|жылдың)\s+(?:алғашқы\s+|бірінші\s+)?(?P<n>{n})"
    r"\s+ай(?:ында|да)",
}
# The year's first quarters: "in the first three quarters of 2023", "за три квартала",
# "за перші три квартали", "биылғы үш тоқсанда" → 1 January to the end of quarter N.
YEAR_QUARTERS = {
    "en": r"(?:(?:in|during|over)\s+)?the\s+first\s+(?P<n>{n})\s+quarters"
    r"(?:\s+of\s+(?:(?:the|this)\s+year|(?P<last>last\s+year|the\s+previous\s+year)"
    r"|(?P<y>(?:19|20)\d\d)))?",
    "ru": r"за\s+(?:первые\s+)?(?P<n>{n})\s+квартал\w*(?:\s+(?:(?:этого|текущего)\s+года|"
    r"(?P<last>прошлого\s+года)|года|(?P<y>(?:19|20)\d\d)\s*(?:года|г\.|г\b)))?",
    "uk": r"за\s+(?:перші\s+)?(?P<n>{n})\s+квартал\w*(?:\s+(?:(?:цього|поточного)\s+року|"
    r"(?P<last>минулого\s+року)|року|(?P<y>(?:19|20)\d\d)\s*(?:року|р\.|р\b)))?",
    "kk": r"(?:биылғы|биыл|осы\s+жылғы|(?P<y>(?:19|20)\d\d)\s*жылдың|(?P<last>өткен\s+жылдың|"
    r"былтырғы)|жылдың)"
    r"\s+(?:алғашқы\s+|бірінші\s+)?(?P<n>{n})"
    r"\s+тоқсан(?:ында|да|ы\s+ішінде)",
}
# Two months running, joined by "and": "in January and February", "в январе и феврале",
# "у січні та лютому", "қаңтар мен ақпанда" → the first one's 1st to the second one's end.
MONTH_PAIR = {
    "en": r"(?:in|during|over)\s+(?P<m1>[a-z]{3,})\s+and\s+(?P<m2>[a-z]{3,})"
    r"(?:\s+(?P<y>(?:19|20)\d\d))?",
    "ru": r"(?:в|во|за)\s+(?P<m1>[а-я]{3,})\s+и\s+(?P<m2>[а-я]{3,})"
    r"(?:\s+(?P<y>(?:19|20)\d\d)\s*(?:года|г\.?)?)?",
    "uk": r"(?:у|в|за)\s+(?P<m1>[а-яіїєґ']{3,})\s+(?:і|й|та)\s+(?P<m2>[а-яіїєґ']{3,})"
    r"(?:\s+(?P<y>(?:19|20)\d\d)\s*(?:року|р\.?)?)?",
    # "қаңтар мен ақпанда", "қаңтар мен ақпан айларында", "қаңтар мен қазан аралығында"
    # (January to October).
    "kk": r"(?P<m1>[а-яәіңғүұқөһ]{3,})\s+(?:мен|бен|пен)\s+(?P<m2>[а-яәіңғүұқөһ]{3,}?)"
    r"(?:да|де|та|те|\s+айлар(?:ында|ы\s+ішінде|ы\s+бойы)|(?P<between>(?:\s+айлары)?"
    r"\s+аралығында))",
}
# Halves of a month: "in the first half of March", "в первой половине марта", "наурыздың
# бірінші жартысында" → the 1st to the 15th, or the 16th to the month's end.
MONTH_HALF = {
    "en": r"(?:(?:in|during|over)\s+)?the\s+(?P<ord>first|second)\s+half\s+of\s+(?P<m>[a-z]{3,})"
    r"(?:\s+(?P<y>(?:19|20)\d\d))?",
    "ru": r"(?:в|во|за)\s+(?P<ord>первой|второй|первую|вторую)\s+половин[еуы]\s+(?P<m>[а-я]{3,})"
    r"(?:\s+(?P<y>(?:19|20)\d\d)\s*(?:года|г\.?)?)?",
    "uk": r"(?:у|в|за)\s+(?P<ord>першій|другій|першу|другу)\s+половин[іиу]\s+(?P<m>[а-яіїєґ']{3,})"
    r"(?:\s+(?P<y>(?:19|20)\d\d)\s*(?:року|р\.?)?)?",
    "kk": r"(?:(?P<y>(?:19|20)\d\d)\s*жылғы\s+)?(?P<m>[а-яәғқңөұүһі]{3,})"
    r"(?:дың|дің|тың|тің|ның|нің)\s+(?P<ord>бірінші|екінші)\s+жартысында",
}
# A month's first days or weeks: "in the first week of May", "in the first two weeks of
# January", "за первые десять дней октября", "за перші два тижні березня", "қазан айының алғашқы
# екі аптасында" → the 1st to the last of those days.
MONTH_FIRST_DAYS = {
    "en": r"(?:(?:in|during|over)\s+)?the\s+(?:first|(?P<last>last|final))\s+(?:(?P<n>{n})\s+)?"
    r"(?P<unit>days?|weeks?)\s+of\s+(?:the\s+(?=year))?(?P<m>[a-z]{3,})"
    r"(?:\s+(?P<y>(?:19|20)\d\d))?",
    "ru": r"(?:за|в|во)\s+(?:первые|первую|первый|(?P<last>последние|последнюю|последний))\s+"
    r"(?:(?P<n>{n})\s+)?(?P<unit>дн(?:я|ей|и)|день|недел[июь])\s+(?P<m>[а-я]{3,})"
    r"(?:\s+(?P<y>(?:19|20)\d\d)\s*(?:года|г\.?)?)?",
    "uk": r"(?:за|у|в)\s+(?:перші|перший|(?P<last>останні|останній))\s+(?:(?P<n>{n})\s+)?"
    r"(?P<unit>дн[іяів]{1,2}|день|тиж(?:ні|нів|день))\s+(?P<m>[а-яіїєґ']{3,})"
    r"(?:\s+(?P<y>(?:19|20)\d\d)\s*(?:року|р\.?)?)?",
    "kk": r"(?:(?P<y>(?:19|20)\d\d)\s*жылғы\s+)?(?P<m>[а-яәғқңөұүһі]{3,})(?:\s+айының|дың|дің|"
    r"тың|тің|ның|нің)\s+(?:алғашқы|бірінші|(?P<last>соңғы))\s+(?:(?P<n>{n})\s+)?"
    r"(?P<unit>күн\w*|апта\w*)",
}
ORDINALS = {
    fold_pattern(word): number
    for number, words in enumerate(
        (
            # Roman numerals, in Latin or Cyrillic letters: "за І квартал", "во II квартале".
            ("first", "1st", "перв", "перш", "бірінші", "алғашқы", "i", "і"),
            ("second", "2nd", "втор", "друг", "екінші", "ii", "іі"),
            ("third", "3rd", "трет", "үшінші", "iii", "ііі"),
            ("fourth", "4th", "четверт", "төртінші", "iv", "іv"),
        ),
        start=1,
    )
    for word in words
}
QUARTERS = frozenset(fold_pattern(word) for word in ("quarter", "квартал", "тоқсан"))

# "since Monday": the day opens a period; Russian and Ukrainian take the genitive after "с", "з".
WEEKDAYS_FROM: dict[str, tuple[str, ...]] = {
    "en": WEEKDAYS["en"],
    "ru": ("понедельника", "вторника", "среды", "четверга", "пятницы", "субботы", "воскресенья"),
    "uk": ("понеділка", "вівторка", "середи", "четверга", "п'ятниці", "суботи", "неділі"),
    "kk": WEEKDAYS["kk"],
}
# A weekday in the genitive, with no preposition: "минулої суботи", "прошлой субботы" (on).
WEEKDAY_PAST = {
    "en": r"(?!)",
    "ru": r"(?P<pre>прошлой|прошлого|минувшей|минувшего|этой|этого)\s+(?P<w>{days_from})",
    "uk": r"(?P<pre>минулої|минулого|цієї|цього)\s+(?P<w>{days_from})",
    "kk": r"(?!)",
}
WEEKDAY_SINCE = {
    "en": r"since\s+(?:last\s+)?(?P<w>{days_from})",
    "ru": r"(?:начиная\s+)?(?:с|со)\s+(?:прошлого\s+|прошлой\s+)?(?P<w>{days_from})",
    "uk": r"(?:починаючи\s+)?(?:з|зі|із|від)\s+(?:минулого\s+|минулої\s+)?(?P<w>{days_from})",
    "kk": r"(?P<w>{days_from})(?:ден|дан|нен|нан)\s+(?:бері|бастап)",
}
# A second day after "and" makes the two one period: "on Friday and Saturday", "в субботу и
# воскресенье", "сенбі мен жексенбіде".
WEEKDAY = {
    # "as of Monday": a count as of that day.
    # "by Monday (evening)": how many there were by then, a count as of that day.
    # "between Thursday and Easter Monday": the holiday's weekday.
    "en": r"(?:(?P<asof>as\s+of|by)\s+|(?P<pre>on|last|this\s+past)\s+)?(?:easter\s+|good\s+)?"
    r"(?P<w>{days})(?:\s+and\s+(?:easter\s+)?(?P<w2>{days}))?",
    # "за субботу и воскресенье", "за суботу й неділю": over those days.
    "ru": r"(?:(?P<asof>по\s+состоянию\s+на)|(?:в|во|за)\s+(?:(?P<pre>прошлый|прошлую|прошлое|"
    r"минувший|минувшую|минувшее|этот|эту|это)\s+)?)\s*(?P<w>{days})"
    r"(?:\s+и\s+(?:в\s+|во\s+)?(?P<w2>{days}))?",
    "uk": r"(?:(?P<asof>станом\s+на)|(?:у|в|за)\s+(?:(?P<pre>минулий|минулу|цей|цю)\s+)?)\s*"
    r"(?P<w>{days})(?:\s+(?:і|й|та)\s+(?:у\s+|в\s+)?(?P<w2>{days}))?",
    # "жұмадағы жағдай бойынша": as of Friday.
    "kk": r"(?:(?P<pre>өткен|осы)\s+)?(?:(?P<w>{days})\s+(?:мен|пен|бен|және)\s+)?"
    # "дүйсенбі күнінің өзінде": on Monday alone.
    r"(?P<w2>{days})(?:(?P<asof>(?:дағы|дегі|\s+күнгі)\s+жағдай\s+бойынша)|де|да|"
    r"\s+күні(?:нің\s+өзінде)?|\s+күндері|"
    # "дүйсенбі күнгі мәлімдемесінде": Monday's statement.
    r"\s+күнгі(?=\s+(?:мәлімдеме|брифинг|хабарлама|сұхбат|баспасөз)))",
}
# Kazakh days of one month: "қаңтардың 1-інен 31-іне дейін" (from the 1st to the 31st of
# January).
KK_MONTH_DAYS = (
    r"(?P<m>[а-яәіңғүұқөһ]{3,}?)(?:дың|дің|тың|тің|ның|нің)\s+(?P<d1>\d{1,2})-(?:інен|ынан|нен|"
    r"нан|ден|дан|тен|тан)\s+(?P<d2>\d{1,2})-(?:іне|ына|не|на|ге|ға|ке|қа)\s+(?:дейін|шейін)"
)
# N days that end on a weekday: "in the ten days to Sunday", "за десять дней до воскресенья".
DAYS_TO = {
    # "in the week to Sunday": seven days.
    "en": r"(?:in|over|during)\s+the\s+(?:(?P<n>{n})\s+days|(?P<week>week))\s+(?:to|up\s+to|until|"
    r"ending(?:\s+on)?)\s+(?P<w>{days})",
    "ru": r"за\s+(?P<n>{n})\s+(?:дн\w*|суток)\s+до\s+(?P<w>{days_from})",
    "uk": r"за\s+(?P<n>{n})\s+(?:дн\w*|діб)\s+до\s+(?P<w>{days_from})",
    "kk": r"(?!)",
}
# N days or weeks that end on a date: "in the two weeks to 8 January", "over the 10 days to
# March 3". English only: Russian "за две недели до 8 января" may as well be before it.
DAYS_TO_DATE = {
    "en": r"(?:in|over|during)\s+the\s+(?:(?P<n>{n})\s+(?:(?P<weeks>weeks)|days)|(?P<week>week))"
    r"\s+(?:to|up\s+to|until|ending(?:\s+on)?)\s+(?:(?P<d>\d{1,2})\s+(?P<m>[a-z]{3,9})|(?P<m2>[a-z]{3,9})\s+"
    r"(?P<d2>\d{1,2}))",
    "ru": r"(?!)",
    "uk": r"(?!)",
    "kk": r"(?!)",
}
# After a length of time, words that make it no period up to R: "a week before the vote",
# "the last week of September" (a month's name after it is checked too).
NOT_A_SPAN = re.compile(
    fold_pattern(r"\s+(?:of|ago|before|after|earlier|later|до|назад|тому|бұрын)\b")
)
