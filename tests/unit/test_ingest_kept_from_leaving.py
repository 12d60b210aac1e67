"""People kept from leaving, in the words readers' news uses for it ("denied permission to
leave", "denied boarding", "refused to let 40 passengers leave", "запретили покинуть
страну", "не допустили к посадке", "заборонили залишити країну", "елден шығуға рұқсат
берілмеді"), are refused exit, never people who left; and a refusal's people of another
country take none of the country of the people refused before them. Phrasings written for
these tests (twenty-third session)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates

DAY = date(2022, 10, 2)


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "Last week 17 Russians were denied permission to leave the country because of "
         "debts, the border service said.", 17),
        ("en", "Last week 40 passengers were denied boarding at Manas airport, the border "
         "service said.", 40),
        ("en", "Last week border guards refused to let 40 passengers leave, the border service "
         "said.", 40),
        ("en", "Last week 17 Russians were banned from travelling abroad because of debts, the "
         "border service said.", 17),
        ("ru", "На прошлой неделе 17 россиянам запретили покинуть страну из-за долгов, "
         "сообщила погранслужба.", 17),
        ("ru", "На прошлой неделе 40 пассажиров не допустили к посадке в аэропорту Манас, "
         "сообщила погранслужба.", 40),
        ("uk", "Минулого тижня 17 росіянам заборонили залишити країну через борги, повідомила "
         "прикордонна служба.", 17),
        ("uk", "Минулого тижня 40 пасажирів не допустили до посадки в аеропорту Манас, "
         "повідомила прикордонна служба.", 40),
        ("kk", "Өткен аптада 17 ресейлікке қарызы үшін елден шығуға рұқсат берілмеді, деп "
         "хабарлады шекара қызметі.", 17),
        ("kk", "Өткен аптада 17 ресейлікке елден шығуға жол берілмеді, деп хабарлады шекара "
         "қызметі.", 17),
        ("kk", "Өткен аптада әуежайда 40 жолаушыға ұшуға рұқсат берілмеді, деп хабарлады "
         "шекара қызметі.", 40),
        ("kk", "Өткен аптада 17 ресейлікке елден шығудан бас тартылды, деп хабарлады шекара "
         "қызметі.", 17),
    ],
)  # fmt: skip
def test_kept_from_leaving_is_refused_exit(language: str, text: str, value: int) -> None:
    (candidate,) = read_candidates(language, DAY, text)
    assert (candidate.metric, candidate.figure.value) == ("exit_refused", value)


def test_refused_to_let_them_enter_is_refused_entry() -> None:
    text = "Last week border guards refused to let 40 Afghans enter, the border service said."
    (candidate,) = read_candidates("en", DAY, text)
    assert (candidate.metric, candidate.citizenship) == ("entry_refused", "AFG")


@pytest.mark.parametrize(
    ("language", "text", "second"),
    [
        ("en", "Five Chinese citizens were refused entry between 1 and 10 July, Dorj said. "
         "Another 17 Russians were not allowed to leave the country because of debts.",
         "exit_refused"),
        ("en", "Five Chinese citizens were refused entry between 1 and 10 July, Dorj said. "
         "Another 17 Russians were refused entry.", "entry_refused"),
        ("ru", "По словам Доржа, с 1 по 10 июля во въезде было отказано пятерым гражданам "
         "Китая. Ещё 17 россиян не выпустили из страны из-за долгов.", "exit_refused"),
        ("ru", "По словам Доржа, с 1 по 10 июля во въезде было отказано пятерым гражданам "
         "Китая. Ещё 17 россиян не впустили в страну.", "entry_refused"),
        ("uk", "За словами Доржа, з 1 по 10 липня у в'їзді відмовили п'ятьом громадянам "
         "Китаю. Ще 17 росіян не випустили з країни через борги.", "exit_refused"),
        ("kk", "Доржтың айтуынша, 1-10 шілде аралығында Қытайдың бес азаматына елге кіруге "
         "рұқсат берілмеді. Тағы 17 ресейлікке елге кіруге рұқсат берілмеді.", "entry_refused"),
    ],
)  # fmt: skip
def test_other_peoples_refusal_keeps_no_country_of_the_first(
    language: str, text: str, second: str
) -> None:
    first, then = read_candidates(language, DAY, text)
    assert (first.metric, first.origin, first.citizenship) == ("entry_refused", "CHN", "CHN")
    # The Chinese's own country is no place the Russians came from or were kept in.
    assert (then.metric, then.citizenship) == (second, "RUS")
    assert then.origin in {None, "RUS"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "В среду литовские пограничники развернули 112 мигрантов, пытавшихся пересечь "
         "границу из Беларуси."),
        ("ru", "В среду литовские пограничники развернули 112 мигрантов, пытавшихся пересечь "
         "границу с Беларусью."),
        ("uk", "У середу литовські прикордонники розвернули 112 мігрантів, які намагалися "
         "перетнути кордон з Білоруссю."),
        ("kk", "Сәрсенбіде Литва шекарашылары Беларусьтен өтпек болған 112 мигрантты кері "
         "қайтарды."),
        ("en", "On Wednesday Lithuanian border guards turned back 112 migrants trying to cross "
         "from Belarus."),
    ],
)  # fmt: skip
def test_migrants_turned_back_by_a_states_guards_were_kept_out(language: str, text: str) -> None:
    # Migrants are no state's own people kept in: the guards' state kept them out.
    (candidate,) = read_candidates(language, DAY, text)
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "entry_refused",
        "BLR",
        "LTU",
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "В среду украинские пограничники задержали 40 мужчин, пытавшихся пересечь "
         "границу с Молдовой."),
        ("uk", "У середу українські прикордонники затримали 40 чоловіків, які намагалися "
         "перетнути кордон з Молдовою."),
        ("kk", "Сәрсенбіде Қытайға заңсыз өтпек болған 5 қазақстандықты шекарашылар ұстады."),
    ],
)  # fmt: skip
def test_a_states_own_people_stopped_on_their_way_out_were_refused_exit(
    language: str, text: str
) -> None:
    (candidate,) = read_candidates(language, DAY, text)
    assert candidate.metric == "exit_refused"


@pytest.mark.parametrize(
    "text",
    [
        "Сенбі күні Алматы әуежайында 12 борышкер елден шығарылмады, деп хабарлады ҰҚК Шекара "
        "қызметі.",
        "Өткен аптада Өзбекстанға шыққысы келген бес қазақстандық елден шығарылмады: олардың "
        "қарызы бар.",
    ],
)
def test_kazakh_not_let_out_of_the_country_is_no_expulsion(text: str) -> None:
    # "елден шығарылмады" (not let out), not "елден шығарылды" (expelled).
    (candidate,) = read_candidates("kk", DAY, text)
    assert (candidate.metric, candidate.origin) == ("exit_refused", "KAZ")


def test_kazakh_expelled_from_the_country_stays_deported() -> None:
    text = "Өткен жылы елден 27 Қытай азаматы шығарылды, деп хабарлады ІІМ."
    (candidate,) = read_candidates("kk", DAY, text)
    assert (candidate.metric, candidate.origin, candidate.citizenship) == (
        "deported",
        "KAZ",
        "CHN",
    )
