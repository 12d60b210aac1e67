"""A quote that says a figure of the lead again over days its own words leave vague ("in one
week", "за неделю", "бір аптада") is that fact, dated as the lead's plain words date it.
Phrasings written for these tests (twenty-fourth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

DAY = date(2022, 9, 30)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Headline\n\nAlmost 60,000 Russians entered Georgia between 21 and 27 September, "
         "the interior ministry said.\n\n\"Almost 60,000 Russians came in one week, a record,\" "
         "minister Vakhtang Gomelauri said."),
        ("ru", "Заголовок\n\nС 21 по 27 сентября в Грузию въехали почти 60 тысяч россиян, "
         "сообщили в МВД Грузии.\n\n«За неделю приехали почти 60 тысяч россиян, это рекорд», — "
         "сказал глава МВД Вахтанг Гомелаури."),
        ("kk", "Тақырып\n\nГрузия ІІМ мәліметінше, 21-27 қыркүйек аралығында елге Ресейдің 60 "
         "мыңға жуық азаматы кірген.\n\n«Бір аптада 60 мыңға жуық ресейлік келді, бұл – "
         "рекорд», – деді ІІМ басшысы Вахтанг Гомелаури."),
    ],
)  # fmt: skip
def test_the_lead_s_dates_stay(language: str, text: str) -> None:
    found = [
        (c.figure.value, c.period_start, c.period_end)
        for c in read_article(text, language, DAY).candidates
    ]
    assert found == [(60000, date(2022, 9, 21), date(2022, 9, 27))]
