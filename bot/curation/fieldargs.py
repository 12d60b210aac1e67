"""Parsing ``field=value`` arguments, as curators type them: /addfact and /editfact."""

from __future__ import annotations

import shlex

from storage.words import Phrase, say

__all__ = ["FieldArgsError", "command_arguments", "parse_field_args"]


class FieldArgsError(ValueError):
    """The arguments are not ``field=value`` pairs; ``phrase`` says what is wrong, for the
    curator's language (``bot.render.reports.phrase_text``), and ``str()`` in English."""

    def __init__(self, phrase: Phrase) -> None:
        super().__init__(str(phrase))
        self.phrase = phrase


def command_arguments(text: str | None) -> str:
    """What follows the command in a message: "/editfact@Bot 7 a=b" → "7 a=b"."""
    if not text:
        return ""
    parts = text.split(maxsplit=1)
    return parts[1] if len(parts) > 1 else ""


def parse_field_args(text: str) -> dict[str, str]:
    """``metric=entered claim="Two words"`` → {"metric": "entered", "claim": "Two words"}.

    Values with spaces go in quotes (single or double). Field names are case-insensitive.

    Raises:
        FieldArgsError: unbalanced quotes, a word without "=", or a field given twice.
    """
    try:
        words = shlex.split(text)
    except ValueError:
        raise FieldArgsError(say("a quoted value is not closed: check your quotes")) from None
    fields: dict[str, str] = {}
    for word in words:
        name, separator, value = word.partition("=")
        name = name.strip().lower()
        if not separator or not name:
            shown = word if len(word) <= 40 else word[:39] + "…"
            raise FieldArgsError(
                say("“{typed}” is not field=value; quote values with spaces", typed=shown)
            )
        if name in fields:
            raise FieldArgsError(say("{name} is given twice", name=name))
        fields[name] = value
    return fields
