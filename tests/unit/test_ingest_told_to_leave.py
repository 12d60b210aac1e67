"""People told, ordered or wanted to leave have not left: "they want 4 million undocumented
Afghans to leave by July 6", "требуют, чтобы 4 млн афганцев покинули страну", "страну должны
покинуть 4 млн", "мають залишити країну", "елден кетуі тиіс". People stopped while "trying to
leave" still count. Phrasings written for these tests (twenty-fifth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

JUNE_30 = date(2025, 6, 30)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Iranian officials have said they want 4 million undocumented Afghans to leave by "
         "July 6."),
        ("en", "Tehran has ordered 4 million undocumented Afghans to leave the country by July "
         "6."),
        ("ru", "Власти Ирана заявили, что до 6 июля страну должны покинуть 4 млн афганцев без "
         "документов."),
        ("ru", "Власти Ирана требуют, чтобы 4 млн афганцев без документов покинули страну до 6 "
         "июля."),
        ("uk", "Влада Ірану заявила, що до 6 липня 4 млн афганців без документів мають залишити "
         "країну."),
        ("uk", "Влада Ірану вимагає, щоб 4 млн афганців без документів залишили країну до 6 "
         "липня."),
        ("kk", "Иран билігі 6 шілдеге дейін құжатсыз 4 миллион ауғанның елден кетуі тиіс екенін "
         "мәлімдеді."),
    ],
)  # fmt: skip
def test_people_told_to_leave_have_not_left(language: str, text: str) -> None:
    reading = read_article(text, language, JUNE_30)
    assert reading.candidates == ()
    # Left out as a forecast, or, where no move is read at all, as background.
    assert [item.reason in {"forecast", "background"} for item in reading.left_out] == [True]


def test_people_stopped_trying_to_leave_still_count() -> None:
    text = "Vietnamese guards stopped 240 people trying to leave the country last week."
    (candidate,) = read_article(text, "en", JUNE_30).candidates
    assert (candidate.figure.value, candidate.metric) == (240, "exit_refused")


def test_people_who_left_after_being_told_to_left() -> None:
    text = (
        "About 4,000 Afghans left Iran last week after Tehran ordered undocumented migrants to go."
    )
    (candidate,) = read_article(text, "en", JUNE_30).candidates
    assert (candidate.figure.value, candidate.metric) == (4000, "left")
