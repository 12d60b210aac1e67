"""Header lines of batch 20's kinds, in words of our own (thirty-second session): a town and
its country alone under the headline is where the story was filed, no masthead; a person's
name beside a web address and a date is the author's, not a section the address outranks."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import header_fields


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        ("en", "SOKOTO, Nigeria"),
        ("en", "Kakuma, Kenya"),
        ("en", "PORT OF SPAIN, Trinidad and Tobago"),
        ("ru", "ОШ, Киргизия"),
        ("uk", "Чернівці, Україна"),
    ],
)
def test_a_town_and_its_country_alone_name_no_masthead(language: str, lines: str) -> None:
    assert header_fields(language, lines) == (None, None, None)


@pytest.mark.parametrize(
    ("language", "lines", "publisher"),
    [
        ("en", "Daily Trust, Nigeria", "Daily Trust"),
        ("en", "The Sahel Dispatch", "The Sahel Dispatch"),
    ],
)
def test_a_masthead_with_its_country_is_still_the_masthead(
    language: str, lines: str, publisher: str
) -> None:
    assert header_fields(language, lines)[0] == publisher


@pytest.mark.parametrize(
    ("language", "lines", "publisher", "author"),
    [
        ("uk", "Прикордоння.info | 13.11.2024 | Тарас Дзюба", "Прикордоння.info", "Тарас Дзюба"),
        ("ru", "Границы.kz | 13.11.2024 | Ирина Сеппа", "Границы.kz", "Ирина Сеппа"),
        ("uk", "13.11.2024 • Новини • Прикордоння.info", "Прикордоння.info", None),
    ],
)
def test_an_author_beside_a_web_address(
    language: str, lines: str, publisher: str, author: str | None
) -> None:
    assert header_fields(language, lines) == (publisher, date(2024, 11, 13), author)
