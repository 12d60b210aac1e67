"""Where in its sentence a figure's words are: the part of the sentence it shares with no
other figure, the comma-bounded clause around it, and the date that goes with it."""

from __future__ import annotations

import re

from bot.ingest.figures import FoundFigure
from bot.ingest.periods import FoundDate

__all__ = ["aside_before", "clause", "nearest_date", "said_aside", "scope"]

# Words that end a figure's clause: the next figure has its own verb and its own countries.
_CLAUSE_BREAK = re.compile(
    r"[;,]\s*(?:and|while|but|а|и|но|і|й|та|але|ал|және)?\s+"
    r"|\s(?:and|while|whereas|а|и|і|та|ал|және|мен|бен|пен)\s"
)


def scope(text: str, counts: list[FoundFigure], position: int) -> tuple[int, int]:
    """The part of the sentence that belongs to the figure at ``position``: up to the clause
    break between it and its neighbours."""
    start, end = 0, len(text)
    if position > 0:
        between = text[counts[position - 1].end : counts[position].start]
        breaks = list(_CLAUSE_BREAK.finditer(between))
        cut = breaks[-1].start() if breaks else len(between) // 2
        start = counts[position - 1].end + cut
    if position + 1 < len(counts):
        between = text[counts[position].end : counts[position + 1].start]
        breaks = list(_CLAUSE_BREAK.finditer(between))
        cut = breaks[-1].start() if breaks else len(between) // 2
        end = counts[position].end + cut
    return start, end


# A comma inside a list of names: "from Niger, Libya and Mali", "з Польщі, Угорщини та
# Словаччини" (a capitalised word before it, and a name or two after it, then the list's comma
# or its last joining word).
_UPPER = "A-ZА-ЯЁІЇЄҐҚҒҮҰӨҺ"
_NAME_BEFORE = re.compile(rf"[{_UPPER}][\w'’-]*$")
_NAME_LISTED = re.compile(
    rf"\s*[{_UPPER}][\w'’-]*(?:\s+[{_UPPER}][\w'’-]*)?"
    r"(?:,|\s+(?:and|or|и|или|і|й|та|або|және|мен|бен|пен)\s+[" + _UPPER + r"])"
)


# Who said it, set between commas inside a clause: ", по данным пограничников,", ", говорится в
# его заявлении,", ", за його словами,", ", according to the ministry,".
_ASIDE = re.compile(
    r"(?i)\s*(?:по\s+(?:\w+\s+)?(?:данным|словам|информации|сведениям|оценкам)|"
    r"как\s+\w+|говорится\s|сообщается|согласно\s|"
    r"за\s+(?:\w+\s+)?(?:даними|словами|інформацією|оцінками)|як\s+\w+|йдеться\s|"
    r"ідеться\s|згідно\s|according\s+to\s|as\s+\w+(?:\s+\w+)?\s+said)[^,]*$"
)


# Who said it, set between commas after a figure's words in English: ", Tak governor Prasert
# Wongsuwan said,", ", officials told Reuters,", ", according to the ministry,". (Russian and
# Ukrainian set "по данным X" before the verb's clause, read by ``aside_before``.)
_ASIDE_SAID = re.compile(
    r"(?i)\s*(?:according\s+to\s[^,]{1,60}|[^,]{1,60}?\s(?:said|says|told\s+[^,]{1,40}|"
    r"reported|estimated|added))\s*$"
)


# What opens the rest of the figure's clause after an aside: a lower-case word, not one that
# opens a clause of its own ("while", "and") or a phrase ("the", "in").
_VERB_GOES_ON = re.compile(
    r"\s*(?!(?:while|whereas|and|but|or|as|which|who|whom|whose|with|although|though|after|"
    r"before|since|compared|up|down|bringing|making|taking|adding|including|most|some|many|"
    r"the|a|an|of|in|on|at|to|from|for)\b)[a-z]"
)


def said_aside(text: str, figure_end: int, end: int) -> tuple[int, int] | None:
    """Where an aside of who said it stands between a figure's own few words and the rest of
    its clause ("About 3,000 people, Tak governor Prasert Wongsuwan said, fled ..."): from
    the comma that opens it to just past the one that closes it; None when there is none."""
    comma = text.find(",", figure_end, end)
    if comma < 0 or len(text[figure_end:comma].split()) > 4:
        return None
    closing = text.find(",", comma + 1, end)
    # The clause goes on with its verb: "..., fled across the Moei River", not with a clause
    # of its own ("2,300 came from mainland France, ISEE added, while the departures ...").
    if closing < 0 or not _VERB_GOES_ON.match(text, closing + 1):
        return None
    stretch = text[comma + 1 : closing]
    return (comma, closing + 1) if _ASIDE_SAID.match(stretch) else None


def aside_before(text: str, at: int) -> bool:
    """Whether the words up to ``at`` end in an aside of who said it that follows other words
    and a comma: "Граждан Монголии, по данным пограничников," (not "По данным X,")."""
    head = text[:at].rstrip(" ,")
    comma = head.rfind(",")
    return comma > 0 and bool(head[:comma].strip()) and bool(_ASIDE.match(head, comma + 1))


def _list_comma(text: str, at: int) -> bool:
    return _NAME_BEFORE.search(text, 0, at) is not None and bool(_NAME_LISTED.match(text, at + 1))


def _last_full_stop(text: str, start: int, end: int) -> int:
    """Where the last ". " in [start, end) is, but an initial's ("The U.S. Coast Guard",
    "J. Smith"); -1 when there is none."""
    at = text.rfind(". ", start, end)
    while at > start and text[at - 1].isupper() and (at < 2 or not text[at - 2].isalpha()):
        at = text.rfind(". ", start, at)
    return at


def clause(text: str, figure: FoundFigure, start: int, end: int) -> tuple[int, int]:
    """The comma-bounded stretch of ``text`` around a figure, within [start, end); a list of
    names after it ("from Niger, Libya and Mali") stays whole."""
    left = max(text.rfind(mark, start, figure.start) for mark in (*",;:—–(", "! ", "? "))
    left = max(left, _last_full_stop(text, start, figure.start))
    while left > start and text[left] == ",":
        # "Граждан Монголии, по данным пограничников, въехало ... 71 тысячи": an aside
        # between commas is no bound of the figure's clause.
        before = text.rfind(",", start, left)
        if before < 0 or not _ASIDE.match(text, before + 1, left):
            break
        left = max(text.rfind(mark, start, before) for mark in (*",;:—–(", ". ", "! ", "? "))
    if left > start and text[left] in "—–":
        # "Из них в Россию направились 372 тысячи, в ОАЭ — около 2,4 тысячи": the words
        # before the dash, with no verb of their own, are the figure's clause too.
        before = text.rfind(",", start, left)
        stretch = text[before + 1 : left]
        if before >= 0 and not any(c.isdigit() for c in stretch) and len(stretch.split()) <= 4:
            left = before
    right = [i for i in (text.find(mark, figure.end, end) for mark in (*";:—–)", ". ")) if i >= 0]
    aside = said_aside(text, figure.end, end)
    # "About 3,000 people, Tak governor Prasert Wongsuwan said, fled across ...": the clause
    # goes on past who said it.
    comma = text.find(",", aside[1] if aside else figure.end, end)
    while comma >= 0 and _list_comma(text, comma):
        comma = text.find(",", comma + 1, end)
    if comma >= 0:
        right.append(comma)
    return max(start, left + 1), min([end, *right])


def nearest_date(
    dates: list[FoundDate], figure: FoundFigure, end: int, own: tuple[int, int] | None = None
) -> FoundDate | None:
    """The date that goes with a figure: one in its own clause ``own`` ("..., 17,600 of them
    in the past seven days"), else the last one before it, else the first after it within its
    part of the sentence (up to ``end``): "35,000 cross every day, and 1.2 million crossed in
    January" dates only the second."""
    if own is not None:
        inside = [d for d in dates if own[0] <= d.start and d.end <= own[1]]
        if inside:
            before_it = [d for d in inside if d.end <= figure.start]
            return before_it[-1] if before_it else inside[0]
    before = [d for d in dates if d.end <= figure.start]
    if before:
        return before[-1]
    after = [d for d in dates if d.start >= figure.end and d.start < end]
    return after[0] if after else None
