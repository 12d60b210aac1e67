"""The article set read as ``python -m benchmarks.ingest`` reads it: what is proposed is in the
text, and precision and recall per language do not slide below what the rules reach now."""

from __future__ import annotations

from typing import Any

import pytest

from benchmarks.ingest import FLOORS, evaluate, load_articles, read
from bot.ingest.figures import find_figures


@pytest.fixture(name="results", scope="module")
def _results() -> dict[str, Any]:
    return evaluate(load_articles())


@pytest.mark.parametrize("language", sorted(FLOORS))
def test_precision_and_recall_keep_their_floor(results: dict[str, Any], language: str):
    score = results["language"][f"all {language}"]
    print(f"{language}: precision {score.precision:.2f}, recall {score.recall:.2f}")
    assert score.precision >= FLOORS[language]["precision"]
    assert score.recall >= FLOORS[language]["recall"]


@pytest.mark.parametrize("article", load_articles(), ids=lambda article: article["id"])
def test_every_candidate_is_a_figure_of_its_own_sentence(article: dict[str, Any]):
    """No figure the text does not contain: each candidate points at the sentence it is in."""
    text = article["text"]
    for item in read(article):
        evidence = item["evidence"]
        assert text[evidence["start"] : evidence["end"]] == evidence["sentence"]
        written = {
            (found.value, found.high, found.qualifier.value)
            for found in find_figures(evidence["sentence"], article["lang"])
        }
        figure = item["figure"]
        assert (figure["value"], figure.get("high"), figure["qualifier"]) in written
