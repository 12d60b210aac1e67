"""The curators' commands that change or move facts: edit, retract, import, export.

Every one is wrapped in ``curators_only``; /addfact has its own module (a conversation).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

import structlog
from telegram import InputFile, Update

from bot.context import FactContext
from bot.curation.fieldargs import FieldArgsError, command_arguments, parse_field_args
from bot.handlers.access import actor, curators_only
from bot.handlers.changes import PendingChange, offer_change, save_change
from bot.handlers.languages import reader_words
from bot.handlers.replies import reply_all
from bot.language.countries import country_code
from bot.language.words import N_
from bot.render.previews import render_edit_preview, render_retraction_preview
from bot.render.reports import (
    error_text,
    phrase_text,
    render_field_errors,
    render_import_failure,
    render_imported,
)
from storage import (
    DuplicateFact,
    FactNotFound,
    FactRetracted,
    InvalidFact,
    NothingChanged,
    RowInvalid,
)
from storage.transfer import ImportInvalid, ImportRefused, export_facts, import_file

__all__ = [
    "IMPORT_MAX_BYTES",
    "editfact",
    "export",
    "import_command",
    "import_document",
    "retract",
]

log = structlog.get_logger(__name__)

# Large enough for tens of thousands of facts; larger files go through `factbot import`.
IMPORT_MAX_BYTES = 5 * 1024 * 1024

_EDIT_USAGE = N_(
    "Usage: <code>/editfact ID field=value ...</code>, e.g. "
    '<code>/editfact 7 value=210000 claim="More than 210,000 entered"</code>\n'
    "Fields are the CSV columns listed in the README."
)
_MEGABYTE = 1_048_576


async def _say(update: Update, text: str) -> None:
    await reply_all(update, [text])


def _split_id(arguments: str) -> tuple[int | None, str]:
    first, _, rest = arguments.strip().partition(" ")
    first = first.removeprefix("#")
    return (int(first) if first.isdecimal() and len(first) < 19 else None), rest.strip()


async def _followers(context: FactContext, countries: frozenset[str]) -> tuple[int, list[str]]:
    """How many chats a change naming ``countries`` notifies, and which of them are followed."""
    store = context.bot_data.store
    followers = await store.count_followers(countries)
    if not followers:
        return 0, []
    return followers, await store.followed_among(countries)


async def _save_or_offer(
    update: Update, context: FactContext, change: PendingChange, preview: str | None
) -> None:
    """Save at once when nobody will be notified (``preview`` None), else ask first."""
    if preview is None:
        await _say(update, await save_change(update, context, change))
    else:
        await offer_change(update, context, change, preview)


@curators_only
async def editfact(update: Update, context: FactContext) -> None:
    """Changes fields of a fact and shows what changed; the old version stays in its history.
    When followers will be told, it shows the change first, with Save and Cancel."""
    message = update.effective_message
    words = await reader_words(update, context)
    fact_id, rest = _split_id(command_arguments(message.text if message else None))
    if fact_id is None or not rest:
        await _say(update, words.say(_EDIT_USAGE))
        return
    try:
        changes = parse_field_args(rest)
        plan = await context.bot_data.store.check_edit(
            fact_id, changes, resolve_country=country_code
        )
    except FieldArgsError as error:
        intro = words.say(
            "Fact #{id} was not changed: {reason}.",
            id=fact_id,
            reason=phrase_text(error.phrase, words),
        )
        await _say(update, render_field_errors(intro, [], words))
        return
    except RowInvalid as error:
        intro = words.say("Fact #{id} was not changed:", id=fact_id)
        await _say(update, render_field_errors(intro, error.errors, words))
        return
    except (FactNotFound, FactRetracted, NothingChanged, DuplicateFact) as error:
        intro = words.say("Nothing changed: {reason}.", reason=error_text(error, words))
        await _say(update, render_field_errors(intro, [], words))
        return
    change = PendingChange(fact_id, plan.fact.version, changes=tuple(changes.items()))
    followers, countries = await _followers(context, plan.countries)
    preview = None
    if followers:
        preview = render_edit_preview(
            fact_id, plan.changes, plan.draft, followers, countries, words
        )
    await _save_or_offer(update, context, change, preview)


@curators_only
async def retract(update: Update, context: FactContext) -> None:
    """Hides a fact from every answer, keeping it and the reason. When followers will be
    told, it shows the fact and the reason first, with Save and Cancel."""
    message = update.effective_message
    words = await reader_words(update, context)
    fact_id, reason = _split_id(command_arguments(message.text if message else None))
    if fact_id is None or not reason:
        await _say(
            update,
            words.say("Usage: <code>/retract ID reason</code>, e.g. <code>/retract 7 typo</code>"),
        )
        return
    try:
        fact = await context.bot_data.store.check_retraction(fact_id, reason)
    except (FactNotFound, FactRetracted, InvalidFact) as error:
        intro = words.say("Nothing changed: {reason}.", reason=error_text(error, words))
        await _say(update, render_field_errors(intro, [], words))
        return
    change = PendingChange(fact_id, fact.version, reason=reason)
    followers, countries = await _followers(context, fact.countries)
    preview = None
    if followers:
        preview = render_retraction_preview(fact, reason.strip(), followers, countries, words)
    await _save_or_offer(update, context, change, preview)


@curators_only
async def export(update: Update, context: FactContext) -> None:
    """Sends every published fact (all of them with "all") as a CSV and a JSON document."""
    message = update.effective_message
    if message is None:
        return
    words = await reader_words(update, context)
    include_retracted = command_arguments(message.text).strip().lower() == "all"
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    count = 0
    for file_format in ("csv", "json"):
        out = io.StringIO()
        count = await export_facts(
            context.bot_data.store,
            out,
            file_format=file_format,
            include_retracted=include_retracted,
        )
        name = f"factbot-{'all' if include_retracted else 'published'}-{stamp}.{file_format}"
        await message.reply_document(
            InputFile(out.getvalue().encode("utf-8"), filename=name),
            caption=words.plural(
                "{count} fact, {format}",
                "{count} facts, {format}",
                count,
                format=file_format.upper(),
            ),
        )
    log.info("facts_exported", count=count, include_retracted=include_retracted)


@curators_only
async def import_command(update: Update, context: FactContext) -> None:
    """Explains how to import: send the file as a document."""
    words = await reader_words(update, context)
    await _say(
        update,
        words.say(
            "Send the CSV or JSON file as a document (with or without the caption /import). "
            "Up to {size} MB; the README lists the columns.",
            size=words.number(IMPORT_MAX_BYTES // _MEGABYTE),
        ),
    )


@curators_only
async def import_document(update: Update, context: FactContext) -> None:
    """Validates every row of an uploaded CSV or JSON file, then stores it all or nothing."""
    message = update.effective_message
    document = message.document if message else None
    if document is None:
        return
    words = await reader_words(update, context)
    if document.file_size is not None and document.file_size > IMPORT_MAX_BYTES:
        await _say(
            update,
            words.say(
                "The file is larger than {size} MB; use <code>factbot import</code>.",
                size=words.number(IMPORT_MAX_BYTES // _MEGABYTE),
            ),
        )
        return
    data = await (await document.get_file()).download_as_bytearray()
    try:
        result = await import_file(
            context.bot_data.store,
            io.BytesIO(bytes(data)),
            file_name=document.file_name,
            by=actor(update),
            resolve_country=country_code,
            max_bytes=IMPORT_MAX_BYTES,
        )
    except (ImportRefused, ImportInvalid, InvalidFact) as error:
        await _say(update, render_import_failure(error, words))
        return
    log.info("facts_imported", added=result.added, present=result.present)
    await _say(update, render_imported(result, words))
