"""/chart COUNTRY: a PNG of a country's flows over time, each point labelled as reported.

Figures are plotted as points, never joined into a line: a daily count and a running total
are different measures, and a line would suggest they add up. A period's figure is drawn
across its period. Every point carries its figure with its qualifier ("more than 200,000"),
and the caption cites each plotted fact. matplotlib is imported only here, when drawing.
"""

from __future__ import annotations

import html
import io
from collections.abc import Sequence
from dataclasses import dataclass

from bot.language.words import Words
from bot.render.formatting import format_figure, format_period
from bot.render.timelines import short_citation
from storage.models import Fact

__all__ = ["CAPTION_LIMIT", "Chart", "chart_caption", "draw_flows"]

# Telegram's limit for a photo's caption, after entity parsing.
CAPTION_LIMIT = 1024
# Fewer plotted figures than this make no chart worth drawing.
MIN_POINTS = 2


@dataclass(frozen=True)
class Chart:
    """A drawn chart: the PNG and its caption (HTML)."""

    png: bytes
    caption: str


def chart_caption(code: str, facts: Sequence[Fact], command: str, words: Words) -> str:
    """The caption: each plotted figure with its source and date, cut to fit 1,024 characters."""
    head = words.say("<b>Flows of people: {country}</b>", country=html.escape(words.country(code)))
    lines: list[str] = []
    shown_command = html.escape(command)
    for shown, fact in enumerate(facts):
        assert fact.figure is not None  # noqa: S101 - only figures are plotted
        values = {
            "id": fact.id,
            "figure": html.escape(format_figure(fact.figure, words)),
            "period": html.escape(format_period(fact, words)),
            "source": short_citation(fact.citation, words),
        }
        if fact.destination == code:
            line = words.say("#{id} into: {figure}, {period} ({source})", **values)
        else:
            line = words.say("#{id} out of: {figure}, {period} ({source})", **values)
        rest = len(facts) - shown - 1
        more = _more(rest, shown_command, words) if rest else ""
        candidate = "\n".join([head, *lines, line, more])
        if len(html.unescape(candidate)) > CAPTION_LIMIT:
            return "\n".join([head, *lines, _more(len(facts) - shown, shown_command, words)])
        lines.append(line)
    return "\n".join([head, *lines])


def _more(count: int, command: str, words: Words) -> str:
    return words.plural(
        "…and {count} more: {command}", "…and {count} more: {command}", count, command=command
    )


def draw_flows(code: str, flows: Sequence[Fact], command: str, words: Words) -> Chart | None:
    """A chart of the flows with figures into and out of ``code``; None if too few to draw."""
    plotted = [fact for fact in flows if fact.figure is not None]
    if len(plotted) < MIN_POINTS:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(8, 4.5), dpi=100)
    try:
        for fact in plotted:
            assert fact.figure is not None  # noqa: S101 - filtered above
            inbound = fact.destination == code
            colour, marker = ("tab:blue", "o") if inbound else ("tab:red", "s")
            # matplotlib's date numbers; its stubs leave date2num untyped.
            day = float(mdates.date2num(fact.sort_date))  # type: ignore[no-untyped-call]
            start = float(mdates.date2num(fact.period_start or fact.sort_date))  # type: ignore[no-untyped-call]
            if start != day:
                axes.plot([start, day], [fact.figure.value] * 2, color=colour, lw=1)
            if fact.figure.high is not None:
                axes.vlines(day, fact.figure.value, fact.figure.high, color=colour)
            axes.plot([day], [fact.figure.value], marker=marker, color=colour)
            axes.annotate(
                f"{format_figure(fact.figure, words)} (#{fact.id})",
                (day, fact.figure.value),
                textcoords="offset points",
                xytext=(4, 6),
                fontsize=8,
                color=colour,
            )
        axes.set_title(
            words.say(
                "Flows of people: {country} (blue: into, red: out of)",
                country=words.country(code),
            )
        )
        axes.set_ylabel(words.say("people, as reported"))
        axes.set_ylim(bottom=0)
        # Room for the labels of the newest points.
        axes.margins(x=0.15)
        axes.yaxis.set_major_formatter(
            matplotlib.ticker.FuncFormatter(lambda value, _: words.number(round(value)))
        )
        axes.xaxis.set_major_formatter(
            matplotlib.ticker.FuncFormatter(
                lambda value, _: words.date(mdates.num2date(value).date())  # type: ignore[no-untyped-call]
            )
        )
        figure.autofmt_xdate()
        figure.tight_layout()
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
    finally:
        plt.close(figure)
    return Chart(png=buffer.getvalue(), caption=chart_caption(code, plotted, command, words))
