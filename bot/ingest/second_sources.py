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
) -> tuple[int, Attribution] | None:
    """Where in ``sentence`` another source's figures begin, and whose they are, when a turn
    between two of its ``figures`` opens a clause with a reporting cue of its own naming a
    speaker other than the sentence's ``first``; else None."""
    text = sentence.text
    for before, after in pairwise(figures):
        turn = _TURN.search(text, before.end, after.start)
        if turn is None:
            continue
        part = Sentence(
            start=sentence.start + turn.end(),
            end=sentence.end,
            text=text[turn.end() :],
            paragraph=sentence.paragraph,
            line_start=False,
        )
        (own,) = attribute([part], language)
        speaker = own.attributed_to
        if speaker is None or own.cue_end is None:
            continue
        cue_end = own.cue_end + turn.end()
        if cue_end == first.cue_end or (
            first.attributed_to is not None and speaker.name == first.attributed_to.name
        ):
            # "..., а ще 1 230 подали заяви, зазначили у відомстві": the sentence's own cue,
            # whose speaker the article named before.
            continue
        return turn.end(), replace(own, cue_end=cue_end)
    return None
