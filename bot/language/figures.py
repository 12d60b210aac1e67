"""Figures a question names: "200k", "200,000", "200 тысяч", "a million", "пятерых", "бес"."""

from __future__ import annotations

import re

__all__ = ["find_figures"]

_MULTIPLIERS = {
    "k": 1_000, "к": 1_000, "thousand": 1_000, "тыс": 1_000, "тысяч": 1_000, "тысячи": 1_000,
    "тысяча": 1_000, "тисяч": 1_000, "тисячі": 1_000, "тисяча": 1_000, "мын": 1_000,
    "тыщ": 1_000, "тыщи": 1_000, "тыщ.": 1_000, "тис": 1_000,
    "m": 1_000_000, "mln": 1_000_000, "million": 1_000_000, "millions": 1_000_000,
    "млн": 1_000_000, "миллион": 1_000_000, "миллиона": 1_000_000, "мільйон": 1_000_000,
    "мільйона": 1_000_000,
}  # fmt: skip
# Counting words that stand for a figure on their own (folded; Kazakh as a Russian keyboard
# types it).
_WORDS = {
    "five": 5, "пять": 5, "пятеро": 5, "пятерых": 5, "п'ять": 5, "п'ятеро": 5, "п'ятьох": 5,
    "бес": 5, "seven": 7, "million": 1_000_000, "миллион": 1_000_000,
    "мільйон": 1_000_000, "a million": 1_000_000,
}  # fmt: skip
_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?\s*"
    r"(k|к|thousand|тыс\w*|тыщ\w*|тисяч\w*|тис|мын|m|mln|million\w*|млн|миллион\w*|мільйон\w*)?"
    r"(?!\w)"
)


def find_figures(folded: str) -> tuple[list[int], str]:
    """The whole numbers ``folded`` names, and the text with them blanked out.

    Numbers of one or two digits with no multiplier are left in the text: they are days,
    paragraphs and ordinals more often than figures.
    """
    found: list[int] = []

    def take(match: re.Match[str]) -> str:
        whole, fraction, unit = match.groups()
        digits = re.sub(r"\D", "", whole)
        # Days and ordinals are short; no figure a fact holds is longer than a quadrillion.
        if (unit is None and len(digits) <= 2) or len(digits) > 15:
            return match.group()
        value = float(f"{digits}.{(fraction or '0')[:6]}")
        multiplier = _MULTIPLIERS.get(unit or "", 1)
        if unit and unit not in _MULTIPLIERS:
            multiplier = 1_000_000 if unit.startswith(("млн", "милл", "мільй", "mill")) else 1_000
        found.append(round(value * multiplier))
        return " " * len(match.group())

    blanked = _NUMBER.sub(take, folded)
    for word in re.findall(r"[\w']+", blanked):
        if word in _WORDS:
            found.append(_WORDS[word])
    return found, blanked
