"""An article's proposal checked against the store: a figure it already holds is shown as that
fact, not proposed again; a different figure for the same flow and period stays beside it, and
the curator is told which facts it stands beside."""

from __future__ import annotations

from dataclasses import replace

from bot.ingest.proposals import Proposal
from storage import Store
from storage.finding import FactQuery
from storage.models import FactDraft

__all__ = ["mark_duplicates"]

# The stored facts looked at for another figure of the same flow (those overlapping its span).
_BESIDE_SHOWN = 20


async def mark_duplicates(store: Store, proposal: Proposal) -> Proposal:
    """``proposal`` with each candidate the store already holds marked with that fact's id, and
    each new one with the stored facts that give another figure for the same flow and period."""
    marked = []
    for item in proposal.proposed:
        same = await store.same_figure(item.draft)
        beside = () if same is not None else await _other_figures(store, item.draft)
        marked.append(replace(item, duplicate_of=None if same is None else same.id, beside=beside))
    return replace(proposal, proposed=marked)


async def _other_figures(store: Store, draft: FactDraft) -> tuple[int, ...]:
    start = draft.period_start or draft.as_of
    end = draft.period_end or draft.as_of or draft.period_start
    if draft.figure is None or start is None or end is None:
        return ()
    query = FactQuery(
        destination=draft.destination,
        origin=draft.origin,
        metrics=frozenset({draft.metric}),
        start=start,
        end=end,
        limit=_BESIDE_SHOWN,
    )
    period = (draft.period_start, draft.period_end, draft.as_of)
    return tuple(
        fact.id
        for fact in await store.find_facts(query)
        # The same span exactly: a day's figure inside a month's is no other figure for it.
        if (fact.period_start, fact.period_end, fact.as_of) == period
        and fact.figure is not None
        and fact.figure != draft.figure
    )
