"""An article as the curator sends it: text tidied, documents decoded, HTML stripped, bad input
refused with its message, and the header (publisher, title, author, date, URL) read from the text.

The tuning articles of tests/data/ingest are read for their headers; the held-out ones never are.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.ingest.article import (
    MAX_ARTICLE_BYTES,
    ArticleRefused,
    article_text,
    clean_text,
    html_article,
    read_article,
)
from bot.ingest.header import Header, post_title, read_date, read_header

DATA = Path(__file__).parents[1] / "data" / "ingest"
SEED = DATA / "seed" / "000_b9c6cbd2aa7b0dca.txt"
TUNING = sorted(
    path
    for path in DATA.glob("*.json")
    if json.loads(path.read_text("utf-8"))["split"] == "tuning"
)
FIELDS = ("publisher", "title", "author", "published_at", "url")

EMPTY = "the article is empty: paste its text, or send it as a .txt or .html file"
TOO_LONG = "the article is {size} KB; the limit is {limit} KB"
TOO_BIG = "the file is {size} KB; the limit is {limit} KB"
PDF = "that is a PDF, not text: paste the article, or send a .txt or .html file"
IMAGE = "that is an image, not text: paste the article, or send a .txt or .html file"
ARCHIVE = (
    "that is an archive or an office document, not text: paste the article, or send a "
    ".txt or .html file"
)
BINARY = "that file is binary, not text: paste the article, or send a .txt or .html file"
ENCODING = "the file is not UTF-8, UTF-16 or Windows-1251 text: save it as UTF-8 and resend"
NO_TEXT = "the page holds no article text once its scripts, styles and menus are dropped"

REFUSED_DOCUMENTS = [
    ("empty file", b"", None, EMPTY, {}),
    ("white space only", " \n\t\u00a0\u200b\u3000 ".encode(), None, EMPTY, {}),
    ("1 MB of text", b"word " * 200_000, "a.txt", TOO_LONG, {"size": 1000, "limit": 200}),
    ("just over the limit", b"x" * (MAX_ARTICLE_BYTES + 1), None, TOO_LONG, {"size": 201}),
    ("a 3 MB file", b"x" * 3_000_000, "page.html", TOO_BIG, {"size": 3000, "limit": 2000}),
    ("PDF", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "article.pdf", PDF, {}),
    ("PDF named .txt", b"%PDF-1.4\n", "article.txt", PDF, {}),
    ("PNG", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None, IMAGE, {}),
    ("JPEG", b"\xff\xd8\xff\xe0\x00\x10JFIF", "photo.jpg", IMAGE, {}),
    ("GIF", b"GIF89a\x01\x00\x01\x00", None, IMAGE, {}),
    ("zip", b"PK\x03\x04\x14\x00\x00\x00", "article.zip", ARCHIVE, {}),
    ("docx, a zip", b"PK\x03\x04\x14\x00\x06\x00", "article.docx", ARCHIVE, {}),
    ("gzip", b"\x1f\x8b\x08\x00\x00\x00", None, ARCHIVE, {}),
    ("old Word document", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a.doc", ARCHIVE, {}),
    ("NUL bytes", b"ELF\x02\x01\x01\x00\x00\x00 text", None, BINARY, {}),
    ("UTF-16 without its mark", "Russia".encode("utf-16-le"), None, BINARY, {}),
    ("control characters", bytes(range(1, 9)) * 20 + b"text", None, BINARY, {}),
    ("Latin-1, not Cyrillic", "Café, déjà vu, Größe".encode("latin-1"), "a.txt", ENCODING, {}),
    ("HTML with only scripts", b"<html><script>alert(1)</script><style>p{}</style></html>",
     "a.html", NO_TEXT, {}),
    ("HTML of menus only", b"<body><nav><a href='/'>Home</a></nav><form>Search</form></body>",
     "a.htm", NO_TEXT, {}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("data", "file_name", "message", "values"),
    [pytest.param(*row[1:], id=row[0]) for row in REFUSED_DOCUMENTS],
)
def test_bad_documents_are_refused_with_their_message(data, file_name, message, values):
    with pytest.raises(ArticleRefused) as refused:
        article_text(data, file_name=file_name)
    assert refused.value.phrase.message == message
    assert {name: refused.value.phrase.params[name] for name in values} == values
    assert str(refused.value) == str(refused.value.phrase)
    assert "{" not in str(refused.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [("", EMPTY), ("\n \t\r\n\u200b\u2060\ufeff", EMPTY), ("ы" * 100_001, TOO_LONG)],
    ids=["empty", "invisible only", "200 KB of Cyrillic is more in UTF-8"],
)
def test_bad_pasted_text_is_refused(text, message):
    with pytest.raises(ArticleRefused) as refused:
        clean_text(text)
    assert refused.value.phrase.message == message


CLEANED = [
    ("line ends", "one\r\ntwo\rthree\u2028four\u2029five\x85six",
     "one\ntwo\nthree\nfour\nfive\nsix"),
    ("no-break spaces", "200\u00a0000 and 1\u202f303\u2009000", "200 000 and 1 303 000"),
    ("zero-width, soft hyphens", "Ka\u200bzakh\u00adstan\u200d \ufeffRussia", "Kazakhstan Russia"),
    ("direction marks", "\u202eevil\u202c \u200fRTL\u200e", "evil RTL"),
    ("control characters", "bell\x07 and\x00 escape\x1b[0m", "bell and escape[0m"),
    # Spaces and blank lines stay, so offsets point into the text as pasted.
    ("blank lines kept", "\n\n  Title  \n\n\n\n\nBody\t \n", "\n\n  Title  \n\n\n\n\nBody\t \n"),
    ("tabs and indents kept", "  • item\n\tcell", "  • item\n\tcell"),
    ("decomposed letters", "и\u0306 е\u0308 ı", "й ё ı"),
    ("a script stays text", "<script>alert(1)</script> &amp;", "<script>alert(1)</script> &amp;"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "expected"), [row[1:] for row in CLEANED], ids=[r[0] for r in CLEANED]
)
def test_clean_text_tidies_and_is_stable(raw, expected):
    assert clean_text(raw) == expected
    assert clean_text(expected) == expected


DECODED = [
    ("UTF-8", "Более 7 000 россиян".encode(), None, "Более 7 000 россиян"),
    ("UTF-8 with its mark", "\ufeffҚазақстан".encode(), "a.txt", "Қазақстан"),
    ("UTF-16 LE", "\ufeffУкраїна, 3 травня".encode("utf-16-le"), None, "Україна, 3 травня"),
    ("UTF-16 BE", "\ufeffGeorgia".encode("utf-16-be"), None, "Georgia"),
    ("Windows-1251 Russian", "Въехали 53 тысячи россиян (РИА Новости)".encode("cp1251"), "a.txt",
     "Въехали 53 тысячи россиян (РИА Новости)"),
    ("Windows-1251 Ukrainian", "В'їхали до Польщі, ґанок".encode("cp1251"), None,
     "В'їхали до Польщі, ґанок"),
    ("HTML declaring windows-1251",
     '<html><head><meta charset="windows-1251"></head><p>Грузия</p></html>'.encode("cp1251"),
     None, "Грузия"),
    ("CRLF", b"Title\r\n\r\nBody\r\n", "a.txt", "Title\n\nBody\n"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("data", "file_name", "expected"), [r[1:] for r in DECODED], ids=[r[0] for r in DECODED]
)
def test_documents_are_decoded(data, file_name, expected):
    assert article_text(data, file_name=file_name) == expected


PAGE = b"""<!DOCTYPE html>
<html lang="en"><head>
<title>Russians keep arriving | Steppe Times</title>
<meta property="og:title" content="Russians keep arriving &amp; leaving">
<meta property="og:site_name" content="Steppe Times">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2022-10-05T10:23:00+06:00">
<link rel="canonical" href="https://steppe.example/news/1">
<style>body { color: red } p::after { content: "STYLE" }</style>
<script>var leaked = "SCRIPT-HEAD";</script>
</head>
<body onload="alert('ONLOAD')">
<nav><ul><li>Home</li><li>MENU</li></ul></nav>
<h1>Russians keep arriving</h1>
<p class="lead">More than 7&nbsp;000 people &mdash; &laquo;the most&raquo; &#8212; came, the
   <b>minister</b>   said &amp; added: &lt;script&gt; is text.</p>
<script type="text/javascript">document.write("<p>SCRIPT-BODY</p>")</script>
<noscript>NOSCRIPT</noscript><template><p>TEMPLATE</p></template>
<svg viewBox="0 0 1 1"><title>SVG-TITLE</title><path d="M0"/></svg>
<iframe src="https://ads.example">IFRAME</iframe><!-- COMMENT -->
<p>Second<br>line</p>
<ul><li>one</li><li>
  <p>two</p></li></ul>
<div>first div</div><div>second div</div>
<table><tr><td>Kazakhstan</td><td>7,000</td></tr></table>
<form><button>BUTTON</button></form>
</body></html>"""


def test_html_keeps_the_article_and_drops_scripts_styles_and_furniture():
    text, header = html_article(PAGE)
    assert text == (
        "Russians keep arriving\n\n"
        "More than 7 000 people — «the most» — came, the minister said & added: <script> is "
        "text.\n\n"
        "Second\nline\n\n"
        "• one\n\n• two\n\n"  # a <p> in an item is a paragraph
        "first div\nsecond div\n\n"
        "Kazakhstan 7,000"
    )
    for hidden in ("SCRIPT", "STYLE", "ONLOAD", "MENU", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME",
                   "COMMENT", "BUTTON", "leaked", "Steppe Times"):  # fmt: skip
        assert hidden not in text
    assert header == Header(
        publisher="Steppe Times",
        title="Russians keep arriving & leaving",
        author="Jane Doe",
        published_at=datetime(2022, 10, 5, 10, 23, tzinfo=timezone(timedelta(hours=6))),
        url="https://steppe.example/news/1",
    )


META = [
    ("no meta: the <title>", "<title> A  headline </title>", Header(title="A headline")),
    ("a date with no zone is a day", '<meta name="date" content="2022-10-05T10:23:00">',
     Header(published_at=date(2022, 10, 5))),
    ("UTC", '<meta property="article:published_time" content="2022-10-05T04:23:00Z">',
     Header(published_at=datetime(2022, 10, 5, 4, 23, tzinfo=UTC))),
    ("itemprop", '<meta itemprop="datePublished" content="2023-02-24">',
     Header(published_at=date(2023, 2, 24))),
    ("an author's page is no name", '<meta property="article:author" '
     'content="https://facebook.com/jane">', Header()),
    ("og:url, not javascript:", '<link rel="canonical" href="javascript:alert(1)">'
     '<meta property="og:url" content="https://a.example/x">', Header(url="https://a.example/x")),
]  # fmt: skip


@pytest.mark.parametrize(("head", "expected"), [r[1:] for r in META], ids=[r[0] for r in META])
def test_html_meta_tags_give_the_header(head, expected):
    page = f"<html><head>{head}</head><body><p>Body text.</p></body></html>".encode()
    assert html_article(page) == ("Body text.", expected)


KINDS = [
    ("by name", "a.HTML", None, "Body & more"),
    ("by type", None, "text/html; charset=utf-8", "Body & more"),
    ("by content", None, None, "Body & more"),
    ("a .txt file stays text", "a.txt", None, "<!doctype html><p>Body &amp; more</p>"),
    ("plain text type", None, "text/plain", "<!doctype html><p>Body &amp; more</p>"),
]


@pytest.mark.parametrize(
    ("file_name", "mime_type", "expected"), [r[1:] for r in KINDS], ids=[r[0] for r in KINDS]
)
def test_html_is_known_by_name_type_or_content(file_name, mime_type, expected):
    data = b"<!doctype html><p>Body &amp; more</p>"
    assert article_text(data, file_name=file_name, mime_type=mime_type) == expected


def test_a_head_left_open_ends_at_the_body():
    assert (
        article_text(b"<html><head><title>T</title><body><p>Text</p>", file_name="a.htm") == "Text"
    )


FRAGMENTS = [
    ("list items", "<ul><li>one</li><li> two </li></ul>", "• one\n• two"),
    ("entities", "<p>&laquo;A&raquo; &amp; &#1025;&#x451;&nbsp;B&hellip; &copy</p>",
     "«A» & Ёё B… ©"),
    ("inline white space", "<p>a\n   <i>b</i>\tc</p>", "a b c"),
    ("headings and divs", "<h2>H</h2><div>x</div><div>y</div>", "H\n\nx\ny"),
    ("escaped script is text", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
     "<script>alert(1)</script>"),
    ("handlers and links", '<p onclick="steal()"><a href="javascript:x()">link</a> text</p>',
     "link text"),
    ("a lone <", "<p>5 < 6 and <b>bold</b> and <a b c unterminated</p><p>next</p>",
     "5 < 6 and bold and <a b c unterminated\n\nnext"),
    ("unclosed script", "<p>kept</p><script>var a = '<p>lost</p>';", "kept"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("fragment", "expected"), [r[1:] for r in FRAGMENTS], ids=[r[0] for r in FRAGMENTS]
)
def test_html_fragments(fragment, expected):
    assert article_text(fragment.encode(), file_name="a.html") == expected


def test_the_seed_document_reads_as_the_pasted_seed():
    assert article_text(SEED.read_bytes(), file_name="seed.txt") == clean_text(
        SEED.read_text("utf-8")
    )


def test_a_text_document_has_an_empty_header():
    assert read_article(b"Headline here\n\nBy Jane Doe\n", file_name="a.txt")[1] == Header()


def _expected(document: dict[str, str | None], given: dict[str, str]) -> Header:
    """The header fields the text itself carries: the document's, less what was given."""
    values = {field: None if field in given else document[field] for field in FIELDS}
    published = values.pop("published_at")
    return Header(**values, published_at=read_date(published) if published else None)


def test_the_seed_articles_header():
    """Its publisher is only in "Support Ukrainska Pravda" and its web address is not in it."""
    text = clean_text(SEED.read_text("utf-8"))
    assert read_header(text, "en") == Header(
        publisher=None,
        title="Mobilisation in Russia: more than 200,000 Russians flee to Kazakhstan",
        author="Iryna Balachuk",
        published_at=date(2022, 10, 4),
        url=None,
    )


@pytest.mark.parametrize("path", TUNING, ids=[path.stem for path in TUNING])
def test_tuning_articles_headers(path: Path):
    article = json.loads(path.read_text("utf-8"))
    text = clean_text(article["text"])
    assert read_header(text, article["lang"]) == _expected(article["document"], article["given"])
    for item in article["facts"] + article["traps"]:
        assert item["sentence"] in text  # cleaning moved no sentence the annotations point at


PLUS6, PLUS3 = timezone(timedelta(hours=6)), timezone(timedelta(hours=3))
HEADERS = [
    # A masthead alone under the headline; with its section; site furniture is none.
    ("ru", "Очередь на границе растёт\n\nКаспийский Вестник\n\nСегодня через пункт пропуска "
     "в Казахстан прибыли 300 человек, сообщили в погранслужбе. Очередь растёт.",
     Header("Каспийский Вестник", "Очередь на границе растёт")),
    ("uk", "Черга на кордоні зростає\n\nНова доба | Світ\n\nСьогодні через пункт пропуску до "
     "Польщі виїхали 300 людей, повідомили прикордонники. Черга зростає.",
     Header("Нова доба", "Черга на кордоні зростає")),
    ("en", "Queues grow at the border\n\nBreaking News\n\nToday 300 people crossed into Poland at "
     "the post, the border guard said. The queue is growing.",
     Header(None, "Queues grow at the border")),
    ("en", "Queues grow at the border\n\nMore families arrive\n\nToday 300 people crossed into "
     "Poland at the post, the border guard said. The queue is growing.",
     Header(None, "Queues grow at the border")),
    # The outlet's mark under the story.
    ("ru", "Очередь на границе растёт\n\nСегодня прибыли 300 человек.\n\n© РИА Новости, 2023",
     Header("РИА Новости", "Очередь на границе растёт")),
    # An agency's name unquoted before a dateline's dash: in capitals, a domain, or beside a date.
    # An agency the reader knows, in a dateline's capitals, is spelt as it spells itself.
    ("kk", "Шекарада кезек ұзарды\n\nАСТАНА. KAZINFORM — Бүгін 300 адам келді.",
     Header("Kazinform", "Шекарада кезек ұзарды")),
    ("kk", "Шекарада кезек ұзарды\n\nАлматы, 12 наурыз, Kazinform – Бүгін 300 адам келді.",
     Header("Kazinform", "Шекарада кезек ұзарды")),
    ("ru", "Очередь на границе растёт\n\nКаир. 5 ноября. INTERFAX.RU - Сегодня прибыли 300 "
     "человек.", Header("INTERFAX.RU", "Очередь на границе растёт")),
    # A signed line's one other piece is the masthead, with no date beside it.
    ("kk", "Қазақстанға 200 мыңнан астам ресейлік келді\n\nЕртіс ақпарат | Авторы: Ирина "
     "Балачук\n\nРесейден 200 мыңнан астам адам келді.", Header("Ертіс ақпарат",
     "Қазақстанға 200 мыңнан астам ресейлік келді", "Ирина Балачук")),
    ("en", "Steppe exodus continues at the crossings\n\nALMATY, 5 October 2022 (Reuters) - More "
     "than 7,000 people crossed.", Header("Reuters", "Steppe exodus continues at the crossings",
     published_at=date(2022, 10, 5))),
    ("en", "Publisher: The Steppe Times\nURL: https://steppe.example/a.\nRussians keep arriving "
     "in Almaty\nPublished: 5 October 2022, 10:23 (UTC+6)\nBy JANE DOE and JOHN ROE, staff",
     Header("The Steppe Times", "Russians keep arriving in Almaty", "Jane Doe and John Roe",
            datetime(2022, 10, 5, 10, 23, tzinfo=PLUS6), "https://steppe.example/a")),
    ("en", "Menu\nAdvertisement:\nSupport Us\nBorder queue grows to twenty kilometres\n"
     "October 5, 2022 10:23 PM GMT+3\nBy the end of the day, the queue had grown.",
     Header(title="Border queue grows to twenty kilometres",
            published_at=datetime(2022, 10, 5, 22, 23, tzinfo=PLUS3))),
    ("en", "Updated 6 October 2022\n⚡️ A headline about the border\nWednesday, 5 October 2022 "
     "(Kyiv time)\n<https://example.org/news/1>\n\nSource: Reuters, citing the ministry",
     Header(title="A headline about the border", published_at=date(2022, 10, 5),
            url="https://example.org/news/1")),
    ("ru", "Более 7 тысяч россиян въехали в Казахстан\n\n5 октября 2022, 10:23\n\nИздание: "
     "Степной вестник\nАвтор: Иван Петров, корреспондент\n\nИсточник: МВД Казахстана",
     Header("Степной вестник", "Более 7 тысяч россиян въехали в Казахстан", "Иван Петров",
            date(2022, 10, 5))),
    ("ru", "Очереди на границе растут третий день\nМОСКВА, 5 окт 2022 — РИА Новости. Очереди на "
     "границе с Грузией выросли.", Header("РИА Новости", "Очереди на границе растут третий день",
     published_at=date(2022, 10, 5))),
    ("ru", "Очереди на границе растут\n05.10.2022 10:23 (UTC+03:00)\nСсылка: https://a.ru/1",
     Header(title="Очереди на границе растут", url="https://a.ru/1",
            published_at=datetime(2022, 10, 5, 10, 23, tzinfo=PLUS3))),
    ("uk", "Понад 7 тисяч росіян в'їхали до Казахстану\nВидання: Степовий вісник\nАвторка: "
     "Олена Шевчук\n5 жовтня 2022 р., 10:23", Header("Степовий вісник",
     "Понад 7 тисяч росіян в'їхали до Казахстану", "Олена Шевчук", date(2022, 10, 5))),
    ("uk", "Черги на кордоні зростають щодня\nКИЇВ, 5 жовтня 2022 (Укрінформ) – Черги на "
     "кордоні зростають.", Header("Укрінформ", "Черги на кордоні зростають щодня",
     published_at=date(2022, 10, 5))),
    ("uk", "Черги на кордоні зростають щодня\nМАР'ЯНА ЛИСИЧКО-ВОВК — СЕРЕДА, 5 ЖОВТНЯ 2022\n"
     "Джерело: Суспільне", Header(title="Черги на кордоні зростають щодня",
     author="Мар'яна Лисичко-Вовк", published_at=date(2022, 10, 5))),
    ("kk", "Қазақстанға 7 мыңнан астам ресейлік келді\n2022 жылғы 5 қазан\nАвтор: Айгүл Серікова"
     "\nБасылым: Дала жаршысы", Header("Дала жаршысы", "Қазақстанға 7 мыңнан астам ресейлік келді",
     "Айгүл Серікова", date(2022, 10, 5))),
    ("kk", "Шекарадағы кезек ұзарып келеді\nАЛМАТЫ, 5 қазан 2022 (Kazinform) – Шекарадағы кезек "
     "ұзарды.", Header("Kazinform", "Шекарадағы кезек ұзарып келеді",
     published_at=date(2022, 10, 5))),
    ("kk", "Шекарадағы кезек ұзарып келеді\nЖарияланды: 05.10.2022 10:23 (UTC+6)\nСілтеме: "
     "https://kaz.example.kz/x", Header(title="Шекарадағы кезек ұзарып келеді",
     published_at=datetime(2022, 10, 5, 10, 23, tzinfo=PLUS6), url="https://kaz.example.kz/x")),
    ("kk", "Шекарадағы кезек ұзарып келеді\nШекара қызметі | сейсенбі, 4 қазан 2022 | Авторы: "
     "Ерлан Сәрсенбаев", Header("Шекара қызметі", "Шекарадағы кезек ұзарып келеді",
     "Ерлан Сәрсенбаев", date(2022, 10, 4))),
    # Shapes the second round of articles brought.
    ("en", "Mexico deported nearly 22,000 migrants in May\n\nBy Daniela Ortega Ruiz\n"
     "June 18, 2019, 7:40 a.m. CDT\n\nTAPACHULA, Chiapas — Mexico deported 21,912 migrants.",
     Header(title="Mexico deported nearly 22,000 migrants in May", author="Daniela Ortega Ruiz",
            published_at=datetime(2019, 6, 18, 7, 40, tzinfo=timezone(timedelta(hours=-5))))),
    ("en", "Thousands of Egyptians stream home from Libya\n\nBy Amira Saleh, Nile Gazette\n\n"
     "Some 4,500 Egyptians returned from Libya in the past week.",
     Header("Nile Gazette", "Thousands of Egyptians stream home from Libya", "Amira Saleh")),
    ("en", "Thousands of Egyptians stream home from Libya\n\nBy Amira Saleh, Staff Writer\n\n"
     "Some 4,500 Egyptians returned from Libya in the past week.",
     Header(title="Thousands of Egyptians stream home from Libya", author="Amira Saleh")),
    ("en", "Nearly 27,000 Congolese flee into Uganda\n\nTHE KIGEZI OBSERVER | By Brenda "
     "Atuhaire | Tuesday, June 21, 2022\n\nKISORO – Nearly 27,000 Congolese have fled.",
     Header("The Kigezi Observer", "Nearly 27,000 Congolese flee into Uganda", "Brenda Atuhaire",
            date(2022, 6, 21))),
    ("en", "Karabakh Armenians flee to Armenia\n\nGORIS, Armenia, 29 September 2023 (Caucasus "
     "Wire) – More than 88,000 people have crossed.\n\n(Reporting by Anush Petrosyan; Editing "
     "by Mark Heller)", Header("Caucasus Wire", "Karabakh Armenians flee to Armenia",
     "Anush Petrosyan", date(2023, 9, 29))),
    ("ru", "Более 41 тысячи белорусов въехали в Польшу\n\nБелорусский обзор | 15 марта 2022, "
     "10:20 | Ольга Сенкевич\n\nС 24 февраля въехали 41,3 тысячи.",
     Header("Белорусский обзор", "Более 41 тысячи белорусов въехали в Польшу", "Ольга Сенкевич",
            date(2022, 3, 15))),
    ("ru", "Из России выдворили 3,4 тыс. мигрантов\n\nДУШАНБЕ, 16 апреля 2024. /Варзоб-Пресс/. "
     "С 1 января выдворены 3 412 граждан.", Header("Варзоб-Пресс",
     "Из России выдворили 3,4 тыс. мигрантов", published_at=date(2024, 4, 16))),
    ("uk", "В Ірландії зареєстрували майже 2 тисячі українців\n\n13.07.2023, 11:40 | Олена "
     "Гнатюк\n\nМинулого місяця номер отримали 1 940 громадян України.",
     Header(title="В Ірландії зареєстрували майже 2 тисячі українців", author="Олена Гнатюк",
            published_at=date(2023, 7, 13))),
    ("kk", "Қазақстанға 3,8 мыңнан астам қытайлық кірді\n\nМейрамгүл ТОҚТАРОВА\n\n2023 жылғы "
     "15 қараша\n\nВизасыз режим күшіне енген 10 қарашадан бері 3 800 адам кірді.",
     Header(title="Қазақстанға 3,8 мыңнан астам қытайлық кірді", author="Мейрамгүл Тоқтарова",
            published_at=date(2023, 11, 15))),
    ("kk", "Биыл мыңнан астам қазақстандық депортацияланды\n\nOrtalyq.kz | 20.05.2024, 10:45\n\n"
     "Ресейге табыс іздеп аттанатындар азаймай отыр, бірақ шығарылатындар да көбейді.\n\n"
     "Айгерім СӘРСЕНБАЕВА", Header("Ortalyq.kz", "Биыл мыңнан астам қазақстандық депортацияланды",
     "Айгерім Сәрсенбаева", date(2024, 5, 20))),
    ("kk", "Шетелде қалған 7 мыңнан астам қазақстандық оралды\n\nЖанар Бекетова, «Шымкент "
     "шұғыласы»\n13 қаңтар 2022 жыл\n\nТөтенше жағдай күндері 7 мыңнан астам адам елге оралды.",
     Header("Шымкент шұғыласы", "Шетелде қалған 7 мыңнан астам қазақстандық оралды",
            "Жанар Бекетова", date(2022, 1, 13))),
    ("kk", "Сириядан тағы 231 қазақстандық елге жеткізілді\n\nНҰР-СҰЛТАН. 14 мамыр 2019. «Дала "
     "ақпарат» – 7-9 мамыр аралығында Сириядан 231 Қазақстан азаматы елге жеткізілді.",
     Header("Дала ақпарат", "Сириядан тағы 231 қазақстандық елге жеткізілді",
            published_at=date(2019, 5, 14))),
    ("ru", "На Канары прибыли 32 тысячи мигрантов\n\nМАДРИД, 14 ноября 2023. /ИА «Меридиан»/. С "
     "1 января прибыли 32 436 мигрантов.", Header("Меридиан",
     "На Канары прибыли 32 тысячи мигрантов", published_at=date(2023, 11, 14))),
    ("en", "Thousands flee Myawaddy\n\nSaturday, 13 April 2024\n\nBy Kanokwan Srisuk in Mae "
     "Sot\n\nAbout 3,000 people fled the Myanmar border town of Myawaddy into Thailand.\n\n"
     "Link: https://lanna.example/2024/myawaddy",
     Header(None, "Thousands flee Myawaddy", "Kanokwan Srisuk", date(2024, 4, 13),
            "https://lanna.example/2024/myawaddy")),
    ("ru", "Из России вернулись 500 мигрантов\n\n«Вечерний Бишкек», 21 мая 2024 года\n\n"
     "За неделю из России вернулись 500 граждан Кыргызстана, сообщило ведомство.",
     Header("Вечерний Бишкек", "Из России вернулись 500 мигрантов",
            published_at=date(2024, 5, 21))),
    ("kk", "Ресейден 500 қазақстандық елге оралды\n\nZhasalash.kz, 2024 жылғы 21 мамыр\n\n"
     "Бір аптада Ресейден 500 қазақстандық елге оралды деп хабарлады министрлік.",
     Header("Zhasalash.kz", "Ресейден 500 қазақстандық елге оралды",
            published_at=date(2024, 5, 21))),
    ("kk", "Ресейден 500 қазақстандық елге оралды\n\nАЛМАТЫ, 21 мамыр 2024 – Kazinform\n\n"
     "Бір аптада Ресейден 500 қазақстандық елге оралды деп хабарлады министрлік.",
     Header("Kazinform", "Ресейден 500 қазақстандық елге оралды",
            published_at=date(2024, 5, 21))),
    ("en", "Thousands of Burundians flee into Rwanda\n\nKIGALI, Rwanda (AP) — About 5,000 "
     "Burundians crossed into Rwanda on Monday, officials said.",
     Header("AP", "Thousands of Burundians flee into Rwanda")),
    ("ru", "Из России вернулись 500 мигрантов\n\n21.05.2024 • Новости • Kloop.kg\n\nЗа неделю "
     "из России вернулись 500 граждан Кыргызстана, сообщило ведомство.",
     Header("Kloop.kg", "Из России вернулись 500 мигрантов", published_at=date(2024, 5, 21))),
    ("en", "Thousands of Burundians flee into Rwanda\n\nThe Kampala Monitor, 21 May 2024\n\n"
     "About 5,000 Burundians crossed into Rwanda on Monday, officials said.",
     Header("The Kampala Monitor", "Thousands of Burundians flee into Rwanda",
            published_at=date(2024, 5, 21))),
    ("kk", "Ресейден 500 қазақстандық елге оралды\n\n«Ана тілі» газеті, 2024 жылғы 21 мамыр\n\n"
     "Бір аптада Ресейден 500 қазақстандық елге оралды деп хабарлады министрлік.",
     Header("Ана тілі", "Ресейден 500 қазақстандық елге оралды",
            published_at=date(2024, 5, 21))),
    ("ru", "Из России вернулись 500 мигрантов\n\nАвтор: Иван Петров, «Новая газета Европа», "
     "21.05.2024\n\nЗа неделю из России вернулись 500 граждан Кыргызстана, сообщило ведомство.",
     Header("Новая газета Европа", "Из России вернулись 500 мигрантов", "Иван Петров",
            date(2024, 5, 21))),
    # A dateline in lower case whose quoted masthead ends the line.
    ("ru", "Из России вернулись 500 мигрантов\n\nОш, 21 мая 2024 г. — «Ошские вести»\n\nЗа "
     "неделю из России вернулись 500 граждан Кыргызстана, сообщило ведомство.",
     Header("Ошские вести", "Из России вернулись 500 мигрантов", published_at=date(2024, 5, 21))),
    # A place and a full date open the story, with no agency: the story's date.
    ("ru", "Из России вернулись 500 мигрантов\n\nОш, 21 мая 2024 года. За неделю из России "
     "вернулись 500 граждан Кыргызстана, сообщило ведомство.",
     Header(title="Из России вернулись 500 мигрантов", published_at=date(2024, 5, 21))),
    # A masthead unquoted and its author.
    ("ru", "Из России вернулись 500 мигрантов\n\nОшский обозреватель | Анна Руснак\n\nЗа неделю "
     "из России вернулись 500 граждан Кыргызстана, сообщило ведомство.",
     Header("Ошский обозреватель", "Из России вернулись 500 мигрантов", "Анна Руснак")),
    # A quoted masthead and its author, and a dated masthead then an author whose surname
    # has no ending that says so.
    ("kk", "Ресейден 500 қазақстандық елге оралды\n\n«Жетісу таңы» | Динара Әлиева\n\nБір "
     "аптада Ресейден 500 қазақстандық елге оралды деп хабарлады министрлік.",
     Header("Жетісу таңы", "Ресейден 500 қазақстандық елге оралды", "Динара Әлиева")),
    ("kk", "Ресейден 500 қазақстандық елге оралды\n\nДала хабары · 21.05.2024 · Ерлан Жақсыбай"
     "\n\nБір аптада Ресейден 500 қазақстандық елге оралды деп хабарлады министрлік.",
     Header("Дала хабары", "Ресейден 500 қазақстандық елге оралды", "Ерлан Жақсыбай",
            date(2024, 5, 21))),
    ("uk", "З Польщі повернулися 500 українців\n\nОпубліковано 21 травня 2024 року о 10:15\n\n"
     "За тиждень з Польщі повернулися 500 українців, повідомила прикордонна служба.",
     Header(title="З Польщі повернулися 500 українців", published_at=date(2024, 5, 21))),
    # An agency's dateline with no date; a masthead over its date line, not a by-line or an
    # author's label; a time with a dot and a zone's letters.
    ("kk", "Моңғолияға 500 ресейлік кірді\n\nАвторы: Айгерім Сәрсенова\n12.11.2024, 09:40\n\n"
     "Дүйсенбіден бері Моңғолияға Алтанбулаг бекеті арқылы 500 ресейлік кірді, деп хабарлады "
     "шекара қызметі.",
     Header(None, "Моңғолияға 500 ресейлік кірді", "Айгерім Сәрсенова", date(2024, 11, 12))),
    ("en", "500 Russians entered Mongolia\n\nULAANBAATAR (Reuters) - Since Monday, 500 Russians "
     "have entered Mongolia, the border agency said.",
     Header("Reuters", "500 Russians entered Mongolia")),
    ("en", "500 Russians entered Mongolia\n\nThe Moscow Times\nOct. 5, 2022\n\nSince Monday, "
     "500 Russians have entered Mongolia through the Altanbulag post, the border agency said.",
     Header("The Moscow Times", "500 Russians entered Mongolia", published_at=date(2022, 10, 5))),
    ("en", "500 Russians entered Mongolia\n\nBy Jane Smith\nOctober 5, 2022\n\nSince Monday, "
     "500 Russians have entered Mongolia, the border agency said.",
     Header(None, "500 Russians entered Mongolia", "Jane Smith", date(2022, 10, 5))),
    ("en", "500 Russians entered Mongolia\n\nWed 5 Oct 2022 10.14 BST\n\nSince Monday, 500 "
     "Russians have entered Mongolia, the border agency said.",
     Header(title="500 Russians entered Mongolia",
            published_at=datetime(2022, 10, 5, 10, 14, tzinfo=timezone(timedelta(hours=1))))),
    # A dateline alone on its line, the outlet last and no dash.
    ("kk", "Данияда 212 өтініш берілген\n\nКОПЕНГАГЕН. 18 ақпан 2025 жыл. ҚазАқпарат\n\n"
     "Өткен жылы Данияда қазақстандықтар 212 баспана өтінішін берген, деп хабарлады Данияның "
     "Көші-қон қызметі.", Header("ҚазАқпарат", "Данияда 212 өтініш берілген",
                                 published_at=date(2025, 2, 18))),
    ("ru", "В Монголию въехали 500 россиян\n\nИркутская область, 5 октября 2022 года. «Восточный "
     "вестник»\n\nС понедельника в Монголию въехали 500 россиян через пункт пропуска "
     "Алтанбулаг, сообщила пограничная служба Монголии.",
     Header("Восточный вестник", "В Монголию въехали 500 россиян",
            published_at=date(2022, 10, 5))),
    # A known outlet alone on its line above the story, under the date.
    ("ru", "В Монголию въехали 500 россиян\n\n05.10.2022 10:14\nИнтерфакс\n\nС понедельника в "
     "Монголию въехали 500 россиян через пункт пропуска Алтанбулаг, сообщила пограничная служба.",
     Header("Интерфакс", "В Монголию въехали 500 россиян", published_at=date(2022, 10, 5))),
    # A "Source:" line above the story naming a publication is its masthead.
    ("en", "500 Russians entered Mongolia\n\nSource: UB Post, 5 October 2022\n\nSince Monday, "
     "500 Russians have entered Mongolia, the border agency said.",
     Header("UB Post", "500 Russians entered Mongolia", published_at=date(2022, 10, 5))),
    ("ru", "В Монголию въехали 500 россиян\n\nИсточник: «Новая газета Европа»\n\nС "
     "понедельника в Монголию въехали 500 россиян, сообщила погранслужба.",
     Header("Новая газета Европа", "В Монголию въехали 500 россиян")),
    ("uk", "До Монголії в'їхали 500 росіян\n\nДжерело: Tengrinews.kz\n\nЗ понеділка до "
     "Монголії в'їхали 500 росіян, повідомила прикордонна служба.",
     Header("Tengrinews.kz", "До Монголії в'їхали 500 росіян")),
    ("kk", "Моңғолияға 500 ресейлік кірді\n\nДереккөз: Kazinform агенттігі, 5 қазан 2022 жыл\n\n"
     "Дүйсенбіден бері Моңғолияға 500 ресейлік кірді, деп хабарлады шекара қызметі.",
     Header("Kazinform агенттігі", "Моңғолияға 500 ресейлік кірді",
            published_at=date(2022, 10, 5))),
    # A known outlet over its date line, with no headline above it.
    ("uk", "Українська правда\nПонеділок, 13 березня 2023, 10:15\nІрина Балачук\n\n"
     "З початку року до Польщі виїхали понад 20 тисяч українців, повідомила Прикордонна "
     "служба Польщі.",
     Header("Українська правда", None, "Ірина Балачук", published_at=date(2023, 3, 13))),
    # A site's section, then the site.
    ("ru", "Новости Казахстана | Tengrinews.kz\n12 марта 2023, 14:05\n\nС начала года в "
     "Казахстан въехали более 300 тысяч россиян, сообщили в пограничной службе КНБ.",
     Header("Tengrinews.kz", None, published_at=date(2023, 3, 12))),
    # A paper's name alone on its line, by the word its masthead ends with.
    ("en", "Russians flee to Kazakhstan\nBy Jane Doe\nOctober 4, 2022\nThe Astana Times\n\n"
     "More than 200,000 Russians have entered Kazakhstan since 21 September, the minister said.",
     Header("The Astana Times", "Russians flee to Kazakhstan", "Jane Doe",
            published_at=date(2022, 10, 4))),
    # A site's section is no masthead.
    ("en", "Latest News\nRussians flee to Kazakhstan\n\nMore than 200,000 Russians have "
     "entered Kazakhstan since 21 September, the minister said.",
     Header(None, "Russians flee to Kazakhstan")),
    # The outlet's name in any label of its site's address.
    ("kk", "Ресейліктер Қазақстанға келуде\n2022 жылғы 4 қазан, 10:23\n"
     "https://kaz.tengrinews.kz/kazakhstan_news/123\n\n21 қыркүйектен бері Қазақстанға 200 "
     "мыңнан астам ресейлік кірді, деді министр.",
     Header("Tengrinews", "Ресейліктер Қазақстанға келуде", published_at=date(2022, 10, 4),
            url="https://kaz.tengrinews.kz/kazakhstan_news/123")),
    # The story's address on a known outlet's site, and no other masthead.
    ("en", "Russians keep crossing into Georgia\nhttps://www.reuters.com/world/europe/x-2023/"
     "\n\nMore than 5,000 Russians entered Georgia last week, the Georgian interior ministry "
     "said on Sunday.",
     Header("Reuters", "Russians keep crossing into Georgia",
            url="https://www.reuters.com/world/europe/x-2023/")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "expected"), HEADERS, ids=[f"{r[0]}-{i}" for i, r in enumerate(HEADERS)]
)
def test_header_shapes_in_four_languages(language, text, expected):
    assert read_header(text, language) == expected


NOT_HEADERS = [
    ("en", "Body first: since 21 September, 200,000 Russians entered. Figures rose on 3 October."),
    ("en", "Headline about something\n\nSource: Kazakh outlet Zakon.kz, citing the minister"),
    ("ru", "Заголовок новости о границе\n\nС 21 сентября 2022 года въехали 200 тысяч человек."),
    ("uk", "Заголовок новини про кордон\n\nДжерело: Польське радіо з посиланням на прикордонну"),
    # A "Source:" line naming a body names who gave the figures, not the publication.
    ("ru", "Заголовок новости о границе\n\nИсточник: МВД Казахстана\n\nС 21 сентября въехали "
     "200 тысяч человек."),
    ("en", "Headline about the border\n\nSource: Ministry of Internal Affairs\n\nSince 21 "
     "September 200,000 people entered."),
    ("kk", "Жаңалық тақырыбы шекара туралы\n\n2023 жылғы 1 қаңтардан бері 10 мың адам келді."),
    # A short sentence with a date and commas is the story's, no header line.
    ("en", "Border\n\nOn 3 October 2022, 7,000 Russians entered Georgia, the ministry said."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), NOT_HEADERS)
def test_source_lines_and_dates_in_the_story_are_not_the_header(language, text):
    header = read_header(text, language)
    assert (header.publisher, header.author, header.published_at, header.url) == (None,) * 4


def test_a_dateline_without_a_year_gives_its_agency_not_a_date():
    header = read_header(
        "Headline of the report\n\nCUCUTA, Colombia, Feb 9 (Andes Wire) - Text.", "en"
    )
    assert (header.publisher, header.published_at) == ("Andes Wire", None)


def test_a_pasted_body_has_no_headline():
    assert (
        read_header(
            "More than 200,000 Russians have entered Kazakhstan since 21 September.", "en"
        ).title
        is None
    )


@pytest.mark.parametrize(
    ("language", "post", "title"),
    [
        # A headline line is the title, as in an article.
        (
            "ru",
            "⚡️ Очереди на границе с Казахстаном растут\n\nЗа сутки въехали 12 тысяч россиян.",
            "Очереди на границе с Казахстаном растут",
        ),
        # No headline: the post's opening words, whole when short.
        (
            "en",
            "About 9,000 Russians left Kazakhstan today.",
            "About 9,000 Russians left Kazakhstan today.",
        ),
        # Long: cut at a word within 100 characters, marked as cut.
        (
            "uk",
            "\n• За минулу добу до Польщі з України в'їхали близько 30 тисяч людей, а з Польщі "
            "в Україну повернулися ще 25 тисяч, повідомила Прикордонна служба Польщі.",
            "За минулу добу до Польщі з України в'їхали близько 30 тисяч людей, а з Польщі в "
            "Україну повернулися…",
        ),
        ("kk", "🇰🇿🇷🇺\n\n", None),
    ],
)
def test_a_posts_title_is_its_headline_or_its_opening_words(language, post, title):
    assert post_title(post, language) == title
    assert title is None or len(title) <= 101


def test_filled_from_keeps_what_is_known():
    meta = Header(title="From meta", url="https://a.example/1")
    text = Header(publisher="Outlet", title="From text", published_at=date(2022, 10, 4))
    assert meta.filled_from(text) == Header(
        "Outlet", "From meta", None, date(2022, 10, 4), "https://a.example/1"
    )


def test_read_header_knows_four_languages():
    with pytest.raises(ValueError, match="de"):
        read_header("Eine Überschrift hier", "de")


def test_a_by_line_names_an_outlet_of_several_words_joined_by_and():
    header = read_header(
        "Repatriation flights resume\n\nBy Keisha Forbes, Turks and Caicos Sun\n\n"
        "PROVIDENCIALES — Immigration officers repatriated 164 Haitians.",
        "en",
    )
    assert (header.author, header.publisher) == ("Keisha Forbes", "Turks and Caicos Sun")
