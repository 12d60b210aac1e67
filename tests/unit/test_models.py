"""The fact model's validation: what a fact must have before anything stores it."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from pydantic import ValidationError

from storage import FactDraft, Figure, Qualifier, vocabulary
from storage.words import Refusal
from tests.factories import draft_data, make_draft


def _refusal(**overrides: Any) -> str:
    with pytest.raises(ValidationError) as caught:
        FactDraft.model_validate(draft_data(**overrides))
    return str(caught.value)


def _with_document(**document: Any) -> dict[str, Any]:
    citation: dict[str, Any] = draft_data()["citation"]
    citation["document"].update(document)
    return citation


def test_valid_draft_keeps_every_field():
    draft = make_draft()
    assert draft.figure == Figure(qualifier=Qualifier.ABOUT, value=50_000)
    assert draft.countries == {"RUS", "GEO"}
    assert draft.sort_date == date(2022, 9, 28)
    assert isinstance(draft.citation.document.published_at, datetime)


def test_bare_publication_date_stays_a_date():
    draft = make_draft(citation=_with_document(published_at="2022-10-04"))
    assert draft.citation.document.published_at == date(2022, 10, 4)
    assert not isinstance(draft.citation.document.published_at, datetime)


@pytest.mark.parametrize(
    ("document", "field"),
    [
        ({"published_at": None}, "published_at"),
        ({"published_at": ""}, "published_at"),
        ({"published_at": "2022-02-30"}, "published_at"),
        ({"published_at": "2022-10-04T10:23:00"}, "UTC offset"),
        ({"publisher": ""}, "publisher"),
        ({"url": "javascript:alert(1)"}, "http"),
    ],
)
def test_document_without_a_valid_date_or_publisher_is_refused(document, field):
    assert field in _refusal(citation=_with_document(**document))


def test_citation_without_a_document_is_refused():
    assert "document" in _refusal(citation={"attributed_to": {"name": "X", "kind": "person"}})


def test_period_ending_before_it_starts_is_refused():
    message = _refusal(period_start="2022-09-28", period_end="2022-09-21")
    assert "period_end: ends before period_start" in message


def test_fact_without_any_date_is_refused():
    assert "needs a date" in _refusal(period_start=None, period_end=None, as_of=None)


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        ({"qualifier": "about", "value": -1}, "greater than or equal to 0"),
        ({"qualifier": "about", "value": "many"}, "valid integer"),
        ({"qualifier": "range", "value": 10}, "high value"),
        ({"qualifier": "range", "value": 10, "high": 5}, "high value"),
        ({"qualifier": "exact", "value": 10, "high": 20}, "only a range"),
        ({"qualifier": "roughly", "value": 10}, "qualifier"),
    ],
)
def test_bad_figures_are_refused(figure, expected):
    assert expected in _refusal(figure=figure)


def test_unknown_country_code_is_refused():
    assert "not an ISO 3166-1 alpha-3" in _refusal(destination="XXX")


def test_blank_country_means_unknown():
    assert make_draft(destination="  ").destination is None


def test_statement_has_no_figure_and_figures_need_one():
    assert "statement has no figure" in _refusal(metric="statement")
    assert "needs a figure" in _refusal(figure=None)
    statement = make_draft(metric="statement", figure=None)
    assert statement.figure is None


def test_flow_needs_a_country():
    """Flows are the vocabulary's metrics with a direction: it refuses one with no country."""
    draft = make_draft(origin=None, destination=None)
    with pytest.raises(Refusal, match="origin or a destination") as caught:
        vocabulary().check(draft)
    assert caught.value.field == "destination"


def test_a_metric_the_vocabulary_does_not_know_is_refused():
    draft = make_draft(metric="fled")
    with pytest.raises(Refusal, match="'fled' is not a known metric; known: 'entered', 'left'"):
        vocabulary().check(draft)


def test_a_metric_with_no_direction_needs_no_country():
    vocabulary().check(make_draft(metric="asylum_applications", origin=None, destination=None))


@pytest.mark.parametrize("name", ["Asylum Applications", "deport-ed", "1st", "", "a" * 41])
def test_a_metric_name_is_a_lower_case_slug(name: str):
    assert "is not a metric name" in _refusal(metric=name)


def test_over_long_claim_is_refused():
    assert "claim" in _refusal(claim="x" * 301)
