"""The day a sentence's source spoke, when the sentence says it, and the sentence's other dates
reckoned from that day: "On 27 September the ministry reported that ... in a week", "..., the
ministry said on Monday", "said on Thursday it had registered 61,500 since 24 September"."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from itertools import pairwise

from bot.ingest.figures import FoundFigure
from bot.ingest.periods import FoundDate, find_dates

__all__ = ["ReportDay", "from_report_day", "kazakh_report_day", "report_day", "said_over"]

# The word that opens what was said: a date after it is the figure's, not the report's.
# "said it had also refused entry on Friday to 64": what was said, opened with no "that".
_WHAT_WAS_SAID = re.compile(
    r"\b(?:that|что|чтобы|як|що|деп|it|they|he|she|we|had|has|have|was|were|would|will)\b"
    r"|[,:«\"“]",
    re.IGNORECASE,
)
_DAYS = {"day", "relative"}

ReportDay = tuple[date, tuple[int, int]]  # the day, and where the sentence names it


# Words between a closing cue and its day: "told reporters on Monday", "said in a statement on
# Wednesday", "said at a briefing in Geneva on Friday".
_BETWEEN_CUE_AND_DAY = re.compile(r"[\s\w'’-]{0,50}")
_SENTENCE_END = re.compile(r"[\s.!?»\"”)]*")


def _closes_after_cue(text: str, cue_end: int, found: FoundDate) -> bool:
    """Whether a day closes the sentence a few words after its closing cue: "..., Egypt's
    foreign ministry said in a statement on Wednesday."."""
    return (
        found.start >= cue_end
        and _BETWEEN_CUE_AND_DAY.fullmatch(text, cue_end, found.start) is not None
        and _SENTENCE_END.fullmatch(text, found.end) is not None
    )


# "..., data released on Thursday by the bureau showed": the day the figures came out, after
# them, is the report's.
_RELEASED_ON = re.compile(
    r"(?i)\b(?:released|published|issued|made\s+public|put\s+out)\s+(?:on\s+|last\s+)?$"
)


# ", как сообщила ...", ", як повідомив ...", ", as the ministry said ...": a reporting verb
# set between commas.
_AS_SAID_ASIDE = re.compile(r"(?i),\s*(?:как|як|as)\s+\w+")


def report_day(
    text: str, cue_end: int | None, figures: list[FoundFigure], dates: list[FoundDate]
) -> ReportDay | None:
    """When the source of ``text`` spoke, if the sentence says so; ``cue_end`` is where its
    reporting cue ends."""
    if cue_end is None:
        return None
    if any(f.start < cue_end for f in figures):
        # A cue after the figures ("..., the agency said") leaves their own dates alone,
        # but says when it spoke: "..., the ministry said on Monday." Only a day the verb
        # ends with: "on Wednesday, Trend reported" dates the event.
        last = max(f.end for f in figures if f.start < cue_end)
        closing = [
            d
            for d in dates
            if d.start > last and d.kind in _DAYS
            if cue_end - 1 <= d.end <= cue_end
            or _closes_after_cue(text, cue_end, d)
            or _RELEASED_ON.search(text, max(0, d.start - 30), d.start) is not None
            if d.period_start is not None and d.period_end in {None, d.period_start}
        ]
        if closing and closing[-1].period_start is not None:
            return closing[-1].period_start, (closing[-1].start, closing[-1].end)
        return None
    # A verb reports ("X said"); "according to X," ("Накануне, по данным X,") dates
    # nothing: the day before it is the figure's own. An aside with a verb ("В январе —
    # марте, как сообщила во вторник пресс-служба, ...") does.
    aside = _AS_SAID_ASIDE.search(text, 0, cue_end)
    if not text[:cue_end].rstrip()[-1:].isalpha() and aside is None:
        return None
    # Only a day inside the aside is when it was said ("Во вторник, как сообщила
    # пресс-служба, ..." dates the figure).
    aside_start = aside.start() if aside is not None else 0
    first = min(f.start for f in figures) if figures else len(text)
    for found in dates:
        if found.start < aside_start:
            continue
        # "said on Sunday that": a weekday or "yesterday" is a day too; so is one right
        # after the verb ("said on Thursday it had registered", "told Czech Radio on
        # Sunday that"), but not one inside what was said ("said that on Monday ...").
        gap = text[cue_end : found.start]
        said_then = found.start >= cue_end and found.end <= first and len(gap) <= 40
        opened = _WHAT_WAS_SAID.search(text[max(0, cue_end - 6) : cue_end])
        if said_then and (_WHAT_WAS_SAID.search(gap) or opened):
            said_then = False  # "said that on 3 October, 7,000 ...": the figure's day
        if (found.end <= cue_end or said_then) and found.kind in _DAYS:
            day = found.period_start or found.as_of
            if day is not None and (found.period_end in {None, day}):
                return day, (found.start, found.end)
    return None


# The words that open what was said, after the time it was said: "said last week that",
# "заявили на прошлой неделе, что", "повідомили минулого тижня, що".
_THAT_AFTER = re.compile(r"\s*,?\s*(?:that|что|що)\b", re.IGNORECASE)


def said_over(
    text: str, cue_end: int | None, figures: list[FoundFigure], dates: list[FoundDate]
) -> FoundDate | None:
    """A stretch of time right after the reporting verb, before what was said and its own
    date: "Montenegro's Border Police said last week that 210,000 ... entered in July" (when
    they said it, not when the tourists came)."""
    if cue_end is None or not figures:
        return None
    first = min(f.start for f in figures)
    for found in dates:
        if not (cue_end <= found.start and found.end <= first):
            continue
        if text[cue_end : found.start].strip(" ,") or _THAT_AFTER.match(text, found.end) is None:
            continue
        if any(other.start >= found.end and other is not found for other in dates):
            return found
    return None


def from_report_day(
    text: str, language: str, dates: list[FoundDate], said: ReportDay
) -> list[FoundDate]:
    """The sentence's dates but the report's own, those named from a day ("in a week",
    "since Sunday") reckoned from the day it was said."""
    day, span = said
    again = {(d.start, d.end): d for d in find_dates(text, language, day)}
    reckoned = []
    for found in dates:
        if (found.start, found.end) == span:
            continue  # the report's own day
        if found.relative:
            found = again.get((found.start, found.end), found)
        elif found.as_of is not None and found.period_end is None:
            # "said on Thursday it had registered 61,500 since 24 September": counted up
            # to the day it was said.
            found = replace(found, as_of=day)
        reckoned.append(found)
    return reckoned


# Kazakh puts the verb last: "27 қыркүйекте ҚР Ішкі істер министрлігі ... хабарлаған", "27
# қыркүйекте «Медиазона» басылымы ... хабарлады". A day that opens the sentence and is followed
# by a name (capitalised or quoted, no case ending of place) is the day the source spoke; one
# followed by a place ("3 қазанда Қазақстанға ...") is the event's.
_OPENING = re.compile(r"^(?:Бұған дейін|Бұдан бұрын|Ертеректе)?[,\s]*")
_NAME_AFTER = re.compile(r"\s+(?:«|\"|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])[^\s,]*")
# A place's case endings: where, to, from, and "with" ("Қырғызстанмен шекарадан": over the
# border with Kyrgyzstan).
_PLACE_ENDING = re.compile(
    r"(?:да|де|та|те|нда|нде|ға|ге|қа|ке|на|не|дан|ден|тан|тен|нан|нен|мен|пен|бен)$"
)


# After a day, where the source spoke that day: "сейсенбіде ORF арнасына берген сұхбатында",
# "дүйсенбіде өткен брифингте", "бүгін жасаған мәлімдемесінде".
_TOLD_THAT_DAY = re.compile(
    r"(?i)(?:\s+\S+){0,3}?\s+(?:берген\s+сұхбат|өткен\s+брифинг|брифингте|жасаған\s+мәлімдеме|"
    r"мәлімдемесінде|баспасөз\s+мәслихат|"
    # "дүйсенбі күнгі мәлімдемесіне сәйкес": according to Monday's statement.
    r"мәлімдемесіне|брифингінде|хабарламасына|хабарламасында|сұхбатында)"
)


def kazakh_report_day(
    text: str, cue_end: int | None, figures: list[FoundFigure], dates: list[FoundDate]
) -> ReportDay | None:
    """The day a Kazakh source spoke when the sentence opens with it, before the source's name
    and the figures, the reporting verb last."""
    if not figures or not dates:
        return None
    for found in dates:
        # "Маркус Хубер сейсенбіде ORF арнасына берген сұхбатында ... айтты": the day of the
        # interview, the briefing or the statement is the day the source spoke.
        told = _TOLD_THAT_DAY.match(text, found.end)
        day = found.period_start or found.as_of
        one_day = found.kind in _DAYS and day is not None and found.period_end in {None, day}
        if told and one_day and day is not None and found.end <= figures[0].start:
            return day, (found.start, found.end)
    if cue_end is None or any(f.start >= cue_end for f in figures):
        return None
    for found, later in pairwise(dates):
        day = found.period_start or found.as_of
        one_day = found.kind in _DAYS and day is not None and found.period_end in {None, day}
        if one_day and day is not None and later.end <= figures[0].start:
            # "IND бейсенбіде жыл басынан бері 3 мыңнан астам шетелдіктің ... мәлімдеді": a
            # day, then the figures' own period, the verb last: the day the source spoke.
            return day, (found.start, found.end)
    first = dates[0]
    opening = _OPENING.match(text)
    if first.kind not in _DAYS or first.start > (opening.end() if opening else 0):
        return None
    named = _NAME_AFTER.match(text, first.end)
    if named is None or named.end() > figures[0].start:
        return None
    name = named.group().strip()
    if not name.startswith(("«", '"')) and _PLACE_ENDING.search(name):
        return None  # a quoted name carries its case ending outside the quotes
    day = first.period_start or first.as_of
    if day is None or first.period_end not in {None, day}:
        return None
    return day, (first.start, first.end)
