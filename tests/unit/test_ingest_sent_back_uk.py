"""Ukrainian "повернули" said of the people a state returned is a deportation ("з січня на
Шрі-Ланку повернули 187 людей", "Греція вже повернула до Єгипту 380 людей"); people who came
back ("повернулися") and children rescued ("вдалося повернути 12 дітей") returned. Figures
invented, sentences after the short news items."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Загалом з січня на Шрі-Ланку повернули 187 людей, уточнили в міністерстві.", "deported"),
        ("За його словами, Греція вже повернула до Єгипту 380 людей.", "deported"),
        (
            "Ще 1 115 людей, затриманих після перетину кордону, за угодою про реадмісію "
            "повернули до Польщі.",
            "deported",
        ),
        ("З початку року з Польщі додому повернулися 187 громадян України.", "returned"),
        (
            "За останні 14 днів з окупованих територій вдалося повернути 12 українських дітей.",
            "returned",
        ),
    ],
)
def test_returned_by_a_state_is_deported(text: str, metric: str) -> None:
    (candidate,) = read_article("Headline\n\n" + text, "uk", date(2025, 3, 1)).candidates
    assert candidate.metric == metric


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # No way told, at a post or between two countries of several words: both ways.
        (
            "en",
            "About 600 people cross the Wutung-Skouw border between Papua New Guinea and "
            "Indonesia each day.",
        ),
        ("en", "On Sunday alone, 140,000 people crossed at Mehran, the governor said."),
        ("en", "Across the whole of 2024, 9.8 million people crossed at Svinesund."),
        ("kk", "Оның сөзінше, кеше бекет арқылы 1 100 адам өткен."),
    ],
)
def test_crossed_with_no_way_told_are_crossings(language: str, text: str) -> None:
    (candidate,) = read_article("Headline\n\n" + text, language, date(2025, 3, 1)).candidates
    assert candidate.metric == "crossings"


def test_crossed_at_a_post_into_a_country_entered_it() -> None:
    text = "At least 3,000 refugees crossed at Mehran into Iran."
    (candidate,) = read_article("Headline\n\n" + text, "en", date(2025, 3, 1)).candidates
    assert (candidate.metric, candidate.destination) == ("entered", "IRN")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            'The United States deported 1,500 Guatemalans in May, the IGM said. "We are '
            'receiving up to 400 people a day at La Aurora," IGM director Luisa Marroquín said.',
        ),
        (
            "ru",
            "С начала года ЮАР депортировала в Мозамбик 47 200 человек. «Только во вторник мы "
            "приняли 187 человек», — сказал он.",
        ),
        (
            "uk",
            "Німеччина у жовтні видворила до Польщі 1 115 осіб. Прикордонна служба Польщі "
            "заявила, що прийняла від німецьких колег у жовтні 1 090 осіб.",
        ),
    ],
)
def test_people_a_state_receives_after_expulsions_were_deported(language: str, text: str) -> None:
    """In an article about expulsions, the people a state takes in ("we are receiving", "мы
    приняли", "прийняла") are more of the deported, not arrivals of their own."""
    candidates = read_article("Headline\n\n" + text, language, date(2025, 6, 4)).candidates
    assert [c.metric for c in candidates] == ["deported", "deported"]


def test_people_received_with_no_expulsion_before_arrived() -> None:
    text = "В прошлом году Казахстан принял 2 400 беженцев из Афганистана."
    candidates = read_article("Headline\n\n" + text, "ru", date(2025, 6, 4)).candidates
    assert [c.metric for c in candidates] != ["deported"]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # Other states' people or foreigners not let across, no way out said: kept out.
        (
            "Желтоқсан айында құжаттары дұрыс толтырылмаған 40-тан астам Қытай азаматы "
            "шекарадан өткізілмеді.",
            "entry_refused",
        ),
        (
            "Наурыз айында Кефлавик әуежайында отыз төрт шетелдік шекарадан өткізілмеді.",
            "entry_refused",
        ),
        # Kazakhstan's debtors, and people on their way out to a country named: kept in.
        (
            "Сот шешімімен шетелге шығуына шектеу қойылған 112 қазақстандық Өзбекстанға "
            "өткізілмеді.",
            "exit_refused",
        ),
        (
            "Кеше «Жібек жолы» бекетінде Өзбекстанға заңсыз өтпек болған үш бангладештік "
            "шекарадан өткізілмеді.",
            "exit_refused",
        ),
    ],
)
def test_kazakh_not_let_across(text: str, metric: str) -> None:
    (candidate,) = read_article("Headline\n\n" + text, "kk", date(2025, 3, 1)).candidates
    assert candidate.metric == metric
