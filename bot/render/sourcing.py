"""Pure functions: the sources (people, organisations, outlets) and how many facts each backs,
in the reader's language; the sources' names and descriptions stay as recorded."""

from __future__ import annotations

import html
from collections.abc import Sequence

from bot.language.words import Words
from bot.render.formatting import source_kind_label
from storage.facts import SourceSummary

__all__ = ["render_source_choices", "render_source_heading", "render_source_line"]


def _roles(summary: SourceSummary, words: Words) -> str:
    roles = []
    if summary.said:
        roles.append(words.plural("said {count}", "said {count}", summary.said))
    if summary.carried:
        roles.append(words.plural("carried {count}", "carried {count}", summary.carried))
    if summary.published:
        roles.append(words.plural("published {count}", "published {count}", summary.published))
    return ", ".join(roles) or words.say("no published facts")


def _name(summary: SourceSummary, words: Words) -> str:
    name = f"<b>{html.escape(summary.name)}</b>"
    if summary.description:
        name += f", {html.escape(summary.description)}"
    return f"{name} ({html.escape(source_kind_label(summary.kind, words))})"


def render_source_line(summary: SourceSummary, words: Words) -> str:
    """▪️ Zakon.kz, Kazakh news outlet (outlet) — carried 6."""
    return f"▪️ {_name(summary, words)} — {_roles(summary, words)}"


def render_source_heading(summary: SourceSummary, words: Words) -> str:
    """The heading of /source NAME: who the source is and what it backs."""
    backs = words.say("Facts it backs: {roles}. Newest first:", roles=_roles(summary, words))
    return f"{_name(summary, words)}\n{backs}"


def render_source_choices(query: str, summaries: Sequence[SourceSummary], words: Words) -> str:
    """Several sources match: each, with the command that shows it."""
    lines = [words.say("Several sources match “{name}”:", name=html.escape(query))]
    lines += [
        f"• {_name(summary, words)}: <code>/source {html.escape(summary.name)}</code>"
        for summary in summaries
    ]
    return "\n".join(lines)
