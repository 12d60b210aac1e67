"""What questions are about beyond who moved where, and the words that name each topic.

A topic carries what it looks for in a fact: metrics, and English word stems searched in the
fact's own text (claims are written in English), so a question in any language reaches it.
Words are written as in ``bot.language.lexicon``: English as typed (matched by stem), Russian
and Ukrainian as lemmas, Kazakh as stems folded to a Russian keyboard.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["TOPICS", "TOPIC_PHRASES", "Phrases", "Topic"]

Phrases = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Topic:
    """A subject a question can be about, and what a fact on it holds."""

    name: str
    metrics: frozenset[str] = frozenset()
    stems: tuple[str, ...] = ()
    # Context when people's movement is asked about: "fled to Kazakhstan after mobilisation",
    # "ran to dodge the draft" ask for flows; "mobilisation" alone asks about mobilisation.
    context: bool = False


def _topic(
    name: str,
    phrases: Phrases,
    *,
    metrics: tuple[str, ...] = (),
    stems: tuple[str, ...] = (),
    context: bool = False,
) -> tuple[Topic, Phrases]:
    return Topic(name, frozenset(metrics), stems, context), phrases


# What questions are about, beyond who moved where. ``stems`` are searched, as word starts, in
# a fact's claim, what it counts, its quote and its sources.
TOPIC_PHRASES = (
    _topic(
        "citizenship",
        {
            "en": ("citizenship", "naturalisation", "naturalization", "naturalise", "apply",
                   "applied", "application", "passport"),
            "ru": ("гражданство", "подданство", "натурализация", "паспорт", "заявление"),
            "uk": ("громадянство", "натуралізація", "паспорт", "заява"),
            "kk": ("азаматтык", "отиниш", "паспорт"),
        },
        metrics=("citizenship_applications",),
        stems=("citizenship",),
    ),
    _topic(
        "ethnic",
        {
            "en": ("ethnic",), "ru": ("этнический",), "uk": ("етнічний",),
            "kk": ("этникалык",),
        },
        stems=("ethnic",),
    ),
    _topic(
        "reservists",
        {
            "en": ("reservist", "reserve", "reserves", "call up", "called up", "conscript",
                   "conscripted", "draftee"),
            "ru": ("резервист", "запас", "призвать", "призыв", "запасник", "мобилизованный"),
            "uk": ("резервіст", "запас", "призвати", "призов", "мобілізований"),
            "kk": ("резервист", "запас", "шакыр", "шакырмак", "запастагы аскери"),
        },
        metrics=("mobilisation_target",),
        stems=("reservist",),
    ),
    _topic(
        "decree",
        {
            "en": ("decree", "paragraph", "clause", "hidden", "secret", "classified",
                   "1 million", "million"),
            "ru": ("указ", "пункт", "секретный", "тайный", "скрытый", "засекреченный",
                   "миллион"),
            "uk": ("указ", "пункт", "прихований", "таємний", "секретний", "мільйон"),
            "kk": ("жарлык", "тармак", "жасырын", "купия", "миллион"),
        },
        metrics=("mobilisation_ceiling",),
        stems=("decree", "paragraph", "hidden"),
    ),
    _topic(
        "villages",
        {
            "en": ("village", "villages", "rural"), "ru": ("деревня", "село", "деревенский"),
            "uk": ("село", "сільський"), "kk": ("ауыл",),
        },
        stems=("village",),
    ),
    _topic(
        "mobilisation",
        {
            "en": ("mobilisation", "mobilization", "mobilise", "mobilize", "mobilised",
                   "mobilized", "draft"),
            "ru": ("мобилизация", "мобилизовать", "мобилизационный", "мобилизовывать"),
            "uk": ("мобілізація", "мобілізувати", "мобілізаційний"),
            "kk": ("жумылдыру", "мобилизация", "жумылдыр"),
        },
        metrics=("mobilisation_target", "mobilisation_ceiling"),
        stems=("mobilis", "mobiliz"),
        context=True,
    ),
    _topic(
        "extradition",
        {
            "en": ("extradite", "extradition", "extradited", "hand over", "handed over",
                   "deport", "deported", "deportation", "send back", "sent back",
                   "hand back", "hand them back", "give back", "handover"),
            "ru": ("экстрадировать", "экстрадиция", "выдать", "выдавать", "депортировать",
                   "депортация", "вернуть", "выдача"),
            "uk": ("екстрадувати", "екстрадиція", "видати", "видавати", "депортувати",
                   "депортація", "видача"),
            "kk": ("экстрадиция", "устап бер", "устап", "депортация", "кайтар"),
        },
        stems=("extradit",),
    ),
    _topic(
        "draft_evasion",
        {
            "en": ("draft dodger", "dodger", "dodgers", "evade", "evader", "evading", "dodge",
                   "deserter", "avoid the draft", "draft evasion"),
            "ru": ("уклонист", "уклоняться", "уклонение", "дезертир", "откосить", "косить"),
            "uk": ("ухилянт", "ухилятися", "ухилення", "дезертир", "втікач"),
            "kk": ("жалтар", "каш", "кашкан", "дезертир"),
        },
        stems=("evad", "draft", "fled"),
        context=True,
    ),
    _topic(
        "defence_ministry",
        {
            "en": ("defence ministry", "defense ministry", "ministry of defence",
                   "ministry of defense", "mod", "catch", "caught"),
            "ru": ("минобороны", "министерство обороны", "мо", "ловить", "поймать",
                   "оборона"),
            "uk": ("міноборони", "міністерство оборони", "ловити", "ловитиме", "спіймати",
                   "оборона"),
            "kk": ("корганыс", "уста", "устай", "устау", "устама", "корганыс министрлиги"),
        },
        stems=("defence", "defense", "catch"),
    ),
    _topic(
        "conscription_notices",
        {
            "en": ("conscription notice", "draft notice", "draft notices", "summons",
                   "call up papers", "notice", "notices", "enlistment", "conscription"),
            "ru": ("повестка", "военкомат", "призывной пункт", "военкоматы"),
            "uk": ("повістка", "військкомат", "тцк"),
            "kk": ("повестка", "шакыру кагаз", "аскери комиссариат"),
        },
        stems=("conscription",),
    ),
    _topic(
        "border",
        {
            "en": ("border", "checkpoint", "checkpoints", "frontier"),
            "ru": ("граница", "кпп", "пограничный", "погранпереход"),
            "uk": ("кордон", "кпп", "прикордонний"),
            "kk": ("шекара", "бекет"),
        },
        stems=("border", "checkpoint"),
        context=True,
    ),
    _topic(
        "tickets",
        {
            "en": ("ticket", "tickets", "flight", "flights", "plane", "airfare", "sold out",
                   "fly"),
            "ru": ("билет", "авиабилет", "рейс", "самолет", "улететь", "раскупить",
                   "распродать", "лететь"),
            "uk": ("квиток", "авіаквиток", "рейс", "літак", "полетіти", "розкупити",
                   "летіти"),
            "kk": ("билет", "билеттер", "ушак", "рейс", "таусыл"),
        },
        stems=("ticket",),
    ),
    _topic(
        "exit_refused",
        {
            "en": ("not let out", "not allowed to leave", "stopped", "turned back", "refused",
                   "denied", "banned from leaving", "not let", "blocked", "held"),
            "ru": ("не выпустить", "не пустить", "развернуть", "остановить", "запрет",
                   "не выпускать", "снять с поезда", "задержать"),
            "uk": ("не випустити", "не пустити", "розвернути", "зупинити", "заборона",
                   "не випускати", "зняти з потяга", "затримати"),
            "kk": ("жиберме", "шыгарма", "токтат", "тыйым"),
        },
        metrics=("exit_refused",),
        stems=("let out",),
    ),
    _topic(
        "entry_refused",
        {
            "en": ("refused entry", "denied entry", "not let in", "not allowed in",
                   "not allowed to enter", "barred from entering", "entry ban", "turned away"),
            "ru": ("отказать во въезде", "отказать в въезде", "отказ во въезде",
                   "отказ в въезде", "не впустить", "не пустить в страну", "запрет на въезд",
                   "запрет въезда"),
            "uk": ("відмовити у в'їзді", "відмовити в в'їзді", "відмова у в'їзді",
                   "відмова в в'їзді", "не впустити", "не пустити в країну",
                   "заборона на в'їзд", "заборона в'їзду"),
            "kk": ("киргизбе", "киргизбеди", "кируге руксат", "кируге тыйым"),
        },
        metrics=("entry_refused",),
        stems=("refused entry", "denied entry"),
    ),
    _topic(
        "train",
        {
            "en": ("train", "rail", "railway"), "ru": ("поезд", "электричка"),
            "uk": ("потяг", "поїзд", "електричка"), "kk": ("пойыз", "пойыз"),
        },
        stems=("train",),
        context=True,
    ),
)  # fmt: skip

TOPICS: dict[str, Topic] = {topic.name: topic for topic, _ in TOPIC_PHRASES}
