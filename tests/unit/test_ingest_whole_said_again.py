"""The whole a part is taken from, said again right before the part ("Of the 17,000, 1,800
arrived at Vaalimaa", "Из этих 17 тысяч 1 800 ...", "З цих 17 тисяч", "Осы 17 мыңның 1
800-і"), is the figure before, not a second fact; the part keeps the whole's move, countries
and days. Phrasings written for these tests (twenty-fourth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

DAY = date(2022, 10, 2)


@pytest.mark.parametrize(
    ("language", "text", "said_again"),
    [
        ("en", "More than 17,000 Russians crossed into Finland over the weekend, the Border "
         "Guard said. Of the 17,000, 1,800 arrived at the Vaalimaa checkpoint alone.", "17,000"),
        ("ru", "За выходные в Финляндию въехали более 17 тысяч россиян. Из этих 17 тысяч 1 800 "
         "въехали через пункт Ваалимаа.", "17 тысяч"),
        ("uk", "За вихідні до Фінляндії в'їхали понад 17 тисяч росіян. З цих 17 тисяч 1 800 "
         "прибули через пункт Ваалімаа.", "17 тисяч"),
        ("kk", "Демалыс күндері Финляндияға 17 мыңнан астам ресейлік кірді. Осы 17 мыңның "
         "1 800-і Ваалимаа бекеті арқылы келді.", "17 мыңның"),
    ],
)  # fmt: skip
def test_the_whole_said_again_is_a_repeat(language: str, text: str, said_again: str) -> None:
    reading = read_article("Headline\n\n" + text, language, DAY)
    found = [
        (c.figure.value, c.metric, c.origin, c.destination, c.citizenship, c.period_start)
        for c in reading.candidates
    ]
    weekend = date(2022, 10, 1)
    assert found == [
        (17000, "entered", "RUS", "FIN", "RUS", weekend),
        (1800, "entered", "RUS", "FIN", "RUS", weekend),
    ]
    assert any(
        item.figure_text.startswith(said_again) and item.reason == "repeat"
        for item in reading.left_out
    )


def test_a_whole_told_first_stays_a_fact() -> None:
    text = "Of the 5,000 Russians who entered Finland last week, 1,800 arrived at Vaalimaa."
    reading = read_article("Headline\n\n" + text, "en", DAY)
    assert [c.figure.value for c in reading.candidates] == [5000, 1800]
