"""Who said each sentence's figures and which outlet carried them, in en, ru, uk and kk.

Tables: the seed article sentence by sentence, and each shipped fact's citation; every fact of
the tuning articles of tests/data/ingest (the held-out ones are never opened, not even for
their split); and short articles written here in all four languages, for "Source:" lines over
the lead above them, pronouns, roles, short names in any case form, sections and outlets.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.ingest.attribution import Attribution, Speaker, attribute
from bot.ingest.sentences import split_sentences
from storage.seed import load_seed

DATA = Path(__file__).parents[1] / "data" / "ingest"
SEED = DATA / "seed" / "000_b9c6cbd2aa7b0dca.txt"
# Named, so that no held-out file is opened to find its split.
TUNING = (
    "en_rohingya_bangladesh",
    "en_russians_finland",
    "en_sudanese_chad_egypt",
    "en_venezuelans_colombia",
    "kk_kandas_return",
    "kk_russians_kazakhstan",
    "ru_afghans_pakistan_iran",
    "ru_russians_georgia",
    "uk_ukrainians_poland",
    "uk_ukrainians_slovakia",
)

AKHMETZHANOV = "Marat Akhmetzhanov"
ZAKON = "Zakon.kz"


def _read(text: str, language: str) -> list[tuple[str, Attribution]]:
    sentences = split_sentences(text, language)
    return list(zip((s.text for s in sentences), attribute(sentences, language), strict=True))


def _find(readings: list[tuple[str, Attribution]], fragment: str) -> list[Attribution]:
    found = [attribution for text, attribution in readings if fragment in text]
    assert found, f"no sentence has {fragment!r}"
    return found


def _name(speaker: Speaker | None) -> str | None:
    return speaker.name if speaker else None


def _cue(text: str, attribution: Attribution) -> str | None:
    return None if attribution.cue_end is None else text[: attribution.cue_end]


@pytest.fixture(name="seed", scope="module")
def _seed() -> list[tuple[str, Attribution]]:
    return _read(SEED.read_text(encoding="utf-8"), "en")


# The seed article, sentence by sentence: (fragment, attributed to, carried by, the sentence up
# to the end of its own cue, quoted).
SEED_SENTENCES = [
    ("Mobilisation in Russia: more than 200,000", AKHMETZHANOV, ZAKON, None, False),
    ("Tuesday, 4 October 2022, 10:23", AKHMETZHANOV, ZAKON, None, False),
    ("Since 21 September, when Russian President", AKHMETZHANOV, ZAKON, None, False),
    (
        "Source: Kazakh outlet",
        AKHMETZHANOV,
        ZAKON,
        "Source: Kazakh outlet Zakon.kz, citing ",
        False,
    ),
    ("Quote from Akhmetzhanov", AKHMETZHANOV, ZAKON, "Quote from Akhmetzhanov:", True),
    ("According to him", AKHMETZHANOV, ZAKON, "Details: According to him,", False),
    (
        "The head of the Ministry of Internal Affairs said",
        AKHMETZHANOV,
        ZAKON,
        "The head of the Ministry of Internal Affairs said that",
        False,
    ),
    ("The article does not say", AKHMETZHANOV, ZAKON, None, False),
    ("From 1 April to 27 September, 441", AKHMETZHANOV, ZAKON, None, False),
    (
        "Previously: On 27 September",
        "Ministry of Internal Affairs of Kazakhstan",
        None,
        "Previously: On 27 September, Kazakh Interior Ministry of Internal Affairs reported that",
        False,
    ),
    ("Background:", None, None, None, False),
    ("Vladimir Putin announced a partial mobilisation.", None, None, None, False),
    ("It was reported that Russia plans", None, None, "It was reported that", False),
    ("Immediately after the speech", None, None, None, False),
    ("Later, it turned out", None, None, None, False),
    (
        "the Mediazona outlet reported",
        None,
        "Mediazona",
        "On 27 September, the Mediazona outlet reported that",
        False,
    ),
    (
        "Marat Akhmetzhanov, the Minister of Internal Affairs of Kazakhstan, said",
        AKHMETZHANOV,
        None,
        "Marat Akhmetzhanov, the Minister of Internal Affairs of Kazakhstan, said that",
        False,
    ),
    (
        "The Russian Defence Ministry said",
        "Ministry of Defence of the Russian Federation",
        None,
        "The Russian Defence Ministry said that",
        False,
    ),
    ("enlistment task force", None, None, None, False),
    ("Journalists fight", None, None, None, False),
]


@pytest.mark.parametrize(
    ("fragment", "attributed", "carried", "cue", "quoted"),
    SEED_SENTENCES,
    ids=[row[0][:30] for row in SEED_SENTENCES],
)
def test_the_seed_article_sentence_by_sentence(
    seed: list[tuple[str, Attribution]],
    fragment: str,
    attributed: str | None,
    carried: str | None,
    cue: str | None,
    quoted: bool,
) -> None:
    found = [(text, attribution) for text, attribution in seed if fragment in text]
    assert found, fragment
    for text, attribution in found:
        assert _name(attribution.attributed_to) == attributed
        assert _name(attribution.carried_by) == carried
        assert _cue(text, attribution) == cue
        assert attribution.quoted is quoted


def test_the_seed_article_names_its_speakers_in_full(seed: list[tuple[str, Attribution]]) -> None:
    """The minister with what the article says he is, the outlets as outlets."""
    quote = _find(seed, "Quote from Akhmetzhanov")[0]
    assert quote.attributed_to == Speaker(
        AKHMETZHANOV, "person", "the Minister of Internal Affairs of the Kazakh Republic"
    )
    assert quote.carried_by == Speaker(ZAKON, "outlet", "Kazakh outlet")
    mediazona = _find(seed, "the Mediazona outlet reported")[0]
    assert mediazona.carried_by is not None
    assert mediazona.carried_by.kind == "outlet"
    ministry = _find(seed, "Kazakh Interior Ministry")[0].attributed_to
    assert ministry is not None
    assert ministry.kind == "organisation"


def test_every_shipped_fact_keeps_its_citation(seed: list[tuple[str, Attribution]]) -> None:
    """Each fact of the shipped store is attributed as its citation says, from its quote."""
    for draft in load_seed():
        if draft.figure is None:
            continue
        first_sentence = draft.quote.split(". ")[-1] if "plans to call up" in draft.quote else None
        fragment = first_sentence or draft.quote[:60]
        attribution = _find(seed, fragment)[0]
        citation = draft.citation
        assert _name(attribution.attributed_to) == (
            citation.attributed_to.name if citation.attributed_to else None
        ), draft.quote
        assert _name(attribution.carried_by) == (
            citation.carried_by.name if citation.carried_by else None
        ), draft.quote


def _normal(name: str | None) -> str | None:
    return None if name is None else " ".join(name.casefold().replace("’", "'").split())


def _tuning_facts() -> list[tuple[str, str, dict[str, object]]]:
    rows = []
    for article_id in TUNING:
        article = json.loads((DATA / f"{article_id}.json").read_text(encoding="utf-8"))
        assert article["split"] == "tuning"
        for number, fact in enumerate(article["facts"]):
            rows.append((f"{article_id}[{number}]", article_id, fact))
    return rows


TUNING_FACTS = _tuning_facts()


@pytest.fixture(name="tuning", scope="module")
def _tuning() -> dict[str, list[tuple[str, Attribution]]]:
    read = {}
    for article_id in TUNING:
        article = json.loads((DATA / f"{article_id}.json").read_text(encoding="utf-8"))
        read[article_id] = _read(article["text"], article["lang"])
    return read


@pytest.mark.parametrize(
    ("article_id", "fact"), [row[1:] for row in TUNING_FACTS], ids=[row[0] for row in TUNING_FACTS]
)
def test_every_tuning_fact_is_attributed_as_annotated(
    tuning: dict[str, list[tuple[str, Attribution]]], article_id: str, fact: dict[str, object]
) -> None:
    sentence = str(fact["sentence"])
    found = [a for text, a in tuning[article_id] if sentence in text or text in sentence]
    assert found, sentence
    attribution = found[0]
    aliases = fact.get("attributed_to_aliases") or []
    assert isinstance(aliases, list)
    names = {_normal(str(fact["attributed_to"])) if fact["attributed_to"] else None}
    names |= {_normal(str(alias)) for alias in aliases}
    assert _normal(_name(attribution.attributed_to)) in names
    carried = fact["carried_by"]
    assert _normal(_name(attribution.carried_by)) == (_normal(str(carried)) if carried else None)


# Articles written for these tests (the figures are invented).
ARTICLES = {
    "en": """Thousands cross into Poland as fighting spreads

Some 12,000 people crossed into Poland on Sunday.

Source: Interfax-Ukraine, citing the State Border Guard Service of Ukraine

Reuters, citing the ministry, reported that 5,000 people crossed on Monday.

“We registered 12,000 arrivals this week,” said Maria Lopez, a spokeswoman for the agency.

“We registered 9,000 arrivals last week,” she said. She added that 300 were children.

According to Interior Minister John Smith, 2,000 people left. Smith told the BBC that 1,500 more \
were expected.

The minister said 800 returned. Border guards said 3,000 people crossed. It was reported that 50 \
were stopped.

Background:

  • The UN refugee agency UNHCR said on Friday that 40,000 people had fled.
  • About 90% of them are women.""",
    "ru": """Казахстан: за сутки въехали 15 тысяч россиян

Как сообщили в пресс-службе МВД Казахстана, за сутки границу пересекли 15 тысяч человек.

Глава ведомства Марат Ахметжанов заявил, что с 21 сентября въехали 98 тысяч россиян. \
Ахметжанов также отметил, что 64 тысячи выехали.

По словам министра, за неделю поступило 200 заявлений. По словам Ахметжанова, ещё 50 заявлений \
отклонены.

Об этом сообщает «Интерфакс-Казахстан» со ссылкой на пограничную службу КНБ.

По данным Пограничной службы КНБ Казахстана, 3 тысячи человек въехали через Сырым. Она \
добавила, что очередь растёт.

Официальный представитель МИД Мария Захарова заявила, что 40 человек эвакуированы. По её \
словам, ещё 12 ждут вылета.

Напомним, ранее Минобороны России сообщало о 300 тысячах резервистов.""",
    "uk": """Кордон перетнули 30 тисяч осіб

Як повідомив речник ДПСУ Андрій Демченко, за добу кордон перетнули 30 тисяч осіб.

За словами Демченка, 12 тисяч з них повернулися в Україну.

Очільник відомства Сергій Дейнеко зазначив, що з 24 лютого виїхали 2 мільйони. Очільник \
відомства також повідомив, що 500 чоловіків не випустили.

Про це повідомляє Укрінформ з посиланням на ДПСУ.

Вона додала, що 40 людей затримали.

Раніше: Суспільне писало, що 10 тисяч осіб виїхали до Молдови.""",
    "kk": """Қазақстанға 7 мың ресейлік келді

ІІМ мәліметінше, 3 қазанда елге 7 мың Ресей азаматы келді.

Ішкі істер министрі Марат Ахметжанов 3 қазанда 11 мың адам елден кеткенін айтты.

Ахметжановтың айтуынша, 441 адам азаматтық сұраған. «Жағдай тұрақты, бір тәулікте 5 мың адам \
өтті», – деді ол.

Шекарада 200 адам тұрды. Бұл туралы Kazinform агенттігі хабарлады.

Дереккөз: Zakon.kz, ІІМ-ге сілтеме жасап

Министрдің сөзінше, 120 адам қайтарылды.""",
    # A "Source:" line over the headline and lead above it, in each language.
    "uk source": """На кордоні з Польщею – 25 тисяч людей за добу

За добу до Польщі з України прибули 25 тисяч людей.

Джерело: Польське радіо з посиланням на Прикордонну службу Польщі

Деталі: За даними прикордонників, у зворотному напрямку кордон перетнули 18 тисяч.

Цитата речниці Прикордонної служби Польщі Анни Михальської: "Щодня до Польщі прибуває близько \
20 тисяч людей".

Міністерство внутрішніх справ Польщі повідомило, що 700 тисяч отримали номер PESEL.

Передісторія:

  • За оцінками ООН, 3 мільйони українців виїхали за кордон.
  • Довжина кордону – 535 км.""",
    "ru source": """В Грузию въехали 10 тысяч россиян

За сутки в Грузию въехали 10 тысяч россиян.

Источник: «Эхо Кавказа» со ссылкой на МВД Грузии

По данным ведомства, выехали 4 тысячи.

Предыстория: 21 сентября в России объявили мобилизацию.""",
    "kk source": """Қазақстанға 5 мың адам келді

Тәулік ішінде Қазақстанға 5 мың Ресей азаматы келді.

Дереккөз: Tengrinews, ҰҚК Шекара қызметіне сілтеме жасап

Қызмет мәліметінше, 2 мың адам елден кетті.""",
    "en source": """5,000 cross into Georgia

More than 5,000 Russians entered Georgia on Tuesday.

Source: Georgian outlet Civil.ge, citing Levan Kobakhidze, head of the border police

According to him, 2,000 left. The head of the border police said that 400 were refused entry.

Previously: On 25 September, the Georgian Interior Ministry said 9,000 had entered.""",
}

# (article, fragment, attributed to, carried by)
OWN_SENTENCES = [
    (
        "en",
        "Thousands cross into Poland",
        "State Border Guard Service of Ukraine",
        "Interfax-Ukraine",
    ),
    (
        "en",
        "Some 12,000 people crossed",
        "State Border Guard Service of Ukraine",
        "Interfax-Ukraine",
    ),
    ("en", "Reuters, citing the ministry", "the ministry", "Reuters"),
    ("en", "said Maria Lopez", "Maria Lopez", None),
    ("en", "9,000 arrivals last week", "Maria Lopez", None),
    ("en", "She added that 300", "Maria Lopez", None),
    ("en", "According to Interior Minister John Smith", "John Smith", None),
    ("en", "Smith told the BBC", "John Smith", "BBC"),
    ("en", "The minister said 800", "John Smith", None),
    ("en", "Border guards said", "State Border Guard Service of Ukraine", "Interfax-Ukraine"),
    ("en", "It was reported that 50", None, None),
    ("en", "UNHCR said on Friday", "UNHCR", None),
    ("en", "About 90% of them", None, None),
    ("ru", "за сутки въехали 15 тысяч россиян", "МВД Казахстана", None),
    ("ru", "Как сообщили в пресс-службе", "МВД Казахстана", None),
    ("ru", "Глава ведомства Марат Ахметжанов", "Марат Ахметжанов", None),
    ("ru", "Ахметжанов также отметил", "Марат Ахметжанов", None),
    ("ru", "По словам министра", "Марат Ахметжанов", "Интерфакс-Казахстан"),
    ("ru", "По словам Ахметжанова", "Марат Ахметжанов", "Интерфакс-Казахстан"),
    ("ru", "Об этом сообщает", "пограничная служба КНБ", "Интерфакс-Казахстан"),
    ("ru", "По данным Пограничной службы", "Пограничная служба КНБ Казахстана", None),
    ("ru", "Она добавила", None, None),
    ("ru", "Мария Захарова заявила", "Мария Захарова", None),
    ("ru", "По её словам", "Мария Захарова", None),
    ("ru", "Минобороны России сообщало", "Минобороны России", None),
    ("uk", "Як повідомив речник ДПСУ", "Андрій Демченко", None),
    ("uk", "За словами Демченка", "Андрій Демченко", None),
    ("uk", "Сергій Дейнеко зазначив", "Сергій Дейнеко", "Укрінформ"),
    ("uk", "Очільник відомства також", "Сергій Дейнеко", "Укрінформ"),
    ("uk", "Про це повідомляє Укрінформ", "ДПСУ", "Укрінформ"),
    ("uk", "Вона додала", None, None),
    ("uk", "Суспільне писало", None, "Суспільне"),
    ("kk", "ІІМ мәліметінше", "ІІМ", "Zakon.kz"),
    ("kk", "Қазақстанға 7 мың ресейлік келді", "ІІМ", "Zakon.kz"),
    ("kk", "Марат Ахметжанов 3 қазанда", "Марат Ахметжанов", None),
    ("kk", "Ахметжановтың айтуынша", "Марат Ахметжанов", None),
    ("kk", "деді ол", "Марат Ахметжанов", None),
    ("kk", "Шекарада 200 адам тұрды", None, "Kazinform"),
    ("kk", "Министрдің сөзінше", "Марат Ахметжанов", None),
    ("uk source", "На кордоні з Польщею", "Прикордонна служба Польщі", "Польське радіо"),
    ("uk source", "За добу до Польщі", "Прикордонна служба Польщі", "Польське радіо"),
    ("uk source", "За даними прикордонників", "Прикордонна служба Польщі", "Польське радіо"),
    ("uk source", "Анни Михальської", "Анна Михальська", "Польське радіо"),
    (
        "uk source",
        "Міністерство внутрішніх справ Польщі",
        "Міністерство внутрішніх справ Польщі",
        None,
    ),
    ("uk source", "За оцінками ООН", "ООН", None),
    ("uk source", "Довжина кордону", None, None),
    ("ru source", "В Грузию въехали 10 тысяч", "МВД Грузии", "Эхо Кавказа"),
    ("ru source", "За сутки в Грузию", "МВД Грузии", "Эхо Кавказа"),
    ("ru source", "По данным ведомства", "МВД Грузии", "Эхо Кавказа"),
    ("ru source", "21 сентября в России", None, None),
    ("kk source", "Қазақстанға 5 мың адам келді", "ҰҚК Шекара қызметі", "Tengrinews"),
    ("kk source", "Тәулік ішінде", "ҰҚК Шекара қызметі", "Tengrinews"),
    ("kk source", "Қызмет мәліметінше", "ҰҚК Шекара қызметі", "Tengrinews"),
    ("en source", "5,000 cross into Georgia", "Levan Kobakhidze", "Civil.ge"),
    ("en source", "More than 5,000 Russians", "Levan Kobakhidze", "Civil.ge"),
    ("en source", "According to him, 2,000", "Levan Kobakhidze", "Civil.ge"),
    ("en source", "The head of the border police", "Levan Kobakhidze", "Civil.ge"),
    ("en source", "Georgian Interior Ministry", "Ministry of Internal Affairs of Georgia", None),
]


@pytest.fixture(name="own", scope="module")
def _own() -> dict[str, list[tuple[str, Attribution]]]:
    return {key: _read(text, key.split()[0]) for key, text in ARTICLES.items()}


@pytest.mark.parametrize(
    ("article", "fragment", "attributed", "carried"),
    OWN_SENTENCES,
    ids=[f"{row[0]}: {row[1][:28]}" for row in OWN_SENTENCES],
)
def test_own_articles_in_four_languages(
    own: dict[str, list[tuple[str, Attribution]]],
    article: str,
    fragment: str,
    attributed: str | None,
    carried: str | None,
) -> None:
    attribution = _find(own[article], fragment)[0]
    assert _name(attribution.attributed_to) == attributed
    assert _name(attribution.carried_by) == carried


# (language, sentence, the sentence up to the end of its own cue)
CUES = [
    ("en", "On 27 September, the ministry reported that almost 100,000 fled.",
     "On 27 September, the ministry reported that"),
    ("en", "Egypt's foreign ministry said on Sunday that 132,000 had entered.",
     "Egypt's foreign ministry said on Sunday that"),
    ("en", "According to the agency, 35,000 people cross every day.", "According to the agency,"),
    ("en", "Some 30,000 have returned home, the government said.",
     "Some 30,000 have returned home, the government said"),
    ("en", "More than 2,000 crossed on Monday.", None),
    ("ru", "По данным ведомства, вчера вернулись 10 тысяч человек.", "По данным ведомства,"),
    ("ru", "МИД Египта заявил в воскресенье, что 132 тысячи въехали.",
     "МИД Египта заявил в воскресенье, что"),
    ("uk", "За даними міністерства, кордон перетнули 2 мільйони.", "За даними міністерства,"),
    ("uk", "МВС повідомило, що 700 людей повернулися.", "МВС повідомило, що"),
    ("kk", "Комитет мәліметінше, 5 мың адам келді.", "Комитет мәліметінше,"),
    ("kk", "Бұл туралы ІІМ хабарлады.", "Бұл туралы ІІМ хабарлады"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "cue"), CUES, ids=[row[1][:30] for row in CUES])
def test_a_cue_ends_where_its_words_do(language: str, text: str, cue: str | None) -> None:
    """The lead tells a report's date from an event's by where the cue ends."""
    (reading,) = _read(text, language)
    assert _cue(text, reading[1]) == cue


# (language, text, each sentence's quoted)
QUOTES = [
    ("en", 'Quote from Smith: "Since Monday, 5,000 people have crossed."', [True]),
    ("en", '"We saw 8,572 people come in," he said.', [True]),
    ("en", 'Five Russians were stopped under the "mobilisation" law.', [False]),
    ("ru", "Через КПП «Верхний Ларс» въехали 53 тысячи россиян.", [False]),
    ("ru", "«Ситуация стабильная», — сказал он.", [True]),
    ("kk", "«Бүгін 5 мың адам келді. Ертең 3 мың келеді», – деді ол.", [True]),
    ("uk", 'Цитата речника: "Щодня ми фіксуємо близько 6 тисяч перетинів".', [True]),
]


@pytest.mark.parametrize(
    ("language", "text", "quoted"), QUOTES, ids=[row[1][:30] for row in QUOTES]
)
def test_figures_in_direct_speech_are_quoted(language: str, text: str, quoted: list[bool]) -> None:
    assert [reading.quoted for _, reading in _read(text, language)] == quoted


def test_a_quotation_over_two_sentences_is_its_speakers_throughout() -> None:
    """The speaker named after a quotation's end is its first sentence's speaker too."""
    text = (
        "«Қандастардың басым бөлігі солтүстікке қоныстанды. Өткен аптада 312 қандас өтініш "
        "берді», – деді комитет төрағасы Ерлан Сәрсенбаев."
    )
    sentences = split_sentences(text, "kk")
    readings = attribute(sentences, "kk")
    assert [_name(reading.attributed_to) for reading in readings] == ["Ерлан Сәрсенбаев"] * len(
        sentences
    )


def test_nothing_to_read_gives_nothing() -> None:
    assert attribute([], "en") == []


SINGLE_SENTENCES = [
    # A date or "earlier" before the speaker is when it spoke, no part of its name.
    ("ru", "Ранее: 27 сентября МВД Казахстана сообщило, что за неделю в Казахстан бежали почти "
     "100 тысяч россиян.", "МВД Казахстана", None),
    ("uk", "27 вересня Міністерство внутрішніх справ Казахстану повідомило, що за тиждень до "
     "Казахстану втекли майже 100 тисяч росіян.", "Міністерство внутрішніх справ Казахстану",
     None),
    ("kk", "Бұған дейін, 27 қыркүйекте ҚР Ішкі істер министрлігі бір аптада Қазақстанға 100 "
     "мыңға жуық ресейлік келгенін хабарлаған.", "ҚР Ішкі істер министрлігі", None),
    # A body's kind before its quoted name: the name.
    ("ru", "По данным компании «Армения Интернешнл Эйрпортс», в сентябре в Ереван прилетели 45 "
     "тысяч россиян.", "Армения Интернешнл Эйрпортс", None),
    # An outlet's quoted name before its verb is the subject, no quotation.
    ("ru", '27 сентября издание "Медиазона" сообщило, что пятерых россиян не выпустили из '
     "страны.", None, "Медиазона"),
    ("uk", "27 вересня видання «Медіазона» повідомило, що п'ятьох росіян не випустили з "
     "країни.", None, "Медіазона"),
    # A plural subject's present tense, and verbs of estimating.
    ("en", "Czech police estimate that 50,000 Ukrainians have already returned home.",
     "Czech police", None),
    ("en", "UNHCR believes that 5,000 people crossed into Chad last week.", "UNHCR", None),
    ("ru", "Полиция оценивает, что домой вернулись 50 тысяч украинцев.", "Полиция", None),
    ("uk", "Поліція оцінює, що додому повернулися 50 тисяч українців.", "Поліція", None),
    # A body's name that lists its fields runs past its commas.
    ("en", "The Ministry of Labour, Social Security and Migration said 3,480 people have flown "
     "back.", "Ministry of Labour, Social Security and Migration", None),
    ("ru", "По данным Министерства труда, социального обеспечения и миграции КР, в январе "
     "вернулись 500 человек.", "Министерство труда, социального обеспечения и миграции КР",
     None),
    ("uk", "За даними Міністерства інклюзії, соціального забезпечення та міграції Іспанії, "
     "захист отримали 170 тисяч українців.",
     "Міністерство інклюзії, соціального забезпечення та міграції Іспанії", None),
    # What stands before a three-word name may be a place or a body, not the name.
    ("ru", "Как сообщил начальник полиции Киркенеса Ханс Мёллер, в Норвегию въехали 300 "
     "сирийцев.", "Ханс Мёллер", None),
    ("ru", "Как сообщил глава Migraciones Эдуардо Севальос, в Перу въехали 3 тысячи "
     "венесуэльцев.", "Эдуардо Севальос", None),
    ("ru", "Как сообщила директор школы Мария Луиза Гарсия, в Испанию вернулись 30 детей.",
     "Мария Луиза Гарсия", None),
    ("kk", "27 қыркүйекте «Медиазона» басылымы бес ресейлікті елден шығармағанын хабарлады.",
     None, "Медиазона"),
    # A Kazakh subject ends before "also".
    ("kk", "Ведомство сондай-ақ өткен жылы визалық режимді бұзған 14 ҚХР азаматы елден "
     "шығарылғанын хабарлады.", "Ведомство", None),
    # A dot inside an outlet's name ends nothing.
    ("kk", "Бұл туралы Zakon.kz сайты ҚР Ішкі істер министрі Марат Ахметжановқа сілтеме жасап "
     "хабарлады.", "Марат Ахметжанов", ZAKON),
    # A passive of something else ("was announced") names no one; the speaker named after it
    # said the figure.
    ("en", "Nearly 98,000 Russians have arrived since the mobilisation was announced, "
     "according to the Kazakh interior ministry.", "Ministry of Internal Affairs of Kazakhstan",
     None),
    ("en", "Nearly 98,000 Russians have arrived since the mobilisation was announced, the "
     "border service said.", "the border service", None),
    ("en", "It was reported that 5,000 Russians entered Georgia.", None, None),
    # A post of a place the article names is someone, named or not.
    ("en", "Some 5,000 people are crossing into Mongolia each day, the governor of Bayan-Ulgii "
     "province told AFP.", "governor of Bayan-Ulgii province", "AFP"),
    ("en", "About 300 Syrians arrived in Norway last week, the mayor of Kirkenes told NRK.",
     "mayor of Kirkenes", "NRK"),
    # An outlet the reader knows wrote it: it carried the figure, whoever gave it.
    ("uk", "Раніше Ukrainska Pravda писала, що в Німеччині зареєстровані 1,1 млн українських "
     "біженців.", None, "Ukrainska Pravda"),
    ("uk", "Раніше «Українська правда» писала, що в Німеччині зареєстровані 1,1 млн українських "
     "біженців.", None, "Українська правда"),
    ("ru", "«Медуза» писала, что в Германии зарегистрированы 1,1 млн беженцев.", None, "Медуза"),
    # A sentence adverb opens no speaker's name.
    ("en", "Separately, the IOM said 3,200 Chadians had come back from Sudan.", "IOM", None),
    ("en", "Elsewhere, Greek police said 300 migrants landed on Lesbos.", "Greek police", None),
    # A post of a state, unnamed, in Ukrainian, Russian and Kazakh.
    ("uk", "«Минулої доби до Словаччини в'їхали 8 тисяч людей», – сказав міністр внутрішніх "
     "справ Словаччини.", "міністр внутрішніх справ Словаччини", None),
    ("ru", "Минувшей ночью в Словакию въехали 8 тысяч человек, заявил министр внутренних дел "
     "Словакии.", "министр внутренних дел Словакии", None),
    ("kk", "Өткен тәулікте Словакияға 8 мың адам кірді, деді Словакияның ішкі істер министрі.",
     "Словакияның ішкі істер министрі", None),
    # Who relays a body's figures under a bare name is an outlet, whatever its name reads as;
    # at a sentence's end the relay is no part of the body's name.
    ("en", "Some 2.1 million Ukrainians have crossed into Poland, according to data from the "
     "Polish Border Guard cited by Notes from Poland.", "Polish Border Guard",
     "Notes from Poland"),
    ("en", "According to the Polish Border Guard, cited by Gazeta Wyborcza, 2.1 million "
     "Ukrainians have crossed into Poland.", "Polish Border Guard", "Gazeta Wyborcza"),
    # The outlet told, in the dative after the speaker's name.
    ("ru", "В Сербию с февраля прибыли более 15 тысяч россиян, заявил министр внутренних дел "
     "Ивица Дачич телеканалу RTS.", "Ивица Дачич", "RTS"),
    ("uk", "«До Сербії з лютого прибули понад 15 тисяч росіян», – заявив міністр Івіца Дачич "
     "виданню «Політика».", "Івіца Дачич", "Політика"),
    # The outlet on whose air, or in whose interview, the speaker spoke, after the verb.
    ("uk", "Голова прикордонної служби Фінляндії Пассі Ровіо заявив в ефірі Yle, що за вихідні "
     "до країни в'їхали 17 тисяч росіян.", "Пассі Ровіо", "Yle"),
    ("ru", "Глава погранслужбы Финляндии Пасси Ровио заявил в эфире Первого канала, что за "
     "выходные в страну въехали 17 тысяч россиян.", "Пасси Ровио", "Первый канал"),
    ("uk", "Речник ДПСУ Андрій Демченко зазначив у коментарі «Суспільному», що від початку "
     "року з України виїхали понад 4 тисячі чоловіків.", "Андрій Демченко", "Суспільне"),
    # A body's people announced it.
    ("uk", "Близько 600 громадян Киргизстану повернулися з Росії минулого тижня, оголосили в "
     "МЗС республіки.", "МЗС республіки", None),
    ("ru", "Около 600 граждан Кыргызстана вернулись из России на прошлой неделе, объявили в МИД "
     "республики.", "МИД республики", None),
    ("ru", "После того как Путин объявил мобилизацию, в Казахстан въехали 98 тысяч россиян.",
     None, None),
    # A body spoken for, then a quoted name before the verb: the outlet told.
    ("ru", "В пресс-службе МВД Грузии «Эхо Кавказа» рассказали, что за сутки в Грузию въехали "
     "5200 россиян.", "МВД Грузии", "Эхо Кавказа"),
    ("uk", "У МВС Туреччини «Анадолу» повідомили, що з початку року з країни видворено майже 60 "
     "тисяч афганців.", "МВС Туреччини", "Анадолу"),
    ("ru", "В авиакомпании «Аэрофлот» сообщили, что за сутки в Грузию прилетели 5200 россиян.",
     "Аэрофлот", None),
    # "announced" closing the sentence on its speaker; "posted on" a site.
    ("en", "Some 600 Kyrgyz citizens returned from Russia last week, the Kyrgyz foreign "
     "ministry announced.", "Ministry of Foreign Affairs of Kyrgyzstan", None),
    ("en", "Putin announced a partial mobilisation, and 600 Kyrgyz citizens returned from "
     "Russia last week.", None, None),
    ("en", "Some 600 Kyrgyz citizens returned from Russia last week, the Kyrgyz embassy posted "
     "on its website.", "Kyrgyz embassy", None),
    # The outlet told by its kind and its name, before the speaker; a tour operator is a body.
    ("uk", "За останні два тижні з Грузії додому повернулися від 1,5 до 2 тисяч українців, як "
     "розповів виданню «Суспільне» консул Посольства України в Грузії Андрій Ткачук.",
     "Андрій Ткачук", "Суспільне"),
    ("uk", "Щодня через аеропорт Марракеша до країни прибувають до 60 українських туристів, "
     "оцінює туроператор «Атлас Тревел».", "Атлас Тревел", None),
    # A body by its kind, the words of its name and its quoted name.
    ("uk", "За даними Асоціації українців Йорданії «Калина», з 1 січня по 29 лютого з Йорданії "
     "додому повернулися майже 300 українок.", "Асоціація українців Йорданії «Калина»", None),
    # A relaying outlet whose name has a dot in it.
    ("ru", "В первом квартале в Саудовскую Аравию выехали 41,6 тысячи граждан Узбекистана, "
     "говорится в отчете Государственного комитета по туризму, на который ссылается Kun.uz.",
     "Государственный комитет по туризму", "Kun.uz"),
    # Whose figures: "according to figures X published", "figures X, known as Y, released".
    ("en", "Haitians lodged almost 9,000 asylum applications in Mexico, according to figures "
     "the interior ministry released on Tuesday.", "Ministry of Internal Affairs", None),
    # A body named after its kind in Ukrainian: a superintendency.
    ("uk", "З 1 квітня по 27 вересня до Перу в'їхали 1,2 тисячі громадян України, пише "
     "перуанська газета El Comercio з посиланням на Національну суперінтенденцію з питань "
     "міграції (Migraciones).", "Національна суперінтенденція з питань міграції", "El Comercio"),
    # A body whose name lists its fields before its kind, cut at the first comma no more.
    ("en", "Officers refused entry to 86 Bangladeshi passengers in February, the Nationality, "
     "Passports and Residence Affairs directorate (NPRA) said.",
     "Nationality, Passports and Residence Affairs directorate", None),
    # A body known by one word is someone, though the word reads like a surname.
    ("en", "A dozen Afghans were deported from Iran on Monday, the Taliban said.", "Taliban",
     None),
    # The outlet's verb after the speaker, with the outlet's kind before its name.
    ("ru", "В понедельник в Монголию въехали почти 3 тысячи человек, заявил Иван Петров, "
     "передает агентство «Монцамэ».", "Иван Петров", "Монцамэ"),
    ("uk", "У понеділок до Монголії в'їхали майже 3 тисячі людей, заявили в МВС, пише "
     "монгольське видання Montsame.", "МВС", "Montsame"),
    # The outlet that spread a body's statement.
    ("ru", "По данным МВД Турции, которые опубликовало агентство Anadolu, с начала года "
     "депортированы почти 60 тыс. афганцев.", "МВД Турции", "Anadolu"),
    ("uk", "Туреччина з початку року депортувала майже 60 тис. афганців, йдеться в заяві МВС "
     "Туреччини, яку поширило агентство Anadolu.", "МВС Туреччини", "Anadolu"),
    ("en", "According to the Polish Border Guard, cited by spokeswoman Anna Michalska, 2.1 "
     "million Ukrainians have crossed into Poland.", "Polish Border Guard", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "attributed", "carried"),
    SINGLE_SENTENCES,
    ids=[f"{row[0]}: {row[1][:28]}" for row in SINGLE_SENTENCES],
)
def test_one_sentence_names_its_speaker(
    language: str, text: str, attributed: str | None, carried: str | None
) -> None:
    ((_, attribution),) = _read(text, language)
    assert _name(attribution.attributed_to) == attributed
    assert _name(attribution.carried_by) == carried


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        # After a figure's abbreviated thousands, a capitalised word opens the next sentence.
        ("uk", "До Польщі виїхали близько 110 тис. Відтоді як почалася війна, їх 2 млн.", 2),
        ("ru", "Въехали около 12 тыс. Большинство из них мужчины.", 2),
        # A lower-case word goes on with the same one.
        ("ru", "Въехали около 12 тыс. человек из России.", 1),
    ],
)
def test_a_sentence_ends_after_abbreviated_thousands(language: str, text: str, count: int):
    assert len(split_sentences(text, language)) == count


@pytest.mark.parametrize(
    ("language", "source", "attributed", "carried"),
    [
        ("uk", "Джерело: міністр внутрішніх справ Грузії Вахтанг Гомелаурі, пише «Ехо Кавказу»",
         "Вахтанг Гомелаурі", "Ехо Кавказу"),
        ("ru", "Источник: глава МВД Грузии Вахтанг Гомелаури, пишет «Эхо Кавказа»",
         "Вахтанг Гомелаури", "Эхо Кавказа"),
        ("en", "Source: Georgian Interior Minister Vakhtang Gomelauri, as quoted by Echo of the "
               "Caucasus", "Vakhtang Gomelauri", "Echo of the Caucasus"),
        ("en", "Source: UNHCR, via Reuters", "UNHCR", "Reuters"),
    ],
)  # fmt: skip
def test_a_source_line_names_the_outlet_that_carried_its_speaker(
    language: str, source: str, attributed: str, carried: str
) -> None:
    figure = {
        "uk": "З 21 вересня до Грузії в'їхали понад 50 тисяч громадян Росії.",
        "ru": "С 21 сентября в Грузию въехали более 50 тысяч граждан России.",
        "en": "Since 21 September, more than 50,000 Russians have entered Georgia.",
    }[language]
    (attribution,) = _find(_read(f"{figure}\n\n{source}\n", language), figure[:12])
    assert _name(attribution.attributed_to) == attributed
    assert _name(attribution.carried_by) == carried


def test_a_source_line_vouches_for_no_other_body_named_just_above_it():
    """ "Source: X, citing Haiti's National Office of Migration" under what the Haitian
    consulate said: the consulate's words were not the outlet's to carry."""
    text = (
        "Seven Haitians returned home voluntarily last week, the Haitian consulate in "
        "Providenciales said.\n\n"
        "Source: Radio Télévision Caraïbes, citing Haiti's National Office of Migration (ONM)\n\n"
        "Details: The ONM received 2,045 Haitians deported from the Turks and Caicos Islands "
        "between January and June.\n"
    )
    readings = _read(text, "en")
    (consulate,) = _find(readings, "Seven Haitians")
    assert _name(consulate.attributed_to) == "Haitian consulate in Providenciales"
    assert consulate.carried_by is None
    (office,) = _find(readings, "The ONM received")
    assert _name(office.carried_by) == "Radio Télévision Caraïbes"


@pytest.mark.parametrize(
    ("language", "text", "attributed"),
    [
        # A body that kept people in counted them; its short name in capitals is a body.
        ("ru", "Пограничная служба не выпустила из страны 14 человек.", "Пограничная служба"),
        ("ru", "В понедельник на Баграташене КГД не выпустил из страны 14 человек.", "КГД"),
    ],
)
def test_a_body_that_kept_people_in_is_the_source(
    language: str, text: str, attributed: str
) -> None:
    ((_, attribution),) = _read(text, language)
    assert _name(attribution.attributed_to) == attributed


def test_a_source_line_naming_a_bodys_spokesman_by_its_initials_vouches_for_the_body():
    text = (
        "За минулу добу кордон між Україною та Польщею перетнули понад 40 тисяч осіб, "
        "повідомила Державна прикордонна служба України.\n\n"
        "Джерело: речник ДПСУ Андрій Демченко, пише «Європейська правда»\n"
    )
    (reading,) = _find(_read(text, "uk"), "За минулу добу")
    assert _name(reading.attributed_to) == "Державна прикордонна служба України"
    assert _name(reading.carried_by) == "Європейська правда"


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("en", "Some 300 migrants reached Lampedusa on Monday, Frontex said.", "organisation"),
        ("en", "Some 300 migrants reached Lampedusa on Monday, the Kremlin said.", "organisation"),
        ("ru", "По данным Росстата, в 2022 году в Грузию уехали 112 тысяч человек.",
         "organisation"),
        ("en", "Some 300 migrants reached Lampedusa on Monday, Smith said.", "person"),
    ],
)  # fmt: skip
def test_a_body_known_by_one_word_is_no_person(language: str, text: str, kind: str) -> None:
    ((_, attribution),) = _read(text, language)
    assert attribution.attributed_to is not None
    assert attribution.attributed_to.kind == kind
