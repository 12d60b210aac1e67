"""The fact and its provenance: what was counted, who said it, where and when it was published.

Validation lives here, so a fact is checked the same way whether it comes from the shipped seed,
a curator in the chat or an imported file. No I/O: the store turns rows into these models.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from functools import lru_cache
from typing import Annotated, Any, Self

import pycountry
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from storage.metrics import STATEMENT, MetricName
from storage.words import Phrase, Refusal, say

__all__ = [
    "Citation",
    "CountryCode",
    "Document",
    "Fact",
    "FactDraft",
    "FactStatus",
    "Figure",
    "Lifecycle",
    "Qualifier",
    "Source",
    "SourceKind",
]


class Qualifier(StrEnum):
    """How the source qualified its number; never dropped when the number is shown."""

    EXACT = "exact"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    ABOUT = "about"
    ALMOST = "almost"
    UP_TO = "up_to"
    LESS_THAN = "less_than"
    RANGE = "range"


class SourceKind(StrEnum):
    """Who a source is: a person quoted, an organisation, or an outlet that publishes."""

    PERSON = "person"
    ORGANISATION = "organisation"
    OUTLET = "outlet"


class FactStatus(StrEnum):
    """Whether readers see a fact. Retracted facts are kept, with the reason."""

    PUBLISHED = "published"
    RETRACTED = "retracted"


# Every fact read from the store checks its countries; there are only some 250 codes.
@lru_cache(maxsize=1024)
def _alpha3(code: str) -> str:
    code = code.strip().upper()
    if pycountry.countries.get(alpha_3=code) is None:
        raise Refusal(say("{code} is not an ISO 3166-1 alpha-3 country code", code=repr(code)))
    return code


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        return None
    return value


CountryCode = Annotated[str, AfterValidator(_alpha3)]
OptionalCountry = Annotated[CountryCode | None, BeforeValidator(_blank_to_none)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Description = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)
]
Title = Description
Claim = Description
Quote = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1000)]
Counted = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
Url = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


# Checks that span fields name the field they blame (Refusal's ``field``), so a curator is told
# which field to fix (see storage.rows).
class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Source(_Model):
    """A person, organisation or outlet that a fact is attributed to, carried or published by."""

    name: Name
    kind: SourceKind
    description: Annotated[Description | None, BeforeValidator(_blank_to_none)] = None


# What date.fromisoformat says of a day that is not one, as phrases for the curator.
_DAY_ERRORS = {
    "day is out of range for month": say("day is out of range for month"),
    "month must be in 1..12": say("month must be in 1..12"),
}
_YEAR_OUT_OF_RANGE = re.compile(r"year (-?[0-9]+) is out of range")


def _day_error(error: ValueError, text: str) -> Phrase:
    reason = str(error)
    if reason in _DAY_ERRORS:
        return _DAY_ERRORS[reason]
    if (year := _YEAR_OUT_OF_RANGE.fullmatch(reason)) is not None:
        return say("year {year} is out of range", year=year[1])
    if reason.startswith("Invalid isoformat string"):
        return say("Invalid isoformat string: {text}", text=repr(text))
    return Phrase(reason)


def _published_at(value: Any) -> Any:
    # A bare date must stay a date: a midnight datetime would claim a time nobody reported.
    if isinstance(value, str) and "T" not in value and " " not in value.strip():
        try:
            return date.fromisoformat(value.strip())
        except ValueError as error:
            raise Refusal(_day_error(error, value.strip())) from None
    return value


def _http_url(value: str | None) -> str | None:
    if value is not None and not value.startswith(("http://", "https://")):
        raise Refusal(say("a URL must start with http:// or https://"))
    return value


class Document(_Model):
    """A published document we read: the last link of every citation, always dated."""

    publisher: Name
    title: Title
    author: Annotated[Name | None, BeforeValidator(_blank_to_none)] = None
    published_at: Annotated[datetime | date, BeforeValidator(_published_at)]
    url: Annotated[Url | None, BeforeValidator(_blank_to_none), AfterValidator(_http_url)] = None

    @model_validator(mode="after")
    def _time_has_zone(self) -> Self:
        if isinstance(self.published_at, datetime) and self.published_at.tzinfo is None:
            raise Refusal(say("a time needs its UTC offset, e.g. +03:00"), field="published_at")
        return self


class Citation(_Model):
    """Who said it, who carried it, and the dated document in which we read it."""

    attributed_to: Source | None = None
    carried_by: Source | None = None
    document: Document


# Ten billion people: more than live on Earth.
MAX_FIGURE = 10_000_000_000


class Figure(_Model):
    """A number exactly as reported: the value and its qualifier ("more than 200,000")."""

    qualifier: Qualifier
    # Bounded below what SQLite stores in an INTEGER: no flow of people is near it, and a
    # value past it ("99999999999999999999") is refused with a message, not an overflow.
    value: int = Field(ge=0, le=MAX_FIGURE)
    high: int | None = Field(default=None, ge=0, le=MAX_FIGURE)

    @model_validator(mode="after")
    def _range_needs_high(self) -> Self:
        if self.qualifier is Qualifier.RANGE:
            if self.high is None or self.high <= self.value:
                raise Refusal(say("a range needs a high value above its low value"), field="high")
        elif self.high is not None:
            raise Refusal(say("only a range has a high value"), field="high")
        return self


class FactDraft(_Model):
    """A fact as entered, imported or shipped, before the store gives it an id and a history."""

    # A name from the store's vocabulary of metrics (storage.metrics), checked when written.
    metric: MetricName
    counted: Counted
    origin: OptionalCountry = None
    destination: OptionalCountry = None
    citizenship: OptionalCountry = None
    figure: Figure | None = None
    period_start: date | None = None
    period_end: date | None = None
    as_of: date | None = None
    claim: Claim
    quote: Quote
    citation: Citation

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.period_start is None and self.as_of is None:
            raise Refusal(
                say("a fact needs a date, a period_start or an as_of"), field="period_start"
            )
        if self.period_end is not None:
            if self.period_start is None:
                raise Refusal(say("a period_end needs a period_start"), field="period_end")
            if self.period_end < self.period_start:
                raise Refusal(say("ends before period_start"), field="period_end")
        if self.metric == STATEMENT:
            if self.figure is not None:
                raise Refusal(
                    say("a statement has no figure; choose a metric for the number"),
                    field="figure",
                )
        elif self.figure is None:
            raise Refusal(
                say("a {metric} fact needs a figure", metric=self.metric), field="figure"
            )
        return self

    @property
    def countries(self) -> frozenset[str]:
        """Every country the fact names."""
        return frozenset(
            code for code in (self.origin, self.destination, self.citizenship) if code is not None
        )

    @property
    def sort_date(self) -> date:
        """The date a fact is ordered by: when it was true, as late as it is known."""
        latest = self.as_of or self.period_end or self.period_start
        assert latest is not None  # noqa: S101 - guaranteed by _consistent
        return latest


class Lifecycle(_Model):
    """Whether readers see a fact, who made and last changed it, and how often it changed."""

    status: FactStatus = FactStatus.PUBLISHED
    retraction_reason: Annotated[Description | None, BeforeValidator(_blank_to_none)] = None
    created_at: datetime
    created_by: Name
    updated_at: datetime
    updated_by: Name
    version: int = Field(default=1, ge=1)

    @model_validator(mode="after")
    def _retraction_has_reason(self) -> Self:
        if (self.status is FactStatus.RETRACTED) != (self.retraction_reason is not None):
            raise Refusal(
                say("a retracted fact, and only one, has a reason"), field="retraction_reason"
            )
        return self


class Fact(FactDraft, Lifecycle):
    """A stored fact: its content, its id and its lifecycle."""

    id: int

    def draft(self) -> FactDraft:
        """The fact's content without its identity and lifecycle."""
        return FactDraft.model_validate(self.model_dump(include=set(FactDraft.model_fields)))

    def lifecycle(self) -> Lifecycle:
        """The fact's lifecycle without its content."""
        return Lifecycle.model_validate(self.model_dump(include=set(Lifecycle.model_fields)))
