"""An article's proposal checked against the store: a figure it already holds is shown as that
fact, not proposed again; a different figure from another source stays beside it."""

from __future__ import annotations

from dataclasses import replace

from bot.ingest.proposals import Proposal
from storage import Store

__all__ = ["mark_duplicates"]


async def mark_duplicates(store: Store, proposal: Proposal) -> Proposal:
    """``proposal`` with each candidate the store already holds marked with that fact's id."""
    marked = []
    for item in proposal.proposed:
        same = await store.same_figure(item.draft)
        marked.append(replace(item, duplicate_of=None if same is None else same.id))
    return replace(proposal, proposed=marked)
