"""Whether a sentence goes on with what a speaker said before it: an interview that goes on
("In the same interview", "Сұхбатта"), a paragraph that continues ("Also, ...", "Кроме того",
"Сонымен қатар", a bare quotation, "In total"), or someone's words given by a cue ("according
to the minister", "За словами дипломатки") rather than a statement of their own.
``bot.ingest.attribution`` asks these questions when a sentence names nobody new.
"""

from __future__ import annotations

import re

__all__ = ["by_their_words", "goes_on", "in_interview"]

# "In the same interview", "в том же интервью", "у тому ж інтерв'ю", "сұхбатта": what an
# interview told before goes on.
_SAME_INTERVIEW = re.compile(
    r"(?i)(?<!\w)(?:in (?:the|that|this) (?:same )?interview|in the same conversation|"
    r"(?:в|во) (?:том же |этом же |этом |том же самом |своём |своем )?(?:интервью|беседе)|"
    r"(?:в|у) (?:тому ж(?:е)? |цьому ж(?:е)? |цьому |своєму )?(?:інтерв['’]ю|розмові)|"
    r"сұхбатта(?:ғы)?|сол сұхбатында|сұхбатында)(?!\w)"
)

# Words that open a paragraph going on with what was said before: "Also", "It takes the
# number ...", "Кроме того", "Сонымен қатар", "Ще 300 ...".
_GOES_ON = re.compile(
    r"(?i)^\W{0,3}(?:also|in addition|additionally|moreover|furthermore|besides|it|this|that|"
    r"these|those|they|he|she|of (?:these|those|them)|among them|the same|"
    r"также|кроме того|помимо этого|помимо того|ещ[её]|это|из них|среди них|в том числе|"
    r"при этом|он|она|они|також|крім того|окрім того|ще|це|з них|серед них|зокрема|"
    r"при цьому|він|вона|вони|сондай-ақ|сонымен қатар|сонымен бірге|бұдан бөлек|бұған қоса|"
    r"оның ішінде|олардың|ол|бұл|тағы|"
    # "In total", "Всего", "Загалом", "Барлығы": a sum of the speaker's figures.
    r"in total|overall|altogether|all told|всего|в общей сложности|в целом|итого|загалом|"
    r"всього|усього|в цілому|у цілому|барлығы|жалпы)(?!\w)"
)
# A paragraph that opens with a quotation mark or a dialogue dash quotes whoever spoke last.
_QUOTE_OPENERS = frozenset('"“„«—–')

_BY_THEIR_WORDS = re.compile(
    r"(?i)(?:according to|in the words of|по (?:\w+ )?словам|со слов|за (?:\w+ )?словами|"
    r"айтуынша|сөзінше)"
)


def goes_on(text: str) -> bool:
    """Whether a sentence opening a paragraph goes on with the one before ("Also, ...", or a
    quotation: the words of whoever was named last)."""
    return _GOES_ON.search(text) is not None or text.lstrip()[:1] in _QUOTE_OPENERS


def by_their_words(cue: str) -> bool:
    """Whether a cue gives someone's words ("according to the minister", "За словами
    дипломатки"), not a statement of their own ("the minister said")."""
    return _BY_THEIR_WORDS.search(cue) is not None


def in_interview(text: str) -> bool:
    """Whether a sentence goes on with an interview told before ("In the same interview")."""
    return _SAME_INTERVIEW.search(text) is not None
