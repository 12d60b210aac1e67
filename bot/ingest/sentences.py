"""An article's text cut into sentences, each with its place in the text.

Lines and paragraphs end sentences (headlines, datelines, "Source:" lines and list items carry
no full stop); within a line, sentencex (Wikimedia's rule-based segmenter, which knows each
language's abbreviations: "тыс.", "г.", "St.") finds the ends. Offsets are kept exactly, so
every candidate fact can point at the words it came from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sentencex import segment

from bot.ingest.header import dateline_end

__all__ = ["Sentence", "body_start", "split_sentences"]

_LINE = re.compile(r"[^\n]+")
# List bullets and other furniture a line may open with.
_BULLET = re.compile(r"\s*(?:[•·▪◦‣∙*–—-]\s+)?")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its text, where it is, which paragraph it is in and whether it is a line
    of its own (a headline, a "Source:" line, a list item)."""

    start: int
    end: int
    text: str
    paragraph: int
    line_start: bool  # the first sentence of its line


# Ends sentencex keeps inside one sentence: after an acronym ("заявили в МВД. Около 30% ..."),
# and, in Kazakh, before a sentence that opens with a number ("... тұрады. 3 қазанда ...").
_ACRONYM_END = re.compile(r"\b([^\W\d_]{2,6})\.\s+(?=[^\W\d_])")
_KAZAKH_NUMBER_START = re.compile(r"(?<=[^\W\d_]{3}[.!?])\s+(?=\d)")
# "... виїхали близько 110 тис. Відтоді як ...": after a figure's abbreviated thousands or
# millions, a capitalised word (no acronym) opens the next sentence.
_SCALE_END = re.compile(
    r"\b(?:тыс|тис|млн|млрд)\.\s+(?=[A-ZА-ЯЁІЇЄҐҚҒҮҰӨҺӘ][a-zа-яёіїєґқғүұөһә'’])"
)


# A title before a name, which sentencex takes for a sentence's end: "the ministry's
# spokesman, Col. Amer Sartawi, later said".
_TITLE_END = re.compile(
    r"(?<![^\W\d_])(?:Col|Lt|Gen|Maj|Capt|Sgt|Cpl|Brig|Adm|Cmdr|Insp|Supt|Gov|Sen|Rep|Amb|"
    r"Prof|Rev)\.\s*$"
)


def _pieces(text: str, language: str) -> list[str]:
    pieces = [""]
    for piece in _cut(text, language):
        if _TITLE_END.search(pieces[-1]):
            pieces[-1] += piece
        else:
            pieces.append(piece)
    return [piece for piece in pieces if piece] or [""]


def _cut(text: str, language: str) -> list[str]:
    pieces = []
    for piece in segment(language, text):
        cuts = [
            match.end()
            for match in _ACRONYM_END.finditer(piece)
            if match[1].isupper() and piece[match.end()].isupper()
        ]
        if language == "kk":
            cuts += [match.end() for match in _KAZAKH_NUMBER_START.finditer(piece)]
        cuts += [match.end() for match in _SCALE_END.finditer(piece)]
        start = 0
        for cut in sorted(cuts):
            pieces.append(piece[start:cut])
            start = cut
        pieces.append(piece[start:])
    return pieces


def split_sentences(text: str, language: str) -> list[Sentence]:
    """The sentences of ``text``, in order; blank lines separate paragraphs."""
    sentences: list[Sentence] = []
    paragraph = 0
    previous_end = 0
    for line in _LINE.finditer(text):
        if not line.group().strip():
            continue
        # A blank line (white space only) between two lines starts a paragraph.
        if sentences and any(
            not gap.strip() for gap in text[previous_end : line.start()].split("\n")[1:-1]
        ):
            paragraph += 1
        previous_end = line.end()
        bullet = _BULLET.match(line.group())
        offset = line.start() + (bullet.end() if bullet else 0)
        first = True
        pieces = _pieces(text[offset : line.end()], language)
        opening = dateline_end(text[offset : line.end()])
        if opening and len(pieces) > 1:
            # "НЖАМЕНА. 2 қазан. Дала-Ақпарат – БҰҰ ... тіркеді.": a dateline's full stops end
            # no sentence; it opens the story's first one.
            rest = [p for p in _pieces(text[offset + opening : line.end()], language) if p.strip()]
            if rest:
                first_end = text.find(rest[0].strip(), offset + opening) + len(rest[0].strip())
                pieces = [text[offset:first_end], *rest[1:]]
        for piece in pieces:
            found = text.find(piece.strip(), offset, line.end())
            if not piece.strip() or found < 0:
                continue
            end = found + len(piece.strip())
            sentences.append(Sentence(found, end, text[found:end], paragraph, first))
            first = False
            offset = end
    return sentences


def body_start(sentences: Sequence[Sentence]) -> int:
    """The index of the first sentence of the body: headline, date and by-lines come before."""
    for index, sentence in enumerate(sentences):
        if len(sentence.text.split()) >= 8 and sentence.text.rstrip()[-1:] in '.!?"”»':
            return index
    return 0
