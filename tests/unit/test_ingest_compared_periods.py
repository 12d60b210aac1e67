"""A figure told as the other side of a comparison counts over the days the comparison names:
"compared with January, when 1,840 were sent back" is January's; "than in 2024, when 35,060
applied" is 2024's; "a year earlier, when" and "the same period of 2023, when" move the days
of the figure compared with. Phrasings written for these tests (twenty-third session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.compared_periods import compared_period
from bot.ingest.periods import find_dates
from tests.ingest_reading import read_candidates

DAY = date(2025, 3, 5)
FEBRUARY = (date(2025, 2, 1), date(2025, 2, 28))
JANUARY = (date(2025, 1, 1), date(2025, 1, 31))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In February 2,450 Myanmar nationals were deported through Mae Sot. That was an "
         "increase of 610 compared with January, when 1,840 were sent back the same way."),
        ("ru", "В феврале через Мэсот выслали 2450 граждан Мьянмы. Это на 610 больше, чем в "
         "январе, когда тем же путём выслали 1840 человек."),
        ("uk", "У лютому через Мейсот вислали 2450 громадян М'янми. Це на 610 більше, ніж у "
         "січні, коли тим самим шляхом вислали 1840 людей."),
    ],
)  # fmt: skip
def test_the_month_compared_with_is_the_figures(language: str, text: str) -> None:
    february, january = read_candidates(language, DAY, text)
    assert (february.figure.value, february.period_start, february.period_end) == (
        2450,
        *FEBRUARY,
    )
    assert (january.metric, january.figure.value) == ("deported", 1840)
    assert (january.period_start, january.period_end, january.as_of) == (*JANUARY, None)


@pytest.mark.parametrize(
    ("language", "text", "value", "days"),
    [
        ("ru", "В 2025 году ведомство получило 41 380 заявлений о предоставлении гражданства. "
         "Это на 18% больше, чем в 2024 году, когда поступило 35 060 заявлений.", 35_060,
         (date(2024, 1, 1), date(2024, 12, 31))),
        ("en", "Germany's BAMF received 121,416 first-time asylum applications in the first "
         "half of 2024. That is 16.7% fewer than in the same period of 2023, when more than "
         "150,000 applications were filed.", 150_000, (date(2023, 1, 1), date(2023, 6, 30))),
        ("uk", "У 2025 році Румунія отримала 47 870 заяв про громадянство від молдован. Це на 6% "
         "менше, ніж роком раніше, коли таких заяв було 50 930.", 50_930,
         (date(2024, 1, 1), date(2024, 12, 31))),
    ],
)  # fmt: skip
def test_the_year_compared_with_is_the_figures(
    language: str, text: str, value: int, days: tuple[date, date]
) -> None:
    _, compared = read_candidates(language, DAY, text)
    assert compared.figure.value == value
    assert (compared.period_start, compared.period_end) == days


@pytest.mark.parametrize(
    ("text", "compared", "days"),
    [
        ("fewer than a year earlier, when 50 applied", FEBRUARY,
         (date(2024, 2, 1), date(2024, 2, 29))),
        ("fewer than in the same period last year, when 50 applied", FEBRUARY,
         (date(2024, 2, 1), date(2024, 2, 29))),
        ("more than in December, when 50 applied", JANUARY,
         (date(2024, 12, 1), date(2024, 12, 31))),
    ],
)  # fmt: skip
def test_days_moved_back(text: str, compared: tuple[date, date], days: tuple[date, date]) -> None:
    at = text.index("50")
    assert compared_period(text, at, find_dates(text, "en", DAY), compared) == days


@pytest.mark.parametrize(
    "text",
    [
        # "when" before the figure with no comparison: the figure's own days.
        "Since 21 September, when mobilisation was announced, more than 200,000 Russians have "
        "entered Kazakhstan.",
        "The busiest day was Thursday, when some 41,000 people crossed into Zimbabwe.",
    ],
)
def test_no_comparison_no_days_of_its_own(text: str) -> None:
    at = next(i for i, c in enumerate(text) if c.isdigit() and text[i : i + 2] != "21")
    assert compared_period(text, at, find_dates(text, "en", DAY), FEBRUARY) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "За перше півріччя до Уругваю з Куби прибули 4 100 осіб, тоді як за аналогічний "
         "період минулого року — 2 600."),
        ("ru", "За первое полугодие в Уругвай с Кубы прибыли 4 100 человек, тогда как за "
         "аналогичный период прошлого года — 2 600."),
        ("en", "Between January and June, 4,100 Cubans applied for asylum in Uruguay, against "
         "2,600 in the same period last year."),
    ],
)  # fmt: skip
def test_the_same_period_last_year_said_before_or_after_the_figure(
    language: str, text: str
) -> None:
    this_year, last_year = read_candidates(language, date(2025, 7, 10), text)
    assert (this_year.period_start, this_year.period_end) == (date(2025, 1, 1), date(2025, 6, 30))
    assert last_year.figure.value == 2_600
    assert (last_year.period_start, last_year.period_end) == (date(2024, 1, 1), date(2024, 6, 30))
