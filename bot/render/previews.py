"""Pure functions for the curators' preview of an edit or a retraction that followers will be
told about: what would change, whom it would notify, and what became of it."""

from __future__ import annotations

import html
from collections.abc import Sequence

from bot.language.words import Words
from bot.render.formatting import render_entry
from storage.history import Change
from storage.models import Fact, FactDraft

__all__ = [
    "render_edit_preview",
    "render_notified",
    "render_preview_cancelled",
    "render_preview_expired",
    "render_retraction_preview",
]


def _change_line(change: Change) -> str:
    # Field names are what curators type (value=, claim=): they stay as they are.
    before, after = (html.escape(text[:200]) or "—" for text in (change.before, change.after))
    return f"• {html.escape(change.field)}: {before} → {after}"


def _notify(followers: int, countries: Sequence[str], words: Words) -> str:
    names = ", ".join(html.escape(words.country(code)) for code in countries)
    return words.plural(
        "This will notify {count} follower (chats following {countries}).",
        "This will notify {count} followers (chats following {countries}).",
        followers,
        countries=names,
    )


def render_edit_preview(
    fact_id: int,
    changes: Sequence[Change],
    draft: FactDraft,
    followers: int,
    countries: Sequence[str],
    words: Words,
) -> str:
    """An edit not saved yet: what it changes, the fact as answers would show it, and how
    many followers it would notify (of which countries)."""
    head = words.say("<b>Fact #{id} is not changed yet.</b> This edit changes:", id=fact_id)
    lines = "\n".join(_change_line(change) for change in changes)
    return (
        f"{head}\n{lines}\n\n{render_entry(draft, words)}\n\n"
        f"{_notify(followers, countries, words)}"
    )


def render_retraction_preview(
    fact: Fact, reason: str, followers: int, countries: Sequence[str], words: Words
) -> str:
    """A retraction not saved yet: the fact, the reason, and how many followers it would
    notify (of which countries)."""
    head = words.say("<b>Retract fact #{id}?</b> Nothing is changed yet.", id=fact.id)
    why = words.say("Reason: {reason}", reason=html.escape(reason))
    return (
        f"{head}\n\n{render_entry(fact, words)}\n\n{why}\n\n{_notify(followers, countries, words)}"
    )


def render_notified(owed: int, words: Words) -> str:
    """After a change is saved: how many followers are owed its notice (the sender sends)."""
    if owed == 0:
        return words.say("No chat follows the countries of this fact: nobody was notified.")
    return words.plural(
        "{count} follower will be notified.", "{count} followers will be notified.", owed
    )


def render_preview_cancelled(fact_id: int, words: Words) -> str:
    """Cancel pressed under a preview."""
    return words.say("Cancelled: fact #{id} was not changed.", id=fact_id)


def render_preview_expired(words: Words) -> str:
    """A preview's button whose change is no longer held (saved, cancelled, or the curator's
    session expired: bot.sessions)."""
    return words.say(
        "This preview has expired (it was answered already, or it waited too long): "
        "nothing more was saved. Send the command again."
    )
