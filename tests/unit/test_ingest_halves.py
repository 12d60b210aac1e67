"""Numbers with a half between them and their multiplier ("два с половиной миллиона", "два з
половиною мільйони") or after it ("a million and a half") are read whole: they were read as
two figures the text does not say (2 and 1,000,000) or as the multiplier alone."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates, under_a_headline

DAY = date(2025, 3, 5)


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "A million and a half Syrians returned from Turkey last year, the ministry said.",
         1_500_000),
        ("en", "A thousand and a half Syrians returned from Turkey last week, the ministry said.",
         1_500),
        ("en", "Two and a half million Syrians returned from Turkey last year, the ministry said.",
         2_500_000),
        ("ru", "Два с половиной миллиона сирийцев вернулись из Турции в прошлом году, сообщили в "
         "министерстве.", 2_500_000),
        ("ru", "За неделю из Турции вернулись 2 с половиной тысячи сирийцев, сообщили в "
         "министерстве.", 2_500),
        ("uk", "Два з половиною мільйони сирійців повернулися з Туреччини торік, повідомили в "
         "міністерстві.", 2_500_000),
        ("kk", "Өткен жылы Түркиядан екі жарым миллион сириялық оралды, деп хабарлады "
         "министрлік.", 2_500_000),
    ],
)  # fmt: skip
def test_a_half_with_a_multiplier_is_one_figure(language: str, text: str, value: int) -> None:
    assert [c.figure.value for c in read_candidates(language, DAY, text)] == [value]


def test_two_and_a_half_years_is_a_measure() -> None:
    text = "Через два с половиной года в Турцию выехали 300 сирийцев, сообщили в министерстве."
    assert [c.figure.value for c in under_a_headline("ru", DAY, text).candidates] == [300]
