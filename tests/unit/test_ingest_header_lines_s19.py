"""Header lines the sixth batch of short items taught (eighteenth session): an English date
with a comma before its year among a dateline's commas, a state's code or a region after the
place, two places, a reporter's post after the name, a Kazakh masthead's short kind ("АА"), a
press office with its day, and a short text's own lines taken for a signature."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import header_fields


@pytest.mark.parametrize(
    ("language", "lines", "publisher", "published_at", "author"),
    [
        ("en", "By Anna Virtanen, Lakeland Post\nJOENSUU, Finland, March 3, 2024",
         "Lakeland Post", date(2024, 3, 3), "Anna Virtanen"),
        ("en", "MANAUS, Brazil, April 4, 2024", None, date(2024, 4, 4), None),
        # A state's code after the place is no one's name.
        ("en", "BOA VISTA (RR), July 10, 2024 – Frontier Wire", "Frontier Wire",
         date(2024, 7, 10), None),
        ("kk", "Астана, 2024 жылғы 4 қазан. «Жаңа дала» АА", "Жаңа дала", date(2024, 10, 4),
         None),
        ("kk", "Ереван, 2023 жылғы 2 қазан. Дала медиа-хаб.", "Дала медиа-хаб",
         date(2023, 10, 2), None),
        ("uk", "Прес-служба ДПСУ, 06.01.2025", "ДПСУ", date(2025, 1, 6), None),
        # A town no list holds, in a region one does; then the reporter and her post.
        ("uk", "Ханья (Крит), 7 липня 2025. Олена Марку, власна кореспондентка", None,
         date(2025, 7, 7), "Олена Марку"),
        ("uk", "Ханья (Крит), 7 липня 2025", None, date(2025, 7, 7), None),
        # Two places filed from.
        ("uk", "Сантьяго / Ліма, 3 травня 2023. «Андський вісник»", "Андський вісник",
         date(2023, 5, 3), None),
        ("ru", "Сантьяго / Лима, 3 мая 2023", None, date(2023, 5, 3), None),
    ],
)  # fmt: skip
def test_a_header_line(
    language: str,
    lines: str,
    publisher: str | None,
    published_at: date | None,
    author: str | None,
) -> None:
    assert header_fields(language, lines) == (publisher, published_at, author)
