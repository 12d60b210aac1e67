"""Russia's expulsions of a year, as a curator reads the counts: the exact figure told after
the round one ("речь идет о 79 856 человек", "йдеться про", "The exact figure was", "әңгіме
... туралы") is proposed beside it; figures given "respectively" to a list of countries are
each their own country's; foreigners who "left the country" after deportations from Russia
left Russia; migrants turned back "with no grounds for entry" were refused entry; "Глава МВД
Владимир Колокольцев" is a person (his first name is also a city's). Phrasings written for
these tests (twenty-seventh session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article
from bot.ingest.speaker_names import person_span, words_of
from storage.models import Qualifier

JANUARY_15 = date(2025, 1, 15)
YEAR_2024 = (date(2024, 1, 1), date(2024, 12, 31))

EXPULSIONS = {
    "ru": (
        "В 2024 году из России были выдворены почти 80 тысяч иностранцев, сообщает ТАСС со "
        "ссылкой на МВД.\n\n"
        "Как уточнили в ведомстве, речь идет о 79 856 человек. Большинство из них — граждане "
        "Узбекистана и Таджикистана: 31 тысяча и 22,5 тысячи соответственно.\n\n"
        "Еще около 14 тысяч иностранцев покинули страну самостоятельно, добавили в МВД."
    ),
    "uk": (
        "У 2024 році з Росії видворили майже 80 тисяч іноземців, повідомляє ТАСС із посиланням "
        "на МВС.\n\n"
        "Як уточнили у відомстві, йдеться про 79 856 осіб. Більшість із них — громадяни "
        "Узбекистану і Таджикистану: 31 тисяча і 22,5 тисячі відповідно.\n\n"
        "Ще близько 14 тисяч іноземців залишили країну самостійно, додали в МВС."
    ),
    "en": (
        "Almost 80,000 foreigners were expelled from Russia in 2024, TASS reported, citing the "
        "Interior Ministry.\n\n"
        "The exact figure was 79,856, the ministry said. Most of them were citizens of "
        "Uzbekistan and Tajikistan, 31,000 and 22,500 respectively.\n\n"
        "Another 14,000 or so foreigners left the country on their own, the ministry added."
    ),
    "kk": (
        "2024 жылы Ресейден 80 мыңға жуық шетелдік шығарылды, деп хабарлады ТАСС ІІМ-ге "
        "сілтеме жасап.\n\n"
        "Ведомствоның нақтылауынша, әңгіме 79 856 адам туралы болып отыр. Олардың көпшілігі – "
        "Өзбекстан мен Тәжікстан азаматтары: тиісінше 31 мың және 22,5 мың.\n\n"
        "Тағы 14 мыңға жуық шетелдік елден өз бетімен кетті, деп қосты ІІМ."
    ),
}


@pytest.mark.parametrize("language", sorted(EXPULSIONS))
def test_the_exact_count_told_after_the_round_one_is_proposed_beside_it(language: str) -> None:
    candidates = read_article(EXPULSIONS[language], language, JANUARY_15).candidates
    rounded, exact = candidates[0], candidates[1]
    assert (rounded.figure.qualifier, rounded.figure.value) == (Qualifier.ALMOST, 80000)
    assert (exact.figure.qualifier, exact.figure.value) == (Qualifier.EXACT, 79856)
    assert (exact.metric, exact.origin) == (rounded.metric, "RUS")
    assert (exact.period_start, exact.period_end) == YEAR_2024


@pytest.mark.parametrize("language", sorted(EXPULSIONS))
def test_figures_given_respectively_are_each_their_own_countrys(language: str) -> None:
    candidates = read_article(EXPULSIONS[language], language, JANUARY_15).candidates
    by_value = {c.figure.value: c for c in candidates}
    uzbeks, tajiks = by_value[31000], by_value[22500]
    assert (uzbeks.metric, uzbeks.origin, uzbeks.citizenship) == ("deported", "RUS", "UZB")
    assert (tajiks.metric, tajiks.origin, tajiks.citizenship) == ("deported", "RUS", "TJK")
    assert tajiks.counted == uzbeks.counted  # not "respectively"


@pytest.mark.parametrize("language", sorted(EXPULSIONS))
def test_foreigners_who_left_the_country_after_deportations_left_it(language: str) -> None:
    candidates = read_article(EXPULSIONS[language], language, JANUARY_15).candidates
    left = next(c for c in candidates if c.metric == "left")
    assert (left.figure.value, left.origin) == (14000, "RUS")


def test_citizens_who_left_the_country_after_departures_left_theirs() -> None:
    text = (
        "A record 81,200 New Zealand citizens departed for Australia in the year ended June "
        "2024, Stats NZ said.\n\n"
        "Overall, 131,200 New Zealanders left the country long-term in the June year, Stats NZ "
        "said."
    )
    _, overall = read_article(text, "en", date(2024, 8, 14)).candidates
    assert (overall.metric, overall.origin, overall.citizenship) == ("left", "NZL", "NZL")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Глава МВД Владимир Колокольцев заявил, что в декабре на границе развернули более "
         "4,5 тысячи мигрантов, у которых не было оснований для въезда в Россию."),
        ("uk", "Глава МВС Росії Володимир Колокольцев заявив, що в грудні на кордоні розвернули "
         "понад 4,5 тисячі мігрантів, які не мали підстав для в'їзду до Росії."),
        ("en", "Interior Minister Vladimir Kolokoltsev said more than 4,500 migrants with no "
         "grounds for entry had been turned back at Russia's border in December."),
    ],
)  # fmt: skip
def test_migrants_turned_back_with_no_grounds_to_enter_were_refused_entry(
    language: str, text: str
) -> None:
    (candidate,) = read_article(text, language, JANUARY_15).candidates
    assert (candidate.metric, candidate.destination) == ("entry_refused", "RUS")
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.name in {"Владимир Колокольцев", "Володимир Колокольцев",
                                            "Vladimir Kolokoltsev"}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("ru", "Глава МВД Владимир Колокольцев заявил", "Владимир Колокольцев"),
        ("ru", "Глава ведомства Владимир Колокольцев ранее заявлял", "Владимир Колокольцев"),
        ("kk", "Ведомство басшысы Владимир Колокольцев бұған дейін мәлімдеген",
         "Владимир Колокольцев"),
        ("ru", "Во Владимире Иван Петров заявил", "Иван Петров"),
    ],
)  # fmt: skip
def test_a_first_name_that_is_also_a_city_opens_a_name(
    language: str, text: str, name: str
) -> None:
    words = words_of(text)
    span = person_span(words, language)
    assert span is not None
    assert " ".join(word.text for word in words[span[0] : span[1]]) == name


def test_of_them_in_a_quoted_sentence_before_is_no_part_of_the_count_before() -> None:
    text = (
        "За словами міністра, минулого тижня через пункт пропуску на кордоні з Угорщиною до "
        "Хорватії в'їхали 214 українців. «Більшість із них не зупиняється в Хорватії, а їде "
        "далі на захід. Щодня через «Брегану» на словенському кордоні виїжджають від 40 до 60 "
        "українців», – додав міністр."
    )
    week, daily = read_article(text, "uk", date(2023, 10, 3)).candidates
    assert week.period_start == date(2023, 9, 25)
    assert (daily.figure.value, daily.period_start) == (40, None)
