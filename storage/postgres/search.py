"""What a reader typed as a safe ``to_tsquery`` text: the same words SQLite's FTS5 query is
made of (:mod:`storage.search`), each quoted, so nothing typed is read as query syntax
(``&``, ``|``, ``!``, ``<->``, ``:*``, weights).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from storage.search import MAX_WORDS

__all__ = ["tsquery_all", "tsquery_any"]

_WORD = re.compile(r"\w", re.UNICODE)
# As storage.search: shorter words match whole words only.
_SHORTEST_PREFIX = 3


def _term(word: str, *, prefix: bool) -> str:
    # Inside a quoted lexeme only ' and \ are special: doubled and escaped.
    quoted = "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"
    letters = sum(1 for character in word if character.isalnum())
    return quoted + ":*" if prefix and letters >= _SHORTEST_PREFIX else quoted


def _usable(typed: str) -> str | None:
    word = typed.replace("\x00", "")
    return word if _WORD.search(word) else None


def tsquery_all(
    words: list[str], countries: Mapping[str, str] | None = None, *, prefix: bool = True
) -> str | None:
    """A tsquery requiring every word (as a prefix unless ``prefix`` is False); a word that
    names a country also matches facts naming it (its code, weighted A: migration 0003).
    None if no word is left. As :func:`storage.search.match_expression`."""
    countries = countries or {}
    terms = []
    for typed in words[:MAX_WORDS]:
        word = _usable(typed)
        if word is None:
            continue
        term = _term(word, prefix=prefix)
        code = countries.get(typed)
        if code is not None:
            term = f"({term} | {_term(code, prefix=False)}:A)"
        terms.append(term)
    return " & ".join(terms) if terms else None


def tsquery_any(groups: list[list[str]], *, prefix: bool = True) -> str | None:
    """A tsquery requiring, of every group, one of its words. As
    :func:`storage.search.match_any`."""
    clauses = []
    for group in groups[:MAX_WORDS]:
        terms = [
            _term(word, prefix=prefix)
            for word in (_usable(typed) for typed in dict.fromkeys(group))
            if word is not None
        ]
        if terms:
            clauses.append(terms[0] if len(terms) == 1 else "(" + " | ".join(terms) + ")")
    return " & ".join(clauses) if clauses else None
