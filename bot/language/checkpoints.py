"""Border crossing points by the names news gives them, with the two countries each lies
between: an article's "через КПП «Верхний Ларс»", "at Beitbridge", "Қорғас бекеті арқылы"
names a border, and so where people came from when it says where they went.

The table beside this module, ``checkpoints.json``, lists about 470 posts on the borders
migration news reports from (Ukraine's, Russia's, Central Asia's, the Middle East's,
Africa's, the Americas', South-East Asia's), each with its Latin and Cyrillic spellings, the
country the post stands in and the neighbour across. It was written for factbot (no library
keeps crossing points in these four languages); a name that is also a common word, a surname
or a place elsewhere was left out. Loading it costs about 5 ms, on the first article read.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.language.text import fold, kazakh_fold

__all__ = ["CHECKPOINTS_FILE", "Checkpoint", "find_checkpoints"]

CHECKPOINTS_FILE = Path(__file__).with_name("checkpoints.json")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# A Cyrillic name's words may carry case endings ("Верхнем Ларсе", "Шегинях", "Қорғастан");
# a Latin one is written as it is.
_ENDING = 4
_SHORTEST_STEM = 4
# What a name's word loses before a case ending: "Верхний" → "Верхн-ем", "Шегині" → "Шегин-ях".
_ENDS = re.compile(r"(?:[ыиоі]й|[аяое]я|[оеи]е|ые|[аеиоуыэюяіїєь])$")


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """A crossing point found in a text: where, and the two countries it lies between."""

    start: int
    end: int
    country: str  # alpha-3 of the country the post stands in
    other: str  # alpha-3 of the neighbour across the border


def _key(word: str) -> str:
    return kazakh_fold(fold(word))


def _cyrillic(word: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in word)


@cache
def _index() -> dict[str, list[tuple[tuple[str, ...], str, str]]]:
    """First word of each name → (the name's words, country, other), longest names first."""
    entries = json.loads(CHECKPOINTS_FILE.read_text(encoding="utf-8"))
    index: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for entry in entries:
        for name in entry["names"]:
            words = tuple(_key(word) for word in _WORD.findall(name))
            if words:
                index.setdefault(words[0][:_SHORTEST_STEM], []).append(
                    (words, entry["country"], entry["other"])
                )
    for names in index.values():
        names.sort(key=lambda item: -len(item[0]))
    return index


def _same_word(typed: str, name: str) -> bool:
    if typed == name:
        return True
    if not _cyrillic(name):
        return False
    stem = _ENDS.sub("", name)
    stem = stem if len(stem) >= _SHORTEST_STEM else name
    return typed.startswith(stem) and len(typed) - len(stem) <= _ENDING


def find_checkpoints(text: str) -> list[Checkpoint]:
    """The crossing points ``text`` names, in order."""
    typed = [(match.start(), match.end(), _key(match.group())) for match in _WORD.finditer(text)]
    found: list[Checkpoint] = []
    position = 0
    while position < len(typed):
        # A crossing is a proper name: "Загонь" is a crossing, "загону" a squad.
        first = text[typed[position][0]]
        candidates = (
            _index().get(typed[position][2][:_SHORTEST_STEM], []) if first.isupper() else []
        )
        for words, country, other in candidates:
            span = typed[position : position + len(words)]
            if len(span) < len(words):
                continue
            if all(_same_word(a[2], b) for a, b in zip(span, words, strict=True)):
                found.append(Checkpoint(span[0][0], span[-1][1], country, other))
                position += len(words) - 1
                break
        position += 1
    return found
