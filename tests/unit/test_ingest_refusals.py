"""Who turned people away, and out of or into which country (texts written here, figures
invented)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

PUBLISHED = date(2024, 5, 15)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Another state's guards turning its citizens away kept them out of that state.
        ("ru", "В понедельник на КПП «Ваалимаа» финские пограничники не пропустили 45 граждан "
               "РФ.", ("entry_refused", "RUS", "FIN", "RUS")),
        ("uk", "Польські прикордонники не пропустили 30 громадян Білорусі.",
         ("entry_refused", "BLR", "POL", "BLR")),
        ("en", "Polish border guards turned back 30 Belarusians on Monday.",
         ("entry_refused", "BLR", "POL", "BLR")),
        # Their own guards, or a way out named: they were stopped leaving.
        ("uk", "Українські прикордонники не пропустили до Молдови 15 громадян України.",
         ("exit_refused", "UKR", "MDA", "UKR")),
        ("ru", "В четверг в аэропорту Внуково на рейс до Кишинёва не пропустили 37 граждан "
               "Молдовы, сообщило пограничное управление ФСБ России.",
         ("exit_refused", "RUS", "MDA", "MDA")),
        # A state named as who turned another's people back kept them out of it.
        ("en", "Georgia turned back 300 Russians at the Upper Lars crossing last week.",
         ("entry_refused", "RUS", "GEO", "RUS")),
        ("en", "Kazakhstan turned away 300 Russians at the border last week.",
         ("entry_refused", "RUS", "KAZ", "RUS")),
        ("ru", "Казахстан на прошлой неделе развернул на границе 300 россиян.",
         ("entry_refused", "RUS", "KAZ", "RUS")),
        ("uk", "Минулого тижня Грузія не пустила 300 росіян на пункті пропуску «Верхній Ларс».",
         ("entry_refused", "RUS", "GEO", "RUS")),
        # The checkpoint after the people is where they were, not what the figure counts.
        ("uk", "Минулого тижня грузинські прикордонники не пустили 300 росіян на пункті "
               "пропуску.", ("entry_refused", "RUS", "GEO", "RUS")),
        # Turned away on the way in: refused entry, no state said; "turned back" stays open.
        ("en", "Another 41 Malagasy travellers were turned away at the airport last week.",
         ("entry_refused", "MDG", None, "MDG")),
        # A refusal as a noun: "получили отказ в выезде", "отримали відмову у виїзді".
        ("ru", "В МВД сообщили, что 7 000 россиян получили отказ в выезде из России.",
         ("exit_refused", "RUS", None, "RUS")),
        ("uk", "Минулого тижня 300 чоловіків отримали відмову у виїзді з України.",
         ("exit_refused", "UKR", None, None)),
        ("uk", "У виїзді з України було відмовлено 70 чоловікам, повідомили в ДПСУ.",
         ("exit_refused", "UKR", None, None)),
        # The words of the phrase around the people counted.
        ("en", "Belarusian border guards did not let three men out into Poland.",
         ("exit_refused", "BLR", "POL", None)),
        ("en", "Polish guards did not let 40 Belarusians into Poland on Sunday.",
         ("entry_refused", "BLR", "POL", "BLR")),
        ("en", "Hungary didn't let 300 asylum seekers in.",
         ("entry_refused", None, "HUN", None)),
        ("en", "Hungary refused entry to 300 asylum seekers last week.",
         ("entry_refused", None, "HUN", None)),
    ],
)  # fmt: skip
def test_who_was_turned_away_and_where(language, text, expected):
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    found = (candidate.metric, candidate.origin, candidate.destination, candidate.citizenship)
    assert found == expected


def test_men_not_let_out_are_men():
    (candidate,) = read_article(
        "Belarusian border guards did not let three men out into Poland.", "en", PUBLISHED
    ).candidates
    assert candidate.counted == "men"


def test_her_data_is_the_feminine_body_named_before():
    """ "По ее данным" after "сообщила финская погранслужба": the service's figures."""
    article = (
        "Более 120 тысяч граждан России покинули страну через границу с Финляндией, сообщила "
        "финская погранслужба.\n\nПо ее данным, только за прошедшие выходные границу "
        "пересекли около 17 тысяч россиян.\n\nКак уточнили в ведомстве, в обратном "
        "направлении за те же выходные проследовали около 9 тысяч человек.\n"
    )
    candidates = read_article(article, "ru", PUBLISHED).candidates
    assert [c.figure.value for c in candidates] == [120000, 17000, 9000]
    assert {c.attributed_to.name for c in candidates if c.attributed_to} == {
        "финская погранслужба"
    }
    assert all(c.attributed_to for c in candidates)
    # "проследовали в обратном направлении": the other way over the same border.
    assert (candidates[2].origin, candidates[2].destination) == ("FIN", "RUS")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The border guard's spokeswoman said 200 people tried to cross from Belarus on "
               "Sunday."),
        ("en", "Some 300 migrants attempted to reach Italy last week."),
        ("ru", "За сутки 300 человек пытались незаконно пересечь границу с Польшей."),
        # The trying told before the people.
        ("ru", "С начала месяца из Белоруссии в Польшу незаконно пытались пройти 1250 "
               "мигрантов."),
        ("uk", "Від початку місяця з Білорусі до Польщі намагалися прорватися 1250 мігрантів."),
    ],
)  # fmt: skip
def test_people_who_only_tried_made_no_move(language, text):
    reading = read_article(text, language, PUBLISHED)
    assert not reading.candidates
    assert [left.reason for left in reading.left_out] == ["background"]


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        # Stopped, in the same clause or in a clause of its own.
        ("en", "Turkish police detained 200 migrants trying to cross into Greece.",
         "exit_refused"),
        ("uk", "На пункті пропуску «Шегині» двоє українців намагалися виїхати до Польщі з "
               "підробленими документами, їх не випустили.", "exit_refused"),
        # Stopped "at the attempt".
        ("ru", "Пятерых граждан России задержали при попытке незаконно покинуть страну.",
         "exit_refused"),
        ("uk", "Трьох чоловіків затримали під час спроби незаконно перетнути кордон.",
         "exit_refused"),
        ("uk", "П'ятьох громадян Росії затримали під час спроби незаконно залишити країну.",
         "exit_refused"),
        # Who tried once and got in, told after a comma.
        ("ru", "В Германию въехали 300 сирийцев, которые пытались попасть туда год назад.",
         "entered"),
    ],
)  # fmt: skip
def test_trying_with_an_outcome_is_the_outcome(language, text, metric):
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert candidate.metric == metric


def test_who_runs_an_agency_is_no_part_of_its_name():
    (candidate,) = read_article(
        "More than 500 Afghans were deported from Iran on Monday alone, the Taliban-run "
        "Bakhtar news agency reported.",
        "en",
        PUBLISHED,
    ).candidates
    assert candidate.carried_by is not None
    assert candidate.carried_by.name == "Bakhtar"


def test_people_turned_away_came_the_way_the_others_came_in():
    """ "в'їхали 37 осіб, ще сімох громадян України не впустили": the seven came from where the
    37 came from, not from Ukraine."""
    text = (
        "Через пункт пропуску «Жайсан» з Росії до Казахстану за тиждень в'їхали 370 осіб. "
        "«Лише за минулу добу в'їхали 37 осіб, ще сімох громадян України не впустили через "
        "недійсні документи», – додав він."
    )
    *_, refused = read_article(text, "uk", PUBLISHED).candidates
    assert (refused.metric, refused.origin, refused.destination, refused.citizenship) == (
        "entry_refused",
        "RUS",
        "KAZ",
        "UKR",
    )


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # The refusal told after the people's way in.
        ("ru", "За последние две недели во въезде в Польшу было отказано 58 гражданам Беларуси.",
         ("entry_refused", "BLR", "POL")),
        ("uk", "Від початку року у в'їзді до Казахстану було відмовлено 96 громадянам Росії.",
         ("entry_refused", "RUS", "KAZ")),
        # Kept in at a post: the post's other side is where they were going.
        ("ru", "Государственный пограничный комитет Беларуси сообщил, что в прошлом месяце не "
               "выпустил из страны через Козловичи 19 человек.", ("exit_refused", "BLR", "POL")),
    ],
)  # fmt: skip
def test_refusals_told_in_other_orders_and_at_posts(language, text, expected):
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert (candidate.metric, candidate.origin, candidate.destination) == expected


def test_a_post_named_for_the_figure_before_is_no_way_out_for_this_one():
    text = (
        "С 21 сентября в Грузию через КПП «Верхний Ларс» въехали более 53 тысяч граждан России, "
        "а покинули Грузию около 30 тысяч, сообщило МВД Грузии."
    )
    _, left = read_article(text, "ru", PUBLISHED).candidates
    assert (left.metric, left.origin, left.destination) == ("left", "GEO", None)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "On Saturday, immigration officers at Ninoy Aquino International Airport "
               "offloaded 17 passengers bound for Narita.", ("exit_refused", "PHL", "JPN")),
        # The trying told well after the people and what was done to them.
        ("uk", "Ще сімох чоловіків затримали учора вночі на березі Тиси в Берегівському районі, "
               "коли вони намагалися перепливти річку до Угорщини.",
         ("exit_refused", None, "HUN")),
    ],
)  # fmt: skip
def test_more_ways_of_being_stopped(language, text, expected):
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert (candidate.metric, candidate.origin, candidate.destination) == expected


def test_a_states_officers_turning_people_back_kept_them_out():
    """English "turned back", no one's citizens said: kept out of the officers' state."""
    (candidate,) = read_article(
        "Honduran officers turned back 214 people at Trojes last week.", "en", PUBLISHED
    ).candidates
    assert (candidate.metric, candidate.destination) == ("entry_refused", "HND")


def test_kept_in_on_the_direction_named_before():
    text = (
        "Через пункт пропуска «Куничина Гора» в Эстонию за неделю выехали 2 тысячи россиян.\n\n"
        "Кроме того, с начала октября российские пограничники не выпустили из страны на этом "
        "направлении не менее 27 человек, добавили в управлении."
    )
    _, kept = read_article(text, "ru", PUBLISHED).candidates
    assert (kept.metric, kept.origin, kept.destination) == ("exit_refused", "RUS", "EST")


def test_a_states_authorities_turning_people_back_kept_them_out() -> None:
    text = "Chadian authorities said they had turned back 120 armed men at the border."
    (found,) = read_article(text, "en", PUBLISHED).candidates
    assert (found.metric, found.destination) == ("entry_refused", "TCD")
