"""Russian and Ukrainian "не пропустили на территорию" (not let onto a state's territory) kept
people out of that state, whatever words stand between ("не пропустило з боку Есватіні на
південноафриканську територію"); "не пропустили" with no territory said still takes its way
from the words around it. Figures invented, sentences after the short news items."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article


def _read(language: str, text: str) -> tuple[object, ...]:
    (candidate,) = read_article("Headline\n\n" + text, language, date(2025, 3, 1)).candidates
    return (candidate.metric, candidate.origin, candidate.destination, candidate.citizenship)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "uk",
            "Прикордонне управління ПАР повідомило, що за ті самі дні не пропустило з боку "
            "Есватіні на південноафриканську територію 312 осіб.",
            ("entry_refused", "SWZ", "ZAF", None),
        ),
        (
            "uk",
            "Прикордонники не пропустили на територію Польщі 312 осіб.",
            ("entry_refused", None, "POL", None),
        ),
        (
            "ru",
            "Пограничники не пропустили на территорию Польши 312 человек.",
            ("entry_refused", None, "POL", None),
        ),
        (
            "ru",
            "Финские пограничники не пропустили на территорию страны 45 граждан России.",
            ("entry_refused", "RUS", "FIN", "RUS"),
        ),
        (
            "ru",
            "Польские пограничники не пропустили 312 человек на территорию страны.",
            ("entry_refused", None, "POL", None),
        ),
    ],
)
def test_not_let_onto_the_territory_is_kept_out(
    language: str, text: str, expected: tuple[object, ...]
) -> None:
    assert _read(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "uk",
            "Прикордонники не пропустили через кордон 63 чоловіків, які намагалися незаконно "
            "виїхати з України до Молдови.",
        ),
        (
            "ru",
            "Пограничники не пропустили 63 мужчины, пытавшихся незаконно выехать из Украины в "
            "Молдову.",
        ),
    ],
)
def test_not_let_through_on_the_way_out_stays_an_exit_refused(language: str, text: str) -> None:
    assert _read(language, text)[:3] == ("exit_refused", "UKR", "MDA")
