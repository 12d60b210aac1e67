"""Turning what a reader typed into a safe FTS5 query.

Every word becomes a quoted prefix term, so nothing a reader types is read as FTS5 syntax
(``OR``, ``NEAR(``, ``*``, ``"``, column filters): words are only ever searched for. A word's
lemmas (storage.lemmas) are alternatives to it, each quoted and whole: "ушли" is
``("ушли"* OR "уйти" OR "услать")``, which finds a fact saying "ушедших" (indexed with its
lemma "уйти") or "уйти" itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

__all__ = ["MAX_WORDS", "match_any", "match_expression"]

# More words than this narrow nothing further and make the query slower.
MAX_WORDS = 12
_WORD = re.compile(r"\w", re.UNICODE)


# Shorter words match whole words only: as prefixes ("b" from "<b>") they match nearly all.
_SHORTEST_PREFIX = 3


def _term(word: str, *, prefix: bool) -> str:
    quoted = _quoted(word)
    letters = sum(1 for character in word if character.isalnum())
    return quoted + "*" if prefix and letters >= _SHORTEST_PREFIX else quoted


def _quoted(word: str) -> str:
    # FTS5 reads a NUL inside a quoted term as the end of the query: "unterminated string".
    return '"' + word.replace("\x00", "").replace('"', '""') + '"'


def _with_lemmas(term: str, lemmas: Sequence[str]) -> str:
    """``term`` or any of the word's lemmas, whole (as prefixes they would find too much)."""
    others = [_quoted(lemma) for lemma in lemmas if _WORD.search(lemma)]
    return "(" + " OR ".join([term, *others]) + ")" if others else term


def match_expression(
    words: list[str],
    countries: Mapping[str, str] | None = None,
    *,
    prefix: bool = True,
    lemmas: Mapping[str, Sequence[str]] | None = None,
) -> str | None:
    """An FTS5 MATCH expression requiring every word (as a prefix); None if no word is left.

    Args:
        words: what the reader typed, split on white space.
        countries: word → alpha-3 code, for words that name a country; such a word also
            matches facts naming that country.
        prefix: each word of three letters or more also matches longer words it begins;
            False: whole words only.
        lemmas: word → its lemmas; a fact holding one of them (as a word, or among its
            lemmas) matches too.
    """
    countries = countries or {}
    lemmas = lemmas or {}
    terms = []
    for typed in words[:MAX_WORDS]:
        # FTS5 reads a NUL inside a quoted term as the end of the query: "unterminated string".
        word = typed.replace("\x00", "")
        if not _WORD.search(word):
            continue
        term = _with_lemmas(_term(word, prefix=prefix), lemmas.get(typed, ()))
        code = countries.get(typed)
        if code is not None:
            term = f'({term} OR countries : "{code}")'
        terms.append(term)
    return " AND ".join(terms) if terms else None


def match_any(
    groups: list[list[str]],
    *,
    prefix: bool = True,
    lemmas: Mapping[str, Sequence[str]] | None = None,
) -> str | None:
    """An FTS5 expression requiring, of every group, one of its words (each as a prefix, or
    with ``prefix`` False as a whole word).

    A question's word in four languages becomes a group of its forms ("гражданства":
    "гражданств", "гражданство", "citizenship"); a fact must hold one form of each word.
    """
    lemmas = lemmas or {}
    clauses = []
    for group in groups[:MAX_WORDS]:
        terms = []
        for typed in dict.fromkeys(group):
            word = typed.replace("\x00", "")
            if _WORD.search(word):
                terms.append(_term(word, prefix=prefix))
                terms += [_quoted(lemma) for lemma in lemmas.get(typed, ()) if _WORD.search(lemma)]
        terms = list(dict.fromkeys(terms))
        if terms:
            clauses.append(terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")")
    return " AND ".join(clauses) if clauses else None
