"""A day of the days a figure before counted, the same move told with no country: "The busiest
day was December 30, when 16,500 left", "Найбільше – 16,5 тисячі – виїхали 30 грудня" went
where the whole went. Phrasings written for these tests (twenty-fifth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

WEEKEND = (date(2023, 12, 30), date(2024, 1, 1))
BUSIEST = (date(2023, 12, 30), date(2023, 12, 30))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Over the New Year weekend, from December 30 to January 1, more than 40,000 people "
         "left Ukraine for Poland through the Yahodyn crossing, a spokesman said. The busiest "
         "day was December 30, when 16,500 left."),
        ("ru", "В новогодние выходные, с 30 декабря по 1 января, через пункт пропуска «Ягодин» "
         "из Украины в Польшу выехали более 40 тысяч человек. Больше всего – 16,5 тысячи – "
         "выехали 30 декабря."),
        ("uk", "У новорічні вихідні, з 30 грудня по 1 січня, через пункт пропуску «Ягодин» з "
         "України до Польщі виїхали понад 40 тисяч громадян. Найбільше – 16,5 тисячі – виїхали "
         "30 грудня."),
        ("kk", "Жаңа жыл демалысында, 30 желтоқсаннан 1 қаңтарға дейін, «Ягодин» өткізу бекеті "
         "арқылы Украинадан Польшаға 40 мыңнан астам адам шықты. Ең көбі – 16,5 мың адам – 30 "
         "желтоқсанда шықты."),
    ],
)  # fmt: skip
def test_the_busiest_day_went_where_the_weekend_went(language: str, text: str) -> None:
    rows = [
        (c.figure.value, c.metric, c.origin, c.destination, c.period_start, c.period_end)
        for c in read_article(text, language, date(2024, 1, 2)).candidates
    ]
    assert rows == [
        (40000, "left", "UKR", "POL", *WEEKEND),
        (16500, "left", "UKR", "POL", *BUSIEST),
    ]


def test_a_later_count_of_other_days_goes_nowhere_said() -> None:
    text = (
        "On December 30, 16,500 people left Ukraine for Poland, a spokesman said. Since "
        "January 1, 120,000 have left."
    )
    *_, later = read_article(text, "en", date(2024, 1, 20)).candidates
    assert (later.figure.value, later.origin, later.destination) == (120000, "UKR", None)
