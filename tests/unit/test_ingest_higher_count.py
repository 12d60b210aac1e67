"""Another source's higher count of the same arrivals is proposed beside the first, with its own
source: "Chadian authorities put the figure for the past week higher, at 18,000", "Власти Чада
назвали более высокую цифру — 18 тысяч", "Влада Чаду назвала вищу цифру — 18 тисяч",
"Чад билігі олардың санын 18 мың деп бағалады". Phrasings written for these tests
(twenty-sixth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

NOVEMBER_4 = date(2025, 11, 4)


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "Some 14,000 Sudanese refugees crossed into eastern Chad in the week to Sunday, "
         "UNHCR said on Tuesday. Chadian authorities put the figure higher, at 18,000.",
         "Chadian authorities"),
        ("en", "Some 14,000 Sudanese refugees crossed into eastern Chad in the week to Sunday, "
         "UNHCR said on Tuesday. Chadian authorities put the figure for the past week higher, "
         "at 18,000.", "Chadian authorities"),
        ("ru", "По данным УВКБ ООН, за неделю в Чад прибыли около 14 тысяч суданцев. Власти Чада "
         "назвали более высокую цифру — 18 тысяч.", "Власти Чада"),
        ("uk", "За даними УВКБ ООН, за тиждень до Чаду прибули близько 14 тисяч суданців. Влада "
         "Чаду назвала вищу цифру — 18 тисяч.", "Влада Чаду"),
        ("kk", "БҰҰ БЖКБ мәліметінше, бір аптада Чадқа 14 мыңға жуық судандық келді. Чад билігі "
         "олардың санын 18 мың деп бағалады.", "Чад билігі"),
    ],
)  # fmt: skip
def test_a_higher_count_is_proposed_beside_the_first(
    language: str, text: str, source: str
) -> None:
    first, other = read_article(text, language, NOVEMBER_4).candidates
    assert (first.figure.value, other.figure.value) == (14000, 18000)
    assert other.metric == first.metric == "entered"
    assert (other.origin, other.destination) == ("SDN", "TCD")
    assert other.attributed_to is not None
    assert other.attributed_to.name == source
    assert first.attributed_to is not None
    assert first.attributed_to.name != source
