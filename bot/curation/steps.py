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
from bot.language.words import N_, Words
from storage.metrics import STATEMENT, vocabulary

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
# The Skip button's label, a message id: shown with ``words.say(SKIP)``.
SKIP = N_("Skip")
_SKIP_WORDS = frozenset({"skip", "-", "—"})
# The lengths storage/models.py accepts (Counted, Name, Description, Quote, Url).
COUNTED, NAME, DESCRIPTION, QUOTE, URL = 80, 200, 300, 1000, 2000


class AnswerInvalid(ValueError):
    """An answer that does not fit its question; the message tells the curator why, in the
    words the answer was checked with."""


@dataclass(frozen=True)
class Choice:
    """A button: the value stored, the label shown (a message id, or the label a curator gave
    a metric in each language)."""

    value: str
    label: str
    labels: Mapping[str, str] | None = None

    def shown(self, words: Words) -> str:
        """The label in the curator's language."""
        if self.labels is None:
            return words.say(self.label)
        label = self.labels.get(words.language, self.label)
        return label[:1].upper() + label[1:]


# A question's buttons: fixed, or read when asked (the metrics, which curators extend).
Choices = tuple[Choice, ...] | Callable[[], tuple[Choice, ...]]


def _options(choices: Choices) -> tuple[Choice, ...]:
    return choices() if callable(choices) else choices


def pick_data(field: str, value: str) -> str:
    """A choice button's callback data; the value "" is Skip. At most 64 bytes."""
    return f"addfact:pick:{field}:{value}"


def _always(_row: Row) -> bool:
    return True


def _never(_row: Row) -> bool:
    return False


Check = Callable[[str, Words], str]


@dataclass(frozen=True)
class Step:
    """One question: the flat field it fills, its text (an HTML message id), its buttons and
    its check."""

    field: str
    question: str
    check: Check
    choices: Choices = ()
    applies: Callable[[Row], bool] = _always
    optional: Callable[[Row], bool] = _never

    def ask(self, words: Words) -> str:
        """The question, in the curator's language (HTML)."""
        return words.say(self.question)

    def answer(self, text: str, row: Row, words: Words) -> str:
        """The value to store for ``text``, "" for a skip; row holds the earlier answers.

        Raises:
            AnswerInvalid: the answer does not fit, or the question cannot be skipped.
        """
        typed = text.strip().lower()
        if typed in _SKIP_WORDS or typed == words.say(SKIP).lower():
            if self.optional(row):
                return ""
            raise AnswerInvalid(words.say("This question cannot be skipped."))
        return self.check(text, words)

    def pick(self, value: str, row: Row, words: Words) -> str:
        """The value to store for a pressed button: its choice's value, or "" for Skip.

        Raises:
            AnswerInvalid: the button is not one of this question's.
        """
        if not value:
            return self.answer(SKIP, row, words)
        if value not in {choice.value for choice in _options(self.choices)}:
            raise AnswerInvalid(words.say("That button is not one of this question's."))
        return value

    def buttons(self, row: Row, words: Words) -> list[tuple[str, str]]:
        """(label, callback data) of each button, Skip last when the question is optional."""
        buttons = [
            (choice.shown(words), pick_data(self.field, choice.value))
            for choice in _options(self.choices)
        ]
        if self.optional(row):
            buttons.append((words.say(SKIP), pick_data(self.field, "")))
        return buttons

    def label(self, value: str, words: Words) -> str:
        """How an answer is shown back: its button's label, or "skipped"."""
        if not value:
            return words.say("skipped")
        return next(
            (choice.shown(words) for choice in _options(self.choices) if choice.value == value),
            value,
        )


def _shown(text: str) -> str:
    text = text.strip()
    return text if len(text) <= 40 else text[:39] + "…"


def _text(limit: int) -> Check:
    def check(text: str, words: Words) -> str:
        text = text.strip()
        if not text:
            raise AnswerInvalid(words.say("The answer is empty."))
        if len(text) > limit:
            raise AnswerInvalid(
                words.plural(
                    "That is {count} character; at most {limit} fit here.",
                    "That is {count} characters; at most {limit} fit here.",
                    len(text),
                    limit=words.number(limit),
                )
            )
        return text

    return check


def _choice(choices: Choices) -> Check:
    def folded(text: str) -> str:
        return " ".join(re.sub(r"[^\w]|_", " ", text.lower()).split())

    def check(text: str, words: Words) -> str:
        typed = folded(text)
        for choice in _options(choices):
            # The value, the English label or the label in the curator's language.
            if typed in (
                folded(choice.value),
                folded(choice.label),
                folded(choice.shown(words)),
            ):
                return choice.value
        options = ", ".join(choice.shown(words) for choice in _options(choices))
        raise AnswerInvalid(words.say("Choose one of: {options}.", options=options))

    return check


def _suggestion(codes: list[str], words: Words) -> str:
    names = [words.country(code) for code in codes]
    match names:
        case []:
            return words.say("Try its English name or its code, e.g. Georgia or GE.")
        case [country]:
            return words.say("Did you mean {country}?", country=country)
        case [first, second]:
            return words.say("Did you mean {first} or {second}?", first=first, second=second)
    first, second, third = names[:3]
    return words.say(
        "Did you mean {first} or {second} or {third}?", first=first, second=second, third=third
    )


def _country(text: str, words: Words) -> str:
    if not text.strip():
        raise AnswerInvalid(words.say("The answer is empty."))
    match = resolve_country(text.strip())
    if match.country is not None:
        return match.country.code
    hint = _suggestion([country.code for country in match.suggestions], words)
    raise AnswerInvalid(
        words.say("I don't know a country called “{typed}”. {hint}", typed=_shown(text), hint=hint)
    )


_GROUPED = re.compile(r"[0-9]{1,3}([,'_\s])[0-9]{3}(?:\1[0-9]{3})*")
_LARGEST = 10**18


def _count(text: str, words: Words) -> str:
    text = text.strip()
    if re.match(r"[-−]\s*[0-9]", text):
        raise AnswerInvalid(words.say("A count cannot be negative."))
    if not (re.fullmatch(r"[0-9]+", text) or _GROUPED.fullmatch(text)):
        raise AnswerInvalid(words.say("Write a whole number, e.g. 50000 or 50,000."))
    value = int(re.sub(r"[^0-9]", "", text))
    if value >= _LARGEST:
        raise AnswerInvalid(words.say("That number is too large."))
    return str(value)


_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _day(text: str, words: Words) -> str:
    text = text.strip()
    if not _DAY.fullmatch(text):
        raise AnswerInvalid(words.say("Write the day as YYYY-MM-DD, e.g. 2022-09-21."))
    try:
        date.fromisoformat(text)
    except ValueError:
        raise AnswerInvalid(words.say("{day} is not a real day.", day=text)) from None
    return text


def _published(text: str, words: Words) -> str:
    text = text.strip()
    if _DAY.fullmatch(text):
        return _day(text, words)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise AnswerInvalid(
            words.say(
                "Write the day as 2022-09-28, or the day and time with its UTC offset as "
                "2022-09-28T18:00+03:00."
            )
        ) from None
    if moment.tzinfo is None:
        raise AnswerInvalid(words.say("A time needs its UTC offset, e.g. 2022-09-28T18:00+03:00."))
    return moment.isoformat()


def _url(text: str, words: Words) -> str:
    text = _text(URL)(text, words)
    if not text.startswith(("http://", "https://")) or any(c.isspace() for c in text):
        raise AnswerInvalid(words.say("A URL starts with http:// or https:// and has no spaces."))
    return text


def _given(field: str) -> Callable[[Row], bool]:
    return lambda row: bool(row.get(field))


def _has_figure(row: Row) -> bool:
    return row.get("metric") != "statement"


def _is_range(row: Row) -> bool:
    return _has_figure(row) and row.get("qualifier") == "range"


_STATEMENT = Choice(STATEMENT, N_("Statement (no figure)"))


def _metrics() -> tuple[Choice, ...]:
    """A button for each metric of the vocabulary, the statement (no figure) last."""
    counted = tuple(
        Choice(kind.name, kind.labels.en, kind.labels.model_dump())
        for kind in vocabulary()
        if kind.name != STATEMENT
    )
    return (*counted, _STATEMENT)


_QUALIFIERS = (
    Choice("exact", N_("Exact")),
    Choice("more_than", N_("More than")),
    Choice("at_least", N_("At least")),
    Choice("about", N_("About")),
    Choice("almost", N_("Almost")),
    Choice("up_to", N_("Up to")),
    Choice("less_than", N_("Less than")),
    Choice("range", N_("Range (low–high)")),
)
_KINDS = (
    Choice("person", N_("Person")),
    Choice("organisation", N_("Organisation")),
    Choice("outlet", N_("Outlet")),
)


def _source_steps(role: str, who: str, described: str) -> tuple[Step, ...]:
    """A source's three questions; ``who`` and ``described`` are message ids."""
    given = _given(role)
    return (
        Step(role, who, _text(NAME), optional=_always),
        Step(f"{role}_kind", N_("Is that a person, an organisation or an outlet?"),
             _choice(_KINDS), _KINDS, applies=given),
        Step(f"{role}_description", described, _text(DESCRIPTION), applies=given,
             optional=_always),
    )  # fmt: skip


# The questions in the order they are asked; a step is asked only when it applies.
STEPS: tuple[Step, ...] = (
    Step("metric", N_("What does the fact report?"), _choice(_metrics), _metrics),
    Step("counted", N_("What is counted? e.g. <code>Russian citizens</code>"), _text(COUNTED)),
    Step("origin", N_("Origin: the country they came from or left, e.g. <code>Russia</code>."),
         _country, optional=_always),
    Step("destination", N_("Destination: the country they entered or went to, e.g. "
         "<code>Georgia</code>."), _country, optional=_always),
    Step("citizenship",
         N_("Their citizenship, if the source gives it, e.g. <code>Russia</code>."),
         _country, optional=_always),
    Step("qualifier", N_("How did the source qualify the number?"), _choice(_QUALIFIERS),
         _QUALIFIERS, applies=_has_figure),
    Step("value", N_("The number, e.g. <code>50,000</code> (for a range, its low end)."),
         _count, applies=_has_figure),
    Step("value_high", N_("The high end of the range, e.g. <code>7,000</code>."), _count,
         applies=_is_range),
    Step("period_start", N_("The first day of the period, as <code>2022-09-21</code>. Skip it "
         "when the source gives only an “as of” day."), _day, optional=_always),
    Step("period_end", N_("The last day of the period, as <code>2022-09-28</code>. Skip it "
         "when the period is still open (“since …”)."), _day,
         applies=_given("period_start"), optional=_always),
    Step("as_of", N_("As of which day is it reported? e.g. <code>2022-10-04</code>."), _day,
         optional=_given("period_start")),
    Step("claim", N_("The claim in one line, e.g. <code>About 50,000 Russians entered Georgia "
         "in a week.</code>"), _text(DESCRIPTION)),
    Step("quote", N_("The quote, word for word as published."), _text(QUOTE)),
    *_source_steps("attributed_to",
                   N_("Who said it? e.g. <code>Vakhtang Gomelauri</code>"),
                   N_("Describe them in a few words, e.g. "
                      "<code>Interior Minister of Georgia</code>")),
    *_source_steps("carried_by",
                   N_("Which outlet carried it before the document you read? e.g. "
                      "<code>Interpressnews</code>"),
                   N_("Describe them in a few words, e.g. <code>Georgian news agency</code>")),
    Step("publisher", N_("Who published the document you read it in? e.g. "
         "<code>Ukrainska Pravda</code>"), _text(NAME)),
    Step("title", N_("The document's title."), _text(DESCRIPTION)),
    Step("published_at", N_("When was it published? <code>2022-09-28</code>, or with the time "
         "and UTC offset: <code>2022-09-28T18:00+03:00</code>."), _published),
    Step("url", N_("The document's URL."), _url, optional=_always),
    Step("author", N_("The document's author."), _text(NAME), optional=_always),
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
