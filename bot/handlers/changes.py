"""Saving a curator's edit or retraction, after a preview when followers will be told of it.

A change that would notify followers is shown first with Save and Cancel. It waits in the
curator's ``user_data`` under a random token the buttons carry, with the fact's version it was
checked against: Save saves it with that version (a fact changed meanwhile is refused, not
overwritten), once (the first press takes it; a later one finds it gone). ``user_data`` is
kept in the curator's session in the store (bot.sessions), so the press works on another
replica or after a restart; once the session expires, a press says the preview expired.
"""

from __future__ import annotations

import secrets
from dataclasses import asdict, dataclass
from typing import Any

import structlog
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update

from bot.context import FactContext
from bot.handlers.access import actor, curators_only
from bot.handlers.languages import reader_words
from bot.language.countries import country_code
from bot.language.words import Words
from bot.render.formatting import html_to_text
from bot.render.previews import render_notified, render_preview_cancelled, render_preview_expired
from bot.render.reports import error_text, render_changed, render_field_errors, render_retracted
from bot.sessions import SessionPart
from storage import FactNotFound, FactRetracted, InvalidFact, RowInvalid

__all__ = [
    "CHANGES_SESSION",
    "CHANGE_DATA",
    "PendingChange",
    "change_button",
    "offer_change",
    "save_change",
]

log = structlog.get_logger(__name__)

# Save and Cancel buttons' data: "chg:s:TOKEN", "chg:c:TOKEN" (an 11-character token).
CHANGE_DATA = "chg:"
_KEY = "pending_changes"
# Previews a curator may leave unanswered before the oldest is forgotten.
_KEPT = 20


@dataclass(frozen=True)
class PendingChange:
    """An edit (``changes``) or a retraction (``reason``) of a fact, checked at ``version``."""

    fact_id: int
    version: int
    changes: tuple[tuple[str, str], ...] = ()
    reason: str | None = None


def _dump(kept: dict[str, PendingChange]) -> dict[str, Any]:
    """A curator's pending changes as JSON, for their session (bot.sessions)."""
    return {token: asdict(change) for token, change in kept.items()}


def _load(saved: dict[str, Any], _held: object) -> dict[str, PendingChange]:
    return {
        token: PendingChange(
            change["fact_id"],
            change["version"],
            tuple((name, value) for name, value in change["changes"]),
            change["reason"],
        )
        for token, change in saved.items()
    }


CHANGES_SESSION = SessionPart(_KEY, _dump, _load)


def _pending(context: FactContext) -> dict[str, PendingChange]:
    if context.user_data is None:
        raise RuntimeError("a curator's message has a user")
    kept = context.user_data.setdefault(_KEY, {})
    if not isinstance(kept, dict):
        raise TypeError(f"user_data[{_KEY!r}] holds something else")
    return kept


async def save_change(update: Update, context: FactContext, change: PendingChange) -> str:
    """Save ``change`` at the version it was checked at; the reply (HTML) saying what
    happened, with how many followers will be notified."""
    words = await reader_words(update, context)
    store = context.bot_data.store
    try:
        if change.reason is not None:
            fact = await store.retract_fact(
                change.fact_id, change.reason, by=actor(update), expected_version=change.version
            )
        else:
            fact = await store.edit_fact(
                change.fact_id, dict(change.changes), by=actor(update),
                resolve_country=country_code, expected_version=change.version,
            )  # fmt: skip
    except RowInvalid as error:
        intro = words.say("Fact #{id} was not changed:", id=change.fact_id)
        return render_field_errors(intro, error.errors, words)
    except (FactNotFound, FactRetracted, InvalidFact) as error:
        intro = words.say("Nothing changed: {reason}.", reason=error_text(error, words))
        return render_field_errors(intro, [], words)
    owed = await store.notices_owed_for(fact.id, fact.version)
    if change.reason is not None:
        log.info("fact_retracted", fact_id=fact.id, version=fact.version, notified=owed)
        report = render_retracted(fact, words)
    else:
        history = await store.history(fact.id)
        fields = sorted(name for name, _ in change.changes)
        log.info(
            "fact_edited", fact_id=fact.id, version=fact.version, fields=fields, notified=owed
        )
        report = render_changed(fact, history[-1], words)
    return f"{report}\n\n{render_notified(owed, words)}"


def _buttons(token: str, words: Words) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    words.say_in("button", "Save"), callback_data=f"{CHANGE_DATA}s:{token}"
                ),
                InlineKeyboardButton(
                    words.say_in("button", "Cancel"), callback_data=f"{CHANGE_DATA}c:{token}"
                ),
            ]
        ]
    )


async def offer_change(
    update: Update, context: FactContext, change: PendingChange, preview: str
) -> None:
    """Show ``preview`` with Save and Cancel, keeping ``change`` until one is pressed."""
    message = update.effective_message
    if message is None:
        return
    words = await reader_words(update, context)
    kept = _pending(context)
    token = secrets.token_urlsafe(8)
    kept[token] = change
    while len(kept) > _KEPT:
        del kept[next(iter(kept))]
    log.info("change_previewed", fact_id=change.fact_id, retraction=change.reason is not None)
    await message.reply_text(preview, reply_markup=_buttons(token, words))


@curators_only
async def change_button(update: Update, context: FactContext) -> None:
    """Save or Cancel under a preview: save the change once, or drop it."""
    query = update.callback_query
    if query is None:
        return
    words = await reader_words(update, context)
    action, _, token = (query.data or "").removeprefix(CHANGE_DATA).partition(":")
    change = _pending(context).pop(token, None)
    if change is None:
        log.info("change_preview_expired")
        await query.answer(html_to_text(render_preview_expired(words)), show_alert=True)
        return
    await query.answer()
    if action == "s":
        text = await save_change(update, context, change)
    else:
        log.info("change_cancelled", fact_id=change.fact_id)
        text = render_preview_cancelled(change.fact_id, words)
    if isinstance(query.message, Message):
        await query.message.edit_text(text, reply_markup=None)
