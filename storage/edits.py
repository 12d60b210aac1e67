"""The rules an edit or a retraction must pass, apart from the writing.

``FactStore.edit_fact`` and ``retract_fact`` check them inside their transaction; the bot
also checks them beforehand (``FactStore.check_edit``, ``check_retraction``) to show a curator
what a change would do, and whom it would notify, before it is saved. A preview is saved
with the version it showed, so a fact changed meanwhile is refused, not overwritten.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from storage.errors import FactChanged, FactRetracted, InvalidFact, NothingChanged
from storage.history import Change, changes_between
from storage.metrics import Vocabulary
from storage.models import Fact, FactDraft, FactStatus
from storage.rows import (
    CONTENT_FIELDS,
    CountryResolver,
    FieldError,
    RowInvalid,
    draft_from_row,
    row_from_draft,
)
from storage.words import say

__all__ = ["REASON_LIMIT", "EditPlan", "check_version", "plan_edit", "reason_for"]

# A retraction's reason is shown with the fact wherever it is shown, so it stays short.
REASON_LIMIT = 300


@dataclass(frozen=True)
class EditPlan:
    """What an edit would do: the fact as it is, as it would be, and their flat rows."""

    fact: Fact
    draft: FactDraft
    before: dict[str, str]
    after: dict[str, str]

    @property
    def changes(self) -> tuple[Change, ...]:
        """Each field the edit changes, in field order."""
        return changes_between(self.before, self.after)

    @property
    def countries(self) -> frozenset[str]:
        """The countries the fact names before and after: their followers are told."""
        return self.fact.countries | self.draft.countries


def check_version(fact: Fact, expected_version: int | None) -> None:
    """Refuse a change prepared for another version of ``fact`` (None: any version).

    Raises:
        FactChanged: the fact's version is not ``expected_version``.
    """
    if expected_version is not None and fact.version != expected_version:
        raise FactChanged(fact.id, fact.version)


def plan_edit(
    fact: Fact,
    changes: Mapping[str, str],
    *,
    resolve_country: CountryResolver | None,
    metrics: Vocabulary | None,
) -> EditPlan:
    """What changing ``changes`` of ``fact`` would make of it; nothing is written.

    Duplicates are not looked for here: that needs the store.

    Raises:
        RowInvalid: a field is unknown, not editable, or its new value is invalid.
        FactRetracted: the fact is retracted.
        NothingChanged: every value given is the one the fact already has.
    """
    locked = sorted(set(changes) - set(CONTENT_FIELDS))
    if locked:
        raise RowInvalid([FieldError(name, say("cannot be edited")) for name in locked])
    if fact.status is FactStatus.RETRACTED:
        raise FactRetracted(fact.id)
    before = row_from_draft(fact)
    draft = draft_from_row(
        before | dict(changes), resolve_country=resolve_country, metrics=metrics
    )
    after = row_from_draft(draft)
    if after == before:
        raise NothingChanged(say("fact #{id} already has those values", id=fact.id))
    return EditPlan(fact=fact, draft=draft, before=before, after=after)


def reason_for(reason: str) -> str:
    """A retraction's reason, trimmed.

    Raises:
        InvalidFact: the reason is empty or too long.
    """
    reason = reason.strip()
    if not reason or len(reason) > REASON_LIMIT:
        raise InvalidFact(say("a retraction needs a reason of 1 to 300 characters"))
    return reason
