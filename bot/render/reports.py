"""Pure functions for the curators' replies: one fact in full, its history, previews, imports.

Like ``bot.render.formatting``: every stored or typed string is escaped; no I/O, no lookups.
Every word comes from the reader's ``Words``; what storage says is wrong comes as a
``storage.words.Phrase`` and is translated here (:func:`phrase_text`). Field names, values,
quotes and reasons typed by curators stay as they were written.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from bot.language.words import Words
from bot.render.formatting import format_date, render_entry, source_kind_label
from storage.errors import StorageError
from storage.facts import AddResult
from storage.history import HistoryEntry
from storage.models import Fact, FactDraft, FactStatus, Source
from storage.rows import FieldError
from storage.transfer import ImportInvalid
from storage.words import Phrase

__all__ = [
    "error_text",
    "phrase_text",
    "render_changed",
    "render_fact_detail",
    "render_field_errors",
    "render_history",
    "render_import_failure",
    "render_imported",
    "render_preview",
    "render_retracted",
]

# Histories and refusals show values up to this length, so a reply stays within one message;
# /fact shows them whole.
_VALUE_SHOWN = 80
_ERRORS_SHOWN = 20


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _value_text(value: str | int | float | Phrase, words: Words) -> str:
    if isinstance(value, Phrase):
        return phrase_text(value, words)
    # Whole numbers here are ids, rows and years ("fact #1042"), never grouped; a size is
    # the one fraction.
    if isinstance(value, float):
        return words.decimal(value)
    return str(value)


def phrase_text(phrase: Phrase, words: Words) -> str:
    """What storage (or a parser) says, in the reader's language; plain text, not escaped."""
    params = {name: _value_text(value, words) for name, value in phrase.params.items()}
    if phrase.plural is not None:
        return words.plural(phrase.message, phrase.plural, phrase.count, **params)
    return words.say(phrase.message, **params)


def error_text(error: StorageError, words: Words) -> str:
    """Why storage refused, in the reader's language when it says it for a curator; plain
    text, not escaped."""
    return phrase_text(error.phrase, words) if error.phrase is not None else str(error)


def _status(status: FactStatus, words: Words) -> str:
    match status:
        case FactStatus.PUBLISHED:
            return words.say_in("fact status", "published")
        case FactStatus.RETRACTED:
            return words.say_in("fact status", "retracted")


def _source_line(role: str, source: Source | None, words: Words) -> str:
    if source is None:
        if role == "attributed_to":
            return words.say("<b>Said by</b>: <i>not given</i>")
        return words.say("<b>Carried by</b>: <i>not given</i>")
    who = _e(source.name)
    if source.description:
        who = f"{who}, {_e(source.description)}"
    kind = source_kind_label(source.kind, words)
    if role == "attributed_to":
        return words.say("<b>Said by</b>: {source} ({kind})", source=who, kind=kind)
    return words.say("<b>Carried by</b>: {source} ({kind})", source=who, kind=kind)


def _published(fact: Fact, words: Words) -> str:
    document = fact.citation.document
    parts = [words.say("“{title}”", title=_e(document.title)), _e(document.publisher)]
    if document.author:
        parts.append(_e(document.author))
    parts.append(_e(format_date(document.published_at, words)))
    text = ", ".join(parts)
    if document.url:
        text = words.say(
            '{document} (<a href="{url}">link</a>)', document=text, url=_e(document.url)
        )
    return words.say("<b>Published in:</b> {document}", document=text)


def _claim_and_quote(fact: FactDraft, words: Words) -> str:
    return (
        words.say("<b>Claim:</b> {claim}", claim=_e(fact.claim))
        + "\n"
        + words.say("<b>Quote:</b> “{quote}”", quote=_e(fact.quote))
    )


def render_fact_detail(fact: Fact, words: Words) -> list[str]:
    """/fact ID: the fact as answers show it, then its whole citation chain and lifecycle.

    Returns:
        Blocks for :func:`bot.render.formatting.paginate`, the first being the heading.
    """
    lifecycle = words.say(
        "Added by {creator}, {created}; last changed by {editor}, {changed}",
        creator=_e(fact.created_by),
        created=_e(format_date(fact.created_at, words)),
        editor=_e(fact.updated_by),
        changed=_e(format_date(fact.updated_at, words)),
    )
    if fact.status is FactStatus.RETRACTED and fact.retraction_reason:
        retracted = words.say("<b>Retracted:</b> {reason}", reason=_e(fact.retraction_reason))
        lifecycle += f"\n{retracted}"
    heading = words.say(
        "<b>Fact #{id}</b> · {status} · version {version}",
        id=fact.id,
        status=_status(fact.status, words),
        version=fact.version,
    )
    return [
        heading,
        render_entry(fact, words),
        _claim_and_quote(fact, words),
        "\n".join(
            [
                _source_line("attributed_to", fact.citation.attributed_to, words),
                _source_line("carried_by", fact.citation.carried_by, words),
                _published(fact, words),
            ]
        ),
        lifecycle,
    ]


def _shorten(value: str) -> str:
    return value if len(value) <= _VALUE_SHOWN else value[: _VALUE_SHOWN - 1] + "…"


def _event(action: str, actor: str, words: Words) -> str:
    match action:
        case "add":
            return words.say("added by {actor}", actor=actor)
        case "edit":
            return words.say("edited by {actor}", actor=actor)
        case "retract":
            return words.say("retracted by {actor}", actor=actor)
        case "import":
            return words.say("imported by {actor}", actor=actor)
    return words.say("{action} by {actor}", action=_e(action), actor=actor)


def _change_line(prefix: str, field: str, before: str, after: str) -> str:
    # Field names are what curators type (value=, claim=): they stay as they are.
    return f"{prefix}{_e(field)}: {_e(_shorten(before) or '—')} → {_e(_shorten(after) or '—')}"


def render_history(fact_id: int, entries: Sequence[HistoryEntry], words: Words) -> list[str]:
    """/history ID: one block per version, oldest first, each field it changed."""
    blocks = []
    for entry in entries:
        head = words.say(
            "<b>v{version}</b> · {date} · {event}",
            version=entry.version,
            date=_e(format_date(entry.at, words)),
            event=_event(entry.action, _e(entry.actor), words),
        )
        if entry.reason:
            head = words.say("{heading}: {reason}", heading=head, reason=_e(entry.reason))
        if entry.action in ("add", "import"):
            blocks.append(head)
            continue
        changes = [
            _change_line("   ", change.field, change.before, change.after)
            for change in entry.changes
        ]
        blocks.append("\n".join([head, *changes]))
    return blocks


def render_preview(draft: FactDraft, words: Words) -> str:
    """What a new fact will look like in answers, before the curator saves it."""
    return (
        words.say("<b>Preview</b>: this is how answers will show the fact.")
        + f"\n\n{render_entry(draft, words)}\n\n{_claim_and_quote(draft, words)}"
    )


def _more(count: int, words: Words) -> str:
    return words.plural("…and {count} more.", "…and {count} more.", count)


def render_field_errors(intro: str, errors: Sequence[FieldError], words: Words) -> str:
    """A refusal that names each bad field: "<intro>\n• value: must be a number".

    Args:
        intro: the first line, already in the reader's language; plain text (escaped here).
        errors: the bad fields; each reason is said in the reader's language.
        words: the reader's words.
    """
    lines = [_e(intro)]
    lines += [
        f"• <b>{_e(_shorten(error.field))}</b>: {_e(_shorten(phrase_text(error.phrase, words)))}"
        for error in errors[:_ERRORS_SHOWN]
    ]
    if len(errors) > _ERRORS_SHOWN:
        lines.append(_more(len(errors) - _ERRORS_SHOWN, words))
    return "\n".join(lines)


def render_changed(fact: Fact, entry: HistoryEntry, words: Words) -> str:
    """The answer to an edit: what changed, and the fact as answers now show it."""
    changes = "\n".join(
        _change_line("• ", change.field, change.before, change.after) for change in entry.changes
    )
    changed = words.say("Fact #{id} is now version {version}.", id=fact.id, version=fact.version)
    return f"{changed}\n{changes}\n\n{render_entry(fact, words)}"


def render_import_failure(error: StorageError, words: Words) -> str:
    """Why an import stored nothing: each bad row's number, field and reason (the first 20,
    then a count), or what is wrong with the file as a whole."""
    if not isinstance(error, ImportInvalid):
        intro = words.say("Nothing was imported: {reason}.", reason=error_text(error, words))
        return render_field_errors(intro, [], words)
    in_file = words.plural("in a file of {count} row", "in a file of {count} rows", error.rows)
    lines = [
        words.plural(
            "Nothing was imported: {count} problem {file}.",
            "Nothing was imported: {count} problems {file}.",
            error.total,
            file=in_file,
        )
    ]
    lines += [
        words.say(
            "• row {row}, <b>{field}</b>: {reason}",
            row=problem.row,
            field=_e(_shorten(problem.field)),
            reason=_e(_shorten(phrase_text(problem.phrase, words))),
        )
        for problem in error.problems
    ]
    if error.total > len(error.problems):
        lines.append(_more(error.total - len(error.problems), words))
    lines.append(words.say("Fix them and send the whole file again."))
    return "\n".join(lines)


def render_imported(result: AddResult, words: Words) -> str:
    """What a good import stored."""
    present = words.plural("{count} already present", "{count} already present", result.present)
    return words.plural(
        "Imported: {count} fact added, {present}.",
        "Imported: {count} facts added, {present}.",
        result.added,
        present=present,
    )


def render_retracted(fact: Fact, words: Words) -> str:
    """The answer to a retraction: the fact that answers no longer show."""
    retracted = words.say("Fact #{id} is retracted and no longer appears in answers.", id=fact.id)
    return f"{retracted}\n\n{render_entry(fact, words)}"
