"""/ingest: a curator gives an article; the bot proposes its facts one by one, Save, Edit or Skip.

The article comes pasted (after /ingest, or as its argument), as a .txt or .html document, or
as a forwarded channel post (whose channel and date are its publisher and publication day).
What the text does not say of its document (publisher, title, date) is asked for, one field at
a time. Save stores the candidate as /addfact does (same validation, duplicate check and audit
log; every fact of the article cites one stored document); Edit gives the candidate as an
/addfact command of field=value pairs to correct and send; Skip goes on. Nothing is stored
before Save.

Callback data: ``ingest:<save|edit|skip>:<user id>:<token>:<position>`` (under 64 bytes). The
token names the review in the curator's ``user_data`` (kept in their session in the store,
bot.sessions): a button from an earlier article, or one whose session expired, is answered
"expired".
"""

from __future__ import annotations

import html
import re
import secrets
import shlex
import warnings
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

import structlog
from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    MessageOriginChannel,
    Update,
)
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.answers.ingest import mark_duplicates
from bot.context import FactContext
from bot.curation.fieldargs import command_arguments
from bot.curation.steps import AnswerInvalid, step_for
from bot.handlers.access import actor, curators_step
from bot.handlers.languages import reader_words
from bot.ingest.article import MAX_FILE_BYTES, ArticleRefused, clean_text, read_article
from bot.ingest.drafts import DocumentFields, MissingFields
from bot.ingest.header import post_title
from bot.ingest.proposals import Proposal, article_language, propose
from bot.language.words import N_, Words
from bot.render.formatting import render_entry
from bot.render.ingest import render_candidate, render_proposal_summary
from bot.render.reports import error_text, phrase_text
from bot.sessions import SessionPart
from storage import DuplicateFact, InvalidFact, row_from_draft
from storage.words import say

__all__ = ["INGEST_SESSION", "ingest_conversation"]

log = structlog.get_logger(__name__)

END = ConversationHandler.END
ARTICLE, FIELD, REVIEW = range(3)
_BUTTON = re.compile(r"ingest:(save|edit|skip):([0-9]+):([\w-]+):([0-9]+)")
_ASK_ARTICLE = N_(
    "<b>Send the article:</b> paste its text, send it as a .txt or .html file, or forward a "
    "channel post. I propose its facts one by one; nothing is saved until you press Save. "
    "/cancel stops."
)
_EXPIRED = N_("This review has ended: send /ingest again.")
_QUESTIONS = {
    "publisher": N_("The text does not say who published it. Who did? e.g. "
                    "<code>Ukrainska Pravda</code>"),
    "title": N_("The text has no title I can read. What is the article's title?"),
    "published_at": N_("The text does not say when it was published. When was it? "
                       "<code>2022-10-04</code>, or with the time and UTC offset: "
                       "<code>2022-10-04T10:23+03:00</code>"),
}  # fmt: skip


@dataclass
class _Review:
    """One curator's article under review: what it gave, and how far the review has got."""

    text: str
    given: DocumentFields
    token: str = field(default_factory=lambda: secrets.token_urlsafe(6))
    proposal: Proposal | None = None
    position: int = 0
    asking: str | None = None
    saved: list[int] = field(default_factory=list)


def _dump(reviews: dict[int, _Review]) -> dict[str, Any]:
    """A curator's reviews as JSON, for their session (bot.sessions). The proposal is not
    kept: it is read again from the text, as it was first, where it is needed."""
    return {
        str(chat): {
            "text": review.text,
            "given": {
                name: value.isoformat() if isinstance(value, date) else value
                for name, value in asdict(review.given).items()
            },
            "token": review.token,
            "position": review.position,
            "asking": review.asking,
            "saved": review.saved,
        }
        for chat, review in reviews.items()
    }


def _load(saved: dict[str, Any], held: object) -> dict[int, _Review]:
    """The reviews of a session; a proposal this process still holds for one is kept."""
    held_reviews = held if isinstance(held, dict) else {}
    reviews: dict[int, _Review] = {}
    for chat, kept in saved.items():
        given = dict(kept["given"])
        if given.get("published_at") is not None:
            given["published_at"] = _moment(given["published_at"])
        review = _Review(
            kept["text"],
            DocumentFields(**given),
            token=kept["token"],
            position=kept["position"],
            asking=kept["asking"],
            saved=list(kept["saved"]),
        )
        before = held_reviews.get(int(chat))
        if isinstance(before, _Review) and before.token == review.token:
            review.proposal = before.proposal
        reviews[int(chat)] = review
    return reviews


# The conversation's name, its key in user_data and in the curator's session.
_NAME = "ingest"
INGEST_SESSION = SessionPart(_NAME, _dump, _load)


async def _proposal(context: FactContext, review: _Review) -> Proposal:
    """The review's proposal, read again if the review came from the store."""
    if review.proposal is None:
        store = context.bot_data.store
        proposal = propose(review.text, given=review.given, metrics=store.metrics)
        review.proposal = await mark_duplicates(store, proposal)
    return review.proposal


def _reviews(context: FactContext) -> dict[int, _Review]:
    if context.user_data is None:
        raise RuntimeError("/ingest handlers run only for updates from a user")
    reviews = context.user_data.setdefault(_NAME, {})
    if not isinstance(reviews, dict):
        raise TypeError("user_data['ingest'] holds something else")
    return reviews


def _chat_id(update: Update) -> int:
    if update.effective_chat is None:
        raise RuntimeError("/ingest handlers run only for updates in a chat")
    return update.effective_chat.id


async def _send(update: Update, context: FactContext, text: str, markup: Any = None) -> None:
    message = update.effective_message
    if message is not None and update.callback_query is None:
        await message.reply_text(text, reply_markup=markup)
    else:
        await context.bot.send_message(_chat_id(update), text, reply_markup=markup)


def _forwarded(message: Message, text: str) -> DocumentFields:
    """What a forwarded channel post says of itself: its channel, day, address and title (its
    headline, or the words it opens with)."""
    origin = message.forward_origin
    if not isinstance(origin, MessageOriginChannel):
        return DocumentFields()
    chat = origin.chat
    url = f"https://t.me/{chat.username}/{origin.message_id}" if chat.username else None
    published = origin.date.astimezone(UTC) if origin.date else None
    title = post_title(text, article_language(text))
    return DocumentFields(publisher=chat.title, title=title, published_at=published, url=url)


async def _article(update: Update, context: FactContext, words: Words) -> _Review | None:
    """The article the message carries, cleaned; None after saying why it cannot be read."""
    message = update.effective_message
    if message is None:
        return None
    try:
        return await _review_of(message)
    except ArticleRefused as refused:
        log.info("ingest_article_refused")
        await _send(
            update,
            context,
            words.say(
                "I cannot read that as an article: {reason}.",
                reason=html.escape(phrase_text(refused.phrase, words)),
            ),
        )
        return None


async def _review_of(message: Message) -> _Review:
    """A review of the article ``message`` holds.

    Raises:
        ArticleRefused: it holds nothing that reads as an article.
    """
    document = message.document
    if document is not None:
        if document.file_size is not None and document.file_size > MAX_FILE_BYTES:
            # Not worth the download: Telegram says the size first.
            raise ArticleRefused(
                say(
                    "the file is {size} KB; the limit is {limit} KB",
                    size=document.file_size // 1024,
                    limit=MAX_FILE_BYTES // 1024,
                )
            )
        data = await (await document.get_file()).download_as_bytearray()
        text, meta = read_article(
            bytes(data), file_name=document.file_name, mime_type=document.mime_type
        )
        return _Review(text, DocumentFields.of(meta))
    typed = message.text or message.caption or ""
    if typed.startswith("/ingest"):
        typed = command_arguments(typed)
    text = clean_text(typed)
    return _Review(text, _forwarded(message, text))


async def ingest(update: Update, context: FactContext) -> int:
    """Starts a review: asks for the article, or reads the one given with the command."""
    words = await reader_words(update, context)
    message = update.effective_message
    if message is None:
        return END
    _reviews(context).pop(_chat_id(update), None)
    if not command_arguments(message.text or "").strip():
        log.info("ingest_started")
        await _send(update, context, words.say(_ASK_ARTICLE))
        return ARTICLE
    return await _start(update, context, words)


async def article(update: Update, context: FactContext) -> int:
    """Reads the article the curator sent."""
    words = await reader_words(update, context)
    return await _start(update, context, words)


async def _start(update: Update, context: FactContext, words: Words) -> int:
    review = await _article(update, context, words)
    if review is None:
        return ARTICLE
    _reviews(context)[_chat_id(update)] = review
    return await _propose(update, context, review, words)


async def _propose(update: Update, context: FactContext, review: _Review, words: Words) -> int:
    store = context.bot_data.store
    try:
        proposal = propose(review.text, given=review.given, metrics=store.metrics)
    except MissingFields as missing:
        review.asking = missing.names[0]
        await _send(update, context, words.say(_QUESTIONS[review.asking]))
        return FIELD
    review.proposal = await mark_duplicates(store, proposal)
    review.asking = None
    log.info(
        "ingest_proposed",
        language=proposal.language,
        candidates=len(proposal.proposed),
        left_out=len(proposal.left_out),
    )
    await _send(update, context, render_proposal_summary(review.proposal, words))
    return await _show_next(update, context, review, words)


async def document_field(update: Update, context: FactContext) -> int:
    """Takes the answer about the document (publisher, title or date), then proposes."""
    words = await reader_words(update, context)
    review = _reviews(context).get(_chat_id(update))
    message = update.effective_message
    if review is None or review.asking is None or message is None:
        return END
    step = step_for(review.asking)
    try:
        value = step.answer(message.text or "", {}, words)
    except AnswerInvalid as error:
        await _send(
            update, context, f"{html.escape(str(error))}\n\n{words.say(_QUESTIONS[review.asking])}"
        )
        return FIELD
    # The step checked the answer: a real day, or a time with its UTC offset.
    if review.asking == "published_at":
        review.given = replace(review.given, published_at=_moment(value))
    elif review.asking == "title":
        review.given = replace(review.given, title=value)
    else:
        review.given = replace(review.given, publisher=value)
    return await _propose(update, context, review, words)


def _moment(value: str) -> date | datetime:
    return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)


async def _show_next(update: Update, context: FactContext, review: _Review, words: Words) -> int:
    """Show the next candidate not yet held by the store, or end the review."""
    proposed = (await _proposal(context, review)).proposed
    while review.position < len(proposed) and proposed[review.position].duplicate_of is not None:
        review.position += 1
    if review.position >= len(proposed):
        _reviews(context).pop(_chat_id(update), None)
        # A long article may give hundreds: the message stays within Telegram's limit.
        saved = ", ".join(f"#{fact_id}" for fact_id in review.saved[:50]) or "—"
        if len(review.saved) > 50:
            saved += f", … ({words.number(len(review.saved))})"
        await _send(
            update,
            context,
            words.say("Review done. Saved: {saved}.", saved=saved),
        )
        log.info("ingest_done", saved=len(review.saved))
        return END
    item = proposed[review.position]
    owner = update.effective_user.id if update.effective_user else 0
    data = f"{owner}:{review.token}:{review.position}"
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    words.say_in("button", "Save"), callback_data=f"ingest:save:{data}"
                ),
                InlineKeyboardButton(
                    words.say_in("button", "Edit"), callback_data=f"ingest:edit:{data}"
                ),
                InlineKeyboardButton(
                    words.say_in("button", "Skip"), callback_data=f"ingest:skip:{data}"
                ),
            ]
        ]
    )
    text = render_candidate(item, review.position + 1, len(proposed), words)
    await _send(update, context, text, markup)
    return REVIEW


def _edit_command(row: dict[str, str]) -> str:
    """The candidate as one /addfact message of field=value pairs."""
    pairs = [f"{name}={shlex.quote(value)}" for name, value in row.items() if value]
    return "/addfact " + " ".join(pairs)


async def button(update: Update, context: FactContext) -> int:
    """Acts on a candidate's Save, Edit or Skip."""
    query = update.callback_query
    if query is None:
        return END
    words = await reader_words(update, context)
    pressed = _BUTTON.fullmatch(query.data or "")
    review = _reviews(context).get(_chat_id(update))
    if pressed is None:
        await query.answer(words.say(_EXPIRED), show_alert=True)
        return END
    action, owner, token, position = pressed.groups()
    if int(owner) != query.from_user.id:
        await query.answer(words.say("This review is another curator's."), show_alert=True)
        return REVIEW if review else END
    if review is None or review.token != token or review.position != int(position):
        await query.answer(words.say(_EXPIRED), show_alert=True)
        return REVIEW if review else END
    item = (await _proposal(context, review)).proposed[review.position]
    if action == "save":
        store = context.bot_data.store
        try:
            fact = await store.add_fact(item.draft, by=actor(update))
        except DuplicateFact as error:
            note = words.say(
                "Not saved: the same fact is already stored as fact #{id}.", id=error.fact_id
            )
        except InvalidFact as error:
            note = words.say("Not saved: {reason}.", reason=error_text(error, words))
        else:
            review.saved.append(fact.id)
            log.info("fact_added", fact_id=fact.id, via="ingest")
            saved = words.say("Saved as fact #{id}.", id=fact.id)
            note = f"<b>{saved}</b>\n\n{render_entry(fact, words)}"
    elif action == "edit":
        command = html.escape(_edit_command(row_from_draft(item.draft)))
        note = (
            words.say(
                "Copy this, change what is wrong and send it: it is previewed as /addfact does."
            )
            + f"\n\n<code>{command}</code>"
        )
    else:
        note = words.say("Skipped.")
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.edit_reply_markup(None)
    await _send(update, context, note)
    review.position += 1
    return await _show_next(update, context, review, words)


async def cancel(update: Update, context: FactContext) -> int:
    """Ends the review in this chat; what was saved stays saved."""
    words = await reader_words(update, context)
    review = _reviews(context).pop(_chat_id(update), None)
    text = (
        words.say("Review stopped. Nothing more is saved.")
        if review is not None
        else words.say("There is nothing to cancel.")
    )
    await _send(update, context, text)
    return END


async def waiting(update: Update, context: FactContext) -> int:
    """Reminds the curator that a candidate waits for Save, Edit or Skip."""
    words = await reader_words(update, context)
    await _send(
        update,
        context,
        words.say("Press Save, Edit or Skip under the candidate, or send /cancel."),
    )
    return REVIEW


def ingest_conversation(*, timeout: float) -> ConversationHandler[FactContext]:
    """The /ingest conversation: the article, the document's missing fields, the review."""
    new = filters.UpdateType.MESSAGE
    text = new & filters.TEXT & ~filters.COMMAND
    given = new & ((filters.TEXT & ~filters.COMMAND) | filters.Document.ALL | filters.FORWARDED)
    cancel_command: CommandHandler[FactContext, object] = CommandHandler(
        "cancel", curators_step(cancel), filters=new
    )
    with warnings.catch_warnings():
        # One review per curator per chat; every button carries the review's token, checked
        # against user_data, so tracking buttons per message is not needed (as in /addfact).
        warnings.filterwarnings(
            "ignore", message="If 'per_message=False'", category=PTBUserWarning
        )
        return _conversation(new, text, given, cancel_command, timeout)


def _conversation(
    new: filters.BaseFilter,
    text: filters.BaseFilter,
    given: filters.BaseFilter,
    cancel_command: CommandHandler[FactContext, object],
    timeout: float,
) -> ConversationHandler[FactContext]:
    return ConversationHandler(
        entry_points=[
            CommandHandler("ingest", curators_step(ingest), filters=new),
            CallbackQueryHandler(curators_step(button), pattern=r"^ingest:"),
        ],
        states={
            ARTICLE: [MessageHandler(given, curators_step(article))],
            FIELD: [MessageHandler(text, curators_step(document_field))],
            REVIEW: [
                CallbackQueryHandler(curators_step(button), pattern=r"^ingest:"),
                MessageHandler(text, curators_step(waiting)),
            ],
        },
        fallbacks=[cancel_command],
        allow_reentry=True,
        per_message=False,
        conversation_timeout=timeout,
        # Named: its states are kept in the curator's session under this name.
        name=_NAME,
    )
