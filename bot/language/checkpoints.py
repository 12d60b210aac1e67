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
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.language.proper_names import NameIndex

__all__ = ["CHECKPOINTS_FILE", "Checkpoint", "find_checkpoints"]

CHECKPOINTS_FILE = Path(__file__).with_name("checkpoints.json")


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """A crossing point found in a text: where, and the two countries it lies between."""

    start: int
    end: int
    country: str  # alpha-3 of the country the post stands in
    other: str  # alpha-3 of the neighbour across the border


@cache
def _index() -> NameIndex:
    entries = json.loads(CHECKPOINTS_FILE.read_text(encoding="utf-8"))
    return NameIndex(
        (name, (entry["country"], entry["other"])) for entry in entries for name in entry["names"]
    )


def find_checkpoints(text: str) -> list[Checkpoint]:
    """The crossing points ``text`` names, in order."""
    return [Checkpoint(found.start, found.end, *found.value) for found in _index().find(text)]
