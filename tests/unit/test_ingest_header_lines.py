"""Header lines as news sites write them, each above a short story: the publisher, the day,
the author and the address read from it. One line per way of writing a header; a line that
names a place or a section beside the date gives no publisher."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from bot.ingest.header import read_header


def tz(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


STORY = {
    "en": "Border guards said more than 5,000 people crossed into Kazakhstan from Russia on "
    "Monday, according to the ministry of internal affairs.",
    "ru": "Более 5 тысяч человек пересекли границу Казахстана в понедельник, сообщили в "
    "министерстве внутренних дел.",
    "uk": "Понад 5 тисяч людей перетнули кордон Казахстану в понеділок, повідомили в "
    "міністерстві внутрішніх справ.",
    "kk": "Дүйсенбі күні Қазақстан шекарасынан 5 мыңнан астам адам өтті, деп хабарлады ішкі "
    "істер министрлігі.",
}
HEADLINE = {
    "en": "Thousands cross the border after the announcement",
    "ru": "Тысячи пересекли границу после объявления",
    "uk": "Тисячі перетнули кордон після оголошення",
    "kk": "Хабарламадан кейін мыңдаған адам шекарадан өтті",
}

# (language, the header's lines, publisher, published_at, author, url)
LINES = [
    ("en", "Source: Reuters, 5 October 2022", "Reuters", date(2022, 10, 5), None, None),
    (
        "en",
        "By Jane Doe | The Diplomat | October 5, 2022",
        "The Diplomat",
        date(2022, 10, 5),
        "Jane Doe",
        None,
    ),
    ("en", "Published 05/10/2022 14:30", None, date(2022, 10, 5), None, None),
    ("ru", "Zakon.kz / 09.04.2024", "Zakon.kz", date(2024, 4, 9), None, None),
    ("en", "Posted on 2022-10-05 by Admin", None, date(2022, 10, 5), None, None),
    ("en", "October 5, 2022 | 10:14 am", None, date(2022, 10, 5), None, None),
    ("en", "5 October 2022, 10:14 | Eurasianet", "Eurasianet", date(2022, 10, 5), None, None),
    ("en", "Eurasianet — 5 Oct 2022", "Eurasianet", date(2022, 10, 5), None, None),
    ("ru", "05.10.2022, 14:30 — Интерфакс", "Интерфакс", date(2022, 10, 5), None, None),
    (
        "ru",
        "Опубликовано: 5 октября 2022, 14:30 | Автор: Иван Петров",
        None,
        date(2022, 10, 5),
        "Иван Петров",
        None,
    ),
    ("ru", "Радио Азаттык, 05.10.2022", "Радио Азаттык", date(2022, 10, 5), None, None),
    ("uk", "Дата публікації: 05.10.2022", None, date(2022, 10, 5), None, None),
    (
        "uk",
        "Українська правда, середа, 5 жовтня 2022, 10:23",
        "Українська правда",
        date(2022, 10, 5),
        None,
        None,
    ),
    ("kk", "Жарияланды: 05.10.2022 10:14", None, date(2022, 10, 5), None, None),
    ("kk", "Kazinform | 2022 жылғы 5 қазан", "Kazinform", date(2022, 10, 5), None, None),
    ("en", "Updated Oct 5, 2022", None, date(2022, 10, 5), None, None),
    (
        "en",
        "Wed 5 Oct 2022 10.14 BST",
        None,
        datetime(2022, 10, 5, 10, 14, tzinfo=tz(1)),
        None,
        None,
    ),
    (
        "en",
        "5 October 2022 | Reuters | By John Smith",
        "Reuters",
        date(2022, 10, 5),
        "John Smith",
        None,
    ),
    ("en", "The Moscow Times, Oct. 5, 2022", "The Moscow Times", date(2022, 10, 5), None, None),
    (
        "en",
        "Nusantara Post | Updated December 11, 2023, 09:40 WIB",
        "Nusantara Post",
        datetime(2023, 12, 11, 9, 40, tzinfo=tz(7)),
        None,
        None,
    ),
    (
        "kk",
        "Zakon.kz / 09.04.2024 / https://www.zakon.kz/kk/x.html",
        "Zakon.kz",
        date(2024, 4, 9),
        None,
        "https://www.zakon.kz/kk/x.html",
    ),
    ("kk", "QAZAQ TIMES — 27.03.2024", "Qazaq Times", date(2024, 3, 27), None, None),
    ("ru", "«Азия-Плюс», Душанбе, 2 декабря 2024 г.", "Азия-Плюс", date(2024, 12, 2), None, None),
    (
        "uk",
        "Волинь Post, 23 грудня 2024. Текст: Ірина Шевчук",
        "Волинь Post",
        date(2024, 12, 23),
        "Ірина Шевчук",
        None,
    ),
    (
        "kk",
        "Кишинёв. 20 желтоқсан 2023. Kazinform тілшісі",
        "Kazinform",
        date(2023, 12, 20),
        None,
        None,
    ),
    ("en", "Published: 14/03/2019 | Kombo Times", "Kombo Times", date(2019, 3, 14), None, None),
    ("en", "Kombo Times | 14 March 2019", "Kombo Times", date(2019, 3, 14), None, None),
    (
        "en",
        "THE ASTANA TIMES | OCTOBER 5, 2022",
        "The Astana Times",
        date(2022, 10, 5),
        None,
        None,
    ),
    ("ru", "Фергана.Ру, 5 октября 2022 года", "Фергана.Ру", date(2022, 10, 5), None, None),
    ("ru", "Источник: РИА Новости, 5 октября 2022", "РИА Новости", date(2022, 10, 5), None, None),
    (
        "uk",
        "Джерело: «Суспільне», 15 квітня 2024 року",
        "Суспільне",
        date(2024, 4, 15),
        None,
        None,
    ),
    ("kk", "Дереккөз: Kazinform, 2022 жылғы 5 қазан", "Kazinform", date(2022, 10, 5), None, None),
    ("en", "Source: The Guardian (5 October 2022)", "The Guardian", date(2022, 10, 5), None, None),
    ("en", "Reuters, Oct 5 2022", "Reuters", date(2022, 10, 5), None, None),
    ("en", "By Jane Doe, Reuters\n5 October 2022", "Reuters", date(2022, 10, 5), "Jane Doe", None),
    ("uk", "05 жовтня 2022 р.", None, date(2022, 10, 5), None, None),
    ("kk", "05.10.2022 | Азаттық радиосы", "Азаттық радиосы", date(2022, 10, 5), None, None),
    (
        "en",
        "2022-10-05T14:30:00+03:00 | Eurasianet",
        "Eurasianet",
        datetime(2022, 10, 5, 14, 30, tzinfo=tz(3)),
        None,
        None,
    ),
    ("en", "Eurasianet, 2022-10-05", "Eurasianet", date(2022, 10, 5), None, None),
    ("en", "Tuesday 4 October 2022 | Almaty", None, date(2022, 10, 4), None, None),
    ("en", "Oct 4, 2022 — Eurasianet", "Eurasianet", date(2022, 10, 4), None, None),
    (
        "ru",
        "Среда, 5 октября 2022 | Вечерний Бишкек",
        "Вечерний Бишкек",
        date(2022, 10, 5),
        None,
        None,
    ),
    (
        "ru",
        "Новости | 05.10.2022 | Вечерний Бишкек",
        "Вечерний Бишкек",
        date(2022, 10, 5),
        None,
        None,
    ),
    ("uk", "5.10.2022 • Радіо Свобода", "Радіо Свобода", date(2022, 10, 5), None, None),
    ("kk", "05.10.2022 • Tengrinews.kz", "Tengrinews.kz", date(2022, 10, 5), None, None),
    (
        "en",
        "First published on 5 October 2022 by Eurasianet",
        "Eurasianet",
        date(2022, 10, 5),
        None,
        None,
    ),
    (
        "en",
        "Published by Eurasianet on 5 October 2022",
        "Eurasianet",
        date(2022, 10, 5),
        None,
        None,
    ),
    (
        "uk",
        "Укрінформ, 21.05.2024 12:45. Марія Гнатюк",
        "Укрінформ",
        date(2024, 5, 21),
        "Марія Гнатюк",
        None,
    ),
    (
        "kk",
        "Өлгий – Астана. «Egemen Qazaqstan», 22.10.2024",
        "Egemen Qazaqstan",
        date(2024, 10, 22),
        None,
        None,
    ),
    ("ru", "МОСКВА, 5 октября. /ТАСС/.", "ТАСС", None, None, None),
    (
        "kk",
        "НҰР-СҰЛТАН. 14 мамыр 2022. «Дала ақпарат» –",
        "Дала ақпарат",
        date(2022, 5, 14),
        None,
        None,
    ),
    (
        "ru",
        "Бишкек, 22 марта 2023 г. — «Ала-Тоо Пресс»",
        "Ала-Тоо Пресс",
        date(2023, 3, 22),
        None,
        None,
    ),
    (
        "ru",
        "Алматы. 5 октября 2022. Корреспондент Kazinform",
        "Kazinform",
        date(2022, 10, 5),
        None,
        None,
    ),
    ("en", "Published 03/14/2019", None, date(2019, 3, 14), None, None),
    # A story that opens with its place and day: the day is the story's.
    (
        "en",
        "Almaty, 5 October 2022. Border guards said 300 people crossed.",
        None,
        date(2022, 10, 5),
        None,
        None,
    ),
    ("en", "On 5 October 2022. Police said", None, None, None, None),
    ("ru", "Алматы, 5 октября 2022. Пограничники сообщили.", None, date(2022, 10, 5), None, None),
    ("en", "Posted by Jane Doe on 5 October 2022", None, date(2022, 10, 5), "Jane Doe", None),
    ("en", "Reuters / Almaty", None, None, None, None),
    ("ru", "Астана. «Ертіс таңы» сообщает", None, None, None, None),
    ("ru", "Алматы, 5 октября 2022", None, date(2022, 10, 5), None, None),
    ("en", "Kazakhstan, 5 October 2022", None, date(2022, 10, 5), None, None),
    ("ru", "«Бишкек», 5 октября 2022", "Бишкек", date(2022, 10, 5), None, None),
    # A dateline with its date after the agency's dash, or its quoted paper opening the story.
    ("en", "LAGOS (Lagoon TV) — October 22, 2021", "Lagoon TV", date(2021, 10, 22), None, None),
    ("uk", "Мадрид, 16 вересня 2025 — ЄвроІнфо.", "ЄвроІнфо", date(2025, 9, 16), None, None),
    (
        "ru",
        "КИШИНЕВ, 6 октября 2021 года. «Кишиневский обозреватель». С января по сентябрь "
        "граждане Республики Молдова подали 47 812 заявлений.",
        "Кишиневский обозреватель",
        date(2021, 10, 6),
        None,
        None,
    ),
    (
        "kk",
        "Жаркент, 20 тамыз 2024 жыл. «Жаркент жаршысы». Жетісу облысы бойынша ҰҚК Шекара "
        "қызметі департаментінің мәліметінше, жыл басынан бері 150 мыңнан астам ҚХР азаматы "
        "кірген.",
        "Жаркент жаршысы",
        date(2024, 8, 20),
        None,
        None,
    ),
    (
        "kk",
        "ШЫМКЕНТ – «Шымкент келбеті» тілшісі. Қала әкімдігінің туризм басқармасының басшысы "
        "Дәулет Жақыпов хабарлады.",
        "Шымкент келбеті",
        None,
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("language", "lines", "publisher", "published_at", "author", "url"),
    LINES,
    ids=[f"{row[0]}-{row[1][:40]}" for row in LINES],
)
def test_a_header_line_gives_the_document(language, lines, publisher, published_at, author, url):
    text = f"{HEADLINE[language]}\n\n{lines}\n\n{STORY[language]}"
    header = read_header(text, language)
    assert (header.publisher, header.published_at, header.author, header.url) == (
        publisher,
        published_at,
        author,
        url,
    )
    # A story's first sentence is no header line: the headline stays the title.
    assert header.title == HEADLINE[language]
