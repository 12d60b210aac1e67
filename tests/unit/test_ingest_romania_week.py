"""What a curator met in a Romanian border police's week of Ukrainian arrivals, in four
languages: a clause about "the rest" ("а решту — через пункти на кордоні з Молдовою") lends its
border to no figure before it; the largest part of a count ("Most came through the Siret
crossing", "Найбільше людей прибуло через Сірет") and "another" after it keep the count's days
in a new paragraph; "At the same time", "Водночас", "Одновременно" give a figure with no date
the days of the one before, unless it counts "already" returned; "3,240 Uzbeks entered
Uzbekistan" entered it, their own country. Phrasings written for these tests (twenty-sixth
session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

MARCH_9 = date(2025, 3, 9)
LAST_WEEK = (date(2025, 2, 24), date(2025, 3, 2))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Ще 14,5 тисячі перетнули кордон через Ісакчу, а решту — через пункти на кордоні з "
         "Молдовою."),
        ("ru", "Еще 14,5 тысячи пересекли границу через Исакчу, а остальные — через пункты на "
         "границе с Молдовой."),
        ("en", "Another 14,500 crossed at Isaccea, and the rest through crossings on the border "
         "with Moldova."),
    ],
)  # fmt: skip
def test_the_rests_border_is_not_the_figures(language: str, text: str) -> None:
    opening = {
        "uk": "Минулого тижня з України до Румунії в'їхали понад 60 тисяч громадян України.",
        "ru": "На прошлой неделе из Украины в Румынию въехали более 60 тысяч граждан Украины.",
        "en": "Last week more than 60,000 Ukrainians entered Romania from Ukraine.",
    }[language]
    whole, part = read_article(f"{opening}\n{text}", language, MARCH_9).candidates
    assert (whole.origin, whole.destination) == ("UKR", "ROU")
    assert part.figure.value == 14500
    assert "MDA" not in {part.origin, part.destination}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Упродовж минулого тижня з України до Румунії в'їхали понад 60 тисяч громадян "
         "України.\n\nНайбільше людей прибуло через пункт пропуску Сірет — близько 28 тисяч. Ще "
         "14,5 тисячі перетнули кордон через Ісакчу."),
        ("ru", "На прошлой неделе из Украины в Румынию въехали более 60 тысяч граждан Украины.\n\n"
         "Больше всего людей прибыло через пункт пропуска Сирет — около 28 тысяч. Еще 14,5 "
         "тысячи пересекли границу через Исакчу."),
        ("en", "Last week more than 60,000 Ukrainians entered Romania from Ukraine.\n\nMost came "
         "through the Siret crossing, about 28,000. Another 14,500 crossed at Isaccea."),
        ("kk", "Өткен аптада Украинадан Румынияға 60 мыңнан астам Украина азаматы кірді.\n\nЕң "
         "көбі Сирет өткізу пункті арқылы өтті — 28 мыңға жуық. Тағы 14,5 мыңы Исакча арқылы "
         "өтті."),
    ],
)  # fmt: skip
def test_the_largest_part_keeps_the_counts_days(language: str, text: str) -> None:
    candidates = read_article(text, language, MARCH_9).candidates
    assert [c.figure.value for c in candidates] == [60000, 28000, 14500]
    for candidate in candidates:
        assert (candidate.period_start, candidate.period_end) == LAST_WEEK
        assert (candidate.origin, candidate.destination) == ("UKR", "ROU")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "У неділю до Румунії в'їхали 9 тисяч українців. Водночас з Румунії до України "
         "повернулися 7,2 тисячі осіб."),
        ("ru", "В воскресенье в Румынию въехали 9 тысяч украинцев. Одновременно из Румынии в "
         "Украину вернулись 7,2 тысячи человек."),
        ("en", "On Sunday 9,000 Ukrainians entered Romania. At the same time, 7,200 people "
         "returned from Romania to Ukraine."),
        ("kk", "Жексенбіде Румынияға 9 мың украиндық кірді. Сол уақытта Румыниядан Украинаға "
         "7,2 мың адам оралды."),
    ],
)  # fmt: skip
def test_at_the_same_time_is_the_days_before(language: str, text: str) -> None:
    entered, returned = read_article(text, language, MARCH_9).candidates
    assert (entered.period_start, entered.period_end) == (MARCH_9, MARCH_9)
    assert returned.figure.value == 7200
    assert (returned.period_start, returned.period_end) == (MARCH_9, MARCH_9)
    assert (returned.origin, returned.destination) == ("ROU", "UKR")


def test_at_the_same_time_already_is_no_days_before() -> None:
    text = (
        "У неділю до Румунії в'їхали 9 тисяч українців. Водночас в Україну з Румунії вже "
        "повернулися щонайменше 4 тисячі людей."
    )
    _, returned = read_article(text, "uk", MARCH_9).candidates
    assert (returned.period_start, returned.period_end) == (None, None)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Last week 3,240 Uzbeks entered Uzbekistan from Kazakhstan.", ("KAZ", "UZB")),
        ("Last week 3,240 Russians left Russia for Kazakhstan.", ("RUS", "KAZ")),
    ],
)
def test_a_country_entered_or_left_is_named_by_the_verb(
    text: str, places: tuple[str, str]
) -> None:
    (candidate,) = read_article(text, "en", MARCH_9).candidates
    assert (candidate.origin, candidate.destination) == places
