"""Which language an article is in, when the curator does not say: /ingest reads by it.

The tuning articles of tests/data/ingest are read for their text; the held-out ones never are.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.ingest.proposals import article_language

DATA = Path(__file__).parents[1] / "data" / "ingest"
TUNING = [
    article
    for path in sorted(DATA.glob("*.json"))
    if (article := json.loads(path.read_text(encoding="utf-8")))["split"] == "tuning"
]


def test_every_tuning_article_is_read_in_its_own_language() -> None:
    wrong = [a["id"] for a in TUNING if article_language(a["text"]) != a["lang"]]
    assert wrong == []
    assert {a["lang"] for a in TUNING} == {"en", "ru", "uk", "kk"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # "і" is Ukrainian and Kazakh alike: a Ukrainian text without "ї", "є" is no Kazakh.
        ("Близько 5 тисяч росіян в'їхали до Грузії минулого тижня, повідомило МВС Грузії.",
         "uk"),
        ("До Польщі за тиждень прибули 12 тисяч українців, повідомила прикордонна служба.",
         "uk"),
        ("Кеше Қазақстанға 7 мың ресейлік кірді, деп хабарлады ІІМ.", "kk"),
        ("Около 5 тысяч россиян въехали в Грузию на прошлой неделе, сообщило МВД Грузии.", "ru"),
        ("About 5,000 Russians entered Georgia last week, the interior ministry said.", "en"),
        # One Kazakh name quoted in a Ukrainian article does not make it Kazakh.
        ("Президент Казахстану Касим-Жомарт Токаєв заявив, що з початку року до країни "
         "прибули 5 тисяч людей. Речник МЗС Айбек Смадіяров уточнив, що 1,2 тисячі з них "
         "отримали дозвіл на проживання. Про це пише видання «Қазақстан».", "uk"),
    ],
)  # fmt: skip
def test_a_short_article_is_read_in_its_language(text: str, language: str) -> None:
    assert article_language(text) == language
