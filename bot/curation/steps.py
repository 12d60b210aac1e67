"""The guided /addfact's questions, in order: the field each fills, its buttons and its check.

Pure: no Telegram, no I/O. Each answer is checked alone as it comes (a real day, a known
country, a whole number, a length the model accepts); the answers together are checked by
``storage.rows.draft_from_row`` before the preview. Answers are kept as a flat row of
``storage.rows.CONTENT_FIELDS``; a skipped question is answered with "".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from bot.language.countries import resolve_country

__all__ = [
    "SKIP",
    "STEPS",
    "AnswerInvalid",
    "Choice",
    "Step",
    "active_row",
    "next_step",
    "pick_data",
    "step_for",
]

Row = Mapping[str, str]
SKIP = "Skip"
_SKIP_WORDS = frozenset({"skip", "-", "—"})
# The lengths storage/models.py accepts (Counted, Name, Description, Quote, Url).
COUNTED, NAME, DESCRIPTION, QUOTE, URL = 80, 200, 300, 1000, 2000


class AnswerInvalid(ValueError):
    """An answer that does not fit its question; the message tells the curator why."""


@dataclass(frozen=True)
class Choice:
    """A button: the value stored, the label shown."""

    value: str
    label: str


def pick_data(field: str, value: str) -> str:
    """A choice button's callback data; the value "" is Skip. At most 64 bytes."""
    return f"addfact:pick:{field}:{value}"


def _always(_row: Row) -> bool:
    return True


def _never(_row: Row) -> bool:
    return False


@dataclass(frozen=True)
class Step:
    """One question: the flat field it fills, its text (HTML), its buttons and its check."""

    field: str
    question: str
    check: Callable[[str], str]
    choices: tuple[Choice, ...] = ()
    applies: Callable[[Row], bool] = _always
    optional: Callable[[Row], bool] = _never

    def answer(self, text: str, row: Row) -> str:
        """The value to store for ``text``, "" for a skip; row holds the earlier answers.

        Raises:
            AnswerInvalid: the answer does not fit, or the question cannot be skipped.
        """
        if text.strip().lower() in _SKIP_WORDS:
            if self.optional(row):
                return ""
            raise AnswerInvalid("This question cannot be skipped.")
        return self.check(text)

    def pick(self, value: str, row: Row) -> str:
        """The value to store for a pressed button: its choice's value, or "" for Skip.

        Raises:
            AnswerInvalid: the button is not one of this question's.
        """
        if not value:
            return self.answer(SKIP, row)
        if value not in {choice.value for choice in self.choices}:
            raise AnswerInvalid("That button is not one of this question's.")
        return value

    def buttons(self, row: Row) -> list[tuple[str, str]]:
        """(label, callback data) of each button, Skip last when the question is optional."""
        buttons = [(choice.label, pick_data(self.field, choice.value)) for choice in self.choices]
        if self.optional(row):
            buttons.append((SKIP, pick_data(self.field, "")))
        return buttons

    def label(self, value: str) -> str:
        """How an answer is shown back: its button's label, or "skipped"."""
        if not value:
            return "skipped"
        return next((choice.label for choice in self.choices if choice.value == value), value)


def _shown(text: str) -> str:
    text = text.strip()
    return text if len(text) <= 40 else text[:39] + "…"


def _text(limit: int) -> Callable[[str], str]:
    def check(text: str) -> str:
        text = text.strip()
        if not text:
            raise AnswerInvalid("The answer is empty.")
        if len(text) > limit:
            raise AnswerInvalid(f"That is {len(text):,} characters; at most {limit:,} fit here.")
        return text

    return check


def _choice(*choices: Choice) -> Callable[[str], str]:
    def words(text: str) -> str:
        return " ".join(re.sub(r"[^\w]|_", " ", text.lower()).split())

    def check(text: str) -> str:
        for choice in choices:
            if words(text) in (words(choice.value), words(choice.label)):
                return choice.value
        options = ", ".join(choice.label for choice in choices)
        raise AnswerInvalid(f"Choose one of: {options}.")

    return check


def _country(text: str) -> str:
    if not text.strip():
        raise AnswerInvalid("The answer is empty.")
    match = resolve_country(text.strip())
    if match.country is not None:
        return match.country.code
    if match.suggestions:
        hint = "Did you mean " + " or ".join(c.name for c in match.suggestions) + "?"
    else:
        hint = "Try its English name or its code, e.g. Georgia or GE."
    raise AnswerInvalid(f"I don't know a country called “{_shown(text)}”. {hint}")


_GROUPED = re.compile(r"[0-9]{1,3}([,'_\s])[0-9]{3}(?:\1[0-9]{3})*")
_LARGEST = 10**18


def _count(text: str) -> str:
    text = text.strip()
    if re.match(r"[-−]\s*[0-9]", text):
        raise AnswerInvalid("A count cannot be negative.")
    if not (re.fullmatch(r"[0-9]+", text) or _GROUPED.fullmatch(text)):
        raise AnswerInvalid("Write a whole number, e.g. 50000 or 50,000.")
    value = int(re.sub(r"[^0-9]", "", text))
    if value >= _LARGEST:
        raise AnswerInvalid("That number is too large.")
    return str(value)


_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _day(text: str) -> str:
    text = text.strip()
    if not _DAY.fullmatch(text):
        raise AnswerInvalid("Write the day as YYYY-MM-DD, e.g. 2022-09-21.")
    try:
        date.fromisoformat(text)
    except ValueError:
        raise AnswerInvalid(f"{text} is not a real day.") from None
    return text


def _published(text: str) -> str:
    text = text.strip()
    if _DAY.fullmatch(text):
        return _day(text)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise AnswerInvalid(
            "Write the day as 2022-09-28, or the day and time with its UTC offset as "
            "2022-09-28T18:00+03:00."
        ) from None
    if moment.tzinfo is None:
        raise AnswerInvalid("A time needs its UTC offset, e.g. 2022-09-28T18:00+03:00.")
    return moment.isoformat()


def _url(text: str) -> str:
    text = _text(URL)(text)
    if not text.startswith(("http://", "https://")) or any(c.isspace() for c in text):
        raise AnswerInvalid("A URL starts with http:// or https:// and has no spaces.")
    return text


def _given(field: str) -> Callable[[Row], bool]:
    return lambda row: bool(row.get(field))


def _has_figure(row: Row) -> bool:
    return row.get("metric") != "statement"


def _is_range(row: Row) -> bool:
    return _has_figure(row) and row.get("qualifier") == "range"


_METRICS = (
    Choice("entered", "Entered"),
    Choice("left", "Left"),
    Choice("exit_refused", "Refused exit"),
    Choice("citizenship_applications", "Citizenship applications"),
    Choice("mobilisation_target", "Mobilisation target"),
    Choice("mobilisation_ceiling", "Mobilisation ceiling"),
    Choice("statement", "Statement (no figure)"),
)
_QUALIFIERS = (
    Choice("exact", "Exact"),
    Choice("more_than", "More than"),
    Choice("at_least", "At least"),
    Choice("about", "About"),
    Choice("almost", "Almost"),
    Choice("up_to", "Up to"),
    Choice("range", "Range (low–high)"),
)
_KINDS = (
    Choice("person", "Person"),
    Choice("organisation", "Organisation"),
    Choice("outlet", "Outlet"),
)


def _source_steps(role: str, who: str, example: str, described: str) -> tuple[Step, ...]:
    given = _given(role)
    return (
        Step(role, f"{who} e.g. <code>{example}</code>", _text(NAME), optional=_always),
        Step(f"{role}_kind", "Is that a person, an organisation or an outlet?",
             _choice(*_KINDS), _KINDS, applies=given),
        Step(f"{role}_description", f"Describe them in a few words, e.g. <code>{described}</code>",
             _text(DESCRIPTION), applies=given, optional=_always),
    )  # fmt: skip


# The questions in the order they are asked; a step is asked only when it applies.
STEPS: tuple[Step, ...] = (
    Step("metric", "What does the fact report?", _choice(*_METRICS), _METRICS),
    Step("counted", "What is counted? e.g. <code>Russian citizens</code>", _text(COUNTED)),
    Step("origin", "Origin: the country they came from or left, e.g. <code>Russia</code>.",
         _country, optional=_always),
    Step("destination", "Destination: the country they entered or went to, e.g. "
         "<code>Georgia</code>.", _country, optional=_always),
    Step("citizenship", "Their citizenship, if the source gives it, e.g. <code>Russia</code>.",
         _country, optional=_always),
    Step("qualifier", "How did the source qualify the number?", _choice(*_QUALIFIERS),
         _QUALIFIERS, applies=_has_figure),
    Step("value", "The number, e.g. <code>50,000</code> (for a range, its low end).", _count,
         applies=_has_figure),
    Step("value_high", "The high end of the range, e.g. <code>7,000</code>.", _count,
         applies=_is_range),
    Step("period_start", "The first day of the period, as <code>2022-09-21</code>. Skip it "
         "when the source gives only an “as of” day.", _day, optional=_always),
    Step("period_end", "The last day of the period, as <code>2022-09-28</code>. Skip it "
         "when the period is still open (“since …”).", _day,
         applies=_given("period_start"), optional=_always),
    Step("as_of", "As of which day is it reported? e.g. <code>2022-10-04</code>.", _day,
         optional=_given("period_start")),
    Step("claim", "The claim in one line, e.g. <code>About 50,000 Russians entered Georgia "
         "in a week.</code>", _text(DESCRIPTION)),
    Step("quote", "The quote, word for word as published.", _text(QUOTE)),
    *_source_steps("attributed_to", "Who said it?", "Vakhtang Gomelauri",
                   "Interior Minister of Georgia"),
    *_source_steps("carried_by", "Which outlet carried it before the document you read?",
                   "Interpressnews", "Georgian news agency"),
    Step("publisher", "Who published the document you read it in? e.g. "
         "<code>Ukrainska Pravda</code>", _text(NAME)),
    Step("title", "The document's title.", _text(DESCRIPTION)),
    Step("published_at", "When was it published? <code>2022-09-28</code>, or with the time "
         "and UTC offset: <code>2022-09-28T18:00+03:00</code>.", _published),
    Step("url", "The document's URL.", _url, optional=_always),
    Step("author", "The document's author.", _text(NAME), optional=_always),
)  # fmt: skip
_BY_FIELD = {step.field: step for step in STEPS}


def step_for(field: str) -> Step:
    """The step that fills ``field``; KeyError if none does."""
    return _BY_FIELD[field]


def active_row(row: Row) -> dict[str, str]:
    """The answers that count: those to steps that apply, given the answers before them."""
    active: dict[str, str] = {}
    for step in STEPS:
        if step.field in row and step.applies(active):
            active[step.field] = row[step.field]
    return active


def next_step(row: Row) -> Step | None:
    """The first question that applies and is not answered yet; None when all are."""
    active = active_row(row)
    return next(
        (step for step in STEPS if step.field not in active and step.applies(active)), None
    )
