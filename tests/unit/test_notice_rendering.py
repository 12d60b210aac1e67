"""Notices as messages: exact HTML, the four languages, escaping, and Telegram's length limit."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from bot.language.words import LANGUAGES, country_names, words_for
from bot.render.formatting import MESSAGE_LIMIT, render_flow_entry, visible_length
from bot.render.notices import render_digest, render_notice
from storage import Fact, Notice
from tests.e2e.telegram_html import parse_telegram_html
from tests.factories import draft_data

HOSTILE = "<b>x</b> & <script>"
EN = words_for("en")


def _fact(**overrides: Any) -> Fact:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    lifecycle = {"created_at": now, "created_by": "t", "updated_at": now, "updated_by": "t"}
    return Fact.model_validate({**draft_data(**overrides), "id": 7, "version": 1, **lifecycle})


def _notice(action: str, language: str = "en", **fields: Any) -> Notice:
    return Notice(id=1, chat_id=5, attempts=0, action=action, language=language, **fields)


def _visible(message: str) -> str:
    text, _ = parse_telegram_html(message)  # raises on HTML Telegram would refuse
    return text


def test_a_new_flow_is_cited_exactly_as_flows_shows_it():
    fact = _fact()
    message = render_notice(_notice("add", fact_id=7), EN, fact=fact, countries=["GEO"])
    assert message == (
        "<b>New fact · Georgia</b>\n"
        f"{render_flow_entry(fact, EN)}\n\n"
        "More: <code>/flows georgia</code>"
    )
    assert "about 50,000</b> Russian citizens entered Georgia from Russia" in message


def test_a_fact_that_is_not_a_flow_points_to_facts():
    fact = _fact(
        metric="citizenship_granted",
        origin=None,
        citizenship=None,
        destination="KAZ",
        claim="Granted.",
    )
    message = _visible(render_notice(_notice("add"), EN, fact=fact))
    assert "Granted." in message
    assert message.endswith("More: /facts kazakhstan")


def test_without_followed_countries_the_header_names_the_facts_own():
    message = _visible(render_notice(_notice("add"), EN, fact=_fact()))
    assert message.startswith("New fact · Georgia, Russia\n")
    assert message.endswith("More: /flows georgia · /flows russia")


def test_a_correction_says_what_the_figure_was():
    before = _fact(figure={"qualifier": "about", "value": 10_000}).draft()
    after = _fact(figure={"qualifier": "more_than", "value": 12_000})
    message = _visible(
        render_notice(_notice("edit"), EN, fact=after, previous=before, countries=["GEO"])
    )
    assert message.startswith("Correction · Georgia\n")
    assert (
        "more than 12,000 Russian citizens entered Georgia from Russia\nwas: about 10,000\n"
        in (message)
    )
    assert "before:" not in message
    assert "period was" not in message
    assert "source was" not in message


def test_a_correction_of_other_fields_says_what_they_were():
    before = _fact().draft()
    after = _fact(
        destination="ARM",
        period_start="2022-09-22",
        citation={
            **draft_data()["citation"],
            "carried_by": {"name": "Civil.ge", "kind": "outlet"},
        },
    )
    message = _visible(render_notice(_notice("edit"), EN, fact=after, previous=before))
    assert "\nbefore: about 50,000 Russian citizens entered Georgia from Russia\n" in message
    assert "\nperiod was: 21–28 Sept 2022\n" in message
    assert "\nsource was: Said by Vakhtang Gomelauri" in message
    assert "via Interpressnews" in message.split("source was:")[1]
    assert "was: about" not in message  # the figure did not change


def test_a_retraction_tells_the_fact_its_figure_and_the_reason_escaped():
    fact = _fact()
    message = render_notice(_notice("retract", reason=HOSTILE), EN, fact=fact, countries=["GEO"])
    assert "&lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;" in message
    text = _visible(message)
    assert text.startswith("Retracted · Georgia\n")
    assert f"retracted: {HOSTILE}" in text
    assert "about 50,000 Russian citizens" in text
    assert "fact #7" in text


def test_store_strings_are_escaped_everywhere():
    fact = _fact(counted=HOSTILE, claim=HOSTILE)
    previous = _fact(counted=HOSTILE, figure={"qualifier": "exact", "value": 1}).draft()
    message = render_notice(_notice("edit"), EN, fact=fact, previous=previous)
    assert "<script>" not in message
    assert HOSTILE in _visible(message)


@pytest.mark.parametrize(
    ("language", "new", "old", "heading"),
    [
        ("en", "about 12,000", "was: about 10,000", "Correction · Georgia"),
        ("ru", "около 12\xa0000", "было: около 10\xa0000", "Исправление · Грузия"),
        ("uk", "близько 12\xa0000", "було: близько 10\xa0000", "Виправлення · Грузія"),
        ("kk", "шамамен 12\xa0000", "бұрын: шамамен 10\xa0000", "Түзету · Грузия"),
    ],
)
def test_a_correction_in_each_language(language: str, new: str, old: str, heading: str):
    before = _fact(figure={"qualifier": "about", "value": 10_000}).draft()
    after = _fact(figure={"qualifier": "about", "value": 12_000})
    words = words_for(language)
    message = render_notice(
        _notice("edit", language), words, fact=after, previous=before, countries=["GEO"]
    )
    text = _visible(message)
    assert text.startswith(heading + "\n")
    assert new in text
    assert old in text
    assert f"/flows {words.country('GEO').lower()}" in text


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        ("en", ["21 new facts on Georgia", "3 new facts on Kazakhstan", "1 new fact on Armenia"]),
        ("ru", ["Грузия: 21 новый факт", "Казахстан: 3 новых факта", "Армения: 1 новый факт"]),
        ("uk", ["Грузія: 21 новий факт", "Казахстан: 3 нові факти", "Вірменія: 1 новий факт"]),
        ("kk", ["Грузия: 21 жаңа факт", "Қазақстан: 3 жаңа факт", "Армения: 1 жаңа факт"]),
    ],
)
def test_a_digest_counts_each_country_most_first_with_plurals(language: str, lines: list[str]):
    words = words_for(language)
    text = _visible(render_digest({"ARM": 1, "GEO": 21, "KAZ": 3}, words))
    body = text.splitlines()[1:]
    assert [line.split(",")[0].split(":")[0] for line in body] == [
        line.split(",")[0].split(":")[0] for line in lines
    ]
    for line, expected in zip(body, lines, strict=True):
        assert line.startswith(expected)


def test_a_digest_names_the_flows_command_per_country():
    text = _visible(render_digest({"GEO": 37}, EN))
    assert text == "New facts on the countries you follow\n37 new facts on Georgia: /flows georgia"


def test_a_digest_notice_renders_its_counts():
    message = render_notice(_notice("import", digest={"GEO": 50}), EN)
    assert "50 new facts on Georgia" in _visible(message)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_digest_of_every_country_is_cut_to_one_message(language: str):
    words = words_for(language)
    counts = {code: 1000 + n for n, code in enumerate(sorted(country_names("en")))}
    assert len(counts) > 240
    message = render_digest(counts, words)
    assert visible_length(message) <= MESSAGE_LIMIT
    text = _visible(message)
    shown = len(text.splitlines()) - 2  # the heading, the last line
    left = len(counts) - shown
    assert 10 < shown < len(counts)
    assert (
        words.plural("and {count} more country", "and {count} more countries", left)
        == (text.splitlines()[-1])
    )


def test_a_digest_cut_at_a_small_limit_keeps_what_fits():
    counts = {"GEO": 5, "ARM": 4, "KAZ": 3}
    full = render_digest(counts, EN)
    assert render_digest(counts, EN, limit=visible_length(full)) == full
    cut = _visible(render_digest(counts, EN, limit=visible_length(full) - 1))
    # The shorter "and 1 more country" leaves room for Armenia's line.
    assert cut.splitlines()[1:] == [
        "5 new facts on Georgia: /flows georgia",
        "4 new facts on Armenia: /flows armenia",
        "and 1 more country",
    ]


def test_a_fact_at_every_fields_longest_fits_with_what_its_figure_was():
    long: dict[str, Any] = {
        "counted": "c" * 80,
        "claim": "l" * 300,
        "citation": {
            "attributed_to": {"name": "a" * 200, "kind": "person", "description": "d" * 300},
            "carried_by": {"name": "b" * 200, "kind": "outlet"},
            "document": {
                "publisher": "p" * 200, "title": "t" * 300, "author": "w" * 200,
                "published_at": "2022-09-28T18:00:00+03:00", "url": "https://e.org/" + "u" * 1900,
            },
        },
    }  # fmt: skip
    before = _fact(**long, metric="citizenship_granted", destination="KAZ").draft()
    changed = {
        **long["citation"],
        "document": {**long["citation"]["document"], "publisher": "P" * 200},
    }
    after = _fact(
        **{**long, "counted": "C" * 80, "period_start": "2022-09-01", "citation": changed},
        figure={"qualifier": "range", "value": 1_000_000, "high": 2_000_000},
    )
    message = render_notice(_notice("edit", "ru"), words_for("ru"), fact=after, previous=before)
    text = _visible(message)
    assert visible_length(message) <= MESSAGE_LIMIT
    # All four notes do not fit beside fields this long: the figure's, which comes first, does.
    assert "\nбыло: около 50\xa0000\n" in text
    assert "прежний источник:" not in text


def test_a_message_too_long_sheds_its_notes_last_first():
    before = _fact(figure={"qualifier": "about", "value": 10_000}, destination="ARM").draft()
    after = _fact(figure={"qualifier": "about", "value": 12_000})
    full = render_notice(_notice("edit"), EN, fact=after, previous=before)
    assert "before:" in full
    shorter = render_notice(
        _notice("edit"), EN, fact=after, previous=before, limit=visible_length(full) - 1
    )
    assert "before:" not in shorter
    assert "was: about 10,000" in shorter
    bare = render_notice(_notice("add"), EN, fact=after)
    with pytest.raises(ValueError, match="does not fit"):
        render_notice(_notice("add"), EN, fact=after, limit=visible_length(bare) - 1)


def test_a_notice_without_its_fact_or_of_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="no fact"):
        render_notice(_notice("add"), EN)
    with pytest.raises(ValueError, match="unknown action"):
        render_notice(_notice("merge"), EN, fact=_fact())
    with pytest.raises(ValueError, match="at least one country"):
        render_digest({}, EN)
