"""Evacuations as Russian and Ukrainian news tell them, in words of our own after batch 20:
a country's adjective between "в" and the city people were taken to ("в саудовскую Джидду")
still says where to, and describes the city, not the people; evacuated citizens arriving in
their own country came home; a body's site ("говорится на сайте МИД Узбекистана", "йдеться
на сайті поліції Угорщини police.hu") is the body's word; a person no dictionary knows,
named by their post ("Гетачеу Алемайеху, глава иммиграционного офиса"), is the speaker."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article
from tests.ingest_reading import said_and_carried


def _read(text: str, language: str) -> list[tuple[object, ...]]:
    candidates = read_article("Headline\n\n" + text, language, date(2023, 4, 27)).candidates
    return [
        (
            c.metric,
            c.origin,
            c.destination,
            c.citizenship,
            said_and_carried(c)[0],
        )
        for c in candidates
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "На прошлой неделе 64 гражданина России были вывезены из Порт-Судана в саудовскую "
            "Джидду на кораблях.",
            ("left", "SDN", "SAU", "RUS", None),
        ),
        (
            "uk",
            "Минулого тижня 64 громадян Росії вивезли з Порт-Судану до саудівської Джидди.",
            ("left", "SDN", "SAU", "RUS", None),
        ),
        # The adjective describes the city: no one's citizenship.
        (
            "ru",
            "За последние пять дней на побережье индонезийской провинции Ачех высадились 412 "
            "беженцев, отплывших на деревянных лодках из лагерей в бангладешском Кокс-Базаре.",
            ("entered", "BGD", "IDN", None, None),
        ),
    ],
)
def test_a_countrys_adjective_before_the_city(
    language: str, text: str, expected: tuple[object, ...]
) -> None:
    assert _read(text, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "ru",
            "Во вторник в Ташкент прибыли 38 эвакуированных из Судана граждан Узбекистана, "
            "говорится на сайте МИД Узбекистана.",
            "МИД Узбекистана",
        ),
        (
            "uk",
            "У вівторок до Ташкента прибули 38 евакуйованих із Судану громадян Узбекистану, "
            "йдеться на сайті МЗС Узбекистану.",
            "МЗС Узбекистану",
        ),
    ],
)
def test_evacuated_citizens_arriving_home_came_home(
    language: str, text: str, speaker: str
) -> None:
    ((metric, origin, destination, citizenship, said_by),) = _read(text, language)
    assert (metric, destination, citizenship, said_by) == ("returned", "UZB", "UZB", speaker)
    assert origin == "SDN"


def test_citizens_arriving_home_unevacuated_stay_arrivals() -> None:
    text = "Во вторник в Ташкент через Яллама въехали 380 граждан Узбекистана."
    ((metric, *_),) = _read(text, "ru")
    assert metric != "returned"


def test_a_bodys_site_named_after_it_is_no_part_of_its_name() -> None:
    text = (
        "У четвер угорські поліцейські видворили до Сербії 17 іноземців, йдеться на сайті "
        "поліції Угорщини police.hu."
    )
    ((*_, said_by),) = _read(text, "uk")
    assert said_by == "поліція Угорщини"


def test_a_person_named_by_their_post() -> None:
    text = (
        "Гетачеу Алемайеху, глава иммиграционного офиса в Метеме, рассказал нашему "
        "корреспонденту, что из Судана в Эфиопию ежедневно переходят от 800 до 1 000 человек."
    )
    ((*_, said_by),) = _read(text, "ru")
    assert said_by == "Гетачеу Алемайеху"


def test_a_rank_before_a_name_is_no_part_of_it() -> None:
    text = "Comptroller Aminu Garba Bello said 1,840 Nigerians had returned home from Niger."
    ((*_, said_by),) = _read(text, "en")
    assert said_by == "Aminu Garba Bello"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Из Судана в Эфиопию ежедневно переходят до 1 000 человек — суданцев и иностранцев.",
        ),
        ("uk", "Із Судану до Ефіопії щодня переходять до 1 000 людей — суданців та іноземців."),
        ("en", "Up to 1,000 Sudanese and other nationals cross into Ethiopia every day."),
    ],
)
def test_a_people_and_others_are_no_one_citizenship(language: str, text: str) -> None:
    ((_, _, destination, citizenship, _),) = _read(text, language)
    assert (destination, citizenship) == ("ETH", None)
