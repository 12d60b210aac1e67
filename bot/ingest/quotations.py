"""Quotation marks in an article's sentences: what is inside them, and which sentences' figures
are direct speech.

Quotations open and close with « », “ ”, „ “ and straight quotes, and may run over several
sentences of a line ("«... жатыр. Өткен аптада 312 ...», – деді X."). A quoted name or term
(«Верхний Ларс», the "mobilisation" law) is not speech: a figure is quoted when it is inside a
quotation of several words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.ingest.sentences import Sentence

__all__ = ["direct_speech", "quotations"]

_QUOTE_MARKS = re.compile('["«»“”„]')
_DIGIT = re.compile(r"\d")
_SPEECH_WORDS = 4  # a quotation this long is speech, not a name or a term


def quotations(text: str, depth: int) -> tuple[list[tuple[int, int]], int]:
    """The spans of ``text`` inside quotation marks, and how many quotations are open after
    it, given ``depth`` open before it (whose span then starts at 0)."""
    if depth == 0 and not _QUOTE_MARKS.search(text):
        return [], 0
    spans = []
    stack = ["?"] * depth  # quotations opened in an earlier sentence, marks unknown
    start = 0 if depth else None
    for found in _QUOTE_MARKS.finditer(text):
        mark, top = found.group(), stack[-1] if stack else None
        if mark == '"':
            closes = top in {'"', "?"}
        elif mark == "“":
            closes = top in {"„", "?"}  # „...“ closes with it; English “...” opens with it
        else:
            closes = mark in "»”" and top is not None
        if closes:
            stack.pop()
            if not stack and start is not None:
                spans.append((start, found.start()))
                start = None
        else:
            if not stack:
                start = found.end()
            stack.append(mark)
    if stack and start is not None:
        spans.append((start, len(text)))
    return spans, len(stack)


def direct_speech(sentences: Sequence[Sentence]) -> list[bool]:
    """Whether each sentence's figures are direct speech: its digits inside a quotation of
    several words, or, with no digits, most of its words inside quotation marks."""
    result = []
    depth = 0
    for sentence in sentences:
        text = sentence.text
        spans, depth = quotations(text, 0 if sentence.line_start else depth)
        digits = [found.start() for found in _DIGIT.finditer(text)]
        if digits:
            speech = [
                (start, end)
                for start, end in spans
                if start == 0 or end == len(text) or len(text[start:end].split()) >= _SPEECH_WORDS
            ]
            result.append(any(start <= i < end for i in digits for start, end in speech))
        else:
            letters = sum(char.isalpha() for char in text)
            inside = sum(char.isalpha() for start, end in spans for char in text[start:end])
            result.append(inside * 2 > letters > 0)
    return result
