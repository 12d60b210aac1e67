"""Choosing the reply's language, and the words, numbers and dates each language writes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from bot.language.choice import choose_language, language_asked, language_from_code
from bot.language.words import words_for


@pytest.mark.parametrize(
    ("code", "language"),
    [("ru", "ru"), ("uk-UA", "uk"), ("kk", "kk"), ("en-GB", "en"), ("EN", "en"), ("ua", "uk"),
     ("kz", "kk"),
     ("de", None), ("be", None), ("", None), (None, None)],
)  # fmt: skip
def test_client_language_codes(code, language):
    assert language_from_code(code) == language


def test_the_chats_choice_beats_the_client_and_a_group_is_english_until_it_chooses():
    assert choose_language(chosen="uk", client="ru") == "uk"
    assert choose_language(chosen=None, client="ru") == "ru"
    assert choose_language(chosen=None, client="kk-KZ") == "kk"
    assert choose_language(chosen=None, client="de") == "en"
    assert choose_language(chosen=None, client=None) == "en"
    assert choose_language(chosen=None, client="ru", private=False) == "en"
    assert choose_language(chosen="kk", client="ru", private=False) == "kk"


@pytest.mark.parametrize(
    ("typed", "language"),
    [("uk", "uk"), ("ua", "uk"), ("Ukrainian", "uk"), ("українська", "uk"),
     ("украинский язык", "uk"), ("ru", "ru"), ("Русский", "ru"), ("російська", "ru"),
     ("орысша", "ru"), ("kk", "kk"), ("kz", "kk"), ("қазақша", "kk"), ("казахский", "kk"),
     ("Kazakh", "kk"), ("en", "en"), ("English", "en"), ("английский", "en"),
     ("ағылшын", "en"), ("ру", "ru"), ("🇺🇦", "uk"), ("🇰🇿", "kk"), ("🇷🇺", "ru"), ("🇬🇧", "en"),
     ("klingon", None), ("de", None), ("🇩🇪", None), ("", None), ("  ", None)],
)  # fmt: skip
def test_language_named_in_any_of_the_four(typed, language):
    assert language_asked(typed) == language


def test_numbers_dates_and_periods_follow_cldr():
    english, russian, kazakh = words_for("en"), words_for("ru"), words_for("kk")
    assert english.number(200_000) == "200,000"
    assert russian.number(200_000) == "200\xa0000"
    assert english.date(date(2022, 10, 4)) == "4 Oct 2022"
    assert russian.date(date(2022, 10, 4)) == "4 окт. 2022\u202fг."
    assert russian.span(date(2022, 9, 21), date(2022, 9, 27)) == "21—27 сент. 2022\u202fг."
    assert kazakh.date(date(2022, 10, 4)).startswith("2022")
    # "since" takes the ablative: the month written out, its ending by vowel harmony.
    assert kazakh.date(date(2022, 9, 21), "from") == "2022\u202fж. 21 қыркүйектен"
    assert kazakh.date(date(2022, 10, 3), "from") == "2022\u202fж. 3 қазаннан"
    assert kazakh.date(date(2022, 7, 1), "from") == "2022\u202fж. 1 шілдеден"
    assert russian.date(date(2022, 9, 21), "from") == russian.date(date(2022, 9, 21))
    published = datetime(2022, 10, 4, 10, 23, tzinfo=timezone(timedelta(hours=3)))
    assert english.moment(published) == "4 Oct 2022, 10:23 UTC+03:00"
    assert english.moment(datetime(2022, 10, 4, 7, 5, tzinfo=UTC)) == "4 Oct 2022, 07:05 UTC+00:00"
    west = datetime(2022, 10, 4, 7, 5, tzinfo=timezone(-timedelta(hours=4, minutes=30)))
    assert english.moment(west).endswith("UTC-04:30")
    assert english.moment(datetime(2022, 10, 4, 7, 5)).endswith("07:05 UTC")  # noqa: DTZ001
    assert russian.decimal(6.0) == "6,0"


def test_a_language_we_do_not_write_is_english():
    assert words_for("de") is words_for("en")
    assert [words_for(code).name for code in ("en", "ru", "uk", "kk")] == [
        "English", "Русский", "Українська", "Қазақ тілі",
    ]  # fmt: skip
