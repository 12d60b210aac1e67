"""The vocabulary of metrics: what a fact can be about, as data curators extend.

A metric is a name facts carry ("entered", "deported"), its labels in the bot's four languages,
and the direction people it counts move in: into the destination, out of the origin, or
neither (applications, a mobilisation target). Flows are the metrics with a direction; /flows,
the questions and the timelines read them from here, never from a list in code.

The store keeps the vocabulary in its ``metrics`` table (migrations 0009 and 0016 hold the
built-in rows, which must equal ``BUILT_IN``). Each store checks the facts written to it
against its own vocabulary; rendering, which never reads the store, looks labels up in the
process's vocabulary (``vocabulary()``), to which every store opened in the process adds its
metrics, as gettext catalogs are one per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints

from storage.words import Refusal, say

if TYPE_CHECKING:
    from storage.models import FactDraft

__all__ = [
    "BUILT_IN",
    "STATEMENT",
    "Direction",
    "MetricKind",
    "MetricLabels",
    "MetricName",
    "Vocabulary",
    "learn",
    "metric_kind",
    "vocabulary",
]

# A reported claim with no figure (a policy, an event); its claim and quote say it all.
STATEMENT = "statement"

_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")


def _metric_name(value: str) -> str:
    name = value.strip().lower()
    if _NAME.fullmatch(name) is None:
        raise Refusal(
            say(
                "{name} is not a metric name: up to 40 lower-case Latin letters, digits and _, "
                "e.g. asylum_applications",
                name=repr(value),
            )
        )
    return name


MetricName = Annotated[str, AfterValidator(_metric_name)]
Label = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]


class Direction(StrEnum):
    """Which way the people a metric counts move across a border."""

    INTO = "into"
    OUT = "out"
    NONE = "none"


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class MetricLabels(_Model):
    """What a metric is called in each language the bot writes."""

    en: Label
    ru: Label
    uk: Label
    kk: Label


class MetricKind(_Model):
    """One metric: its name, the direction it counts, and its labels."""

    name: MetricName
    direction: Direction
    labels: MetricLabels

    @property
    def flow(self) -> bool:
        """Whether it counts people crossing a border one way."""
        return self.direction is not Direction.NONE

    def label(self, language: str) -> str:
        """Its label in ``language``; English for a language the bot does not write."""
        return str(getattr(self.labels, language, self.labels.en))


def metric_kind(name: str, direction: str, en: str, ru: str, uk: str, kk: str) -> MetricKind:
    """A metric from its name, direction and its labels in en, ru, uk and kk."""
    return MetricKind(
        name=name,
        direction=Direction(direction),
        labels=MetricLabels(en=en, ru=ru, uk=uk, kk=kk),
    )


# The rows migrations 0009 and 0016 write, in their order.
BUILT_IN: tuple[MetricKind, ...] = (
    metric_kind("entered", "into", "entered", "въезд", "в'їзд", "кіргендер"),
    metric_kind("left", "out", "left", "выезд", "виїзд", "кеткендер"),
    metric_kind("exit_refused", "none", "refused exit", "отказ в выезде", "відмови у виїзді",
          "шығуға рұқсат етілмегендер"),
    metric_kind("citizenship_applications", "none", "citizenship applications",
          "заявления на гражданство", "заяви на громадянство", "азаматтыққа өтініштер"),
    metric_kind("mobilisation_target", "none", "mobilisation target", "план мобилизации",
          "план мобілізації", "жұмылдыру жоспары"),
    metric_kind("mobilisation_ceiling", "none", "mobilisation ceiling", "предел мобилизации",
          "верхня межа мобілізації", "жұмылдырудың жоғарғы шегі"),
    metric_kind(STATEMENT, "none", "statement", "заявление", "заява", "мәлімдеме"),
    metric_kind("deported", "out", "deported", "депортация", "депортація", "депортацияланғандар"),
    metric_kind("returned", "into", "returned", "возвращение", "повернення", "оралғандар"),
    metric_kind("asylum_applications", "none", "asylum applications", "заявления об убежище",
          "заяви про притулок", "баспана сұраған өтініштер"),
    metric_kind("refugees_registered", "none", "refugees registered", "зарегистрированные беженцы",
          "зареєстровані біженці", "тіркелген босқындар"),
    metric_kind("crossings", "none", "border crossings", "пересечения границы", "перетини кордону",
          "шекарадан өтулер"),
    # Migration 0016: people turned away at a border never entered.
    metric_kind("entry_refused", "none", "refused entry", "отказ во въезде", "відмови у в'їзді",
          "кіруге рұқсат етілмегендер"),
)  # fmt: skip


class Vocabulary:
    """Metrics by name, in the order topics are listed."""

    def __init__(self, kinds: Iterable[MetricKind]) -> None:
        self._kinds = {kind.name: kind for kind in kinds}
        self.flows = frozenset(name for name, kind in self._kinds.items() if kind.flow)

    def __iter__(self) -> Iterator[MetricKind]:
        return iter(self._kinds.values())

    def __contains__(self, name: object) -> bool:
        return name in self._kinds

    def __len__(self) -> int:
        return len(self._kinds)

    def get(self, name: str) -> MetricKind | None:
        """The metric called ``name``, or None."""
        return self._kinds.get(name)

    def direction(self, name: str) -> Direction:
        """The direction ``name`` counts; none for a metric this vocabulary does not know."""
        kind = self._kinds.get(name)
        return Direction.NONE if kind is None else kind.direction

    def label(self, name: str, language: str) -> str:
        """What ``name`` is called in ``language``; the name itself, spaced, if unknown."""
        kind = self._kinds.get(name)
        return name.replace("_", " ") if kind is None else kind.label(language)

    def with_kind(self, kind: MetricKind) -> Vocabulary:
        """This vocabulary with ``kind`` added, or put in place of its namesake."""
        return Vocabulary([*(k for k in self if k.name != kind.name), kind])

    def check(self, draft: FactDraft) -> None:
        """Refuse a fact whose metric is not known, or a flow that names no country.

        Raises:
            Refusal: naming the field to fix.
        """
        kind = self._kinds.get(draft.metric)
        if kind is None:
            raise Refusal(
                say(
                    "{metric} is not a known metric; known: {known}",
                    metric=repr(draft.metric),
                    known=", ".join(repr(name) for name in self._kinds),
                ),
                field="metric",
            )
        if kind.flow and draft.origin is None and draft.destination is None:
            raise Refusal(
                say("a flow needs an origin or a destination country"), field="destination"
            )


_process_vocabulary = Vocabulary(BUILT_IN)


def vocabulary() -> Vocabulary:
    """Every metric the stores opened in this process know, for labels and directions."""
    return _process_vocabulary


def learn(kinds: Iterable[MetricKind]) -> None:
    """Add ``kinds`` to the process's vocabulary (a store opened, a curator added one)."""
    global _process_vocabulary  # one vocabulary per process, as catalogs are
    merged = _process_vocabulary
    for kind in kinds:
        if merged.get(kind.name) != kind:
            merged = merged.with_kind(kind)
    _process_vocabulary = merged
