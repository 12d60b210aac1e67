"""A figure that gives the running total the figure before adds to: "turned back 112 migrants
on Wednesday, bringing this year's total to 3,271", "доведя общее число с начала года до 3 271",
"довівши загальну кількість з початку року до 3 271", "жыл басынан бергі жалпы саны 3 271-ге
жетті". It counts the same move between the same countries, up to the same day, from a start
the words say ("this year's": the first of January) or leave unsaid."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["RunningTotal", "running_total"]

# "this year's", "so far this year", "с начала года", "з початку року", "жыл басынан", "биыл".
_THIS_YEAR = (
    r"this\s+year|the\s+year['’]s|year['’]s|for\s+the\s+year|so\s+far\s+this\s+year|"
    r"since\s+(?:the\s+start\s+of\s+"
    r"the\s+year|January|Jan\.?\s+1|1\s+January|January\s+1)|с\s+начала\s+(?:этого\s+|текущего\s+)?"
    r"года|в\s+этом\s+году|з\s+початку\s+(?:цього\s+|поточного\s+)?року|цього\s+року|"
    r"жыл\s+басынан|биыл"
)
_THIS_YEAR_WORDS = re.compile(rf"(?i)(?<!\w)(?:{_THIS_YEAR})(?!\w)")
# The words right before the figure, in its own clause.
_BEFORE = re.compile(
    r"(?i)(?:"
    # "bringing this year's total to", "taking the number of people turned back this year to".
    r"(?<!\w)(?:bringing|brings|brought|taking|takes|took|raising|raises|raised|pushing|"
    r"pushes|pushed|lifting|lifts|lifted)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:total|tally|number|count)(?:\s+[\w'’-]+){0,7}?\s+to"
    # "доведя общее число ... до", "довело их количество до".
    r"|(?<!\w)(?:доведя|довело|довели|довёл|довел|доводя|довівши|довів)\s+"
    r"(?:\S+\s+){0,2}?(?:число|количество|численность|кількість)(?:\s+\S+){0,7}?\s+до"
    # "общее число ... с начала года достигло", "загальна кількість ... сягнула"; not
    # "составило" (amounts to), said as often of people who are somewhere.
    r"|(?<!\w)(?:общее|общая|загальна|загальне)\s+(?:число|количество|численность|кількість)"
    r"(?:\s+\S+){0,7}?\s+(?:достигло|достигла|выросло\s+до|возросло\s+до|сягнула|досягла|"
    r"зросла\s+до)"
    r")\s+$"
)
# Kazakh names the total before its figure and its verb after: "жалпы саны 3 271-ге жетті".
_KAZAKH_BEFORE = re.compile(r"(?i)(?<!\w)жалпы\s+(?:саны|санын)\s+$")
_KAZAKH_AFTER = re.compile(r"(?i)\S*\s+(?:жетті|жеткен|жетіп|асты|асқан)(?!\w)")


# Russian and Ukrainian "до" opens the figure as if it were "up to": "доведя ... до 3 271".
_TO_IN_THE_FIGURE = re.compile(r"(?i)до\s")


@dataclass(frozen=True)
class RunningTotal:
    """A running total's words: whether they say it counts from the year's first day, and
    whether the figure's "до" is theirs ("доведя ... до 3 271": 3,271, not up to it)."""

    this_year: bool
    to_in_the_figure: bool = False


def running_total(
    text: str, figure: tuple[int, int], clause: tuple[int, int]
) -> RunningTotal | None:
    """The running total the figure at ``figure`` (start, end) gives, read in its
    ``clause``; None when it gives none."""
    start, end = figure
    to = _TO_IN_THE_FIGURE.match(text, start)
    # "доведя ... до 3 271": the phrase's "до" is read with it, its end the figure's number.
    before = _BEFORE.search(text, clause[0], to.end() if to else start)
    to_in_the_figure = to is not None and before is not None
    if before is None:
        kazakh = _KAZAKH_BEFORE.search(text, clause[0], start)
        if kazakh is None or _KAZAKH_AFTER.match(text, end, clause[1]) is None:
            return None
        before = kazakh
    # "this year's" is said within the phrase, or just before it ("с начала года общее число").
    said = text[max(clause[0], before.start() - 40) : clause[1]]
    return RunningTotal(_THIS_YEAR_WORDS.search(said) is not None, to_in_the_figure)
