"""Pure functions: the sources (people, organisations, outlets) and how many facts each backs."""

from __future__ import annotations

import html
from collections.abc import Sequence

from storage.facts import SourceSummary

__all__ = ["render_source_choices", "render_source_heading", "render_source_line"]


def _roles(summary: SourceSummary) -> str:
    roles = [
        f"{verb} {count}"
        for verb, count in (
            ("said", summary.said),
            ("carried", summary.carried),
            ("published", summary.published),
        )
        if count
    ]
    return ", ".join(roles) or "no published facts"


def _name(summary: SourceSummary) -> str:
    name = f"<b>{html.escape(summary.name)}</b>"
    if summary.description:
        name += f", {html.escape(summary.description)}"
    return f"{name} ({summary.kind.value})"


def render_source_line(summary: SourceSummary) -> str:
    """▪️ Zakon.kz, Kazakh news outlet (outlet) — carried 6."""
    return f"▪️ {_name(summary)} — {_roles(summary)}"


def render_source_heading(summary: SourceSummary) -> str:
    """The heading of /source NAME: who the source is and what it backs."""
    return f"{_name(summary)}\nFacts it backs: {_roles(summary)}. Newest first:"


def render_source_choices(query: str, summaries: Sequence[SourceSummary]) -> str:
    """Several sources match: each, with the command that shows it."""
    lines = [f"Several sources match “{html.escape(query)}”:"]
    lines += [
        f"• {_name(summary)}: <code>/source {html.escape(summary.name)}</code>"
        for summary in summaries
    ]
    return "\n".join(lines)
