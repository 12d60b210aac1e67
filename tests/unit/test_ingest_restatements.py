"""Another source's count of the same move ("UNHCR put the figure at 7,000", "В УВКБ ООН
оценили их число в 7 тысяч") is proposed beside the first, with its own speaker, the same
move, countries and days, never added to it; and a sentence that opens with the number it
gives ("Число суданцев, прибывших в Чад, в УВКБ ООН оценили в 12 тысяч") counts what its
opening says, said by who gives it. Phrasings written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates, said_and_carried

DAY = date(2025, 3, 5)


@pytest.mark.parametrize(
    ("language", "text", "speakers"),
    [
        ("en", "The interior ministry said 5,000 Afghans were deported from Iran last week. "
         "UNHCR put the figure at 7,000.", ("Ministry of Internal Affairs", "UNHCR")),
        ("ru", "В МВД заявили, что за неделю из Ирана выслали 5 тысяч афганцев. В УВКБ ООН "
         "оценили их число в 7 тысяч.", ("МВД", "УВКБ ООН")),
        ("uk", "У МВС заявили, що за тиждень з Ірану вислали 5 тисяч афганців. В УВКБ ООН "
         "оцінили їхню кількість у 7 тисяч.", ("МВС", "УВКБ ООН")),
        ("kk", "ІІМ мәліметінше, бір аптада Ираннан 5 мың ауғандық депортацияланды. БҰҰ БЖКБ "
         "олардың санын 7 мың деп бағалады.", ("ІІМ", "БҰҰ БЖКБ")),
    ],
)  # fmt: skip
def test_another_sources_count_is_proposed_beside_the_first(
    language: str, text: str, speakers: tuple[str, str]
) -> None:
    first, second = read_candidates(language, DAY, text)
    assert (first.figure.value, second.figure.value) == (5000, 7000)
    same = ("metric", "origin", "destination", "citizenship", "period_start", "period_end")
    assert [getattr(second, key) for key in same] == [getattr(first, key) for key in same]
    assert first.metric == "deported"
    assert (said_and_carried(first)[0], said_and_carried(second)[0]) == speakers


@pytest.mark.parametrize(
    "text",
    [
        # "Their number": of the workers who are in Kuwait, no move.
        "Last week 58 Filipino workers flew home from Kuwait, the ministry said. Women make up "
        "about 65 per cent of Filipino workers in Kuwait. The Department of Migrant Workers "
        "puts their number at roughly 268,000.",
        # A figure of another paragraph is not what a new one gives again.
        "Iran deported 5,000 Afghans last week, the ministry said.\n\nThe agency put the figure "
        "at 7,000.",
    ],
)
def test_no_count_is_given_again_across_a_paragraph_or_of_people_who_stay(text: str) -> None:
    assert len(read_candidates("en", DAY, text)) == 1


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("ru", "Число суданцев, пересекших границу с Чадом в феврале, в УВКБ ООН оценили в 12 "
         "тысяч.", "УВКБ ООН"),
        ("uk", "Кількість суданців, які перетнули кордон із Чадом у лютому, в УВКБ ООН оцінили "
         "у 12 тисяч.", "УВКБ ООН"),
        ("kk", "Ақпанда Чадқа өткен судандықтардың санын БҰҰ БЖКБ 12 мың деп бағалады.",
         "БҰҰ БЖКБ"),
        ("en", "UNHCR estimated the number of Sudanese who crossed into Chad in February at "
         "12,000.", "UNHCR"),
    ],
)  # fmt: skip
def test_a_number_given_after_what_it_counts(language: str, text: str, speaker: str) -> None:
    (candidate,) = read_candidates(language, DAY, text)
    assert (candidate.metric, candidate.figure.value) == ("entered", 12000)
    assert (candidate.origin, candidate.destination) == ("SDN", "TCD")
    assert (str(candidate.period_start), str(candidate.period_end)) == ("2025-02-01", "2025-02-28")
    assert said_and_carried(candidate)[0] == speaker


@pytest.mark.parametrize(
    ("language", "text", "speakers"),
    [
        ("en", "The ministry said 5,000 Afghans were deported from Iran last week, while UNHCR "
         "said 7,000 were.", ("The ministry", "UNHCR")),
        ("en", "Iran deported 5,000 Afghans last week, according to the ministry, but UNHCR said "
         "the figure was 7,000.", ("the ministry", "UNHCR")),
        ("en", "Iran deported 5,000 Afghans last week, according to the ministry; UNHCR put the "
         "figure at 7,000.", ("the ministry", "UNHCR")),
        ("ru", "По данным МВД, за неделю из Ирана выслали 5 тысяч афганцев, а по данным УВКБ "
         "ООН — 7 тысяч.", ("МВД", "УВКБ ООН")),
        ("uk", "За даними МВС, за тиждень з Ірану вислали 5 тисяч афганців, а за даними УВКБ "
         "ООН — 7 тисяч.", ("МВС", "УВКБ ООН")),
        ("kk", "ІІМ мәліметінше, бір аптада Ираннан 5 мың ауғандық депортацияланды, ал БҰҰ "
         "БЖКБ мәліметінше — 7 мың.", ("ІІМ", "БҰҰ БЖКБ")),
    ],
)  # fmt: skip
def test_a_second_source_in_the_same_sentence_keeps_its_own_figure(
    language: str, text: str, speakers: tuple[str, str]
) -> None:
    first, second = read_candidates(language, DAY, text)
    assert (first.metric, first.figure.value, second.metric, second.figure.value) == (
        "deported", 5000, "deported", 7000,
    )  # fmt: skip
    assert (first.origin, first.period_start) == (second.origin, second.period_start)
    assert (said_and_carried(first)[0], said_and_carried(second)[0]) == speakers


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("en", "Some 5,000 people crossed into Poland last week, while 7,000 left, the border "
         "guard said.", "the border guard"),
        ("uk", "За тиждень до Польщі в'їхали 5 тисяч людей, а виїхали 7 тисяч, повідомили "
         "прикордонники.", "прикордонники"),
    ],
)  # fmt: skip
def test_one_source_after_both_figures_gives_both(language: str, text: str, speaker: str) -> None:
    candidates = read_candidates(language, DAY, text)
    assert [said_and_carried(candidate)[0] for candidate in candidates] == [speaker, speaker]


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        ("The UN refugee agency put the September figure at 1,262.", "UN refugee agency"),
        ("The county government gave a higher figure of 1,262.", "county government"),
        ("The International Organization for Migration put September arrivals at 1,262.",
         "International Organization for Migration"),
    ],
)  # fmt: skip
def test_who_puts_or_gives_another_figure_said_it(second: str, speaker: str) -> None:
    text = "The coast guard said 1,180 migrants reached Lesbos from Turkey in September. " + second
    first, other = read_candidates("en", DAY, text)
    assert (first.figure.value, other.figure.value) == (1180, 1262)
    assert speaker in (said_and_carried(other)[0] or "")


def test_a_body_that_counted_before_the_second_sources_turn_keeps_its_figure() -> None:
    text = (
        "Panama's National Migration Service recorded 3,240 entries from Costa Rica in March, "
        "while the International Organization for Migration put the figure at about 3,000."
    )
    first, second = read_candidates("en", DAY, text)
    assert (first.figure.value, second.figure.value) == (3240, 3000)
    assert (said_and_carried(first)[0], said_and_carried(second)[0]) == (
        "Panama's National Migration Service",
        "International Organization for Migration",
    )
