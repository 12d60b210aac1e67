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
