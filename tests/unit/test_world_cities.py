"""The world's cities by name, for the country each is in (GeoNames, through the table beside
``bot.language.world_cities``)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article
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
