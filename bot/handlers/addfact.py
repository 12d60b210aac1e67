"""/addfact: a curator adds a fact, guided step by step or as one message of field=value pairs.

Being written: the guided conversation and the one-message form.
"""

from __future__ import annotations

from telegram.ext import ConversationHandler

__all__ = ["addfact_conversation"]


def addfact_conversation(*, timeout: float) -> ConversationHandler:  # type: ignore[type-arg]
    """The /addfact conversation handler."""
    raise NotImplementedError(f"addfact is being written (timeout {timeout})")
