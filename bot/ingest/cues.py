"""The words that tell what an article's figure counts, in English, Russian, Ukrainian and Kazakh.

Each cue lists phrases per language, written the way ``bot.language.lexicon`` reads them: English
by Snowball stem, Russian and Ukrainian by lemma (write the dictionary form), Kazakh by the stem
``bot.language.kazakh`` leaves, folded to a Russian keyboard ("кир" for "кірді"). Which metric a
figure gets is decided from the cues near it (``bot.ingest.metrics``); the cues only say what
words are there.
"""

from __future__ import annotations

from functools import cache

from bot.language.lexicon import Entry, phrase_entries

__all__ = ["CUES", "cue_index"]

Phrases = dict[str, tuple[str, ...]]

CUES: dict[str, Phrases] = {
    "enter": {
        "en": ("enter", "entered", "entry", "arrive", "arrived", "arrival", "arrivals",
               "come in", "came in", "came across", "reached", "reach", "immigrate",
               # "2,500 foreigners have come to Kazakhstan from China".
               "came to", "come to", "coming to", "came from", "come from", "coming from",
               "take in", "took in", "taken in", "received", "welcomed", "land", "landed",
               "disembark", "disembarked", "came ashore", "ashore", "made the journey",
               "make the journey", "making the journey", "made the trek", "make the trek",
               "making the trek", "made the crossing", "make the crossing",
               "making the crossing", "came over", "come over", "coming over",
               "came through", "coming through", "come across", "coming across",
               "walked into", "walking into", "flew in", "flew into", "flown into",
               "flying into", "trips into", "trip into",
               "flown in", "poured into", "poured in", "streamed into", "flocked to",
               "moved to", "relocated to", "made their way to", "made it to", "sailed into",
               "made it across", "made it into", "travelled to", "traveled to",
               "travelled into", "traveled into",
               "taken to", "brought to", "let in", "let into", "allowed in", "allowed into",
               # A state taking people in: "Japan accepted 303 refugees", "resettled".
               "accepted", "admitted", "resettled", "resettle", "resettlement",
               # "3,200 Ukrainians visited Morocco": tourists came in.
               "visited"),
        "ru": ("въехать", "въезжать", "въезд", "прибыть", "прибывать", "прибытие", "приехать",
               "приезжать", "прилететь", "прилетать", "прийти", "зайти", "заехать", "принять",
               "принимать", "пропустить", "пропускать", "доставить", "доставлять",
               "репатриироваться", "проникнуть", "проникать", "добраться", "добираться",
               "высадиться", "высаживаться", "приземлиться", "приземляться", "переехать",
               "переезжать", "перебраться", "перебираться", "приплыть", "приплывать",
               "переселиться", "переселяться", "хлынуть", "войти", "входить", "впустить",
               "впускать", "посетить", "посещать",
               # "через Рафах в Египет переправили 50 раненых": brought over into it.
               "переправить", "переправлять", "перевезти", "перевозить"),
        "uk": ("в'їхати", "в'їжджати", "в'їзд", "прибути", "прибувати", "прибуття", "приїхати",
               "приїжджати", "прилетіти", "прилітати", "прийти", "заїхати", "прийняти", "приймати",
               "пропустити", "пропускати", "доставити", "доставляти", "репатріюватися",
               # Participles: "були доставлені до Львова", "евакуйовані до Польщі".
               "доставлений",
               "проникнути", "проникати", "дістатися", "діставатися",
               "висадитися",
               "висаджуватися", "приземлитися", "приземлятися", "переїхати", "переїжджати",
               "перебратися", "перебиратися", "приплисти", "припливти", "припливли",
               "припливати", "переселитися",
               "переселятися", "увійти", "входити", "впустити", "впускати", "відвідати",
               "відвідувати",
               # "на територію Єгипту переправили 50 поранених", "до Узбекистану доправили 98".
               "переправити", "переправляти", "перевезти", "перевозити", "доправити",
               "доправляти"),
        # "келеді", "кіреді": the present tense keeps its ending in the stem.
        "kk": ("кир", "кел", "кирген", "келген", "келу", "кириу", "кирди", "келди", "кабылда",
               "келеди", "киреди", "келед", "киред",
               # "318 мың адам елге енгенін хабарлады": went in.
               "енди", "енген", "енгенин", "енгени", "енеди", "енуде",
               # Moving in, where "көшті" alone is moving away.
               "кошип келди", "кошип келген",
               "кабылдады", "кошип кел", "жетти", "жеткен", "жеткизди", "жеткизилди",
               "жеткизилген",
               # Going on now: "күніне 500 адам кіріп жатыр".
               "кирип жатыр", "кирип жаткан", "келип жатыр", "келип жаткан",
               # "500-ден астам адам жағаға шықты": came ashore, where "шықты" alone left.
               "жагага шык", "жагага шыкты", "жагага шыккан", "жагага шыкканын",
               "жагага шыгып", "жагага шыгады", "жагага шыккандар"),
    },
    "leave": {
        "en": ("leave", "left", "depart", "departed", "departure", "departures", "exit",
               "exited", "emigrate", "emigrated", "emigrants", "emigration", "flew out",
               "flown out", "flying out", "fly out", "flies out", "evacuated", "evacuate",
               "headed for", "headed to", "heading for",
               "heading to", "set off for", "set out for", "moved abroad", "relocated abroad",
               # "Some 7,400 workers went to Israel", "2,900 went to Kazakhstan": went from
               # where they were.
               "went to", "gone to", "went abroad", "gone abroad",
               # Arrivals who went further: "2,000 of the arrivals had moved on to third
               # countries" left the country they came to.
               # ("travellers on Sunday" shares the words of "travelled on": "to" says it.)
               "moved on", "travelled on to", "traveled on to", "travelled onward",
               "traveled onward", "flew on", "continued on",
               # Checking in for flights out is leaving, no registration.
               "check in for flights", "checked in for flights", "checking in for flights"),
        "ru": ("выехать", "выезжать", "выезд", "уехать", "уезжать", "покинуть", "покидать",
               "убыть", "убывать", "отъезд", "эмигрировать", "эмигрант", "эмиграция",
               "вылететь", "вылетать", "улететь", "улетать", "эвакуировать",
               "эвакуироваться", "отправиться", "отправляться", "вывезти", "вывозить", "уйти",
               "уходить", "отбыть", "отбывать", "выбыть", "выбывать", "направиться",
               "направляться", "отплыть", "отплывать"),
        "uk": ("виїхати", "виїжджати", "виїзд", "поїхати", "покинути", "покидати",
               "залишити", "від'їзд", "емігрувати", "емігрант", "еміграція", "вилетіти",
               "вилітати", "полетіти", "евакуювати", "евакуюватися", "вирушити", "вирушати",
               "вивезти", "вивозити", "вибути", "вибувати", "попрямувати", "податися",
               "подаватися", "відплисти", "відпливати"),
        "kk": ("шык", "кет", "шыккан", "кеткен", "шыгу", "кету", "шыкты", "кетти", "эмигрант",
               "кетеди", "кетед", "шыгады", "шыгад",
               "жонелтилди", "жонелтилген", "жонелтти",
               # "Германияға 2 мың адам қоныс аударды": moved abroad to live.
               "коныс аударды", "коныс аударган", "коныс аудару",
               "ушып кетти", "ушты", "эвакуацияланды", "эвакуацияланган",
               # Going, moving house and flying abroad: "Түркияға 45 мың қазақстандық барды",
               # "Германияға 6 мың адам көшкен", "Мадридке 3 мың адам ұшқан". Not "бар"
               # alone: it is "there is".
               "барды", "барган", "кошти", "кошкен", "ушкан", "ушады", "ушып жатыр",
               "эвакуациялады", "аттанды",
               "аттанган", "шыгып жатыр", "шыгып жаткан", "кетип жатыр", "кетип жаткан"),
    },
    "flee": {
        # "flew from Abu Dhabi to Buenos Aires": which way, the places say.
        "en": ("flee", "fled", "fleeing", "escape", "escaped", "flock", "flocked", "pour",
               "poured", "flew from", "flew to", "flown from", "flown to", "flying to",
               "flying from", "sailed from", "sailed to", "sailing from", "sailing to"),
        "ru": ("бежать", "сбежать", "убежать", "бегство", "спасаться"),
        "uk": ("втекти", "тікати", "утекти", "утікати", "втеча", "рятуватися"),
        "kk": ("каш", "кашты", "кашкан"),
    },
    "cross": {
        "en": ("cross", "crossed", "crossing",
               # "have walked through the Darién Gap from Colombia into Panama".
               "walked through", "walked across", "trekked through", "trekked across",
               "hiked through", "passed through"),
        "ru": ("пересечь", "пересекать", "перейти", "переходить", "пройти", "проходить",
               "проехать", "проезжать", "проследовать"),
        "uk": ("перетнути", "перетинати", "перейти", "переходити", "пройти", "проходити",
               "проїхати", "проїжджати", "прослідувати"),
        "kk": ("шекарадан отти", "шекарадан откен", "шекарадан оту", "шекараны кесип", "отти",
               "отеди", "откен", "отип жатыр", "отип жаткан",
               # "бекет арқылы тәулігіне 10 мыңға дейін адам өтетінін айтты".
               "отетин", "отетинин", "отетини", "отуде"),
    },
    # English "crossings" stems to "cross": the noun is read from the text as written
    # (bot.ingest.reading).
    "crossings": {
        "ru": ("пересечение", "пересечения границы"),
        "uk": ("перетин", "перетинів"),
        "kk": ("шекарадан оту", "оту", "отулер"),
    },
    "both_ways": {
        "en": ("both directions", "both ways", "in and out", "each way", "either direction",
               "either way", "each direction",
               # "510,000 travellers crossed between Singapore and Malaysia".
               "crossed between", "cross between", "crossing between",
               # "relatives visiting each other": across, whichever way.
               "each other", "one another"),
        "ru": ("в оба направление", "в обе сторона", "туда и обратно", "друг к другу",
               "друг к друг", "в два направление"),
        "uk": ("в обидва напрямок", "в обидва бік", "обидва напрямки", "туди й назад",
               "у обидва бік", "у обидва напрямок", "в обидва боки", "у обидва боки",
               "один до одного", "одне до одного",
               # "кордон у двох напрямках перетнули 64 530 осіб".
               "у два напрямок", "в два напрямок"),
        "kk": ("еки багытта", "еки жакка", "еки багыт", "бир-бирине", "бир бирине"),
    },
    "return": {
        "en": ("return", "returned", "returning", "came home", "come home", "went home",
               "gone home", "go home", "going home", "headed home", "head home", "gone back",
               "coming home", "comes home", "coming back", "comes back",
               "went back", "go back", "going back", "came back",
               # "1,957 people crossed back into Syria": the way home.
               "crossed back", "cross back", "crossing back", "headed back", "heading back",
               "travelled back", "traveled back", "walked back", "made their way back",
               "come back", "repatriated", "repatriation", "flown back", "flew back",
               "fly back", "flying back", "flown home", "flew home", "fly home", "flying home",
               "brought back",
               "brought home", "driven home", "taken home", "travelled home",
               "traveled home", "made it home", "back home", "evacuated home", "returnee",
               "returnees"),
        "ru": ("вернуться", "возвращаться", "возвращение", "вернувшийся", "возвратиться",
               "репатриация", "репатриант", "вернуть", "возвращать", "на родину", "домой",
               # "ушли обратно в Мьянму", "обратно в Мьянму ушли": went back.
               "уйти обратно", "уехать обратно", "пойти обратно", "ушли обратно", "обратно",
               "уехали обратно", "репатриировать"),
        "uk": ("повернутися", "повертатися", "повернення", "репатріація", "репатріант",
               "повернути", "повертати", "на батьківщину", "додому", "репатріювати",
               "піти назад", "поїхати назад", "пішли назад", "поїхали назад"),
        "kk": ("орал", "оралды", "оралган", "кайт", "кайтты", "кайткан", "кайтарылды",
               "оралады", "оралад", "кайтады", "кайтад",
               "кайтарылган", "кайтарды", "кайтарган", "елге кайтарды"),
    },
    "deport": {
        "en": ("deport", "deported", "deportation", "deportations", "expel", "expelled",
               "expulsion", "sent back", "sent home", "forcibly returned", "pushed back",
               # "Hungarian police escorted 240 migrants back to the Serbian border".
               "escorted back", "escorted out",
               # People "were returned" by someone: sent back, not come back.
               "were returned", "was returned", "been returned", "being returned",
               "removed", "handed over", "handed back", "deportee", "deportees",
               # "has pushed 1,622 people into Bangladesh", "were pushed in": push-ins.
               "pushed into", "pushed in", "push-ins", "push-in"),
        "ru": ("депортировать", "депортация", "выслать", "выдворить", "выдворение", "высылка",
               "высланный", "выдворенный",
               "выдворять", "высылать", "депортированный", "отправить домой",
               "отправлять домой", "принудительно вернуть", "принудительно возвращать",
               # "французская полиция отправила обратно в Италию": sent back.
               "отправить обратно", "отправлять обратно",
               # "страну принудительно покинули 7 тысяч иностранцев": made to leave.
               "принудительно покинуть", "принудительно выехать"),
        "uk": ("депортувати", "депортація", "видворити", "вислати", "видворення", "висилка",
               # "за угодою про реадмісію повернули до Польщі": readmitted, sent.
               "реадмісія",
               "висланий", "видворений", "депортований",
               # Ukrainian participles are lemmas of their own: "були відправлені назад".
               "відправлений назад", "відправлений додому", "повернутий",
               "видворяти", "відправити додому", "відправляти додому", "відправити назад",
               "відправляти назад", "примусово повернути",
               "примусово залишити", "примусово покинути", "примусово виїхати",
               "примусово повертати"),
        "kk": ("депортацияла", "депортация", "депортацияланды", "елден шыгарыл",
               "шыгарып жибер", "шыгарылды", "депортациялан", "депортацияланган", "шыгарыл",
               "шыгарылып", "шыгарылган", "куылды", "куылган", "мажбурли турде кайтар",
               "елден шыгарып", "елден шыгарды", "елден шыгарган",
               # "1 200-ден астам адамды күштеп өткізгенін": forced across the border.
               "куштеп откизди", "куштеп откизген", "куштеп откизгенин", "куштеп откизип",
               "куштеп итерип", "куштеп кайтарды", "куштеп кайтарылды",
               # Sent back across a border: "Словакияға кері жіберілді".
               "кери жиберди", "кери жиберилди", "кери жиберилген", "кери жиберген",
               "мажбурлеп кайтар",
               # "виза ережесін бұзған алты қазақстандық Ресейге кері қайтарылды": sent back
               # from inside; not let through first ("шекарадан өткізілмей, кері
               # қайтарылды"), they were refused, which the refusal's cue says.
               "кери кайтарылды", "кери кайтарылган", "кери кайтарды", "кери кайтарган",
               # "біз ... Стамбұлға кері жібердік": we sent them back.
               "кери жибердик", "кери жибердим", "кери кайтардык",
               # "әкімшілік тәртіппен шығарып жіберілген": expelled.
               "шыгарып жиберилген", "шыгарып жиберилди", "шыгарып жиберди",
               "шыгарып жиберген",
               # "реадмиссия келісімі бойынша Венгрияға 640 адам тапсырылды": handed over.
               "тапсырылды", "тапсырылган", "тапсырылганын", "тапсырылганы"),
    },
    # Asylum seekers are people: walking in, they entered; applying, they applied.
    "asylum_seekers": {
        "en": ("asylum seeker", "asylum seekers", "asylum-seeker", "asylum-seekers"),
        "ru": ("соискатель убежища", "искатель убежища", "проситель убежища"),
        "uk": ("шукач притулку", "шукачі притулку"),
        "kk": ("баспана издеуши", "баспана издеушилер"),
    },
    "asylum": {
        "en": ("asylum", "international protection", "refugee status", "refugee claim",
               "refugee claims", "protection claim", "protection claims",
               # Australia's asylum: "lodged 1,530 protection visa applications".
               "protection visa", "protection visas"),
        "ru": ("убежище", "статус беженца", "международная защита", "международный защита",
               # "ходатайства о защите подали 23 гражданина Ирака".
               "ходатайство о защита", "ходатайство о предоставление защита",
               # "заявления о признании беженцем": asking to be recognised as a refugee.
               "признание беженцем", "признании беженцем", "признать беженцем"),
        "uk": ("притулок", "статус біженця", "міжнародний захист", "клопотання про захист",
               "клопотання про надання захисту", "визнання біженцем", "визнати біженцем"),
        "kk": ("баспана", "боскын мартебеси", "халыкаралык коргау", "халыкаралык корган",
               # "қуғын-сүргіннен қорғау туралы өтініш": protection from persecution.
               "кугын-сургиннен коргау", "коргау туралы отиниш", "коргау туралы отиништи"),
    },
    "citizenship": {
        "en": ("citizenship", "naturalisation", "naturalization", "passport", "passports"),
        "ru": ("гражданство", "натурализация"),
        "uk": ("громадянство", "натуралізація"),
        "kk": ("азаматтык", "азаматтыгына", "азаматтыкка", "азаматтыгын", "натурализация"),
    },
    "apply": {
        "en": ("apply", "applied", "application", "applications", "request", "requests",
               "requested", "sought", "seek", "filed", "lodged", "claim", "claims"),
        "ru": ("подать", "подавать", "заявление", "заявка", "обратиться", "ходатайство",
               "просить", "попросить", "запросить"),
        "uk": ("подати", "подавати", "заява", "звернутися", "клопотання", "просити",
               "попросити"),
        "kk": ("отиниш", "сура", "суран", "отиниш берди", "отиниш беру", "отиниш тапсыр"),
    },
    "register": {
        # "recorded" as a verb only: "a record 1,295", "criminal records" register no one.
        "en": ("register", "registered", "registration", "registrations", "were recorded",
               "was recorded", "been recorded", "has recorded", "have recorded",
               "had recorded", "granted",
               # A residence permit given is a registration, as in Russian ("вид на
               # жительство") and Ukrainian ("посвідка"); held, people who live there.
               "residence permit", "residence permits", "residency permit",
               "residency permits",
               # Poland registers Ukrainian refugees by giving them a PESEL number: "issued
               # 350,000 PESEL numbers" registered them. (Kazakhstan's individual numbers
               # (IIN), given to any foreigner who works or banks there, register no refugee.)
               "pesel",
               # Protection given is a registration, whatever verb receives it.
               "received temporary protection", "receive temporary protection",
               "receiving temporary protection", "obtained temporary protection",
               "got temporary protection",
               # "21,400 Ukrainians received the status" (named before), "received protection
               # status", "received refugee status".
               "received protection", "received protection status", "received the status",
               "received status", "received refugee status", "obtained the status",
               "obtained protection status"),
        "ru": ("зарегистрировать", "зарегистрироваться", "регистрация", "оформить", "получить",
               "регистрировать", "регистрироваться", "получать", "оформлять",
               "предоставить", "предоставлять", "на учёт", "на учет",
               # A residence permit issued is a registration: "выдала 2 400 видов на
               # жительство".
               "вид на жительство", "pesel"),
        # Ukrainian participles are lemmas of their own: "зареєстрованих біженців".
        "uk": ("зареєструвати", "зареєструватися", "реєстрація", "оформити", "отримати",
               "реєструвати", "реєструватися", "зареєстрований", "отримувати", "оформлювати",
               "надати", "надавати", "на облік", "посвідка", "pesel"),
        "kk": ("тиркел", "тирке", "тиркеу", "тиркелди", "алды", "берилди", "есепке алынды",
               # "босқын мәртебесін алғанын", "босқын ретінде танылған": status given.
               "боскын мартебесин алган", "боскын мартебесин алганын",
               "боскын мартебесин алгандар", "боскын мартебесин алды", "ретинде танылды",
               "ретинде танылган", "ретинде танылганын",
               "есепке алынган", "есепке турды", "есепке туран", "pesel"),
    },
    "refugee": {
        # Poland's PESEL number is how Ukrainian refugees are registered there.
        "en": ("refugee", "refugees", "temporary protection", "pesel"),
        "ru": ("беженец", "временная защита", "временный защита", "pesel"),
        "uk": ("біженець", "тимчасовий захист", "pesel"),
        "kk": ("боскын", "уакытша корганыс", "pesel"),
    },
    "mobilise": {
        # American "mobilize" stems to "mobil", as "mobility" does: only the British forms.
        "en": ("call up", "called up", "mobilise", "mobilised", "mobilisation", "conscript",
               "conscripted", "draft", "drafted", "summon", "summoned", "report for duty",
               "reported for duty", "report for military service"),
        "ru": ("мобилизовать", "мобилизация", "призвать", "призыв", "мобилизованный",
               "призывать"),
        "uk": ("мобілізувати", "мобілізація", "призвати", "призов", "мобілізований",
               "призивати"),
        # "шақыру" alone is an invitation ("жұмыс берушінің шақыруымен"); a call-up is to
        # the army's.
        # "5 мың азамат шақырылады", "10 мыңға дейін жас шақырылуы тиіс", "300 мың резервист
        # шақырылатынын": will be called up.
        "kk": ("жумылдыр", "жумылдыру", "аскерге шакыр", "аскерге шакырыл", "аскерге шакыру",
               "шакырылады", "шакырылуы тиис", "шакырылмак", "шакырылатын", "шакырылатынын"),
    },
    "plan": {
        "en": ("plan", "plans", "planned", "target", "intend", "intends", "aim"),
        "ru": ("планировать", "план", "намереваться", "собираться"),
        "uk": ("планувати", "план", "мати намір", "збиратися"),
        "kk": ("жоспар", "жоспарла", "коздеп"),
    },
    "allow": {
        "en": ("allow", "allowed", "permit", "permitted", "authorise", "authorised"),
        "ru": ("позволить", "разрешить", "позволять", "разрешать"),
        "uk": ("дозволити", "дозволяти"),
        "kk": ("руксат", "мумкиндик бер"),
    },
    "refuse_exit": {
        # "offloaded 17 passengers": taken off their flight out (the Philippines' word).
        "en": ("offloaded", "offload", "offloading", "not let out", "not allowed to leave",
               "barred from leaving",
               "stopped from leaving", "from leaving", "from exiting", "refused exit",
               "from setting off", "from setting sail", "from departing", "from crossing",
               "denied exit", "banned from leaving",
               "turned back", "turned away", "prevented from leaving", "not let through",
               "from boarding", "from getting on",
               # "guards have prevented 13,500 illegal crossings from Belarus", "French officers
               # had stopped 17,000 people from making the journey": they did not get across.
               "prevented", "from making the journey", "from making the crossing",
               # Detained trying to leave: they did not get out.
               "tried to leave", "trying to leave", "attempted to leave", "attempting to leave",
               "tried to illegally leave",
               # Detained at the airport trying to fly out: they did not get out.
               "tried to fly", "trying to fly", "attempted to fly", "attempting to fly",
               # "19 women had been intercepted at the departure hall": kept from flying out.
               "intercepted at the departure", "stopped at the departure",
               "intercepted at departure", "stopped at departure",
               # "were denied permission to leave", "denied boarding", "banned from
               # travelling abroad": kept from going out.
               "permission to leave", "denied boarding", "refused boarding",
               "not allowed to board", "barred from boarding", "from travelling abroad",
               "from traveling abroad", "from travelling out", "from traveling out"),
        "ru": ("не выпустить", "не пустить", "не выпускать", "не пропустить", "отказать в выезде",
               "отказывать в выезде", "не дать отплыть", "не позволить отплыть",
               "запрет на выезд", "запретить выезд", "развернуть", "разворачивать",
               "ограничение на выезд",
               "не позволить выехать", "не дать выехать", "пытаться выехать",
               "предотвратить выезд", "предотвратить незаконный выезд",
               "попытаться выехать", "пытаться незаконно выехать", "попытаться незаконно выехать",
               "пытаться вылететь", "попытаться вылететь", "пытаться улететь",
               "попытаться улететь",
               # "не позволила выйти в море почти 9 тысячам", "не дали вылететь".
               "не позволить выйти", "не позволить вылететь", "не дать вылететь",
               "не смочь вылететь", "не смочь выехать", "не суметь вылететь",
               # "получили отказ в выезде", and "в выезде было отказано": told last.
               "отказ в выезде", "отказ на выезд", "в выезде",
               "не разрешить выезд", "не разрешить выехать",
               # "запретили покинуть страну", "не допустили к посадке на рейс".
               "запретить покинуть", "не позволить покинуть", "не дать покинуть",
               "не разрешить покинуть", "запретить выехать", "не допустить к посадка",
               "не допустить до посадка",
               # "сняли с международных рейсов 35 420 пассажиров": offloaded, kept from
               # flying out.
               "снять с рейс", "снимать с рейс", "снятый с рейс", "снять с международный рейс",
               "снимать с международный рейс", "снятый с международный рейс",
               "с рейс снять", "с международный рейс снять", "с рейс быть снять",
               "с международный рейс быть снять"),
        "uk": ("не випустити", "не пустити", "не випускати", "не пропустити", "заборонити виїзд",
               "відмовити у виїзді", "відмовляти у виїзді", "відмовити в виїзді",
               "відмовляти в виїзді", "заборона на виїзд", "розвернути", "обмеження на виїзд",
               "не дати виїхати", "не дозволити виїхати", "не дати перетнути",
               "запобігти виїзду", "запобігти незаконному виїзду",
               "намагатися виїхати", "спробувати виїхати", "намагатися незаконно виїхати",
               "спробувати незаконно виїхати", "намагатися вилетіти", "спробувати вилетіти",
               "розвертати",
               "намагатися полетіти", "спробувати полетіти",
               "не дозволити вилетіти", "не дати вилетіти", "не змогти вилетіти",
               "не дозволити вийти", "не дати вийти",
               "не змогти виїхати",
               # "отримали відмову у виїзді", and "у виїзді було відмовлено": told last.
               "відмова у виїзді", "відмова в виїзді", "у виїзді", "в виїзді",
               "не дозволити виїзд",
               # "заборонили залишити країну", "не допустили до посадки на рейс".
               "заборонити залишити", "не дозволити залишити", "не дати залишити",
               "заборонити виїхати", "не допустити до посадка", "не допустити до посадки",
               # "зняли з міжнародних рейсів 420 пасажирів": offloaded.
               "зняти з рейс", "знімати з рейс", "знятий з рейс", "зняти з міжнародний рейс",
               "знімати з міжнародний рейс", "знятий з міжнародний рейс",
               "з рейс зняти", "з міжнародний рейс зняти", "з рейс бути зняти",
               "з міжнародний рейс бути зняти"),
        "kk": ("шыгармады", "жибермеди", "шыгуга тыйым", "шыгуына тыйым", "шекарадан откизбеди",
               "откизилмеди", "шыгарылмады", "откизбеген", "откизбеди", "шыгармаган",
               "жибермеген", "шыгарылмаган", "откизилмей", "откизилмеген", "шыгармай",
               "шыгармай койды",
               "жибермей койды",
               # "12 борышкер елден шығарылмады": not let out, no expulsion ("елден шығарылды").
               "елден шыгарылмады", "елден шыгарылмаган", "елден шыгармады", "елден шыгармаган",
               "елден шыгарылмай", "елден шыгармай",
               # "ұшпақ болған үш адамды ұшаққа отырғызбаған": not let on the plane.
               "отыргызбады", "отыргызбаган", "отыргызбай", "отыргызылмады", "отыргызылмаган",
               # "1 350 жігіттің елден шығуына жол бермеді": not let out.
               "шыгуына жол бермеди", "шыгуына жол бермеген", "шыгуына жол бермей",
               "шыгуына жол берилмеди", "шыгуына жол берилмеген", "шыгуына жол берилмей",
               "шыгуына руксат бермеди", "шыгуына руксат етилмеди", "шыгуына руксат етилмеген",
               "шыгуына руксат берилмеди", "шыгуына руксат берилмеген",
               # "17 ресейлікке елден шығуға рұқсат берілмеді", as "кіруге" is for entry;
               # "ұшуға рұқсат берілмеді": not let fly out.
               "шыгуга руксат берилмеди", "шыгуга руксат берилмеген", "шыгуга руксат бермеди",
               "шыгуга руксат бермеген", "шыгуга жол бермеди", "шыгуга жол бермеген",
               "шыгуга жол берилмеди", "шыгуга жол берилмеген", "ушуга руксат берилмеди",
               "ушуга руксат берилмеген", "ушуга руксат бермеди", "ушуга руксат бермеген",
               "шыгудан бас тартылды", "шыгудан бас тартылган",
               # "БАӘ-ге ұшпақ болған 70 жігіт рейске жіберілмеді": kept off the flight out.
               "рейске жиберилмеди", "рейске жиберилмеген", "рейске отыргызылмады",
               "рейске отыргызылмаган", "ушакка жиберилмеди", "ушакка отыргызылмады",
               # "халықаралық рейстерден 420 жолаушы түсірілді": offloaded.
               "рейстен тусирилди", "рейстен тусирилген", "рейстен тусирди", "рейстен тусирген",
               "рейстерден тусирилди", "рейстерден тусирилген", "рейстерден тусирди",
               "рейстерден тусирген"),
    },
    # Turned away at a border: they never got in, whatever "entry" says ("refused entry to
    # 120 Belarusians", "отказали во въезде", "кіруге рұқсат берілмеді").
    "refuse_entry": {
        "en": ("refused entry", "denied entry", "refused admission", "denied admission",
               "barred from entering", "banned from entering", "prevented from entering",
               "stopped from entering", "blocked from entering", "not allowed to enter",
               "not allowed into", "not allowed in", "not let in", "not let into",
               "entry was refused", "entry was denied", "refusals of entry", "entry refusals",
               "refused them entry", "denied them entry", "inadmissible",
               # "38 travellers were refused permission to land".
               "refused permission to land", "denied permission to land",
               "refused permission to enter", "denied permission to enter",
               "refused leave to enter",
               # "Gardaí refused leave to land to 1,250 passengers at Dublin Airport".
               "refused leave to land", "denied leave to land",
               # "barred 80 Afghans from entering Iran".
               "from entering"),
        "ru": ("отказать во въезде", "отказать в въезде", "отказывать во въезде",
               "отказывать в въезде", "отказ во въезде", "отказ в въезде", "запретить въезд",
               "запрет на въезд", "запрет въезда", "не впустить", "не впускать",
               "не пустить в страну", "не пускать в страну", "не пропустить в страну",
               "не пропускать в страну", "не позволить въехать",
               # "в страну не пустили 2 600 человек": the country first.
               "в страну не пустить", "в страну не впустить", "в страну не пропустить",
               "не дать въехать", "не разрешить въезд", "не допустить в страну",
               # "предотвратили незаконный въезд в страну со стороны Турции более 4 тыс.".
               "предотвратить въезд", "предотвратить незаконный въезд",
               "предотвратить незаконное пересечение",
               # "во въезде в Польшу было отказано 58 гражданам": the refusal told last.
               "во въезде",
               # "не были допущены в Грузию": not admitted.
               "не допущены", "не были допущены", "не допустили", "не допустить",
               # "1 380 иностранцам закрыли въезд в страну": barred.
               "закрыть въезд", "закрывать въезд"),
        "uk": ("відмовити у в'їзді", "відмовити в в'їзді", "відмовляти у в'їзді",
               "відмовляти в в'їзді", "відмова у в'їзді", "відмова в в'їзді",
               "заборонити в'їзд", "заборона на в'їзд", "заборона в'їзду", "не впустити",
               "не впускати", "не пустити в країну", "не пускати в країну",
               "не пустити до країни", "не пускати до країни", "не впустити до країни",
               "не пропустити до країни", "не пропустити в країну", "не пропускати до країни",
               "не дозволити в'їхати", "не дати в'їхати",
               # "в країну не пустили ще 2 600 осіб": the country first.
               "в країну не пустити", "у країну не пустити", "до країни не пустити",
               "в країну не впустити", "до країни не пропустити",
               "запобігти в'їзду", "запобігти незаконному в'їзду",
               "запобігти незаконному перетину",
               # "у в'їзді до Казахстану було відмовлено 96 громадянам": told last.
               "у в'їзді", "в в'їзді",
               # "не були допущені до Грузії": not admitted.
               "не допущені", "не були допущені", "не допустили", "не допустити",
               "закрити в'їзд", "закривати в'їзд"),
        "kk": ("киргизбеди", "киргизбеген", "киргизилмеди", "киргизилмеген", "киргизбей",
               # "елге кіргізілмей, кері қайтарылды": not let in, and sent back.
               "киргизилмей",
               # "әуежайда 28 қазақстандық кері бұрылған": turned back at the way in.
               "кери бурылды", "кери бурылган",
               "кируге руксат берилмеди", "кируге руксат берилмеген", "кируге руксат бермеди",
               "кируге руксат бермеген", "кируге тыйым", "елге киргизбеди",
               # "3 мыңға жуық шетелдікке елге кіруден бас тартылды": entry was refused.
               "кируден бас тартылды", "кируден бас тартылган", "кируден бас тартты",
               "кируден бас тарткан",
               # "мыңнан астам адамның Польшаға кіруіне жол бермей": not let in.
               "кируине жол бермей", "кируине жол бермеди", "кируине жол бермеген",
               "кируине руксат етилмеди", "кируине руксат етилмеген", "кируине руксат бермеди",
               "кируине руксат берилмеди", "кируине руксат берилмеген",
               "кируине жол берилмеди", "кируине жол берилмеген", "кируине жол берилмегенин",
               # "грек шекарашылары кері итерген 20 мыңнан аса адам": pushed back at the border.
               "кери итерди", "кери итерген", "кери итерилди", "кери итерилген",
               # "86 адамның Австрияға кіруіне тыйым салынып": entry banned.
               "кируине тыйым", "кируге тыйым салынды", "кируге тыйым салынган"),
    },
    "deny": {
        "en": ("not true", "untrue", "fake", "false", "refute", "refuted", "baseless",
               "unfounded", "no truth", "exaggerated", "inaccurate", "not accurate",
               "invention", "fabricated", "rumours", "rumors",
               # "Reports that 5,000 were massing at the border were 'pure propaganda'".
               "propaganda", "disinformation", "misinformation",
               # "Nouakchott denied that 40 children had been among those expelled".
               "denied that", "denies that", "deny that",
               # "..., but the Border Guard said the figure was wrong".
               "was wrong", "were wrong", "is wrong", "are wrong", "incorrect", "not correct",
               # 'A report that 5,000 had been turned back was "simply wrong"'.
               "simply wrong", "completely wrong", "totally wrong", "plainly wrong",
               # "the border committee called the figure inflated".
               "overstated", "inflated", "an exaggeration"),
        "ru": ("не соответствовать действительность", "опровергнуть", "опровергать",
               "неправда", "фейк", "ложный", "ложь", "не соответствует действительности",
               "недостоверный", "преувеличенный", "преувеличить", "выдумка", "слухи",
               "не подтвердиться", "безосновательный", "необоснованный", "беспочвенный",
               "спекуляция", "домысел", "пропаганда", "дезинформация", "неверный",
               "ошибочный", "не подтверждаться", "отношения к действительности",
               # "в ведомстве эту цифру не подтвердили": would not stand by it.
               "не подтвердить",
               # "в погранкомитете эту цифру назвали завышенной".
               "завышенный", "завысить", "завышать", "раздутый"),
        "uk": ("не відповідати дійсність", "спростувати", "спростовувати", "неправда",
               "фейк", "неправдивий", "не відповідає дійсності", "недостовірний",
               "перебільшений", "перебільшити", "вигадка", "чутки", "не підтвердитися",
               "безпідставний", "необґрунтований", "спекуляція", "домисел", "пропаганда",
               "дезінформація", "невірний", "помилковий", "не підтверджуватися",
               "не підтвердити",
               "стосунку до дійсності", "відношення до дійсності",
               "завищений", "завищити", "завищувати", "роздутий"),
        "kk": ("жалган", "шындыкка сай келмейди", "шындыкка жанаспайды", "жокка шыгар",
               "терискe шыгар", "териске шыгар", "негизсиз", "шындыкка сайкес келмейди",
               "расталмады", "растамады", "пропаганда", "дезинформация",
               # "шекара комитеті бұл санды асыра айтылған деп атады": overstated.
               "асыра айтылган", "асыра корсетилген", "асыра багаланган", "асыра айтылды",
               # "... деген ақпарат шындыққа жанаспайтынын мәлімдеді": the report is untrue.
               "шындыкка жанаспайтын", "шындыкка сай келмейтин", "шындыкка сайкес келмейтин"),
    },
    # Verbs that deny only when what they deny is a report: "dismissed reports that ...".
    "dismiss": {
        "en": ("deny", "denied", "dismiss", "dismissed", "reject", "rejected"),
        "ru": ("отрицать", "отвергнуть", "отвергать", "опровергнуть"),
        "uk": ("заперечити", "заперечувати", "відкинути", "відкидати"),
        "kk": ("жокка шыгар", "теріске шыгар", "мойындама"),
    },
    "report": {
        "en": ("report", "reports", "claim", "claims", "rumour", "rumours", "rumor", "rumors"),
        "ru": ("сообщение", "слух", "информация", "публикация", "данные"),
        "uk": ("повідомлення", "чутка", "інформація", "публікація", "дані"),
        "kk": ("хабар", "акпарат", "мэлимет", "сыбыс"),
    },
    # A country's or a town's population counts no one moving.
    "population": {
        # "a net loss of 47,000": a balance of two flows, no one's move.
        "en": ("population", "inhabitants", "net loss", "net gain",
               "net migration", "net outflow", "net inflow"),
        "ru": ("население", "численность населения", "сальдо", "чистый отток",
               "чистый приток"),
        "uk": ("населення", "чисельність населення", "сальдо",
               "чистий відтік", "чистий приплив"),
        # "Халқы 20 миллион адам болатын Қазақстан": its population.
        "kk": ("халык саны", "халкынын саны", "халык санагы", "тургындар саны", "сальдо",
               "халкы"),
    },
    # Applications not yet decided: a backlog is a stock, whatever was applied for.
    # People held until they are sent away have not been sent yet.
    "backlog": {
        "en": ("waiting for a decision", "waiting for an initial decision", "awaiting a decision",
               "awaiting decisions", "pending", "backlog", "awaiting removal",
               "awaiting deportation", "facing deportation", "facing removal"),
        "ru": ("ожидать решения", "ожидают решения", "на рассмотрении", "нерассмотренный",
               "ожидать депортация", "ожидать выдворение", "ожидать высылка",
               "депортация ожидать", "выдворение ожидать"),
        "uk": ("очікувати рішення", "очікують рішення", "на розгляді", "нерозглянутий",
               "очікувати депортація", "очікувати видворення", "чекати депортація",
               "депортація очікувати", "депортація чекати"),
        "kk": ("шешимин кутип", "каралмаган", "депортацияны кутип", "депортациялауды кутип"),
    },
    "stock": {
        "en": ("live", "living", "lived", "remain", "remained", "remaining", "stay",
               "staying", "host", "hosted", "hosts", "reside", "resident", "residents",
               "stranded", "queue", "queuing", "queueing", "waiting", "already", "camped",
               "sheltering",
               # "has 140,000 asylum seekers in its reception centres": housed there now.
               "accommodated", "housed", "reception centre", "reception centres",
               "reception center", "reception centers", "reception system",
               # "about 100,000 of them are still in the country".
               "still in the country", "are still in", "still there", "still in"),
        "ru": ("находиться", "проживать", "жить", "оставаться", "пребывать", "остаться",
               "ожидать", "застрять", "ждать",
               # "действующий статус имеют 950 тысяч": holders of a status now.
               "имеют статус", "имеют действующий статус", "действующий статус",
               "действующую защиту", "имели статус", "имели защиту", "имеют защиту",
               "подпадать", "уже принимать"),
        "uk": ("перебувати", "проживати", "жити", "мешкати", "залишатися", "лишатися", "очікувати",
               "застрягнути", "залишитися", "лишитися", "чекати",
               "мають статус", "мають активний статус", "активний статус", "чинний статус",
               # "чинний захист мали 390 тисяч": held a protection still; "під дію закону
               # підпадають 14 мільйонів": all it may reach; "вже приймаємо 1,8 мільйона".
               "чинний захист", "мали статус", "мали захист", "мають захист", "підпадати",
               "вже приймати",
               # The dictionary reads "живе" as a noun only.
               "живе", "живуть"),
        # Kazakh "жатыр" is also the auxiliary of what is going on ("шығарылып жатыр").
        # "орталықтарда тағы 30 мыңға жуық эфиопиялық бар екенін": there are, still.
        "kk": ("тур", "турады", "турып", "калып", "кутип", "бар екен", "бар екенин",
               # "Иранда 4 миллионға жуық ауғандық тұратынын", "150-ге жуық қазақстандық
               # қалғанын": who live or are left there.
               "туратын", "туратынын", "туратыны", "калганын", "калганы",
               # "Ресейде 350 мыңдай қырғызстандық жұмыс істейді": who work there.
               "жумыс истейди", "жумыс истейтин", "жумыс истейтинин", "жумыс истеп жур",
               # "Израильде әлі де 2 мыңға жуық қазақстандық бар": still there.
               "али де"),
    },
    # A "қандас" is an ethnic Kazakh come home: a қандас who moved in ("көшіп келді")
    # returned (bot.ingest.reading).
    "kandas": {"kk": ("кандас", "этникалык казак", "оралман"),
               "ru": ("кандас", "этнический казах", "оралман"),
               "uk": ("кандас", "етнічний казах", "оралман"),
               "en": ("kandas", "ethnic kazakh", "ethnic kazakhs", "oralman", "oralmans")},
    # What a figure next to these words counts is not people on the move: "3,000 more troops"
    # sent, "a quota of 30,000", "1,200 cars". Soldiers are people: deserters apply for asylum.
    "not_people": {
        "en": ("quota", "quotas", "troops", "vehicles", "cars", "trucks", "lorries", "buses",
               "flights", "tents", "beds", "places", "doses", "meals", "boats", "boat",
               "dinghies", "vessels", "ships", "planes", "aircraft", "helicopters", "trains",
               "homes", "houses", "buildings", "apartments", "shelters", "camps",
               "checkpoints", "posts", "hurricanes", "storms", "earthquakes", "floods", "acres",
               "ferries", "pirogues", "canoes", "cayucos", "vans", "minibuses", "coaches",
               # "300 complaints", "1,200 deportation orders": papers ("without documents"
               # says who people were, so documents are not here).
               "complaints", "orders", "permits", "certificates"),
        "ru": ("квота", "войско", "автомобиль", "машина", "грузовик", "фура", "автобус", "рейс",
               "палатка", "койка", "место", "пирога", "лодка", "судно", "катер", "корабль",
               "самолёт", "самолет", "вертолёт", "вертолет", "поезд", "вагон", "дом",
               "квартира", "пункт", "ураган", "землетрясение", "паром", "транспортный средство",
               "транспортное средство", "спецрейс", "чартер", "жалоба"),
        "uk": ("квота", "військо", "автомобіль", "машина", "вантажівка", "фура", "автобус",
               "рейс", "намет", "ліжко", "місце", "пірога", "човен", "судно", "катер",
               "корабель", "літак", "гелікоптер", "вертоліт", "потяг", "вагон", "будинок",
               "квартира", "пункт", "ураган", "землетрус", "пором", "транспортний засіб",
               "спецрейс", "чартер", "скарга"),
        "kk": ("квота", "квотасы", "колик", "автоколик", "автобус", "рейс", "шатыр", "орын",
               "кайык", "кеме", "ушак", "тикушак", "пойыз", "пател", "бекет"),
    },
    # How people went, which says nothing of which way: "through all land crossings" and "by
    # land" hold no "land" of arriving (the longest phrase at a word wins its concepts).
    "route": {
        "en": ("land crossing", "land crossings", "land border", "land borders", "land port",
               "land ports", "land route", "land routes", "by land", "over land", "on land",
               # "left the city through land, sea and air control points": the ways, listed.
               "land and sea", "land and air", "land or sea", "land or air", "land sea",
               "land air", "land control", "land checkpoint", "land checkpoints",
               "land boundary", "land frontier", "land frontiers", "land corridor"),
    },
}  # fmt: skip


@cache
def cue_index() -> dict[str, list[Entry]]:
    """First key of each cue phrase → the phrases starting with it, longest first."""
    index: dict[str, list[Entry]] = {}
    for concept, phrases in CUES.items():
        for entry in phrase_entries(concept, phrases):
            index.setdefault(entry.keys[0], []).append(entry)
    for listed in index.values():
        listed.sort(key=lambda entry: -len(entry.keys))
    return index
