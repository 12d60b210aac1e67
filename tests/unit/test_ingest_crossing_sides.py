"""A crossing counted both ways names two sides and no direction: a figure after it that names
no country of its own happened on the side that is not its people's ("officers at Wutung
turned away 27 Indonesian traders": kept out of Papua New Guinea), unless the sentence says
the way was out ("prevented from leaving the country": out of their own). A people's
adjective before a stretch of border ("на молдавском участке") names its side, not whose the
people are. One country's border with another ("кордон Китаю з Монголією", "на границе
Финляндии и Швеции") is crossed both ways; one country's border alone is crossed into it.
Figures invented, sentences after the short news items."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article
from bot.language.regions import region_country


def _after_the_crossing(language: str, text: str) -> tuple[object, ...]:
    candidates = read_article("Headline\n\n" + text, language, date(2025, 3, 1)).candidates
    crossing, after = candidates
    assert crossing.metric == "crossings"
    return (after.metric, after.origin, after.destination, after.citizenship)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 600 people cross the Wutung-Skouw border between Papua New Guinea and "
            "Indonesia each day. In August, officers at Wutung turned away 27 Indonesian "
            "traders who had no valid border pass.",
            ("entry_refused", "IDN", "PNG", "IDN"),
        ),
        (
            "Some 2,000 people cross the border between Chile and Bolivia at Colchane every "
            "week. Last month guards at Colchane turned back 45 Bolivian nationals without "
            "papers.",
            ("entry_refused", "BOL", "CHL", "BOL"),
        ),
        # The way out said: their own side, left.
        (
            "Some 2,000 people cross the border between Chile and Bolivia at Colchane every "
            "week. Last month 45 Chilean citizens were prevented from leaving the country "
            "because of unpaid fines.",
            ("exit_refused", "CHL", "BOL", "CHL"),
        ),
    ],
)
def test_a_crossings_people_are_stopped_on_the_other_side(
    text: str, expected: tuple[object, ...]
) -> None:
    assert _after_the_crossing("en", text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "По данным ГПСУ, с начала года на молдавском участке задержаны более 3,5 тыс. "
            "нарушителей, пытавшихся покинуть страну.",
            ("exit_refused", None),
        ),
        (
            "uk",
            "З початку року на польській ділянці затримали понад 3,5 тис. порушників, які "
            "намагалися покинути країну.",
            ("exit_refused", None),
        ),
    ],
)
def test_a_stretch_of_border_is_no_ones_citizenship(
    language: str, text: str, expected: tuple[object, ...]
) -> None:
    (candidate,) = read_article("Headline\n\n" + text, language, date(2025, 3, 1)).candidates
    assert (candidate.metric, candidate.citizenship) == expected


@pytest.mark.parametrize(
    ("language", "text", "sides"),
    [
        (
            "uk",
            "З 28 січня по 4 лютого кордон Китаю з Монголією перетнули 126 400 осіб.",
            "CHN MNG",
        ),
        ("ru", "С 1 по 7 мая границу России с Казахстаном пересекли 98 тысяч человек.", "KAZ RUS"),
        (
            "ru",
            "За три летних месяца пункт пропуска Торнио на границе Финляндии и Швеции "
            "пересекли около 1 млн 200 тыс. человек.",
            "FIN SWE",
        ),
        (
            "uk",
            "За тиждень пункт пропуску на кордоні Польщі та України перетнули 81 тисяча осіб.",
            "POL UKR",
        ),
    ],
)
def test_one_countrys_border_with_another_is_crossed_both_ways(
    language: str, text: str, sides: str
) -> None:
    (candidate,) = read_article("Headline\n\n" + text, language, date(2025, 9, 3)).candidates
    assert candidate.metric == "crossings"
    named = [code for code in (candidate.origin, candidate.destination) if code is not None]
    assert " ".join(sorted(named)) == sides


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "З 28 січня по 4 лютого кордон Китаю перетнули 126 400 осіб."),
        ("ru", "С 1 по 7 мая границу Казахстана пересекли 98 тысяч человек."),
    ],
)
def test_one_countrys_border_alone_is_crossed_into_it(language: str, text: str) -> None:
    (candidate,) = read_article("Headline\n\n" + text, language, date(2025, 9, 3)).candidates
    assert candidate.metric == "entered"
    assert candidate.destination in {"CHN", "KAZ"}


@pytest.mark.parametrize("word", ["Табаскі", "Табаски", "Tabaski"])
def test_a_feast_is_no_region(word: str) -> None:
    """West Africa's name for Eid al-Adha is spelt like Mexico's Tabasco with a case ending."""
    assert region_country(word) is None
    assert region_country("Табаско") == "MEX"
