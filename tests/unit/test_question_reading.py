"""Reading questions: text → places, citizenship, direction, topics and period, in four
languages, without Telegram or a store."""

from __future__ import annotations

from datetime import date

import pytest

from bot.language.questions import Place, read_question
from bot.language.text import detect_language, fold, words

# text, language, places, citizenship, direction ("both" for both ways)
FLOWS = [
    ("How many Russians entered Kazakhstan?", "en", [Place("KAZ")], "RUS", "into"),
    ("how many people left kazakhstan", "en", [Place("KAZ")], None, "out"),
    ("how many russians fled to kazakhstan", "en", [Place("KAZ", "into")], "RUS", None),
    ("how many russians left for kazakhstan", "en", [Place("KAZ", "into")], "RUS", "out"),
    ("russians who went back out of kazakhstan", "en", [Place("KAZ", "from")], "RUS", "out"),
    ("how many kazakstan arrivals", "en", [Place("KAZ")], None, "into"),
    ("how many came and how many left Kazakhstan", "en", [Place("KAZ")], None, "both"),
    ("citizens of russia crossing into kazakhstan", "en", [Place("KAZ")], "RUS", "into"),
    ("Сколько россиян въехало в Казахстан?", "ru", [Place("KAZ", "into")], "RUS", "into"),
    ("сколько уехало из казахстана", "ru", [Place("KAZ", "from")], None, "out"),
    ("сколько граждан РФ покинули Казахстан", "ru", [Place("KAZ")], "RUS", "out"),
    ("сколько россиян в казахстане", "ru", [Place("KAZ", "in")], "RUS", None),
    ("Скільки людей виїхало з Казахстану?", "uk", [Place("KAZ", "from")], None, "out"),
    ("скільки росіян прибули до казахстану", "uk", [Place("KAZ", "into")], "RUS", "into"),
    ("Қазақстанға қанша ресейлік кірді?", "kk", [Place("KAZ", "into")], "RUS", "into"),
    ("қазақстаннан қанша адам шықты", "kk", [Place("KAZ", "from")], None, "out"),
    ("казакстанга канша ресейлик келди", "kk", [Place("KAZ", "into")], "RUS", "into"),
    ("моңғолияға қанша ресей азаматы кетті", "kk", [Place("MNG", "into")], "RUS", "out"),
]


@pytest.mark.parametrize(("text", "language", "places", "citizenship", "direction"), FLOWS)
def test_flows_are_read_in_every_language(text, language, places, citizenship, direction):
    question = read_question(text)
    assert question.language == language
    assert list(question.places) == places
    assert question.citizenship == citizenship
    assert ("both" if question.both_directions else question.direction) == direction


TOPICS = [
    ("how many russians applied for kazakh citizenship", "citizenship", [Place("KAZ")]),
    ("сколько подали на гражданство казахстана", "citizenship", [Place("KAZ")]),
    ("скільки заяв на казахське громадянство", "citizenship", [Place("KAZ")]),
    ("қазақстан азаматтығына қанша өтініш", "citizenship", [Place("KAZ")]),
    ("will Kazakhstan extradite draft dodgers", "extradition", [Place("KAZ")]),
    ("выдаст ли казахстан уклонистов", "extradition", [Place("KAZ")]),
    ("how many reservists will be called up", "reservists", []),
    ("скільки резервістів призвуть", "reservists", []),
    ("повестки на границе с грузией", "conscription_notices", [Place("GEO")]),
    ("what did the russian defence ministry say", "defence_ministry", [Place("RUS")]),
    ("tickets to istanbul", "tickets", []),
    ("were russians stopped on the train to belarus", "exit_refused", [Place("BLR", "into")]),
    ("how many were refused entry to hungary", "entry_refused", [Place("HUN", "into")]),
    ("сколько мигрантов не впустили в венгрию", "entry_refused", [Place("HUN", "into")]),
    ("скільки людей не пустили в країну", "entry_refused", []),
    ("венгрияға қанша адам кіргізбеді", "entry_refused", [Place("HUN", "into")]),
]


@pytest.mark.parametrize(("text", "topic", "places"), TOPICS)
def test_topics_and_the_places_beside_them(text, topic, places):
    question = read_question(text)
    assert topic in question.required_topics
    assert list(question.places) == places


PERIODS = [
    ("how many entered on 3 October", date(2000, 10, 3), date(2000, 10, 3), False),
    ("oct 3rd arrivals", date(2000, 10, 3), date(2000, 10, 3), False),
    ("въехало 3 октября 2022", date(2022, 10, 3), date(2022, 10, 3), True),
    ("виїхало 3 жовтня", date(2000, 10, 3), date(2000, 10, 3), False),
    ("3 қазанда келді", date(2000, 10, 3), date(2000, 10, 3), False),
    ("arrivals 21-27 september", date(2000, 9, 21), date(2000, 9, 27), False),
    ("left since 21 September", date(2000, 9, 21), None, False),
    ("с 1 апреля по 27 сентября", date(2000, 4, 1), date(2000, 9, 27), False),
    ("у жовтні", date(2000, 10, 1), date(2000, 10, 31), False),
    ("in 2023", date(2023, 1, 1), date(2023, 12, 31), True),
    ("on 03.10.2022", date(2022, 10, 3), date(2022, 10, 3), True),
    ("numbers for 3/10", date(2000, 10, 3), date(2000, 10, 3), False),
    ("после 21.09", date(2000, 9, 21), None, False),
    ("третьего октября", date(2000, 10, 3), date(2000, 10, 3), False),
    ("twenty-first of September", date(2000, 9, 21), date(2000, 9, 21), False),
    ("сәуірдің 1-інен қыркүйектің 27-сіне дейін", date(2000, 4, 1), date(2000, 9, 27), False),
]


@pytest.mark.parametrize(("text", "start", "end", "year_known"), PERIODS)
def test_days_and_periods(text, start, end, year_known):
    period = read_question(text).period
    assert period is not None
    assert (period.start, period.end, period.year_known) == (start, end, year_known)


@pytest.mark.parametrize("text", ["may I ask something", "how many left kazakhstan"])
def test_no_period_where_none_is_named(text):
    assert read_question(text).period is None


@pytest.mark.parametrize(
    ("text", "figure"),
    [("over 200k russians", 200_000), ("более 200 000", 200_000), ("1 млн", 1_000_000),
     ("пятерых не выпустили", 5), ("147,000 left", 147_000)],
)  # fmt: skip
def test_figures_named_in_a_question(text, figure):
    assert figure in read_question(text).figures


@pytest.mark.parametrize("text", ["hi", "thanks!", "Привет", "дякую", "рахмет", "ok"])
def test_greetings_are_greetings_and_ask_nothing(text):
    question = read_question(text)
    assert question.greeting
    assert not question.places
    assert not question.topics
    assert not question.words


@pytest.mark.parametrize("text", ["", "   ", "😀😀", "?!", "\u202e\u200f", "\x00\x1b"])
def test_nothing_to_read(text):
    assert read_question(text).empty


def test_ethnic_kazakhs_are_a_people_not_a_citizenship():
    question = read_question("ethnic kazakhs from russia applying for citizenship")
    assert question.citizenship is None
    assert list(question.places) == [Place("RUS", "from")]
    assert "ethnic" in question.topics


def test_words_no_lexicon_places_are_kept_for_search_with_their_forms():
    question = read_question("что сказал Ахметжанов")
    assert question.words == ("ахметжанов",)
    (terms,) = question.search_terms
    assert "akhmetzhanov" in terms  # transliterated: the store writes names in Latin


def test_the_reading_logged_holds_no_word_the_reader_typed():
    reading = read_question("сколько россиян въехало в казахстан погода").reading()
    assert "погод" not in repr(reading)
    assert reading["language"] == "ru"
    assert reading["words"] == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [("how many", "en"), ("сколько", "ru"), ("скільки", "uk"), ("қанша", "kk"),
     ("канша", "kk"), ("в'їхали", "uk")],
)  # fmt: skip
def test_language_detection(text, language):
    folded = [word.folded for word in words(text)]
    kazakh = int(fold(text) in {"канша"})
    assert detect_language(folded, kazakh) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [("Хто казав про 300 тисяч?", "uk"), ("хто виїхав до казахстану", "uk"),
     ("Кто говорил про 300 тысяч?", "ru"), ("кто уехал в казахстан", "ru"),
     ("про казахстан", "ru")],
)  # fmt: skip
def test_questions_with_no_letter_of_their_own_are_told_apart_by_their_words(text, language):
    """No "і", "ї", "є", "ы" or "э": the dictionaries decide; a tie stays Russian."""
    assert read_question(text).language == language


@pytest.mark.parametrize(
    "text",
    ["Хто казав про 300 тисяч?", "Кто сообщил о 147 тысячах?", "who reported 7,000?",
     "Хто повідомив про 441 заяву?", "what did the minister mention"],
)  # fmt: skip
def test_asking_who_said_or_reported_is_read_as_asking_for_speech(text):
    assert read_question(text).speech


@pytest.mark.parametrize(
    "text",
    ["numbers in and out of kazakhstan", "сколько прибыло и сколько убыло",
     "скільки приїхало і скільки поїхало", "3 казанда канша адам келип канша адам кетти"],
)  # fmt: skip
def test_both_directions(text):
    assert read_question(text).both_directions


def test_a_movement_after_another_is_not_both_ways():
    question = read_question("how many russians went back out of kazakhstan after coming in")
    assert not question.both_directions
    assert question.direction == "out"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [("what did tokayev say about the russians", "tokayev"),
     ("что сказал токаев о беженцах", "токаев"),
     ("What did President Tokayev say", "tokayev")],
)  # fmt: skip
def test_who_is_asked_to_have_said_something_is_a_name(text, speaker):
    question = read_question(text)
    assert question.speech
    assert question.names[question.words.index(speaker)]


def test_who_said_it_names_nobody():
    question = read_question("кто сказал что 200 тыщ россиян въехали в казахстан")
    assert not any(question.names)
    assert 200_000 in question.figures


def test_a_topic_beside_a_movement_is_context_and_alone_is_the_subject():
    moving = read_question("how many russians fled to kazakhstan after mobilisation")
    assert "mobilisation" in moving.topics
    assert moving.required_topics == ()
    alone = read_question("russia wanted to mobilize 300000 people right?")
    assert alone.required_topics == ("mobilisation",)
    assert 300_000 in alone.figures


@pytest.mark.parametrize(
    ("text", "code"), [("how many left kz on oct 3", "KAZ"), ("how many went to ua", "UKR")]
)
def test_two_letter_codes_in_lower_case(text, code):
    assert [place.code for place in read_question(text).places] == [code]


@pytest.mark.parametrize("text", ["who am i", "what is in it", "per day how many"])
def test_short_english_words_are_no_countries(text):
    assert read_question(text).places == ()
