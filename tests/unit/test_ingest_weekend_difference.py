"""What a curator met in a border service's weekend count, in four languages: the difference
between arrivals and departures named as such ("різниця становить понад 3,4 тисячі", "the
difference was more than 3,400", "разница составила", "айырмашылық") is no count of its own;
people who "повернулися через кордон зі Словаччиною" came home from Slovakia. Phrasings written
for these tests (twenty-sixth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

SEPTEMBER_16 = date(2024, 9, 16)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "За суботу та неділю з Польщі в Україну в'їхали 41,2 тисячі осіб, а виїхали з "
         "України до Польщі – 37,8 тисячі. За словами речника, різниця становить понад 3,4 "
         "тисячі на користь в'їзду."),
        ("en", "On Saturday and Sunday 41,200 people entered Ukraine from Poland and 37,800 left. "
         "The difference was more than 3,400 in favour of entries."),
        ("ru", "В выходные из Польши в Украину въехали 41,2 тысячи человек, выехали 37,8 тысячи. "
         "Разница составила более 3,4 тысячи."),
        ("kk", "Демалыс күндері Польшадан Украинаға 41,2 мың адам кірді, 37,8 мыңы шықты. "
         "Айырмашылық 3,4 мыңнан асты."),
    ],
)  # fmt: skip
def test_a_difference_named_as_such_is_no_count(language: str, text: str) -> None:
    reading = read_article(text, language, SEPTEMBER_16)
    assert [c.figure.value for c in reading.candidates] == [41200, 37800]
    assert [item.reason for item in reading.left_out] == ["difference"]


@pytest.mark.parametrize(
    ("language", "then"),
    [
        ("uk", "Ще 1 200 людей повернулися через кордон зі Словаччиною."),
        ("ru", "Еще 1 200 человек вернулись через границу со Словакией."),
    ],
)
def test_people_back_across_a_border_came_from_the_country_beyond(
    language: str, then: str
) -> None:
    first = {
        "uk": "За вихідні з Польщі в Україну в'їхали 41,2 тисячі осіб, повідомили в ДПСУ.",
        "ru": "За выходные из Польши в Украину въехали 41,2 тысячи человек, сообщили в ГПСУ.",
    }[language]
    _, back = read_article(f"{first} {then}", language, SEPTEMBER_16).candidates
    assert (back.metric, back.figure.value) == ("returned", 1200)
    assert (back.origin, back.destination) == ("SVK", "UKR")
    assert (back.period_start, back.period_end) == (date(2024, 9, 14), date(2024, 9, 15))


def test_people_across_a_border_with_a_country_went_into_it() -> None:
    text = "За неделю через границу с Узбекистаном перешли 1 200 человек."
    (candidate,) = read_article(text, "ru", SEPTEMBER_16).candidates
    assert candidate.destination == "UZB"


def test_more_who_went_home_went_home() -> None:
    text = (
        "За ці шість місяців до Японії за програмою прибули 41,8 тис. нових в'єтнамських "
        "стажистів. За його словами, ще 312 стажистів повернулися додому з Кореї."
    )
    _, home = read_article(text, "uk", SEPTEMBER_16).candidates
    assert (home.metric, home.figure.value) == ("returned", 312)
    assert home.origin == "KOR"
    assert home.destination != "JPN"
