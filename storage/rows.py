"""The flat form of a fact: one named text field per value, as in a CSV row or ``field=value``.

Curators type it (``/addfact metric=entered ...``, ``/editfact 7 value=5000``), CSV files carry
it, and the audit log keeps it as the before and after of every change. Errors name the flat
field a curator wrote, never a nested path, and say what is wrong in a phrase the bot translates
(pydantic's own messages are mapped, by their type, to phrases of ours).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from storage.metrics import Vocabulary, vocabulary
from storage.models import Fact, FactDraft
from storage.words import N_, Phrase, Refusal, plural, say

__all__ = [
    "CONTENT_FIELDS",
    "LIFECYCLE_FIELDS",
    "FieldError",
    "RowInvalid",
    "draft_from_row",
    "field_errors",
    "merge_errors",
    "row_from_draft",
    "row_from_fact",
]

# A fact's content, in the order of a CSV file's columns.
CONTENT_FIELDS = (
    "metric", "counted", "origin", "destination", "citizenship",
    "qualifier", "value", "value_high", "period_start", "period_end", "as_of",
    "claim", "quote",
    "attributed_to", "attributed_to_kind", "attributed_to_description",
    "carried_by", "carried_by_kind", "carried_by_description",
    "publisher", "title", "author", "published_at", "url",
)  # fmt: skip
# Who and when: written by export, and read back by import so a round trip keeps them.
LIFECYCLE_FIELDS = (
    "id", "status", "retraction_reason", "version",
    "created_at", "created_by", "updated_at", "updated_by",
)  # fmt: skip

_SOURCE_ROLES = ("attributed_to", "carried_by")
_DEFAULT_KINDS = {"attributed_to": "person", "carried_by": "outlet"}
# Nested model paths → the flat field a curator writes.
_FLAT_NAMES: dict[tuple[str, ...], str] = {
    ("figure", "qualifier"): "qualifier",
    ("figure", "value"): "value",
    ("figure", "high"): "value_high",
    ("figure",): "value",
    **{("citation", role, "name"): role for role in _SOURCE_ROLES},
    **{("citation", role, "kind"): f"{role}_kind" for role in _SOURCE_ROLES},
    **{("citation", role, "description"): f"{role}_description" for role in _SOURCE_ROLES},
    **{("citation", "document", name): name for name in ("title", "author", "published_at")},
    ("citation", "document", "publisher"): "publisher",
    ("citation", "document", "url"): "url",
    ("citation", "document"): "published_at",
    ("citation",): "publisher",
}

CountryResolver = Callable[[str], str | None]


@dataclass(frozen=True)
class FieldError:
    """One thing wrong with one field: ``phrase`` says what, for the curator's language."""

    field: str
    phrase: Phrase

    @property
    def reason(self) -> str:
        """What is wrong, in English."""
        return str(self.phrase)


class RowInvalid(ValueError):
    """A flat fact that does not validate; ``errors`` names each bad field."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{error.field}: {error.reason}" for error in errors))
        self.errors = errors


def _present(row: Mapping[str, Any], name: str) -> str | None:
    value = row.get(name)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _source(row: Mapping[str, Any], role: str) -> dict[str, Any] | None:
    name = _present(row, role)
    if name is None:
        return None
    return {
        "name": name,
        "kind": _present(row, f"{role}_kind") or _DEFAULT_KINDS[role],
        "description": _present(row, f"{role}_description"),
    }


def _figure(row: Mapping[str, Any]) -> dict[str, Any] | None:
    value = _present(row, "value")
    qualifier = _present(row, "qualifier")
    if value is None and qualifier is None:
        return None
    return {
        "qualifier": qualifier or "exact",
        "value": value.replace(",", "").replace("_", "") if value else value,
        "high": (_present(row, "value_high") or "").replace(",", "") or None,
    }


# What the date and time parsers of pydantic say is wrong with a value ("{error}" of its
# messages), as phrases for the curator; any other is shown as it is.
_PARSING_ERRORS = {
    text: Phrase(text)
    for text in (
        N_("input is too short"),
        N_("input is too long"),
        N_("unexpected extra characters at the end of the input"),
        N_("invalid datetime separator, expected `T`, `t`, `_` or space"),
        N_("invalid date separator, expected `-`"),
        N_("invalid character in year"),
        N_("invalid character in month"),
        N_("invalid character in day"),
        N_("invalid time separator, expected `:`"),
        N_("invalid character in hour"),
        N_("invalid character in minute"),
        N_("invalid character in second"),
        N_("invalid character in second fraction"),
        N_("invalid timezone sign"),
        N_("invalid timezone hour"),
        N_("invalid timezone minute"),
        N_("timezone minute value is outside expected range of 0-59"),
        N_("timezone offset must be less than 24 hours"),
        N_("month value is outside expected range of 1-12"),
        N_("day value is outside expected range"),
        N_("hour value is outside expected range of 0-23"),
        N_("minute value is outside expected range of 0-59"),
        N_("second value is outside expected range of 0-59"),
        N_("second fraction value is more than 6 digits long"),
        N_("second fraction digits missing after `.`"),
        N_("dates before 0000 are not supported as unix timestamps"),
        N_("dates after 9999 are not supported as unix timestamps"),
        N_("Timestamp is not an exact date"),
    )
}
# Pydantic's messages with no values, by error type.
_MESSAGES = {
    "int_parsing": say("Input should be a valid integer, unable to parse string as an integer"),
    "int_from_float": say("Input should be a valid integer, got a number with a fractional part"),
    "int_type": say("Input should be a valid integer"),
    "string_type": say("Input should be a valid string"),
    "date_type": say("Input should be a valid date"),
    "datetime_type": say("Input should be a valid datetime"),
    "date_from_datetime_inexact": say(
        "Datetimes provided to dates should have zero time - e.g. be exact dates"
    ),
    "dict_type": say("Input should be a valid dictionary"),
    "extra_forbidden": say("Extra inputs are not permitted"),
}


def _choices(expected: str) -> Phrase:
    # Pydantic lists an enum's values as "'a', 'b' or 'c'": the values stay, the words change.
    choices, separator, last = expected.rpartition(" or ")
    if not separator:
        return say("Input should be {expected}", expected=expected)
    return say("Input should be {choices} or {last}", choices=choices, last=last)


def _parsing(kind: str, detail: object) -> Phrase:
    error = _PARSING_ERRORS.get(str(detail)) or Phrase(str(detail))
    match kind:
        case "date_parsing":
            return say(
                "Input should be a valid date in the format YYYY-MM-DD, {error}", error=error
            )
        case "date_from_datetime_parsing":
            return say("Input should be a valid date or datetime, {error}", error=error)
        case "datetime_parsing":
            return say("Input should be a valid datetime, {error}", error=error)
        case _:
            return say("Input should be a valid datetime or date, {error}", error=error)


def _phrase_of(error: Any) -> Phrase:
    """Pydantic's error as a phrase of ours, by its type; its own English if we have none."""
    kind, context = error["type"], error.get("ctx") or {}
    if kind in _MESSAGES:
        return _MESSAGES[kind]
    match kind:
        case "greater_than_equal":
            return say("Input should be greater than or equal to {ge}", ge=str(context["ge"]))
        case "less_than_equal":
            return say("Input should be less than or equal to {le}", le=str(context["le"]))
        case "string_too_long":
            return plural(
                "String should have at most {count} character",
                "String should have at most {count} characters",
                int(context["max_length"]),
            )
        case "string_too_short":
            return plural(
                "String should have at least {count} character",
                "String should have at least {count} characters",
                int(context["min_length"]),
            )
        case "enum":
            return _choices(str(context["expected"]))
        case "model_type":
            return say(
                "Input should be a valid dictionary or instance of {class_name}",
                class_name=str(context["class_name"]),
            )
        case (
            "date_parsing"
            | "date_from_datetime_parsing"
            | "datetime_parsing"
            | "datetime_from_date_parsing"
        ):
            return _parsing(kind, context.get("error", ""))
    return Phrase(str(error["msg"]).removeprefix("Value error, "))


def _field_of(error: Any) -> tuple[str, Phrase]:
    location = tuple(part for part in error["loc"] if isinstance(part, str))
    refusal = (error.get("ctx") or {}).get("error")
    if error["type"] == "missing" or error.get("input", "") is None:
        reason = say("is required")
    elif isinstance(refusal, Refusal):
        reason = refusal.phrase
        # Checks across fields name the field they blame: "period_end: ends before ...".
        if refusal.field is not None:
            location = (*location, refusal.field)
    else:
        reason = _phrase_of(error)
    # The longest known prefix: unions add their member's name after the field's.
    for end in range(len(location), 0, -1):
        prefix = location[:end]
        if prefix in _FLAT_NAMES:
            return _FLAT_NAMES[prefix], reason
        if end == 1 and prefix[0] in CONTENT_FIELDS:
            return prefix[0], reason
    return "row", reason


def field_errors(error: ValidationError) -> list[FieldError]:
    """A validation error of a fact (nested or flat) as errors of flat fields."""
    return [FieldError(*_field_of(item)) for item in error.errors()]


def merge_errors(*groups: list[FieldError]) -> list[FieldError]:
    """The errors of several checks, the first for each field only."""
    merged: dict[str, FieldError] = {}
    for group in groups:
        for error in group:
            merged.setdefault(error.field, error)
    return list(merged.values())


def draft_from_row(
    row: Mapping[str, Any],
    *,
    resolve_country: CountryResolver | None = None,
    metrics: Vocabulary | None = None,
) -> FactDraft:
    """Validate a flat fact (CSV row, ``field=value`` pairs) into a draft.

    Args:
        row: field name → text; unknown fields are refused, blank ones mean "not given".
        resolve_country: turns a country name or code into alpha-3 (None if unknown);
            without it, countries must be alpha-3 codes.
        metrics: the vocabulary its metric must be in (a store's); by default every metric
            the stores opened in this process know.

    Raises:
        RowInvalid: naming each bad field and why.
    """
    unknown = sorted(set(row) - set(CONTENT_FIELDS) - set(LIFECYCLE_FIELDS))
    errors = [FieldError(name, say("is not a fact field")) for name in unknown]
    countries: dict[str, str | None] = {}
    for name in ("origin", "destination", "citizenship"):
        text = _present(row, name)
        code = resolve_country(text) if text and resolve_country else text
        if text and code is None:
            errors.append(FieldError(name, say("{text} is not a country I know", text=repr(text))))
        countries[name] = code
    document = {
        "publisher": _present(row, "publisher"),
        "title": _present(row, "title"),
        "author": _present(row, "author"),
        "published_at": _present(row, "published_at"),
        "url": _present(row, "url"),
    }
    data = {
        "metric": _present(row, "metric"),
        "counted": _present(row, "counted"),
        **countries,
        "figure": _figure(row),
        "period_start": _present(row, "period_start"),
        "period_end": _present(row, "period_end"),
        "as_of": _present(row, "as_of"),
        "claim": _present(row, "claim"),
        "quote": _present(row, "quote"),
        "citation": {
            "attributed_to": _source(row, "attributed_to"),
            "carried_by": _source(row, "carried_by"),
            "document": document,
        },
    }
    try:
        draft = FactDraft.model_validate(data)
    except ValidationError as error:
        raise RowInvalid(merge_errors(errors, field_errors(error))) from None
    try:
        (metrics or vocabulary()).check(draft)
    except Refusal as refusal:
        errors.append(FieldError(refusal.field or "metric", refusal.phrase))
    if errors:
        raise RowInvalid(errors)
    return draft


def row_from_draft(draft: FactDraft) -> dict[str, str]:
    """The flat form of a draft: every content field, "" where not given."""
    figure = draft.figure
    document = draft.citation.document
    row = {
        "metric": draft.metric,
        "counted": draft.counted,
        "origin": draft.origin or "",
        "destination": draft.destination or "",
        "citizenship": draft.citizenship or "",
        "qualifier": figure.qualifier.value if figure else "",
        "value": str(figure.value) if figure else "",
        "value_high": str(figure.high) if figure and figure.high is not None else "",
        "period_start": draft.period_start.isoformat() if draft.period_start else "",
        "period_end": draft.period_end.isoformat() if draft.period_end else "",
        "as_of": draft.as_of.isoformat() if draft.as_of else "",
        "claim": draft.claim,
        "quote": draft.quote,
        "publisher": document.publisher,
        "title": document.title,
        "author": document.author or "",
        "published_at": document.published_at.isoformat(),
        "url": document.url or "",
    }
    for role in _SOURCE_ROLES:
        source = getattr(draft.citation, role)
        row[role] = source.name if source else ""
        row[f"{role}_kind"] = source.kind.value if source else ""
        row[f"{role}_description"] = (source.description or "") if source else ""
    return {name: row[name] for name in CONTENT_FIELDS}


def row_from_fact(fact: Fact) -> dict[str, str]:
    """The flat form of a stored fact: its content, then its lifecycle."""
    return row_from_draft(fact) | {
        "id": str(fact.id),
        "status": fact.status.value,
        "retraction_reason": fact.retraction_reason or "",
        "version": str(fact.version),
        "created_at": fact.created_at.isoformat(),
        "created_by": fact.created_by,
        "updated_at": fact.updated_at.isoformat(),
        "updated_by": fact.updated_by,
    }
