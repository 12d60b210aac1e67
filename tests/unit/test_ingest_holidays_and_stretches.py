"""Words a time zone names a place by, that news writes as something else: "since Christmas"
(Indian/Christmas is Christmas Island), "in the wake of", "на восток" (Antarctica's Vostok
station), "Davis said" (its Davis station), England's "Norfolk"; a stretch of a border ("on
the Bavarian section of the border with Austria") is the border, its other side where people
came from; and a report called "simply wrong" is denied. From the short items' origin misses
(twenty-ninth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.clauses import read_words
from bot.ingest.reading import read_article
from bot.language.cities import city_country

DAY = date(2025, 2, 10)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A report said 5,000 people had been turned back since Christmas.", "en"),
        ("In the wake of the storm, Davis said 300 people had left.", "en"),
        ("Wallis and Casey said 300 people crossed midway through the week.", "en"),
        ("С начала года на восток уехали 300 человек.", "ru"),
    ],
)
def test_a_holiday_a_direction_or_a_surname_is_no_place(text: str, language: str) -> None:
    words = read_words(text, language)
    assert [p.token.word.text for p in words.words if p.token.country] == []


@pytest.mark.parametrize(
    ("keys", "country"),
    [(("christmas island",), "CXR"), (("wake island",), "UMI"), (("christmas",), None)],
)
def test_islands_are_named_in_full(keys: tuple[str, ...], country: str | None) -> None:
    assert city_country(keys) == country


def test_christmas_island_is_still_a_place() -> None:
    reading = read_article(
        "A boat carrying 112 asylum seekers from Indonesia reached Christmas Island on Sunday.",
        "en",
        DAY,
    )
    assert [(c.origin, c.destination) for c in reading.candidates] == [("IDN", "CXR")]


def test_norfolk_is_england_s_county() -> None:
    words = read_words("Farmers in Norfolk hired 300 seasonal workers.", "en")
    assert [p.token.country for p in words.words if p.token.country] == ["GBR"]


@pytest.mark.parametrize(
    "where",
    [
        "on the Bavarian section of the border with Austria",
        "along a 40-km stretch of the border with Austria",
        "at the border with Austria",
    ],
)
def test_a_stretch_of_a_border_is_the_border(where: str) -> None:
    reading = read_article(
        f"The German Federal Police refused entry to 1,480 people {where} in January.", "en", DAY
    )
    assert [(c.metric, c.origin, c.destination) for c in reading.candidates] == [
        ("entry_refused", "AUT", "DEU")
    ]


@pytest.mark.parametrize("called", ["simply wrong", "completely wrong", "totally wrong"])
def test_a_report_called_simply_wrong_is_denied(called: str) -> None:
    reading = read_article(
        "The police turned back 312 people in January, the directorate said. A report in the "
        f'tabloid press that 5,000 people had been turned back since Christmas was "{called}", '
        "a spokesman for the directorate said.",
        "en",
        DAY,
    )
    assert [c.figure.value for c in reading.candidates] == [312]
    assert "5,000" in [item.figure_text for item in reading.left_out if item.reason == "denied"]


@pytest.mark.parametrize(
    "called",
    ["шындыққа жанаспайтынын", "шындыққа сай келмейтінін", "шындыққа сәйкес келмейтінін"],
)
def test_a_kazakh_report_called_untrue_is_denied(called: str) -> None:
    reading = read_article(
        "Министрлік өткен аптада Мьянмадан 1 200 адам келгенін хабарлады. Әлеуметтік желіде "
        f"тараған «бір аптада 50 мың мьянмалық шекарадан өтіп кетті» деген ақпарат {called} "
        "мәлімдеді.",
        "kk",
        DAY,
    )
    assert [c.figure.value for c in reading.candidates] == [1200]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("В июле на остров Лесбос с турецкого побережья прибыли 1 912 мигрантов.", "ru"),
        ("У липні на острів Лесбос з турецького узбережжя прибули 1 912 мігрантів.", "uk"),
        ("В июле на остров Лесбос со стороны Турции прибыли 1 912 мигрантов.", "ru"),
    ],
)
def test_an_island_named_after_its_word_and_a_coast_s_country(text: str, language: str) -> None:
    reading = read_article(text, language, DAY)
    assert [(c.origin, c.destination) for c in reading.candidates] == [("TUR", "GRC")]
