"""Peoples' names in four languages → their country, as a question's or an article's words are
read, and countries' names of several words, the longest one winning."""

from __future__ import annotations

import pytest

from bot.language.demonyms import _BY_COUNTRY
from bot.language.lemmas import forms
from bot.language.places import find_places
from bot.language.questions import Place, read_question
from bot.language.text import words
from bot.language.tokens import Token


def _peoples(text: str, language: str) -> list[str]:
    """The peoples ``text`` names, read without typo tolerance (as an article is)."""
    tokens = [Token(word, forms(word.folded, language)) for word in words(text)]
    find_places(tokens, language, fuzzy=False)
    return [token.demonym for token in tokens if token.demonym]


PEOPLES = [
    # English: listed where the "-ians"/"-ans" rule misses or misreads them.
    ("Congolese", "en", "COD"),
    ("Burundians", "en", "BDI"),
    ("Burundian", "en", "BDI"),
    ("Yemenis", "en", "YEM"),
    ("Somalis", "en", "SOM"),
    ("Filipinos", "en", "PHL"),
    ("Swiss", "en", "CHE"),
    ("Dutch", "en", "NLD"),
    ("British", "en", "GBR"),
    ("Emiratis", "en", "ARE"),
    ("Saudis", "en", "SAU"),
    ("Salvadorans", "en", "SLV"),
    ("Peruvians", "en", "PER"),
    ("Kenyan", "en", "KEN"),
    ("Ivorians", "en", "CIV"),
    ("Palestinians", "en", "PSE"),
    ("Taiwanese", "en", "TWN"),
    ("Chadians", "en", "TCD"),
    ("Sudanese", "en", "SDN"),
    ("Guineans", "en", "GIN"),
    # The rule's own.
    ("Mongolians", "en", "MNG"),
    ("Bulgarians", "en", "BGR"),
    ("Kenyans", "en", "KEN"),
    # Several words, read before their last one.
    ("South Sudanese", "en", "SSD"),
    ("North Koreans", "en", "PRK"),
    ("Equatorial Guineans", "en", "GNQ"),
    ("New Zealanders", "en", "NZL"),
    ("Sri Lankans", "en", "LKA"),
    # Russian: any form, by its lemma.
    ("конголезцев", "ru", "COD"),
    ("бурундийцы", "ru", "BDI"),
    ("венесуэльцев", "ru", "VEN"),
    ("перуанцев", "ru", "PER"),
    ("йеменцы", "ru", "YEM"),
    ("южносуданцев", "ru", "SSD"),
    ("северокорейцев", "ru", "PRK"),
    ("саудовцев", "ru", "SAU"),
    ("швейцарцев", "ru", "CHE"),
    ("нидерландцы", "ru", "NLD"),
    ("британцев", "ru", "GBR"),
    ("филиппинок", "ru", "PHL"),
    ("сальвадорцев", "ru", "SLV"),
    ("палестинцев", "ru", "PSE"),
    ("эмиратских", "ru", "ARE"),
    ("португальцев", "ru", "PRT"),
    # Ukrainian.
    ("сирійців", "uk", "SYR"),
    ("єменців", "uk", "YEM"),
    ("перуанців", "uk", "PER"),
    ("конголезців", "uk", "COD"),
    ("бурундійців", "uk", "BDI"),
    ("венесуельців", "uk", "VEN"),
    ("південносуданці", "uk", "SSD"),
    ("філіппінців", "uk", "PHL"),
    ("бахрейнців", "uk", "BHR"),
    ("британців", "uk", "GBR"),
    ("в'єтнамців", "uk", "VNM"),
    # Kazakh: "-лық/-лік" read back to the country, and what that rule cannot read.
    ("сириялық", "kk", "SYR"),
    ("сириялықтар", "kk", "SYR"),
    ("перулік", "kk", "PER"),
    ("чадтықтар", "kk", "TCD"),
    ("британдықтар", "kk", "GBR"),
    ("палестиналық", "kk", "PSE"),
    ("филиппиндіктер", "kk", "PHL"),
    ("оңтүстік судандықтар", "kk", "SSD"),
    ("солтүстік кореялықтар", "kk", "PRK"),
]


@pytest.mark.parametrize(("text", "language", "code"), PEOPLES)
def test_peoples_are_read_in_every_language(text, language, code):
    assert _peoples(text, language) == [code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("how many Congolese entered Uganda", "COD"),
        ("сколько бурундийцев въехало в Танзанию", "BDI"),
        ("скільки єменців прибули до Польщі", "YEM"),
        ("Түркияға қанша сириялық кірді?", "SYR"),
    ],
)
def test_a_question_asks_about_the_citizens_a_people_names(text, code):
    assert read_question(text).citizenship == code


def test_each_name_names_one_country():
    """A key listed under two countries would silently keep only the last."""
    seen: dict[str, str] = {}
    for code, names in _BY_COUNTRY.items():
        for name in names:
            assert seen.setdefault(name, code) == code, name


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("migrants from the Democratic Republic of Congo", "COD"),
        ("migrants from the Democratic Republic of the Congo", "COD"),
        ("migrants from DR Congo", "COD"),
        ("migrants from DRC", "COD"),
        ("migrants from the Republic of Congo", "COG"),
        ("migrants from Côte d'Ivoire", "CIV"),
        ("migrants from Ivory Coast", "CIV"),
        ("migrants from the UAE", "ARE"),
        ("migrants from the United Arab Emirates", "ARE"),
        ("мигранты из ОАЭ", "ARE"),
        ("БАӘ-ге қанша адам келді", "ARE"),
        ("migrants from South Sudan", "SSD"),
        ("Северная Македония", "MKD"),
        ("мигранты из Северной Македонии", "MKD"),
        ("Демократическая Республика Конго", "COD"),
        ("мигранты из Демократической Республики Конго", "COD"),
        ("мигранты из ДР Конго", "COD"),
        ("мигранты из ДРК", "COD"),
        ("мігранти з Демократичної Республіки Конго", "COD"),
        ("мігранти з ДР Конго", "COD"),
        ("мігранти з ДРК", "COD"),
        ("migrants from Saudi Arabia", "SAU"),
        ("Саудовская Аравия", "SAU"),
        ("мигранты из Саудовской Аравии", "SAU"),
        ("Сауд Арабиясы", "SAU"),
        ("migrants from Costa Rica", "CRI"),
        ("Коста-Рика", "CRI"),
        ("мигранты из Коста-Рики", "CRI"),
    ],
)
def test_countries_of_several_words_are_read_whole(text, code):
    assert [place.code for place in read_question(text).places] == [code]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("сколько людей въехало в Сербию", Place("SRB", "into")),
        ("сколько людей уехало из Хорватии", Place("HRV", "from")),
        ("сколько людей уехало из Чехии", Place("CZE", "from")),
        ("how many people entered Laos", Place("LAO")),
        ("Сауд Арабиясынан қанша адам келді", Place("SAU", "from")),
    ],
)
def test_a_countrys_name_is_no_peoples(text, place):
    """A country's name wins over the people its Russian stem names ("Сербии" → "серб")."""
    question = read_question(text)
    assert (list(question.places), question.citizenship) == ([place], None)
