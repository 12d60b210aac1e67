"""Finding the proper names of a hand-written table (crossing points, airports) in a text, in
any case form: "Верхний Ларс", "в Верхнем Ларсе", "Қорғастан", "з аеропорту Бориспіль".

A Cyrillic name's words may carry case endings; a Latin one is written as it is. A name
begins with a capital, so a common word that shares its letters is not read as it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from bot.language.text import fold, kazakh_fold

__all__ = ["FoundName", "NameIndex"]

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_ENDING = 4
_SHORTEST_STEM = 4
# What a name's word loses before a case ending: "Верхний" → "Верхн-ем", "Шегині" → "Шегин-ях".
# A Russian or Ukrainian case ending after a name's stem (folded): "-е", "-ой", "-ами", "-ові".
_CASE_ENDING = re.compile(r"[аяуюеєіиыїо]?|[аяуюеєіиыїо](?:[мйхюяіїв]|ми|го|му|ві|ю)")
_ENDS = re.compile(r"(?:[ыиоі]й|[аяое]я|[оеи]е|ые|[аеиоуыэюяіїєь])$")


@dataclass(frozen=True, slots=True)
class FoundName:
    """A table's name found in a text: where, and what the table says of it."""

    start: int
    end: int
    value: tuple[str, ...]


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    return kazakh_fold(fold(word))


def _cyrillic(word: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in word)


def _same_word(typed: str, name: str) -> bool:
    if typed == name:
        return True
    if not _cyrillic(name):
        return False
    if typed.startswith(name):
        # "Қорғастан", "Ларса": the whole name, then its ending.
        return len(typed) - len(name) <= _ENDING
    stem = _ENDS.sub("", name)
    if len(stem) < _SHORTEST_STEM or not typed.startswith(stem):
        return False
    # "в Верхнем Ларсе": the stem, then a case ending; "Бахтиёр" is no "Бахты".
    return _CASE_ENDING.fullmatch(typed[len(stem) :]) is not None


class NameIndex:
    """Names, each with the values a table gives it, found by their first word's start."""

    def __init__(self, names: Iterable[tuple[str, tuple[str, ...]]]) -> None:
        self._index: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for name, value in names:
            words = tuple(_key(word) for word in _WORD.findall(name))
            if words:
                self._index.setdefault(words[0][:_SHORTEST_STEM], []).append((words, value))
        for entries in self._index.values():
            entries.sort(key=lambda item: -len(item[0]))  # the longest name wins

    def find(self, text: str) -> list[FoundName]:
        """The names ``text`` holds, in order: written with a capital on their first word, or
        on their last ("аэропорт Кеннеди")."""
        typed = [
            (match.start(), match.end(), _key(match.group())) for match in _WORD.finditer(text)
        ]
        found: list[FoundName] = []
        position = 0
        while position < len(typed):
            for words, value in self._index.get(typed[position][2][:_SHORTEST_STEM], []):
                span = typed[position : position + len(words)]
                if len(span) < len(words):
                    continue
                if not (text[span[0][0]].isupper() or text[span[-1][0]].isupper()):
                    continue  # "Загонь" is a crossing, "загону" a squad
                if all(_same_word(a[2], b) for a, b in zip(span, words, strict=True)):
                    found.append(FoundName(span[0][0], span[-1][1], value))
                    position += len(words) - 1
                    break
            position += 1
        return found
