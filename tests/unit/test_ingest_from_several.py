"""People said to come from a list of countries ("returned from Iran and Pakistan", "з Перу,
Чилі та Еквадору") came from no one of them: no origin, neither from the sentence's other
words nor from the country the article is about. Two countries in different parts of a
sentence are no list ("з Іракліона ... громадян Єгипту, які прибули з Лівії"). Figures
invented, sentences after the short news items."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A name of two words before the list's next name: still one list.
        (
            "en",
            "The ministry said 1,306 Jamaicans had been deported from the United States, "
            "Britain, Canada and elsewhere in 2024.",
            ("deported", None, "JAM"),
        ),
        (
            "en",
            "The ministry said 1,306 Jamaicans had been deported from Britain and Canada in 2024.",
            ("deported", None, "JAM"),
        ),
        (
            "en",
            "The ministry said 1,306 Jamaicans had been deported from the United States in 2024.",
            ("deported", "USA", "JAM"),
        ),
        (
            "ru",
            "С начала года из Германии и Польши на родину были депортированы 730 граждан Грузии.",
            ("deported", None, "GEO"),
        ),
        (
            "uk",
            "З початку року з Польщі та Німеччини додому депортували 730 громадян Грузії.",
            ("deported", None, "GEO"),
        ),
        # Kazakh declines only the list's last name: "Ресей мен Қырғызстаннан".
        (
            "kk",
            "Жыл басынан бері Ресей мен Қырғызстаннан елге 500 қазақстандық оралды.",
            ("returned", None, "KAZ"),
        ),
        (
            "kk",
            "Жыл басынан бері Ресейден және Қырғызстаннан елге 500 қазақстандық оралды.",
            ("returned", None, "KAZ"),
        ),
        (
            "kk",
            "Жыл басынан бері Ресей мен Қытайға 500 қазақстандық кетті.",
            ("left", "KAZ", None),
        ),
        # From a town, and the people's own way before: one origin, not a list.
        (
            "uk",
            "У п'ятницю з Іракліона до Каїра чартерним рейсом депортували 86 громадян Єгипту, "
            "які прибули з Лівії.",
            ("deported", "GRC", "EGY"),
        ),
    ],
)
def test_a_list_of_origins_is_none(language: str, text: str, expected: tuple[object, ...]) -> None:
    (candidate,) = read_article("Headline\n\n" + text, language, date(2025, 3, 1)).candidates
    assert (candidate.metric, candidate.origin, candidate.destination) == expected


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        (
            "en",
            "About 3,000 Afghans were deported from Iran through the Islam Qala crossing last "
            "week, the Taliban's refugee ministry said. According to the International "
            "Organization for Migration, 1.4 million Afghans have returned from Iran and "
            "Pakistan since January 1.",
            1_400_000,
        ),
        (
            "ru",
            "В среду в Каракас из Лимы прибыл рейс, на борту которого находились 198 граждан "
            "Венесуэлы. По данным МВД Венесуэлы, с начала года из Перу, Чили и Колумбии на "
            "родину вернулись 4 116 человек.",
            4116,
        ),
        (
            "uk",
            "У середу до Каракаса з Ліми прилетів рейс, яким додому повернулися 198 громадян "
            "Венесуели. З початку року чартерними рейсами з Перу, Чилі та Еквадору додому "
            "повернулися 6 380 громадян Венесуели.",
            6380,
        ),
    ],
)
def test_the_article_fills_in_no_origin_for_a_list(language: str, text: str, value: int) -> None:
    """The article's other figures came from one country; these came from several."""
    candidates = read_article("Headline\n\n" + text, language, date(2025, 3, 1)).candidates
    (listed,) = [c for c in candidates if c.figure.value == value]
    assert listed.metric == "returned"
    assert listed.origin is None
    assert listed.destination in {"AFG", "VEN"}
