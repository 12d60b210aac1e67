"""A reader's question → what it asks: places, citizenship, direction, topic, period, words.

Pure: no Telegram, no store. "Сколько россиян въехало в Казахстан 3 октября?" reads as
citizenship RUS, into KAZ, on 3 October (any year), a count asked for; "will Kazakhstan
extradite draft dodgers" as the topic extradition, naming KAZ. What no dictionary or lexicon
places stays as words, for a full-text search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from babel import Locale

from bot.language.countries import question_country_code, resolve_country
from bot.language.dates import AskedPeriod, find_period, find_span_hint
from bot.language.demonyms import DEMONYMS
from bot.language.figures import find_figures
from bot.language.lemmas import Forms, forms, stem
from bot.language.lexicon import TOPICS, Entry, lexicon_index
from bot.language.text import Word, detect_language, fold, kazakh_fold, normalise, words

__all__ = ["Place", "Question", "read_question"]

# Questions longer than this are read from their start: no question needs more.
_LONGEST = 500
_KAZAKH_WORDS = frozenset(
    {"канша", "неше", "кандай", "калай", "кайда", "кашан", "туралы", "жатыр", "ма", "ме", "неге"}
)
_KAZAKH_DATIVE = re.compile(r"(?:га|ге|ка|ке|на|не|а|е)$")
_KAZAKH_ABLATIVE = re.compile(r"(?:дан|ден|тан|тен|нан|нен)$")
_KAZAKH_LOCATIVE = re.compile(r"(?:да|де|та|те|нда|нде)$")
_TYPO_SCORE = 80.0
_DEMONYM_TYPO_SCORE = 85.0
# Words that join two questions in one: "how many came and how many left".
_CONJUNCTIONS = frozenset({"and", "or", "и", "или", "а", "і", "й", "та", "або", "жане", "мен"})
_SHORTEST_TYPO = 5


@dataclass(frozen=True)
class Place:
    """A country the question names, and how: "into" it, "from" it, "in" it, or just named."""

    code: str
    role: str | None = None


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
    # inside the question, or known to the dictionary as a name.
    names: tuple[bool, ...] = field(default=(), compare=False)

    @property
    def required_topics(self) -> tuple[str, ...]:
        """Topics a fact must be about to answer (not context such as "after mobilisation")."""
        return tuple(name for name in self.topics if not TOPICS[name].context)

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


@dataclass
class _Token:
    word: Word
    forms: Forms
    concepts: set[str] = field(default_factory=set)
    phrase: str = ""
    country: str | None = None
    demonym: str | None = None
    city: str | None = None
    used: bool = False


@cache
def _cities() -> dict[str, str]:
    """City names in ru, uk and kk (CLDR's time-zone cities) → their English name."""
    found: dict[str, str] = {}
    for language in ("ru", "uk", "kk"):
        for zone, names in Locale.parse(language).time_zones.items():
            city = names.get("city")
            if city and "/" in zone:
                english = zone.rsplit("/", 1)[1].replace("_", " ").casefold()
                found.setdefault(kazakh_fold(fold(city)), english)
    return found


@cache
def _kazakh_country_names() -> dict[str, str]:
    """Kazakh and Russian country names as a Russian keyboard types them → alpha-3."""
    found: dict[str, str] = {}
    for language in ("kk", "ru"):
        territories = Locale.parse(language).territories
        for code2, name in territories.items():
            code = question_country_code(code2.casefold()) if code2.isalpha() else None
            if code:
                found.setdefault(kazakh_fold(fold(name)), code)
    return found


def _match_lexicon(tokens: list[_Token]) -> None:
    index = lexicon_index()
    position = 0
    while position < len(tokens):
        token = tokens[position]
        matched: list[Entry] = []
        for key in token.forms.keys:
            for entry in index.get(key, ()):
                if matched and len(entry.keys) < len(matched[0].keys):
                    break
                following = tokens[position + 1 : position + len(entry.keys)]
                if len(following) == len(entry.keys) - 1 and all(
                    want in later.forms.keys
                    for want, later in zip(entry.keys[1:], following, strict=True)
                ):
                    matched.append(entry)
            if matched:
                break
        if not matched:
            position += 1
            continue
        width = len(matched[0].keys)
        for offset in range(width):
            tokens[position + offset].concepts |= {entry.concept for entry in matched}
            tokens[position + offset].phrase = matched[0].phrase
        position += width


def _typo_vocabulary() -> dict[str, set[str]]:
    """Single words of the lexicon, as written and as keyed, → their concepts."""
    vocabulary: dict[str, set[str]] = {}
    for key, entries in lexicon_index().items():
        for entry in entries:
            if len(entry.keys) == 1:
                for form in (key, kazakh_fold(fold(entry.phrase))):
                    if len(form) >= _SHORTEST_TYPO - 1:
                        vocabulary.setdefault(form, set()).add(entry.concept)
    return vocabulary


_VOCABULARY: dict[str, set[str]] = {}


def _fix_typo(token: _Token) -> None:
    token.concepts |= _typo_concepts(token.word.folded)


@lru_cache(maxsize=4096)
def _typo_concepts(folded: str) -> frozenset[str]:
    """The concepts of the lexicon word ``folded`` is a typo of ("entred" → into), if any."""
    from rapidfuzz import fuzz, process

    if not _VOCABULARY:
        _VOCABULARY.update(_typo_vocabulary())
    best = process.extractOne(
        folded, list(_VOCABULARY), scorer=fuzz.ratio, score_cutoff=_TYPO_SCORE
    )
    return frozenset(_VOCABULARY[best[0]]) if best is not None else frozenset()


def _demonym_typo(token: _Token) -> str | None:
    """The people a misspelt word names ("russains"), once no country name fits it."""
    from rapidfuzz import fuzz, process

    if len(token.word.folded) < 6:
        return None
    best = process.extractOne(
        token.word.folded, list(DEMONYMS), scorer=fuzz.ratio, score_cutoff=_DEMONYM_TYPO_SCORE
    )
    return DEMONYMS[best[0]] if best is not None else None


def _demonym(token: _Token) -> str | None:
    for key in (*token.forms.keys, kazakh_fold(token.word.folded)):
        if key in DEMONYMS:
            return DEMONYMS[key]
    folded = token.word.folded
    if folded.isascii() and folded.endswith(("ians", "ans", "ian")):
        base = folded.removesuffix("s")
        for candidate in (base[:-1], base[:-3] + "e", base[:-3] + "a", base[:-2] + "a"):
            code = question_country_code(candidate) if len(candidate) >= 4 else None
            if code:
                return code
    for key in token.forms.keys:
        for suffix in ("лык", "лик", "дык", "дик", "тык", "тик"):
            if key.endswith(suffix) and len(key) > len(suffix) + 3:
                code = _kazakh_country_names().get(key.removesuffix(suffix))
                if code:
                    return code
    return None


def _country(token: _Token, language: str) -> str | None:
    for key in token.forms.keys:
        if len(key) <= 3 and not token.word.upper and key.isascii():
            continue  # "in", "us", "is": English words first, ISO codes only in capitals
        code = question_country_code(key)
        if code:
            return code
        if language == "kk" or not token.forms.known:
            code = _kazakh_country_names().get(kazakh_fold(key))
            if code:
                return code
    if len(token.word.folded) >= 6 and (not token.forms.known or token.word.folded.isascii()):
        match = resolve_country(token.word.folded)
        if match.country is not None:
            return match.country.code
    return None


def _find_places(tokens: list[_Token], language: str) -> None:
    for first in range(len(tokens) - 1):
        pair = f"{tokens[first].word.folded} {tokens[first + 1].word.folded}"
        code = question_country_code(pair)
        if code and not tokens[first].used:
            tokens[first].country = code
            tokens[first + 1].used = True
    for token in tokens:
        if token.used or token.country:
            continue
        if "stop" in token.concepts and not token.word.upper:
            continue
        if token.concepts - {"stop"}:
            continue
        token.demonym = _demonym(token)
        if token.demonym is None:
            token.country = _country(token, language)
        if token.demonym is None and token.country is None:
            token.demonym = _demonym_typo(token)
        if token.demonym is None and token.country is None and not token.word.folded.isascii():
            for key in token.forms.keys:
                if key in _cities():
                    token.city = _cities()[key]
                    break


def _role(tokens: list[_Token], position: int, language: str) -> str | None:
    token = tokens[position]
    before = tokens[position - 1].concepts if position else set()
    preposition = tokens[position - 1].word.folded if position else ""
    if "from_preposition" in before:
        # "з Грузією", "с Грузией": with, not from.
        return None if token.forms.instrumental else "from"
    if "into_preposition" in before:
        if preposition in {"в", "во", "у", "на"} and token.forms.locative:
            return "into" if token.forms.accusative else "in"
        return "into"
    folded = kazakh_fold(token.word.folded)
    bare = folded in _kazakh_country_names() or question_country_code(token.word.folded)
    if (language == "kk" or not token.forms.known) and not bare:
        if _KAZAKH_ABLATIVE.search(folded):
            return "from"
        if _KAZAKH_LOCATIVE.search(folded):
            return "in"
        if language == "kk" and _KAZAKH_DATIVE.search(folded):
            return "into"
    return None


def _near(tokens: list[_Token], position: int, concept: str, language: str) -> bool:
    # "граждан РФ", "citizens of Russia" name the country after the word; Kazakh before it
    # ("Ресей азаматы").
    for offset in (1,) if language == "kk" else (-1, -2):
        other = position + offset
        if 0 <= other < len(tokens) and concept in tokens[other].concepts:
            if abs(offset) == 2 and tokens[position + offset // 2].word.folded != "of":
                continue
            return True
    return False


def _merged(places: list[Place], citizenship: str | None) -> tuple[Place, ...]:
    """One place a country, the role the question gives it kept; the people's own country
    dropped when it is only their subject ("since Russia announced ...")."""
    roles: dict[str, str | None] = {}
    for place in places:
        if roles.get(place.code) is None:
            roles[place.code] = place.role
    merged = [Place(code, role) for code, role in roles.items()]
    if len(merged) > 1:
        merged = [p for p in merged if p.code != citizenship or p.role is not None]
    return tuple(merged)


def _joined(tokens: list[_Token]) -> bool:
    """Whether two movements are asked about together: a conjunction between them, or a
    Kazakh converb ("келіп ... кетті": came and left)."""
    moving = [n for n, token in enumerate(tokens) if token.concepts & {"into", "out"}]
    first, last = moving[0], moving[-1]
    if kazakh_fold(tokens[first].word.folded).endswith(("ып", "ип", "п")):
        return True
    return any(token.word.folded in _CONJUNCTIONS for token in tokens[first:last])


def _next_is_topic(tokens: list[_Token], position: int) -> bool:
    following = tokens[position + 1 : position + 2]
    return any(concept.startswith("topic:") for token in following for concept in token.concepts)


def _is_name(token: _Token) -> bool:
    capitalised = token.word.text[:1].isupper() and not token.word.upper
    return token.forms.name or (capitalised and not token.word.opens)


def _search_terms(token: _Token) -> tuple[str, ...]:
    terms = dict.fromkeys(key for key in token.forms.keys if len(key) >= 3)
    folded = token.word.folded
    if not folded.isascii():
        from anyascii import anyascii

        terms.setdefault(stem(folded, "russian"), None)
        # Names are stored in Latin letters: "Путина" → "putin", "Ахметжанов" → "akhmetzhanov".
        for key in token.forms.keys[:2]:
            terms.setdefault(anyascii(key).casefold(), None)
    if token.city:
        terms.setdefault(token.city, None)
    return tuple(terms) or (folded,)


def read_question(text: str) -> Question:
    """Read a free-text question in English, Russian, Ukrainian or Kazakh.

    Args:
        text: what the reader sent, as typed.

    Returns:
        What it asks; ``Question.empty`` when nothing in it could be read.
    """
    normal, folded = normalise(text[:_LONGEST])
    period, blanked = find_period(kazakh_fold(folded))
    figures, blanked = find_figures(blanked)
    # What dates and figures took is blanked in the text as typed too; its capitals stay,
    # for telling names ("Tokayev") from words.
    kept = "".join(" " if b == " " else c for c, b in zip(normal, blanked, strict=True))
    typed = words(kept)
    kazakh_hits = sum(1 for word in typed if kazakh_fold(word.folded) in _KAZAKH_WORDS)
    language = detect_language([word.folded for word in typed], kazakh_hits)
    tokens = [_Token(word, forms(word.folded, language)) for word in typed]
    _match_lexicon(tokens)
    _find_places(tokens, language)
    for token in tokens:
        if token.country or token.demonym or token.city:
            continue
        unknown = not token.forms.known or token.word.folded.isascii()
        if not token.concepts and len(token.word.folded) >= _SHORTEST_TYPO and unknown:
            _fix_typo(token)

    places: list[Place] = []
    citizenship = None
    for position, token in enumerate(tokens):
        if token.demonym:
            if position and "ethnic" in tokens[position - 1].concepts:
                continue
            if token.forms.adjective and _next_is_topic(tokens, position):
                places.append(Place(token.demonym, None))
            else:
                citizenship = citizenship or token.demonym
        elif token.country:
            if _near(tokens, position, "citizen", language):
                citizenship = citizenship or token.country
            else:
                places.append(Place(token.country, _role(tokens, position, language)))
    unique_places = _merged(places, citizenship)

    for position, token in enumerate(tokens[:-1]):
        if "regardless" in token.concepts:
            following = tokens[position + 1]
            following.concepts = {c for c in following.concepts if not c.startswith("topic:")}
            following.used = True
    concepts = set().union(*(token.concepts for token in tokens)) if tokens else set()
    into, out = "into" in concepts, "out" in concepts
    both = into and out and _joined(tokens)
    if into and out and not both:
        # "went back out after coming in": the first movement named is the one asked about.
        first = next(token for token in tokens if token.concepts & {"into", "out"})
        into, out = "into" in first.concepts, "out" in first.concepts
    topics = tuple(name for name in TOPICS if f"topic:{name}" in concepts)
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
        span_days=find_span_hint(kazakh_fold(folded)),
        figures=tuple(figures),
        how_many="how_many" in concepts,
        flow=into or out or "flow" in concepts,
        speech="speech" in concepts,
        greeting="greeting" in concepts,
        words=tuple(token.word.folded for token in content),
        search_terms=tuple(_search_terms(token) for token in content),
        names=tuple(_is_name(token) for token in content),
    )
