"""A month, a quarter or a year named by its unit alone is the one the article counts:
"Всего за месяц ... выехали 43 900" after May's arrivals is May, "за рік" after 2025's figures
is 2025, "за квартал" after the first quarter's is that quarter, "recorded 3,240 entries over
the month" is the month named before (not the thirty days before the report). And "в выходные
... выехали" with a verb in the past is the last weekend, while "у вихідні – більше" is any
weekend. From the short items' period misses (twenty-ninth and thirty-first sessions)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.periods import find_dates
from bot.ingest.reading import read_article
from tests.ingest_reading import periods

DAY = date(2025, 6, 19)
MAY = (date(2025, 5, 1), date(2025, 5, 31))
YEAR_2024 = (date(2024, 1, 1), date(2024, 12, 31))


def _periods(text: str, language: str) -> list[tuple[date | None, date | None]]:
    return periods(read_article(text, language, DAY))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "В мае через Нарву из России в Эстонию въехали 41 700 человек. Всего за месяц в "
            "обратном направлении выехали 43 900.",
            "ru",
        ),
        (
            "У травні через Нарву з Росії до Естонії в'їхали 41 700 осіб. Загалом за місяць у "
            "зворотному напрямку виїхали 43 900.",
            "uk",
        ),
        (
            "In May, 41,700 people entered Estonia from Russia through Narva. Officers recorded "
            "43,900 departures the other way over the month.",
            "en",
        ),
    ],
)
def test_the_month_is_the_one_named_before(text: str, language: str) -> None:
    assert _periods(text, language) == [MAY, MAY]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "В 2024 году Финляндия приняла 5 100 заявлений об убежище. За год отказано во въезде "
            "3 200 гражданам России.",
            "ru",
        ),
        (
            "У 2024 році Фінляндія прийняла 5 100 заяв про притулок. За рік відмовлено у в'їзді "
            "3 200 громадянам Росії.",
            "uk",
        ),
        (
            "Finland received 5,100 asylum applications in 2024. Over the year, 3,200 Russians "
            "were refused entry.",
            "en",
        ),
    ],
)
def test_the_year_is_the_one_named_before(text: str, language: str) -> None:
    assert _periods(text, language) == [YEAR_2024, YEAR_2024]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "У першому кварталі Естонія відмовила у в'їзді 1 236 громадянам Росії. Загалом за "
            "квартал кордон у Нарві перетнули 214 тисяч людей.",
            "uk",
        ),
        (
            "В первом квартале Эстония отказала во въезде 1 236 гражданам России. Всего за "
            "квартал границу в Нарве пересекли 214 тысяч человек.",
            "ru",
        ),
        (
            "In the first quarter, Estonia refused entry to 1,236 Russians. Over the quarter, "
            "214,000 people crossed the border at Narva.",
            "en",
        ),
    ],
)
def test_the_quarter_is_the_one_named_before(text: str, language: str) -> None:
    quarter = (date(2025, 1, 1), date(2025, 3, 31))
    assert _periods(text, language) == [quarter, quarter]


def test_with_nothing_named_before_the_month_is_the_last_thirty_days() -> None:
    text = "Всего за месяц через Нарву выехали 43 900 человек."
    assert _periods(text, "ru") == [(date(2025, 5, 20), date(2025, 6, 19))]


WEEKEND = (date(2024, 12, 28), date(2024, 12, 29))


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("в выходные через Батугаде в сторону Индонезии выехали 1 850 человек", "ru", True),
        ("у вихідні через Батугаде виїхали 1 850 осіб", "uk", True),
        ("у вихідні кордон перетнув 1 850 осіб", "uk", True),
        ("Щодоби ми пропускаємо 150 українців, у вихідні – більше", "uk", False),
        ("в выходные — больше", "ru", False),
        ("в выходные мы пропускаем больше", "ru", False),
        # "over the weekend", in the words that say it.
        ("Упродовж вихідних до Сеути вплав дісталися 450 мігрантів", "uk", True),
        ("Протягом минулих вихідних до Сеути дісталися 450 мігрантів", "uk", True),
        ("В течение выходных в Сеуту добрались 450 мигрантов", "ru", True),
    ],
)
def test_a_weekend_with_a_verb_in_the_past_is_the_last_one(
    text: str, language: str, found: bool
) -> None:
    periods = [
        (d.period_start, d.period_end) for d in find_dates(text, language, date(2024, 12, 30))
    ]
    assert periods == ([WEEKEND] if found else [])
