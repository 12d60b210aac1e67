"""A figure of "such" papers counts what the count of them before counted, on its own days:
"В 2022 году таких заявлений было 2 851", "there were 2,851 such applications", "таких заяв
було", "мұндай өтініштер" are the same people's to the same country, in the next paragraph
too. Phrasings written for these tests (twenty-fifth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Берлин, 5 февраля 2024 года. В 2023 году граждане России подали в Германии 7 663 "
         "первичных заявления о предоставлении убежища, сообщило ведомство.\n\nВ 2022 году "
         "таких заявлений было 2 851."),
        ("en", "In 2023 Russians filed 7,663 first-time asylum applications in Germany, BAMF "
         "said.\n\nIn 2022 there were 2,851 such applications."),
        ("uk", "У 2023 році громадяни Росії подали в Німеччині 7 663 заяви про притулок, "
         "повідомило відомство. У 2022 році таких заяв було 2 851."),
        ("kk", "2023 жылы Ресей азаматтары Германияда баспана сұрап 7 663 өтініш берді. 2022 "
         "жылы мұндай өтініштер 2 851 болған."),
    ],
)  # fmt: skip
def test_such_applications_are_the_same_peoples(language: str, text: str) -> None:
    rows = [
        (c.figure.value, c.metric, c.origin, c.destination, c.citizenship, c.period_start)
        for c in read_article(text, language, date(2024, 2, 5)).candidates
    ]
    assert rows == [
        (7663, "asylum_applications", "RUS", "DEU", "RUS", date(2023, 1, 1)),
        (2851, "asylum_applications", "RUS", "DEU", "RUS", date(2022, 1, 1)),
    ]
