"""The flat form of a fact: round trips, and refusals that name the field a curator wrote."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
from babel.messages.extract import extract_from_dir
from pydantic import ValidationError

from bot.language.countries import country_code
from storage import FactDraft, Lifecycle, RowInvalid, draft_from_row, load_seed, row_from_draft
from storage.rows import field_errors
from storage.words import Phrase
from tests.factories import draft_data, make_draft

ROOT = Path(__file__).parents[2]


def _refused(**changes: str) -> dict[str, str]:
    row = row_from_draft(make_draft()) | changes
    with pytest.raises(RowInvalid) as caught:
        draft_from_row(row, resolve_country=country_code)
    return {error.field: error.reason for error in caught.value.errors}


def test_every_seed_fact_survives_the_flat_form():
    for draft in load_seed():
        assert draft_from_row(row_from_draft(draft)) == draft


def test_country_names_resolve_and_separators_are_allowed():
    row = row_from_draft(make_draft()) | {"origin": "Россия", "value": "50,000"}
    draft = draft_from_row(row, resolve_country=country_code)
    assert draft.origin == "RUS"
    assert draft.figure is not None
    assert draft.figure.value == 50_000


@pytest.mark.parametrize(
    ("changes", "field", "reason"),
    [
        ({"published_at": ""}, "published_at", "is required"),
        ({"publisher": ""}, "publisher", "is required"),
        ({"published_at": "2022-02-30"}, "published_at", "day is out of range"),
        ({"period_start": "2022-02-30"}, "period_start", "day value is outside"),
        ({"period_end": "2022-09-01"}, "period_end", "ends before period_start"),
        ({"period_start": "", "period_end": "", "as_of": ""}, "period_start", "needs a date"),
        ({"value": "-5"}, "value", "greater than or equal to 0"),
        ({"value": "many"}, "value", "valid integer"),
        ({"destination": "Atlantis"}, "destination", "'Atlantis' is not a country I know"),
        ({"claim": "x" * 301}, "claim", "at most 300 characters"),
        ({"qualifier": "range"}, "value_high", "a range needs a high value"),
        ({"metric": "rumour"}, "metric", "'rumour' is not a known metric; known: 'entered',"),
        ({"metric": "Deport ed"}, "metric", "'Deport ed' is not a metric name"),
        ({"url": "javascript:alert(1)"}, "url", "http:// or https://"),
        ({"attributed_to_kind": "alien"}, "attributed_to_kind", "Input should be"),
        ({"colour": "red"}, "colour", "is not a fact field"),
    ],
)
def test_each_bad_field_is_named_with_its_reason(changes, field, reason):
    errors = _refused(**changes)
    assert field in errors, errors
    assert reason in errors[field]


def test_several_bad_fields_are_all_named():
    errors = _refused(value="-1", destination="Atlantis", published_at="")
    assert set(errors) == {"value", "destination", "published_at"}


@cache
def _storage_message_ids() -> frozenset[str]:
    """The message ids storage's code marks for the catalogs (as ``pybabel extract`` does)."""
    keywords = {"say": None, "plural": (1, 2), "N_": None}
    found = extract_from_dir(ROOT / "storage", [("**.py", "python")], keywords=keywords)
    return frozenset(
        message if isinstance(message, str) else message[0] for _, _, message, _, _ in found
    )


def _unmarked(phrase: Phrase) -> list[str]:
    """The message ids of a phrase and the phrases in it that no catalog would hold."""
    missing = [] if phrase.message in _storage_message_ids() else [phrase.message]
    for value in phrase.params.values():
        if isinstance(value, Phrase):
            missing += _unmarked(value)
    return missing


def _draft_refusals(**changes: Any) -> list[Phrase]:
    try:
        FactDraft.model_validate(draft_data(**changes))
    except ValidationError as error:
        return [problem.phrase for problem in field_errors(error)]
    raise AssertionError("valid")


def _lifecycle_refusals(**changes: Any) -> list[Phrase]:
    at = "2022-10-01T09:00:00+00:00"
    given = {"created_at": at, "created_by": "a", "updated_at": at, "updated_by": "a"}
    try:
        Lifecycle.model_validate(given | changes)
    except ValidationError as error:
        return [problem.phrase for problem in field_errors(error)]
    raise AssertionError("valid")


@pytest.mark.parametrize(
    "changes",
    [
        {"published_at": ""}, {"published_at": "2022-02-30"}, {"published_at": "zz"},
        {"published_at": "2022-13-01"}, {"published_at": "2022-09-28T18:00"},
        {"published_at": "2022-09-28T25:00+03:00"}, {"period_start": "2022-02-30"},
        {"period_start": "22"}, {"period_start": "2022-09-2x"}, {"period_end": "2022-09-01"},
        {"period_start": "", "period_end": "", "as_of": ""}, {"value": "-5"},
        {"value": "many"}, {"claim": "x" * 301}, {"qualifier": "range"},
        {"qualifier": "exact", "value_high": "9"}, {"metric": "rumour"},
        {"metric": "statement"}, {"url": "javascript:alert(1)"},
        {"attributed_to_kind": "alien"}, {"colour": "red"}, {"destination": "Atlantis"},
    ],
)  # fmt: skip
def test_row_refusals_are_phrases_the_catalogs_hold(changes: dict[str, str]):
    row = row_from_draft(make_draft()) | changes
    with pytest.raises(RowInvalid) as caught:
        draft_from_row(row, resolve_country=country_code)
    for error in caught.value.errors:
        assert _unmarked(error.phrase) == [], error


@pytest.mark.parametrize(
    "changes",
    [
        {"figure": "x"}, {"counted": 5}, {"extra": 1}, {"origin": "XYZ"}, {"claim": ""},
        {"figure": {"qualifier": "about", "value": 1.5}}, {"figure": {"value": True}},
        {"citation": {"document": {"publisher": "p", "title": "t", "published_at": [1]}}},
        {"metric": "Left!"},
    ],
)  # fmt: skip
def test_refusals_of_json_facts_are_phrases_the_catalogs_hold(changes: dict[str, Any]):
    for phrase in _draft_refusals(**changes):
        assert _unmarked(phrase) == [], phrase


@pytest.mark.parametrize(
    "changes",
    [{"status": "gone"}, {"version": 0}, {"version": "x"}, {"created_at": "x"},
     {"status": "retracted"}, {"created_by": ""}],
)  # fmt: skip
def test_refusals_of_lifecycles_are_phrases_the_catalogs_hold(changes: dict[str, Any]):
    for phrase in _lifecycle_refusals(**changes):
        assert _unmarked(phrase) == [], phrase
