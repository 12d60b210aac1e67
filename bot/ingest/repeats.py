"""One candidate per fact: an article says a figure in its headline, its lead and a quote, and
a headline rounds what the body gives exactly; what is repeated is left out as a repeat."""

from __future__ import annotations

from bot.ingest.candidates import Candidate, LeftOut

__all__ = ["without_repeats"]


def _key(candidate: Candidate) -> tuple[object, ...]:
    return (
        candidate.metric,
        candidate.figure,
        candidate.origin,
        candidate.destination,
        candidate.citizenship,
    )


def without_repeats(candidates: list[Candidate]) -> tuple[list[Candidate], list[LeftOut]]:
    """One candidate per fact: a headline, a lead and a quote of the same figure are one."""
    kept: list[Candidate] = []
    repeats: list[LeftOut] = []
    for candidate in candidates:
        # Only the same figure can be the same fact: most pairs part on it at once.
        value = candidate.figure.value
        same = next(
            (k for k in kept if k.figure.value == value and _same_fact(k, candidate)), None
        )
        if same is None:
            kept.append(candidate)
            continue
        better = _better(same, candidate)
        differ = _key(same) != _key(candidate) and same.quoted != candidate.quoted
        if differ and _quote_repeats(same, candidate):
            # The quote says again, in its own words ("we have received ... of our people"),
            # what the text said plainly: the plain reading is the surer one.
            better = candidate if same.quoted else same
        if better is candidate:
            kept[kept.index(same)] = candidate
            repeats.append(LeftOut(same.evidence, same.figure_text, "repeat"))
        else:
            repeats.append(LeftOut(candidate.evidence, candidate.figure_text, "repeat"))
    # A headline rounds what the body gives exactly ("over 3 million" for "3,099 million").
    body = [c for c in kept if not c.headline]
    final = []
    for candidate in kept:
        if candidate.headline and any(_rounds(candidate, other) for other in body):
            repeats.append(LeftOut(candidate.evidence, candidate.figure_text, "repeat"))
        else:
            final.append(candidate)
    return final, repeats


def _same_fact(one: Candidate, other: Candidate) -> bool:
    if _quote_repeats(one, other):
        return True
    if _key(one) != _key(other) and not _compatible(one, other):
        return False
    periods = {(c.period_start, c.period_end) for c in (one, other)}
    # A headline gives no period, nor does a quote that repeats the lead: it is the fact the
    # body dates.
    undated = any(c.quoted and not (c.period_start or c.period_end) for c in (one, other))
    return (
        len(periods) == 1 or one.headline or other.headline or undated or _compatible(one, other)
    )


def _quote_repeats(one: Candidate, other: Candidate) -> bool:
    """Whether a quote gives again a figure the article gave between the same countries, in
    its speaker's words: "Some 4,500 Egyptians returned from Libya ..." and "We have received
    4,500 of our people", whatever flow and qualifier the quote's words make of it."""
    if not (one.quoted or other.quoted) or one.figure.value != other.figure.value:
        return False
    if one.headline or other.headline:
        return False  # a headline's figure is read against the body's, by _rounds
    if one.figure.high != other.figure.high:
        return False
    places = {one.origin, one.destination} & {other.origin, other.destination}
    return bool(places - {None})


def _compatible(one: Candidate, other: Candidate) -> bool:
    """The same figure of the same kind where one reading leaves a country open that the other
    names ("deported 2,340 Hondurans" and, in a quote, "we have sent back 2,340 people")."""
    if (one.metric, one.figure) != (other.metric, other.figure) or _key(one) == _key(other):
        return False  # the same countries over two periods are two facts
    return all(
        None in (mine, theirs) or mine == theirs
        for mine, theirs in (
            (one.origin, other.origin),
            (one.destination, other.destination),
            (one.citizenship, other.citizenship),
        )
    ) and (one.quoted or other.quoted or one.headline or other.headline)


def _better(one: Candidate, other: Candidate) -> Candidate:
    """The fuller of two readings of one fact: not a headline, naming more of its countries,
    dated, quoted, then the first."""

    periods = {(c.period_start, c.period_end, c.as_of) for c in (one, other)}
    if one.quoted != other.quoted and len(periods) == 2 and not (one.headline or other.headline):
        # "21-27 қыркүйек аралығында ... 60 мыңға жуық" and, quoted, "Бір аптада 60 мыңға
        # жуық": the text's own dates are surer than the days a speaker's words leave.
        return other if one.quoted else one

    def rank(candidate: Candidate) -> tuple[int, int, int, int]:
        named = (candidate.origin, candidate.destination, candidate.citizenship)
        return (
            0 if candidate.headline else 1,
            sum(1 for code in named if code is not None),
            1 if candidate.period_start else 0,
            1 if candidate.quoted else 0,
        )

    return other if rank(other) > rank(one) else one


def _rounds(headline: Candidate, body: Candidate) -> bool:
    # A headline may word the body's flow its own way ("left for Poland" for "entered
    # Poland"): the same figure between the same countries is the same fact.
    same_places = {headline.origin, headline.destination} & {body.origin, body.destination}
    # A headline that rounds a body figure of the same kind is that figure, whatever
    # countries its few words happen to name ("as pressure from Washington mounts").
    # A headline's rounded figure ("понад 12 тисяч") that comes within a tenth of a body
    # figure is that figure, however the headline words the flow.
    rounded = headline.figure.qualifier.value != "exact"
    said_again = headline.figure.value == body.figure.value
    if headline.metric != body.metric and not (same_places - {None}) and not rounded:
        # "Kazakhstan: 200,000 Russians since mobilisation" over the body's "more than
        # 200,000 ... have entered": the same number is the body's fact, however the
        # headline's few words read.
        return said_again and headline.figure.high == body.figure.high
    said, exact = headline.figure.value, body.figure.value
    qualifier = headline.figure.qualifier.value
    if qualifier in {"more_than", "at_least"} and said < exact <= said * 1.25:
        # "2 мыңнан астам" in the headline for the body's "2 мың 410": more than it says.
        return True
    same_kind = headline.metric == body.metric
    if same_kind and qualifier in {"more_than", "at_least"} and _round(said) and said < exact:
        # "не впустила понад тисячу людей" over the body's 1 340: a round number below it,
        # of the same kind, short of the next round one.
        return exact < _next_round(said)
    if qualifier in {"less_than", "up_to", "almost"} and said * 0.8 <= exact < said:
        return True
    low, high = sorted((said, exact))
    return high > 0 and (high - low) / high <= 0.1


def _round(value: float) -> bool:
    """Whether a number has one significant digit: 1,000, 20,000, 300."""
    text = str(int(value)) if value == int(value) else ""
    return len(text) >= 3 and text.strip("0") == text[0]


def _next_round(value: float) -> float:
    """The round number after a round one: 2,000 after 1,000, 30,000 after 20,000."""
    step: int = 10 ** (len(str(int(value))) - 1)
    return float(value) + step
