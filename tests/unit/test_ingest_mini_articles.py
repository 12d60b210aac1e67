"""Sentences of the fourteenth session's short news items (written by helpers who never read
the rules; figures invented), each read wrong before: a people in the plural before "for", the
way back across a border, crossings prevented, "the same force", an outlet quoting someone
after naming them, and an outlet told between the verb and the speaker or after the speaker."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import Candidate, read_article


def _only(language: str, published: date, text: str) -> Candidate:
    candidates = read_article("Headline\n\n" + text, language, published).candidates
    assert len(candidates) == 1, [c.figure for c in candidates]
    return candidates[0]


def _fields(candidate: Candidate) -> tuple[object, ...]:
    return (
        candidate.metric,
        candidate.figure.qualifier,
        candidate.figure.value,
        candidate.origin,
        candidate.destination,
        candidate.citizenship,
    )


@pytest.mark.parametrize(
    ("language", "published", "text", "expected"),
    [
        (
            "en",
            date(2023, 6, 12),
            "Kuwait deported around 400 Filipinos for visa violations in May, the department "
            "said.",
            ("deported", "about", 400, "KWT", "PHL", "PHL"),
        ),
        (
            "en",
            date(2024, 12, 25),
            "On Tuesday alone, 1,957 people crossed back into Syria at the Cilvegözü gate, "
            "Interior Minister Ali Yerlikaya wrote on X.",
            ("returned", "exact", 1957, "TUR", "SYR", None),
        ),
        (
            "en",
            date(2023, 7, 11),
            "Since the start of the year, Polish guards have prevented roughly 13,500 illegal "
            "crossings from Belarus, spokeswoman Anna Michalska said.",
            ("entry_refused", "about", 13500, "BLR", "POL", None),
        ),
        (
            "en",
            date(2023, 7, 11),
            "Greek police prevented 900 migrants from crossing from Turkey.",
            ("entry_refused", "exact", 900, "TUR", "GRC", None),
        ),
        (
            "en",
            date(2023, 10, 3),
            "Tunisia's National Guard said it had prevented more than two thousand migrants "
            "from setting off for Italy last week.",
            ("exit_refused", "more_than", 2000, "TUN", "ITA", None),
        ),
        (
            "en",
            date(2022, 8, 23),
            "A Home Office spokesperson said French officers had stopped 17,000 people from "
            "making the journey this year.",
            ("exit_refused", "exact", 17000, "FRA", None, None),
        ),
        (
            "ru",
            date(2024, 8, 29),
            "В прошлом месяце греческие пограничники предотвратили незаконный въезд в страну "
            "со стороны Турции более 4 тыс. мигрантов, заявил министр Никос Пападопулос.",
            ("entry_refused", "more_than", 4000, None, "GRC", None),
        ),
        (
            "ru",
            date(2025, 3, 31),
            "«За эти дни к нам въехали едва ли не 60 тысяч иранцев», — заявил губернатор "
            "провинции Агры Мехмет Четин.",
            ("entered", "almost", 60000, "IRN", None, "IRN"),
        ),
    ],
)
def test_the_figure_counts_what_the_sentence_says(
    language: str, published: date, text: str, expected: tuple[object, ...]
) -> None:
    assert _fields(_only(language, published, text)) == expected


def _speaker_and_outlet(candidate: Candidate) -> tuple[str | None, str | None]:
    said = candidate.attributed_to.name if candidate.attributed_to else None
    carried = candidate.carried_by.name if candidate.carried_by else None
    return said, carried


@pytest.mark.parametrize(
    ("language", "published", "text", "expected"),
    [
        (
            "ru",
            date(2025, 3, 31),
            "«За эти дни к нам въехали едва ли не 60 тысяч иранцев, отели переполнены», — "
            "цитирует губернатора провинции Агры Мехмета Четина агентство ДХА.",
            ("Мехмет Четин", "ДХА"),
        ),
        (
            "uk",
            date(2025, 3, 31),
            "«Вчора до Грузії в'їхали 5 тисяч росіян», — цитує речника прикордонної служби "
            "Левана Беридзе агентство Інтерпресньюз.",
            ("Леван Беридзе", "Інтерпресньюз"),
        ),
        (
            "ru",
            date(2024, 11, 29),
            "В четверг через КПП «Дждейдет-Ябус» из Ливана в Сирию перешли больше 6 тысяч "
            "человек, сообщил агентству САНА директор пограничного пункта Хусам Мансур.",
            ("Хусам Мансур", "САНА"),
        ),
        (
            "ru",
            date(2025, 12, 2),
            "За ноябрь ЮАР выслала через КПП «Бейтбридж» 2 400 зимбабвийцев, сообщил изданию "
            "News24 представитель Министерства внутренних дел Сипо Мабаса.",
            ("Сипо Мабаса", "News24"),
        ),
        (
            "uk",
            date(2024, 7, 9),
            "З початку року Державна міграційна служба примусово видворила з України 312 "
            "іноземців, розповіла голова ДМС Наталія Гриценко «Укрінформу».",
            ("Наталія Гриценко", "Укрінформ"),
        ),
        (
            "en",
            date(2023, 9, 11),
            "The Federal Police counted 61,500 crossings at Pacaraima in July, the police said. "
            "The same force recorded 58,000 crossings in both directions there in August.",
            ("Federal Police", None),
        ),
        (
            "ru",
            date(2025, 5, 20),
            "С 1 по 15 мая из Ливии вывезены более тысячи нигерийцев, сообщила Международная "
            "организация по миграции (МОМ). По данным той же организации, за эти две недели "
            "власти Западной Ливии выслали не менее 300 нигерийцев.",
            ("Международная организация по миграции", None),
        ),
    ],
)
def test_the_speaker_and_the_outlet_that_carried_them(
    language: str, published: date, text: str, expected: tuple[str | None, str | None]
) -> None:
    candidates = read_article("Headline\n\n" + text, language, published).candidates
    assert _speaker_and_outlet(candidates[-1]) == expected
