"""What each read command and question answers: store calls in, HTML messages out.

An answer is a list of HTML messages. The Telegram handlers send them; the CLI prints them as
plain text: the same code up to the final rendering.
"""

from bot.answers.catalog import COMMANDS, CURATOR_COMMANDS, Command, help_answer, start_answer
from bot.answers.country import (
    FLOWS_SHOWN,
    chart_answer,
    facts_answer,
    flows_answer,
    timeline_answer,
)
from bot.answers.dispatch import answer_text, paged_answer
from bot.answers.lookup import (
    SEARCH_SHOWN,
    fact_answer,
    history_answer,
    search_answer,
    source_answer,
    sources_answer,
)

__all__ = [
    "COMMANDS",
    "CURATOR_COMMANDS",
    "FLOWS_SHOWN",
    "SEARCH_SHOWN",
    "Command",
    "answer_text",
    "chart_answer",
    "fact_answer",
    "facts_answer",
    "flows_answer",
    "help_answer",
    "history_answer",
    "paged_answer",
    "search_answer",
    "source_answer",
    "sources_answer",
    "start_answer",
    "timeline_answer",
]
