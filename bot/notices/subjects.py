"""What a notice is about, read from the store: the fact as its change left it.

A notice may be sent long after its change (a restart, a 429, a backlog), and the fact may
have been edited again since: a notice tells the version its change made, rebuilt from the
audit log's row (``Notice.after``), never the fact as it is now. A retraction is the last
change a fact can have, so for it the fact as it is now is the right one.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage import Fact, FactDraft, FactStatus, Notice, Store, draft_from_row

__all__ = ["Subject", "read_subject"]


@dataclass(frozen=True)
class Subject:
    """A notice's fact (None for a digest), the version an edit replaced, and the countries
    the chat follows that the fact names."""

    fact: Fact | None = None
    previous: FactDraft | None = None
    countries: tuple[str, ...] = ()


async def read_subject(store: Store, notice: Notice) -> Subject:
    """Read what ``notice`` tells about.

    Raises:
        StorageError: the fact is gone, or a stored row no longer validates (FactNotFound,
            RowInvalid): the notice cannot be told.
        ValueError: a change notice without its fact's id or rows.
    """
    if notice.action == "import":
        return Subject()
    if notice.fact_id is None:
        raise ValueError(f"notice {notice.id} names no fact")
    current = await store.get_fact(notice.fact_id)
    fact, previous = current, None
    if notice.action in {"add", "edit"}:
        if notice.after is None:
            raise ValueError(f"notice {notice.id} has no version of the fact to tell")
        fact = _as_of(current, draft_from_row(notice.after, metrics=store.metrics), notice)
        if notice.action == "edit" and notice.before is not None:
            previous = draft_from_row(notice.before, metrics=store.metrics)
    followed = set(await store.followed_by(notice.chat_id))
    named = [code for code in sorted(fact.countries) if code in followed]
    return Subject(fact=fact, previous=previous, countries=tuple(named))


def _as_of(current: Fact, content: FactDraft, notice: Notice) -> Fact:
    """The fact with ``content``, as published at the notice's version."""
    lifecycle = current.lifecycle().model_copy(
        update={
            "status": FactStatus.PUBLISHED,
            "retraction_reason": None,
            "version": notice.version or current.version,
        }
    )
    return Fact.model_validate(
        {**content.model_dump(), **lifecycle.model_dump(), "id": current.id}
    )
