"""A denial that points back at a figure said before it ("..., but the Border Guard said the
figure was wrong", "The Border Guard called the figure exaggerated.", "В погранслужбе назвали
эту цифру преувеличенной", "У прикордонній службі назвали ці дані фейком", "Шекара қызметі
бұл ақпаратты жоққа шығарды") leaves that figure out as denied; a figure confirmed, or one
the denial does not point at, stays. Phrasings written for these tests (twenty-fourth
session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.denied_before import back_reference
from bot.ingest.reading import read_article

DAY = date(2022, 10, 2)


@pytest.mark.parametrize(
    ("language", "text", "denied"),
    [
        ("en", "Some media reported that as many as 30,000 people had crossed into Finland, but "
         "the Border Guard said the figure was exaggerated.", "as many as 30,000"),
        ("en", "Some Finnish media reported that as many as 30,000 people had crossed into "
         "Finland, but the Border Guard said that figure was wrong.", "as many as 30,000"),
        ("en", "Some media reported that 30,000 people had crossed into Finland, a figure the "
         "Border Guard said was wrong.", "30,000"),
        ("en", "Local media reported that 30,000 people had crossed into Finland. The Border "
         "Guard called the figure exaggerated.", "30,000"),
        ("ru", "СМИ сообщили, что в Финляндию въехали 30 тысяч человек. В погранслужбе назвали "
         "эту цифру преувеличенной.", "30 тысяч"),
        ("ru", "СМИ сообщили, что в Финляндию въехали 30 тысяч человек. В погранслужбе назвали "
         "эти данные неверными.", "30 тысяч"),
        ("uk", "ЗМІ повідомили, що до Фінляндії в'їхали 30 тисяч осіб. У прикордонній службі "
         "назвали ці дані фейком.", "30 тисяч"),
        ("uk", "Раніше в соцмережах писали, що на кордоні за добу розвернули сотню іноземців. У "
         "прикордонному загоні цю інформацію спростували.", "сотню"),
        ("kk", "БАҚ Финляндияға 30 мың адам кірді деп хабарлады. Шекара қызметі бұл ақпаратты "
         "жоққа шығарды.", "30 мың"),
    ],
)  # fmt: skip
def test_a_figure_the_next_words_deny_is_left_out(language: str, text: str, denied: str) -> None:
    reading = read_article("Headline\n\n" + text, language, DAY)
    assert reading.candidates == ()
    assert [(item.figure_text, item.reason) for item in reading.left_out] == [(denied, "denied")]


def test_a_figure_confirmed_stays() -> None:
    text = (
        "About 17,000 Russians entered Finland last week. The figure was confirmed by the guard."
    )
    reading = read_article("Headline\n\n" + text, "en", DAY)
    assert [c.figure.value for c in reading.candidates] == [17000]


def test_only_the_figure_pointed_at_is_denied() -> None:
    text = (
        "The Border Guard said 17,000 Russians had entered Finland last week. Some media had "
        "reported 30,000, but the guard said that figure was wrong."
    )
    reading = read_article("Headline\n\n" + text, "en", DAY)
    assert [c.figure.value for c in reading.candidates] == [17000]
    assert [item.figure_text for item in reading.left_out] == ["30,000"]


def test_a_denial_two_sentences_on_points_at_nothing() -> None:
    text = (
        "About 17,000 Russians entered Finland last week. Most came by car. The guard called "
        "the figure of 50,000 on social media false."
    )
    reading = read_article("Headline\n\n" + text, "en", DAY)
    assert [c.figure.value for c in reading.candidates] == [17000]


@pytest.mark.parametrize(
    ("text", "pointing"),
    [
        ("the Border Guard said that figure was wrong", "that figure"),
        ("В погранслужбе назвали эту цифру преувеличенной", "эту цифру"),
        ("У загоні цю інформацію спростували", "цю інформацію"),
        ("Шекара қызметі бұл ақпаратты жоққа шығарды", "бұл ақпаратты"),
        ("The guard said it was wrong", None),
    ],
)
def test_words_that_point_back_at_a_figure(text: str, pointing: str | None) -> None:
    found = back_reference(text)
    assert (found.group() if found else None) == pointing


def test_a_figure_an_aside_calls_erroneous_is_denied() -> None:
    text = (
        "За прошлую неделю из Армении в Россию вернулись 1 млн 303 тыс. человек — цифра, "
        "которую в ведомстве назвали ошибочной."
    )
    reading = read_article("Headline\n\n" + text, "ru", DAY)
    assert reading.candidates == ()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "«Цифра в тысячу высланных, которую называют в соцсетях, не имеет отношения к "
         "действительности», — добавил он."),
        ("ru", "По словам дипломатов, сообщения о массовой высылке — якобы 5 тысяч человек за "
         "неделю из одного Екатеринбурга — не подтверждаются."),
        ("uk", "Повідомлення про 5 тисяч висланих за тиждень не підтверджуються, заявили в "
         "посольстві."),
        ("uk", "Цифра в тисячу висланих з Росії не має стосунку до дійсності, додав він."),
    ],
)  # fmt: skip
def test_a_figure_said_to_have_nothing_to_do_with_reality_is_denied(
    language: str, text: str
) -> None:
    reading = read_article("Headline\n\n" + text, language, DAY)
    assert reading.candidates == ()
    assert [item.reason for item in reading.left_out] == ["denied"]


def test_a_figure_confirmed_in_russian_stays() -> None:
    text = "Вчера в Грузию въехали 5 тысяч россиян, это подтверждается данными МВД Грузии."
    reading = read_article("Headline\n\n" + text, "ru", DAY)
    assert [c.figure.value for c in reading.candidates] == [5000]
