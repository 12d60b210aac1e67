"""/addfact: a curator adds a fact, guided step by step or as one message of field=value pairs.

Both ways end in the same preview, the fact as /flows will show it, with Save and Cancel
buttons; nothing is stored before Save. Drafts wait in the curator's ``user_data``, which their
session keeps in the store (bot.sessions: it survives a restart and reaches every replica), and
buttons carry only short keys to them, so a button already used, or one whose session expired,
is answered "expired" instead of trusted.

Callback data (each under Telegram's 64 bytes):

- ``addfact:pick:<field>:<value>``: a choice in the guided flow; an empty value is Skip.
- ``addfact:save:<user id>:<token>`` and ``addfact:cancel:<user id>:<token>``: a preview's
  buttons; the token names the draft in that curator's ``user_data``.
"""

from __future__ import annotations

import html
import re
import secrets
import warnings
from dataclasses import dataclass, field
from typing import Any

import structlog
from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.context import FactContext
from bot.curation.fieldargs import FieldArgsError, command_arguments, parse_field_args
from bot.curation.steps import AnswerInvalid, Step, active_row, next_step, step_for
from bot.handlers.access import actor, curators_step
from bot.handlers.languages import reader_words
from bot.language.countries import country_code
from bot.language.words import N_, Words
from bot.render.formatting import render_entry
from bot.render.reports import error_text, phrase_text, render_field_errors, render_preview
from bot.sessions import SessionPart, timing_out
from storage import (
    CONTENT_FIELDS,
    DuplicateFact,
    FactDraft,
    FieldError,
    InvalidFact,
    RowInvalid,
    draft_from_row,
)
from storage.words import say

__all__ = ["ADDFACT_SESSION", "addfact_conversation"]

log = structlog.get_logger(__name__)

END = ConversationHandler.END
ASKING, PREVIEW = range(2)
# Unsaved one-message previews a curator may keep open at once; older ones expire.
_PREVIEWS_KEPT = 10
_PICK = re.compile(r"addfact:pick:(\w+):(\w*)")
_PREVIEW_BUTTON = re.compile(r"addfact:(save|cancel):([0-9]+):([\w-]+)")
# Message ids, said in the curator's language where they are sent.
_EXPIRED = N_("This preview has expired: nothing was saved. Send /addfact again.")
_INTRO = N_(
    "<b>Adding a fact.</b> I ask for each field in turn; nothing is saved until you press "
    "Save under the preview. /cancel stops."
)
_USAGE = N_(
    "Send /addfact alone to be asked field by field, or give every field as "
    "<code>field=value</code>, quoting values with spaces: <code>/addfact metric=entered "
    'origin=russia destination=georgia qualifier=about value=50000 claim="…" …</code>'
)


@dataclass
class _Guided:
    """A guided draft: the answers so far, the field being asked, its preview's token."""

    row: dict[str, str] = field(default_factory=dict)
    asking: str | None = None
    token: str | None = None


@dataclass
class _Drafts:
    """One curator's unsaved work: a guided draft per chat, and previews awaiting a button."""

    guided: dict[int, _Guided] = field(default_factory=dict)
    previews: dict[str, FactDraft] = field(default_factory=dict)

    def hold(self, draft: FactDraft) -> str:
        """Keep a previewed draft until its Save or Cancel; the token its buttons carry."""
        token = secrets.token_urlsafe(6)
        self.previews[token] = draft
        while len(self.previews) > _PREVIEWS_KEPT:
            del self.previews[next(iter(self.previews))]
        return token

    def release(self, token: str) -> None:
        """Forget a preview, and the guided draft it ends, if any."""
        self.previews.pop(token, None)
        for chat_id, guided in list(self.guided.items()):
            if guided.token == token:
                del self.guided[chat_id]

    def drop_guided(self, chat_id: int) -> bool:
        """Forget the guided draft of a chat and its preview; whether there was one."""
        guided = self.guided.pop(chat_id, None)
        if guided is not None and guided.token is not None:
            self.previews.pop(guided.token, None)
        return guided is not None

    def state(self, chat_id: int) -> int:
        """The conversation state of this chat, for handlers that must leave it as it is.

        PTB schedules a timeout after any handler that does not return END, and None keeps
        no state, so a Save pressed with no conversation running must return END, and one
        pressed during a guided conversation its current state.
        """
        guided = self.guided.get(chat_id)
        if guided is None:
            return END
        return ASKING if guided.asking else PREVIEW


def _dump(drafts: _Drafts) -> dict[str, Any]:
    """A curator's drafts as JSON, for their session (bot.sessions)."""
    if not drafts.guided and not drafts.previews:
        return {}
    return {
        "guided": {
            str(chat): {"row": guided.row, "asking": guided.asking, "token": guided.token}
            for chat, guided in drafts.guided.items()
        },
        "previews": {
            token: draft.model_dump(mode="json") for token, draft in drafts.previews.items()
        },
    }


def _load(saved: dict[str, Any], _held: object) -> _Drafts:
    return _Drafts(
        guided={
            int(chat): _Guided(dict(guided["row"]), guided["asking"], guided["token"])
            for chat, guided in saved["guided"].items()
        },
        previews={
            token: FactDraft.model_validate(draft) for token, draft in saved["previews"].items()
        },
    )


def _drop_chat(drafts: _Drafts, chat_id: int) -> None:
    drafts.drop_guided(chat_id)


# The conversation's name, its key in user_data and in the curator's session.
_NAME = "addfact"
ADDFACT_SESSION = SessionPart(_NAME, _dump, _load, _drop_chat)


def _drafts(context: FactContext) -> _Drafts:
    if context.user_data is None:
        raise RuntimeError("/addfact handlers run only for updates from a user")
    drafts = context.user_data.setdefault(_NAME, _Drafts())
    if not isinstance(drafts, _Drafts):
        raise TypeError("user_data['addfact'] holds something else")
    return drafts


def _chat_id(update: Update) -> int:
    if update.effective_chat is None:
        raise RuntimeError("/addfact handlers run only for updates in a chat")
    return update.effective_chat.id


async def _send(update: Update, context: FactContext, text: str, markup: Any = None) -> None:
    message = update.effective_message
    if message is not None:
        await message.reply_text(text, reply_markup=markup)
    else:  # a button on a message too old to reply to
        await context.bot.send_message(_chat_id(update), text, reply_markup=markup)


async def _edit(query: CallbackQuery, text: str) -> None:
    if isinstance(query.message, Message):
        await query.message.edit_text(text)


def _keyboard(buttons: list[tuple[str, str]]) -> InlineKeyboardMarkup | None:
    keys = [InlineKeyboardButton(label, callback_data=data) for label, data in buttons]
    return (
        InlineKeyboardMarkup([keys[i : i + 2] for i in range(0, len(keys), 2)]) if keys else None
    )


def _step_keyboard(step: Step, row: dict[str, str], words: Words) -> InlineKeyboardMarkup | None:
    return _keyboard(step.buttons(active_row(row), words))


def _usage(words: Words) -> str:
    """How to start /addfact, after a refusal."""
    return "\n\n" + words.say(_USAGE)


def _duplicate(fact_id: int, words: Words) -> str:
    return words.say(
        "Not added: the same fact is already stored as fact #{id}. "
        "See it with <code>/fact {id}</code>.",
        id=fact_id,
    )


async def _preview(
    update: Update, context: FactContext, draft: FactDraft, words: Words
) -> str | None:
    """Show the draft as answers will, with Save and Cancel; None if it is a duplicate."""
    existing = await context.bot_data.store.find_duplicate(draft)
    if existing is not None:
        log.info("addfact_duplicate_refused", fact_id=existing)
        await _send(update, context, _duplicate(existing, words))
        return None
    token = _drafts(context).hold(draft)
    owner = update.effective_user.id if update.effective_user else 0
    markup = _keyboard(
        [
            (words.say_in("button", "Save"), f"addfact:save:{owner}:{token}"),
            (words.say_in("button", "Cancel"), f"addfact:cancel:{owner}:{token}"),
        ]
    )
    await _send(update, context, render_preview(draft, words), markup)
    log.info("addfact_previewed")
    return token


async def _advance(update: Update, context: FactContext, words: Words, prefix: str = "") -> int:
    """Ask the next open question, or check the answers together and show the preview."""
    drafts, chat_id = _drafts(context), _chat_id(update)
    guided = drafts.guided[chat_id]
    step = next_step(guided.row)
    if step is not None:
        guided.asking = step.field
        keyboard = _step_keyboard(step, guided.row, words)
        await _send(update, context, prefix + step.ask(words), keyboard)
        return ASKING
    row = active_row(guided.row)
    try:
        draft = draft_from_row(row, resolve_country=country_code)
    except RowInvalid as error:
        blamed = next((e.field for e in error.errors if e.field in row), None)
        refusal = render_field_errors(
            words.say("These answers do not fit together:"), error.errors, words
        )
        if blamed is None:  # no question to ask again: start over
            drafts.drop_guided(chat_id)
            await _send(update, context, refusal + _usage(words))
            return END
        log.info("addfact_answer_refused", field=blamed, across_fields=True)
        del guided.row[blamed]
        return await _advance(update, context, words, refusal + "\n\n")
    guided.asking = None
    guided.token = await _preview(update, context, draft, words)
    if guided.token is None:
        drafts.drop_guided(chat_id)
        return END
    return PREVIEW


async def _one_message(update: Update, context: FactContext, arguments: str, words: Words) -> None:
    try:
        fields = parse_field_args(arguments)
    except FieldArgsError as error:
        intro = words.say("Not added: {reason}.", reason=phrase_text(error.phrase, words))
        await _send(update, context, render_field_errors(intro, [], words) + _usage(words))
        return
    # Ids, versions and dates of change are the store's to set, not the curator's.
    errors = [
        FieldError(name, say("is not a fact field"))
        for name in fields
        if name not in CONTENT_FIELDS
    ]
    try:
        draft = draft_from_row(
            {name: value for name, value in fields.items() if name in CONTENT_FIELDS},
            resolve_country=country_code,
        )
    except RowInvalid as error:
        errors += error.errors
    if errors:
        refusal = render_field_errors(words.say("Not added:"), errors, words)
        await _send(update, context, refusal + _usage(words))
        return
    await _preview(update, context, draft, words)


async def addfact(update: Update, context: FactContext) -> int:
    """Starts the guided /addfact, or previews a fact given as field=value pairs."""
    drafts, chat_id = _drafts(context), _chat_id(update)
    words = await reader_words(update, context)
    message = update.effective_message
    arguments = command_arguments(message.text if message else None)
    if arguments.strip():
        await _one_message(update, context, arguments, words)
        return drafts.state(chat_id)
    drafts.drop_guided(chat_id)
    drafts.guided[chat_id] = _Guided()
    log.info("addfact_started")
    return await _advance(update, context, words, words.say(_INTRO) + "\n\n")


async def answer(update: Update, context: FactContext) -> int:
    """Checks the answer to the open question, then asks the next one or shows the preview."""
    drafts, chat_id = _drafts(context), _chat_id(update)
    guided = drafts.guided.get(chat_id)
    message = update.effective_message
    if guided is None or guided.asking is None or message is None:
        return drafts.state(chat_id)
    words = await reader_words(update, context)
    step = step_for(guided.asking)
    try:
        guided.row[step.field] = step.answer(message.text or "", active_row(guided.row), words)
    except AnswerInvalid as error:
        log.info("addfact_answer_refused", field=step.field)
        text = f"{html.escape(str(error))}\n\n{step.ask(words)}"
        await _send(update, context, text, _step_keyboard(step, guided.row, words))
        return ASKING
    return await _advance(update, context, words)


async def waiting(update: Update, context: FactContext) -> int:
    """Reminds the curator that the preview waits for Save or Cancel."""
    words = await reader_words(update, context)
    await _send(
        update, context, words.say("Press Save or Cancel under the preview, or send /cancel.")
    )
    return PREVIEW


async def _picked(
    update: Update,
    context: FactContext,
    query: CallbackQuery,
    words: Words,
    field_name: str,
    value: str,
) -> int:
    drafts, chat_id = _drafts(context), _chat_id(update)
    guided = drafts.guided.get(chat_id)
    if guided is None or guided.asking != field_name:
        await query.answer(words.say("That question is closed. Send /addfact to add a fact."))
        return drafts.state(chat_id)
    step = step_for(field_name)
    try:
        guided.row[field_name] = step.pick(value, active_row(guided.row), words)
    except AnswerInvalid as error:
        await query.answer(str(error)[:200])
        return ASKING
    await query.answer()
    await _edit(query, f"{step.ask(words)}\n→ <b>{html.escape(step.label(value, words))}</b>")
    return await _advance(update, context, words)


async def _pressed(
    update: Update,
    context: FactContext,
    query: CallbackQuery,
    words: Words,
    action: str,
    owner: str,
    token: str,
) -> int:
    drafts, chat_id = _drafts(context), _chat_id(update)
    if int(owner) != query.from_user.id:
        await query.answer(words.say("This preview is another curator's."), show_alert=True)
        return drafts.state(chat_id)
    draft = drafts.previews.get(token)
    if draft is None:
        drafts.release(token)
        log.info("addfact_preview_expired")
        await query.answer(words.say(_EXPIRED), show_alert=True)
        return drafts.state(chat_id)
    if action == "cancel":
        log.info("addfact_cancelled")
        answer, text = words.say("Cancelled."), words.say("Cancelled: nothing was saved.")
    else:
        try:
            fact = await context.bot_data.store.add_fact(draft, by=actor(update))
        except DuplicateFact as error:
            log.info("addfact_duplicate_refused", fact_id=error.fact_id)
            answer = words.say("Not saved: a duplicate.")
            text = _duplicate(error.fact_id, words)
        except InvalidFact as error:
            answer = words.say("Not saved.")
            intro = words.say("Not saved: {reason}.", reason=error_text(error, words))
            text = render_field_errors(intro, [], words)
        else:
            log.info("fact_added", fact_id=fact.id)
            answer = words.say("Saved as fact #{id}.", id=fact.id)
            text = f"<b>{answer}</b>\n\n{render_entry(fact, words)}"
    # The preview is done with. (A store that could not be reached raised above, and left
    # the preview in place to press Save again.)
    drafts.release(token)
    await query.answer(answer)
    await _edit(query, text)
    return drafts.state(chat_id)


async def button(update: Update, context: FactContext) -> int:
    """Acts on an /addfact button: a choice or Skip, Save or Cancel."""
    query = update.callback_query
    if query is None:
        return _drafts(context).state(_chat_id(update))
    words = await reader_words(update, context)
    data = query.data or ""
    if (pick := _PICK.fullmatch(data)) is not None:
        return await _picked(update, context, query, words, *pick.groups())
    if (pressed := _PREVIEW_BUTTON.fullmatch(data)) is not None:
        return await _pressed(update, context, query, words, *pressed.groups())
    await query.answer(words.say(_EXPIRED))
    return _drafts(context).state(_chat_id(update))


async def cancel(update: Update, context: FactContext) -> int:
    """Drops the fact being added in this chat; nothing is saved."""
    words = await reader_words(update, context)
    if _drafts(context).drop_guided(_chat_id(update)):
        log.info("addfact_cancelled")
        await _send(
            update,
            context,
            words.say("Cancelled: nothing was saved. Send /addfact to start again."),
        )
    else:
        await _send(update, context, words.say("There is nothing to cancel."))
    return END


async def timed_out(update: Update, context: FactContext) -> None:
    """Tells the curator their unfinished fact was dropped, unsaved, after a silence."""
    async with timing_out(update, context.bot_data.sessions, _NAME) as due:
        if due:
            await _time_up(update, context)


async def _time_up(update: Update, context: FactContext) -> None:
    if _drafts(context).drop_guided(_chat_id(update)):
        log.info("addfact_timed_out")
        words = await reader_words(update, context)
        await _send(
            update,
            context,
            words.say(
                "Time is up: the fact you were adding was dropped and nothing was saved. "
                "Send /addfact to start again."
            ),
        )


def addfact_conversation(*, timeout: float) -> ConversationHandler[FactContext]:
    """The /addfact conversation handler: both forms, their buttons, /cancel and the timeout.

    Args:
        timeout: seconds of silence after which a guided /addfact is dropped, unsaved.
    """
    # New messages only: an edited earlier answer must not answer the question asked now.
    new = filters.UpdateType.MESSAGE
    text = new & filters.TEXT & ~filters.COMMAND
    # /cancel is an entry point too, so that one sent with nothing running is answered; with
    # allow_reentry, entry points are tried first, so the fallback only backs it up.
    cancel_command: CommandHandler[FactContext, object] = CommandHandler(
        "cancel", curators_step(cancel), filters=new
    )
    with warnings.catch_warnings():
        # PTB warns that with per_message=False a CallbackQueryHandler is not tracked per
        # message. That is what we want: one conversation per curator per chat, and every
        # button carries the key of the draft it acts on, checked against user_data.
        warnings.filterwarnings(
            "ignore", message="If 'per_message=False'", category=PTBUserWarning
        )
        return ConversationHandler(
            entry_points=[
                CommandHandler("addfact", curators_step(addfact), filters=new),
                cancel_command,
                # Buttons are entry points: a preview's Save works with or without a guided
                # conversation running, and a stale button is still answered.
                CallbackQueryHandler(curators_step(button), pattern=r"^addfact:"),
            ],
            states={
                ASKING: [MessageHandler(text, curators_step(answer))],
                PREVIEW: [MessageHandler(text, curators_step(waiting))],
                ConversationHandler.TIMEOUT: [TypeHandler(Update, timed_out)],
            },
            fallbacks=[cancel_command],
            allow_reentry=True,
            per_message=False,
            conversation_timeout=timeout,
            # Named: its states are kept in the curator's session under this name.
            name=_NAME,
        )
