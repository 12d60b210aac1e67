"""What a reader typed as a safe ``to_tsquery`` text: the same words SQLite's FTS5 query is
made of (:mod:`storage.search`), each quoted, so nothing typed is read as query syntax
(``&``, ``|``, ``!``, ``<->``, ``:*``, weights). A word's lemmas are alternatives to it, each
quoted and whole, as there.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from storage.search import MAX_WORDS

__all__ = ["tsquery_all", "tsquery_any"]

_WORD = re.compile(r"\w", re.UNICODE)
# As storage.search: shorter words match whole words only.
_SHORTEST_PREFIX = 3


def _term(word: str, *, prefix: bool) -> str:
    quoted = _quoted(word)
    letters = sum(1 for character in word if character.isalnum())
    return quoted + ":*" if prefix and letters >= _SHORTEST_PREFIX else quoted


def _quoted(word: str) -> str:
    # Inside a quoted lexeme only ' and \ are special: doubled and escaped.
    word = word.replace("\x00", "")
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def _with_lemmas(term: str, lemmas: Sequence[str]) -> str:
    """``term`` or any of the word's lemmas, whole (storage.search's ``_with_lemmas``)."""
    others = [_quoted(lemma) for lemma in lemmas if _usable(lemma) is not None]
    return "(" + " | ".join([term, *others]) + ")" if others else term


def _usable(typed: str) -> str | None:
    word = typed.replace("\x00", "")
    return word if _WORD.search(word) else None


def tsquery_all(
    words: list[str],
    countries: Mapping[str, str] | None = None,
    *,
    prefix: bool = True,
    lemmas: Mapping[str, Sequence[str]] | None = None,
) -> str | None:
    """A tsquery requiring every word (as a prefix unless ``prefix`` is False); a word that
    names a country also matches facts naming it (its code, weighted A: migration 0003).
    None if no word is left. As :func:`storage.search.match_expression`."""
    countries = countries or {}
    lemmas = lemmas or {}
    terms = []
    for typed in words[:MAX_WORDS]:
        word = _usable(typed)
        if word is None:
            continue
        term = _with_lemmas(_term(word, prefix=prefix), lemmas.get(typed, ()))
        code = countries.get(typed)
        if code is not None:
            term = f"({term} | {_term(code, prefix=False)}:A)"
        terms.append(term)
    return " & ".join(terms) if terms else None


def tsquery_any(
    groups: list[list[str]],
    *,
    prefix: bool = True,
    lemmas: Mapping[str, Sequence[str]] | None = None,
) -> str | None:
    """A tsquery requiring, of every group, one of its words. As
    :func:`storage.search.match_any`."""
    lemmas = lemmas or {}
    clauses = []
    for group in groups[:MAX_WORDS]:
        terms = []
        for typed in dict.fromkeys(group):
            word = _usable(typed)
            if word is not None:
                terms.append(_term(word, prefix=prefix))
                terms += [_quoted(lemma) for lemma in lemmas.get(typed, ()) if _usable(lemma)]
        terms = list(dict.fromkeys(terms))
        if terms:
            clauses.append(terms[0] if len(terms) == 1 else "(" + " | ".join(terms) + ")")
    return " & ".join(clauses) if clauses else None
