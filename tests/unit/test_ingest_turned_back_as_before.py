"""Turned back with no way said ("развернули", "розвернули"), after the article's guards kept
people out: the same way, "for comparison" over another year ("Литовские пограничники не пустили
в страну 85 мигрантов. ... за весь 2022 год пограничники развернули 11 200 человек"). After
people kept in, kept in. Phrasings written for these tests (twenty-fifth session)."""

from __future__ import annotations

from datetime import date

from bot.ingest.reading import read_article

AUGUST_21 = date(2023, 8, 21)


def _read(text: str, language: str) -> list[tuple[object, ...]]:
    return [
        (c.figure.value, c.metric, c.origin, c.destination)
        for c in read_article(text, language, AUGUST_21).candidates
    ]


def test_turned_back_after_people_kept_out_were_kept_out() -> None:
    text = (
        "Литовские пограничники за прошедшую неделю не пустили в страну со стороны Беларуси 85 "
        "нелегальных мигрантов, сообщила служба охраны границы.\n\nДля сравнения, за весь 2022 "
        "год пограничники развернули 11 200 человек."
    )
    assert _read(text, "ru") == [
        (85, "entry_refused", "BLR", "LTU"),
        (11200, "entry_refused", "BLR", "LTU"),
    ]


def test_turned_back_after_people_kept_in_were_kept_in() -> None:
    text = (
        "Українські прикордонники за тиждень не випустили з країни 85 чоловіків. За весь 2022 "
        "рік прикордонники розвернули 11 200 осіб."
    )
    assert _read(text, "uk") == [
        (85, "exit_refused", "UKR", None),
        (11200, "exit_refused", "UKR", None),
    ]
