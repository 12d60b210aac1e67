"""The curators' replies: every word from the catalog, in English as before, refusals named."""

from __future__ import annotations

import gettext
import html
import re
from datetime import UTC, datetime
from typing import Any

import pytest
from babel import Locale

from bot.curation.fieldargs import FieldArgsError, parse_field_args
from bot.language.countries import country_code
from bot.language.words import Words, words_for
from bot.render.reports import (
    error_text,
    phrase_text,
    render_changed,
    render_fact_detail,
    render_field_errors,
    render_history,
    render_import_failure,
    render_imported,
    render_preview,
    render_retracted,
)
from storage import (
    BUILT_IN_METRICS,
    DuplicateFact,
    Fact,
    FactNotFound,
    FieldError,
    RowInvalid,
    Vocabulary,
    draft_from_row,
    row_from_draft,
)
from storage.facts import AddResult
from storage.history import Change, HistoryEntry
from storage.transfer import ImportInvalid, ImportRefused, RowProblem
from storage.words import plural, say
from tests.factories import draft_data, make_draft

ENGLISH = words_for("en")
_KEPT = re.compile(r"(\{[^}]*\}|<[^>]*>|&\w+;)")


def _shout(message: str) -> str:
    """A stand-in translation: the message's own words in capitals, placeholders and tags kept."""
    return "".join(
        part if _KEPT.fullmatch(part) else part.upper() for part in _KEPT.split(message)
    )


class _Shouting(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return _shout(message)

    def pgettext(self, context: str, message: str) -> str:
        return _shout(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return _shout(msgid1 if n == 1 else msgid2)


# Russian formats (Cyrillic dates and country names) and a catalog that shouts: any lower-case
# Latin letter left in a reply is a word that did not come from the catalog.
SHOUTING = Words(language="ru", locale=Locale.parse("ru"), catalog=_Shouting())


def _untranslated(message: str) -> list[str]:
    text = html.unescape(re.sub(r"<[^>]*>", "", message))
    return re.findall(r"[a-z]+", text)


def _cyrillic_fact(**lifecycle: Any) -> Fact:
    data = draft_data(
        counted="граждане России",
        claim="Около 50 000 россиян въехали в Грузию.",
        quote="Около 50 000 россиян пересекли границу.",
        citation={
            "attributed_to": {
                "name": "Вахтанг Гомелаури",
                "kind": "person",
                "description": "министр",
            },
            "carried_by": {"name": "Интерпресньюс", "kind": "outlet"},
            "document": {
                "publisher": "Пример",
                "title": "Россияне едут в Грузию",
                "author": "Репортёр",
                "published_at": "2022-09-28T18:00:00+03:00",
                "url": "https://example.org/georgia",
            },
        },
    )
    at = datetime(2022, 10, 1, 9, 30, tzinfo=UTC)
    return Fact.model_validate(
        data
        | {"id": 7, "created_at": at, "created_by": "куратор", "updated_at": at}
        | {"updated_by": "куратор", "version": 2}
        | lifecycle
    )


def _english_fact(**lifecycle: Any) -> Fact:
    at = datetime(2022, 10, 1, 9, 30, tzinfo=UTC)
    return Fact.model_validate(
        draft_data()
        | {"id": 7, "created_at": at, "created_by": "telegram:1", "updated_at": at}
        | {"updated_by": "telegram:2", "version": 2}
        | lifecycle
    )


def test_fact_detail_in_english_is_as_before_with_cldr_dates():
    heading, entry, claim, sources, lifecycle = render_fact_detail(_english_fact(), ENGLISH)
    assert heading == "<b>Fact #7</b> · published · version 2"
    assert "21–28 Sept 2022 · fact #7" in entry
    assert claim == (
        "<b>Claim:</b> About 50,000 Russians entered Georgia in a week.\n"
        "<b>Quote:</b> “About 50,000 Russians have crossed into Georgia.”"
    )
    assert sources == (
        "<b>Said by</b>: Vakhtang Gomelauri, Interior Minister of Georgia (person)\n"
        "<b>Carried by</b>: Interpressnews (outlet)\n"
        "<b>Published in:</b> “Russians cross into Georgia”, Example Times, A. Reporter, "
        '28 Sept 2022, 18:00 UTC+03:00 (<a href="https://example.org/georgia">link</a>)'
    )
    assert lifecycle == (
        "Added by telegram:1, 1 Oct 2022, 09:30 UTC+00:00; last changed by telegram:2, "
        "1 Oct 2022, 09:30 UTC+00:00"
    )


def test_a_retracted_fact_shows_its_reason_and_missing_sources_say_so():
    fact = _english_fact(status="retracted", retraction_reason="a <typo>")
    fact = fact.model_copy(
        update={"citation": fact.citation.model_copy(update={"carried_by": None})}
    )
    heading, _entry, _claim, sources, lifecycle = render_fact_detail(fact, ENGLISH)
    assert heading == "<b>Fact #7</b> · retracted · version 2"
    assert "<b>Carried by</b>: <i>not given</i>" in sources
    assert lifecycle.endswith("\n<b>Retracted:</b> a &lt;typo&gt;")


def test_every_word_of_the_curators_replies_comes_from_the_catalog():
    fact = _cyrillic_fact(status="retracted", retraction_reason="дубликат")
    at = datetime(2022, 10, 2, tzinfo=UTC)
    entries = [
        HistoryEntry(1, at, "куратор", "add", None, ()),
        HistoryEntry(2, at, "куратор", "edit", None, ()),
        HistoryEntry(3, at, "куратор", "retract", "дубликат", ()),
        HistoryEntry(4, at, "куратор", "import", None, ()),
    ]
    invalid = ImportInvalid([RowProblem(2, "значение", say("is required"))], total=25, rows=30)
    replies = [
        *render_fact_detail(fact, SHOUTING),
        *render_history(7, entries, SHOUTING),
        render_preview(_cyrillic_fact().draft(), SHOUTING),
        render_changed(fact, entries[1], SHOUTING),
        render_retracted(fact, SHOUTING),
        render_imported(AddResult(added=3, present=1), SHOUTING),
        render_import_failure(invalid, SHOUTING),
        render_import_failure(ImportRefused(say("the file is empty")), SHOUTING),
        render_field_errors("", [FieldError("поле", say("is not a fact field"))] * 25, SHOUTING),
    ]
    for reply in replies:
        assert _untranslated(reply) == [], reply


def test_history_in_english_names_each_version_and_change():
    at = datetime(2022, 10, 2, 8, 0, tzinfo=UTC)
    entries = [
        HistoryEntry(1, at, "seed", "add", None, ()),
        HistoryEntry(2, at, "telegram:1", "edit", None, (Change("value", "1", "2"),)),
        HistoryEntry(3, at, "telegram:1", "retract", "typo", (Change("status", "a", ""),)),
    ]
    assert render_history(7, entries, ENGLISH) == [
        "<b>v1</b> · 2 Oct 2022, 08:00 UTC+00:00 · added by seed",
        "<b>v2</b> · 2 Oct 2022, 08:00 UTC+00:00 · edited by telegram:1\n   value: 1 → 2",
        "<b>v3</b> · 2 Oct 2022, 08:00 UTC+00:00 · retracted by telegram:1: typo\n"
        "   status: a → —",
    ]


def test_counts_are_plurals_not_parentheses():
    assert render_imported(AddResult(added=1, present=0), ENGLISH) == (
        "Imported: 1 fact added, 0 already present."
    )
    assert render_imported(AddResult(added=5_000, present=2), ENGLISH) == (
        "Imported: 5,000 facts added, 2 already present."
    )
    problems = [RowProblem(row, "value", say("is required")) for row in range(2, 22)]
    report = render_import_failure(ImportInvalid(problems, total=23, rows=1), ENGLISH)
    lines = report.splitlines()
    assert lines[0] == "Nothing was imported: 23 problems in a file of 1 row."
    assert lines[1] == "• row 2, <b>value</b>: is required"
    assert lines[-2:] == ["…and 3 more.", "Fix them and send the whole file again."]


def test_storage_refusals_are_translated_where_shown():
    assert error_text(DuplicateFact(3), ENGLISH) == "the same fact is already stored as fact #3"
    assert error_text(FactNotFound(12345), SHOUTING) == "NO FACT HAS ID #12345"
    refused = ImportRefused(
        say("the file is {size} MB; the limit is {limit} MB", size=6.0, limit=5)
    )
    assert str(refused) == "the file is 6.0 MB; the limit is 5 MB"
    assert render_import_failure(refused, SHOUTING) == (
        "NOTHING WAS IMPORTED: THE FILE IS 6,0 MB; THE LIMIT IS 5 MB."
    )


def test_phrases_nest_and_count():
    phrase = say(
        "the file is not valid JSON: {reason} at line {line}", reason=say("Extra data"), line=3
    )
    assert (
        str(phrase)
        == phrase_text(phrase, ENGLISH)
        == "the file is not valid JSON: Extra data at line 3"
    )
    assert phrase_text(phrase, SHOUTING) == "THE FILE IS NOT VALID JSON: EXTRA DATA AT LINE 3"
    many = plural("{count} row", "{count} rows", 1_000)
    assert str(many) == "1000 rows"
    assert phrase_text(many, ENGLISH) == "1,000 rows"


@pytest.mark.parametrize(
    ("changes", "english"),
    [
        ({"value": "many"},
         "Input should be a valid integer, unable to parse string as an integer"),
        ({"metric": "rumour"}, "'rumour' is not a known metric; known: 'entered', 'left', "
         "'exit_refused', 'citizenship_applications', 'mobilisation_target', "
         "'mobilisation_ceiling', 'statement', 'deported', 'returned', 'asylum_applications', "
         "'refugees_registered', 'crossings', 'entry_refused'"),
        ({"claim": "x" * 301}, "String should have at most 300 characters"),
        ({"period_end": "2022-09-01"}, "ends before period_start"),
        ({"published_at": "2022-02-30"}, "day is out of range for month"),
        ({"period_start": "2022-02-30"},
         "Input should be a valid date or datetime, day value is outside expected range"),
    ],
)  # fmt: skip
def test_field_errors_read_as_before_in_english_and_are_translated(changes, english):
    with pytest.raises(RowInvalid) as caught:
        draft_from_row(
            row_from_draft(make_draft()) | changes,
            resolve_country=country_code,
            # The shipped vocabulary: other tests add metrics to the process's own.
            metrics=Vocabulary(BUILT_IN_METRICS),
        )
    (error,) = caught.value.errors
    assert error.reason == english
    assert phrase_text(error.phrase, ENGLISH) == english
    # Only the values pydantic lists ('entered', ...) stay as they are.
    shouted = re.sub(r"'[^']*'", "", phrase_text(error.phrase, SHOUTING))
    assert _untranslated(shouted) == [], shouted


def test_field_argument_refusals_keep_their_phrase():
    with pytest.raises(FieldArgsError) as caught:
        parse_field_args("value=1 value=2")
    assert str(caught.value) == "value is given twice"
    assert phrase_text(caught.value.phrase, SHOUTING) == "value IS GIVEN TWICE"
