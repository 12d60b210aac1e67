"""A count given to compare, and what follows it: "That compares with roughly 5,500 the previous
week" (a week before the count it is compared with, in the next paragraph too), "Неделей ранее
их было около 5,5 тысячи", "Тижнем раніше їх було"; "a further 1,250 were denied entry" (the
main count's days, not the compared one's); "за тот же период" after "Годом ранее ..." (the
main count's days); "The agency said" after a body cited by a newspaper (the body). Phrasings
written for these tests (twenty-fifth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

JUNE_17 = date(2023, 6, 17)
WEEK = (date(2023, 6, 8), date(2023, 6, 14))
WEEK_BEFORE = (date(2023, 6, 1), date(2023, 6, 7))


def _read(text: str, language: str, day: date = JUNE_17) -> list[tuple[object, ...]]:
    return [
        (c.figure.value, c.metric, c.origin, c.destination, c.period_start, c.period_end)
        for c in read_article(text, language, day).candidates
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 8,000 Venezuelans crossed into Peru between June 8 and June 14, the "
         "agency said. That compares with roughly 5,500 the previous week."),
        ("en", "More than 8,000 Venezuelans crossed into Peru between June 8 and June 14, the "
         "agency said.\n\nThat compares with roughly 5,500 the previous week."),
        ("en", "More than 8,000 Venezuelans crossed into Peru between June 8 and June 14, the "
         "agency said, compared with roughly 5,500 the week before."),
        ("en", "More than 8,000 Venezuelans crossed into Peru between June 8 and June 14, the "
         "agency said. A week earlier there were about 5,500."),
        ("ru", "С 8 по 14 июня в Перу въехали более 8 тысяч венесуэльцев, сообщило ведомство. "
         "Неделей ранее их было около 5,5 тысячи."),
        ("uk", "З 8 по 14 червня до Перу в'їхали понад 8 тисяч венесуельців, повідомило "
         "відомство. Тижнем раніше їх було близько 5,5 тисячі."),
    ],
)  # fmt: skip
def test_a_count_compared_a_week_back(language: str, text: str) -> None:
    assert _read(text, language) == [
        (8000, "entered", "VEN", "PER", *WEEK),
        (5500, "entered", "VEN", "PER", *WEEK_BEFORE),
    ]


def test_a_further_count_after_a_compared_one_is_of_the_main_days() -> None:
    text = (
        "LIMA — More than 8,000 Venezuelans crossed into Peru between June 8 and June 14, "
        "according to Peru's National Superintendency of Migration, as cited by the newspaper "
        "El Comercio.\n\nThat compares with roughly 5,500 the previous week. The agency said a "
        "further 1,250 were denied entry for lacking passports or visas."
    )
    candidates = read_article(text, "en", JUNE_17).candidates
    assert [(c.figure.value, c.period_start, c.period_end) for c in candidates] == [
        (8000, *WEEK),
        (5500, *WEEK_BEFORE),
        (1250, *WEEK),
    ]
    body = "Peru's National Superintendency of Migration"
    speakers = {
        (c.attributed_to and c.attributed_to.name, c.carried_by and c.carried_by.name)
        for c in candidates
    }
    assert speakers == {(body, "El Comercio")}


def test_the_same_period_after_a_year_earlier_is_the_main_counts() -> None:
    text = (
        "С января по май 2025 года в Республике Кипр было подано 2 146 заявлений о "
        "предоставлении убежища, сообщил замминистра. Годом ранее за тот же период их было "
        "6 522.\n\nПо его словам, за тот же период по программе добровольного возвращения Кипр "
        "покинули 4 380 человек."
    )
    periods = [row[-2:] for row in _read(text, "ru", date(2025, 6, 10))]
    january_to_may = (date(2025, 1, 1), date(2025, 5, 31))
    assert periods == [
        january_to_may,
        (date(2024, 1, 1), date(2024, 5, 31)),
        january_to_may,
    ]
