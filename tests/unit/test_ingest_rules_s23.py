"""Who carried a statement a speaker, named again, adds to (twenty-first session; people and
figures invented here): "Jovanovic added" after "... Milan Jovanovic told RTS" is more of what
RTS was told, in each language."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates, said_and_carried

DAY = date(2025, 3, 5)


@pytest.mark.parametrize(
    ("language", "text", "chain"),
    [
        ("en", "Some 1,246 Russians applied for Serbian citizenship in January and February, "
         "assistant interior minister Milan Petric told RTS. About 3,900 applied in the whole "
         "of 2025, Petric added.", ("Milan Petric", "RTS")),
        ("ru", "С 1 января по 28 февраля заявления о приёме в гражданство Сербии подали 1 246 "
         "граждан России, сообщил в эфире телеканала RTS помощник министра внутренних дел "
         "Милан Петрич. За весь 2025 год таких заявлений было около 3,9 тыс., уточнил Петрич.",
         ("Милан Петрич", "RTS")),
        ("ru", "За неделю на границе развернули более 4 тысяч мигрантов, рассказал агентству "
         "Рейтер представитель полиции Марко Бьянки. Еще 600 человек были депортированы в "
         "Тунис, добавил Бьянки.", ("Марко Бьянки", "Рейтер")),
        ("uk", "За тиждень на кордоні розвернули понад 4 тисячі мігрантів, розповів агенції "
         "Рейтер речник поліції Марко Б'янкі. Ще 600 людей депортували до Тунісу, додав "
         "Б'янкі.", ("Марко Б'янкі", "Рейтер")),
        ("kk", "Бір аптада шекарада 4 мыңнан астам мигрант кері қайтарылды, деп хабарлады "
         "Reuters агенттігіне полиция өкілі Марко Бьянки. Тағы 600 адам Тунисқа "
         "депортацияланды, деп қосты Бьянки.", ("Марко Бьянки", "Reuters")),
    ],
)  # fmt: skip
def test_a_speaker_named_again_adding_keeps_the_outlet(
    language: str, text: str, chain: tuple[str, str]
) -> None:
    candidates = read_candidates(language, DAY, text)
    assert [said_and_carried(candidate) for candidate in candidates] == [chain, chain]


def test_another_speaker_adding_is_not_carried() -> None:
    # Only the speaker the outlet was told by: the ministry's addition is its own.
    text = (
        "More than 4,000 migrants were turned back at the border last week, police spokesman "
        "Marco Bianchi told Reuters. Another 600 were deported to Tunisia, the interior "
        "ministry added."
    )
    candidates = read_candidates("en", DAY, text)
    assert [said_and_carried(candidate) for candidate in candidates] == [
        ("Marco Bianchi", "Reuters"),
        ("Ministry of Internal Affairs", None),
    ]
