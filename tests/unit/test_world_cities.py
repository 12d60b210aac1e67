"""The world's cities by name, for the country each is in (GeoNames, through the table beside
``bot.language.world_cities``)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article
from bot.language.gazetteer import ordinary_word
from bot.language.world_cities import world_city_country


@pytest.mark.parametrize(
    ("keys", "country"),
    [
        (("львів",), "UKR"),
        (("мілан",), "ITA"),
        (("тіхуана",), "MEX"),
        (("жидда",), "SAU"),
        (("kigali",), "RWA"),
        # Kazakh writes a foreign "х" as "қ".
        (("бұқарест",), "ROU"),
        (("boa vista",), "BRA"),
        (("россия",), None),  # a country's own name is no city's
        (("ош",), None),  # too short to tell
    ],
)
def test_a_city_names_its_country(keys: tuple[str, ...], country: str | None) -> None:
    assert world_city_country(keys) == country


@pytest.mark.parametrize(
    ("language", "text", "countries"),
    [
        ("uk", "Минулого тижня з Мілана до Львова автобусами вирушили близько 900 українців.",
         ("ITA", "UKR", "UKR")),
        ("en", "UNHCR spokeswoman Jane Doe told reporters in Geneva that 5,000 Burundians crossed "
         "into Rwanda on Monday.", ("BDI", "RWA", "BDI")),
        ("ru", "Накануне российские пограничники в Ивангороде не выпустили в Эстонию двоих "
         "украинских мужчин из Мариуполя.", ("RUS", "EST", "UKR")),
    ],
)  # fmt: skip
def test_cities_people_went_from_or_to_not_where_someone_spoke(
    language: str, text: str, countries: tuple[str, str, str]
) -> None:
    (candidate,) = read_article(text, language, date(2023, 8, 15)).candidates
    assert (candidate.origin, candidate.destination, candidate.citizenship) == countries


@pytest.mark.parametrize(
    ("language", "text", "origin", "destination"),
    [
        ("en", "On Monday 700 Venezuelans crossed from Venezuela into Pacaraima.", "VEN", "BRA"),
        ("en", "Last week 300 migrants crossed from Calais to the United Kingdom.", "FRA", "GBR"),
        ("uk", "Минулого тижня з Києва до Перемишля потягами виїхали 2000 українців.", "UKR",
         "POL"),
        ("ru", "Из Жаркента в Китай выехали 500 граждан Казахстана.", "KAZ", "CHN"),
    ],
)  # fmt: skip
def test_a_small_town_people_went_through_names_its_country(
    language: str, text: str, origin: str | None, destination: str
) -> None:
    """Towns below 100,000 people (GeoNames' 15,000 list) are read as their country."""
    (candidate,) = read_article(text, language, date(2023, 8, 15)).candidates
    assert (candidate.origin, candidate.destination) == (origin, destination)


@pytest.mark.parametrize(
    "keys",
    [
        ("march",),
        ("police",),
        ("may",),
        ("мае", "май"),
        ("мира", "мир"),
        ("mani",),
        ("азия",),
        # A short Kazakh word ("елдегі": in the country) and a first name ("с Мариной").
        ("елде",),
        ("марина",),
    ],
)
def test_an_ordinary_word_is_no_town(keys: tuple[str, ...]) -> None:
    """Months, ordinary words and their stems ("Many" → "mani"), and parts of the world name
    no town, though towns of those names exist (March in England, Police in Poland)."""
    assert world_city_country(keys) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In March 500 migrants crossed into Italy."),
        ("en", "Police said 500 migrants crossed into Italy from Libya."),
        ("en", "Some 500 migrants crossed into Italy in May."),
        ("ru", "В мае в Италию въехали 500 мигрантов."),
    ],
)
def test_a_month_or_police_names_no_place(language: str, text: str) -> None:
    (candidate,) = read_article(text, language, date(2023, 8, 15)).candidates
    assert candidate.destination == "ITA"
    assert candidate.origin in {None, "LBY"}


@pytest.mark.parametrize(
    ("name", "word"),
    [("march", True), ("police", True), ("луга", True), ("мира", True), ("many", True),
     ("mani", True), ("балтийск", True), ("азия", True), ("травень", True), ("calais", False),
     ("pacaraima", False), ("перемишль", False), ("нарва", False), ("жаркент", False),
     ],
)  # fmt: skip
def test_the_towns_table_leaves_out_ordinary_words(name: str, *, word: bool) -> None:
    """The rule ``python -m bot.language.world_cities`` keeps small towns' names by."""
    assert ordinary_word(name) is word
