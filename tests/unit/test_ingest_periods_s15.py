"""Dates the short news items taught in the fifteenth session (figures invented): the day a
source spoke, told a few words after its verb; "the same days" in more words; "since then"
after a day with no figure; since a war or an escalation an article says began."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article


@pytest.mark.parametrize(
    ("language", "published", "text", "expected"),
    [
        # The day it was said, a few words after the verb, closing the sentence.
        (
            "en",
            date(2023, 5, 25),
            "Close to 150,000 Sudanese have crossed into Egypt since fighting erupted in Sudan "
            "on 15 April, Egypt's foreign ministry said in a statement on Wednesday.",
            (date(2023, 4, 15), None, date(2023, 5, 24)),
        ),
        (
            "en",
            date(2023, 10, 3),
            "Armenia has registered 98,750 refugees from Azerbaijan since September 24, "
            "government spokeswoman Anahit Grigoryan told reporters on Monday.",
            (date(2023, 9, 24), None, date(2023, 10, 2)),
        ),
        # The days just named, in more words.
        (
            "ru",
            date(2025, 2, 3),
            "В субботу и воскресенье через КПП «Верхний Ларс» прошли 8 870 человек. За эти же "
            "два дня пограничники отказали во въезде тридцати семи гражданам РФ.",
            (date(2025, 2, 1), date(2025, 2, 2), None),
        ),
        (
            "ru",
            date(2025, 3, 24),
            "С 21 по 23 марта через КПП «Ак-Жол» проследовали почти 47 тыс. человек. В эти же "
            "дни пограничники не выпустили из страны девятерых человек.",
            (date(2025, 3, 21), date(2025, 3, 23), None),
        ),
        # Since the day named before, with no figure before it.
        (
            "kk",
            date(2024, 1, 16),
            "Суданда 2023 жылғы 15 сәуірде армия мен Жедел қолдау күштері арасында соғыс "
            "басталды. БҰҰ Босқындар ісі жөніндегі жоғарғы комиссары басқармасының "
            "мәліметінше, содан бері елден көрші мемлекеттерге 1,5 млн-нан астам адам қашып "
            "шықты.",
            (date(2023, 4, 15), None, date(2024, 1, 16)),
        ),
        # Since the war, or the escalation, the article says began.
        (
            "kk",
            date(2024, 1, 16),
            "Суданда 2023 жылғы 15 сәуірде соғыс басталды. Египет билігі соғыс басталғалы "
            "бері 450 мыңға жуық судандықтың елге кіргенін хабарлады.",
            (date(2023, 4, 15), None, date(2024, 1, 16)),
        ),
        (
            "ru",
            date(2024, 10, 8),
            "Массированные удары по югу Ливана начались 23 сентября. С начала эскалации из "
            "Ливана в Сирию выехали по меньшей мере 310 тыс. человек, сообщило Главное "
            "управление общей безопасности Ливана.",
            (date(2024, 9, 23), None, date(2024, 10, 8)),
        ),
        # The year's first months, "of the year" said without its number.
        (
            "kk",
            date(2023, 9, 5),
            "Жылдың алғашқы сегіз айында Қазақстанға 12 мыңнан астам түрік келді.",
            (date(2023, 1, 1), date(2023, 8, 31), None),
        ),
        # A month's first days or weeks.
        (
            "en",
            date(2024, 5, 8),
            "Our teams counted up to 150 new arrivals from Burkina Faso a day in the first week "
            "of May.",
            (date(2024, 5, 1), date(2024, 5, 7), None),
        ),
        (
            "en",
            date(2024, 1, 15),
            "In the first two weeks of January, 31,500 more workers left Pakistan.",
            (date(2024, 1, 1), date(2024, 1, 14), None),
        ),
        (
            "ru",
            date(2024, 10, 11),
            "Управление за первые десять дней октября депортировало в Гаити свыше 11 тыс. "
            "человек.",
            (date(2024, 10, 1), date(2024, 10, 10), None),
        ),
        (
            "kk",
            date(2024, 10, 16),
            "Министрліктің деректерінше, қазан айының алғашқы екі аптасында ғана Испанияға 4 мың "
            "500-ге жуық адам жеткен.",
            (date(2024, 10, 1), date(2024, 10, 14), None),
        ),
        # This year, as of a weekday.
        (
            "en",
            date(2025, 12, 4),
            "As of Friday, 5,420 refugees had returned from Cameroon under the programme this "
            "year.",
            (date(2025, 1, 1), None, date(2025, 11, 28)),
        ),
        (
            "kk",
            date(2024, 2, 26),
            "Губернатор жұмадағы жағдай бойынша 10 ақпаннан бері Мьянмадан Таиландқа 40 мыңға "
            "жуық адам өткенін айтты.",
            (date(2024, 2, 10), None, date(2024, 2, 23)),
        ),
        # Since an event the sentence dates by its month.
        (
            "en",
            date(2023, 8, 25),
            "Since Brazil began issuing humanitarian visas to Afghans in September 2021, more "
            "than 11,000 have arrived in the country, the Justice Ministry said.",
            (date(2021, 9, 1), None, date(2023, 8, 25)),
        ),
        # A call-up to come is this year's.
        (
            "en",
            date(2025, 10, 1),
            "Russia's defence ministry will call up 135,000 men aged 18 to 30 between 1 October "
            "and 31 December, Colonel General Pavel Strelnikov told a briefing on Tuesday.",
            (date(2025, 10, 1), date(2025, 12, 31), None),
        ),
    ],
)
def test_the_period_of_the_last_figure(
    language: str, published: date, text: str, expected: tuple[date | None, ...]
) -> None:
    candidate = read_article("Headline\n\n" + text, language, published).candidates[-1]
    assert (candidate.period_start, candidate.period_end, candidate.as_of) == expected
