"""What the fourth batch of short news items taught (sixteenth session; figures invented):
people described as deported, whatever brought them; could not leave; Kazakh refusals and
"exceeded"; the number of buses; both ways in Ukrainian; applications of the kind counted
before; aims and people due to go; a balance of flows; who live somewhere; and a Kazakh
speaker's own name, which counts nothing."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import Candidate, LeftOut, read_article
from tests.ingest_reading import said_and_carried, under_a_headline

DAY = date(2025, 12, 2)


def _read(language: str, text: str) -> tuple[tuple[Candidate, ...], tuple[LeftOut, ...]]:
    reading = under_a_headline(language, DAY, text)
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
            "forecast",
        ),
        (
            "ru",
            "Правительство Доминиканской Республики ранее поставило задачу выдворять до 10 "
            "тысяч нелегальных мигрантов в неделю.",
            "forecast",
        ),
        (
            "en",
            "The consulate said it had issued travel documents for a further 340 of its citizens "
            "who are due to be sent back before the end of the month.",
            "forecast",
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
            # "країни", the country the article is about, is no part of the name either.
            "Міністерство юстиції",
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


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # The wire agencies by the names Russian news gives them.
        (
            "ru",
            "С 1 по 15 июня не менее 12 тысяч граждан Судана пересекли границу с Чадом, "
            "сообщило агентство Рейтер со ссылкой на Управление ООН по делам беженцев.",
            ("Управление ООН по делам беженцев", "Рейтер"),
        ),
        (
            "ru",
            "В первом полугодии в Южную Корею прибыли 105 перебежчиков из КНДР, сообщило "
            "агентство Ёнхап со ссылкой на министерство объединения Республики Корея.",
            ("министерство объединения Республики Корея", "Ёнхап"),
        ),
        # "said Tuesday": when it was said, no outlet told.
        (
            "en",
            "A record 13,412 people applied for refugee status in Japan last year, the "
            "Immigration Services Agency said Tuesday.",
            ("Immigration Services Agency", None),
        ),
    ],
)
def test_who_said_it_and_who_carried_it(
    language: str, text: str, expected: tuple[str | None, str | None]
) -> None:
    (candidate,), _ = _read(language, text)
    assert said_and_carried(candidate) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Lakhs, as South Asian English news counts.
        (
            "en",
            "More than 1.07 lakh Nepali workers left the country for foreign employment in "
            "January, according to the Department of Foreign Employment.",
            ("left", 107000),
        ),
        # The noun the figure counts says the move.
        (
            "en",
            "The UN refugee agency said it had recorded about 310,000 returns of Syrian "
            "refugees from neighbouring countries.",
            ("returned", 310000),
        ),
        (
            "en",
            "The maritime rescue service said it brought 198 people ashore at La Restinga on "
            "Sunday.",
            ("entered", 198),
        ),
        (
            "ru",
            "В понедельник через Мост дружбы обратно в Мьянму ушли 340 человек.",
            ("returned", 340),
        ),
    ],
)
def test_the_move_counted(language: str, text: str, expected: tuple[str, int]) -> None:
    candidates, _ = _read(language, text)
    assert [(c.metric, c.figure.value) for c in candidates] == [expected]


def test_rupees_are_money() -> None:
    text = "Some 5,000 workers left for Qatar, each paying Rs. 200,000 in fees."
    candidates, left_out = _read("en", text)
    assert [c.figure.value for c in candidates] == [5000]
    assert [item.reason for item in left_out] == ["money"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "мыңын": thousands of them, the verb's object.
        (
            "БҰҰ Босқындар ісі жөніндегі Жоғарғы комиссарының басқармасы жаңа келгендердің кем "
            "дегенде 11 мыңын биометриялық тіркеуден өткізгенін хабарлады.",
            ("refugees_registered", 11000),
        ),
        # Kazakh news tells its own citizens' evacuation as their return.
        (
            "Министрліктің мәліметінше, 23 қыркүйектен бері Ливаннан барлығы 212 отандасымыз "
            "эвакуацияланды.",
            ("returned", 212),
        ),
        # Will be called up.
        (
            "«Бірінші легте сәуір айында 5 мың азамат шақырылады», – деді генерал.",
            ("mobilisation_target", 5000),
        ),
        (
            "Қорғаныс министрлігінің мәліметінше, сәуір-мамыр айларында армияға 10 мыңға дейін "
            "жас шақырылуы тиіс.",
            ("mobilisation_target", 10000),
        ),
    ],
)
def test_kazakh_forms(text: str, expected: tuple[str, int]) -> None:
    candidates, _ = _read("kk", text)
    assert [(c.metric, c.figure.value) for c in candidates] == [expected]


def test_a_headline_rounds_down_to_a_round_number() -> None:
    """ "понад тисячу" over the body's 1 340 is that figure, not another fact."""
    text = (
        "Польща в січні не впустила з Білорусі понад тисячу людей\n\n"
        "У січні польські прикордонники не впустили на територію країни 1 340 осіб, які "
        "намагалися потрапити туди з Білорусі, повідомила речниця Прикордонної служби Польщі."
    )
    candidates = read_article(text, "uk", date(2026, 2, 3)).candidates
    assert [c.figure.value for c in candidates] == [1340]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Where they spoke, set between commas.
        (
            "ru",
            "Министр внутренних дел Мавритании Сиди Ульд Бейе, выступая в Нуакшоте, заявил, что "
            "с января береговая охрана не позволила выйти в море почти 9 тысячам человек.",
            ("exit_refused", "Бейе"),
        ),
        (
            "uk",
            "Міністр внутрішніх справ Мавританії Сіді Ульд Бейє, виступаючи в Нуакшоті, заявив, "
            "що з січня берегова охорона не дозволила вийти в море майже 9 тисячам людей.",
            ("exit_refused", "Бейє"),
        ),
        # "announced today at a press conference": when and where close the sentence.
        (
            "en",
            "The first conscripts will number up to 4,000 young men, who will report to barracks "
            "from 1 October, Minister of Defence Dragan Ilić announced today at a press "
            "conference in Belgrade.",
            ("mobilisation_target", "Dragan Ilić"),
        ),
    ],
)
def test_the_speaker_around_the_verb(language: str, text: str, expected: tuple[str, str]) -> None:
    (candidate,), _ = _read(language, text)
    assert candidate.attributed_to is not None
    assert candidate.metric == expected[0]
    assert candidate.attributed_to.name.endswith(expected[1])
