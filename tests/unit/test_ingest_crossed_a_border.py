"""People who crossed a border named by its country ("crossed the Kazakh border", "crossed
Ukraine's borders", "crossed the border of Ukraine", "Қазақстан шекарасынан 45 мың ресейлік
өтті") went into that country, as "пересекли границу Казахстана" does; at a border, no
crossing said, the country named is still its other side. Phrasings written for these tests
(twenty-fourth session)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates

DAY = date(2022, 10, 2)


@pytest.mark.parametrize(
    ("language", "text", "origin", "destination"),
    [
        ("en", "Yesterday 45,000 Russians crossed the Kazakh border, the border service said.",
         "RUS", "KAZ"),
        ("en", "Yesterday 45,000 people crossed Ukraine's borders, the border service said.",
         None, "UKR"),
        ("en", "Yesterday 45,000 people crossed the border of Ukraine, the border service said.",
         None, "UKR"),
        ("ru", "Вчера 45 тысяч россиян пересекли границу Казахстана, сообщила погранслужба.",
         "RUS", "KAZ"),
        ("kk", "Кеше Қазақстан шекарасынан 45 мың ресейлік өтті.", "RUS", "KAZ"),
        ("kk", "Кеше 45 мың ресейлік Қазақстан шекарасынан өтті.", "RUS", "KAZ"),
    ],
)  # fmt: skip
def test_crossed_a_country_s_border_is_into_it(
    language: str, text: str, origin: str | None, destination: str
) -> None:
    (candidate,) = read_candidates(language, DAY, text)
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "entered",
        origin,
        destination,
    )


def test_crossings_both_ways_at_a_border_keep_its_other_side() -> None:
    text = (
        "The Latvian State Border Guard said fewer than 400 people crossed the Belarusian border "
        "in both directions at the Paternieki checkpoint yesterday."
    )
    (candidate,) = read_candidates("en", DAY, text)
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "crossings",
        "LVA",
        "BLR",
    )
