"""Pure: the vocabulary of metrics as curators read it, each with its direction and label."""

from __future__ import annotations

import html

from bot.language.words import Words
from storage.metrics import Direction, MetricKind, Vocabulary

__all__ = ["render_metric", "render_vocabulary"]


def _direction(direction: Direction, words: Words) -> str:
    match direction:
        case Direction.INTO:
            return words.say("into the destination")
        case Direction.OUT:
            return words.say("out of the origin")
        case Direction.NONE:
            return words.say("no direction")


def render_metric(kind: MetricKind, words: Words) -> str:
    """One metric: its name, its label in the reader's language, and its direction."""
    return words.say(
        "<code>{name}</code> — {label} ({direction})",
        name=html.escape(kind.name),
        label=html.escape(kind.label(words.language)),
        direction=_direction(kind.direction, words),
    )


def render_vocabulary(vocabulary: Vocabulary, words: Words) -> str:
    """Every metric a fact can be about, in order, and how a curator adds one."""
    lines = [words.say("<b>What a fact can be about</b>")]
    lines += [render_metric(kind, words) for kind in vocabulary]
    lines.append("")
    lines.append(
        words.say(
            "Curators add one, or correct its labels, with <code>/addmetric name=deported "
            "direction=out en=deported ru=депортированы uk=депортовані "
            "kk=депортацияланғандар</code>."
        )
    )
    return "\n".join(lines)
