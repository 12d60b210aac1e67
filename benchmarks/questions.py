"""How well questions are answered: top-1 accuracy, recall and false answers, per language.

python -m benchmarks.questions [--data tests/data/questions.json]

The question set (tests/data/questions.json) is written by hand, the way readers write: each
answerable question lists the facts of the shipped store that answer it ("expected") and those
that may be stated too ("acceptable"); an unanswerable one lists none. Each question is
answered as the bot answers it (``bot.answers.questions.question_answer``, rendered HTML) and
the facts the reply states are read back from it ("fact #N", in order):

- top-1: the first fact stated is an expected one;
- recall: the share of the expected facts the reply states;
- false answers: unanswerable questions whose reply states a fact with a figure anyway.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from bot.answers.questions import question_answer
from bot.language.search_lemmas import LEMMATISER
from bot.language.words import words_for
from bot.logs import configure_logging
from storage import FactStore, open_seeded_store

__all__ = ["DATA", "TARGETS", "LanguageScore", "evaluate", "load_questions", "score_questions"]

DATA = Path(__file__).parents[1] / "tests" / "data" / "questions.json"
# The targets, per language.
TARGETS = {"top1": 0.90, "recall": 0.90, "false": 0.05}
_STATED = re.compile(r"fact #(\d+)\b")


@dataclass
class LanguageScore:
    """One language's figures over the question set."""

    answerable: int = 0
    top1_hits: int = 0
    recall_sum: float = 0.0
    unanswerable: int = 0
    false_answers: int = 0

    @property
    def top1(self) -> float:
        """Share of answerable questions whose first stated fact answers them."""
        return self.top1_hits / self.answerable if self.answerable else 1.0

    @property
    def recall(self) -> float:
        """Mean share of each question's expected facts that its reply states."""
        return self.recall_sum / self.answerable if self.answerable else 1.0

    @property
    def false(self) -> float:
        """Share of unanswerable questions answered with a figure anyway."""
        return self.false_answers / self.unanswerable if self.unanswerable else 0.0

    def meets_targets(self) -> bool:
        """Whether every figure is on the right side of its target."""
        return (
            self.top1 >= TARGETS["top1"]
            and self.recall >= TARGETS["recall"]
            and self.false <= TARGETS["false"]
        )


async def stated_facts(store: FactStore, text: str) -> list[int]:
    """The ids of the facts the reply to ``text`` states, in the order it states them."""
    messages = await question_answer(store, text, words_for("en"))
    return [int(found) for message in messages for found in _STATED.findall(message)]


async def score_questions(
    store: FactStore, questions: list[dict[str, object]]
) -> tuple[dict[str, LanguageScore], list[str]]:
    """Score every question; also return a line for each one answered wrongly."""
    with_figures = {fact.id async for fact in store.iter_facts() if fact.figure is not None}
    scores: dict[str, LanguageScore] = defaultdict(LanguageScore)
    misses = []
    for question in questions:
        text = str(question["text"])
        expected = [int(n) for n in question["expected"]]  # type: ignore[attr-defined]
        score = scores[str(question["lang"])]
        stated = await stated_facts(store, text)
        if expected:
            score.answerable += 1
            first_ok = bool(stated) and stated[0] in expected
            recall = len(set(stated) & set(expected)) / len(expected)
            score.top1_hits += first_ok
            score.recall_sum += recall
            if not first_ok or recall < 1:
                misses.append(f"{question['lang']} {text!r}: expected {expected}, got {stated}")
        else:
            score.unanswerable += 1
            if set(stated) & with_figures:
                score.false_answers += 1
                misses.append(f"{question['lang']} {text!r}: unanswerable, got {stated}")
    return dict(scores), misses


def load_questions(data: Path = DATA) -> list[dict[str, object]]:
    """The questions of a question set file."""
    questions: list[dict[str, object]] = json.loads(data.read_text(encoding="utf-8"))["questions"]
    return questions


async def evaluate(data: Path = DATA) -> tuple[dict[str, LanguageScore], list[str]]:
    """Score the question set against the shipped facts, in a store of its own."""
    questions = await asyncio.to_thread(load_questions, data)
    with tempfile.TemporaryDirectory() as folder:
        # As the bot opens it: with its lemmatiser, so questions search lemmas too.
        path = Path(folder) / "facts.db"
        async with await open_seeded_store(path, lemmatiser=LEMMATISER) as store:
            return await score_questions(store, questions)


def table(scores: dict[str, LanguageScore]) -> str:
    """The figures as a table, with the targets."""
    lines = [
        "language  questions  top-1    recall   unanswerable  false answers  targets",
        "--------  ---------  -------  -------  ------------  -------------  -------",
    ]
    for language in sorted(scores, key=["en", "ru", "uk", "kk"].index):
        score = scores[language]
        lines.append(
            f"{language:<8}  {score.answerable:>9}  {score.top1:>7.1%}  {score.recall:>7.1%}  "
            f"{score.unanswerable:>12}  {score.false:>13.1%}  "
            f"{'met' if score.meets_targets() else 'MISSED'}"
        )
    lines.append(
        f"targets: top-1 >= {TARGETS['top1']:.0%}, recall >= {TARGETS['recall']:.0%}, "
        f"false answers <= {TARGETS['false']:.0%}, in every language"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.questions", description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--misses", action="store_true", help="list every question missed")
    arguments = parser.parse_args()
    configure_logging(level="WARNING", log_format="console")
    scores, misses = asyncio.run(evaluate(arguments.data))
    print(table(scores))
    if arguments.misses:
        print("\n".join(["", *misses] if misses else ["", "no question missed"]))


if __name__ == "__main__":
    main()
