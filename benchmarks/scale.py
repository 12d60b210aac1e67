"""A deterministic generator of synthetic facts, as rows of the import CSV.

The same seed and count give the same file, byte for byte. Facts are spread over every ISO
3166-1 country with a long tail (a few countries are in most of the news), cite thousands of
people, organisations and outlets, and come one to five from each published document, the
way a newsroom's store fills up. Texts have the lengths of real claims and quotes, drawn from
a vocabulary whose word frequencies fall off like a language's, so a search has frequent and
rare words to look for.
"""

from __future__ import annotations

import csv
import itertools
import random
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

import pycountry

from storage.rows import CONTENT_FIELDS

__all__ = ["FREQUENT_WORD", "RARE_WORD", "countries", "generate_rows", "write_csv"]

# The countries the shipped facts are about come first: they get the most facts.
_HEADLINERS = ("RUS", "KAZ", "GEO", "ARM", "SRB", "TUR", "UZB", "KGZ", "FIN", "MNG", "ISR", "DEU")
_SYLLABLES = (
    "ka", "ra", "to", "mi", "ne", "sa", "lo", "ve", "du", "pi", "an", "or", "el", "us", "im",
    "ber", "tan", "gor", "lin", "sev", "mar", "kol", "dra", "vin", "pel",
)  # fmt: skip
_VOCABULARY = 20_000
_CORPUS_WORDS = 400_000
# One fact in this many mentions the rare word.
_RARE_ONE_IN = 50_000
# Word 0 of the vocabulary is the most frequent; the last ones appear a handful of times.
FREQUENT_WORD = "border"
RARE_WORD = "quarantined"
_METRICS = (
    ("entered", 35), ("left", 30), ("exit_refused", 5), ("citizenship_applications", 10),
    ("mobilisation_target", 2), ("mobilisation_ceiling", 1), ("statement", 17),
)  # fmt: skip
_QUALIFIERS = (
    ("exact", 40), ("more_than", 15), ("at_least", 5), ("about", 25), ("almost", 5),
    ("up_to", 5), ("range", 5),
)  # fmt: skip
_METRIC_NAMES = [name for name, _ in _METRICS]
_METRIC_WEIGHTS = list(itertools.accumulate(weight for _, weight in _METRICS))
_QUALIFIER_NAMES = [name for name, _ in _QUALIFIERS]
_QUALIFIER_WEIGHTS = list(itertools.accumulate(weight for _, weight in _QUALIFIERS))
_COUNTED = ("Russian citizens", "people", "foreign nationals", "applications", "men", "travellers")
_FIRST = ("Anna", "Ivan", "Dana", "Timur", "Olga", "Nurlan", "Maria", "Arman", "Elena", "Giorgi")
_LAST = ("Petrova", "Sadykov", "Beridze", "Ivanov", "Abenova", "Smirnov", "Grigoryan", "Kim")
_EPOCH = date(2015, 1, 1)
_DAYS = 3650
_Item = TypeVar("_Item")


def countries() -> list[str]:
    """Every ISO 3166-1 alpha-3 code, the headliners first, then the rest in code order."""
    rest = sorted(entry.alpha_3 for entry in pycountry.countries)
    return [*_HEADLINERS, *(code for code in rest if code not in _HEADLINERS)]


def _vocabulary(rng: random.Random) -> list[str]:
    words: list[str] = [FREQUENT_WORD]
    seen = set(words) | {RARE_WORD}
    while len(words) < _VOCABULARY - 1:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return [*words, RARE_WORD]


class _Pools:
    """Everything the facts draw from, made once from the seed."""

    def __init__(self, rng: random.Random) -> None:
        self.countries = countries()
        # Zipf-like: the n-th country is cited about 1/n**0.9 as often as the first.
        self.country_weights = list(
            itertools.accumulate(1 / (rank**0.9) for rank in range(1, len(self.countries) + 1))
        )
        self.words = _vocabulary(rng)
        self.word_weights = [1 / rank for rank in range(1, len(self.words) + 1)]
        # Word frequencies fall off as 1/rank, as in a language; the rarest word is left out
        # of the corpus and put into a few facts by hand.
        self.corpus = " ".join(
            rng.choices(self.words[:-1], weights=self.word_weights[:-1], k=_CORPUS_WORDS)
        )
        self.people = [
            (f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {number}", "person", _role(rng))
            for number in range(4000)
        ]
        self.organisations = [
            (f"{self._title(rng, 2)} Agency {number}", "organisation", None)
            for number in range(600)
        ]
        self.outlets = [
            (f"{self._title(rng, 1)}.news {number}", "outlet", None) for number in range(1500)
        ]

    def _title(self, rng: random.Random, count: int) -> str:
        return " ".join(word.capitalize() for word in rng.sample(self.words[:3000], count))


def _role(rng: random.Random) -> str | None:
    roles = ("minister", "spokesperson", "border official", "analyst", "governor", None)
    return rng.choice(roles)


# random.Random's choice and randrange cost a microsecond each, and a fact takes dozens.
def _below(rng: random.Random, bound: int) -> int:
    return int(rng.random() * bound)


def _pick(rng: random.Random, items: Sequence[_Item]) -> _Item:
    return items[int(rng.random() * len(items))]


def _text(rng: random.Random, pools: _Pools, low: int, high: int) -> str:
    # A slice of the corpus, from a word's start to a word's end: cheap, and its words keep
    # the corpus's frequencies.
    corpus = pools.corpus
    start = corpus.find(" ", _below(rng, len(corpus) - high - 50)) + 1
    end = corpus.rfind(" ", start, start + low + _below(rng, high - low))
    return corpus[start].upper() + corpus[start + 1 : end]


# Every day a fact or document may name, as ISO text, made once.
_DAYS_ISO = [(_EPOCH + timedelta(days=offset)).isoformat() for offset in range(_DAYS + 200)]


def _fact(rng: random.Random, pools: _Pools, document: dict[str, str]) -> dict[str, str]:
    chance = rng.random
    metric = rng.choices(_METRIC_NAMES, cum_weights=_METRIC_WEIGHTS)[0]
    origin, destination = rng.choices(pools.countries, cum_weights=pools.country_weights, k=2)
    row = dict.fromkeys(CONTENT_FIELDS, "")
    row.update(document)
    row["metric"] = metric
    row["counted"] = _pick(rng, _COUNTED)
    if metric in ("entered", "left", "exit_refused"):
        row["origin"] = origin
        if destination != origin:
            row["destination"] = destination
    elif chance() < 0.8:
        row["destination" if metric == "citizenship_applications" else "origin"] = origin
    if chance() < 0.3:
        row["citizenship"] = origin
    if metric != "statement":
        qualifier = rng.choices(_QUALIFIER_NAMES, cum_weights=_QUALIFIER_WEIGHTS)[0]
        value = int(rng.lognormvariate(8, 2.5))
        row["qualifier"] = qualifier
        row["value"] = str(value)
        if qualifier == "range":
            row["value_high"] = str(value + 1 + _below(rng, max(1, value)))
    start = _below(rng, _DAYS)
    if chance() < 0.6:
        row["period_start"] = _DAYS_ISO[start]
        if chance() < 0.7:
            row["period_end"] = _DAYS_ISO[start + 1 + _below(rng, 119)]
    if not row["period_start"] or chance() < 0.3:
        row["as_of"] = _DAYS_ISO[start + _below(rng, 30)]
    row["claim"] = _text(rng, pools, 60, 250)
    row["quote"] = _text(rng, pools, 80, 700)
    if _below(rng, _RARE_ONE_IN) == 0:
        row["quote"] = f"{row['quote'][:680]} {RARE_WORD}"
    if chance() < 0.85:
        name, kind, description = _pick(
            rng, pools.people if chance() < 0.7 else pools.organisations
        )
        row["attributed_to"] = name
        row["attributed_to_kind"] = kind
        row["attributed_to_description"] = description or ""
    if chance() < 0.4:
        row["carried_by"], row["carried_by_kind"], _ = _pick(rng, pools.outlets)
    return row


def generate_rows(count: int, *, seed: int = 6) -> Iterator[dict[str, str]]:
    """``count`` facts as flat rows (the columns of ``storage.rows.CONTENT_FIELDS``).

    Args:
        count: how many facts.
        seed: the same seed gives the same facts.
    """
    rng = random.Random(seed)
    pools = _Pools(rng)
    made = 0
    number = 0
    while made < count:
        number += 1
        published = _DAYS_ISO[30 + _below(rng, _DAYS)]
        publisher = _pick(rng, pools.outlets)[0]
        if rng.random() < 0.5:
            published += f"T{_below(rng, 24):02d}:{_below(rng, 60):02d}:00+03:00"
        document = {
            "publisher": publisher,
            # The number keeps two documents of one outlet and day apart, as headlines are.
            "title": f"{_text(rng, pools, 30, 90)} ({number})",
            "author": f"{_pick(rng, _FIRST)} {_pick(rng, _LAST)}" if rng.random() < 0.6 else "",
            "published_at": published,
            "url": f"https://{publisher.split()[0].lower()}/{number}"
            if rng.random() < 0.8
            else "",
        }
        for _ in range(min(1 + _below(rng, 5), count - made)):
            yield _fact(rng, pools, document)
            made += 1


def write_csv(path: Path, count: int, *, seed: int = 6) -> None:
    """Write ``count`` generated facts to ``path`` as an import CSV (header included)."""
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(CONTENT_FIELDS)
        # Each row's values are in the order of CONTENT_FIELDS, the header's.
        writer.writerows(row.values() for row in generate_rows(count, seed=seed))
