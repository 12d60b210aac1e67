"""What a curator met in a Russian interior ministry's count of expulsions: the breakdown by
nationality in the next paragraph ("Большинство выдворенных — граждане Узбекистана (около 19
тыс.), ...") and "Еще около 3 тыс." after it keep the count's months and its speaker, whom the
headline's "МВД:" is no second source beside; a day inside an aside with a verb ("В январе —
марте, как сообщила во вторник пресс-служба, ...") is when it was said, not the figure's.
Phrasings written for these tests (twenty-sixth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

NOVEMBER_20 = date(2025, 11, 20)
JANUARY_TO_OCTOBER = (date(2025, 1, 1), date(2025, 10, 31))

EXPULSIONS = (
    "МВД: с начала года из России выдворены свыше 50 тысяч мигрантов\n\n"
    "Москва, 20 ноября. С января по октябрь 2025 года из России были выдворены и депортированы "
    "51,3 тыс. иностранцев, сообщила официальный представитель МВД Ирина Волк. Это на 18% больше, "
    "чем за аналогичный период прошлого года.\n\n"
    "Большинство выдворенных — граждане Узбекистана (около 19 тыс.), Таджикистана (12,4 тыс.) и "
    "Киргизии (6,1 тыс.). Еще около 3 тыс. человек покинули страну добровольно после решения "
    "суда.\n"
)


def test_a_breakdown_in_the_next_paragraph_keeps_the_counts_months_and_speaker() -> None:
    candidates = read_article(EXPULSIONS, "ru", NOVEMBER_20).candidates
    assert [c.figure.value for c in candidates] == [51300, 19000, 12400, 6100, 3000]
    assert [c.destination for c in candidates[1:4]] == ["UZB", "TJK", "KGZ"]
    for candidate in candidates:
        assert (candidate.period_start, candidate.period_end) == JANUARY_TO_OCTOBER
        assert candidate.attributed_to is not None
        assert candidate.attributed_to.name == "Ирина Волк"


@pytest.mark.parametrize(
    ("language", "text", "period"),
    [
        ("ru", "В январе — марте, как сообщила во вторник пресс-служба министерства, из "
         "Таджикистана выехали 96 тыс. 400 граждан страны.",
         (date(2025, 1, 1), date(2025, 3, 31))),
        ("uk", "У січні — березні, як повідомила у вівторок пресслужба міністерства, з "
         "Таджикистану виїхали 96 тис. 400 громадян.", (date(2025, 1, 1), date(2025, 3, 31))),
        ("ru", "Во вторник, как сообщила пресс-служба, из Таджикистана выехали 400 граждан.",
         (date(2025, 4, 15), date(2025, 4, 15))),
    ],
)  # fmt: skip
def test_a_day_in_an_aside_with_a_verb_is_when_it_was_said(
    language: str, text: str, period: tuple[date, date]
) -> None:
    (candidate,) = read_article(text, language, date(2025, 4, 16)).candidates
    assert (candidate.period_start, candidate.period_end) == period


def test_the_largest_part_is_of_this_years_count_not_last_years() -> None:
    text = (
        "В январе — марте, как сообщила во вторник пресс-служба министерства, из Таджикистана "
        "на заработки за рубеж выехали 96 тыс. 400 граждан страны. За тот же период прошлого "
        "года страну покинули 121 тыс. 800 трудовых мигрантов.\n\n"
        "Большинство, как и прежде, направились в Россию — 81 тыс. 700 человек."
    )
    now, before, most = read_article(text, "ru", date(2025, 4, 16)).candidates
    assert (before.period_start, before.period_end) == (date(2024, 1, 1), date(2024, 3, 31))
    assert (most.figure.value, most.destination) == (81700, "RUS")
    assert (most.period_start, most.period_end) == (now.period_start, now.period_end)
