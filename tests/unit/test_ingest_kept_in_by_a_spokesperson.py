"""People stopped from leaving, told by a spokesperson of a state's border guard named before
the figure ("Andriy Demchenko, a spokesman for Ukraine's border guard service, said ..."):
they were kept in that state. The post's "for Ukraine's" is not where anyone was headed, and
the speaker's state is not where they went (as it is for arrivals a state's body counts).
Figures and names invented, sentences after the short news items."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article


def _read(language: str, text: str) -> tuple[object, ...]:
    (candidate,) = read_article("Headline\n\n" + text, language, date(2025, 3, 1)).candidates
    return (candidate.metric, candidate.origin, candidate.destination)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Andriy Demchenko, a spokesman for Ukraine's border guard service, said border "
            "guards detained 63 men who tried to leave illegally.",
            ("exit_refused", "UKR", None),
        ),
        (
            "en",
            "Andriy Demchenko, a spokesman for Ukraine's border guard service, said that 63 "
            "men were detained while trying to leave the country illegally.",
            ("exit_refused", "UKR", None),
        ),
        (
            "en",
            "Anna Nowak, a spokeswoman for Poland's border guard, said officers stopped 41 "
            "people who tried to leave for Belarus through the forest.",
            ("exit_refused", "POL", "BLR"),
        ),
    ],
)
def test_kept_in_the_spokespersons_state(
    language: str, text: str, expected: tuple[object, ...]
) -> None:
    assert _read(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Anna Nowak, a spokeswoman for Poland's border guard, said 1,200 people crossed "
            "into the country on Sunday.",
            ("entered", None, "POL"),
        ),
        (
            "ru",
            "Как сообщила пресс-секретарь пограничной службы Польши Анна Новак, в воскресенье "
            "в страну въехали 1200 человек.",
            ("entered", None, "POL"),
        ),
    ],
)
def test_arrivals_are_still_counted_into_the_speakers_state(
    language: str, text: str, expected: tuple[object, ...]
) -> None:
    metric, _origin, destination = _read(language, text)
    assert (metric, None, destination) == expected
