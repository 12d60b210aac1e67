"""Formatting: exact HTML of entries and citations, escaping, and Telegram's length limit."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from bot.language.words import words_for
from bot.render.formatting import (
    MESSAGE_LIMIT,
    format_citation,
    format_date,
    format_figure,
    format_period,
    html_to_text,
    paginate,
    render_fact_entry,
    render_flow_entry,
    visible_length,
)
from storage import Fact, FactDraft, Figure, Qualifier
from tests.e2e.telegram_html import parse_telegram_html
from tests.factories import draft_data

HOSTILE = "<b>x</b> & <script>"


def _fact(**overrides: Any) -> Fact:
    data = draft_data(**overrides)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    lifecycle = {"created_at": now, "created_by": "t", "updated_at": now, "updated_by": "t"}
    return Fact.model_validate({**data, "id": 7, "version": 1, **lifecycle})


EN = words_for("en")


@pytest.mark.parametrize(
    ("qualifier", "value", "high", "expected"),
    [
        ("exact", 147_000, None, "147,000"),
        ("more_than", 200_000, None, "more than 200,000"),
        ("at_least", 5, None, "at least 5"),
        ("about", 11_000, None, "about 11,000"),
        ("almost", 100_000, None, "almost 100,000"),
        ("up_to", 1_000_000, None, "up to 1,000,000"),
        ("range", 5_000, 7_500, "5,000–7,500"),
    ],
)
def test_figures_keep_their_qualifier(qualifier, value, high, expected):
    assert format_figure(Figure(qualifier=qualifier, value=value, high=high), EN) == expected


# Periods are CLDR's intervals: thin spaces around a dash between two months.
@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        ({"period_start": "2022-10-03", "period_end": "2022-10-03"}, "on 3 Oct 2022"),
        ({"period_start": "2022-09-21", "period_end": "2022-09-27"}, "21–27 Sept 2022"),
        (
            {"period_start": "2022-04-01", "period_end": "2022-09-27"},
            "1 Apr\u2009–\u200927 Sept 2022",
        ),
        (
            {"period_start": "2021-12-30", "period_end": "2022-01-02"},
            "30 Dec 2021\u2009–\u20092 Jan 2022",
        ),
        (
            {"period_start": "2022-09-21", "period_end": None, "as_of": "2022-10-04"},
            "since 21 Sept 2022, as of 4 Oct 2022",
        ),
        ({"period_start": "2022-09-21", "period_end": None}, "since 21 Sept 2022"),
        ({"period_start": None, "period_end": None, "as_of": "2022-09-21"}, "as of 21 Sept 2022"),
        (
            {"period_start": "2022-09-21", "period_end": "2022-09-27", "as_of": "2022-10-01"},
            "21–27 Sept 2022, reported 1 Oct 2022",
        ),
    ],
)
def test_periods_read_naturally(dates, expected):
    assert format_period(_fact(**dates), EN) == expected


def test_dates_keep_the_time_and_offset_when_known():
    assert format_date(date(2022, 10, 4), EN) == "4 Oct 2022"
    published = FactDraft.model_validate(draft_data()).citation.document.published_at
    assert format_date(published, EN) == "28 Sept 2022, 18:00 UTC+03:00"


def test_flow_entry_exact_html():
    assert render_flow_entry(_fact(), EN) == (
        "▪️ <b>about 50,000</b> Russian citizens entered Georgia from Russia\n"
        "21–28 Sept 2022 · fact #7\n"
        "<i>Said by Vakhtang Gomelauri, Interior Minister of Georgia · via Interpressnews · "
        'published by <a href="https://example.org/georgia">Example Times</a> (A. Reporter), '
        "28 Sept 2022, 18:00 UTC+03:00</i>"
    )


def test_outflow_without_destination_says_so():
    entry = render_flow_entry(_fact(metric="left", origin="KAZ", destination=None), EN)
    assert entry.startswith(
        "▪️ <b>about 50,000</b> Russian citizens left Kazakhstan (destination not reported)\n"
    )


def test_citation_without_a_person_is_reported_by_the_publisher():
    data = draft_data()
    data["citation"] = {"document": {**data["citation"]["document"], "url": None}}
    fact = _fact(citation=data["citation"])
    assert format_citation(fact.citation, EN) == (
        "<i>Reported by Example Times (A. Reporter), 28 Sept 2022, 18:00 UTC+03:00</i>"
    )


def test_hostile_text_everywhere_is_escaped_exactly():
    data = draft_data(counted=HOSTILE, claim=HOSTILE, metric="statement", figure=None)
    data["citation"]["attributed_to"]["name"] = HOSTILE
    data["citation"]["attributed_to"]["description"] = '"quoted" & <i>'
    data["citation"]["carried_by"]["name"] = HOSTILE
    data["citation"]["document"]["publisher"] = HOSTILE
    data["citation"]["document"]["author"] = HOSTILE
    data["citation"]["document"]["url"] = 'https://example.org/?a=1&b="2"<x>'
    entry = render_fact_entry(_fact(**{key: data[key] for key in data}), EN)
    escaped = "&lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;"
    assert entry == (
        f"▪️ {escaped} <i>(statement)</i>\n"
        "21–28 Sept 2022 · fact #7\n"
        f"<i>Said by {escaped}, &quot;quoted&quot; &amp; &lt;i&gt; · via {escaped} · "
        'published by <a href="https://example.org/?a=1&amp;b=&quot;2&quot;&lt;x&gt;">'
        f"{escaped}</a> ({escaped}), 28 Sept 2022, 18:00 UTC+03:00</i>"
    )
    text, _ = parse_telegram_html(entry)
    assert HOSTILE in text


def test_fact_entry_with_figure_shows_figure_metric_and_claim():
    entry = render_fact_entry(_fact(metric="citizenship_applications"), EN)
    assert entry.startswith(
        "▪️ <b>about 50,000</b> Russian citizens — citizenship applications: "
        "About 50,000 Russians entered Georgia in a week.\n"
    )


def test_paginate_cuts_between_blocks_and_keeps_every_message_under_the_limit():
    block = "▪️ <b>entry</b> " + "x" * 1000
    messages = paginate("<b>Header</b>", [f"{block} {n}" for n in range(10)], EN)
    assert len(messages) > 1
    assert messages[1].startswith("<b>Header</b> (continued)\n\n")
    for message in messages:
        assert visible_length(message) <= MESSAGE_LIMIT
        parse_telegram_html(message)
    assert sum(message.count("▪️") for message in messages) == 10


def test_paginate_refuses_a_block_that_cannot_fit():
    with pytest.raises(ValueError, match="longer than a Telegram message"):
        paginate("h", ["x" * (MESSAGE_LIMIT + 1)], EN)


def test_visible_length_counts_utf16_after_entities():
    assert visible_length("<b>a&amp;b</b>") == 3
    assert visible_length("😀") == 2


def test_html_to_text_for_the_terminal():
    html = '<b>a &lt; b</b> <a href="https://x.org/?a=1&amp;b=2">site</a>'
    assert html_to_text(html) == "a < b site (https://x.org/?a=1&b=2)"


def test_qualifier_words_cover_every_qualifier():
    for qualifier in Qualifier:
        high = 10 if qualifier is Qualifier.RANGE else None
        assert format_figure(Figure(qualifier=qualifier, value=1, high=high), EN)
