"""How far two careful curators agree on the article set: the ceiling the ingest targets sit
under, beside what the rules reach on the same articles.

python -m benchmarks.agreement

Forty-eight tuning articles of the set (batches 7 to 9: twelve a language) were annotated a
second time by curators who saw only each article, the set's conventions and four other
articles as examples (tests/data/ingest_second_curator/, see its README). The second curator's
facts are scored against the first's exactly as the rules' candidates are (``benchmarks.ingest``:
metric, figure and qualifier, countries, period, who said it and who carried it), and the rules
are scored on the same articles in the same run.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.ingest import DATA, Score, differing_fields, matches, read, same_figure, score

SECOND = DATA.parent / "ingest_second_curator"
_FIELDS = ("figure", "origin", "destination", "citizenship", "period", "attributed_to",
           "carried_by", "extra")  # fmt: skip
_KEYS = ("metric", "origin", "destination", "citizenship", "period_start", "period_end", "as_of")


def as_proposal(fact: dict[str, Any]) -> dict[str, Any]:
    """An annotated fact in the shape ``factbot ingest --format json`` proposes."""
    citation = {
        role: {"name": fact[role]} for role in ("attributed_to", "carried_by") if fact.get(role)
    }
    figure = {key: value for key, value in fact["figure"].items() if value is not None}
    return {**{key: fact.get(key) for key in _KEYS}, "figure": figure, "citation": citation}


def load_pairs(second: Path = SECOND) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(the article as the set holds it, the second curator's annotation), by file name."""
    return [
        (
            json.loads((DATA / path.name).read_text(encoding="utf-8")),
            json.loads(path.read_text(encoding="utf-8")),
        )
        for path in sorted(second.glob("*.json"))
    ]


def main() -> None:
    pairs = load_pairs()
    seconds = {article["id"]: other for article, other in pairs}
    articles = [article for article, _ in pairs]

    def curator(article: dict[str, Any]) -> list[dict[str, Any]]:
        return [as_proposal(fact) for fact in seconds[article["id"]]["facts"]]

    rows: dict[str, dict[str, Score]] = defaultdict(lambda: defaultdict(Score))
    for article in articles:
        language = article["lang"]
        for who, proposals in (("second curator", curator), ("rules", read)):
            proposed = proposals(article)
            rows[who][f"{language} all fields"].add(
                score(proposed, article["facts"], partial(matches, language=language))
            )
            rows[who][f"{language} metric and figure"].add(
                score(proposed, article["facts"], same_figure)
            )
    print(f"{len(articles)} articles, each against its first curator's facts")
    print(f"{'':24}{'second curator':>22}{'rules':>22}")
    print(f"{'language':24}" + f"{'precision':>12}{'recall':>10}" * 2)
    for key in sorted(rows["rules"]):
        cells = "".join(
            f"{rows[who][key].precision:12.2f}{rows[who][key].recall:10.2f}"
            for who in ("second curator", "rules")
        )
        print(f"{key:24}{cells}")
    for who, proposals in (("second curator", curator), ("rules", read)):
        print()
        print(f"{who}: where the facts differ (a fact may differ in several fields)")
        print(f"{'language':10}" + "".join(f"{name:>14}" for name in _FIELDS))
        for language, counts in sorted(differing_fields(articles, proposals).items()):
            print(f"{language:10}" + "".join(f"{counts[name]:14}" for name in _FIELDS))


if __name__ == "__main__":
    main()
