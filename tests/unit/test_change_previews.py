"""The pure text of a curator's preview of an edit or a retraction followers will be told of."""

from __future__ import annotations

from bot.language.words import words_for
from bot.render.previews import render_edit_preview, render_notified, render_retraction_preview
from storage import Fact
from storage.history import Change
from tests.factories import make_draft

ENGLISH = words_for("en")


def _fact() -> Fact:
    draft = make_draft()
    return Fact.model_validate(
        draft.model_dump() | {"id": 7, "version": 3, "status": "published",
                              "created_at": "2022-10-04T00:00:00", "created_by": "t",
                              "updated_at": "2022-10-04T00:00:00", "updated_by": "t"}
    )  # fmt: skip


def test_an_edit_preview_lists_changes_escaped_and_whom_it_notifies():
    text = render_edit_preview(
        7, [Change("claim", "a <b>", "b & c"), Change("note", "", "x")], make_draft(), 2,
        ["BIH", "GEO"], ENGLISH,
    )  # fmt: skip
    assert text.startswith(
        "<b>Fact #7 is not changed yet.</b> This edit changes:\n"
        "• claim: a &lt;b&gt; → b &amp; c\n• note: — → x\n\n"
    )
    assert text.endswith(
        "This will notify 2 followers (chats following Bosnia &amp; Herzegovina, Georgia)."
    )


def test_a_retraction_preview_shows_the_reason_escaped():
    text = render_retraction_preview(_fact(), "<dup>", 1, ["GEO"], ENGLISH)
    assert text.startswith("<b>Retract fact #7?</b> Nothing is changed yet.\n\n▪️ ")
    assert "Reason: &lt;dup&gt;" in text
    assert text.endswith("This will notify 1 follower (chats following Georgia).")


def test_how_many_were_notified_in_each_language():
    assert render_notified(0, ENGLISH) == (
        "No chat follows the countries of this fact: nobody was notified."
    )
    assert render_notified(1, ENGLISH) == "1 follower will be notified."
    assert render_notified(5, words_for("ru")) == "Будут уведомлены 5 подписчиков."
    assert render_notified(3, words_for("ru")) == "Будут уведомлены 3 подписчика."
