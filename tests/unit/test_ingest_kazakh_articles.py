"""Short Kazakh articles written here (figures invented): people listed before one verb,
ethnic Kazakhs coming home, asylum abroad, and the head of one body after the chair of
another."""

from __future__ import annotations

from datetime import date

from bot.ingest.reading import Candidate, read_article

PUBLISHED = date(2024, 5, 15)
ARTICLE = (
    "ҚР ІІМ Көші-қон қызметі комитетінің мәліметінше, 2024 жылдың басынан бері елге 12 "
    "мыңнан астам қандас көшіп келген.\n\n"
    "Бұл туралы комитет төрағасы Айбек Смадияров брифингте мәлімдеді.\n\n"
    "«Соңғы үш күнде Жаркент арқылы 600-ден аса адам өтті», – деді Алматы облысы бойынша "
    "Шекара басқармасының бастығы.\n\n"
    "Еуропалық одақ елдеріне былтыр 40 мыңдай қазақстандық баспана сұрап өтініш берген, деп "
    "хабарлайды Eurostat.\n\n"
    "Тамыз айында Түркиядан елге 318 азаматымыз эвакуацияланды.\n\n"
    "ҚР СІМ дерегінше, Ливаннан 54 қазақстандық пен 4 Қырғызстан азаматы эвакуацияланды.\n"
)


def _by_value() -> dict[int, Candidate]:
    return {c.figure.value: c for c in read_article(ARTICLE, "kk", PUBLISHED).candidates}


def test_people_listed_before_one_verb_share_it():
    found = _by_value()
    home, others = found[54], found[4]
    assert (home.metric, home.origin, home.destination) == ("returned", "LBN", "KAZ")
    assert (others.metric, others.origin, others.citizenship) == ("left", "LBN", "KGZ")


def test_ethnic_kazakhs_come_home_from_no_country_the_article_names():
    kandas = _by_value()[12000]
    assert (kandas.metric, kandas.origin, kandas.destination) == ("returned", None, "KAZ")


def test_asylum_asked_abroad_is_asked_of_no_country_of_their_own():
    asylum = _by_value()[40000]
    assert (asylum.metric, asylum.citizenship, asylum.destination) == (
        "asylum_applications",
        "KAZ",
        None,
    )


def test_the_head_of_another_body_is_not_the_chair_named_before():
    crossed = _by_value()[600]
    assert crossed.attributed_to is not None
    assert crossed.attributed_to.name != "Айбек Смадияров"
    assert "Шекара басқармасы" in crossed.attributed_to.name
