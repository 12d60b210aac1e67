"""Readings the short news items taught in the sixteenth session (figures invented): since an
operation or a war an article says someone began or that goes on since a day; since the
invasion, as of a day; who decreed a call-up; a Ukrainian first name the dictionary reads as a
noun; a country after a body's name is no part of it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates, said_and_carried


@pytest.mark.parametrize(
    ("language", "published", "text", "expected"),
    [
        # Someone began the operation on a day: "since the start of the operation" counts from it.
        (
            "uk",
            date(2023, 10, 3),
            "19 вересня Азербайджан розпочав воєнну операцію в Нагірному Карабаху. З початку "
            "операції до Вірменії прибули 100 617 людей, заявила в понеділок речниця уряду "
            "Вірменії Назелі Оганян.",
            (date(2023, 9, 19), None, date(2023, 10, 2)),
        ),
        (
            "en",
            date(2023, 10, 3),
            "On 19 September Azerbaijan launched a military operation in Nagorno-Karabakh. "
            "Since the start of the operation 100,617 people have arrived in Armenia, the "
            "government's spokeswoman said on Monday.",
            (date(2023, 9, 19), None, date(2023, 10, 2)),
        ),
        (
            "ru",
            date(2023, 10, 3),
            "19 сентября Азербайджан начал военную операцию в Нагорном Карабахе. С начала "
            "операции в Армению прибыли 100 617 человек, заявила в понедельник пресс-секретарь "
            "правительства.",
            (date(2023, 9, 19), None, date(2023, 10, 2)),
        ),
        # Fighting going on since a day is the war the article means, not Ukraine's.
        (
            "uk",
            date(2024, 9, 6),
            "У серпні на сході Чаду зареєстрували 12,5 тис. нових біженців із Дарфуру, де з 15 "
            "квітня 2023 року тривають бої між армією та Силами швидкого реагування. Загалом з "
            "початку війни до Чаду, за даними УВКБ ООН, прибули майже 700 тисяч людей.",
            (date(2023, 4, 15), None, date(2024, 9, 6)),
        ),
        # "Вторгнення" alone, in Ukrainian news: since 24 February 2022.
        (
            "uk",
            date(2024, 2, 20),
            "Від початку вторгнення статус PESEL UKR у Польщі отримали 1,65 млн громадян "
            "України, повідомило Міністерство цифровізації Польщі.",
            (date(2022, 2, 24), None, date(2024, 2, 20)),
        ),
        # ... and as of the day the sentence names.
        (
            "uk",
            date(2024, 2, 20),
            "Станом на п'ятницю від початку вторгнення статус PESEL UKR у Польщі отримали 1,65 "
            "млн громадян України, повідомило Міністерство цифровізації Польщі.",
            (date(2022, 2, 24), None, date(2024, 2, 16)),
        ),
        (
            "ru",
            date(2024, 2, 20),
            "По состоянию на пятницу с начала вторжения статус PESEL UKR в Польше получили 1,65 "
            "млн граждан Украины, сообщило Министерство цифровизации Польши.",
            (date(2022, 2, 24), None, date(2024, 2, 16)),
        ),
    ],
)
def test_the_period_since_an_event(
    language: str, published: date, text: str, expected: tuple[date | None, ...]
) -> None:
    candidate = read_candidates(language, published, text)[-1]
    assert (candidate.period_start, candidate.period_end, candidate.as_of) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "President Vladimir Putin signed a decree under which 133,000 citizens are to be "
            "called up between 1 October and 31 December.",
            ("Vladimir Putin", None),
        ),
        (
            "ru",
            "Президент Владимир Путин подписал указ, согласно которому с 1 октября по 31 "
            "декабря на срочную службу должны призвать 133 тысячи граждан, сообщает «Медуза».",
            ("Владимир Путин", "Медуза"),
        ),
        (
            "uk",
            "Російський диктатор Володимир Путін підписав указ, згідно з яким з 1 жовтня по 31 "
            "грудня на строкову службу мають призвати 133 тисячі громадян, повідомляє «Медуза».",
            ("Володимир Путін", "Медуза"),
        ),
        (
            "en",
            "On 21 September 2022 the Kremlin announced a partial mobilisation and its plan to "
            "call up 300,000 reservists.",
            ("Kremlin", None),
        ),
        (
            "uk",
            "21 вересня 2022 року Кремль оголосив «часткову мобілізацію» і намір призвати 300 "
            "тисяч резервістів.",
            ("Кремль", None),
        ),
    ],
)
def test_who_decreed_a_call_up_gave_its_figure(
    language: str, text: str, expected: tuple[str | None, str | None]
) -> None:
    (candidate,) = read_candidates(language, date(2024, 9, 30), text)
    assert candidate.metric == "mobilisation_target"
    assert said_and_carried(candidate) == expected


def test_announcing_a_call_up_with_no_figure_gives_none() -> None:
    """The figure in the next sentence is reported, not the announcer's."""
    text = (
        "21 сентября президент России Владимир Путин объявил частичную мобилизацию. "
        "Сообщалось, что Россия планирует призвать 300 тысяч резервистов."
    )
    (candidate,) = read_candidates("ru", date(2022, 10, 4), text)
    assert candidate.attributed_to is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Про це заявив речник ДПСУ Богдан Ткаченко: за добу кордон з Польщею перетнули 12 "
            "тисяч осіб.",
            "Богдан Ткаченко",
        ),
        (
            "Як розповів консул Володимир Коваленко, минулого тижня з Кіпру вилетіли 140 "
            "українців.",
            "Володимир Коваленко",
        ),
        # A place the dictionary knows is no first name before a surname.
        (
            "Речник Департаменту імміграції Шрі-Ланки Пієсена Пеніра розповів, що в лютому "
            "країна депортувала до ОАЕ 14 громадян України.",
            "Пієсена Пеніра",
        ),
    ],
)
def test_a_first_name_the_dictionary_reads_as_a_noun(text: str, expected: str) -> None:
    (candidate,) = read_candidates("uk", date(2024, 3, 4), text)
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.name == expected


def test_a_country_after_a_bodys_name_is_no_part_of_it() -> None:
    text = (
        "Як інформує Управління з питань кордонів ПАР (BMA), минулого тижня "
        "Південно-Африканська Республіка вислала через пункт пропуску Бейтбридж 1 137 громадян "
        "Зімбабве."
    )
    (candidate,) = read_candidates("uk", date(2024, 5, 20), text)
    assert said_and_carried(candidate) == ("Управління з питань кордонів ПАР", None)


@pytest.mark.parametrize(
    ("language", "published", "text", "expected"),
    [
        # The twelve months that ended with a month.
        (
            "en",
            date(2025, 8, 14),
            "Almost 73,000 New Zealand citizens left the country in the year ended June 2025, "
            "Stats NZ said.",
            (date(2024, 7, 1), date(2025, 6, 30), None),
        ),
        (
            "uk",
            date(2025, 5, 20),
            "За рік, що завершився в березні 2025-го, країну залишили близько 73,5 тис. "
            "новозеландців.",
            (date(2024, 4, 1), date(2025, 3, 31), None),
        ),
        (
            "ru",
            date(2025, 5, 20),
            "За год, закончившийся в марте 2025 года, из Новой Зеландии уехали 73 500 граждан "
            "страны.",
            (date(2024, 4, 1), date(2025, 3, 31), None),
        ),
        # "За суботу й неділю": over those two days.
        (
            "uk",
            date(2025, 6, 16),
            "За суботу та неділю кордон з Угорщиною перетнули 18 тис. осіб.",
            (date(2025, 6, 14), date(2025, 6, 15), None),
        ),
        (
            "ru",
            date(2025, 6, 16),
            "За субботу и воскресенье границу с Венгрией пересекли 18 тыс. человек.",
            (date(2025, 6, 14), date(2025, 6, 15), None),
        ),
        # According to Monday's statement: as of Monday.
        (
            "kk",
            date(2023, 10, 3),
            "Армения үкіметінің баспасөз хатшысы Ани Саргсянның дүйсенбі күнгі мәлімдемесіне "
            "сәйкес, 24 қыркүйектен бері Арменияға 100 514 адам өтті.",
            (date(2023, 9, 24), None, date(2023, 10, 2)),
        ),
        # The largest part of the applications before counts the same days.
        (
            "en",
            date(2025, 3, 26),
            "Japan received a record 12,373 applications for refugee status in 2024, the "
            "Immigration Services Agency said. Sri Lankans filed the largest number, 2,180, "
            "followed by Turks.",
            (date(2024, 1, 1), date(2024, 12, 31), None),
        ),
        (
            "uk",
            date(2025, 3, 21),
            "У 2024 році в Японії подали 12 373 заяви про надання статусу біженця. Найбільше "
            "заяв — 2 140 — подали громадяни Шрі-Ланки, йдеться в повідомленні відомства.",
            (date(2024, 1, 1), date(2024, 12, 31), None),
        ),
    ],
)
def test_the_period_of_the_last_figure(
    language: str, published: date, text: str, expected: tuple[date | None, ...]
) -> None:
    candidate = read_candidates(language, published, text)[-1]
    assert (candidate.period_start, candidate.period_end, candidate.as_of) == expected


def test_from_the_side_of_a_country_in_kazakh() -> None:
    text = "Осы күндері 37 шетелдік Өзбекстан жағынан елге кірді."
    (candidate,) = read_candidates("kk", date(2025, 1, 3), text)
    assert candidate.origin == "UZB"


def test_easter_is_a_holiday_not_an_island() -> None:
    """ "between Thursday and Easter Monday": the days of the holiday, and no Chile (Easter
    Island's time zone is named "Easter")."""
    text = (
        "More than 152 000 travellers passed through the Beitbridge border post between "
        "Thursday and Easter Monday, the Border Management Authority said. Over the same "
        "period, officials refused entry to 1 318 travellers."
    )
    passed, refused = read_candidates("en", date(2025, 4, 22), text)
    assert (passed.period_start, passed.period_end) == (date(2025, 4, 17), date(2025, 4, 21))
    assert "CHL" not in (refused.origin, refused.destination)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "алғашқы" (first) as "бірінші": the year's first half and first quarter.
        (
            "Биыл алғашқы жарты жылда 5 мыңнан астам қандас Қазақстан азаматтығын алуға өтініш "
            "берді.",
            (date(2024, 1, 1), date(2024, 6, 30), None),
        ),
        (
            "2024 жылдың алғашқы тоқсанында елге 12 мың адам келді.",
            (date(2024, 1, 1), date(2024, 3, 31), None),
        ),
    ],
)
def test_the_first_part_of_a_year_in_kazakh(text: str, expected: tuple[date | None, ...]) -> None:
    (candidate,) = read_candidates("kk", date(2024, 7, 3), text)
    assert (candidate.period_start, candidate.period_end, candidate.as_of) == expected
