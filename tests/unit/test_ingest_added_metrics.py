"""A metric curators added with /addmetric is proposed by /ingest where its label's words are."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article
from storage.metrics import BUILT_IN, Vocabulary, learn, metric_kind, vocabulary

PUBLISHED = date(2024, 5, 15)
VOCABULARY = Vocabulary(
    [
        *BUILT_IN,
        metric_kind("evacuated", "into", "evacuated", "эвакуированы", "евакуйовані",
                    "эвакуацияланғандар"),
        metric_kind("visas_issued", "none", "visas issued", "выданные визы", "видані візи",
                    "берілген визалар"),
    ]
)  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        ("en", "The embassy in Moscow issued 1,200 visas to Russians last month.", "visas_issued"),
        ("ru", "В прошлом месяце посольство выдало россиянам 1 200 виз.", "visas_issued"),
        ("ru", "На прошлой неделе консульство сообщило о 1 200 выданных визах россиянам.",
         "visas_issued"),
        ("uk", "Минулого місяця посольство видало росіянам 1 200 віз.", "visas_issued"),
        ("kk", "Өткен айда ресейліктерге 1 200 виза берілген.", "visas_issued"),
        # The curator's own kind wins over the built-in reading of the same words.
        ("en", "Last week 300 Kazakh citizens were evacuated from Israel to Kazakhstan.",
         "evacuated"),
        ("uk", "Минулого тижня 300 громадян Казахстану були евакуйовані з Ізраїлю.", "evacuated"),
        # A clause without the label is read as before.
        ("en", "About 40,000 Russians entered Georgia last week.", "entered"),
    ],
)  # fmt: skip
def test_a_curators_metric_is_read_by_its_label(language: str, text: str, metric: str) -> None:
    [candidate] = read_article(text, language, PUBLISHED, VOCABULARY).candidates
    assert candidate.metric == metric


def test_without_the_metric_the_same_words_are_no_fact() -> None:
    text = "The embassy in Moscow issued 1,200 visas to Russians last month."
    assert not read_article(text, "en", PUBLISHED).candidates


def test_only_the_vocabulary_given_is_read_by_its_labels() -> None:
    """Another store opened in the process (its metrics learned for labels) does not change
    how an article is read without its store's vocabulary."""
    learn([metric_kind("handed_over", "out", "handed over", "переданы", "передані", "берілген")])
    text = "Iranian border officials handed over 4,812 Afghan nationals at the crossing."
    [without] = read_article(text, "en", PUBLISHED).candidates
    assert without.metric == "deported"
    given = Vocabulary([*BUILT_IN, *(k for k in vocabulary() if k.name == "handed_over")])
    [with_it] = read_article(text, "en", PUBLISHED, given).candidates
    assert with_it.metric == "handed_over"
