"""Regions named for their country, in any case form and in the four languages' spellings."""

from __future__ import annotations

import pytest

from bot.language.regions import region_country


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Дагестана", "RUS"),
        ("Оренбургской", "RUS"),
        ("Саратовской", "RUS"),
        ("Ақтөбе", "KAZ"),
        ("Жетісу", "KAZ"),
        ("Сурхандарьинскую", "UZB"),
        ("Roraima", "BRA"),
        ("Закарпаття", "UKR"),
        ("Запорізької", "UKR"),
        ("Kasese", "UGA"),
        ("Бали", "IDN"),
        ("Sabah", "MYS"),
        ("Сабаха", "MYS"),
        # Kazakh case endings after the whole name.
        ("Ақтөбедегі", "KAZ"),
        ("Хатаймен", "TUR"),
        ("Закарпаттям", "UKR"),
        # Islands and enclaves news of crossings names, ISO 3166-2 or not.
        ("Lampedusa", "ITA"),
        ("Лампедузу", "ITA"),
        ("Lesbos", "GRC"),
        ("Лесбосе", "GRC"),
        ("Канарские", "ESP"),
        ("Ceuta", "ESP"),
        # A short name with its case ending, as long as a key.
        ("Самосе", "GRC"),
    ],
)
def test_a_region_names_its_country(word: str, country: str) -> None:
    assert region_country(word) == country


# "Бандаранаике" (an airport) only begins like Bangladesh's Bandarban.
@pytest.mark.parametrize(
    "word", ["Republic", "Migration", "Назаров", "Police", "Ларс", "Smith", "Бандаранаике"]
)
def test_other_words_name_no_region(word: str) -> None:
    assert region_country(word) is None
