"""Pure functions for the curators' replies: one fact in full, its history, previews, imports.

Like ``bot.render.formatting``: every stored or typed string is escaped; no I/O, no lookups.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from bot.render.formatting import CountryNamer, format_date, render_entry
from storage.errors import StorageError
from storage.facts import AddResult
from storage.history import HistoryEntry
from storage.models import Fact, FactDraft, FactStatus, Source
from storage.rows import FieldError
from storage.transfer import ImportInvalid

__all__ = [
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
_ACTION_WORDS = {"add": "added", "edit": "edited", "retract": "retracted", "import": "imported"}


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _source_line(label: str, source: Source | None) -> str:
    if source is None:
        return f"{label}: <i>not given</i>"
    description = f", {_e(source.description)}" if source.description else ""
    return f"{label}: {_e(source.name)}{description} ({source.kind.value})"


def render_fact_detail(fact: Fact, name: CountryNamer) -> list[str]:
    """/fact ID: the fact as answers show it, then its whole citation chain and lifecycle.

    Returns:
        Blocks for :func:`bot.render.formatting.paginate`, the first being the heading.
    """
    document = fact.citation.document
    published = f"<b>Published in:</b> “{_e(document.title)}”, {_e(document.publisher)}"
    if document.author:
        published += f", {_e(document.author)}"
    published += f", {_e(format_date(document.published_at))}"
    if document.url:
        published += f' (<a href="{_e(document.url)}">link</a>)'
    lifecycle = (
        f"Added by {_e(fact.created_by)}, {format_date(fact.created_at)}; "
        f"last changed by {_e(fact.updated_by)}, {format_date(fact.updated_at)}"
    )
    if fact.status is FactStatus.RETRACTED and fact.retraction_reason:
        lifecycle += f"\n<b>Retracted:</b> {_e(fact.retraction_reason)}"
    return [
        f"<b>Fact #{fact.id}</b> · {fact.status.value} · version {fact.version}",
        render_entry(fact, name),
        f"<b>Claim:</b> {_e(fact.claim)}\n<b>Quote:</b> “{_e(fact.quote)}”",
        "\n".join(
            [
                _source_line("<b>Said by</b>", fact.citation.attributed_to),
                _source_line("<b>Carried by</b>", fact.citation.carried_by),
                published,
            ]
        ),
        lifecycle,
    ]


def _shorten(value: str) -> str:
    return value if len(value) <= _VALUE_SHOWN else value[: _VALUE_SHOWN - 1] + "…"


def render_history(fact_id: int, entries: Sequence[HistoryEntry]) -> list[str]:
    """/history ID: one block per version, oldest first, each field it changed."""
    blocks = []
    for entry in entries:
        action = _ACTION_WORDS.get(entry.action, entry.action)
        head = f"<b>v{entry.version}</b> · {format_date(entry.at)} · {action} by {_e(entry.actor)}"
        if entry.reason:
            head += f": {_e(entry.reason)}"
        if entry.action in ("add", "import"):
            blocks.append(head)
            continue
        changes = [
            f"   {_e(change.field)}: {_e(_shorten(change.before) or '—')} → "
            f"{_e(_shorten(change.after) or '—')}"
            for change in entry.changes
        ]
        blocks.append("\n".join([head, *changes]))
    return blocks


def render_preview(draft: FactDraft, name: CountryNamer) -> str:
    """What a new fact will look like in answers, before the curator saves it."""
    return (
        "<b>Preview</b>: this is how answers will show the fact.\n\n"
        f"{render_entry(draft, name)}\n\n"
        f"<b>Claim:</b> {_e(draft.claim)}\n"
        f"<b>Quote:</b> “{_e(draft.quote)}”"
    )


def render_field_errors(intro: str, errors: Sequence[FieldError]) -> str:
    """A refusal that names each bad field: "<intro>\n• value: must be a number"."""
    lines = [_e(intro)]
    lines += [
        f"• <b>{_e(_shorten(error.field))}</b>: {_e(_shorten(error.reason))}"
        for error in errors[:_ERRORS_SHOWN]
    ]
    if len(errors) > _ERRORS_SHOWN:
        lines.append(f"…and {len(errors) - _ERRORS_SHOWN} more.")
    return "\n".join(lines)


def render_changed(fact: Fact, entry: HistoryEntry, name: CountryNamer) -> str:
    """The answer to an edit: what changed, and the fact as answers now show it."""
    changes = "\n".join(
        f"• {_e(change.field)}: {_e(_shorten(change.before) or '—')} → "
        f"{_e(_shorten(change.after) or '—')}"
        for change in entry.changes
    )
    return (
        f"Fact #{fact.id} is now version {fact.version}.\n{changes}\n\n{render_entry(fact, name)}"
    )


def render_import_failure(error: StorageError) -> str:
    """Why an import stored nothing: each bad row's number, field and reason (the first 20,
    then a count), or what is wrong with the file as a whole."""
    if not isinstance(error, ImportInvalid):
        return render_field_errors(f"Nothing was imported: {error}.", [])
    lines = [f"Nothing was imported: {error.total} problem(s) in a file of {error.rows} row(s)."]
    lines += [
        f"• row {problem.row}, <b>{_e(_shorten(problem.field))}</b>: "
        f"{_e(_shorten(problem.reason))}"
        for problem in error.problems
    ]
    if error.total > len(error.problems):
        lines.append(f"…and {error.total - len(error.problems)} more.")
    lines.append("Fix them and send the whole file again.")
    return "\n".join(lines)


def render_imported(result: AddResult) -> str:
    """What a good import stored."""
    return f"Imported: {result.added} fact(s) added, {result.present} already present."


def render_retracted(fact: Fact, name: CountryNamer) -> str:
    """The answer to a retraction: the fact that answers no longer show."""
    return (
        f"Fact #{fact.id} is retracted and no longer appears in answers.\n\n"
        f"{render_entry(fact, name)}"
    )
