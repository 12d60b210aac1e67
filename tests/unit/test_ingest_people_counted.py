"""Who a figure counts, as the article names them: "citizens of Kazakhstan", "Қазақстан
азаматы", foreigners who are nobody's people here (texts written here, figures invented)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

PUBLISHED = date(2024, 5, 15)


@pytest.mark.parametrize(
    ("language", "text", "counted", "citizenship"),
    [
        ("en", "Last week almost 4,000 citizens of Kazakhstan left for China.",
         "citizens of Kazakhstan", "KAZ"),
        ("en", "Some 300 nationals of Uzbekistan were deported from Russia in April.",
         "nationals of Uzbekistan", "UZB"),
        ("kk", "Өткен аптада Қытайға 4 мыңға жуық Қазақстан азаматы шықты.",
         "Қазақстан азаматы", "KAZ"),
        ("kk", "Өткен аптада Қазақстанға 400 Өзбекстан азаматы келді.",
         "Өзбекстан азаматы", "UZB"),
        ("ru", "На прошлой неделе в Китай выехали почти 4 тысячи граждан Казахстана.",
         "граждан Казахстана", "KAZ"),
        # An auxiliary verb ends who they are.
        ("ru", "Не менее 3500 афганцев были депортированы из Пакистана.", "афганцев", "AFG"),
        ("uk", "Щонайменше 3500 афганців були депортовані з Пакистану.", "афганців", "AFG"),
        # A qualifier opens the next figure, no part of who is counted.
        ("kk", "Дүйсенбіде Қазақстанға кірген 7 мың ресейліктің шамамен 40%-ы ер адамдар.",
         "ресейліктің", "RUS"),
        # A country's name of several words, whole.
        ("ru", "3 октября 7 000 граждан Российской Федерации были депортированы из Казахстана.",
         "граждан Российской Федерации", "RUS"),
        ("en", "Some 300 citizens of the Kyrgyz Republic were deported from Russia in April.",
         "citizens of the Kyrgyz Republic", "KGZ"),
        ("kk", "3 қазанда 7 000 Ресей Федерациясының азаматы Қазақстаннан депортацияланды.",
         "Ресей Федерациясының азаматы", "RUS"),
        ("kk", "Өткен аптада Қазақстанға 400 Қырғыз Республикасының азаматы келді.",
         "Қырғыз Республикасының азаматы", "KGZ"),
    ],
)  # fmt: skip
def test_citizens_are_counted_with_their_country(language, text, counted, citizenship):
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert (candidate.counted, candidate.citizenship) == (counted, citizenship)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Last week 4,000 Kazakhs left for China, the Border Service said. Since 1 May, "
               "2,500 foreigners have arrived in Kazakhstan from China."),
        ("en", "Last week 4,000 citizens of Kazakhstan left for China, the Border Service "
               "said. Since 1 May, more than 2,500 foreign citizens have come to Kazakhstan "
               "from China."),
        ("ru", "В Китай выехали 4 тысячи граждан Казахстана. С 1 мая из Китая в Казахстан "
               "прибыли 2500 иностранцев."),
        ("kk", "Өткен аптада Қытайға 4 мыңға жуық Қазақстан азаматы шықты, деп хабарлады Шекара "
               "қызметі. 1 мамырдан бері Қытайдан Қазақстанға 2,5 мыңнан астам шетел азаматы "
               "келген."),
    ],
)  # fmt: skip
def test_foreigners_arriving_after_the_articles_people_left_entered(language, text):
    """The article's people are Kazakhstan's; foreigners arriving there did not come home."""
    left, arrived = read_article(text, language, PUBLISHED).candidates
    assert (left.metric, left.origin, left.destination) == ("left", "KAZ", "CHN")
    assert (arrived.metric, arrived.figure.value) == ("entered", 2500)
    assert (arrived.origin, arrived.destination, arrived.citizenship) == ("CHN", "KAZ", None)


def test_a_total_that_came_to_a_figure_is_no_arrival():
    reading = read_article("The total came to 5,000 this year.", "en", PUBLISHED)
    assert not reading.candidates
    assert [left.figure_text for left in reading.left_out] == ["5,000"]


def test_people_who_came_from_a_country_entered():
    (candidate,) = read_article(
        "About 3,000 Afghans came from Iran to Turkey last week, the ministry said.",
        "en",
        PUBLISHED,
    ).candidates
    assert (candidate.metric, candidate.origin, candidate.destination) == ("entered", "IRN", "TUR")


@pytest.mark.parametrize(
    ("language", "text", "counted"),
    [
        ("en", "At least 40,000 refugees arrived in Slovakia in the past two weeks.", "refugees"),
        ("ru", "За последние две недели в Словакию прибыли не менее 40 тысяч беженцев.",
         "беженцев"),
        ("uk", "За останні два тижні до Словаччини прибули щонайменше 40 тисяч біженців.",
         "біженців"),
        ("en", "Some 2,000 asylum seekers walked into Canada last month.", "asylum seekers"),
    ],
)  # fmt: skip
def test_refugees_are_who_is_counted(language, text, counted):
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert candidate.counted == counted


def test_a_people_before_crossed_the_border_is_the_citizenship():
    """ "Afghans crossed the border" is no "Afghan border": the people did the crossing."""
    (candidate,) = read_article(
        "Last week 2,000 Afghans crossed the border.", "en", PUBLISHED
    ).candidates
    assert (candidate.citizenship, candidate.origin) == ("AFG", "AFG")


@pytest.mark.parametrize(
    ("language", "text", "origin", "destination"),
    [
        # Crossing the border with a country, as Russian and Ukrainian say it: into it.
        ("en", "Last week 2,000 Afghans crossed the border with Iran.", "AFG", "IRN"),
        ("ru", "За неделю 2 тысячи афганцев перешли границу с Ираном.", "AFG", "IRN"),
        # ... unless the sentence names the country they entered.
        ("en", "On the border with Hungary, 3,000 people entered Ukraine yesterday.",
         "HUN", "UKR"),
    ],
)  # fmt: skip
def test_the_border_with_a_country(language, text, origin, destination):
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert (candidate.origin, candidate.destination) == (origin, destination)


@pytest.mark.parametrize(
    ("language", "text", "origin", "destination", "citizenship"),
    [
        # The words of a speaker named after the figure name no country anyone went to, and
        # no people: a state's body there counts in its state.
        ("en", "About 7,000 people a day crossed the border, Georgia's interior ministry "
               "said.", None, "GEO", None),
        ("en", "About 7,000 people a day crossed the border, the Georgian interior minister "
               "said.", None, None, None),
        ("en", "About 7,000 Russians a day crossed into Georgia, Vakhtang Gomelauri, the "
               "Georgian interior minister, said.", "RUS", "GEO", "RUS"),
        ("ru", "В Турцию приехали 10 тысяч россиян. С 24 февраля в страну прибыли 5,8 тыс. "
               "граждан России, сообщило Министерство алии и интеграции Израиля.",
         "RUS", "ISR", "RUS"),
        # The outlet that relayed the speaker's words closes the cue; the speaker's clause,
        # before it, names no one's country either.
        ("en", "Nearly 3,000 Russians entered Georgia on Monday, the Armenian ambassador said, "
               "as quoted by Reuters.", "RUS", "GEO", "RUS"),
        # A place's governor speaks for the place: "the country" is the province's.
        ("en", "On Monday alone, nearly 3,000 people crossed into the country, the governor of "
               "Selenge province said, as quoted by Montsame.", None, "MNG", None),
        ("en", "On Monday alone, nearly 3,000 people crossed into the country, the governor of "
               "Selenge province said.", None, "MNG", None),
        # A person's country is no place: a consul abroad speaks of where they came from.
        ("ru", "«С начала года домой вернулись 73 наших гражданина», — рассказал консул "
               "Кыргызстана в Стамбуле Азамат Токтосунов.", None, None, None),
        # The clause the verb closes is the figure's own in Kazakh.
        ("kk", "Австрия полициясының өкілі Маркус Хубер соңғы он күнде Китзее бекетінде 17 "
               "қазақстандық ұсталып, Словакияға кері жіберілгенін айтты.", "AUT", "SVK", "KAZ"),
    ],
)  # fmt: skip
def test_a_speaker_named_after_the_figure(language, text, origin, destination, citizenship):
    candidate = read_article(text, language, PUBLISHED).candidates[-1]
    assert (candidate.origin, candidate.destination, candidate.citizenship) == (
        origin,
        destination,
        citizenship,
    )


def test_a_kazakh_verb_after_the_people_is_not_who_they_are():
    (candidate,) = read_article(
        "Соңғы он күнде Китзее бекетінде 17 қазақстандық ұсталып, Словакияға кері жіберілді.",
        "kk",
        PUBLISHED,
    ).candidates
    assert candidate.counted == "қазақстандық"


@pytest.mark.parametrize(
    ("language", "text", "origin", "destination"),
    [
        # Stopped while trying to leave or cross: they did not get out.
        ("ru", "Минувшей ночью на границе с Монголией задержали пятерых россиян, пытавшихся "
               "незаконно покинуть страну.", "RUS", "MNG"),
        ("uk", "Прикордонники затримали 40 чоловіків, які намагалися незаконно перетнути кордон "
               "з Молдовою.", None, "MDA"),
        ("en", "Turkish police detained 200 migrants trying to cross into Greece.", "TUR", "GRC"),
        ("kk", "Шекарашылар Қытайға заңсыз өтпек болған 5 қазақстандықты ұстады.", "KAZ", "CHN"),
    ],
)  # fmt: skip
def test_people_stopped_trying_to_leave_were_refused_exit(language, text, origin, destination):
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "exit_refused",
        origin,
        destination,
    )


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        # Arrested after crossing, or trying long ago: a move made.
        ("en", "Greek police arrested 40 migrants who had crossed from Turkey.", "entered"),
        ("ru", "В Германию въехали 300 сирийцев, которые пытались попасть туда год назад.",
         "entered"),
    ],
)  # fmt: skip
def test_a_move_made_is_no_refusal(language, text, metric):
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert candidate.metric == metric


@pytest.mark.parametrize(
    ("language", "text", "counted"),
    [
        ("en", "Turkish police detained 200 migrants trying to cross into Greece.", "migrants"),
        ("kk", "Шекарашылар Қытайға заңсыз өтпек болған 5 қазақстандықты ұстады.",
         "қазақстандықты"),
        ("ru", "За прошлую неделю из Армении в Россию вернулись 1 млн 303 тыс. человек — цифра, "
               "которую в ведомстве назвали рекордной.", "человек"),
    ],
)  # fmt: skip
def test_who_is_counted_ends_where_what_they_did_begins(language, text, counted):
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert candidate.counted == counted


def test_new_arrivals_are_who_is_counted():
    (candidate,) = read_article(
        "We are seeing between 1,500 and 2,000 new arrivals every day in Chad, UNHCR said.",
        "en",
        PUBLISHED,
    ).candidates
    assert candidate.counted == "new arrivals"


@pytest.mark.parametrize("language", ["ru", "uk"])
def test_a_three_letter_country_named_whole_is_a_country(language):
    text = {
        "ru": "С апреля в Чад прибыли более 600 тысяч беженцев из Судана.",
        "uk": "З квітня до Чаду прибули понад 600 тисяч біженців із Судану.",
    }[language]
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert (candidate.origin, candidate.destination) == ("SDN", "TCD")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Swedish Migration Agency received 2,000 applications in a single month."),
        ("en", "Germany received 2,000 visa applications from Russians."),
        ("ru", "Швеция получила 2 тысячи заявлений за месяц."),
    ],
)
def test_applications_of_no_kind_named_are_no_move(language, text):
    reading = read_article(text, language, PUBLISHED)
    assert not reading.candidates
    assert [left.reason for left in reading.left_out] == ["background"]


@pytest.mark.parametrize(
    ("language", "text", "metric"),
    [
        ("en", "Sweden received 4,300 applications for asylum in January.",
         "asylum_applications"),
        ("ru", "Швеция получила 2 тысячи заявлений на убежище за месяц.", "asylum_applications"),
        ("ru", "441 гражданин России подал заявления на получение гражданства Казахстана.",
         "citizenship_applications"),
    ],
)  # fmt: skip
def test_applications_of_a_kind_are_that_kind(language, text, metric):
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert candidate.metric == metric


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a Qatari amnesty" is Qatar's, and the workers are no Qataris.
        ("Nepal's embassy in Doha said it had helped 318 stranded workers fly home under a "
         "Qatari amnesty in February.", None),
        # "the Gulf" is no Papua New Guinea province.
        ("The National Employment Authority said 3,400 Kenyans had left for jobs in the Gulf "
         "kingdom in February alone.", "KEN"),
    ],
)  # fmt: skip
def test_a_countrys_thing_and_a_wide_region_name_no_one(text, expected):
    (candidate,) = read_article(text, "en", PUBLISHED).candidates
    assert candidate.citizenship == expected
    assert "PNG" not in {candidate.origin, candidate.destination}


@pytest.mark.parametrize(
    "text",
    [
        "3 қазанда 7 000 Ресей Федерациясының азаматы Қазақстаннан Ресейге депортацияланды.",
        "3 қазанда Ресей Федерациясының 7 000 азаматы Қазақстаннан Ресейге депортацияланды.",
    ],
)
def test_the_peoples_own_country_is_still_where_they_were_sent(text):
    """Their country named as theirs ("Ресей Федерациясының азаматы") and as where they went
    ("Ресейге"): the second is a place."""
    (candidate,) = read_article(text, "kk", PUBLISHED).candidates
    assert (candidate.origin, candidate.destination, candidate.citizenship) == (
        "KAZ",
        "RUS",
        "RUS",
    )
