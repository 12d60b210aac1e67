"""Figures of what has not happened yet, in phrasings written for these tests (people and
figures invented): what someone expects, forecasts, plans or says may come is left out and
the curator told so; a count beside such words ("more than expected", "may have crossed",
"would-be migrants", "in May") is still proposed."""

from __future__ import annotations

from datetime import date

import pytest

from bot.language.words import words_for
from bot.render.ingest import render_left_out
from tests.ingest_reading import under_a_headline

DAY = date(2025, 3, 5)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The ministry expects up to 20,000 seasonal workers to leave for Turkey by the "
         "end of the month."),
        ("en", "Officials expect that about 5,000 Afghans will be deported from Iran next week."),
        ("en", "Up to 30,000 Syrians could return from Lebanon this summer, UNHCR said."),
        ("en", "More than 10,000 migrants are expected to cross into Panama in March, the "
         "ministry said."),
        ("en", "Some 4,000 people may leave Gaza through Rafah next week, Egyptian officials "
         "said."),
        ("en", "The number of Venezuelans entering Colombia could reach 50,000 a month, "
         "officials warned."),
        ("en", "Greece will deport 2,000 migrants to Turkey in April, the minister said."),
        ("en", "About 3,000 more refugees are likely to arrive in Chad before the rains, the "
         "UNHCR said."),
        ("en", "The agency forecast that 12,000 Nepalis would leave for Qatar in the coming "
         "weeks."),
        ("en", "Germany projected that asylum applications would top 300,000 this year."),
        ("en", "The ministry predicts more than 8,000 returns from Pakistan in the next month."),
        ("en", "Around 1,500 migrants are due to be returned to Libya on Friday, the coast guard"
         " said."),
        ("en", "A further 2,500 Sudanese are set to cross into Egypt at Argeen this week, "
         "officials said."),
        ("ru", "В МВД ожидают, что до конца месяца в Россию въедут более 20 тысяч граждан "
         "Узбекистана."),
        ("ru", "По прогнозам пограничников, через пункт пропуска «Верхний Ларс» в июле выедут "
         "около 15 тысяч россиян."),
        ("ru", "К лету число уезжающих из Таджикистана может вырасти до 30 тысяч человек в "
         "месяц."),
        ("ru", "До конца года из Турции могут депортировать около 5 тысяч афганцев, сообщили в "
         "миграционной службе."),
        ("ru", "Ожидается, что в апреле в Казахстан въедут около 12 тысяч граждан России."),
        ("ru", "Из Германии в ближайшие недели будут высланы более 1 500 мигрантов, заявил "
         "министр."),
        ("ru", "По оценкам ведомства, в марте в страну прибудет около 8 тысяч беженцев, которые "
         "ожидаются на границе."),
        ("uk", "У міністерстві очікують, що до кінця місяця до Польщі виїдуть понад 20 тисяч "
         "українців."),
        ("uk", "За прогнозами прикордонників, у липні кордон перетнуть близько 15 тисяч людей."),
        ("uk", "Кількість тих, хто виїжджає, може зрости до 30 тисяч на місяць, заявив міністр."),
        ("uk", "До кінця року з Німеччини можуть депортувати близько 5 тисяч мігрантів, "
         "повідомили у відомстві."),
        ("uk", "Очікується, що у квітні до країни прибуде близько 12 тисяч біженців."),
        ("uk", "Найближчими тижнями з Польщі будуть вислані понад 1 500 мігрантів, заявив "
         "міністр."),
        ("kk", "Министрлік ай соңына дейін Түркияға 20 мыңға дейін маусымдық жұмысшы кетеді деп "
         "күтуде."),
        ("kk", "Жыл соңына дейін Ресейден 5 мыңға жуық мигрант депортациялануы мүмкін, деп "
         "хабарлады министрлік."),
        ("kk", "Болжам бойынша, шілдеде шекарадан 15 мың адам өтеді."),
        ("kk", "Сәуірде Қазақстанға 12 мыңға жуық ресейлік келеді деп күтілуде."),
        ("kk", "Көші-қон қызметінің болжамы бойынша, биыл елге 30 мыңнан астам қандас оралады."),
        # When, between the plan and its verb.
        ("en", "The government plans by the end of the year to return another 12,000 "
         "refugees."),
        ("ru", "Правительство Танзании планирует до конца года вернуть на родину еще 12 тыс. "
         "беженцев."),
        ("ru", "Иранские власти намерены до конца года выслать из страны еще 2 млн "
         "нелегальных мигрантов."),
        ("uk", "Уряд Танзанії планує до кінця року повернути на батьківщину ще 12 тис. "
         "біженців."),
        ("uk", "Уряд має намір до кінця травня відправити до Сирії ще близько 500 людей, чиї "
         "заяви відхилили."),
        # Ready for, or after, what has not come; a wish to go (thirtieth session).
        ("en", "The refugee department said it was preparing for as many as 15,000 further "
         "arrivals from South Sudan before the end of the year."),
        ("en", "The Tongan government wants to attract 500 returnees a year from New Zealand, "
         "the minister said."),
        ("en", 'The forum\'s secretary said "many more than 10,000" wanted to go back to Sri '
         "Lanka from India."),
        ("ru", "Министр заявил, что в этом году Лаос рассчитывает принять 1 млн туристов из "
         "Китая."),
        ("uk", "Міністр заявив, що цього року Лаос розраховує прийняти 1 млн туристів з Китаю."),
    ],
)  # fmt: skip
def test_what_is_expected_is_left_out_as_a_forecast(language: str, text: str) -> None:
    reading = under_a_headline(language, DAY, text)
    assert reading.candidates == ()
    assert [item.reason for item in reading.left_out] == ["forecast"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 12,000 Georgians crossed into Turkey in May, more than expected, the "
         "ministry said."),
        ("en", "As expected, about 5,000 Afghans were deported from Iran last week, officials "
         "said."),
        ("en", "As many as 5,000 people may have crossed into Poland last week, the border guard"
         " said."),
        ("en", "Border guards stopped 45 would-be migrants from boarding flights to Dubai last "
         "week, police said."),
        ("en", "In May 2,000 migrants were deported to Turkey, the minister said."),
        # An announcement, then what happened: no plan of a figure.
        ("en", "Officials announced on Monday that the road to Rafah was open and 500 people "
         "had crossed."),
        ("en", "The office refused entry to 64 Myanmar citizens last week who could not show a "
         "return ticket, the ministry said."),
        ("en", "Some 4,000 people left Gaza through Rafah last week, Egyptian officials said, "
         "and more will follow."),
        ("en", "Officials had expected a quiet week, but 3,000 migrants crossed into Panama on "
         "Monday, the ministry said."),
        ("en", "May saw 7,000 Afghans return from Pakistan, the UNHCR said."),
        ("ru", "В мае в Россию въехали более 20 тысяч граждан Узбекистана, сообщили в МВД."),
        ("ru", "С начала года из Турции выслали 1 940 таджикистанцев, сообщили в миграционной "
         "службе."),
        ("ru", "За неделю в Казахстан въехали около 12 тысяч граждан России, хотя ожидалось "
         "меньше, сообщили пограничники."),
        ("ru", "Более 300 человек, которые не могут подтвердить цель поездки, не пропустили в "
         "Финляндию за неделю, сообщили пограничники."),
        ("uk", "У травні до Польщі виїхали понад 20 тисяч українців, повідомили у прикордонній "
         "службі."),
        ("uk", "З початку року з Німеччини депортували близько 5 тисяч мігрантів, повідомили у "
         "відомстві."),
        ("uk", "«Ми очікуємо більше рейсів», — сказав директор, додавши, що з 1 січня до країни "
         "повернули вже 10 тисяч громадян."),
        ("kk", "Мамыр айында Түркияға 20 мыңнан астам маусымдық жұмысшы кетті, деп хабарлады "
         "министрлік."),
        ("kk", "Бір аптада Ресейден 5 мыңға жуық мигрант депортацияланды, деп хабарлады "
         "министрлік."),
        ("kk", "Биыл елге 30 мыңнан астам қандас оралды, деп хабарлады Көші-қон қызметі."),
    ],
)  # fmt: skip
def test_a_count_beside_words_of_expecting_is_proposed(language: str, text: str) -> None:
    reading = under_a_headline(language, DAY, text)
    assert len(reading.candidates) == 1
    assert "forecast" not in [item.reason for item in reading.left_out]


@pytest.mark.parametrize(
    ("language", "text", "shown"),
    [
        ("en", "Up to 30,000 Syrians could return from Lebanon this summer, UNHCR said.",
         "no one has moved yet"),
        ("ru", "К лету число уезжающих из Таджикистана может вырасти до 30 тысяч человек в "
         "месяц.", "никто ещё не переехал"),
        ("uk", "До кінця року з Німеччини можуть депортувати близько 5 тисяч мігрантів.",
         "ще ніхто не переїхав"),
        ("kk", "Сәуірде Қазақстанға 12 мыңға жуық ресейлік келеді деп күтілуде.",
         "әлі ешкім көшкен жоқ"),
    ],
)  # fmt: skip
def test_the_curator_is_told_why_a_forecast_is_left_out(
    language: str, text: str, shown: str
) -> None:
    reading = under_a_headline(language, DAY, text)
    assert shown in render_left_out(list(reading.left_out), words_for(language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Without the fence, as many as 5,000 migrants would have crossed last week, the "
         "minister claimed."),
        ("en", "Officials said 3,000 more would've left Gaza had the crossing stayed open in "
         "February."),
        ("ru", "Без забора границу за неделю пересекли бы до 5 тысяч мигрантов, заявил министр."),
        ("uk", "Без паркану кордон за тиждень перетнули б до 5 тисяч мігрантів, заявив міністр."),
        ("kk", "Қоршау болмағанда, бір аптада шекарадан 5 мыңға дейін мигрант өтер еді, деді "
         "министр."),
    ],
)  # fmt: skip
def test_what_would_have_happened_is_not_proposed(language: str, text: str) -> None:
    assert under_a_headline(language, DAY, text).candidates == ()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "За неделю в Финляндию въехали хотя бы 100 граждан России, сообщили "
         "пограничники."),
        ("uk", "За тиждень до Фінляндії в'їхали хоча б 100 громадян Росії, повідомили "
         "прикордонники."),
        # "used to cross": what happened, every day.
        ("kk", "Соғысқа дейін бекеттен күн сайын 300 адам өтетін еді, деп хабарлады "
         "шекарашылар."),
    ],
)  # fmt: skip
def test_the_particle_of_at_least_and_a_habit_are_no_would_have(language: str, text: str) -> None:
    assert len(under_a_headline(language, DAY, text).candidates) == 1
