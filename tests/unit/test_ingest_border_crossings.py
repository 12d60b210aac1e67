"""People who crossed a border named by its two countries, with no way told, are the border's
crossings, both ways (texts written here, figures invented)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

PUBLISHED = date(2024, 5, 15)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 12,000 people crossed the Kazakh-Russian border in the past day."),
        ("en", "More than 12,000 people crossed the border between Kazakhstan and Russia "
               "in the past day."),
        ("ru", "За сутки казахстанско-российскую границу пересекли более 12 тысяч человек."),
        ("ru", "За сутки через границу между Казахстаном и Россией прошли более 12 тысяч "
               "человек."),
        ("uk", "За добу казахстансько-російський кордон перетнули понад 12 тисяч осіб."),
        ("uk", "За добу кордон між Казахстаном та Росією перетнули понад 12 тисяч осіб."),
        ("kk", "Өткен тәулікте Қазақстан-Ресей шекарасынан 12 мыңнан астам адам өтті."),
        ("kk", "Өткен тәулікте қазақ-орыс шекарасынан 12 мыңнан астам адам өтті."),
        ("kk", "Өткен тәулікте Қазақстан мен Ресей арасындағы шекарадан 12 мыңнан астам адам "
               "өтті."),
    ],
)  # fmt: skip
def test_crossing_a_border_of_two_countries_is_its_crossings(language, text):
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert candidate.metric == "crossings"
    assert {candidate.origin, candidate.destination} == {"KAZ", "RUS"}
    assert (candidate.figure.qualifier, candidate.figure.value) == ("more_than", 12000)
    assert candidate.citizenship is None


@pytest.mark.parametrize(
    ("language", "text", "metric", "origin", "destination"),
    [
        # A way told is a way: into Kazakhstan.
        ("en", "3,000 Russians crossed the Kazakh-Russian border into Kazakhstan.",
         "entered", "RUS", "KAZ"),
        ("en", "On the Kazakh-Russian border, 3,000 Russians entered Kazakhstan.",
         "entered", "RUS", "KAZ"),
        # A way through: "через Грузию и Армению" names no border's sides.
        ("ru", "Через Грузию и Армению уехали 3 тысячи россиян.", "left", "RUS", None),
    ],
)  # fmt: skip
def test_a_way_told_is_no_crossings(language, text, metric, origin, destination):
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        metric,
        origin,
        destination,
    )


@pytest.mark.parametrize(
    ("language", "text", "sides"),
    [
        ("ru", "Сейчас через «Достук» ежедневно проходят от 14 до 16 тысяч человек.",
         {"KGZ", "UZB"}),
        ("en", "About 7,000 people a day crossed at Verkhny Lars, Georgia's interior ministry "
               "said.", {"RUS", "GEO"}),
    ],
)  # fmt: skip
def test_crossing_a_post_with_no_way_told_is_its_crossings(language, text, sides):
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert candidate.metric == "crossings"
    assert {candidate.origin, candidate.destination} == sides


def test_crossing_a_post_the_figures_before_went_over_one_way_goes_that_way():
    article = (
        "На прошлой неделе из России в Норвегию въехали 1 500 сирийцев, сообщила полиция.\n\n"
        "«Только в воскресенье через Стурског прошли 270 человек», — рассказал начальник "
        "полиции Киркенеса.\n"
    )
    _, sunday = read_article(article, "ru", PUBLISHED).candidates
    assert (sunday.metric, sunday.origin, sunday.destination) == ("entered", "RUS", "NOR")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "«З понеділка до Молдови в'їхали понад 12 тисяч українців, а виїхали в Україну "
               "близько 9 тисяч», – сказала Рабей."),
        ("ru", "С понедельника в Молдову въехали более 12 тысяч украинцев, а выехали в Украину "
               "около 9 тысяч."),
        ("en", "Since Monday, more than 12,000 Ukrainians have entered Moldova, and about 9,000 "
               "have left for Ukraine."),
    ],
)  # fmt: skip
def test_the_way_back_leaves_the_country_the_figure_before_entered(language, text):
    came, went = read_article(text, language, PUBLISHED).candidates
    assert (came.metric, came.origin, came.destination) == ("entered", "UKR", "MDA")
    assert (went.metric, went.origin, went.destination) == ("left", "MDA", "UKR")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Out across a border named by its two countries: into the other side.
        ("uk", "З 21 вересня прикордонники не випустили з України 46 чоловіків, які намагалися "
               "незаконно перейти на придністровську ділянку українсько-молдовського кордону.",
         ("exit_refused", "UKR", "MDA")),
        ("en", "Since Monday, 300 Russians have left Russia across the Kazakh-Russian border.",
         ("left", "RUS", "KAZ")),
        # Stopped when they were going to cross: refused exit, not a crossing.
        ("uk", "Учора затримали п'ятьох чоловіків, які за гроші збиралися перейти кордон з "
               "Молдовою.", ("exit_refused", None, "MDA")),
    ],
)  # fmt: skip
def test_out_across_a_border_of_two(language, text, expected):
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert (candidate.metric, candidate.origin, candidate.destination) == expected
