"""A state that "repatriated" another state's citizens deported them, as the article set's
curators write it ("Turks and Caicos repatriates 164 Haitians" is a deportation); a state
repatriating its own citizens brought them home. Phrasings written for these tests
(twenty-third session)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates

DAY = date(2022, 10, 2)


@pytest.mark.parametrize(
    ("language", "text", "origin", "destination"),
    [
        ("en", "The Turks and Caicos Islands repatriated 163 Haitian nationals to Cap-Haïtien "
         "on Monday.", "TCA", "HTI"),
        ("en", "Britain repatriated 64 Vietnamese nationals on a charter flight on Tuesday, the "
         "Home Office said.", "GBR", "VNM"),
        ("en", "Malaysia repatriated 3,050 Bangladeshis last month, the immigration department "
         "said.", "MYS", "BGD"),
        ("ru", "Малайзия репатриировала 3050 граждан Бангладеш в прошлом месяце, сообщило "
         "иммиграционное ведомство.", "MYS", "BGD"),
        ("uk", "Малайзія репатріювала 3050 громадян Бангладеш минулого місяця, повідомило "
         "імміграційне відомство.", "MYS", "BGD"),
    ],
)  # fmt: skip
def test_a_state_repatriating_foreigners_deported_them(
    language: str, text: str, origin: str, destination: str
) -> None:
    (candidate,) = read_candidates(language, DAY, text)
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "deported",
        origin,
        destination,
    )


@pytest.mark.parametrize(
    ("language", "text", "home"),
    [
        ("en", "The Philippines repatriated 52 Filipino workers from Lebanon on Monday, the "
         "foreign ministry said.", "PHL"),
        ("ru", "Филиппины репатриировали 52 филиппинца из Ливана в понедельник, сообщил МИД.",
         "PHL"),
        ("uk", "У понеділок Україна репатріювала 52 українці з Лівану, повідомило МЗС.", "UKR"),
    ],
)  # fmt: skip
def test_a_state_repatriating_its_own_brought_them_home(
    language: str, text: str, home: str
) -> None:
    (candidate,) = read_candidates(language, DAY, text)
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "returned",
        "LBN",
        home,
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "South Africa deported 2,400 Zimbabweans through Beitbridge in March, the "
         "Department of Home Affairs said. Another 318 Malawians were flown back to Lilongwe "
         "from Johannesburg in the same month, the department added."),
        ("ru", "В марте ЮАР депортировала через Бейтбридж 2400 зимбабвийцев, сообщило "
         "министерство внутренних дел. Ещё 318 граждан Малави были доставлены обратно в "
         "Лилонгве из Йоханнесбурга."),
        ("uk", "У березні ПАР депортувала через Бейтбридж 2400 зімбабвійців, повідомило "
         "міністерство внутрішніх справ. Ще 318 громадян Малаві були доставлені назад до "
         "Лілонгве з Йоганнесбурга."),
        ("kk", "Наурызда ОАР Бейтбридж арқылы 2400 зимбабвелікті депортациялады, деп хабарлады "
         "Ішкі істер министрлігі. Тағы 318 Малави азаматы Йоханнесбургтен Лилонгвеге ұшақпен "
         "қайтарылды."),
    ],
)  # fmt: skip
def test_another_group_sent_back_after_a_deportation_was_deported(
    language: str, text: str
) -> None:
    first, another = read_candidates(language, DAY, text)
    assert (first.metric, first.destination) == ("deported", "ZWE")
    assert (another.metric, another.figure.value) == ("deported", 318)
    assert (another.origin, another.destination) == ("ZAF", "MWI")


def test_another_group_flown_home_after_a_return_came_home() -> None:
    text = (
        "The Philippines brought home 52 workers from Lebanon on Monday. Another 40 were flown "
        "home on Tuesday."
    )
    first, another = read_candidates("en", DAY, text)
    assert first.metric == another.metric == "returned"


def test_ukrainian_participles_of_sending_back() -> None:
    text = "Минулого тижня 120 мігрантів були повернуті до Туреччини, повідомила грецька поліція."
    (candidate,) = read_candidates("uk", DAY, text)
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "deported",
        "GRC",
        "TUR",
    )
