"""A reader's question → what it asks: places, citizenship, direction, topic, period, words.

Pure: no Telegram, no store. "Сколько россиян въехало в Казахстан 3 октября?" reads as
citizenship RUS, into KAZ, on 3 October (any year), a count asked for; "will Kazakhstan
extradite draft dodgers" as the topic extradition, naming KAZ. What no dictionary or lexicon
places stays as words, for a full-text search.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.language.dates import AskedPeriod, find_period, find_span_hint
from bot.language.figures import find_figures
from bot.language.lemmas import forms, russian_or_ukrainian
from bot.language.places import Place, find_places, read_places
from bot.language.text import RUSSIAN_LETTERS, detect_language, kazakh_fold, normalise, words
from bot.language.tokens import (
    SHORTEST_TYPO,
    Token,
    fix_typo,
    is_name,
    match_lexicon,
    search_terms,
)
from bot.language.topics import TOPICS

__all__ = ["Place", "Question", "read_question"]

# Questions longer than this are read from their start: no question needs more.
_LONGEST = 500
_KAZAKH_WORDS = frozenset(
    {"канша", "неше", "кандай", "калай", "кайда", "кашан", "туралы", "жатыр", "ма", "ме", "неге"}
)
# Words that join two questions in one: "how many came and how many left".
_CONJUNCTIONS = frozenset({"and", "or", "и", "или", "а", "і", "й", "та", "або", "жане", "мен"})


@dataclass(frozen=True)
class Question:
    """What a question asks, as far as it can be read."""

    language: str
    places: tuple[Place, ...] = ()
    citizenship: str | None = None
    direction: str | None = None  # "into", "out", or None (none named, or both)
    both_directions: bool = False
    topics: tuple[str, ...] = ()
    period: AskedPeriod | None = None
    span_days: int | None = None
    figures: tuple[int, ...] = ()
    how_many: bool = False
    flow: bool = False
    # "what did X say": the answer must come from X.
    speech: bool = False
    greeting: bool = False
    # Words no lexicon placed, each with the forms a fact may hold it in (for search).
    words: tuple[str, ...] = ()
    search_terms: tuple[tuple[str, ...], ...] = field(default=(), compare=False)
    # Which of those words name someone ("Tokayev", "Ахметжанов"): typed with a capital
    # inside the question, known to the dictionary as a name, or the one who speaks in "what
    # did tokayev say".
    names: tuple[bool, ...] = field(default=(), compare=False)

    @property
    def required_topics(self) -> tuple[str, ...]:
        """Topics a fact must be about to answer; "after mobilisation" beside a movement is
        only its context."""
        return tuple(name for name in self.topics if not (self.flow and TOPICS[name].context))

    @property
    def empty(self) -> bool:
        """Nothing was read: no place, topic, direction, period, figure or word."""
        return not (
            self.places or self.citizenship or self.direction or self.both_directions
            or self.topics or self.period or self.figures or self.words or self.flow
        )  # fmt: skip

    def reading(self) -> dict[str, object]:
        """The reading as log fields: no word the reader typed, only what it was read as."""
        return {
            "language": self.language,
            "places": [f"{place.code}:{place.role or '-'}" for place in self.places],
            "citizenship": self.citizenship,
            "direction": "both" if self.both_directions else self.direction,
            "topics": list(self.topics),
            "period": self.period.kind if self.period else None,
            "figures": len(self.figures),
            "words": len(self.words),
        }


# Words that make a clause a question: "what did X say", "что сказал X", "X не деді".
_QUESTION_WORDS = frozenset(
    {"what", "how", "did", "does", "что", "как", "ли", "що", "як", "чи", "не", "кандай",
     "калай", "ма", "ме"}
)  # fmt: skip
# "Who said ...?" names nobody: it asks who.
_WHO = frozenset({"who", "whom", "кто", "хто", "ким"})


def _speaker_beside(clause: list[Token], position: int, step: int) -> Token | None:
    """The first word from the verb of saying outward, past stop words: who said it, if it
    is a word no lexicon placed."""
    other = position + step
    while 0 <= other < len(clause):
        token = clause[other]
        if token.concepts - {"stop"} or token.country or token.demonym:
            return None
        if not token.concepts:
            return token
        other += step
    return None


def _speakers(tokens: list[Token], language: str) -> list[Token]:
    """Who is asked about in "what did tokayev say", "что сказал токаев", "тоқаев не деді"."""
    found: list[Token] = []
    start = 0
    for end in range(1, len(tokens) + 1):
        if end < len(tokens) and not tokens[end].word.opens:
            continue
        clause, start = tokens[start:end], end
        folded = {kazakh_fold(token.word.folded) for token in clause}
        if folded & _WHO or not folded & _QUESTION_WORDS:
            continue
        for position, token in enumerate(clause):
            if "speech" not in token.concepts:
                continue
            # Russian and Ukrainian put the speaker on either side of the verb.
            for step in (-1, 1) if language in {"ru", "uk"} else (-1,):
                speaker = _speaker_beside(clause, position, step)
                if speaker is not None:
                    found.append(speaker)
    return found


def _joined(tokens: list[Token]) -> bool:
    """Whether two movements are asked about together: a conjunction between them, or a
    Kazakh converb ("келіп ... кетті": came and left)."""
    moving = [n for n, token in enumerate(tokens) if token.concepts & {"into", "out"}]
    first, last = moving[0], moving[-1]
    if kazakh_fold(tokens[first].word.folded).endswith(("ып", "ип", "п")):
        return True
    return any(token.word.folded in _CONJUNCTIONS for token in tokens[first:last])


def read_question(text: str) -> Question:
    """Read a free-text question in English, Russian, Ukrainian or Kazakh.

    Args:
        text: what the reader sent, as typed.

    Returns:
        What it asks; ``Question.empty`` when nothing in it could be read.
    """
    normal, folded = normalise(text[:_LONGEST])
    # Dates and periods are read on the text as a Russian keyboard types Kazakh.
    flat = kazakh_fold(folded)
    period, blanked = find_period(flat)
    figures, blanked = find_figures(blanked)
    # What dates and figures took is blanked in the text as typed too; its capitals stay,
    # for telling names ("Tokayev") from words.
    kept = "".join(" " if b == " " else c for c, b in zip(normal, blanked, strict=True))
    typed = words(kept)
    kazakh_hits = sum(1 for word in typed if kazakh_fold(word.folded) in _KAZAKH_WORDS)
    language = detect_language([word.folded for word in typed], kazakh_hits)
    if language == "ru" and not any(letter in RUSSIAN_LETTERS for letter in folded):
        # No letter says Russian: "хто казав про 300 тисяч" is Ukrainian by its words.
        language = russian_or_ukrainian([word.folded for word in typed])
    tokens = [Token(word, forms(word.folded, language)) for word in typed]
    match_lexicon(tokens)
    find_places(tokens, language)
    for token in tokens:
        if token.country or token.demonym or token.city:
            continue
        unknown = not token.forms.known or token.word.folded.isascii()
        if not token.concepts and len(token.word.folded) >= SHORTEST_TYPO and unknown:
            fix_typo(token)

    unique_places, citizenship = read_places(tokens, language)

    for position, token in enumerate(tokens[:-1]):
        if "regardless" in token.concepts:
            following = tokens[position + 1]
            following.concepts = {c for c in following.concepts if not c.startswith("topic:")}
            following.used = True
    concepts = set().union(*(token.concepts for token in tokens)) if tokens else set()
    into, out = "into" in concepts, "out" in concepts
    both = (into and out and _joined(tokens)) or "both" in concepts
    if into and out and not both:
        # "went back out after coming in": the first movement named is the one asked about.
        first = next(token for token in tokens if token.concepts & {"into", "out"})
        into, out = "into" in first.concepts, "out" in first.concepts
    topics = tuple(name for name in TOPICS if f"topic:{name}" in concepts)
    speakers = _speakers(tokens, language)
    content = [
        token
        for token in tokens
        if not token.concepts and not token.country and not token.demonym and not token.used
        and not token.word.folded.isdecimal()
    ]  # fmt: skip
    return Question(
        language=language,
        places=unique_places,
        citizenship=citizenship,
        direction=None if into == out else ("into" if into else "out"),
        both_directions=both,
        topics=topics,
        period=period,
        span_days=find_span_hint(flat),
        figures=tuple(figures),
        how_many="how_many" in concepts,
        flow=into or out or both or "flow" in concepts,
        speech="speech" in concepts,
        greeting="greeting" in concepts,
        words=tuple(token.word.folded for token in content),
        search_terms=tuple(search_terms(token) for token in content),
        names=tuple(is_name(token) or token in speakers for token in content),
    )
