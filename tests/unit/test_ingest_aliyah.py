"""Israel's law calls its new immigrants repatriates ("репатрианты", "олим"): people who came
to live in Israel entered it, though the word reads as coming home; refugees repatriated
elsewhere still returned. Figures invented, sentences after the short news items."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article


@pytest.mark.parametrize(
    ("language", "text", "value", "expected"),
    [
        (
            "ru",
            "За девять месяцев в Израиль репатриировались 18 730 человек, сообщило Еврейское "
            "агентство. Больше всего новых репатриантов прибыло из России — 9 850.",
            9850,
            ("entered", "RUS", "ISR"),
        ),
        (
            "uk",
            "З січня по червень до Ізраїлю з Франції репатріювалися 1 140 осіб, повідомили в "
            "Єврейському агентстві.",
            1140,
            ("entered", "FRA", "ISR"),
        ),
        (
            "ru",
            "В рамках программы добровольной репатриации из Камеруна на родину вернулись 1 120 "
            "центральноафриканцев.",
            1120,
            ("returned", "CMR", "CAF"),
        ),
    ],
)
def test_repatriates_to_israel_entered_it(
    language: str, text: str, value: int, expected: tuple[str, str, str]
) -> None:
    candidates = read_article("Headline\n\n" + text, language, date(2024, 10, 2)).candidates
    (found,) = [c for c in candidates if c.figure.value == value]
    assert (found.metric, found.origin, found.destination) == expected
