"""Figures that are a difference between two counts, not a count: "fell by 2,000 compared with
March", "up 3,000 on a year earlier", "2,000 more than in May", "сократилось на 2 тысячи",
"на 2 тисячі більше", "2 мыңға артты". No one moved in the figure itself; the counts it sits
between are what a curator would store."""

from __future__ import annotations

import re

__all__ = ["a_difference"]

# A verb or noun of rising or falling with "by" / "of" / "на" right before the figure: "fell
# by 2,000", "an increase of 3,000", "сократилось на 2 тысячи", "зросла на 5 тисяч"; "up" or
# "down" after a comma or a "was": "5,000 crossed, up 2,000 on March" ("picked up 300
# migrants" is no difference).
_CHANGED_BY = re.compile(
    r"(?i)(?:(?<!\w)(?:rose|risen|rise|rising|rises|fell|fallen|fall|falling|falls|dropped|drop|"
    r"drops|declined|decline|declining|increased|increase|increasing|decreased|decrease|"
    r"decreasing|grew|grown|grow|growing|climbed|jumped|shrank|shrunk|slipped|went\s+up|"
    r"went\s+down|gone\s+up|gone\s+down)\s+by"
    r"|(?<!\w)an?\s+(?:\w+\s+)?(?:increase|decrease|rise|fall|drop|decline|jump|reduction)"
    r"\s+of"
    r"|(?P<aside>(?<=,\s)|(?<=[—–]\s))(?:up|down)(?:\s+by)?"
    r"|(?<!\w)(?:was|were|is|are|been)\s+(?:up|down)(?:\s+by)?"
    r"|(?<!\w)(?:сократил\w*|уменьшил\w*|снизил\w*|упал\w*|увеличил\w*|вырос\w*|"
    r"возрос\w*|прирост\w*|рост\w*|снижени\w*|сокращени\w*|уменьшени\w*|увеличени\w*|"
    r"скоротил\w*|зменшил\w*|знизил\w*|збільшил\w*|зросл\w*|зріс|приріст|зростанн\w*|"
    r"зниженн\w*|скороченн\w*|зменшенн\w*|збільшенн\w*)\s+(?:\S+\s+){0,2}?на)"
    # A figure starts at its qualifier ("by about 2,000"): nothing but a space after the cue.
    r"\s+$"
)
# A count's own noun before the change: "щоденний потік зріс на 440", "за год их число
# сократилось на 21,6 тыс.", "the number of arrivals fell by 2,000".
_A_COUNT_NOUN = re.compile(
    r"(?i)(?<!\w)(?:потік|поток|flow|число|количество|кількість|чисельність|численность|"
    r"number|total)\s+(?:\S+\s+){0,3}$"
)
# "fell by 410 to 1,260", "сократилось на 410 до 1 260": the change, then the new count.
_TO_THE_NEW = re.compile(r"(?i)\s+(?:to|до)\s+(?:[^\W\d]+\s+){0,2}?\d")
# "2,000 more than in May", "2,000 fewer migrants than": more or fewer than another count.
_MORE_THAN_AFTER = re.compile(r"(?i)\s+(?:more|fewer|less)\s+(?:[^\W\d]+\s+){0,2}?than\b")
# "на 2 тысячи больше, чем", "на 5 тисяч менше": "на" before, "more" / "fewer" after.
_ON_BEFORE = re.compile(r"(?i)(?<!\w)на\s+$")
_MORE_AFTER = re.compile(r"(?i)\s+(?:[^\W\d]+\s+)?(?:больше|меньше|більше|менше)(?!\w)")
# The same, "more" / "fewer" first: "больше на 1 тыс. 200".
_MORE_ON_BEFORE = re.compile(r"(?i)(?<!\w)(?:больше|меньше|більше|менше)\s+на\s+$")
# Kazakh: the figure in the dative, then the verb of rising or falling ("2 мыңға артты",
# "1,5 мың адамға азайды") or "more" / "fewer" ("2 мыңға көп").
_KAZAKH_CHANGED = re.compile(
    r"(?i)(?P<people>\s+(?:адамға|кісіге))?\s+(?:арт\w*|азай\w*|көбей\w*|төмендед\w*|төмендеп|"
    r"қысқар\w*|өст\w*|ұлғай\w*|"
    r"кеміді|кеміп|көп(?!\w)|аз(?!\w))"
)
_KAZAKH_DATIVE = ("ға", "ге", "қа", "ке", "на", "не")


# What says the change is against another count: "compared with March", "from March", "on
# the week before", "a year earlier", "по сравнению с", "порівняно з", "салыстырғанда". A
# register that grew by a figure over a period ("Кількість зареєстрованих ... минулого тижня
# зросла на 2 300") counts those who joined it, with no such words.
_AGAINST = re.compile(
    r"(?i)(?<!\w)(?:compared\s+(?:with|to)|from\s+(?:the\s+)?(?:previous|preceding|same|last|"
    r"a\s+year|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|\d)|on\s+(?:the\s+)?(?:previous|preceding|same|week|month|year|day|last|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)|"
    r"than|year[- ]on[- ]year|a\s+year\s+(?:earlier|ago|before)|versus|по\s+сравнению|"
    r"в\s+сравнении|чем|относительно|порівняно|у\s+порівнянні|ніж|відносно|"
    r"салыстырғанда|қарағанда)(?!\w)"
)


# The difference named as such: "різниця становить понад 3,4 тисячі на користь в'їзду", "the
# difference was 3,400", "a net gain of 3,400", "разница составила 3,4 тысячи".
_DIFFERENCE_NAMED = re.compile(
    r"(?i)(?<!\w)(?:difference|net\s+(?:gain|loss|inflow|outflow|increase|decrease|balance)|"
    r"разниц\w*|різниц\w*|айырма\w*)(?:\s+[^\W\d]+){0,3}?\s+$"
)


def a_difference(text: str, figure: tuple[int, int], figure_text: str) -> bool:
    """Whether the figure at ``figure`` (start, end), written ``figure_text``, is by how much
    one count differs from another."""
    start, end = figure
    if _DIFFERENCE_NAMED.search(text, max(0, start - 50), start):
        return True
    changed = _CHANGED_BY.search(text, max(0, start - 60), start)
    if changed is not None and (
        changed.group("aside") is not None
        or _AGAINST.search(text) is not None
        or _TO_THE_NEW.match(text, end) is not None
        # "щоденний потік зріс приблизно на 440 осіб": a flow's change, said of the flow.
        or _A_COUNT_NOUN.search(text, max(0, changed.start() - 30), changed.start()) is not None
    ):
        # ", up 2,000 on March" says it is against something else by itself.
        return True
    if _MORE_THAN_AFTER.match(text, end):
        return True
    if _ON_BEFORE.search(text, max(0, start - 4), start) and _MORE_AFTER.match(text, end):
        return True
    if _MORE_ON_BEFORE.search(text, max(0, start - 20), start):
        # "репатриантов было больше на 1 тыс. 200", "стало менше на 2 тисячі": more or
        # fewer by it.
        return True
    changed = _KAZAKH_CHANGED.match(text, end)
    # "өтініштер саны 118-ге азайды", "жолаушылар ағыны 5 мың 400-ге ұлғайған": a count's
    # own noun before the change, as "их число сократилось на".
    counted = _KAZAKH_COUNT_NOUN.search(text, max(0, start - 30), start) is not None
    return (
        changed is not None
        and (_AGAINST.search(text) is not None or counted)
        and (changed.group("people") is not None or figure_text.rstrip().endswith(_KAZAKH_DATIVE))
    )


_KAZAKH_COUNT_NOUN = re.compile(r"(?i)(?<!\w)(?:саны|ағыны|көлемі)\s+(?:\S+\s+){0,2}$")
