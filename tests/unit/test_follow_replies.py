"""The pure text of /follow, /unfollow and /following, and their stop buttons' data."""

from __future__ import annotations

import pytest

from bot.language.words import LANGUAGES, words_for
from bot.paging import CALLBACK_LIMIT
from bot.render.follows import (
    by_name,
    render_followed,
    render_following,
    stop_label,
    unfollow_data,
    unfollowed_country,
)

ENGLISH = words_for("en")


def test_stop_button_data_round_trips_and_refuses_junk():
    assert unfollow_data("GEO") == "unf:GEO"
    assert unfollowed_country("unf:GEO") == "GEO"
    for junk in ("unf:", "unf:geo", "unf:GEOX", "lang:GEO", "unf:GE", "pg:f:0:0::GEO"):
        assert unfollowed_country(junk) is None, junk
    assert len(unfollow_data("GEO").encode()) <= CALLBACK_LIMIT


def test_the_list_is_in_name_order_in_the_readers_language():
    codes = ["KAZ", "GEO", "ARM"]
    assert by_name(codes, ENGLISH) == ["ARM", "GEO", "KAZ"]
    # Грузия, Казахстан; Armenia is Армения: the order follows the Russian names.
    assert by_name(codes, words_for("ru")) == ["ARM", "GEO", "KAZ"]
    assert by_name(["GEO", "AUT"], ENGLISH) == ["AUT", "GEO"]
    assert by_name(["GEO", "AUT"], words_for("ru")) == ["AUT", "GEO"]  # Австрия, Грузия
    assert render_following(codes, ENGLISH, group=False) == (
        "<b>You follow</b>\n• Armenia\n• Georgia\n• Kazakhstan\n\n"
        "New facts, corrections and retractions on these countries are sent here. "
        "Press a button to stop following one."
    )


def test_names_are_escaped_in_messages_and_plain_on_buttons():
    assert "Bosnia &amp; Herzegovina" in render_followed("BIH", ENGLISH, group=False)
    assert "• Bosnia &amp; Herzegovina" in render_following(["BIH"], ENGLISH, group=True)
    assert stop_label("BIH", ENGLISH) == "Stop following Bosnia & Herzegovina"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_reply_names_the_country_in_the_readers_language(language: str):
    words = words_for(language)
    name = words.country("GEO")
    for group in (False, True):
        assert render_followed("GEO", words, group=group).count(name) == 2
        assert name in render_following(["GEO"], words, group=group)
        assert "/follow georgia" in render_following([], words, group=group)
    assert name in stop_label("GEO", words)
