"""The flat form of a fact: round trips, and refusals that name the field a curator wrote."""

from __future__ import annotations

import pytest

from bot.language.countries import country_code
from storage import RowInvalid, draft_from_row, load_seed, row_from_draft
from tests.factories import make_draft


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
        ({"metric": "rumour"}, "metric", "Input should be"),
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
