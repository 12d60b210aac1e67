"""People turned down for asylum: "чьи заявления о защите были отклонены", "которым было
отказано в убежище", "whose asylum claims had been rejected", "яким відмовили у притулку".
Flown out on a charter, they were deported; and the words that turn their claims down
("rejected") deny no report of a figure."""

from __future__ import annotations

import re

__all__ = ["claims_turned_down", "turned_down_after"]

# Told right after the people counted.
_THEIR_CLAIMS_REJECTED = re.compile(
    r"(?i)[^.;]{0,60}?(?:(?:чьи|чиї|whose)\s+(?:[\w-]+\s+){0,4}?(?:отклонен\w*|"
    r"відхилен\w*|(?:were|was|had\s+been|have\s+been)\s+(?:rejected|refused|denied|turned\s+down))|"
    r"(?:которым|яким|who\s+(?:had\s+been|were))\s+(?:было\s+|було\s+)?(?:отказа\w*|"
    r"відмов\w*|denied|refused)\s+(?:в|у|asylum|protection)|"
    r"(?:rejected|failed)\s+asylum[\s-]seekers)"
)
# Anywhere in the sentence.
_CLAIMS_TURNED_DOWN = re.compile(
    r"(?i)\b(?:asylum|protection|refugee)\s+(?:claims?|applications?|requests?)\s+"
    r"(?:(?:had|have|has)\s+been|were|was)\s+(?:rejected|refused|denied|dismissed|turned\s+down)"
    r"|\b(?:rejected|refused|denied)\s+asylum\b"
)


def turned_down_after(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` (right after a figure) up to ``end`` say its people
    were turned down for asylum or protection."""
    return _THEIR_CLAIMS_REJECTED.match(text, start, end) is not None


def claims_turned_down(text: str) -> list[tuple[int, int]]:
    """Where ``text`` says claims for asylum were turned down ("asylum claims had been
    rejected", "denied asylum")."""
    return [found.span() for found in _CLAIMS_TURNED_DOWN.finditer(text)]
