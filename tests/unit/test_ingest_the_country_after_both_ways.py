""" "The country" after a figure of crossings both ways ("через «Верхний Ларс» проходит до 10
тысяч человек ... не пропустили в страну 18 граждан России") is the side the article is
about, not whichever side the crossings named last. Phrasing written for this test
(twenty-fourth session)."""

from __future__ import annotations

from datetime import date

from bot.ingest.reading import read_article

TEXT = """В Грузию за неделю въехали почти 60 тысяч россиян

С 21 по 27 сентября в Грузию въехали почти 60 тысяч граждан России, сообщили в МВД Грузии. \
Выехали из страны за тот же период около 23 тысяч россиян.

Глава МВД Вахтанг Гомелаури заявил журналистам, что в среднем в сутки через КПП «Верхний \
Ларс» проходит до 10 тысяч человек. По его словам, 27 сентября пограничники не пропустили в \
страну 18 граждан России."""


def test_refused_into_the_country_the_article_is_about() -> None:
    candidates = read_article(TEXT, "ru", date(2022, 9, 30)).candidates
    refused = [c for c in candidates if c.metric == "entry_refused"]
    assert [(c.figure.value, c.origin, c.destination) for c in refused] == [(18, "RUS", "GEO")]
