"""What storage tells curators, kept as message ids with their values, translated where shown.

Storage knows no language: a refusal a curator will read carries a :class:`Phrase`, the English
message id of ``bot/locales`` and its named values, and the bot translates it into the reader's
language (``bot.render.reports.phrase_text``). ``str()`` of a phrase is its English, for logs,
the command line and ``str()`` of the errors that carry one.

``say`` and ``plural`` have the names of ``bot.language.words.Words``' methods, so ``pybabel
extract`` (babel.cfg) finds their message ids here as it does in ``bot/``; ``N_`` marks a
constant defined at module level.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TypeAlias

__all__ = ["N_", "Phrase", "Refusal", "plural", "say"]


def N_(message: str) -> str:
    """Mark ``message`` for the catalogs where it is defined; it is translated where shown."""
    return message


# What a phrase's placeholder may hold: text, an id or row number, a size, another phrase.
ParamValue: TypeAlias = "str | int | float | Phrase"


@dataclass(frozen=True)
class Phrase:
    """A message id, its plural id and count if it counts, and the values of its placeholders.

    A value is shown as it is (a name, a number kept as typed), or, when it is a phrase itself,
    translated too.
    """

    message: str
    params: Mapping[str, ParamValue] = field(default_factory=dict)
    plural: str | None = None
    count: int = 0

    def __str__(self) -> str:
        """The English text."""
        text = self.message if self.plural is None or self.count == 1 else self.plural
        values = {name: str(value) for name, value in self.params.items()}
        if self.plural is not None:
            values["count"] = str(self.count)
        return text.format(**values) if values else text


def say(message: str, /, **params: ParamValue) -> Phrase:
    """The phrase ``message`` with its ``{placeholders}``' values."""
    return Phrase(message, params)


def plural(singular: str, plural: str, count: int, /, **params: ParamValue) -> Phrase:
    """The phrase for ``count`` things ("{count} row", "{count} rows")."""
    return Phrase(singular, params, plural, count)


class Refusal(ValueError):
    """A validator's refusal that keeps its phrase; ``field`` names the field it blames when
    the check spans several. ``str()`` is the English, "field: reason" when it blames one."""

    def __init__(self, phrase: Phrase, *, field: str | None = None) -> None:
        super().__init__(f"{field}: {phrase}" if field else str(phrase))
        self.phrase = phrase
        self.field = field
