"""The lemmas the search index keeps beside a fact's words, and who computes them.

The store cannot lemmatise: its dictionaries live in ``bot.language``, which storage must not
import. So a store is opened with a ``Lemmatiser`` (the bot's ``SearchLemmas``) and uses it on
every write of a fact: its lemmas go into ``facts.search_lemmas`` in the same statement as its
words (SQLite migration 0014, PostgreSQL 0011), and the search index reads them from there. A
store opened without one writes NULL, "not lemmatised yet": the next store opened with one
fills them (``fill_lemmas``), as it fills the facts stored before those migrations.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

__all__ = ["FILL_BATCH", "Lemmatiser", "fact_lemmas", "lemmas_of_rows", "query_lemmas"]

# Facts lemmatised and written in one transaction by fill_lemmas: short enough that a curator's
# write waits little behind one.
FILL_BATCH = 1000


class Lemmatiser(Protocol):
    """Words → their lemmas, the same way for a fact's text and a reader's word."""

    def text(self, text: str) -> str:
        """The lemmas of every word of ``text`` (other than the words themselves), each once,
        separated by spaces."""
        ...

    def word(self, word: str) -> tuple[str, ...]:
        """The lemmas of one word, other than the word itself."""
        ...


def fact_lemmas(
    lemmatiser: Lemmatiser | None, claim: str | None, quote: str | None, counted: str | None
) -> str | None:
    """What ``facts.search_lemmas`` holds for a fact's texts; None without a lemmatiser.

    Only the fact's own texts: its sources' names are names, and they live in other rows, which
    a fact's write does not change.
    """
    if lemmatiser is None:
        return None
    return lemmatiser.text(" ".join(text for text in (claim, quote, counted) if text))


def lemmas_of_rows(
    lemmatiser: Lemmatiser, rows: Iterable[Sequence[Any]]
) -> list[tuple[str | None, int]]:
    """(lemmas, id) of each (id, claim, quote, counted) row, for ``fill_lemmas``."""
    return [
        (fact_lemmas(lemmatiser, claim, quote, counted), int(fact_id))
        for fact_id, claim, quote, counted in rows
    ]


def query_lemmas(
    lemmatiser: Lemmatiser | None, words: Sequence[str]
) -> Mapping[str, tuple[str, ...]]:
    """Each word a reader typed → its lemmas, for the search expression; empty without a
    lemmatiser."""
    if lemmatiser is None:
        return {}
    return {word: lemmatiser.word(word) for word in words}
