"""Who said a figure and who carried it, in phrasings built beyond the batches (twenty-first
session; people and figures invented here): "Petric added" after "... Milan Petric told RTS"
is more of what RTS was told; an outlet that opens the sentence ("Как сообщает агентство
Рейтер, ..., заявил X") or closes the speaker's cue ("X said, Reuters reported") carried X's
words; "Citing X, Reuters reported"; "По словам X, которого цитирует Y"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates, said_and_carried

DAY = date(2025, 3, 5)


@pytest.mark.parametrize(
    ("language", "text", "chain"),
    [
        ("en", "Some 1,246 Russians applied for Serbian citizenship in January and February, "
         "assistant interior minister Milan Petric told RTS. About 3,900 applied in the whole "
         "of 2025, Petric added.", ("Milan Petric", "RTS")),
        ("ru", "С 1 января по 28 февраля заявления о приёме в гражданство Сербии подали 1 246 "
         "граждан России, сообщил в эфире телеканала RTS помощник министра внутренних дел "
         "Милан Петрич. За весь 2025 год таких заявлений было около 3,9 тыс., уточнил Петрич.",
         ("Милан Петрич", "RTS")),
        ("ru", "За неделю на границе развернули более 4 тысяч мигрантов, рассказал агентству "
         "Рейтер представитель полиции Марко Бьянки. Еще 600 человек были депортированы в "
         "Тунис, добавил Бьянки.", ("Марко Бьянки", "Рейтер")),
        ("uk", "За тиждень на кордоні розвернули понад 4 тисячі мігрантів, розповів агенції "
         "Рейтер речник поліції Марко Б'янкі. Ще 600 людей депортували до Тунісу, додав "
         "Б'янкі.", ("Марко Б'янкі", "Рейтер")),
        ("kk", "Бір аптада шекарада 4 мыңнан астам мигрант кері қайтарылды, деп хабарлады "
         "Reuters агенттігіне полиция өкілі Марко Бьянки. Тағы 600 адам Тунисқа "
         "депортацияланды, деп қосты Бьянки.", ("Марко Бьянки", "Reuters")),
    ],
)  # fmt: skip
def test_a_speaker_named_again_adding_keeps_the_outlet(
    language: str, text: str, chain: tuple[str, str]
) -> None:
    candidates = read_candidates(language, DAY, text)
    assert [said_and_carried(candidate) for candidate in candidates] == [chain, chain]


def test_another_speaker_adding_is_not_carried() -> None:
    # Only the speaker the outlet was told by: the ministry's addition is its own.
    text = (
        "More than 4,000 migrants were turned back at the border last week, police spokesman "
        "Marco Bianchi told Reuters. Another 600 were deported to Tunisia, the interior "
        "ministry added."
    )
    candidates = read_candidates("en", DAY, text)
    assert [said_and_carried(candidate) for candidate in candidates] == [
        ("Marco Bianchi", "Reuters"),
        ("Ministry of Internal Affairs", None),
    ]


FIGURE = {
    "en": "more than 4,000 migrants were deported from Italy to Tunisia last week",
    "ru": "на прошлой неделе из Италии в Тунис депортировали более 4 тысяч мигрантов",
    "uk": "минулого тижня з Італії до Тунісу депортували понад 4 тисячі мігрантів",
}


@pytest.mark.parametrize(
    ("language", "text", "chain"),
    [
        ("en", "{F}, police spokesman Luca Ferri said, Reuters reported.",
         ("Luca Ferri", "Reuters")),
        ("en", "{F}, police spokesman Luca Ferri said, the Tunis Herald reported.",
         ("Luca Ferri", "Tunis Herald")),
        ("en", "Citing police spokesman Luca Ferri, Reuters reported that {F}.",
         ("Luca Ferri", "Reuters")),
        ("en", "As Reuters reported, police spokesman Luca Ferri said {F}.",
         ("Luca Ferri", "Reuters")),
        ("ru", "Как сообщает агентство Рейтер, {F}, заявил представитель полиции Лука Ферри.",
         ("Лука Ферри", "Рейтер")),
        ("uk", "Як повідомляє Укрінформ, {F}, заявив речник поліції Лука Феррі.",
         ("Лука Феррі", "Укрінформ")),
        # Whom the outlet quotes, named before it in a relative clause; a man's surname that
        # ends as a woman's genitive would is his as written.
        ("ru", "По словам представителя полиции Марко Бьянки, которого цитирует агентство "
         "Рейтер, {F}.", ("Марко Бьянки", "Рейтер")),
        ("uk", "За словами речника поліції Марко Б'янкі, якого цитує агенція Рейтер, {F}.",
         ("Марко Б'янкі", "Рейтер")),
    ],
)  # fmt: skip
def test_the_outlet_beside_the_speakers_cue(
    language: str, text: str, chain: tuple[str, str]
) -> None:
    figure = FIGURE[language]
    filled = text.replace("{F}", figure)
    if filled[0] != text[0]:
        filled = filled[0].upper() + filled[1:]
    candidates = read_candidates(language, DAY, filled)
    assert [said_and_carried(candidate) for candidate in candidates] == [chain]


@pytest.mark.parametrize(
    ("language", "text", "chain"),
    [
        # No outlet: the body that opens the sentence said it; a body's "reported" after the
        # speaker's cue carries nothing; data cited is no outlet.
        ("en", "As the interior ministry reported, {F}.", ("Ministry of Internal Affairs", None)),
        ("en", "{F}, police spokesman Luca Ferri said, the ministry reported.",
         ("Luca Ferri", None)),
        ("en", "Citing police data, the mayor of Lampedusa said {F}.",
         ("mayor of Lampedusa", None)),
        ("uk", "Як повідомило МВС Італії, {F}.", ("МВС Італії", None)),
        # The outlet alone, with no speaker after it, is the source itself.
        ("ru", "Как передает ТАСС, {F}.", (None, "ТАСС")),
    ],
)  # fmt: skip
def test_no_outlet_where_none_carried_it(
    language: str, text: str, chain: tuple[str | None, str | None]
) -> None:
    filled = text.replace("{F}", FIGURE[language])
    filled = filled[0].upper() + filled[1:]
    candidates = read_candidates(language, DAY, filled)
    assert [said_and_carried(candidate) for candidate in candidates] == [chain]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A foreign surname in -и the dictionary does not know keeps its form after a
        # woman's first name; a Russian one the dictionary knows is still declined.
        ("По словам Марии Росси, {F}.", "Мария Росси"),
        ("По словам Анны Петровой, {F}.", "Анна Петрова"),
    ],
)
def test_a_womans_foreign_surname_in_the_genitive(text: str, speaker: str) -> None:
    candidates = read_candidates("ru", DAY, text.replace("{F}", FIGURE["ru"]))
    assert [said_and_carried(candidate)[0] for candidate in candidates] == [speaker]


@pytest.mark.parametrize(
    ("language", "text", "origin", "destination"),
    [
        # The United Kingdom and the United States by their long names, in their cases.
        ("uk", "Торік до Сполученого Королівства прибули понад 4 тисячі громадян Киргизстану.",
         "KGZ", "GBR"),
        ("uk", "Торік зі Сполученого Королівства виїхали понад 4 тисячі громадян Киргизстану.",
         "GBR", None),
        ("kk", "Өткен жылы Біріккен Корольдікке Қырғызстанның 4 мыңнан астам азаматы келді.",
         "KGZ", "GBR"),
        ("ru", "В прошлом году в Соединенное Королевство прибыли более 4 тысяч граждан Киргизии.",
         "KGZ", "GBR"),
        ("uk", "Торік до Сполучених Штатів прибули понад 4 тисячі громадян Мексики.", "MEX",
         "USA"),
    ],
)  # fmt: skip
def test_long_names_of_countries(
    language: str, text: str, origin: str, destination: str | None
) -> None:
    (candidate,) = read_candidates(language, DAY, text)
    assert (candidate.origin, candidate.destination) == (origin, destination)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A share of a scale: "a quarter of a million" is 250,000, never "a million".
        ("a quarter of a million", 250_000),
        ("one quarter of a million", 250_000),
        ("about a quarter of a million", 250_000),
        ("one and a half million", 1_500_000),
        ("two and a half million", 2_500_000),
        ("half a million", 500_000),
    ],
)
def test_shares_of_a_scale(text: str, value: int) -> None:
    sentence = f"Last month {text} Afghans were deported from Iran to Afghanistan."
    (candidate,) = read_candidates("en", DAY, sentence)
    assert candidate.figure.value == value


@pytest.mark.parametrize("text", ["a third of a million", "three quarters of a million"])
def test_a_share_not_read_is_no_million(text: str) -> None:
    # Shares other than a half and a quarter are not read; "a million" after them is none.
    sentence = f"Last month {text} Afghans were deported from Iran to Afghanistan."
    assert read_candidates("en", DAY, sentence) == ()


@pytest.mark.parametrize(
    ("language", "text", "chain"),
    [
        # A place in the genitive before the name belongs to the post: "Управления
        # аэропортов Израиля Лиор Ядин" is Лиор Ядин.
        ("ru", "На прошлой неделе в Египет выехали более 21 тыс. израильтян, сообщил "
         "представитель Управления аэропортов Израиля Лиор Ядин.", ("Лиор Ядин", None)),
        ("uk", "Минулого тижня до Єгипту виїхали понад 21 тис. ізраїльтян, повідомив "
         "представник Управління аеропортів Ізраїлю Ліор Ядін.", ("Ліор Ядін", None)),
        ("ru", "За три дня в Непал въехали около 18 тыс. паломников из Индии, сообщил "
         "начальник иммиграционного поста Белахии Рам Прасад Бхаттараи.",
         ("Рам Прасад Бхаттараи", None)),
        # A station whose kind is its name's first word, capitalised.
        ("ru", "Во вторник в Тонгу из США депортировали 23 человека, сообщил в эфире Радио "
         "Тонга министр полиции Семиси Тауфа.", ("Семиси Тауфа", "Радио Тонга")),
        ("uk", "У вівторок до Тонги зі США депортували 23 людини, повідомив в ефірі Радіо "
         "Свобода міністр поліції Семісі Тауфа.", ("Семісі Тауфа", "Радіо Свобода")),
        # Where the body said it, after its name, is no part of it.
        ("ru", "Департамент занятости за рубежом в ежемесячном отчете сообщил, что в апреле "
         "на работу в Катар выехали 61 тыс. 400 непальцев.",
         ("Департамент занятости за рубежом", None)),
        # A preposition inside a body's name the Ukrainian dictionary reads first as an
        # adverb ("за").
        ("uk", "Департамент зайнятості за кордоном у щомісячному звіті повідомив, що у квітні "
         "на роботу до Катару виїхали 61 тис. 400 непальців.",
         ("Департамент зайнятості за кордоном", None)),
    ],
)  # fmt: skip
def test_names_around_the_speaker(language: str, text: str, chain: tuple[str, str | None]) -> None:
    candidates = read_candidates(language, DAY, text)
    assert [said_and_carried(candidate) for candidate in candidates] == [chain]
