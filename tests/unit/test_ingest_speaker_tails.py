"""Who said it, as a curator names them: a sentence that opens with a time or a count ("Over
the same two months, ..., it said") names no speaker, so "it" is the one before; "the Eid Al
Adha holiday, Dubai's General Directorate ... said" is the directorate, no person; officers who
"admitted 35,700 visitors" let them in and said nothing; a body "at the Justice Ministry" is
the body; "Source: Dirección Nacional de Migración (DNM), Uruguay" is the directorate, and a
body named in Spanish is a body. Phrasings from the short items' tuning misses (twenty-eighth
session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article
from bot.ingest.reporting import find_cue
from bot.ingest.reporting_subjects import kazakh_subject
from bot.ingest.speakers import read_phrase

DAY = date(2024, 6, 10)


def _speakers(text: str) -> list[str | None]:
    reading = read_article(text, "en", DAY)
    return [c.attributed_to.name if c.attributed_to else None for c in reading.candidates]


@pytest.mark.parametrize(
    "opening",
    ["Over the same two months, roughly", "Another", "Only", "Some", "About"],
)
def test_it_said_after_a_time_or_a_count_is_the_speaker_before(opening: str) -> None:
    text = (
        "Tunisia's National Guard said 310,000 Algerians entered Tunisia in July and August. "
        f"{opening} 260,000 Tunisians left for Algeria through the two posts, it said."
    )
    assert _speakers(text) == ["Tunisia's National Guard", "Tunisia's National Guard"]


def test_it_said_after_the_subject_is_the_subject() -> None:
    cue = find_cue("BAMF received 1,746 applications in March, it said in its report.", "en")
    assert cue is not None
    assert cue.phrase == "BAMF"


def test_a_holiday_before_a_body_is_no_person() -> None:
    assert _speakers(
        "More than 74,000 travellers passed through the Hatta border crossing between the UAE "
        "and Oman from June 5 to June 8, the Eid Al Adha holiday, Dubai's General Directorate "
        "of Residency and Foreigners Affairs (GDRFA) said on Monday."
    ) == ["Dubai's General Directorate of Residency and Foreigners Affairs"]


def test_officers_who_admitted_visitors_let_them_in() -> None:
    assert _speakers(
        "On the Omani side, officers at the Al Wajajah post admitted 35,700 visitors arriving "
        "from the UAE over the same four days, the Royal Oman Police said in a post on X."
    ) == ["Royal Oman Police"]


def test_a_speaker_who_admitted_something_still_speaks() -> None:
    cue = find_cue("The minister admitted that 300 people had left.", "en")
    assert cue is not None
    assert cue.phrase == "The minister"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Citizens of North Macedonia submitted 6,200 applications for Bulgarian citizenship "
         "last year, the Bulgarian Citizenship Directorate at the Justice Ministry said on "
         "Wednesday.", "Bulgarian Citizenship Directorate"),
        ("More than 1,400 people applied for Ghanaian citizenship in 2025, the Office of "
         "Diaspora Affairs at the presidency said on Tuesday.", "Office of Diaspora Affairs"),
    ],
)  # fmt: skip
def test_a_body_is_named_without_where_it_sits(text: str, body: str) -> None:
    assert _speakers(text) == [body]


def test_a_source_line_names_its_body_without_its_country() -> None:
    assert _speakers(
        "Source: Dirección Nacional de Migración (DNM), Uruguay\n\n"
        "A total of 61,250 Argentine citizens entered Uruguay through the port of Colonia "
        "between 26 December and 6 January."
    ) == ["Dirección Nacional de Migración"]


@pytest.mark.parametrize(
    "name", ["Dirección Nacional de Migración", "Migración Colombia", "Polícia Federal"]
)
def test_a_body_named_in_spanish_or_portuguese_is_a_body(name: str) -> None:
    speaker = read_phrase(name, "en").speaker
    assert speaker is not None
    assert speaker.kind == "organisation"


@pytest.mark.parametrize(
    ("language", "phrase", "name"),
    [
        # A kind of place, then its name, then the person's.
        ("uk", "Адміністратор конголезької території Камако Жан-Поль Мутомбо",
         "Жан-Поль Мутомбо"),
        ("uk", "заступник губернатора провінції Так Сомчай Прасерт", "Сомчай Прасерт"),
        ("uk", "директор пункту пропуску Башмах Карван Мухаммад", "Карван Мухаммад"),
        ("uk", "речник поліції Штирії Маркус Лайтнер", "Маркус Лайтнер"),
        ("uk", "координатор служби в окрузі Бусіа Пітер Овіно", "Пітер Овіно"),
        ("uk", "префект Вакаги Ісмаель Дуду", "Ісмаель Дуду"),
        # A first name and a patronymic stay.
        ("ru", "губернатор Иван Петрович Сидоров", "Иван Петрович Сидоров"),
        ("uk", "губернатор Іван Петрович Сидоренко", "Іван Петрович Сидоренко"),
        # A name of three short parts stays whole; a country before a name is no part of it.
        ("uk", "речник міністерства Кім Ин Су", "Кім Ин Су"),
        ("ru", "представитель министерства Рам Прасад Шреста", "Рам Прасад Шреста"),
        ("uk", "посол України Сергій Кислиця", "Сергій Кислиця"),
        ("ru", "представитель Генштаба Драган Петрович", "Драган Петрович"),
    ],
)  # fmt: skip
def test_a_persons_name_after_a_place(language: str, phrase: str, name: str) -> None:
    speaker = read_phrase(phrase, language).speaker
    assert speaker is not None
    assert speaker.name == name


@pytest.mark.parametrize(
    ("language", "phrase", "name"),
    [
        ("ru", "представитель Департамента иммиграции Непала Рам Прасад Гхимире",
         "Рам Прасад Гхимире"),
        ("ru", "директор регионального отделения Департамента социального обеспечения и "
         "развития Филиппин Рамон Дела Крус", "Рамон Дела Крус"),
        ("ru", "пресс-служба Министерства труда, миграции и занятости населения республики",
         "Министерство труда, миграции и занятости населения"),
    ],
)  # fmt: skip
def test_a_bodys_country_or_republic_is_no_part_of_a_name(
    language: str, phrase: str, name: str
) -> None:
    speaker = read_phrase(phrase, language).speaker
    assert speaker is not None
    assert speaker.name == name


def test_an_aside_without_commas_is_no_part_of_the_speaker() -> None:
    cue = find_cue(
        "Министерство внутренних дел Грузии со своей стороны сообщило о почти 61 тыс. "
        "пересечений «Красного моста».",
        "ru",
    )
    assert cue is not None
    assert cue.phrase == "Министерство внутренних дел Грузии"


@pytest.mark.parametrize(
    ("region", "subject"),
    [
        ("Бутанның Көші-қон департаменті 2024 жылы Паро әуежайы мен Пхунчолинг бекеті арқылы "
         "елден 14 мың 230 Бутан азаматы Австралияға кеткенін", "Бутанның Көші-қон департаменті"),
        ("Бразилияның Федералдық полициясы өткен аптада Фос-ду-Игуасудағы кеден бекетінде 12 "
         "адамды елге кіргізбегенін", "Бразилияның Федералдық полициясы"),
        ("Өзбекстанның Сыртқы еңбек көші-қоны агенттігі биылғы алғашқы үш айдың қорытындысын",
         "Өзбекстанның Сыртқы еңбек көші-қоны агенттігі"),
        ("Министрліктің көші-қон басқармасының басшысы Бағдат Сейітов маусымда 300-ден астам "
         "қандастың ҚР азаматтығын алуға өтініш бергенін",
         "Министрліктің көші-қон басқармасының басшысы Бағдат Сейітов"),
    ],
)  # fmt: skip
def test_a_kazakh_subject_ends_where_the_time_begins(region: str, subject: str) -> None:
    assert kazakh_subject(region) == subject
