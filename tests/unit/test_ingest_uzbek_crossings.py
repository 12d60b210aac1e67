"""What a curator met in a report of Uzbeks crossing from Kazakhstan, in four languages: a figure
a border committee "called inflated" ("назвали завышенной", "завищеною", "асыра айтылған") is
denied, in its own sentence or the next; "in the opposite direction" turns the figure before's
way round and leaves unnamed the side it did not name, in Kazakh too ("қарсы бағытта").
Phrasings written for these tests (twenty-sixth session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

MAY_14 = date(2024, 5, 14)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "MP Olim Karimov said at least 10,000 people cross the border every day. The "
         "border committee called the figure inflated."),
        ("en", "MP Olim Karimov said at least 10,000 people cross the border every day, but the "
         "border committee said the figure was overstated."),
        ("ru", "Депутат Олим Каримов заявил, что в начале мая через границу ежедневно проходят "
         "«не меньше десяти тысяч человек», однако в погранкомитете эту цифру назвали "
         "завышенной."),
        ("ru", "Депутат Олим Каримов заявил, что через границу ежедневно проходят не меньше "
         "десяти тысяч человек. В погранкомитете эту цифру назвали сильно завышенной."),
        ("uk", "Депутат Олім Карімов заявив, що через кордон щодня проходять не менше десяти "
         "тисяч людей, однак у прикордонному комітеті цю цифру назвали завищеною."),
        ("kk", "Депутат Олим Каримов шекарадан күн сайын кемінде он мың адам өтеді деп "
         "мәлімдеді, алайда шекара комитеті бұл санды асыра айтылған деп атады."),
        ("kk", "Депутат Олим Каримов шекарадан күн сайын кемінде он мың адам өтеді деп "
         "мәлімдеді. Шекара комитеті бұл санды асыра айтылған деп атады."),
    ],
)  # fmt: skip
def test_a_figure_called_inflated_is_denied(language: str, text: str) -> None:
    reading = read_article(text, language, MAY_14)
    assert reading.candidates == ()
    assert [item.reason for item in reading.left_out] == ["denied"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Last week 3,240 Uzbek citizens entered Uzbekistan from Kazakhstan, the border "
         "committee said.\nIn the opposite direction, almost 4,000 Uzbeks crossed the border, "
         "according to the committee."),
        ("ru", "За минувшую неделю из Казахстана в Узбекистан въехали 3 240 граждан Узбекистана, "
         "сообщили в погранкомитете.\nВ обратном направлении, по данным погранкомитета, "
         "границу пересекли почти 4 тыс. узбекистанцев."),
        ("kk", "Өткен аптада Қазақстаннан Өзбекстанға 3 240 өзбекстандық кірді, деп хабарлады "
         "шекара комитеті.\nҚарсы бағытта шекарадан 4 мыңға жуық өзбекстандық өтті."),
    ],
)  # fmt: skip
def test_the_opposite_direction_turns_the_way_round(language: str, text: str) -> None:
    first, back = read_article(text, language, MAY_14).candidates
    assert (first.origin, first.destination) == ("KAZ", "UZB")
    assert (back.figure.value, back.origin, back.destination) == (4000, "UZB", "KAZ")
    assert (back.period_start, back.period_end) == (first.period_start, first.period_end)


def test_the_opposite_direction_leaves_the_unnamed_side_unnamed() -> None:
    text = (
        "Минулого тижня в Узбекистан в'їхали 3 240 громадян, повідомили в прикордонному "
        "комітеті.\nУ зворотному напрямку, за даними комітету, кордон перетнули майже 4 тис. "
        "узбекистанців."
    )
    first, back = read_article(text, "uk", MAY_14).candidates
    assert (first.origin, first.destination) == (None, "UZB")
    assert (back.origin, back.destination) == ("UZB", None)
