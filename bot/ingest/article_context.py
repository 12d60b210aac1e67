"""What the sentences of an article read so far said, for the figures of the next one: the
dates the paragraph gave, the article's last figure of each kind, the day it counts from."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from bot.ingest.candidates import Candidate
from bot.ingest.periods import FoundDate

__all__ = ["ARRIVALS", "INTO_A_COUNTRY", "ArticleContext", "arrived_from", "home"]

# People who came into a country, counted at the border or when registered there: the ones
# share where they came from.
ARRIVALS = frozenset({"entered", "refugees_registered"})
# Counted in the country people came to: registered, applying there.
INTO_A_COUNTRY = ARRIVALS | {"asylum_applications", "citizenship_applications"}


@dataclass
class ArticleContext:
    """What earlier sentences of a paragraph said, for the figures of the next one."""

    paragraph: int = -1
    when: FoundDate | None = None
    last: Candidate | None = None
    # The last one not given to compare with ("up from 4,200 a week earlier"): whose days "on
    # the same day" and "over the same period" in the next sentence mean.
    main_last: Candidate | None = None
    # The article's last candidate of each metric: "1 870-і Қытайдан" returned to where the
    # sentence before said.
    by_metric: dict[str, Candidate] = field(default_factory=dict)
    # The article's last candidate, whatever its paragraph: "of them, 5,000 came from ...".
    article_last: Candidate | None = None
    # ... and its last not given to compare with: "down from 110,000 a year earlier. About
    # 1,600 of them were Venezuelans" are of the first count, not of last year's.
    article_main: Candidate | None = None
    # The first day the article counts from ("since fighting broke out on 15 April").
    since: date | None = None
    # Else the first day of the first span it gives ("from 24 February 2022 to ...").
    began: date | None = None
    # Whether ``began`` is the day the article says a war or crisis broke out.
    began_by_onset: bool = False
    # The day the paragraph's source spoke ("the ministry said on Monday").
    report_day: date | None = None
    # The country a headline with no figure puts its story in ("Нидерландыда баспана сұраған
    # қазақстандықтар саны ... өсті"): where the story is, before any figure says so.
    headline_home: str | None = None
    # The headline's candidates: a body sentence that gives one of their figures again, in
    # words no cue reads ("передали владі Шрі-Ланки 31 громадянина"), tells the same fact.
    headlines: tuple[Candidate, ...] = ()

    def next_paragraph(self, paragraph: int) -> ArticleContext:
        """The context a new paragraph starts from: what the article said, not the paragraph."""
        return ArticleContext(
            paragraph=paragraph,
            by_metric=self.by_metric,
            article_last=self.article_last,
            article_main=self.article_main,
            since=self.since,
            began=self.began,
            began_by_onset=self.began_by_onset,
            headline_home=self.headline_home,
            headlines=self.headlines,
        )


def _went_to(candidate: Candidate) -> str | None:
    return candidate.destination


def home(
    context: ArticleContext, where: Callable[[Candidate], str | None] = _went_to
) -> str | None:
    """The country the article is about: where most of its figures so far went (or happened,
    as ``where`` reads each), else where its headline puts the story."""
    places = [place for c in context.by_metric.values() if (place := where(c))]
    # Counter keeps first-seen order among equals: the same answer on every run.
    return Counter(places).most_common(1)[0][0] if places else context.headline_home


def arrived_from(
    destination: str | None,
    citizenship: str | None,
    earlier: list[Candidate],
    context: ArticleContext,
) -> str | None:
    """Where the article's earlier arrivals into ``destination`` of the same people (or of
    people it did not name) came from."""
    if destination is None:
        return None
    return next(
        (
            c.origin
            for c in (*reversed(earlier), *reversed(context.by_metric.values()))
            if c.metric in ARRIVALS
            and c.destination == destination
            and c.origin
            and (citizenship is None or c.citizenship in {None, citizenship})
        ),
        None,
    )
