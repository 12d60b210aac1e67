"""A running total the figure before adds to ("bringing this year's total to 3,271", "доведя
общее число с начала года до 3 271", "загальна кількість з початку року сягнула 3 271",
"жыл басынан бергі жалпы саны 3 271-ге жетті") counts the same move between the same
countries, from the year's first day when the words say so, up to the day the figure before
was counted; never the sum of anything. Phrasings written for these tests (twenty-third
session)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates

DAY = date(2023, 8, 3)
WEDNESDAY = date(2023, 8, 2)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Lithuanian border guards turned back 112 migrants trying to cross from Belarus "
         "on Wednesday, the State Border Guard Service said, bringing this year's total to "
         "3,271."),
        ("en", "Lithuanian border guards turned back 112 migrants trying to cross from Belarus "
         "on Wednesday, the State Border Guard Service said. This brings the number of "
         "migrants turned back this year to 3,271."),
        ("ru", "В среду литовские пограничники развернули 112 мигрантов, пытавшихся пересечь "
         "границу с Беларусью, доведя общее число с начала года до 3 271, сообщила "
         "погранслужба."),
        ("uk", "У середу литовські прикордонники розвернули 112 мігрантів, які намагалися "
         "перетнути кордон з Білоруссю. Загальна кількість розвернутих з початку року "
         "сягнула 3 271, повідомила прикордонна служба."),
        ("kk", "Сәрсенбіде Литва шекарашылары Беларусьтен өтпек болған 112 мигрантты кері "
         "қайтарды. Осылайша жыл басынан бергі жалпы саны 3 271-ге жетті."),
    ],
)  # fmt: skip
def test_this_years_total_counts_the_same_refusals_since_january(language: str, text: str) -> None:
    day, total = read_candidates(language, DAY, text)
    assert (day.metric, day.figure.value, day.period_start) == ("entry_refused", 112, WEDNESDAY)
    assert (day.origin, day.destination) == ("BLR", "LTU")
    assert (total.metric, total.figure.qualifier, total.figure.value) == (
        "entry_refused",
        "exact",
        3_271,
    )
    assert (total.origin, total.destination) == ("BLR", "LTU")
    assert (total.period_start, total.period_end, total.as_of) == (
        date(2023, 1, 1),
        None,
        WEDNESDAY,
    )


def test_a_total_with_no_start_said_is_as_of_the_day_before() -> None:
    text = (
        "On Monday 640 migrants reached Lampedusa, taking the total to more than 90,000, the "
        "interior ministry said."
    )
    day, total = read_candidates("en", DAY, text)
    assert (total.metric, total.destination) == (day.metric, day.destination) == ("entered", "ITA")
    assert (total.figure.qualifier, total.figure.value) == ("more_than", 90_000)
    assert (total.period_start, total.as_of) == (None, day.period_end)


def test_a_total_never_takes_up_to_from_its_own_phrase() -> None:
    # Russian "до" opens the figure as "up to" would; here it is the phrase's.
    text = (
        "В понедельник на Лампедузу прибыли 640 мигрантов, доведя их общее число до 90 тысяч, "
        "сообщило МВД Италии."
    )
    _, total = read_candidates("ru", DAY, text)
    assert (total.figure.qualifier, total.figure.value) == ("exact", 90_000)
