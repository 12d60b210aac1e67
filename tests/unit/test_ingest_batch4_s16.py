"""What the fourth batch of short news items taught (sixteenth session; figures invented):
people described as deported, whatever brought them; could not leave; Kazakh refusals and
"exceeded"; the number of buses; both ways in Ukrainian; applications of the kind counted
before; aims and people due to go; a balance of flows; who live somewhere; and a Kazakh
speaker's own name, which counts nothing."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import Candidate, LeftOut, read_article

DAY = date(2025, 12, 2)


def _read(language: str, text: str) -> tuple[tuple[Candidate, ...], tuple[LeftOut, ...]]:
    reading = read_article("Headline\n\n" + text, language, DAY)
    return reading.candidates, reading.left_out


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Deported, whatever flight or bus brought them.
        (
            "ru",
            "Накануне в аэропорт Катманду транзитом через Дубай были доставлены 47 граждан "
            "Непала, депортированных из Малайзии.",
            ("deported", 47),
        ),
        (
            "uk",
            "У четвер з авіабази в Сантьяго до Каракаса вилетів літак зі 138 громадянами "
            "Венесуели, яких вислали з Чилі.",
            ("deported", 138),
        ),
        (
            "uk",
            "У травні до аеропорту «Манас» у Бішкеку прибули 1 870 громадян Киргизстану, яких "
            "видворили з Росії.",
            ("deported", 1870),
        ),
        # Could not leave, or were not let go.
        (
            "ru",
            "Только в минувшие выходные вылететь в Анталью и Дубай не смогли 57 человек.",
            ("exit_refused", 57),
        ),
        (
            "en",
            "Over the weekend 57 people could not fly out of Pulkovo because of their debts.",
            ("exit_refused", 57),
        ),
        (
            "ru",
            "С января береговая охрана не позволила выйти в море почти 9 тысячам человек.",
            ("exit_refused", 9000),
        ),
        (
            "uk",
            "За останні десять днів в аеропорту Ашгабата не дозволили вилетіти щонайменше 140 "
            "громадянам Туркменістану.",
            ("exit_refused", 140),
        ),
        (
            "kk",
            "Тәжікстанның Шекара әскерлері 1 сәуірден бері әскери жастағы 1 350 жігіттің елден "
            "шығуына жол бермеді, деп хабарлады ведомство.",
            ("exit_refused", 1350),
        ),
        (
            "kk",
            "Шекара күзеті өткен аптада мыңнан астам адамның Польшаға кіруіне жол бермей, "
            "оларды Беларусь жағына кері қайтарғанын хабарлады.",
            ("entry_refused", 1000),
        ),
        (
            "kk",
            "Басқарма осы кезеңде Стамбул әуежайында 1 800-ге жуық түрікменстандықтың елге "
            "кіруіне рұқсат етілмегенін мәлімдеді.",
            ("entry_refused", 1800),
        ),
        # Both ways, in the Ukrainian preposition "у".
        (
            "uk",
            "Загалом за тиждень кордон у обидва боки перетнули 61,3 тис. осіб і 18 тис. "
            "транспортних засобів.",
            ("crossings", 61300),
        ),
        # A Kazakh speaker named before the figure counts nothing with their own name.
        (
            "kk",
            "Грекияның Көші-қон және баспана министрлігі сол айда Лесбос аралына Түркия "
            "жағалауынан 1 100-ден астам адам жеткенін жазды.",
            ("entered", 1100),
        ),
        (
            "kk",
            "Бангладештің Босқындарға көмек және репатриация жөніндегі комиссары Мохаммад "
            "Рафиқул Ислам тамыздың басынан бері Мьянмадан 18 мыңнан астам рохинджа келгенін "
            "айтты.",
            ("entered", 18000),
        ),
    ],
)
def test_what_the_figure_counts(language: str, text: str, expected: tuple[str, int]) -> None:
    candidates, _ = _read(language, text)
    assert [(c.metric, c.figure.value) for c in candidates] == [expected]


def test_exceeded_in_kazakh_is_more_than() -> None:
    text = (
        "Германияда баспана сұраған Түркия азаматтарының өтініштері 10 мыңнан асқан, деп "
        "хабарлады dpa агенттігі."
    )
    (candidate,), _ = _read("kk", text)
    assert (candidate.metric, candidate.figure.qualifier, candidate.figure.value) == (
        "asylum_applications",
        "more_than",
        10000,
    )


def test_applications_of_the_kind_counted_before() -> None:
    text = (
        "Mexico's refugee commission COMAR received 140,000 asylum applications last year. "
        "In the first quarter, the commission registered about 37,600 applications, most of "
        "them in Tapachula."
    )
    candidates, _ = _read("en", text)
    assert [(c.metric, c.figure.value) for c in candidates] == [
        ("asylum_applications", 140000),
        ("asylum_applications", 37600),
    ]


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # The number of buses, not of people.
        (
            "kk",
            "Ол жексенбі күні Ташкентке бет алған автобустар саны 300-ден асқанын да атап өтті.",
            "background",
        ),
        # An aim, and people still to go.
        (
            "en",
            "Its director said the government's target of 10,000 deportations a week is being "
            "met.",
            "background",
        ),
        (
            "ru",
            "Правительство Доминиканской Республики ранее поставило задачу выдворять до 10 "
            "тысяч нелегальных мигрантов в неделю.",
            "background",
        ),
        (
            "en",
            "The consulate said it had issued travel documents for a further 340 of its citizens "
            "who are due to be sent back before the end of the month.",
            "background",
        ),
        # Who live or are left there.
        (
            "uk",
            "«Лише за перші два тижні травня на Ієрро висадилися понад 2 300 людей — це острів, "
            "де живе близько 11 тисяч мешканців», — сказала речниця.",
            "stock",
        ),
        (
            "kk",
            "Министрлік Иранда әлі де 4 миллионға жуық ауғандық тұратынын мәлімдеді.",
            "stock",
        ),
        ("kk", "Консул Ливанда әлі де 150-ге жуық қазақстандық қалғанын айтты.", "stock"),
        # A figure called groundless.
        (
            "ru",
            "Сообщения гаитянских СМИ о 25 тысячах высланных за неделю в DGM назвали "
            "«безосновательными».",
            "denied",
        ),
    ],
)
def test_left_out(language: str, text: str, reason: str) -> None:
    candidates, left_out = _read(language, text)
    assert left_out[-1].reason == reason
    assert all(c.figure_text != left_out[-1].figure_text for c in candidates)


def test_a_balance_of_two_flows_is_no_flow() -> None:
    text = (
        "Over the same period, 26,000 citizens came back to live in New Zealand, the agency "
        "said, leaving a net loss of 47,000."
    )
    candidates, left_out = _read("en", text)
    assert [c.figure.value for c in candidates] == [26000]
    assert [item.figure_text for item in left_out] == ["47,000"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A passive verb's "by".
        (
            "en",
            "A total of 27,460 Haitian nationals were deported by the Dominican Republic last "
            "month, it was announced on Sunday by the General Directorate of Migration (DGM).",
            "General Directorate of Migration",
        ),
        # An aside between the speaker and the verb.
        (
            "uk",
            "Румунська прикордонна поліція, зі свого боку, повідомила, що за той самий період з "
            "України до Румунії в'їхали 29 тис. 870 громадян України.",
            "Румунська прикордонна поліція",
        ),
        (
            "ru",
            "Румынская пограничная полиция, со своей стороны, сообщила, что за тот же период из "
            "Украины в Румынию въехали 29 870 граждан Украины.",
            "Румынская пограничная полиция",
        ),
        # The authorities of a province.
        (
            "uk",
            "За вихідні до Таїланду перейшли майже три тисячі жителів М'янми, повідомила влада "
            "провінції Так.",
            "влада провінції Так",
        ),
        # Who asked is no part of who answered.
        (
            "uk",
            "За січень–квітень 2025 року в Ірландії подали 6 812 заяв про міжнародний захист, "
            "повідомило Міністерство юстиції країни у відповідь на запит The Irish Times.",
            "Міністерство юстиції країни",
        ),
        # The guards' detachment, named in full, which "the press service of the detachment"
        # means.
        (
            "uk",
            "З 24 по 30 листопада на пункті пропуску «Порубне — Сірет» прикордонники "
            "Чернівецького загону відмовили у виїзді з України 74 особам, повідомили в "
            "пресслужбі загону.",
            "Чернівецький загін",
        ),
        # A Kazakh subject ends at "in its turn" and before where people were taken.
        (
            "kk",
            "Халықаралық көші-қон ұйымы (ХКҰ) өз кезегінде өткен аптада «Боле» әуежайына "
            "жеткізілген 2 700-ден астам депортацияланған мигрантқа алғашқы көмек көрсеткенін "
            "хабарлады.",
            "Халықаралық көші-қон ұйымы",
        ),
        # When the report came out is no part of whose it is.
        (
            "kk",
            "Жапонияның Иммиграциялық қызметтер агенттігінің сейсенбіде жарияланған есебіне "
            "сәйкес, 2023 жылы елде 13 823 шетелдік босқын мәртебесін сұрап өтініш берген.",
            "Жапонияның Иммиграциялық қызметтер агенттігі",
        ),
    ],
)
def test_who_said_it(language: str, text: str, expected: str) -> None:
    (candidate,), _ = _read(language, text)
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.name == expected
