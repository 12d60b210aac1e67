"""Which metric a figure reports, from the cues read near it, and which way its people moved.

The built-in metrics each have their cues (``bot.ingest.cues``); a metric a curator added to
the vocabulary is recognised by its own labels in the article's language
(``bot.ingest.added_metrics``).
"""

from __future__ import annotations

from storage.metrics import Direction, Vocabulary

__all__ = ["choose_metric", "flow_countries"]


def choose_metric(cues: set[str], *, has_destination: bool, has_origin: bool) -> str | None:
    """The metric the cues say a figure counts; None when they say it is no fact to propose.

    Specific cues win over the general ones: "applied for asylum after crossing" is asylum.
    """
    if "asylum" in cues and "deport" in cues and not cues & {"apply", "register"}:
        # "denied asylum in Germany and sent back to Tbilisi", "rejected asylum seekers
        # were deported": the figure counts people sent away.
        return "deported"
    if "asylum" in cues and "register" in cues and "apply" not in cues:
        # "статус біженця отримали 540 українців", "granted asylum": registered, not applied.
        return "refugees_registered"
    if "asylum" in cues and "return" in cues and "apply" not in cues:
        # "баспана алудан бас тартылған 15 отандасымыз елге оралды", "denied asylum, 40
        # went home": the figure counts people who returned.
        return "returned"
    if "refuse_entry" in cues and "apply" not in cues:
        # "refused entry to 300 asylum seekers": turned away, whoever they were.
        return "entry_refused"
    if "asylum" in cues:
        return "asylum_applications"
    if "refugee" in cues and "apply" in cues and not cues & {"enter", "return", "leave"}:
        # "подали заяви на тимчасовий захист": temporary protection is a registration,
        # applied for or granted.
        return "refugees_registered"
    moves = {"enter", "leave", "flee", "return", "deport", "cross", "register"}
    moves |= {"refuse_exit", "refuse_entry"}
    if "asylum_seekers" in cues and ("apply" in cues or not cues & moves):
        # "4,907 asylum seekers walked into Quebec" entered; "2,000 asylum seekers applied"
        # (or a bare count of them) applied.
        return "asylum_applications"
    if "citizenship" in cues and "apply" in cues:
        return "citizenship_applications"
    if "refuse_entry" in cues:
        # "refused entry" holds "entry", and "were refused entry and sent back" counts the
        # refusal: no move cue outweighs it.
        return "entry_refused"
    if "crossings" in cues and "refuse_exit" in cues and "both_ways" not in cues:
        # "guards have prevented 13,500 illegal crossings": crossings that did not happen.
        return "exit_refused"
    if "crossings" in cues and not cues & {"enter", "leave", "flee", "return", "deport"}:
        # "immigration officers recorded nearly 4,000 crossings": counted, not registered.
        return "crossings"
    # "expelled 19 Kazakh citizens who broke registration rules": the rules are registration's,
    # the figure deportation's.
    if "deport" in cues and "refugee" not in cues:
        return "deported"
    # "came home and got kandas status" is a return; "arrived and registered" a registration;
    # "получили отказ в выезде" (got a refusal to leave) a refusal.
    left_alone = {"enter", "return", "leave", "refuse_exit"}
    if "register" in cues and "refugee" not in cues and not cues & left_alone:
        # "щодня в країні реєструються 150 українців": people registered in a country.
        return "refugees_registered"
    if "register" in cues and ("refugee" in cues or ("enter" in cues and "return" not in cues)):
        return "refugees_registered"
    if "refuse_exit" in cues:
        return "exit_refused"
    if "deport" in cues:
        return "deported"
    if "return" in cues:
        return "returned"
    moved = cues & {"enter", "leave", "flee"}
    # "600 people pass the checkpoint in both directions a day" crossed, whatever the verb.
    if ("crossings" in cues and not moved) or "both_ways" in cues:
        return "crossings"
    if "enter" in cues and "leave" not in cues:
        return "entered"
    if "leave" in cues and "enter" not in cues:
        return "left"
    if moved or "cross" in cues:
        # "fled to Bangladesh", "crossed into Finland": into the country named; "fled Sudan":
        # out of it.
        if has_destination:
            return "entered"
        if has_origin:
            # "crossed from South Sudan", "переходят из Южного Судана": arrivals from it, as
            # curators of the tuning articles read them (6 of 6), into wherever the story is.
            return "left" if moved else "entered"
        return "entered" if "enter" in cues or "cross" in cues else None
    # Last: "since the start of mobilisation, 53,000 entered" is about the entering.
    if "mobilise" in cues:
        return "mobilisation_ceiling" if "allow" in cues else "mobilisation_target"
    return None


def flow_countries(
    metric: str,
    vocabulary: Vocabulary,
    *,
    into: str | None,
    out_of: str | None,
    named: str | None,
) -> tuple[str | None, str | None]:
    """(origin, destination) of a figure: ``into`` and ``out_of`` are the countries named with
    a direction ("to Georgia", "from Russia", "Қазақстанға"); ``named`` one named without one,
    which is the country entered, left, or applied to, as the metric's direction says."""
    direction = vocabulary.direction(metric)
    if direction is Direction.OUT:
        return out_of or named, into
    return out_of, into or named
