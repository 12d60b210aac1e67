"""The guided /addfact's questions: their order, their buttons and how they check answers."""

from __future__ import annotations

import pytest

from bot.curation.steps import STEPS, AnswerInvalid, active_row, next_step, step_for
from bot.language.countries import country_code
from bot.language.words import words_for
from storage import CONTENT_FIELDS, RowInvalid, draft_from_row, row_from_draft
from tests.e2e.telegram_html import parse_telegram_html
from tests.factories import make_draft

# A Russia → Georgia flow as the guided flow stores it: "" for a skipped question.
ANSWERS = {
    "metric": "entered", "counted": "Russian citizens", "origin": "RUS", "destination": "GEO",
    "citizenship": "", "qualifier": "about", "value": "50000", "period_start": "2022-09-21",
    "period_end": "2022-09-28", "as_of": "", "claim": "About 50,000 entered.",
    "quote": "About 50,000 have crossed.", "attributed_to": "Vakhtang Gomelauri",
    "attributed_to_kind": "person", "attributed_to_description": "", "carried_by": "",
    "publisher": "Example Times", "title": "Russians cross", "published_at": "2022-09-28",
    "url": "", "author": "",
}  # fmt: skip
ENGLISH = words_for("en")


def _answer(field: str, text: str, row: dict[str, str] | None = None) -> str:
    return step_for(field).answer(text, row or {}, ENGLISH)


def _refusal(field: str, text: str, row: dict[str, str] | None = None) -> str:
    with pytest.raises(AnswerInvalid) as refused:
        _answer(field, text, row)
    return str(refused.value)


def test_every_content_field_is_asked_once():
    assert sorted(step.field for step in STEPS) == sorted(CONTENT_FIELDS)


def test_questions_are_telegram_html_and_buttons_fit_in_callback_data():
    rows = [{}, {"period_start": "2022-09-21"}, ANSWERS]
    for step in STEPS:
        parse_telegram_html(step.ask(ENGLISH))
        for row in rows:
            for label, data in step.buttons(row, ENGLISH):
                assert label
                assert 1 <= len(data.encode()) <= 64, data


@pytest.mark.parametrize(
    ("text", "stored"),
    [("50000", "50000"), ("50,000", "50000"), ("50 000", "50000"), ("1'000", "1000"),
     ("1\u202f000\u202f000", "1000000"), ("0", "0"), (" 7_000 ", "7000")],
)  # fmt: skip
def test_values_are_whole_numbers_with_optional_thousands_separators(text: str, stored: str):
    assert _answer("value", text) == stored


@pytest.mark.parametrize(
    ("text", "reason"),
    [("-5", "cannot be negative"), ("−5", "cannot be negative"), ("5.5", "whole number"),
     ("5,00", "whole number"), ("1,0000", "whole number"), ("1,000 000", "whole number"),
     ("many", "whole number"), ("10000000000000000000", "too large")],
)  # fmt: skip
def test_values_that_are_not_counts_are_refused(text: str, reason: str):
    assert reason in _refusal("value", text)


def test_days_must_be_real_iso_days():
    assert _answer("period_start", " 2024-02-29 ") == "2024-02-29"
    assert _refusal("period_start", "2022-02-30") == "2022-02-30 is not a real day."
    for text in ("2022/09/21", "21.09.2022", "20220921", "2022-W38-3", "yesterday"):
        assert "YYYY-MM-DD" in _refusal("period_start", text)


def test_publication_is_a_day_or_a_time_with_its_offset():
    assert _answer("published_at", "2022-09-28") == "2022-09-28"
    assert _answer("published_at", "2022-09-28T18:00+03:00") == "2022-09-28T18:00:00+03:00"
    assert _answer("published_at", "2022-09-28 18:00Z") == "2022-09-28T18:00:00+00:00"
    assert "UTC offset" in _refusal("published_at", "2022-09-28T18:00")
    assert _refusal("published_at", "2022-02-30") == "2022-02-30 is not a real day."


def test_countries_are_stored_as_codes_and_unknown_ones_explained():
    assert _answer("origin", "Russia") == "RUS"
    assert _answer("destination", "Қазақстан") == "KAZ"
    assert _answer("citizenship", "GE") == "GEO"
    assert _refusal("origin", "Narnia").startswith("I don't know a country called “Narnia”.")
    assert "Did you mean South Korea or North Korea?" in _refusal("origin", "korea")


def test_choices_accept_their_value_or_label_typed():
    assert _answer("metric", "Refused exit") == "exit_refused"
    assert _answer("metric", "exit_refused") == "exit_refused"
    assert _answer("qualifier", "more than") == "more_than"
    assert _answer("attributed_to_kind", "ORGANISATION") == "organisation"
    assert _refusal("qualifier", "lots").startswith("Choose one of: Exact, More than,")


def test_skip_only_where_a_question_is_optional():
    assert _answer("author", "skip") == ""
    assert _answer("origin", "Skip") == ""
    assert _refusal("claim", "skip") == "This question cannot be skipped."
    assert _refusal("as_of", "skip") == "This question cannot be skipped."
    assert _answer("as_of", "skip", {"period_start": "2022-09-21"}) == ""
    assert ("Skip", "addfact:pick:as_of:") not in step_for("as_of").buttons({}, ENGLISH)


def test_urls_need_a_scheme():
    assert _answer("url", "https://example.org/a") == "https://example.org/a"
    assert "http://" in _refusal("url", "example.org/a")
    assert "http://" in _refusal("url", "https://example.org/a b")


@pytest.mark.parametrize("field", ["counted", "claim", "quote", "attributed_to", "title", "url"])
def test_length_limits_are_the_models(field: str):
    """An answer the step takes is one the model takes, and one it refuses the model refuses."""
    row = row_from_draft(make_draft())
    for length in (80, 81, 200, 201, 300, 301, 1000, 1001, 2000, 2001):
        text = ("https://e.org/" if field == "url" else "") + "x" * length
        text = text[:length]
        try:
            step_for(field).answer(text, {}, ENGLISH)
        except AnswerInvalid:
            with pytest.raises(RowInvalid):
                draft_from_row(row | {field: text})
        else:
            draft_from_row(row | {field: text})


def test_questions_follow_the_answers():
    assert next_step({}) is step_for("metric")
    statement = {"metric": "statement", "counted": "reservists", "origin": "RUS"}
    statement |= {"destination": "", "citizenship": ""}
    assert next_step(statement) is step_for("period_start")
    ranged = {key: ANSWERS[key] for key in list(ANSWERS)[:7]} | {"qualifier": "range"}
    assert next_step(ranged) is step_for("value_high")
    no_period = {key: ANSWERS[key] for key in list(ANSWERS)[:7]} | {"period_start": ""}
    assert next_step(no_period) is step_for("as_of")
    assert next_step(ANSWERS | {"carried_by": "Interpressnews"}) is step_for("carried_by_kind")
    assert next_step(ANSWERS) is None


def test_answers_that_no_longer_apply_do_not_count():
    """A curator who turns a flow into a statement leaves no figure behind."""
    row = ANSWERS | {"metric": "statement", "value_high": "7"}
    active = active_row(row)
    assert "qualifier" not in active
    assert "value" not in active
    assert "value_high" not in active
    assert "period_end" in active


def test_a_completed_row_is_a_valid_draft():
    draft = draft_from_row(active_row(ANSWERS), resolve_country=country_code)
    assert draft.origin == "RUS"
    assert draft.figure is not None
    assert draft.figure.value == 50_000
    assert draft.citation.carried_by is None


def test_a_button_answers_only_its_own_question():
    assert step_for("metric").pick("statement", {}, ENGLISH) == "statement"
    assert step_for("author").pick("", {}, ENGLISH) == ""
    with pytest.raises(AnswerInvalid):
        step_for("metric").pick("about", {}, ENGLISH)
    with pytest.raises(AnswerInvalid):
        step_for("claim").pick("", {}, ENGLISH)
