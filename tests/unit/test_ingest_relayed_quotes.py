"""The outlet that quotes a speaker, named after the speaker at the sentence's end: "— заявил
министр ..., слова которого приводит «Интерфакс»", "цитирует его «Интерфакс»", "слова якого
наводить «Інтерфакс»", "оның сөзін Интерфакс агенттігі келтіреді". The speaker said it, the
outlet carried it. Phrasings written for these tests (twenty-third session)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest_reading import read_candidates, said_and_carried

DAY = date(2022, 10, 2)


@pytest.mark.parametrize(
    ("language", "text", "said", "carried"),
    [
        ("ru", "«За неделю в Грузию въехали 78 тысяч граждан России», — заявил министр "
         "внутренних дел Грузии Вахтанг Гомелаури, слова которого приводит «Интерфакс».",
         "Вахтанг Гомелаури", "Интерфакс"),
        ("ru", "За неделю в Грузию въехали 78 тысяч граждан России, заявил министр Вахтанг "
         "Гомелаури, цитирует его «Интерфакс».", "Вахтанг Гомелаури", "Интерфакс"),
        ("ru", "За неделю в Грузию въехали 78 тысяч граждан России, заявил министр Вахтанг "
         "Гомелаури, цитирует «Интерфакс».", "Вахтанг Гомелаури", "Интерфакс"),
        ("uk", "«За тиждень до Грузії в'їхали 78 тисяч громадян Росії», — заявив міністр "
         "внутрішніх справ Грузії Вахтанг Гомелаурі, слова якого наводить «Інтерфакс».",
         "Вахтанг Гомелаурі", "Інтерфакс"),
        ("uk", "За тиждень до Грузії в'їхали 78 тисяч громадян Росії, заявив міністр Вахтанг "
         "Гомелаурі, цитує його «Інтерфакс».", "Вахтанг Гомелаурі", "Інтерфакс"),
        ("kk", "«Бір аптада Грузияға Ресейдің 78 мың азаматы кірді», – деді Грузия ішкі істер "
         "министрі Вахтанг Гомелаури, оның сөзін Интерфакс агенттігі келтіреді.",
         "Вахтанг Гомелаури", "Интерфакс"),
        ("kk", "Бір аптада Грузияға Ресейдің 78 мың азаматы кірді, деді министр Вахтанг "
         "Гомелаури, оның сөзін «Интерфакс» келтірді.", "Вахтанг Гомелаури", "Интерфакс"),
        ("en", "\"In the past week, 78,000 Russian citizens have entered Georgia,\" Interior "
         "Minister Vakhtang Gomelauri said, quoted by Interfax.", "Vakhtang Gomelauri",
         "Interfax"),
    ],
)  # fmt: skip
def test_the_outlet_quoting_the_speaker_carried_the_figure(
    language: str, text: str, said: str, carried: str
) -> None:
    (candidate,) = read_candidates(language, DAY, text)
    assert candidate.figure.value == 78_000
    assert said_and_carried(candidate) == (said, carried)


@pytest.mark.parametrize(
    "text",
    [
        # An outlet the reader knows, named bare before whom it cites; or in the genitive
        # before "хабарлауынша" (twenty-fourth session).
        "Kazinform ІІМ-ге сілтеме жасап, бір аптада елге 20 мың ресейлік келгенін хабарлады.",
        "Kazinform агенттігінің ІІМ-ге сілтеме жасап хабарлауынша, бір аптада елге 20 мың "
        "ресейлік келген.",
        "Бір аптада елге 20 мың ресейлік келген, деп хабарлады Kazinform ІІМ-ге сілтеме жасап.",
    ],
)
def test_kazakh_outlet_citing_a_body_before_the_figure(text: str) -> None:
    (candidate,) = read_candidates("kk", DAY, text)
    assert said_and_carried(candidate) == ("ІІМ", "Kazinform")
