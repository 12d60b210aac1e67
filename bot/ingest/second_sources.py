"""A second source inside one sentence: "The ministry said 5,000 were deported, while UNHCR
said 7,000 were", "По данным МВД, выслали 5 тысяч, а по данным УВКБ ООН — 7 тысяч", "ал БҰҰ
БЖКБ мәліметінше — 7 мың". The figures after the turn are that source's, not the first's: a
figure another source gives is proposed beside the first with its own speaker."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from bot.ingest.attribution import Attribution, attribute
from bot.ingest.figures import FoundFigure
from bot.ingest.sentences import Sentence

__all__ = ["second_source"]

# Where a sentence turns to another clause set against the first.
_TURN = re.compile(
    r"(?i)(?:,\s*(?:while|whereas|but|though|although|а|но|однако|тогда\s+как|в\s+то\s+время\s+как|"
    r"але|проте|однак|тоді\s+як|ал|бірақ|алайда)|;)\s+"
)


def second_source(
    sentence: Sentence, language: str, figures: list[FoundFigure], first: Attribution
) -> tuple[int, Attribution | None, Attribution] | None:
    """Where in ``sentence`` another source's figures begin, whose the figures before are
    when that is not the sentence's ``first`` attribution, and whose the figures after are.

    A turn between two of its ``figures`` must open a clause with a reporting cue of its own
    naming a speaker other than the first. When the sentence's one cue is that clause's ("...
    recorded 3,240 entries, while the IOM put the figure at about 3,000"), the figures before
    the turn are whoever the words before it name, if they name anyone; else None."""
    text = sentence.text
    for before, after in pairwise(figures):
        turn = _TURN.search(text, before.end, after.start)
        if turn is None:
            continue
        (own,) = attribute([_part(sentence, turn.end(), len(text))], language)
        speaker = own.attributed_to
        if speaker is None or own.cue_end is None:
            continue
        cue_end = own.cue_end + turn.end()
        if cue_end == first.cue_end:
            # The sentence's own cue: "..., а ще 1 230 подали заяви, зазначили у відомстві"
            # (whose speaker the article named before) gives both; one before the second
            # figure may give only it.
            if cue_end > after.start:
                continue
            (head,) = attribute([_part(sentence, 0, turn.start())], language)
            named = head.attributed_to
            if named is None or named.name == speaker.name:
                continue
            return turn.end(), head, replace(own, cue_end=cue_end)
        if first.attributed_to is not None and speaker.name == first.attributed_to.name:
            continue
        return turn.end(), None, replace(own, cue_end=cue_end)
    return None


def _part(sentence: Sentence, start: int, end: int) -> Sentence:
    """The stretch [start, end) of ``sentence`` as a sentence of its own."""
    return Sentence(
        start=sentence.start + start,
        end=sentence.start + end,
        text=sentence.text[start:end],
        paragraph=sentence.paragraph,
        line_start=False,
    )
