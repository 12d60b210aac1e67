"""A figure that gives another count of what the figure before counted: "UNHCR put the figure
at 7,000", "В УВКБ ООН оценили их число в 7 тысяч", "оцінили їхню кількість у 7 тисяч",
"БҰҰ БЖКБ олардың санын 7 мың деп бағалады". It counts the same move over the same days
between the same countries; only who says it differs, so a curator stores it beside the first,
never added to it nor merged."""

from __future__ import annotations

import re

__all__ = ["counted_again", "kind_said_again", "restates", "same_kind", "tells_exactly"]

# The words right before the figure, in its own clause. "Their number" in English may be of
# people who stay somewhere ("Filipino workers in Kuwait ... puts their number at 268,000"):
# only "the figure", "that number" point back at a count.
_BEFORE = re.compile(
    r"(?i)(?:(?<!\w)(?:put|puts|putting|placed|places|estimated|estimates|estimate|gave|gives|"
    r"set|sets)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:figure|number|count|total|tally|"
    r"estimate)"
    # "put the figure for the past week higher, at 18,000".
    r"(?:\s+for\s+(?:[\w-]+\s+){0,3}?[\w-]+)?(?:\s+(?:much\s+|far\s+|even\s+)?(?:higher|lower))?"
    r",?\s+(?:at|as)"
    r"|(?<!\w)(?:its|their|the\s+other|an?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:figure|count|tally|estimate|total)\s+(?:was|is|stood\s+at|came\s+to|of)"
    r"|(?<!\w)(?:оценил\w*|оценива\w*)\s+(?:их\s+|эту\s+|это\s+)?(?:число|количество|"
    r"численность|цифру)\s+в"
    r"|(?<!\w)(?:назвал\w*|привел\w*|привёл|приводит|приводят)\s+(?:другую|иную|свою|более\s+"
    r"высокую|более\s+низкую)\s+(?:цифру|оценку)\s*[—:–-]?(?:\s+в)?"
    r"|(?<!\w)насчитал\w*"
    r"|(?<!\w)(?:оцінил\w*|оцінюю\w*|оцінює)\s+(?:їхню\s+|їх\s+|цю\s+)?(?:кількість|число|"
    r"чисельність|цифру)\s+(?:у|в)"
    r"|(?<!\w)(?:назвал\w*|навел\w*|навів|наводить|наводять)\s+(?:іншу|свою|вищу|нижчу)\s+"
    r"(?:цифру|оцінку)\s*[—:–-]?(?:\s+(?:у|в))?"
    r"|(?<!\w)нарахувал\w*"
    r")\s+$"
)
# "речь идет о 79 856 человек", "йдеться про 79 856 осіб", "the exact figure is 79,856":
# the count before, told exactly; it may open a paragraph of its own.
_EXACTLY_BEFORE = re.compile(
    r"(?i)(?:(?<!\w)речь\s+(?:ид[её]т|шла)\s+о(?:б)?"
    r"|(?<!\w)(?:(?:й|і)деться|мова\s+(?:йде|йшла|іде))\s+(?:про|о)"
    r"|(?<!\w)the\s+(?:exact|precise|full|official)\s+(?:figure|number|count|total)\s+"
    r"(?:was|is|stood\s+at|came\s+to))\s+$"
)
# Kazakh names the count before the figure and its verb after: "олардың санын 7 мың деп
# бағалады" (put their number at 7,000).
_KAZAKH_BEFORE = re.compile(r"(?i)(?<!\w)(?:олардың|бұлардың)\s+(?:санын|саны)\s+$")
_KAZAKH_AFTER = re.compile(r"(?i)\S*\s+деп\s+(?:бағала|есепте|көрсет)\w*")
# "әңгіме 79 856 адам туралы болып отыр" (it is about 79,856 people): the count before, told
# exactly.
_KAZAKH_TALK_BEFORE = re.compile(r"(?i)(?<!\w)әңгіме\s+$")
_KAZAKH_TALK_AFTER = re.compile(r"(?i)(?:\s*\S+){0,2}?\s+туралы(?!\w)")


def restates(text: str, figure: tuple[int, int], clause: tuple[int, int]) -> bool:
    """Whether the figure at ``figure`` (start, end) gives another count of what was counted
    before it, read in its ``clause``."""
    start, end = figure
    # The words end right at the figure; they may run over a comma of their own ("put the
    # figure higher, at 18,000").
    if _BEFORE.search(text, 0, start):
        return True
    if tells_exactly(text, figure, clause):
        return True
    return bool(
        _KAZAKH_BEFORE.search(text, clause[0], start) and _KAZAKH_AFTER.match(text, end, clause[1])
    )


def tells_exactly(text: str, figure: tuple[int, int], clause: tuple[int, int]) -> bool:
    """Whether the figure at ``figure`` tells the count before exactly ("речь идет о 79 856
    человек", "әңгіме 79 856 адам туралы болып отыр"), read in its ``clause``."""
    start, end = figure
    if _EXACTLY_BEFORE.search(text, clause[0], start):
        return True
    return bool(
        _KAZAKH_TALK_BEFORE.search(text, clause[0], start)
        and _KAZAKH_TALK_AFTER.match(text, end, clause[1])
    )


# "таких спроб було понад 19 тисяч", "such attempts numbered 16,000", "16 тысяч подобных
# попыток": the kind counted before, said by "such", with no verb of its own.
_SUCH = (
    r"(?:such|similar|таких|такие|подобных|подобные|аналогичных|такі|подібних|подібні|"
    r"аналогічних|мұндай|осындай)\s+(?:[\w-]+\s+)?(?:attempts?|crossings|applications|"
    r"claims|попыт\w*|пересечени\w*|заявлени\w*|ходатайств\w*|спроб\w*|перетин\w*|заяв\w*|"
    r"клопотан\w*|әрекет\w*|өтініш\w*|"
    # "Былтыр ақпанда мұндай жағдайлар 25 болған", "таких случаев было 25": cases of what
    # was counted last.
    r"cases|incidents|случа\w*|инцидент\w*|випадк\w*|інцидент\w*|жағдай\w*|"
    # "В апреле таких отказов было 191": refusals, removals, arrivals and departures said
    # again for another time.
    r"refusals|denials|deportations|expulsions|removals|arrivals|departures|returns|"
    r"отказ\w*|депортаци\w*|выдворени\w*|высыл\w*|прибыти\w*|возвращени\w*|"
    r"відмов\w*|депортаці\w*|видворен\w*|прибутт\w*|повернен\w*|"
    r"бас\s+тарту\w*|депортация\w*)"
)
_SUCH_BEFORE = re.compile(r"(?i)(?<!\w)" + _SUCH + r"(?!\w)")
_SUCH_AFTER = re.compile(r"(?i)\s+" + _SUCH + r"(?!\w)")


def kind_said_again(text: str, figure: tuple[int, int], clause: tuple[int, int]) -> str | None:
    """The noun by which the figure at ``figure`` (start, end) counts the kind of thing counted
    before ("таких спроб було понад 19 тисяч", "16,000 such attempts"), read in its
    ``clause``; None when it says no "such"."""
    start, end = figure
    found = _SUCH_BEFORE.search(text, clause[0], start) or _SUCH_AFTER.match(text, end)
    return found.group().split()[-1] if found is not None else None


def same_kind(counted: str, noun: str) -> bool:
    """Whether what a figure before ``counted`` ("спроб незаконного") is of the ``noun``'s
    kind ("спроб", "спроби"): a word of the same first letters."""
    stem = noun.casefold()[:4]
    return any(word.startswith(stem) for word in counted.casefold().split())


# "В прошлом году их было 4 тыс. 200", "Минулого року їх було 4 200", "Last year there were
# 4,200.", "Былтыр олардың саны 4 200 болды": the count before, told again by a pronoun (for
# another time, which the sentence names).
_THEM_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:(?:их|їх)\s+(?:было|стало|насчитывалось|оказалось|було|налічувалося|"
    r"налічувалось|виявилося)|there\s+(?:were|had\s+been)|олардың\s+саны)\s+$"
)
# After an English "there were N": nothing more, the sentence ends (not "there were 3,000
# Ukrainians in the camp", people who stay).
_NOTHING_AFTER = re.compile(r"\s*[.!]?\s*$")
_KAZAKH_WAS_AFTER = re.compile(r"(?i)\s*(?:адам\s+)?(?:болды|болған|болатын)(?!\w)")


def counted_again(text: str, figure: tuple[int, int], clause: tuple[int, int]) -> bool:
    """Whether the figure at ``figure`` (start, end) gives the count before again by a pronoun
    and a verb of being, no kind of its own said ("их было 4 тыс. 200"), read in its
    ``clause``."""
    start, end = figure
    found = _THEM_BEFORE.search(text, clause[0], start)
    if found is None:
        return False
    said = found.group().casefold()
    if said.startswith("there"):
        return _NOTHING_AFTER.fullmatch(text, end) is not None
    if said.startswith("олардың"):
        return _KAZAKH_WAS_AFTER.match(text, end, clause[1]) is not None
    return True
