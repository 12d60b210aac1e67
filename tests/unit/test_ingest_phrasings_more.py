"""More ways news says which way people went, whose people they are and who told whom, each
read from a one-sentence text written here (figures invented)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.drafts import DocumentFields
from bot.ingest.proposals import propose
from bot.ingest.reading import Candidate, read_article
from tests.ingest_reading import read_candidates

PUBLISHED = date(2024, 5, 15)


def _said(candidate: Candidate) -> tuple[str | None, str | None]:
    said = candidate.attributed_to.name if candidate.attributed_to else None
    carried = candidate.carried_by.name if candidate.carried_by else None
    return said, carried


# (what it shows, language, text, (metric, figure, origin, destination, citizenship))
WAYS = [
    ("people come across arrived", "en",
     "Since Sunday 2,100 people have come across from Sudan into Chad, the UNHCR said.",
     ("entered", 2100, "SDN", "TCD", None)),
    ("people headed to a country left for it", "en",
     "About 1,500 Ukrainians headed to Moldova on Saturday, the border police said.",
     ("left", 1500, "UKR", "MDA", "UKR")),
    ("the speaker's country is not the people's", "en",
     "Last week 4,300 migrants reached Italy from Libya, the Italian interior ministry said.",
     ("entered", 4300, "LBY", "ITA", None)),
    ("Kazakh 'өткен' of a briefing held crosses no border: citizens reaching home returned",
     "kk", "СІМ өкілі бүгін өткен брифингте Түркиядан 41 қазақстандық Алматыға жеткенін айтты.",
     ("returned", 41, "TUR", "KAZ", "KAZ")),
    ("people deported are sent home when the sentence says nothing of where from", "en",
     "Kuwaiti authorities deported 87 Filipinos for residency violations last week.",
     ("deported", 87, "KWT", "PHL", "PHL")),
    ("the same in Kazakh", "kk",
     "Малайзия өткен аптада 30 қазақстандықты депортациялады.",
     ("deported", 30, "MYS", "KAZ", "KAZ")),
    ("a deportation 'from' a country says only where from", "ru",
     "В январе из России были выдворены 1 240 граждан Кыргызстана.",
     ("deported", 1240, "RUS", None, "KGZ")),
    ("'Ирана' is the country, not a people: from Iran, and no destination", "ru",
     "В прошлом месяце из Ирана депортировали 212 афганцев.",
     ("deported", 212, "IRN", None, "AFG")),
    ("Kazakh names an island state without its 'islands', or puts the case on them", "kk",
     "Өткен аптада 30 қазақстандық Шри-Ланкадан Мальдивке ұшып кетті.",
     ("left", 30, "LKA", "MDV", "KAZ")),
    ("the same, the case on 'аралдарына'", "kk",
     "Өткен аптада 30 қазақстандық Шри-Ланкадан Мальдив аралдарына ұшып кетті.",
     ("left", 30, "LKA", "MDV", "KAZ")),
    ("'в Казань': a city in the accusative is where they went", "ru",
     "В воскресенье из Ашхабада в Казань и Москву улетели 1 140 студентов.",
     ("left", 1140, "TKM", "RUS", None)),
    ("the way through runs on over a checkpoint and a territory's word", "ru",
     "Более 2 тыс. граждан Армении вернулись из России на родину через пункт пропуска "
     "«Верхний Ларс» и территорию Грузии.",
     ("returned", 2000, "RUS", "ARM", "ARM")),
    ("the same in English, until another preposition", "en",
     "More than 2,000 Armenians returned from Russia through the Upper Lars crossing and "
     "Georgia into Armenia.",
     ("returned", 2000, "RUS", "ARM", "ARM")),
    ("a people's adjective before universities is where people went to study", "ru",
     "С 1 августа по 30 сентября на учёбу в российские вузы выехали около 9 тысяч граждан "
     "Туркменистана.",
     ("left", 9000, "TKM", "RUS", "TKM")),
    ("the same, 'at' universities", "en",
     "From August 1 to September 30 about 9,000 Turkmen citizens left to study at Russian "
     "universities.",
     ("left", 9000, "TKM", "RUS", "TKM")),
    ("a state evacuating its own citizens brings them home", "uk",
     "Міністерство закордонних справ Узбекистану повідомило, що з 24 лютого евакуювало з "
     "України 1 140 своїх громадян.",
     ("returned", 1140, "UKR", "UZB", "UZB")),
    ("the same in Russian", "ru",
     "МИД Узбекистана сообщил, что эвакуировал с Украины 1 140 своих граждан.",
     ("returned", 1140, "UKR", "UZB", "UZB")),
    ("another state's evacuees are not taken home by it", "uk",
     "Туреччина евакуювала з Лівану 200 сирійців.",
     ("left", 200, "LBN", None, "SYR")),
    ("a Kazakh text's Kazakhstanis evacuated were brought home", "kk",
     "Сыртқы істер министрлігінің өкілі брифингте Израильден 120 қазақстандық "
     "эвакуацияланғанын хабарлады.",
     ("returned", 120, "ISR", "KAZ", "KAZ")),
    ("crossed from one country, held by another's police: into that one", "en",
     "Greek police arrested 40 migrants who had crossed from Turkey on Monday.",
     ("entered", 40, "TUR", "GRC", None)),
    ("crossed into the holding police's country, in Russian", "ru",
     "В понедельник греческая полиция задержала 40 мигрантов, пересекших границу из Турции.",
     ("entered", 40, "TUR", "GRC", None)),
    ("crossed from a country, said by another's body: into the body's", "en",
     "On Monday 40 migrants crossed from Turkey, Greek police said.",
     ("entered", 40, "TUR", "GRC", None)),
    ("an island news of crossings names is its country's, 'on' it or 'на' it", "en",
     "Last week 300 migrants landed on Lesbos from Turkey.",
     ("entered", 300, "TUR", "GRC", None)),
    ("the same in Russian", "ru",
     "За неделю на Лампедузу из Туниса прибыли 1 200 мигрантов.",
     ("entered", 1200, "TUN", "ITA", None)),
    ("where the speaker told reporters is not where the people went", "en",
     "EU spokeswoman Anita Hipper told reporters in Brussels that 4,000 Ukrainians entered "
     "Poland.",
     ("entered", 4000, "UKR", "POL", "UKR")),
    ("nor, with no country in what was said, the country of the city", "ru",
     "Представитель Еврокомиссии Анита Хиппер заявила журналистам в Брюсселе, что временную "
     "защиту в ЕС получили 4,2 млн украинцев.",
     ("refugees_registered", 4200000, "UKR", None, "UKR")),
    ("temporary protection received is a registration", "en",
     "Some 960,000 Ukrainians have received temporary protection in Poland.",
     ("refugees_registered", 960000, "UKR", "POL", "UKR")),
    ("'the country' left, with no article around: the speaking body's state", "ru",
     "По данным МВД Грузии, в прошлом году из страны выслали 2 500 иностранцев.",
     ("deported", 2500, "GEO", None, None)),
    ("Kazakh 'елден', with no article around: Kazakhstan", "kk",
     "Көші-қон комитетінің мәліметінше, былтыр 2 500 шетелдік елден шығарылды.",
     ("deported", 2500, "KAZ", None, None)),
    ("a share of them named after the figure is no people of the whole", "en",
     "Since January 1, Mexico has deported 45,000 migrants, 60% of them Hondurans.",
     ("deported", 45000, "MEX", None, None)),
    ("a share of them, in Russian", "ru",
     "С 1 января Мексика депортировала 45 тыс. мигрантов, 60% из них — гондурасцы.",
     ("deported", 45000, "MEX", None, None)),
    ("'the country's citizens' told by its ministry are its own, evacuated home", "ru",
     "В МИД Казахстана уточнили, что 120 граждан страны эвакуированы из Израиля.",
     ("returned", 120, "ISR", "KAZ", "KAZ")),
    ("fake passports deny no figure", "en",
     "Last week 23 migrants with false documents were deported from Poland.",
     ("deported", 23, "POL", None, None)),
    ("Kazakh 'шетелге шығарылмады' after 'жалған жұмыс шақыруымен'", "kk",
     "Өткен аптада Астана әуежайында Бухарестке жалған жұмыс шақыруымен ұшпақ болған 23 адам "
     "шетелге шығарылмады.",
     ("exit_refused", 23, "KAZ", "ROU", None)),
    ("Kazakh 'шығармай қойды': did not let them out", "kk",
     "Өткен аптада Маскат әуежайында шекарашылар 18 адамды елден шығармай қойды.",
     ("exit_refused", 18, "OMN", None, None)),
    ("'land crossings' hold no arriving 'land'", "en",
     "In February, 21,800 people left Peru for Bolivia through all land crossings.",
     ("left", 21800, "PER", "BOL", None)),
    ("'land, sea and air' lists the ways: no arriving 'land'", "en",
     "In March, 21,800 Peruvians left Peru for Bolivia through land, sea and air checkpoints.",
     ("left", 21800, "PER", "BOL", "PER")),
    ("'land control points' are a way too", "en",
     "In March, 21,800 Peruvians left Peru for Bolivia through its land control points.",
     ("left", 21800, "PER", "BOL", "PER")),
    ("checking in for flights out is leaving, no registration", "ru",
     "Ежедневно в аэропорту на рейсы в Таиланд регистрируются 100–120 россиян.",
     ("left", 100, "RUS", "THA", "RUS")),
    ("a city's quoted airport is the city's country", "uk",
     "За останні три дні через аеропорт „Рига“ виїхали понад 400 громадян України.",
     ("left", 400, "LVA", None, "UKR")),
    ("Kazakh present tense 'ұшып келеді'; an employer's 'шақыру' calls no one up", "kk",
     "Күн сайын Алматы әуежайына 20-30 непалдық жұмысшы ұшып келеді. Көбі жұмыс берушінің "
     "шақыруымен келеді.",
     ("entered", 20, "NPL", "KAZ", "NPL")),
    ("a call-up is the army's", "kk",
     "Ресейде 300 мың адам әскерге шақырылды.",
     ("mobilisation_target", 300000, None, None, "RUS")),
    ("a Kazakh people's word right after its figure is the people, whatever follows", "kk",
     "Мамыр айында Оманнан 27 қазақстандық визалық режимді бұзғаны үшін депортацияланған.",
     ("deported", 27, "OMN", None, "KAZ")),
    ("a foreign body's 'ел' is its own state", "kk",
     "«Қазақпарат» агенттігі Оман Корольдік полициясына сілтеме жасап хабарлағандай, мамыр "
     "айында елден 27 қазақстандық депортацияланған.",
     ("deported", 27, "OMN", None, "KAZ")),
    ("a Kazakh deportation from a country, by its ablative", "kk",
     "Қыркүйекте бес қазақстандық Катардан шығарылды.",
     ("deported", 5, "QAT", None, "KAZ")),
    ("Kazakh 'барды': went there, out of their own country", "kk",
     "Биыл қаңтар-наурыз айларында Түркияға 45 мың қазақстандық барды.",
     ("left", 45000, "KAZ", "TUR", "KAZ")),
    ("Kazakh 'көшкен': moved house abroad", "kk",
     "Өткен жылы Германияға 2 300 қазақстандық көшкен.",
     ("left", 2300, "KAZ", "DEU", "KAZ")),
    ("Kazakh 'көшіп келді': moved in", "kk",
     "Өткен жылы Ресейден Қазақстанға 4 100 адам көшіп келді.",
     ("entered", 4100, "RUS", "KAZ", None)),
    ("a Kazakh participle before a thing describes the thing, not the people", "kk",
     "Сейсенбіде Стамбұлдан ұшқан рейстермен елге 260 Қазақстан азаматы жетті.",
     ("returned", 260, "TUR", "KAZ", "KAZ")),
    ("people who flew into a country entered it", "en",
     "Some 12,300 Armenians flew into France in June, the border police said.",
     ("entered", 12300, "ARM", "FRA", "ARM")),
    ("people who 'were returned' were sent back", "en",
     "Last week 48 Moldovans were returned from Ireland on a charter flight to Chisinau.",
     ("deported", 48, "IRL", "MDA", "MDA")),
    ("people who left for jobs in a country went there", "en",
     "Nearly 8,300 Filipinos left for jobs in Kuwait between 1 March and 30 April.",
     ("left", 8300, "PHL", "KWT", "PHL")),
    ("Kazakh 'елге ... кірді': into the country, not home, whoever's citizens", "kk",
     "Өткен аптада Алматы әуежайы арқылы елге 240 үндістандық кірді.",
     ("entered", 240, "IND", "KAZ", "IND")),
    ("Kazakh 'елге оралды': home", "kk",
     "Өткен аптада Түркиядан елге 300 қазақстандық оралды.",
     ("returned", 300, "TUR", "KAZ", "KAZ")),
    ("Kazakh 'келіп тұр' is still coming: 'тұр' there is no stay", "kk",
     "Қазақстанға күніне 500 ресейлік келіп тұр.",
     ("entered", 500, "RUS", "KAZ", "RUS")),
    ("Kazakh 'кері жіберілді': sent back across the border", "kk",
     "Өткен аптада Венгрия полициясы 12 қазақстандықты Сербияға кері жіберді.",
     ("deported", 12, "HUN", "SRB", "KAZ")),
    ("people who left through a crossing towards one side left the other", "uk",
     "У травні через «Червоний міст» до Грузії виїхали 910 українців.",
     ("left", 910, "AZE", "GEO", "UKR")),
    ("the same in English", "en",
     "In May, 910 Ukrainians left for Georgia through the Krasny Most crossing.",
     ("left", 910, "AZE", "GEO", "UKR")),
    ("Ukrainian 'ПАР' in capitals is South Africa", "uk",
     "З початку березня з ПАР додому повернулися 38 українців.",
     ("returned", 38, "ZAF", "UKR", "UKR")),
    ("'пар' in lower case is pairs", "uk",
     "За тиждень до Грузії в'їхали 20 пар молодят з України.",
     ("entered", 20, "UKR", "GEO", None)),
    ("where most of them were sent is no destination of all", "en",
     "Mexico's National Migration Institute reported deporting 21,912 migrants in May, most of "
     "them to Guatemala.",
     ("deported", 21912, "MEX", None, None)),
    ("where most of them went, inside the country all of them went, keeps that country",
     "en", "2,000 people crossed into Poland from Belarus on Sunday, most of them to Warsaw.",
     ("entered", 2000, "BLR", "POL", None)),
    ("the same in Russian, after a dash", "ru",
     "В мае из Мексики депортировали 21 912 мигрантов, большинство из них — в Гватемалу.",
     ("deported", 21912, "MEX", None, None)),
    ("where most of them came from is kept", "uk",
     "Минулого тижня до Ісландії прибули 38 українців, більшість – рейсами з Варшави.",
     ("entered", 38, "POL", "ISL", "UKR")),
    ("people 'X-bound' were headed for X; stopped, they did not get out", "en",
     "The department had stopped 94 Qatar-bound workers at Kathmandu airport since January.",
     ("exit_refused", 94, "NPL", "QAT", None)),
    ("'X-bound' people who arrived somewhere else went there", "en",
     "Last week 300 Europe-bound migrants arrived in Libya from Niger.",
     ("entered", 300, "NER", "LBY", None)),
    ("a state that 'returned' people sent them", "en",
     "Greece returned 40 migrants to Turkey under the EU deal last month.",
     ("deported", 40, "GRC", "TUR", None)),
    ("a state that 'returned' its own people from abroad brought them home", "en",
     "Ukraine returned 47 children from Russia last month.",
     ("returned", 47, "RUS", "UKR", None)),
    ("the same 'to' itself", "en",
     "Ukraine has returned 389 children to Ukraine since February, officials said.",
     ("returned", 389, None, "UKR", None)),
    ("people who 'returned' came back", "en",
     "More than 2,000 Venezuelans returned home from Peru in March.",
     ("returned", 2000, "PER", "VEN", "VEN")),
    ("people evacuated to their own country were taken home", "en",
     "Around 150 Ethiopians were evacuated from Sudan to Ethiopia by road on Sunday.",
     ("returned", 150, "SDN", "ETH", "ETH")),
    ("people evacuated to another country left", "en",
     "Around 150 Ethiopians were evacuated from Sudan to Egypt by road on Sunday.",
     ("left", 150, "SDN", "EGY", "ETH")),
    ("'deportees' were deported, wherever they landed", "en",
     "A chartered flight carrying 143 deportees from Villahermosa landed in Guayaquil "
     "yesterday.",
     ("deported", 143, "MEX", "ECU", None)),
    ("'its citizens' are the citizens of the speaker's country", "en",
     "Guatemala's Migration Institute said 1,240 of its citizens returned from Belize last "
     "week.",
     ("returned", 1240, "BLZ", "GTM", "GTM")),
    ("the same in Russian: 'своих граждан'", "ru",
     "МИД Узбекистана сообщил, что за неделю из России вернулись 1 240 своих граждан.",
     ("returned", 1240, "RUS", "UZB", "UZB")),
    ("people who arrived 'in' their own country came home", "en",
     "Yesterday 146 Kazakhstanis arrived in Almaty from Tel Aviv.",
     ("returned", 146, "ISR", "KAZ", "KAZ")),
    ("people who arrived 'in' another country entered it", "en",
     "Yesterday 146 Russians landed in Almaty on a flight from Moscow.",
     ("entered", 146, "RUS", "KAZ", "RUS")),
    ("'home' after the verb is where they went, not homes the figure counts", "en",
     "8,200 Syrians returned home from Turkey last week.",
     ("returned", 8200, "TUR", "SYR", "SYR")),
    ("homes the figure counts are still things", "en",
     "About 3,000 homes were destroyed and 400 families fled to Chad last week.",
     ("entered", 400, None, "TCD", None)),
    ("people 'holding' another country's passports are its citizens, and it is no place",
     "en", "Last week 62 Kazakhs holding Chinese passports entered Kazakhstan.",
     ("entered", 62, "CHN", "KAZ", "CHN")),
    ("the same 'with' a citizenship, in Russian", "ru",
     "На прошлой неделе в Казахстан въехали 62 казаха с китайским гражданством.",
     ("entered", 62, "CHN", "KAZ", "CHN")),
    ("the same in Ukrainian", "uk",
     "Минулого тижня до Казахстану в'їхали 62 казахи з китайськими паспортами.",
     ("entered", 62, "CHN", "KAZ", "CHN")),
    ("Kazakh 'Қытай азаматтығы бар' before the figure", "kk",
     "Өткен аптада бекет арқылы Қытай азаматтығы бар 62 қазақ Қазақстанға келген.",
     ("entered", 62, "CHN", "KAZ", "CHN")),
    ("Kazakh 'кіріп жатыр': entering now", "kk",
     "Қазақстанға күніне 500 ресейлік кіріп жатыр.",
     ("entered", 500, "RUS", "KAZ", "RUS")),
    ("Kazakh 'шығып жатыр': leaving now", "kk",
     "Қазақстаннан Ресейге күніне 300 ресейлік шығып жатыр.",
     ("left", 300, "KAZ", "RUS", "RUS")),
    ("Kazakh 'өтіп жатқанын': crossing now, a figure, not background", "kk",
     "Шекара қызметі Қырғызстанға күніне 8-10 мың адам өтіп жатқанын хабарлады.",
     ("entered", 8000, None, "KGZ", None)),
    ("people expelled for breaking registration rules were deported, not registered", "en",
     "Since January Belarus has expelled 19 Kazakh citizens who broke registration rules.",
     ("deported", 19, "BLR", "KAZ", "KAZ")),
    ("the same in Kazakh", "kk",
     "Беларусь Ішкі істер министрлігі жыл басынан бері тіркелу ережелерін бұзған Қазақстанның "
     "19 азаматын елден шығарды.",
     ("deported", 19, "BLR", None, "KAZ")),
    ("Kazakh 'елге' after a foreign state's body is into that state, not home", "kk",
     "Шри-Ланканың Көші-қон және эмиграция департаменті қаңтар айында елге 5 318 қазақстандық "
     "турист келгенін хабарлады.",
     ("entered", 5318, "KAZ", "LKA", "KAZ")),
    ("Kazakh 'елге' after Kazakhstan's own body ('ҚР') is Kazakhstan: kandas came home", "kk",
     "ҚР Еңбек министрлігі биыл елге 12 мың қандас оралғанын хабарлады.",
     ("returned", 12000, None, "KAZ", None)),
    ("the same with Kazakhstan named in full", "kk",
     "Қазақстанның Еңбек министрлігі биыл елге 12 мың қандас оралғанын хабарлады.",
     ("returned", 12000, None, "KAZ", None)),
    ("the same for foreigners: they entered Kazakhstan", "kk",
     "ҚР ІІМ Көші-қон қызметі биыл елге 12 мың шетелдік келгенін хабарлады.",
     ("entered", 12000, None, "KAZ", None)),
    ("Kazakh 'елге' after the people's own state's embassy is home", "kk",
     "Қазақстанның Түркиядағы елшілігі қаңтар айында елге 318 қазақстандық оралғанын "
     "хабарлады.",
     ("returned", 318, "TUR", "KAZ", "KAZ")),
    ("Kazakh: a country's universities in the dative are where the students went", "kk",
     "Өткен айда Беларусь университеттеріне оқуға 1 236 қазақстандық студент аттанды.",
     ("left", 1236, "KAZ", "BLR", "KAZ")),
    ("Kazakh 'кері қайтарылды' of people who broke the rules inside: sent back", "kk",
     "Өткен айда виза ережесін бұзған он бір қазақстандық Финляндиядан Ресейге кері қайтарылды.",
     ("deported", 11, "FIN", "RUS", "KAZ")),
    ("Kazakh 'not let through, turned back': refused at the border", "kk",
     "Кеше Қытайға өтпек болған 14 қазақстандық шекарадан өткізілмей, кері қайтарылды.",
     ("exit_refused", 14, "KAZ", "CHN", "KAZ")),
    ("a change of planes is passing through", "ru",
     "В четверг в аэропорту Эсейса приземлились 45 россиян, летевших из Москвы с пересадкой "
     "в Аддис-Абебе.",
     ("entered", 45, "RUS", "ARG", "RUS")),
    ("a layover is passing through", "en",
     "On Thursday 45 Russians landed at Ezeiza on flights from Moscow with a layover in "
     "Addis Ababa.",
     ("entered", 45, "RUS", "ARG", "RUS")),
    ("people 'handed ... over to' another state's officials were sent back", "en",
     "Malaysia's immigration department said it had handed 96 Indonesians detained in Johor "
     "over to Indonesian officials at Batam on Tuesday.",
     ("deported", 96, "MYS", "IDN", "IDN")),
    ("a people's name of two words", "en",
     "About 2,600 Sri Lankans arrived in Australia in April.",
     ("entered", 2600, "LKA", "AUS", "LKA")),
    ("every country of a list passed through is passed through", "uk",
     "Минулого тижня з Естонії повернулися щонайменше 600 українців, переважно автобусами "
     "через Латвію, Литву та Польщу.",
     ("returned", 600, "EST", "UKR", "UKR")),
    ("walking in is entering", "ru",
     "За неделю через Нарву из России в Эстонию вошли 300 граждан России.",
     ("entered", 300, "RUS", "EST", "RUS")),
    ("a country's border crossed is entered", "ru",
     "За неделю границу Казахстана пересекли 98 тысяч россиян, сообщили в погранслужбе КНБ.",
     ("entered", 98000, "RUS", "KAZ", "RUS")),
    ("a country of two words whose first is short", "ru",
     "Только за февраль на Шри-Ланку прилетели 17,9 тыс. россиян.",
     ("entered", 17900, "RUS", "LKA", "RUS")),
    ("a hyphenated city after 'to' is where they were sent", "en",
     "The Bahamas deported 212 Haitians on a flight to Cap-Haïtien yesterday.",
     ("deported", 212, "BHS", "HTI", "HTI")),
    ("people denied asylum and sent back were deported, not applicants", "en",
     "About 300 Georgians were denied asylum in Germany and sent back to Tbilisi in April.",
     ("deported", 300, "DEU", "GEO", "GEO")),
    ("rejected asylum seekers deported", "en",
     "Germany deported 300 rejected asylum seekers to Georgia in April.",
     ("deported", 300, "DEU", "GEO", None)),
    ("a people's adjective before a province says where, not whose", "ru",
     "С ноября в индонезийскую провинцию Ачех прибыли более 5 тысяч рохинджа.",
     ("entered", 5000, None, "IDN", None)),
    ("the same before a camp", "ru",
     "В кенийский лагерь Дадааб прибыли 1 300 сомалийцев.",
     ("entered", 1300, "SOM", "KEN", "SOM")),
    ("people detained at an airport trying to fly out were refused exit", "ru",
     "В апреле в аэропорту Пулково задержали 40 граждан Таджикистана, пытавшихся вылететь в "
     "Турцию.",
     ("exit_refused", 40, "RUS", "TUR", "TJK")),
    ("the same in Ukrainian", "uk",
     "У квітні в аеропорту Бориспіль затримали 40 громадян Таджикистану, які намагалися "
     "вилетіти до Туреччини.",
     ("exit_refused", 40, "UKR", "TUR", "TJK")),
    ("the same in English", "en",
     "Police detained 40 Tajiks trying to fly to Turkey at Pulkovo airport in April.",
     ("exit_refused", 40, "TJK", "TUR", "TJK")),
    ("'не пропустила до країни' is a refusal of entry, not of exit", "uk",
     "У березні польські прикордонники не пропустили до країни 340 іноземців.",
     ("entry_refused", 340, None, "POL", None)),
    ("crossings go the way the sentence says, not the order the sides are named in", "en",
     "Polish border guards have recorded more than 19 million crossings from Ukraine since "
     "2022.",
     ("crossings", 19000000, "UKR", "POL", None)),
    ("'Russia's full-scale invasion' is who waged it, no side of a crossing", "en",
     "Since Russia's full-scale invasion in February 2022, border guards have recorded more "
     "than 19 million crossings from Ukraine into Poland.",
     ("crossings", 19000000, "UKR", "POL", None)),
    ("people stopped trying to reach a country were refused exit towards it", "en",
     "Turkey's interior ministry said on Tuesday that its coast guard had stopped 900 migrants "
     "trying to reach Greece.",
     ("exit_refused", 900, "TUR", "GRC", None)),
    ("the same, intercepted attempting to cross", "en",
     "The coast guard intercepted 300 migrants attempting to cross into Greece last week.",
     ("exit_refused", 300, None, "GRC", None)),
    ("a service that says 'we returned N to X' sent them back", "en",
     "\"We also returned 58 people to Turkey under the readmission agreement,\" he said.",
     ("deported", 58, None, "TUR", None)),
    ("departures that reached a number left; no one arrived", "en",
     "Departures from Russia to Georgia reached 10,000 a day last week.",
     ("left", 10000, "RUS", "GEO", None)),
    ("a state that accepted refugees took them in", "en",
     "Japan accepted 303 refugees in 2023, a record.",
     ("entered", 303, None, "JPN", None)),
    ("people resettled came in", "en",
     "Canada resettled 40,000 Afghans between 2021 and 2023.",
     ("entered", 40000, "AFG", "CAN", "AFG")),
    ("a boat's word before arrivals says how they came", "en",
     "The UK received 45,000 small-boat arrivals last year.",
     ("entered", 45000, None, "GBR", None)),
    ("people let in entered", "en",
     "Poland let in 340 foreigners in March.",
     ("entered", 340, None, "POL", None)),
    ("people not let in were refused entry", "en",
     "Poland did not let in 340 foreigners in March.",
     ("entry_refused", 340, None, "POL", None)),
    ("a channel named after a country says where no one went", "en",
     "Up to 1,000 Georgians leave for Turkey every day, the minister said in an interview "
     "with France 24.",
     ("left", 1000, "GEO", "TUR", "GEO")),
    ("the people's adjective before their noun still names them", "en",
     "Last week 4,300 Italian migrants returned to Italy from Libya.",
     ("returned", 4300, "LBY", "ITA", "ITA")),
    ("people refused entry never entered: the country refusing is the one they tried", "en",
     "Lithuania refused entry to 120 Belarusians last week.",
     ("entry_refused", 120, "BLR", "LTU", "BLR")),
    ("refused entry, told in the passive", "en",
     "At least 600 migrants were denied entry to Hungary on 3 May, police said.",
     ("entry_refused", 600, None, "HUN", None)),
    ("refused entry, told by 'not allowed into'", "en",
     "Last week 45 Russians were not allowed into Georgia at Upper Lars.",
     ("entry_refused", 45, "RUS", "GEO", "RUS")),
    ("refused entry, with the people between 'barred' and 'from entering'", "en",
     "Border guards barred 80 Afghans from entering Iran on Monday.",
     ("entry_refused", 80, "AFG", "IRN", "AFG")),
    ("refused entry, in Russian: 'не пустила в страну'", "ru",
     "Литва на прошлой неделе не пустила в страну 120 белорусов.",
     ("entry_refused", 120, "BLR", "LTU", "BLR")),
    ("refused entry, in Russian: 'отказали во въезде'", "ru",
     "3 мая по меньшей мере 600 мигрантам отказали во въезде в Венгрию.",
     ("entry_refused", 600, None, "HUN", None)),
    ("refused entry, in Russian: 'запретили въезд'", "ru",
     "На прошлой неделе 45 россиянам запретили въезд в Грузию.",
     ("entry_refused", 45, "RUS", "GEO", "RUS")),
    ("refused entry, in Ukrainian: 'відмовили у в'їзді'", "uk",
     "Щонайменше 600 мігрантам 3 травня відмовили у в'їзді до Угорщини.",
     ("entry_refused", 600, None, "HUN", None)),
    ("refused entry, in Ukrainian: 'не впустила'", "uk",
     "Минулого тижня Литва не впустила 120 білорусів.",
     ("entry_refused", 120, "BLR", "LTU", "BLR")),
    ("refused entry, in Kazakh: 'кіруге рұқсат берілмеді'", "kk",
     "3 мамырда 600-ге жуық мигрантқа Венгрияға кіруге рұқсат берілмеді.",
     ("entry_refused", 600, None, "HUN", None)),
    ("refused entry, in Kazakh: 'елге кіргізбеді'", "kk",
     "Өткен аптада Грузия 45 ресейлікті елге кіргізбеді.",
     ("entry_refused", 45, "RUS", "GEO", "RUS")),
    ("Kazakh citizens are the country's named next to them, not the receiving state's", "kk",
     "Литва өткен аптада Беларусьтің 120 азаматын қабылдады.",
     ("entered", 120, "BLR", "LTU", "BLR")),
    ("the same, refused entry", "kk",
     "Литва өткен аптада Беларусьтің 120 азаматын елге кіргізбеді.",
     ("entry_refused", 120, "BLR", "LTU", "BLR")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "expected"), [row[1:] for row in WAYS], ids=[row[0] for row in WAYS]
)
def test_which_way_and_whose_people(
    language: str, text: str, expected: tuple[str, int, str | None, str | None, str | None]
) -> None:
    candidates = read_article(text, language, PUBLISHED).candidates
    found = [
        (c.metric, c.figure.value, c.origin, c.destination, c.citizenship) for c in candidates
    ]
    assert found == [expected]


# (what it shows, language, text, (attributed to, carried by))
TOLD = [
    ("an agency named by its kind, in Latin letters, told before 'що'", "uk",
     "Речниця прикордонної служби Олена Гуменюк повідомила агентству BTA, що за тиждень до "
     "Болгарії в'їхали 2 300 українців.",
     ("Олена Гуменюк", "BTA")),
    ("a broadcaster named by its kind, told after the speaker's description", "uk",
     "Оксана Левчук, консулка України в Норвегії, розповіла мовнику NRK, що з січня додому "
     "повернулися 410 українців.",
     ("Оксана Левчук", "NRK")),
    ("a name in Latin letters told before 'що' is an outlet", "uk",
     "Посол України Ігор Дроздов розповів SVT, що з початку року до Швеції прибули 1 800 "
     "українців.",
     ("Ігор Дроздов", "SVT")),
    ("an agency in quotation marks keeps the day in its name", "ru",
     "Глава миграционной службы Акмал Рахимов заявил агентству «Узбекистан сегодня», что за "
     "неделю в Казахстан выехали 3 200 граждан Узбекистана.",
     ("Акмал Рахимов", "Узбекистан сегодня")),
    ("the outlet told right after the verb, the official after it", "ru",
     "«За месяц в Армению въехали 12 тысяч россиян», — рассказал ТАСС заместитель министра "
     "Армен Гаспарян.",
     ("Армен Гаспарян", "ТАСС")),
    ("a paper named by its kind right after the verb, then the official", "ru",
     "«За неделю домой вернулись 140 наших граждан», — рассказал изданию «Вечерний Душанбе» "
     "консул Таджикистана в Дубае Фаррух Назаров.",
     ("Фаррух Назаров", "Вечерний Душанбе")),
    ("a Cyrillic name told before 'что' is a person's, no outlet", "ru",
     "Глава службы Армен Гаспарян сообщил Петрову, что за месяц в Армению въехали 12 тысяч "
     "россиян.",
     ("Армен Гаспарян", None)),
    ("a commission's name that lists its fields after a comma is one name", "en",
     "About 900 Chadians crossed into Cameroon last week, the National Commission for "
     "Returnees, Migrants and Stateless Persons said.",
     ("National Commission for Returnees, Migrants and Stateless Persons", None)),
    ("the official named after a body's listed name and a role", "en",
     "Ministry of Labour, Social Welfare and Migration spokesman Tomas Reyes said 700 people "
     "were deported last month.",
     ("Tomas Reyes", None)),
    ("a body that deported people gave their number, the day after its name aside", "ru",
     "МВД Казахстана на прошлой неделе выдворило 35 граждан Узбекистана.",
     ("МВД Казахстана", None)),
    ("the same in Ukrainian", "uk",
     "Державна прикордонна служба у вівторок видворила 14 громадян Молдови.",
     ("Державна прикордонна служба", None)),
    ("the same in English", "en",
     "The Immigration Department deported 300 Indonesians last month.",
     ("Immigration Department", None)),
    ("a dateline before the speaker is nobody's words", "kk",
     "ШЫМКЕНТ, 3 маусым 2024 жыл (Оңтүстік таңы) – Ішкі істер министрлігінің көші-қон "
     "қызметі басқармасының басшысы Серік Ахметов биыл 2 300 шетелдік студент келгенін айтты.",
     ("Серік Ахметов", None)),
    ("a place's name before the police's noun names the police, not a person", "en",
     "Chiang Rai provincial police said they had deported 64 Laotians last week.",
     ("Chiang Rai provincial police", None)),
    ("a border post that speaks", "en",
     "About 3,100 Cambodians returned from Thailand last week, the Ban Khlong Luek "
     "Immigration Checkpoint said.",
     ("Ban Khlong Luek Immigration Checkpoint", None)),
    ("a person with the body in their description stays the person", "en",
     "Somchai Vong, head of the border police, said 300 Laotians crossed into Thailand last "
     "week.",
     ("Somchai Vong", None)),
    ("a US state named after its name is no verb 'state'", "en",
     "In March 1,200 asylum seekers walked into Quebec from New York state at Roxham Road.",
     (None, None)),
    ("a name after 'in' is where the body is, not a person", "en",
     "Yesterday 140 Bolivians came back through Villazón, according to the Bolivian consulate "
     "in La Paz.",
     ("Bolivian consulate in La Paz", None)),
    ("a body's office ('представництво') is the body, not its representative", "uk",
     "Від вересня на батьківщину повернулися 52 громадянина Непалу, повідомили в "
     "представництві Міжнародної організації з міграції (МОМ) в Україні.",
     ("представництво Міжнародної організації з міграції в Україні", None)),
    ("a border police's short name before the spokeswoman's", "ru",
     "«За неделю страну покинули около 40 тысяч наших граждан», — пояснила пресс-секретарь "
     "Погранполиции Анна Руснак.",
     ("Анна Руснак", None)),
    ("figures released by a body, set off by commas", "en",
     "The figures, released by Kazakhstan's Interior Ministry, show 98,000 Russians entered "
     "Kazakhstan in a week.",
     ("Ministry of Internal Affairs of Kazakhstan", None)),
    ("the paper told before the official, after 'как рассказал'", "ru",
     "Как рассказал «Интерфаксу» глава миграционной службы Армении Армен Казарян, за неделю в "
     "Армению въехали 7 тысяч россиян.",
     ("Армен Казарян", "Интерфакс")),
    ("the paper told before the official, Ukrainian", "uk",
     "Як розповів «Укрінформу» речник ДПСУ Андрій Демченко, за добу до Польщі виїхали 20 тисяч "
     "українців.",
     ("Андрій Демченко", "Укрінформ")),
    ("an agency told by the body spoken for", "ru",
     "В погранслужбе Грузии ТАСС сообщили, что за сутки в Грузию въехали 5 тысяч россиян.",
     ("погранслужба Грузии", "ТАСС")),
    ("an agency of two words told by the body", "ru",
     "В МВД Казахстана РИА Новости сообщили, что за неделю в Казахстан въехали 50 тысяч "
     "россиян.",
     ("МВД Казахстана", "РИА Новости")),
    ("'the agency' is the body the sentence named with its acronym", "en",
     "Since January, 178 Sri Lankans have returned home from Australia with help from the "
     "International Organization for Migration (IOM), the agency said.",
     ("International Organization for Migration", None)),
    ("'the ministry' is not any body the sentence named", "en",
     "Since January, 178 Sri Lankans have returned home from Australia with help from the "
     "International Organization for Migration (IOM), the ministry said.",
     ("the ministry", None)),
    ("where the paper was told is not its name", "en",
     '"Since May 1 we have stopped 63 people from setting off for Australia," navy spokesman '
     "Captain Nuwan Senarath told the Daily Mirror in Colombo.",
     ("Nuwan Senarath", "Daily Mirror")),
    ("a paper known by its masthead, told after an aside", "en",
     '"Fewer than 3,000 people cross in both directions a day," Jean-Paul Habimana, who heads '
     "the post, told The New Times.",
     ("Jean-Paul Habimana", "New Times")),
    ("a directorate, its name in its own language in brackets", "uk",
     "З 24 лютого захист в Ісландії отримали 2 093 громадянина України, повідомив у понеділок "
     "Директорат з питань імміграції Ісландії (Útlendingastofnun).",
     ("Директорат з питань імміграції Ісландії", None)),
    ("a paper called a herald, told in the dative, named in the nominative", "uk",
     "У Посольстві України в Чорногорії «Балканському віснику» розповіли, що з початку літа "
     "додому повернулися понад 300 наших громадян.",
     ("Посольство України в Чорногорії", "Балканський вісник")),
    ("an acronym inside the speaker's description closes no clause", "uk",
     "Представниця Управління ООН у справах біженців (УВКБ ООН) у Загребі Мірна Ковач "
     "розповіла, що з початку року з Хорватії в Україну повернулися близько 1 800 українців.",
     ("Мірна Ковач", None)),
    ("a role ranked by the word before it ('Генеральний консул')", "uk",
     "Генеральний консул України в Стамбулі Богдан Гаврилюк розповів, що минулого тижня через "
     "Стамбул додому повернулися понад 600 українців.",
     ("Богдан Гаврилюк", None)),
    ("an interview given to an agency carries it", "en",
     '"We have registered 4,500 asylum applications since January," said Ahmed Bari, director '
     "of the agency, in an interview with Reuters.",
     ("Ahmed Bari", "Reuters")),
    ("a body's name, then what it is", "en",
     "Frontex, the EU border agency, said 13,000 migrants reached Greece in May.",
     ("Frontex", None)),
    ("where it happened, then the body", "en",
     "In Mexico, the National Migration Institute (INM) said it had deported 228 Hondurans last "
     "week.",
     ("National Migration Institute", None)),
    ("an aside between the speaker and the verb", "en",
     "Officials at the Interior Ministry, speaking on condition of anonymity, said 2,000 Afghans "
     "were deported last week.",
     ("Ministry of Internal Affairs", None)),
    ("an outlet told, unquoted, before the body spoken for", "uk",
     "Як повідомили Укрінформу в Державній прикордонній службі, за тиждень до Молдови виїхали "
     "12 тисяч українців.",
     ("Державна прикордонна служба", "Укрінформ")),
    ("on a radio's air, the radio named in the nominative", "uk",
     "Речниця міграційної служби Польщі Катажина Новак в ефірі Польського радіо заявила, що за "
     "місяць тимчасовий захист отримали 8 тисяч українців.",
     ("Катажина Новак", "Польське радіо")),
    ("data published by a body are its", "ru",
     "Данные, опубликованные Росстатом, показывают, что в 2023 году из России выехали 1,2 млн "
     "человек.",
     ("Росстат", None)),
    ("a consulate general is a body", "uk",
     "За інформацією генконсульства України в Стамбулі, минулого тижня з Туреччини додому "
     "повернулися 600 громадян України.",
     ("генконсульство України в Стамбулі", None)),
    ("an agency told by a body named by its acronym", "uk",
     "У ДПСУ Укрінформу повідомили, що за добу до Польщі виїхали 20 тисяч українців.",
     ("ДПСУ", "Укрінформ")),
    ("'із посиланням на': the body an agency cites", "uk",
     "Як повідомляє Укрінформ із посиланням на ДПСУ, за добу з України до Польщі виїхали понад "
     "40 тисяч людей.",
     ("ДПСУ", "Укрінформ")),
    ("where it was said, between the speaker and the verb, is not who said it", "uk",
     "Речник ДПСУ Андрій Демченко на брифінгу в Києві заявив, що за добу до Польщі виїхали "
     "20 тисяч українців.",
     ("Андрій Демченко", None)),
    ("the same in Russian", "ru",
     "Замминистра Алибек Бакаев на пресс-конференции заявил, что из Израиля в Казахстан "
     "прилетели 146 казахстанцев.",
     ("Алибек Бакаев", None)),
    ("'according to' an outlet 'which cited' a body: the body said it, the outlet carried it",
     "en",
     "According to Reuters, which cited the Interior Ministry, 2,000 people crossed into Poland "
     "on Sunday.",
     ("Ministry of Internal Affairs", "Reuters")),
    ("the same after a dateline", "en",
     "WARSAW, May 14 (Test Wire) - According to Reuters, which cited the Interior Ministry, "
     "2,000 people crossed into Poland on Sunday.",
     ("Ministry of Internal Affairs", "Reuters")),
    ("what a speaker referred to names no one: the speaker said it", "en",
     '"We counted 3,000 new arrivals from Sudan in Chad last week," Olga Sarrado said, '
     "referring to the camps.",
     ("Olga Sarrado", None)),
    ("'according to' a role, then who holds it, ending the sentence", "en",
     "The number of arrivals from Sudan in Chad reached 3,000 last week, according to UNHCR's "
     "representative in Chad, Laura Lo Castro.",
     ("Laura Lo Castro", None)),
    ("a body whose name is a list, its short name in brackets", "en",
     "Immigration, Refugees and Citizenship Canada (IRCC) said more than 39,000 people "
     "filed refugee claims in Canada in 2022.",
     ("Immigration, Refugees and Citizenship Canada", None)),
    ("a quoted name in the dative between the verb and the speaker is the outlet told", "ru",
     "В понедельник в Россию не выпустили 130 человек, рассказал «Азатлыку» начальник смены "
     "Иван Петров.",
     ("Иван Петров", "Азатлык")),
    ("the same before the verb's 'як розповів'", "uk",
     "Як розповів «Європейській правді» речник ДПСУ Андрій Демченко, за добу до Польщі виїхали "
     "20 тисяч українців.",
     ("Андрій Демченко", "Європейська правда")),
    ("the same with a name the dictionary knows", "ru",
     "В понедельник в Россию не выпустили 130 человек, рассказал «Известиям» начальник смены "
     "Иван Петров.",
     ("Иван Петров", "Известия")),
    ("a country the people were sent from, in capitals, is no speaker", "uk",
     "Відтоді як почалася війна, з ПАР депортували сімох українців.",
     (None, None)),
    ("'из данных X следует': whose data", "ru",
     "Из данных МВД Грузии следует, что за неделю в Грузию въехали 12 тыс. россиян.",
     ("МВД Грузии", None)),
    ("'з даних X випливає': whose data", "uk",
     "З даних ДПСУ випливає, що за тиждень до Польщі виїхали 12 тис. українців.",
     ("ДПСУ", None)),
    ("'згідно зі статистикою': according to a body's statistics", "uk",
     "Згідно зі статистикою ДПСУ, за тиждень до Польщі виїхали 12 тис. українців.",
     ("ДПСУ", None)),
    ("'як свідчать дані': as a body's data show", "uk",
     "Як свідчать дані ДПСУ, за тиждень до Польщі виїхали 12 тис. українців.",
     ("ДПСУ", None)),
    ("the same in Russian", "ru",
     "Как свидетельствуют данные МВД Грузии, за неделю в Грузию въехали 12 тыс. россиян.",
     ("МВД Грузии", None)),
    ("Kazakh 'дерегі бойынша': according to a body's data", "kk",
     "Ішкі істер министрлігінің дерегі бойынша, қаңтар-наурыз айларында Қазақстаннан Германияға "
     "2 100 адам көшіп кетті.",
     ("Ішкі істер министрлігі", None)),
    ("a checkpoint 'through' which people went, after an agency's report, is no speaker", "kk",
     "Kazinform агенттігінің хабарлауынша, кеше «Қорғас» бекеті арқылы Қытайға 2 мыңға жуық "
     "қазақстандық шықты.",
     (None, "Kazinform")),
    ("a body named with 'the' and no word for its kind is still named", "en",
     "About 900 Syrians returned from Lebanon last week, the Lebanese General Security said.",
     ("Lebanese General Security", None)),
    ("'as reported by' after the speaker names the outlet, known or not", "en",
     "About 900 Syrians returned from Lebanon last week, the Lebanese General Security said, "
     "as reported by L'Orient Today.",
     ("Lebanese General Security", "L'Orient Today")),
    ("'as quoted by' after 'said on Twitter'", "en",
     "A total of 2,500 people crossed from Ukraine into Poland on Sunday, Poland's border "
     "guard said on Twitter, as quoted by Reuters.",
     ("Poland's border guard", "Reuters")),
    ("'quoted by' after 'according to'", "en",
     "About 900 Syrians returned from Lebanon last week, according to the Lebanese General "
     "Security, quoted by AFP.",
     ("Lebanese General Security", "AFP")),
    ("'in a statement carried by' names the outlet, not what was told", "en",
     "About 900 Syrians returned from Lebanon last week, Lebanon's General Security said in a "
     "statement carried by the National News Agency.",
     ("Lebanon's General Security", "National News Agency")),
    ("a bare name that reports citing a body is the outlet that relayed it", "en",
     "About 900 Syrians returned from Lebanon last week, L'Orient Today reported, citing the "
     "Lebanese General Security.",
     ("Lebanese General Security", "L'Orient Today")),
    ("a channel told keeps its number, which counts no one", "en",
     "Georgia's interior minister Vakhtang Gomelauri told Rustavi 2 that up to 1,000 Georgians "
     "leave for Turkey every day.",
     ("Vakhtang Gomelauri", "Rustavi 2")),
    ("an outlet's verb after the speaker's cue names the outlet that relayed it", "ru",
     "Около 900 сирийцев вернулись из Ливана на прошлой неделе, заявили в ливанской армии, "
     "передает Reuters.",
     ("ливанская армия", "Reuters")),
    ("the same after a named official", "ru",
     "Около 900 россиян въехали в Грузию за сутки, заявил глава МВД Вахтанг Гомелаури, "
     "передает «Интерфакс».",
     ("Вахтанг Гомелаури", "Интерфакс")),
    ("where a body posted is no part of its name", "ru",
     "Около 900 россиян въехали в Грузию за сутки, говорится в сообщении МВД Грузии в "
     "Telegram.",
     ("МВД Грузии", None)),
    ("the same, 'у своєму телеграм-каналі'", "uk",
     "Близько 900 росіян в'їхали до Грузії за добу, повідомило МВС Грузії у своєму "
     "телеграм-каналі.",
     ("МВС Грузії", None)),
    ("'следует из данных X, которые приводит Y': X's data, Y relayed them", "ru",
     "Около 900 россиян въехали в Грузию за сутки, следует из данных погранслужбы Грузии, "
     "которые приводит РБК.",
     ("погранслужба Грузии", "РБК")),
    ("the same in Ukrainian", "uk",
     "Близько 900 росіян в'їхали до Грузії за добу, свідчать дані прикордонної служби "
     "Грузії, які наводить Укрінформ.",
     ("прикордонна служба Грузії", "Укрінформ")),
    ("an unquoted outlet told in the dative is named in the nominative", "uk",
     "Речниця служби Анна Міхальська розповіла Польському радіо, що лише минулого тижня "
     "кордон перетнули 120 тисяч українців.",
     ("Анна Міхальська", "Польське радіо")),
    ("'в соцмережі X' is where the body posted", "uk",
     "Від початку року до Польщі в'їхали понад 2 мільйони українців, повідомила "
     "Прикордонна служба Польщі в соцмережі X.",
     ("Прикордонна служба Польщі", None)),
    ("'according to X of the IOM': the person, not a body named after them", "en",
     "According to Paul Dillon of the IOM, 2,000 Sudanese crossed into Chad last week.",
     ("Paul Dillon", None)),
    ("'Как рассказали в пресс-службе X агентству «Y»': X told Y", "ru",
     "Как рассказали в пресс-службе МВД Грузии агентству «Интерфакс», за неделю в Грузию "
     "въехали 9 тысяч россиян.",
     ("МВД Грузии", "Интерфакс")),
    ("'следует из статистики X, опубликованной ...': X's figures", "ru",
     "За неделю в Грузию въехали 9 тысяч россиян, следует из статистики МВД Грузии, "
     "опубликованной на сайте ведомства.",
     ("МВД Грузии", None)),
    ("a programme's common noun names no outlet", "uk",
     "Про це повідомив речник Державної прикордонної служби України Андрій Демченко в ефірі "
     "телемарафону: за добу в Україну в'їхали 25 тисяч осіб.",
     ("Андрій Демченко", None)),
    ("'Відповідні дані оприлюднила X' after the figure names its source", "uk",
     "Минулого тижня до Польщі виїхали 120 тисяч українців. Відповідні дані оприлюднила ДПСУ.",
     ("ДПСУ", None)),
    ("'Соответствующие данные опубликовала X' after the figure names its source", "ru",
     "На прошлой неделе в Польшу выехали 120 тысяч украинцев. Соответствующие данные "
     "опубликовала погранслужба Украины.",
     ("погранслужба Украины", None)),
    ("a country's everyday name makes a ministry's name ('Turkey', not only 'Türkiye')", "en",
     "Turkey's interior ministry said 900 migrants entered Greece last week.",
     ("Ministry of Internal Affairs of Türkiye", None)),
    ("Kazakh: the speaker after 'деді', then the outlet's correspondent told", "kk",
     "21 қыркүйектен бері Қазақстанға 200 мыңнан астам ресейлік келді, деді Ахметжанов "
     "Zakon.kz тілшісіне.",
     ("Ахметжанов", "Zakon.kz")),
    ("a known channel whose number is part of its name", "kk",
     "«Биыл Қазақстанға 200 мыңнан астам ресейлік келді», – деді ІІМ басшысы Марат "
     "Ахметжанов «Хабар 24» арнасына.",
     ("Марат Ахметжанов", "Хабар 24")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Около 900 россиян въехали в Грузию за сутки, пишет «Новая газета Европа».",
         "Новая газета Европа"),
        ("Около 900 россиян въехали в Грузию за сутки, пишет газета «Коммерсантъ».",
         "Коммерсантъ"),
    ],
    ids=["a longer name", "the kind's word before a name"],
)  # fmt: skip
def test_an_outlet_keeps_a_name_the_known_one_only_begins(text: str, outlet: str) -> None:
    """«Новая газета Европа» is not «Новая газета»; "газета" before a name is only its kind."""
    given = DocumentFields(
        publisher="Test", title="T", author=None, published_at=PUBLISHED, url=None
    )
    proposed = propose(text, given=given, language="ru").proposed
    assert [item.data["citation"]["carried_by"]["name"] for item in proposed] == [outlet]


@pytest.mark.parametrize(
    ("language", "text", "expected"), [row[1:] for row in TOLD], ids=[row[0] for row in TOLD]
)
def test_who_said_it_and_who_was_told(
    language: str, text: str, expected: tuple[str | None, str | None]
) -> None:
    candidates = read_article(text, language, PUBLISHED).candidates
    assert [_said(c) for c in candidates] == [expected]


SAME_DAY = [
    ("en", "On Tuesday 3,000 people crossed into Rwanda from Goma, the ministry said. Nearly 90 "
           "aid workers also left Goma for Rwanda by road the same day, the ministry said."),
    ("ru", "Во вторник в Грузию въехали 3 тысячи россиян, сообщило МВД. В тот же день из Грузии "
           "выехали 900 человек."),
    ("uk", "У вівторок до Польщі виїхали 3 тисячі українців. Того ж дня в Україну повернулися "
           "900 осіб."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), SAME_DAY, ids=[row[0] for row in SAME_DAY])
def test_the_same_day_is_the_day_named_before(language: str, text: str) -> None:
    tuesday = date(2024, 5, 14)
    candidates = read_article(text, language, PUBLISHED).candidates
    assert [(c.period_start, c.period_end, c.as_of) for c in candidates] == [
        (tuesday, tuesday, None),
        (tuesday, tuesday, None),
    ]


AWAITING = [
    ("en", "A further 263 foreigners are being held at the detention centre awaiting removal."),
    ("ru", "В центрах временного содержания депортации ожидают еще 263 иностранца."),
    ("uk", "Ще 263 іноземці перебувають у пункті тимчасового перебування і очікують депортації."),
]


@pytest.mark.parametrize(("language", "text"), AWAITING, ids=[row[0] for row in AWAITING])
def test_people_awaiting_deportation_were_not_deported(language: str, text: str) -> None:
    reading = read_article(text, language, PUBLISHED)
    assert not reading.candidates
    assert [left.figure_text for left in reading.left_out] == ["263"]


# (what it shows, language, published, text, (metric, origin, destination, citizenship,
# period start, period end))
IN_CONTEXT = [
    ("people who left 'the country' left the one the article is about", "ru", "2024-03-05",
     "С начала года на Шри-Ланку прилетели 36 тысяч россиян, сообщило управление. В феврале "
     "ещё 212 россиян покинули страну после отказа в продлении виз.",
     ("left", "LKA", None, "RUS", "2024-02-01", "2024-02-29")),
    ("'citizens of this country' are the country's just named", "ru", "2024-10-08",
     "Полиция Алматы сообщила, что в сентябре в Таджикистан выдворены 64 гражданина этой "
     "страны.",
     ("deported", "KAZ", "TJK", "TJK", "2024-09-01", "2024-09-30")),
    ("nine months with no year, after them, are the year's first nine", "ru", "2024-10-08",
     "За девять месяцев на заработки в Казахстан выехали 41,7 тыс. граждан Таджикистана.",
     ("left", "TJK", "KAZ", "TJK", "2024-01-01", "2024-09-30")),
    ("a state's body, named before and then only 'the office', counts who came to it", "uk",
     "2024-05-14",
     "Міністерство внутрішніх справ Чехії повідомило про нові правила. Відомство також "
     "уточнило, що у квітні тимчасовий захист уперше отримали 2,4 тис. громадян України.",
     ("refugees_registered", "UKR", "CZE", "UKR", "2024-04-01", "2024-04-30")),
    ("'over the same time' is the time named before", "ru", "2024-10-08",
     "За девять месяцев в Казахстан выехали 41,7 тыс. граждан Таджикистана. Вернулись на "
     "родину за то же время около 28 тысяч наших граждан.",
     ("returned", "KAZ", "TJK", "TJK", "2024-01-01", "2024-09-30")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "published", "text", "expected"),
    [row[1:] for row in IN_CONTEXT],
    ids=[row[0] for row in IN_CONTEXT],
)
def test_what_the_sentences_before_say(
    language: str,
    published: str,
    text: str,
    expected: tuple[str, str | None, str | None, str | None, str | None, str | None],
) -> None:
    last = read_article(text, language, date.fromisoformat(published)).candidates[-1]
    found = (
        last.metric,
        last.origin,
        last.destination,
        last.citizenship,
        last.period_start.isoformat() if last.period_start else None,
        last.period_end.isoformat() if last.period_end else None,
    )
    assert found == expected


def test_months_not_yet_over_are_the_last_months() -> None:
    """In May, "за девять месяцев" cannot be January to September: the nine months to the
    report."""
    (candidate,) = read_article(
        "За девять месяцев в Казахстан выехали 41,7 тыс. граждан Таджикистана.",
        "ru",
        date(2024, 5, 8),
    ).candidates
    assert (candidate.period_start, candidate.period_end) == (date(2023, 8, 9), date(2024, 5, 8))


@pytest.mark.parametrize(
    ("language", "text", "start"),
    [
        ("uk", "З початку весни додому повернулися понад 300 українців.", date(2024, 3, 1)),
        ("ru", "С начала зимы из Казахстана выехали 300 граждан России.", date(2023, 12, 1)),
        ("en", "Since the start of spring, 300 Ukrainians have returned home.", date(2024, 3, 1)),
        ("kk", "Көктемнің басынан бері Ресейден 300 қазақстандық елге оралды.", date(2024, 3, 1)),
        # In May the latest summer begun is last year's.
        ("uk", "З початку літа додому повернулися понад 300 українців.", date(2023, 6, 1)),
        # Ukrainian news says "the war" for the full-scale one, however it says it began.
        ("uk", "Відтоді як почалася війна, з ПАР депортували сімох українців.", date(2022, 2, 24)),
        (
            "uk",
            "Відколи почалася повномасштабна війна, до Польщі виїхали 1,5 млн українців.",
            date(2022, 2, 24),
        ),
    ],
    ids=["uk", "ru", "en", "kk", "uk-last-summer", "uk-since-the-war-began", "uk-since-it"],
)
def test_since_a_season_or_the_war_began(language: str, text: str, start: date) -> None:
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert (candidate.period_start, candidate.as_of) == (start, PUBLISHED)


@pytest.mark.parametrize(
    ("language", "text", "period"),
    [
        ("kk", "Биыл қаңтар мен ақпанда 236 қазақстандық Испанияда баспана сұрады.",
         (date(2024, 1, 1), date(2024, 2, 29), None)),
        ("kk", "Биылғы қаңтар мен ақпан айларында 236 қазақстандық Испанияда баспана сұрады.",
         (date(2024, 1, 1), date(2024, 2, 29), None)),
        ("ru", "В январе и феврале убежища в Испании попросили 236 граждан Казахстана.",
         (date(2024, 1, 1), date(2024, 2, 29), None)),
        ("uk", "У січні та лютому притулку в Іспанії попросили 236 громадян Казахстану.",
         (date(2024, 1, 1), date(2024, 2, 29), None)),
        ("en", "In January and February 236 Kazakhs applied for asylum in Spain.",
         (date(2024, 1, 1), date(2024, 2, 29), None)),
        # Two months apart are no span: the first month is the period.
        ("en", "In January and March 236 Kazakhs applied for asylum in Spain.",
         (date(2024, 1, 1), date(2024, 1, 31), None)),
        ("kk", "Наурыз айының басынан бері Семейге Үндістаннан 1 214 студент келді.",
         (date(2024, 3, 1), None, PUBLISHED)),
    ],
)  # fmt: skip
def test_months_named_together(
    language: str, text: str, period: tuple[date | None, date | None, date | None]
) -> None:
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert (candidate.period_start, candidate.period_end, candidate.as_of) == period


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        ("en", "Up to 150 Nepali workers a day are now flying out to Romania.", ("NPL", "ROU")),
        ("kk", "Қазір Астанадан Подгорицаға тәулігіне 60-қа дейін жолаушы ұшады.",
         ("KAZ", "MNE")),
    ],
)  # fmt: skip
def test_flying_out_is_leaving(language: str, text: str, places: tuple[str, str]) -> None:
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert (candidate.metric, candidate.per_day) == ("left", True)
    assert (candidate.origin, candidate.destination) == places


def test_one_kazakhstani_told_something_is_one_of_the_people() -> None:
    """ "бес қазақстандыққа рұқсат берілмеген": the people, in the dative, not "to Kazakhstan"."""
    text = "Өткен аптада Подгорица әуежайында бес қазақстандыққа елге кіруге рұқсат берілмеген."
    (candidate,) = read_article(text, "kk", PUBLISHED).candidates
    assert (candidate.metric, candidate.citizenship) == ("entry_refused", "KAZ")


def test_an_office_or_a_commissariat_is_a_body() -> None:
    text = (
        "Жыл басынан бері Бельгиядан 37 қазақстандық депортацияланды, деп хабарлады Belga "
        "агенттігі Бельгияның Көші-қон кеңсесіне (Office des Étrangers) сілтеме жасап."
    )
    (candidate,) = read_article(text, "kk", PUBLISHED).candidates
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.name == "Бельгияның Көші-қон кеңсесі"
    assert candidate.carried_by is not None
    assert candidate.carried_by.name == "Belga"


def test_a_kazakh_word_for_flying_is_no_number_three() -> None:
    text = "Қараша айында Алматыдан Дохаға 2 870 жолаушы ұшты."
    candidates = read_article(text, "kk", PUBLISHED).candidates
    assert [(c.metric, c.figure.value, c.destination) for c in candidates] == [
        ("left", 2870, "QAT")
    ]


def test_a_kazakh_quarter_of_a_year_is_no_ninety() -> None:
    """ "Тоқсан" is ninety, and a quarter: "тоқсан ішінде" counts no one."""
    text = "Армения тоқсан ішінде 14 мыңға жуық қазақстандықты қабылдады."
    candidates = read_article(text, "kk", PUBLISHED).candidates
    assert [c.figure.value for c in candidates if c.figure] == [14000]
    ninety = read_article("Өткен аптада Арменияға тоқсан қазақстандық келді.", "kk", PUBLISHED)
    assert [c.figure.value for c in ninety.candidates if c.figure] == [90]


def test_kazakh_names_indians_by_their_people() -> None:
    text = "Өткен аптада Шарджадан Алматыға 326 үнді жастары жетті."
    (candidate,) = read_article(text, "kk", PUBLISHED).candidates
    assert (candidate.origin, candidate.destination, candidate.citizenship) == (
        "ARE",
        "KAZ",
        "IND",
    )


def test_kazakh_moving_abroad_to_live_is_leaving() -> None:
    text = "Жыл басынан бері Қазақстаннан Германияға 2 мың адам қоныс аударды."
    (candidate,) = read_article(text, "kk", PUBLISHED).candidates
    assert (candidate.metric, candidate.origin, candidate.destination) == ("left", "KAZ", "DEU")


@pytest.mark.parametrize(
    ("published", "period"),
    [
        (date(2024, 9, 10), (date(2024, 1, 1), date(2024, 8, 31), None)),
        # In May, eight months of this year are not over: the eight months to the report.
        (date(2024, 5, 15), (date(2023, 9, 16), date(2024, 5, 15), date(2024, 5, 15))),
    ],
)
def test_kazakh_months_of_this_year(
    published: date, period: tuple[date, date, date | None]
) -> None:
    text = "Биыл 8 айда Қазақстаннан 12 мыңнан астам адам эмиграцияға кетті."
    (candidate,) = read_article(text, "kk", published).candidates
    assert (candidate.period_start, candidate.period_end, candidate.as_of) == period


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Упродовж тижня прикордонники затримали 120 чоловіків, які намагалися незаконно "
               "виїхати з України."),
        ("ru", "За неделю пограничники задержали 120 мужчин, которые пытались незаконно выехать "
               "из Украины."),
        ("en", "Last week border guards detained 120 men who tried to leave Ukraine illegally."),
    ],
)  # fmt: skip
def test_people_who_tried_to_leave_did_not(language: str, text: str) -> None:
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert (candidate.metric, candidate.figure.value, candidate.origin) == (
        "exit_refused",
        120,
        "UKR",
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "More than 48,000 Nepalis came home from India in the ten days to Sunday."),
        ("ru", "За десять дней до воскресенья из Индии на родину вернулись 48 тысяч граждан "
               "Непала."),
    ],
)  # fmt: skip
def test_days_up_to_a_weekday(language: str, text: str) -> None:
    (candidate,) = read_article(text, language, date(2024, 11, 4)).candidates
    assert (candidate.period_start, candidate.period_end) == (
        date(2024, 10, 25),
        date(2024, 11, 3),
    )


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [
        ("A total of 1,240 workers have come home from Kuwait since January 1, Migrant Workers "
         "Secretary Ramon Alcaraz said on Wednesday.", "Ramon Alcaraz"),
        ("About 2,000 people a day have been crossing into Thailand, Pol Lt Col Surachai Boonmee, "
         "superintendent of Nong Khai Immigration, said.", "Surachai Boonmee"),
    ],
)  # fmt: skip
def test_a_title_before_the_name(phrase: str, speaker: str) -> None:
    (candidate,) = read_article(phrase, "en", PUBLISHED).candidates
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.name == speaker


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Since Friday, 2,145 Nepali workers have flown home from Kuala Lumpur.",
         ("MYS", "NPL", "NPL")),
        ("Last week 300 Ukrainians flew from Abu Dhabi to Buenos Aires.", ("ARE", "ARG", "UKR")),
        ("Some 27,500 Lao nationals returned from Thailand on Sunday.", ("THA", "LAO", "LAO")),
    ],
)  # fmt: skip
def test_cities_of_two_words_and_more_peoples(text: str, countries: tuple[str, str, str]) -> None:
    (candidate,) = read_article(text, "en", PUBLISHED).candidates
    assert (candidate.origin, candidate.destination, candidate.citizenship) == countries


def test_the_speaker_after_a_quotation_names_no_flow_country() -> None:
    text = (
        "С начала года на Шри-Ланку прилетели 36 тысяч россиян, сообщило управление. «С начала "
        "года домой вернулись 73 наших гражданина», — рассказал консул Кыргызстана в Стамбуле "
        "Азамат Токтосунов."
    )
    last = read_article(text, "ru", PUBLISHED).candidates[-1]
    assert "KGZ" not in {last.origin, last.destination}


def test_this_period_is_the_period_named_before() -> None:
    text = (
        "С 4 по 10 марта Монголию посетили 20 тысяч иностранцев. Как уточнили в ГУИМ, за этот "
        "период в Монголию въехали 14 620 граждан КНР."
    )
    last = read_article(text, "ru", date(2024, 3, 12)).candidates[-1]
    assert (last.period_start, last.period_end) == (date(2024, 3, 4), date(2024, 3, 10))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "«Ще дев'ятеро наших громадян поки залишаються в Парижі й повернуться "
               "найближчими днями», — додав Марченко."),
        ("ru", "Ещё 300 граждан России вернутся из Египта на следующей неделе."),
        ("en", "Another 300 Ukrainians will return to Ukraine from Poland next week."),
    ],
)  # fmt: skip
def test_people_who_will_move_have_not(language: str, text: str) -> None:
    reading = read_article(text, language, PUBLISHED)
    assert not reading.candidates
    assert [left.reason for left in reading.left_out] == ["forecast"]


def test_a_countrys_planes_carry_none_of_its_people() -> None:
    text = (
        "Французькі військово-транспортні літаки за останні два дні вивезли з Ніамея до Парижа "
        "992 людини."
    )
    (candidate,) = read_article(text, "uk", PUBLISHED).candidates
    assert (candidate.origin, candidate.destination, candidate.citizenship) == ("NER", "FRA", None)


def test_kazakh_millions_with_a_case_ending_keep_their_qualifier() -> None:
    text = "2023 жылдың алғашқы сегіз айында Кипрге 1,2 млн-нан астам адам келген."
    (candidate,) = read_article(text, "kk", date(2023, 9, 14)).candidates
    assert (candidate.figure.value, candidate.figure.qualifier.value) == (1200000, "more_than")


def test_kazakhstanis_at_the_border_are_people() -> None:
    text = "Өткен айда Париж әуежайында 74 қазақстандық шекарада бірден баспана сұрады."
    (candidate,) = read_article(text, "kk", PUBLISHED).candidates
    assert (candidate.metric, candidate.citizenship) == ("asylum_applications", "KAZ")


def test_our_citizens_deported_home_went_home() -> None:
    text = (
        "Ведомство жыл басынан бері Индонезиядан барлығы 37 азаматымыздың депортацияланып, елге "
        "оралғанын атап өтті. Былтыр Индонезияға 2 мың қазақстандық кетті."
    )
    first = read_article(text, "kk", PUBLISHED).candidates[0]
    assert (first.metric, first.origin, first.destination) == ("deported", "IDN", "KAZ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 2,000 Venezuelans departed for Chile last week.", ("left", "VEN", "CHL", "VEN")),
        ("Nearly 4,000 Rohingya sailed from Bangladesh to Indonesia this year.",
         ("entered", "BGD", "IDN", None)),
        ("At least 800 people made it across the border into Poland on Friday.",
         ("entered", None, "POL", None)),
    ],
)  # fmt: skip
def test_more_english_ways_of_moving(
    text: str, expected: tuple[str, str | None, str | None, str | None]
) -> None:
    (candidate,) = read_article(text, "en", PUBLISHED).candidates
    found = (candidate.metric, candidate.origin, candidate.destination, candidate.citizenship)
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Around 12,500 Chinese tourists a day are now crossing into Vietnam, the Quang Ninh "
         "Department of Tourism told VnExpress.",
         ("entered", "Quang Ninh Department of Tourism", "VnExpress")),
        ("South Africa's Border Management Authority (BMA) said 9,000 travellers a day entered "
         "Lesotho.",
         ("entered", "South Africa's Border Management Authority", None)),
        ("Since 1 March the agency has blocked 85 recruits from boarding flights to Riyadh.",
         ("exit_refused", None, None)),
        ("The embassy said it had helped 212 Kenyan women fly home from Saudi Arabia in February.",
         ("returned", "The embassy", None)),
    ],
)  # fmt: skip
def test_english_speakers_outlets_and_ways(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    (candidate,) = read_article(text, "en", PUBLISHED).candidates
    said = candidate.attributed_to.name if candidate.attributed_to else None
    carried = candidate.carried_by.name if candidate.carried_by else None
    assert (candidate.metric, said, carried) == expected


def test_leaving_for_home_goes_home() -> None:
    text = (
        "Last week 2,050 Ecuadorians had left Colombia through Rumichaca, most of them heading "
        "home after the school holidays."
    )
    (candidate,) = read_article(text, "en", PUBLISHED).candidates
    assert (candidate.origin, candidate.destination) == ("COL", "ECU")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Since January 87 Turkish citizens have been deported from Kazakhstan. In June, "
            "1,340 foreign workers arrived in Kazakhstan.",
        ),
        (
            "ru",
            "С начала года из Казахстана выдворили 87 граждан Турции. В июне в Казахстан "
            "прибыли 1 340 иностранных рабочих.",
        ),
        (
            "kk",
            "Жыл басынан бері 87 Түркия азаматы Қазақстаннан шығарылды. Маусым айында "
            "Қазақстанға 1 340 шетелдік жұмысшы келген.",
        ),
    ],
)
def test_foreign_workers_are_not_the_articles_people(language: str, text: str) -> None:
    """The article's people came from their home; foreigners of no one country came from no
    country the text names."""
    found = read_article(text, language, PUBLISHED).candidates
    arrived = next(c for c in found if c.metric == "entered")
    assert (arrived.origin, arrived.destination) == (None, "KAZ")


def test_arrivals_another_way_do_not_take_the_earlier_arrivals_origin() -> None:
    """Over the Georgian crossing, then by air through Istanbul: the flyers came from home."""
    text = (
        "У травні через пункт пропуску «Червоний міст» до Азербайджану в'їхали 1 380 "
        "українців. Ще 2,3 тис. громадян України прилетіли до Баку транзитом через Стамбул."
    )
    found = read_article(text, "uk", PUBLISHED).candidates
    assert [(c.figure.value, c.origin, c.destination) for c in found] == [
        (1380, "GEO", "AZE"),
        (2300, "UKR", "AZE"),
    ]


def test_a_quoted_crossing_is_no_city_of_the_same_name() -> None:
    """ "San Isidro" is also a city in Argentina; «Сан-Ісідро» is the crossing into the US."""
    text = (
        "У вівторок з Тіхуани до США в'їхали 500 українців. У середу через «Сан-Ісідро» "
        "пройшли ще 612 українців."
    )
    found = read_article(text, "uk", PUBLISHED).candidates
    assert [(c.figure.value, c.origin, c.destination) for c in found] == [
        (500, "MEX", "USA"),
        (612, "MEX", "USA"),
    ]


def test_foreigners_come_to_kazakh_el_they_do_not_go_home() -> None:
    """ "Ел" is Kazakhstan: Russians who came "елге" entered it; Kazakhstanis came home."""
    text = (
        "Қазақстанға биыл 5 мың өзбекстандық келді. Министр 21 қыркүйектен бері елге 98 мың "
        "ресейлік келгенін айтты. Өткен аптада Түркиядан елге 200 қазақстандық келді."
    )
    found = read_article(text, "kk", PUBLISHED).candidates
    assert [(c.metric, c.figure.value, c.origin, c.destination) for c in found] == [
        ("entered", 5000, "UZB", "KAZ"),
        ("entered", 98000, "RUS", "KAZ"),
        ("returned", 200, "TUR", "KAZ"),
    ]


def test_a_quote_giving_the_figure_again_in_its_own_words_is_a_repeat() -> None:
    """The plain sentence is the fact; the quote that says it again is not a second one, nor
    a flow the other way."""
    text = (
        "Some 4,500 Egyptians returned from Libya through the Salloum land port in the past "
        "week, officials said on Sunday.\n\n"
        '"We have received 4,500 of our people in a single week," said General Khaled Mansour, '
        "the port's director."
    )
    reading = read_article(text, "en", PUBLISHED)
    found = [(c.metric, c.figure.value, c.origin, c.destination) for c in reading.candidates]
    assert found == [("returned", 4500, "LBY", "EGY")]
    assert [left.reason for left in reading.left_out] == ["repeat"]


def test_over_the_same_three_days_is_the_period_just_named() -> None:
    text = (
        "Between Monday and Wednesday almost 9,000 people crossed into Peru. Officials said "
        "3,412 Bolivian citizens entered Peru over the same three days."
    )
    found = read_article(text, "en", PUBLISHED).candidates
    assert [(c.figure.value, c.period_start, c.period_end) for c in found] == [
        (9000, date(2024, 5, 13), date(2024, 5, 15)),
        (3412, date(2024, 5, 13), date(2024, 5, 15)),
    ]


def test_citizens_returning_from_a_country_are_not_its_citizens() -> None:
    text = "С начала года ещё 1 650 наших граждан вернулись из Турции добровольно."
    (candidate,) = read_article(text, "ru", PUBLISHED).candidates
    assert (candidate.origin, candidate.citizenship) == ("TUR", None)


def test_an_acronym_inside_a_bodys_name_is_its_alias() -> None:
    text = (
        "С 1 января по 30 апреля из Турции в Узбекистан депортированы 3 874 гражданина "
        "республики, сообщило Агентство внешней трудовой миграции (АВТМ) Узбекистана."
    )
    (candidate,) = read_article(text, "ru", PUBLISHED).candidates
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.name == "Агентство внешней трудовой миграции Узбекистана"


def test_a_port_and_a_countrys_town_name_where_people_went() -> None:
    text = "У неділю з порту Дурреса поромом до італійського Барі вирушили 75 українців."
    (candidate,) = read_article(text, "uk", PUBLISHED).candidates
    assert (candidate.origin, candidate.destination, candidate.citizenship) == (
        "ALB",
        "ITA",
        "UKR",
    )


def test_kazakh_days_of_one_month() -> None:
    text = (
        "Оның айтуынша, қаңтардың 1-інен 31-іне дейін облысқа тағы 214 пәкістандық студент келген."
    )
    (candidate,) = read_article(text, "kk", date(2024, 2, 14)).candidates
    assert (candidate.figure.value, candidate.period_start, candidate.period_end) == (
        214,
        date(2024, 1, 1),
        date(2024, 1, 31),
    )


def test_a_number_closing_a_quoted_name_is_no_figure() -> None:
    text = (
        "Консул «Хабар 24» арнасына берген сұхбатында жыл басынан бері Литвадан 160-қа жуық "
        "азаматымыз елге оралғанын айтты."
    )
    candidates = read_article(text, "kk", PUBLISHED).candidates
    assert [c.figure.value for c in candidates] == [160]


def test_a_bodys_own_language_name_in_brackets_after_it() -> None:
    text = (
        "Литва Көші-қон департаментінің (Migracijos departamentas) мәліметінше, өткен айда "
        "Қазақстанның 140 азаматы Литваға кірген."
    )
    (candidate,) = read_article(text, "kk", PUBLISHED).candidates
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.name == "Литва Көші-қон департаменті"


# (what it shows, publisher, the outlet the official told, carried by as proposed)
TOLD_THE_PUBLISHER = [
    ("the paper's short name is the paper", "Mekong Evening Herald", "the Herald", None),
    ("a leading 'the' on either side", "The Ridge Courier", "the Courier", None),
    ("another paper, whose name the publisher's does not end with", "Mekong Evening Herald",
     "the Courier", "Courier"),
    ("a paper whose name holds the publisher's last word, not as its end",
     "Mekong Evening Herald", "Herald Tribune", "Herald Tribune"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("publisher", "outlet", "expected"),
    [row[1:] for row in TOLD_THE_PUBLISHER],
    ids=[row[0] for row in TOLD_THE_PUBLISHER],
)
def test_an_outlet_told_that_is_the_publisher_carries_nothing(
    publisher: str, outlet: str, expected: str | None
) -> None:
    text = (
        "Headline\n\n"
        f'"We registered 640 Lao workers last week," border chief Somchai Vong told {outlet}.'
    )
    fields = DocumentFields(
        publisher=publisher, title="Headline", author=None, published_at=PUBLISHED, url=None
    )
    [proposed] = propose(text, given=fields, language="en").proposed
    citation = proposed.data["citation"]
    assert citation["attributed_to"]["name"] == "Somchai Vong"
    assert citation.get("carried_by", {}).get("name") == expected


def test_a_body_named_by_its_acronym_after_according_to_is_the_same_body_later() -> None:
    text = (
        "За даними Державної міграційної служби Грузії (ДМС), у травні до країни в'їхали 4 100 "
        "громадян України. ДМС також повідомила, що минулого тижня з Грузії видворили 12 громадян "
        "Вірменії."
    )
    candidates = read_article(text, "uk", PUBLISHED).candidates
    assert [_said(c) for c in candidates] == [("Державна міграційна служба Грузії", None)] * 2


# (what it shows, language, text, (metric, figure, origin, destination, citizenship))
DEPORTED_PARTICIPLES = [
    ("a Ukrainian participle of sending away", "uk",
     "Ще 14 українців у травні були вислані з Португалії.",
     ("deported", 14, "PRT", None, "UKR")),
    ("a Russian participle of sending away", "ru",
     "В апреле из Сербии были выдворены 9 граждан Китая.",
     ("deported", 9, "SRB", None, "CHN")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [row[1:] for row in DEPORTED_PARTICIPLES],
    ids=[row[0] for row in DEPORTED_PARTICIPLES],
)
def test_people_described_as_sent_away_were_deported(
    language: str, text: str, expected: tuple[str, int, str | None, str | None, str | None]
) -> None:
    [candidate] = read_article(text, language, PUBLISHED).candidates
    found = (candidate.metric, candidate.figure.value, candidate.origin,
             candidate.destination, candidate.citizenship)  # fmt: skip
    assert found == expected


# (language, text, the figure kept, the figure of "a year earlier" left out)
# (language, text, the figure kept, the figure "a year earlier" gave, its month's first day)
COMPARED = [
    ("en", "Spain's interior ministry said 1,310 migrants reached the Canary Islands in March, "
           "down from 2,700 a year earlier.", 1310, 2700),
    ("ru", "В марте на Канарские острова прибыли 1 310 мигрантов против 2 700 годом ранее.",
     1310, 2700),
    ("uk", "У березні до Польщі в'їхали 110 тисяч українців проти 140 тисяч роком раніше.",
     110000, 140000),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "kept", "earlier"), COMPARED)
def test_a_figure_of_a_year_earlier_is_a_fact_of_the_same_days_a_year_before(
    language: str, text: str, kept: int, earlier: int
) -> None:
    # Curators take both ("in 2023, up from 610 a year earlier": 610 in 2022), each with its
    # own days.
    found = [
        (c.figure.value, c.period_start, c.period_end)
        for c in read_article(text, language, PUBLISHED).candidates
    ]
    year = found[0][1].year if found and found[0][1] else 0
    assert found == [
        (kept, date(year, 3, 1), date(year, 3, 31)),
        (earlier, date(year - 1, 3, 1), date(year - 1, 3, 31)),
    ]


def test_a_figure_of_a_year_earlier_beside_an_undated_one_is_left_out() -> None:
    text = "Рост продолжился: 1 310 мигрантов против 2 700 годом ранее."
    reading = read_article(text, "ru", PUBLISHED)
    assert "2 700" not in [c.figure_text for c in reading.candidates]


def test_a_figure_compared_with_a_time_of_its_own_is_a_fact_of_that_time() -> None:
    text = "In March 4,100 people crossed into Greece, compared with 3,200 in March 2023."
    found = [
        (c.figure.value, c.period_start.isoformat() if c.period_start else None)
        for c in read_article(text, "en", PUBLISHED).candidates
    ]
    assert found == [(4100, "2024-03-01"), (3200, "2023-03-01")]


def test_kazakh_people_who_live_somewhere_are_a_stock_whatever_the_participle_says() -> None:
    text = "Қазір Польшада Қазақстаннан барған 40 мыңға жуық адам тұрады."
    reading = read_article(text, "kk", PUBLISHED)
    assert not reading.candidates
    assert [item.reason for item in reading.left_out] == ["stock"]


def test_a_body_named_with_its_country_is_that_body_and_later_its_acronym() -> None:
    text = (
        "Immigration New Zealand (INZ) said 1,040 Tongans arrived in the country in September. "
        "INZ said 230 more arrived in October."
    )
    candidates = read_article(text, "en", PUBLISHED).candidates
    assert [_said(c) for c in candidates] == [("Immigration New Zealand", None)] * 2


def test_a_woman_named_by_a_first_name_the_dictionary_knows_as_a_place_is_she() -> None:
    text = (
        "В 2022 году в Аргентину въехали около 22 тыс. граждан России, сообщила глава "
        "миграционной дирекции Флоренсия Мартинес. Выехали за тот же период около 8,7 тыс. "
        "россиян, добавила она."
    )
    candidates = read_article(text, "ru", PUBLISHED).candidates
    assert [_said(c) for c in candidates] == [("Флоренсия Мартинес", None)] * 2


def test_a_body_named_in_a_persons_description_is_known_by_its_short_name_later() -> None:
    text = (
        "В 2022 году в Аргентину въехали около 22 тыс. граждан России, сообщила глава "
        "Национальной миграционной дирекции (DNM) Флоренсия Мартинес.\n\n"
        "С начала года в Аргентине задержали и выслали в Россию пятерых граждан России, "
        "уточнили в DNM."
    )
    candidates = read_article(text, "ru", PUBLISHED).candidates
    assert [_said(c) for c in candidates] == [
        ("Флоренсия Мартинес", None),
        ("Национальная миграционная дирекция", None),
    ]


def test_documents_handed_over_to_a_court_are_no_deportation() -> None:
    text = "Police handed the 40 documents over to the court."
    assert not read_article(text, "en", PUBLISHED).candidates


def test_a_post_that_speaks_unnamed_is_said_once() -> None:
    text = (
        "Headline\n\nKuwaiti authorities deported 87 Filipinos last week, the Philippine labour "
        "secretary told a briefing in Manila."
    )
    fields = DocumentFields(
        publisher="Test Daily", title="Headline", author=None, published_at=PUBLISHED, url=None
    )
    [proposed] = propose(text, given=fields, language="en").proposed
    speaker = proposed.data["citation"]["attributed_to"]
    assert speaker["name"] == "Philippine labour secretary"
    assert "description" not in speaker


# (language, text): a count "as of" one day "since" another, in either order.
SINCE_AS_OF = [
    ("en", "As of May 10, 5,000 Russians had entered Georgia since January."),
    ("en", "By May 10, 5,000 Russians had entered Georgia since January."),
    ("ru", "По состоянию на 10 мая с начала года в Грузию въехали 5 000 россиян."),
    ("uk", "Станом на 10 травня з початку року до Грузії в'їхали 5 000 росіян."),
    ("kk", "10 мамырдағы жағдай бойынша жыл басынан бері Грузияға 5 000 ресейлік кірді."),
]


@pytest.mark.parametrize(("language", "text"), SINCE_AS_OF)
def test_since_one_day_as_of_another(language: str, text: str) -> None:
    [candidate] = read_article(text, language, PUBLISHED).candidates
    assert (candidate.period_start, candidate.period_end, candidate.as_of) == (
        date(2024, 1, 1), None, date(2024, 5, 10)
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("In the week to May 12, 5,000 Russians entered Georgia.", date(2024, 5, 6)),
        ("In the seven days ending on Sunday, 5,000 Russians entered Georgia.", date(2024, 5, 6)),
        ("In the 10 days to May 12, 5,000 Russians entered Georgia.", date(2024, 5, 3)),
    ],
)
def test_the_days_to_a_day_end_on_it(text: str, start: date) -> None:
    [candidate] = read_article(text, "en", PUBLISHED).candidates
    assert (candidate.period_start, candidate.period_end) == (start, date(2024, 5, 12))


def test_the_agency_and_more_of_an_interview_point_back() -> None:
    """ "The agency" after a body whose name does not say so is that body; "Saleh also said"
    right after "Saleh told RFI" is more of what the radio was told."""
    text = (
        "About 2,000 Sudanese crossed into Chad last week, the International Organization for "
        "Migration said. The agency added that 500 had returned to Sudan over the same period."
        "\n\nChad's interior minister, Mahamat Saleh, told Radio France Internationale that "
        "more than 10,000 refugees had entered the country since April. Saleh also said 1,200 "
        "Sudanese soldiers had crossed into Chad."
    )
    said = [_said(c) for c in read_article(text, "en", PUBLISHED).candidates]
    iom, rfi = "International Organization for Migration", "Radio France Internationale"
    assert said == [
        (iom, None), (iom, None), ("Mahamat Saleh", rfi), ("Mahamat Saleh", rfi)
    ]  # fmt: skip


def test_the_agency_after_a_news_agency_is_no_body_named_before() -> None:
    text = (
        "About 2,000 Sudanese crossed into Chad last week, the Chadian interior ministry said. "
        "According to Reuters, 500 more crossed on Monday. The agency said 300 returned."
    )
    said = [_said(c) for c in read_article(text, "en", PUBLISHED).candidates]
    assert said[0] == ("Ministry of Internal Affairs of Chad", None)
    assert said[2][0] != "Ministry of Internal Affairs of Chad"


def test_also_said_in_russian_is_more_of_the_interview() -> None:
    text = (
        "Глава МВД Грузии Вахтанг Гомелаури рассказал «Интерфаксу», что за неделю в Грузию "
        "въехали 9 тысяч россиян. Гомелаури также сообщил, что 1 200 россиян уехали в Армению."
    )
    said = [_said(c) for c in read_article(text, "ru", PUBLISHED).candidates]
    assert said == [("Вахтанг Гомелаури", "Интерфакс")] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan, a country of 19 million people, received 12,000 Russians last week.",
        "Georgia, home to some 3.7 million people, received 12,000 Russians last week.",
        "Montenegro, a small Balkan nation of 620,000, received 12,000 Russians last week.",
    ],
)
def test_how_many_live_in_a_place_is_no_move(text: str) -> None:
    candidates = read_article(text, "en", PUBLISHED).candidates
    assert [c.figure.value for c in candidates] == [12000]


@pytest.mark.parametrize(
    "text",
    [
        "Since Russia's full-scale invasion in February 2022, 2,000 Ukrainians have moved to "
        "Georgia.",
        "Since Russia's full-scale invasion on 24 February 2022, 2,000 Ukrainians have moved to "
        "Georgia.",
        "Since the full-scale invasion, 2,000 Ukrainians have moved to Georgia.",
    ],
)
def test_since_the_full_scale_invasion_is_since_its_day(text: str) -> None:
    [candidate] = read_article(text, "en", PUBLISHED).candidates
    assert (candidate.period_start, candidate.period_end, candidate.as_of) == (
        date(2022, 2, 24), None, PUBLISHED
    )  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "На КПП «Верхний Ларс» за сутки оформили 6 тысяч человек."),
        ("uk", "На пункті пропуску «Ягодин» за добу оформили 6 тисяч осіб."),
    ],
)
def test_people_put_through_a_border_post_crossed_it(language: str, text: str) -> None:
    [candidate] = read_article(text, language, PUBLISHED).candidates
    assert candidate.metric == "crossings"


def test_a_residence_permit_issued_is_still_a_registration() -> None:
    text = "В прошлом месяце 600 россиян оформили вид на жительство в Грузии."
    [candidate] = read_article(text, "ru", PUBLISHED).candidates
    assert candidate.metric == "refugees_registered"


def test_a_body_spoken_for_after_an_adverb_is_read_in_its_case() -> None:
    text = (
        "Ранее в ведомстве заявляли, что с начала года в страну въехали более 300 тысяч "
        "граждан РФ."
    )
    [candidate] = read_article(text, "ru", PUBLISHED).candidates
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.name == "ведомство"


@pytest.mark.parametrize(
    ("language", "text", "ministry"),
    [
        ("en", "About 40,000 Russians entered Georgia last week, Georgia's interior minister "
               "Vakhtang Gomelauri said. The ministry added that 25,000 Russians left Georgia "
               "over the same period.",
         "Ministry of Internal Affairs of Georgia"),
        ("ru", "Около 40 тысяч россиян въехали в Грузию за неделю, сообщил министр внутренних "
               "дел Грузии Вахтанг Гомелаури. В министерстве добавили, что за тот же период "
               "страну покинули 25 тысяч россиян.",
         "Министерство внутренних дел Грузии"),
        ("kk", "Өткен аптада Грузияға Ресейдің 40 мыңға жуық азаматы кірді. Бұл туралы Грузия "
               "ІІМ басшысы Вахтанг Гомелаури мәлімдеді. Ведомство бұған дейін жыл басынан бері "
               "елге 300 мыңнан астам Ресей азаматы келгенін хабарлаған.",
         "Грузия ІІМ"),
    ],
)  # fmt: skip
def test_the_ministry_is_the_one_the_minister_named_before_heads(
    language: str, text: str, ministry: str
) -> None:
    candidates = read_article(text, language, PUBLISHED).candidates
    assert _said(candidates[-1]) == (ministry, None)


def test_the_ministry_and_a_ministry_named_are_the_same_speaker() -> None:
    """A ministry the article named itself is the one "the ministry" means, minister or not."""
    text = (
        "Georgia's interior minister Vakhtang Gomelauri said 40,000 Russians entered Georgia "
        "last week. The State Border Police said 3,000 left. The ministry added that 25,000 "
        "Russians left Georgia over the same period."
    )
    candidates = read_article(text, "en", PUBLISHED).candidates
    assert _said(candidates[-1])[0] == "Ministry of Internal Affairs of Georgia"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "On Monday 5,000 Ukrainians entered Ukraine from Poland. Over the same day, 3,200 "
               "people left Ukraine for Poland."),
        ("uk", "У понеділок з Польщі в Україну в'їхали 5 тисяч українців. За ту ж добу з України "
               "до Польщі виїхали 3 200 осіб."),
        ("ru", "В понедельник из Польши на Украину въехали 5 тысяч украинцев. За те же сутки с "
               "Украины в Польшу выехали 3 200 человек."),
    ],
)  # fmt: skip
def test_the_same_day_again_is_the_day_named_before(language: str, text: str) -> None:
    candidates = read_article(text, language, PUBLISHED).candidates
    monday = date(2024, 5, 13)
    assert [(c.period_start, c.period_end) for c in candidates] == [(monday, monday)] * 2


@pytest.mark.parametrize(
    ("language", "text", "counted"),
    [
        ("en", "Lithuania refused entry to 120 Belarusians last week.", "Belarusians"),
        ("ru", "В Грузию въехали 900 россиян на прошлой неделе.", "россиян"),
    ],
)
def test_what_was_counted_ends_before_when(language: str, text: str, counted: str) -> None:
    [candidate] = read_article(text, language, PUBLISHED).candidates
    assert candidate.counted == counted


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "About 1,200 migrants reached the Canary Islands last week."),
        ("en", "About 1,200 migrants arrived in the Canary Islands last week."),
        ("en", "About 1,200 migrants reached Lanzarote last week."),
        ("ru", "На Канарские острова за неделю прибыли 1 200 мигрантов."),
    ],
)
def test_islands_named_with_their_word_are_their_countrys(language: str, text: str) -> None:
    [candidate] = read_article(text, language, PUBLISHED).candidates
    assert candidate.destination == "ESP"


@pytest.mark.parametrize(
    "text",
    [
        "The number of Afghans deported from Pakistan since November has passed 500,000, "
        "officials said.",
        "Deportations of Afghans from Pakistan had crossed the 500,000 mark by May, officials "
        "said.",
    ],
)
def test_a_number_passed_is_more_than_it(text: str) -> None:
    [candidate] = read_article(text, "en", PUBLISHED).candidates
    assert (candidate.figure.qualifier.value, candidate.figure.value) == ("more_than", 500000)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Around 17,000 migrants reached Italy by sea in the first four months of 2024, "
               "down from 42,000 in the same period last year."),
        ("ru", "В январе-апреле 2024 года в Италию по морю прибыли около 17 тысяч мигрантов "
               "против 42 тысяч за аналогичный период прошлого года."),
    ],
)  # fmt: skip
def test_the_same_period_last_year_is_the_figure_befores_a_year_earlier(
    language: str, text: str
) -> None:
    now, then = read_article(text, language, PUBLISHED).candidates
    assert (now.period_start, now.period_end) == (date(2024, 1, 1), date(2024, 4, 30))
    assert (then.period_start, then.period_end) == (date(2023, 1, 1), date(2023, 4, 30))


def test_people_of_two_countries_set_off_from_neither_for_the_others() -> None:
    """Arrivals the article does not say the origin of get none from two peoples counted."""
    text = (
        "Around 17,000 migrants reached Italy by sea in the first four months of 2024. "
        "Bangladeshis were the largest group, with 3,100 arrivals, followed by Syrians with "
        "2,300."
    )
    first, *_ = read_article(text, "en", PUBLISHED).candidates
    assert (first.figure.value, first.origin) == (17000, None)


def test_asylum_seekers_housed_in_reception_centres_are_a_stock() -> None:
    text = "Italy has about 140,000 asylum seekers in its reception centres, the ministry said."
    assert not read_article(text, "en", PUBLISHED).candidates


def test_the_other_way_in_the_next_paragraph_is_back_along_the_figure_before() -> None:
    text = (
        "За минулий тиждень кордон з Молдовою перетнули понад 10 тисяч громадян України. Про "
        "це повідомила Прикордонна поліція Молдови.\n\nДеталі: За даними відомства, у "
        "зворотному напрямку за цей час проїхали 8,5 тисячі українців."
    )
    there, back = read_article(text, "uk", PUBLISHED).candidates
    assert (there.origin, there.destination) == ("UKR", "MDA")
    assert (back.figure.value, back.origin, back.destination) == (8500, "MDA", "UKR")


def test_those_who_stayed_are_a_stock() -> None:
    text = (
        "Від початку повномасштабного вторгнення до Молдови в'їхали понад 1 мільйон "
        "українців, з них близько 120 тисяч залишилися в країні."
    )
    assert [c.figure.value for c in read_article(text, "uk", PUBLISHED).candidates] == [1000000]


def test_a_kazakh_embassy_in_a_country_is_kazakhstans() -> None:
    """ "Түркиядағы Қазақстан елшілігі" is Kazakhstan's embassy in Türkiye: "елге" is home."""
    text = (
        "Түркиядағы Қазақстан елшілігінің хабарлауынша, өткен аптада 120 қазақстандық елге оралды."
    )
    [candidate] = read_article(text, "kk", PUBLISHED).candidates
    assert (candidate.metric, candidate.destination) == ("returned", "KAZ")


@pytest.mark.parametrize(
    "text",
    [
        "Келесі аптада Түркиядан 120 қазақстандық елге оралады.",
        "Елшіліктің мәліметінше, тағы 40 адам келесі аптада елге оралады.",
    ],
)
def test_a_kazakh_return_to_come_is_no_fact(text: str) -> None:
    assert not read_article(text, "kk", PUBLISHED).candidates


def test_a_kazakh_return_in_the_past_is_one() -> None:
    [candidate] = read_article(
        "Кеше Түркиядан 120 қазақстандық елге оралды.", "kk", PUBLISHED
    ).candidates
    assert candidate.figure.value == 120


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "С начала ноября ходатайства о защите в Беларуси подали 23 гражданина Ирака."),
        ("uk", "З початку листопада клопотання про захист у Білорусі подали 23 громадянини "
               "Іраку."),
    ],
)  # fmt: skip
def test_petitions_for_protection_are_asylum_applications(language: str, text: str) -> None:
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert (candidate.metric, candidate.destination) == ("asylum_applications", "BLR")


def test_an_arabic_family_name_keeps_its_particle() -> None:
    text = (
        "С 1 по 18 ноября из Беларуси на родину вернулись около 1,9 тыс. иракцев, передает "
        "агентство Rudaw со ссылкой на представителя МИД Ирака Хайдара аль-Джубури."
    )
    (candidate,) = read_article(text, "ru", PUBLISHED).candidates
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.name == "Хайдар аль-Джубури"


def test_the_diplomatic_mission_is_the_embassy_named_before() -> None:
    text = (
        "В этом году на родину вернулись 3,7 тысячи граждан, сообщило Посольство Кыргызской "
        "Республики в Республике Корея.\n\nДипмиссия также сообщила, что за последние две "
        "недели из Кореи выслали пятерых граждан Кыргызстана."
    )
    _, deported = read_article(text, "ru", PUBLISHED).candidates
    assert deported.attributed_to is not None
    assert deported.attributed_to.name == "Посольство Кыргызской Республики в Республике Корея"


def test_a_denial_in_a_quotations_first_sentence_denies_nothing_in_its_second() -> None:
    text = (
        "«Бельгияда 500 қазақстандық ұсталып отыр деген ақпарат шындыққа жанаспайды. Өткен "
        "аптада Брюссель әуежайында үш қазақстандыққа елге кіруге рұқсат берілмеді», – деді "
        "Оспанов."
    )
    reading = read_article(text, "kk", PUBLISHED)
    assert [(c.metric, c.figure.value) for c in reading.candidates] == [("entry_refused", 3)]
    assert [(left.reason, left.figure_text) for left in reading.left_out] == [("denied", "500")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Зараз у Тіхуані чекають на перетин близько тисячі людей."),
        ("ru", "Сейчас в Тихуане ждут пересечения около тысячи человек."),
    ],
)  # fmt: skip
def test_people_waiting_to_cross_are_a_stock(language: str, text: str) -> None:
    reading = read_article(text, language, PUBLISHED)
    assert not reading.candidates
    assert [left.reason for left in reading.left_out] == ["stock"]


@pytest.mark.parametrize(
    ("language", "text", "citizenship"),
    [
        ("en", "Since January, 1,200 Kazakh citizens have been evacuated from abroad, the "
               "foreign ministry said.", "KAZ"),
        ("kk", "Министрліктің өкілі жыл басынан бері шетелден 1 200 қазақстандық "
               "эвакуацияланғанын айтты.", "KAZ"),
        ("ru", "С начала года из-за рубежа эвакуировали 1200 граждан Казахстана, сообщили в МИД "
               "Казахстана.", "KAZ"),
        ("uk", "З початку року з-за кордону евакуювали 1200 громадян України.", "UKR"),
    ],
)  # fmt: skip
def test_people_evacuated_from_abroad_came_home(language: str, text: str, citizenship: str):
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "returned",
        None,
        citizenship,
    )


def test_a_kazakh_body_whose_name_lists_its_fields_runs_over_their_commas() -> None:
    text = (
        "Израильдің Халық, көші-қон және шекара басқармасының (PIBA) мәліметінше, 1 қаңтардан "
        "31 мамырға дейін 412 қазақстандыққа елге кіруге рұқсат берілмеген."
    )
    (candidate,) = read_article(text, "kk", PUBLISHED).candidates
    assert candidate.attributed_to is not None
    assert candidate.attributed_to.name == "Израильдің Халық, көші-қон және шекара басқармасы"


def test_not_let_on_the_plane_is_refused_exit() -> None:
    text = (
        "ҰҚК Шекара қызметі 4 маусымда Алматы әуежайында Тель-Авивке ұшпақ болған үш адамды "
        "жалған шақыру хаты үшін ұшаққа отырғызбағанын хабарлады."
    )
    (candidate,) = read_article(text, "kk", PUBLISHED).candidates
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "exit_refused",
        "KAZ",
        "ISR",
    )


def test_astana_is_a_city_not_a_dative() -> None:
    text = "Алматы және Астана әуежайлары арқылы Германияға күн сайын 300-ге жуық адам ұшады."
    (candidate,) = read_article(text, "kk", PUBLISHED).candidates
    assert (candidate.metric, candidate.origin, candidate.destination) == ("left", "KAZ", "DEU")


def test_the_detachment_is_the_one_named_before() -> None:
    text = (
        "Чопський прикордонний загін повідомив, що за минулу добу не випустив до Угорщини 14 "
        "чоловіків.\n\nЩе сімох чоловіків затримали учора, коли вони намагалися перепливти "
        "річку до Угорщини, додали в загоні."
    )
    _, seven = read_article(text, "uk", PUBLISHED).candidates
    assert seven.attributed_to is not None
    assert seven.attributed_to.name == "Чопський прикордонний загін"


def test_a_city_of_three_words_is_not_the_city_of_its_first_two() -> None:
    text = "Mexico deported 1,370 Honduran citizens by air to San Pedro Sula in September."
    (candidate,) = read_article(text, "en", PUBLISHED).candidates
    assert (candidate.origin, candidate.destination) == ("MEX", "HND")


def test_kazakhs_home_again_told_by_a_foreign_body_returned() -> None:
    text = (
        "Қырғызстан Шекара қызметінің мәліметінше, кеше «Қарқара» арқылы 3,2 мың қазақстандық "
        "турист елге қайтты."
    )
    (candidate,) = read_article(text, "kk", PUBLISHED).candidates
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "returned",
        "KGZ",
        "KAZ",
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "У першому кварталі Марокко відвідали 3 200 громадян України."),
        ("ru", "В первом квартале Марокко посетили 3200 граждан Украины."),
        ("en", "In the first quarter, 3,200 Ukrainians visited Morocco."),
    ],
)  # fmt: skip
def test_visitors_entered(language: str, text: str) -> None:
    (candidate,) = read_article(text, language, PUBLISHED).candidates
    assert (candidate.metric, candidate.origin, candidate.destination) == ("entered", "UKR", "MAR")


def test_not_let_into_the_country_is_refused_entry() -> None:
    text = (
        "«З 1 квітня по 30 червня прикордонники в аеропорту Касабланки не пустили до країни "
        "щонайменше 40 українців», – сказав консул Посольства України в Марокко Тарас Гнатюк."
    )
    (candidate,) = read_article(text, "uk", PUBLISHED).candidates
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "entry_refused",
        "UKR",
        "MAR",
    )


def test_a_body_described_by_the_words_its_name_opens_with_is_that_body() -> None:
    text = (
        "Пограничное управление ФСБ России по Забайкальскому краю сообщило о росте выезда.\n\n"
        "В первом квартале в Китай выехали 61,4 тыс. граждан России, говорится в сообщении "
        "пограничного управления."
    )
    (candidate,) = read_article(text, "ru", PUBLISHED).candidates
    assert candidate.attributed_to is not None
    assert (
        candidate.attributed_to.name == "Пограничное управление ФСБ России по Забайкальскому краю"
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Half of the 5,000 Russians who entered Kazakhstan last week have already left."),
        ("en", "Most of the 300 migrants who reached Lampedusa were Tunisians."),
        ("ru", "Половина из 5 тысяч россиян, въехавших в Казахстан на прошлой неделе, уже "
               "уехали."),
        ("uk", "Більшість з 5 тисяч росіян, які в'їхали до Казахстану минулого тижня, вже "
               "виїхали."),
    ],
)  # fmt: skip
def test_a_figure_a_share_is_of_is_no_count_of_the_share(language: str, text: str) -> None:
    reading = read_article(text, language, PUBLISHED)
    assert not reading.candidates
    assert [left.reason for left in reading.left_out] == ["percent"]


def test_a_headlines_figure_the_body_gives_is_a_repeat_whatever_its_words() -> None:
    text = (
        "Kazakhstan: 200,000 Russians since mobilisation\n\nSince 21 September, more than "
        "200,000 Russian citizens have entered Kazakhstan, Interior Minister Marat Akhmetzhanov "
        "said."
    )
    reading = read_article(text, "en", PUBLISHED)
    assert [(c.metric, c.figure.value) for c in reading.candidates] == [("entered", 200_000)]
    assert [left.figure_text for left in reading.left_out] == ["200,000"]


def test_since_mobilisation_says_when_not_a_call_up() -> None:
    reading = read_article("Kazakhstan: 200,000 Russians since mobilisation", "en", PUBLISHED)
    assert not reading.candidates


def test_an_airport_named_after_its_city_is_in_the_citys_country() -> None:
    text = (
        "The INM said it had refused entry to 58 Haitians arriving on flights from Panama at "
        "Tapachula International Airport since 1 April."
    )
    (candidate,) = read_article(text, "en", PUBLISHED).candidates
    assert (candidate.metric, candidate.origin, candidate.destination) == (
        "entry_refused",
        "PAN",
        "MEX",
    )


def test_all_of_the_people_are_the_people() -> None:
    reading = read_article(
        "All of the 300 migrants on board were returned to Libya.", "en", PUBLISHED
    )
    assert [(c.metric, c.figure.value) for c in reading.candidates] == [("deported", 300)]


# (language, published, text, (metric, figure, origin, destination, citizenship), said by)
BATCH_18 = [
    # A body that turned people away is the source of its count, its name in full.
    ("uk", date(2024, 3, 14), "Національний інститут міграції Мексики (INM) з 1 січня по 29 "
     "лютого відмовив у в'їзді 214 громадянам України.",
     ("entry_refused", 214, "UKR", "MEX", "UKR"), "Національний інститут міграції Мексики"),
    ("kk", date(2024, 9, 10), "Аргентинаның Ұлттық көші-қон дирекциясы (DNM) биылғы 1 қаңтар "
     "мен 31 тамыз аралығында Эсейса халықаралық әуежайында 63 Қазақстан азаматын елге "
     "кіргізбеген.", ("entry_refused", 63, "KAZ", "ARG", "KAZ"),
     "Аргентинаның Ұлттық көші-қон дирекциясы"),
    # Customs and a patrol's sector are bodies; "U.S." opens a body's name.
    ("ru", date(2023, 8, 15), "В обратном направлении, в Хэйхэ, с начала месяца выехали почти "
     "полторы тысячи россиян, сообщила Благовещенская таможня.",
     ("left", 1500, "RUS", "CHN", "RUS"), "Благовещенская таможня"),
    ("en", date(2023, 8, 21), "At least 412 Dominican nationals came ashore in Puerto Rico "
     "between October 1 and July 31, the Ramey Sector of the U.S. Border Patrol said.",
     ("entered", 412, "DOM", "PRI", "DOM"), "Ramey Sector of the U.S. Border Patrol"),
    ("en", date(2023, 8, 21), "U.S. Immigration and Customs Enforcement (ICE) deported 389 "
     "Dominican nationals from Puerto Rico to Santo Domingo between January and June.",
     ("deported", 389, "PRI", "DOM", "DOM"), "U.S. Immigration and Customs Enforcement"),
    # Turned back on their way in: refused entry.
    ("en", date(2024, 3, 12), "Officers at Shahan had turned back 212 travellers arriving "
     "from Yemen in February, the police said.", ("entry_refused", 212, "YEM", None, None), None),
    # Returned by others to where they are not at home: sent back.
    ("uk", date(2024, 3, 14), "Минулого тижня Мексика повернула до Стамбула 19 громадян "
     "України.", ("deported", 19, "MEX", "TUR", "UKR"), None),
    ("en", date(2024, 3, 14), "Last week Mexico returned 19 Ukrainians to Istanbul.",
     ("deported", 19, "MEX", "TUR", "UKR"), None),
    # ... but a country bringing its own people home returned them.
    ("uk", date(2024, 3, 14), "Минулого тижня з Росії в Україну повернули 11 дітей.",
     ("returned", 11, "RUS", "UKR", None), None),
    # Kazakh: turned back, sent back, expelled.
    ("kk", date(2024, 9, 10), "2023 жылы әуежайда барлығы 28 қазақстандық кері бұрылған.",
     ("entry_refused", 28, "KAZ", None, "KAZ"), None),
    ("kk", date(2024, 9, 10), "Өткен аптада біз Қазақстанның 11 азаматын Стамбұлға кері "
     "жібердік.", ("deported", 11, None, "TUR", "KAZ"), None),
]  # fmt: skip


@pytest.mark.parametrize(("language", "published", "text", "expected", "said"), BATCH_18)
def test_what_batch_18_taught(language, published, text, expected, said) -> None:
    (found,) = read_article(text, language, published).candidates
    got = (found.metric, found.figure.value, found.origin, found.destination, found.citizenship)
    assert got == expected
    if said is not None:
        assert _said(found)[0] == said


def test_a_posts_capacity_is_no_count() -> None:
    text = (
        "Сейчас КПП ежедневно пропускает в обе стороны от 350 до 420 человек, хотя рассчитан "
        "на 300."
    )
    reading = read_article(text, "ru", PUBLISHED)
    assert [c.figure.value for c in reading.candidates] == [350]
    assert [(x.figure_text, x.reason) for x in reading.left_out] == [("300", "background")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Від січня до кінця жовтня 2023 року заяви на громадянство подали 46 українців."),
        ("ru", "С января до конца октября 2023 года заявления на гражданство подали 46 россиян."),
        ("en", "From January to the end of October 2023, 46 Ukrainians applied for citizenship."),
    ],
)
def test_since_a_month_to_the_end_of_another_is_a_span(language: str, text: str) -> None:
    (found,) = read_article(text, language, date(2023, 11, 20)).candidates
    span = (found.period_start, found.period_end, found.as_of)
    assert span == (date(2023, 1, 1), date(2023, 10, 31), None)


def test_a_part_that_went_the_other_way_left_where_the_whole_came() -> None:
    text = (
        "З 24 лютого 2022 року до Еквадору прибули 3 тисячі українців. Водночас понад 1 100 з "
        "них за цей час уже залишили країну, здебільшого вирушивши до США та Канади."
    )
    found = read_article(text, "uk", date(2023, 11, 20)).candidates
    part = next(c for c in found if c.figure.value == 1100)
    assert (part.metric, part.origin, part.destination, part.citizenship) == (
        "left",
        "ECU",
        None,
        "UKR",
    )


def test_a_middle_initial_and_a_ledger() -> None:
    text = (
        "In the last ten days agents detained 57 migrants who had crossed from the Dominican "
        "Republic, chief patrol agent Héctor M. Villanueva told the San Juan Ledger."
    )
    (found,) = read_article(text, "en", date(2023, 8, 21)).candidates
    assert _said(found) == ("Héctor M. Villanueva", "San Juan Ledger")


def test_a_body_called_by_one_word_made_of_its_name() -> None:
    text = (
        "Пограничное управление ФСБ России по Амурской области сообщило, что с 1 августа в "
        "Россию въехали 5 тысяч граждан Китая. За тот же период во въезде было отказано 27 "
        "гражданам Китая, уточнили в пресс-службе погрануправления."
    )
    found = read_article(text, "ru", date(2023, 8, 15)).candidates
    assert {_said(c)[0] for c in found} == {
        "Пограничное управление ФСБ России по Амурской области"
    }


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Через «Достук» ежедневно ездят друг к другу до 15 тысяч родственников из "
               "Кыргызстана и Узбекистана."),
        ("en", "Up to 15,000 relatives from Kyrgyzstan and Uzbekistan cross Dostuk every day to "
               "visit each other."),
    ],
)  # fmt: skip
def test_people_visiting_each_other_cross_both_ways(language: str, text: str) -> None:
    (found,) = read_article(text, language, date(2023, 3, 22)).candidates
    assert (found.metric, {found.origin, found.destination}) == ("crossings", {"KGZ", "UZB"})


# (language, published, text, (metric, figure, origin, destination), said by, carried by)
BATCH_19 = [
    # A count in tens: "двох десятків", "трех десятков".
    ("uk", date(2023, 9, 15), "За останні 10 днів Фарерські острови залишили близько двох "
     "десятків українців.", ("left", 20, "FRO", None), None, None),
    ("ru", date(2023, 9, 15), "За неделю Грузию покинули около трех десятков россиян.",
     ("left", 30, "GEO", None), None, None),
    # Gone back: returned.
    ("ru", date(2024, 11, 11), "Вчера около 600 человек ушли обратно в Мьянму по мосту у "
     "деревни Зохавтхар.", ("returned", 600, None, "MMR"), None, None),
    # An outlet told before the speaker's title; PTI is known.
    ("ru", date(2024, 11, 11), "С 1 по 9 ноября в Индию из Мьянмы перешли более 5 тыс. "
     "человек, сообщил агентству PTI министр внутренних дел Мизорама Лалмуанпуия Ралте.",
     ("entered", 5000, "MMR", "IND"), "Лалмуанпуия Ралте", "PTI"),
    # What a body does, in a relative clause, is no part of its name.
    ("ru", date(2024, 5, 1), "С 21 по 30 апреля через Табу в Египет выехали 38 600 граждан "
     "Израиля, сообщили в Управлении аэропортов Израиля (УАИ), которое обслуживает и "
     "сухопутные переходы.", ("left", 38600, "ISR", "EGY"), "Управление аэропортов Израиля",
     None),
    # The body that did it is the one "the ministry" then means.
    ("en", date(2023, 9, 13), "On Thursday, Suriname's Ministry of Justice and Police deported "
     "at least 38 Guyanese to Guyana, the ministry said in a statement.",
     ("deported", 38, "SUR", "GUY"), "Suriname's Ministry of Justice and Police", None),
    # Kazakh: protection from persecution applied for.
    ("kk", date(2023, 11, 10), "2020 жылдың 1 қаңтарынан бері Гонконгта 11 қазақстандық "
     "қуғын-сүргіннен қорғау туралы өтініш берген.",
     ("asylum_applications", 11, "KAZ", "HKG"), None, None),
]  # fmt: skip


@pytest.mark.parametrize(("language", "published", "text", "expected", "said", "via"), BATCH_19)
def test_what_batch_19_taught(language, published, text, expected, said, via) -> None:
    (found,) = read_article(text, language, published).candidates
    assert (found.metric, found.figure.value, found.origin, found.destination) == expected
    assert _said(found) == (said, via)


@pytest.mark.parametrize(
    ("language", "text", "money"),
    [
        ("uk", "Ставка становить щонайменше 160 данських крон, а 200 українців в'їхали на "
               "острови.", "щонайменше 160 данських крон"),
        ("ru", "Сбор за выезд составляет 107 шекелей, а 300 израильтян выехали в Египет.",
         "107 шекелей"),
        ("en", "The fee is 200 Danish kroner, and 300 Israelis left for Egypt.",
         "200 Danish kroner"),
    ],
)  # fmt: skip
def test_crowns_and_shekels_are_money(language: str, text: str, money: str) -> None:
    reading = read_article(text, language, PUBLISHED)
    assert [c.figure.value for c in reading.candidates] == [300 if "300" in text else 200]
    assert [(x.figure_text, x.reason) for x in reading.left_out] == [(money, "money")]


def test_two_days_one_after_the_other_are_one_span() -> None:
    text = "22 и 23 апреля переход в обе стороны пересекали до 7 тыс. человек в сутки."
    (found,) = read_article(text, "ru", date(2024, 5, 1)).candidates
    assert (found.period_start, found.period_end) == (date(2024, 4, 22), date(2024, 4, 23))


def test_coming_back_over_a_post_is_the_way_back() -> None:
    text = (
        "С 21 по 30 апреля через пограничный переход Таба в Египет выехали 38 600 граждан "
        "Израиля. Вчера через Табу вернулись около 6 тыс. человек."
    )
    found = read_article(text, "ru", date(2024, 5, 1)).candidates
    back = next(c for c in found if c.metric == "returned")
    assert (back.origin, back.destination) == ("EGY", "ISR")


def test_the_islands_left_are_the_articles() -> None:
    text = (
        "На Фарерські острови в'їхали 167 українців. За останні 10 днів острови залишили "
        "близько двох десятків українців."
    )
    found = read_article(text, "uk", date(2023, 9, 15)).candidates
    gone = next(c for c in found if c.metric == "left")
    assert (gone.origin, gone.destination) == ("FRO", None)


def test_people_who_had_been_returning_home_returned() -> None:
    text = "Almost 40 Yemenis a day had been returning home from Oman over the past week."
    (found,) = read_article(text, "en", date(2024, 3, 12)).candidates
    assert (found.metric, found.origin, found.destination) == ("returned", "OMN", "YEM")


def test_a_quotations_next_sentence_sends_no_one_of_the_first_anywhere() -> None:
    text = (
        "Биыл Тайваньға 2 140 Қазақстан азаматы келді.\n\n"
        "«Қазір Таоюань әуежайы арқылы күн сайын 20-ға дейін қазақстандық келеді. Өткен аптада "
        "14 қазақстандықты Қазақстанға депортацияладық», – деді агенттік өкілі Линь Вэйцзюнь."
    )
    found = read_article(text, "kk", date(2024, 5, 22)).candidates
    daily = next(c for c in found if c.figure.value == 20)
    assert (daily.metric, daily.origin, daily.destination) == ("entered", "KAZ", "TWN")


def test_kazakh_into_a_countrys_side_and_its_authorities() -> None:
    text = (
        "Өткен аптада Суданнан Чадтың шығысына 15 мыңнан астам босқын өткен.\n\n"
        "Чад билігі сенбіден бері шекарада 120 қарулы адамды елге кіргізбегенін хабарлады."
    )
    crossed, refused = read_article(text, "kk", date(2023, 6, 14)).candidates
    assert (crossed.origin, crossed.destination) == ("SDN", "TCD")
    assert (refused.metric, refused.destination, _said(refused)[0]) == (
        "entry_refused",
        "TCD",
        "Чад билігі",
    )


def test_protection_visas_in_a_financial_year_of_two_years() -> None:
    text = (
        "According to the Department of Home Affairs, Sri Lankan citizens lodged 1,530 "
        "protection visa applications in Australia in the 2022-23 financial year."
    )
    (found,) = read_article(text, "en", date(2023, 10, 1)).candidates
    assert (found.metric, found.figure.value, found.destination) == (
        "asylum_applications",
        1530,
        "AUS",
    )


def test_crossing_a_countrys_border_in_kazakh_goes_into_it() -> None:
    text = "Өткен аптада 29 мыңнан астам Украина азаматы Молдова шекарасынан өтті."
    (found,) = read_article(text, "kk", date(2023, 3, 10)).candidates
    assert (found.metric, found.origin, found.destination) == ("entered", "UKR", "MDA")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "В январе Турция депортировала на родину 1200 мигрантов. Из них 500 — граждане "
               "Афганистана, 300 — Сирии и 150 — Ирака."),
        ("uk", "У січні Туреччина депортувала на батьківщину 1200 мігрантів. З них 500 — "
               "громадяни Афганістану, 300 — Сирії та 150 — Іраку."),
        ("kk", "Қаңтарда Түркия 1200 мигрантты елдеріне депортациялады. Олардың 500-і – "
               "Ауғанстан, 300-і – Сирия, 150-і – Ирак азаматтары."),
    ],
)  # fmt: skip
def test_each_in_a_list_of_them_is_of_the_country_after_its_dash(language: str, text: str):
    found = read_article(text, language, date(2024, 2, 1)).candidates
    whose = {c.figure.value: c.citizenship for c in found}
    assert (whose[500], whose[300], whose[150]) == ("AFG", "SYR", "IRQ")


def test_turkeys_presidency_of_migration_management_is_a_body() -> None:
    text = (
        "Turkey deported 1,200 migrants in January, the Presidency of Migration Management said."
    )
    (found,) = read_article(text, "en", date(2024, 2, 1)).candidates
    assert _said(found)[0] == "Presidency of Migration Management"


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("ru", "Более четверти миллиона украинцев въехали в Польшу в прошлом году.",
         ("more_than", 250000)),
        ("uk", "Понад чверть мільйона українців в'їхали до Польщі минулого року.",
         ("more_than", 250000)),
        ("kk", "Былтыр Польшаға жарты миллионнан астам украиналық кірді.",
         ("more_than", 500000)),
        ("en", "No fewer than 5,000 Russians entered Georgia last week.", ("at_least", 5000)),
        ("en", "As many as 5,000 Russians entered Georgia last week.", ("up_to", 5000)),
    ],
)  # fmt: skip
def test_parts_of_a_million_and_more_qualifiers(language, text, figure) -> None:
    (found,) = read_article(text, language, date(2024, 2, 1)).candidates
    assert (found.figure.qualifier, found.figure.value) == figure


@pytest.mark.parametrize(
    "text",
    [
        "In May 2,110 migrants reached Lampedusa from Libya. Of those, 300 were women and 140 "
        "were under 18, the ministry said.",
        "In May 2,110 migrants reached Lampedusa from Libya. About 70 percent of them were "
        "under 30, the ministry said.",
    ],
)
def test_an_age_bound_is_no_count(text: str) -> None:
    """ "140 were under 18": 18 is an age (thirtieth session)."""
    values = [c.figure.value for c in read_candidates("en", date(2025, 6, 10), text)]
    assert 18 not in values
    assert 30 not in values
    assert 2110 in values
