"""A Kazakh people's word right after a figure written in words is the people counted, as it
is after digits: "он екі қазақстандықты ... депортацияладық" deported twelve Kazakh citizens
(read alone, "қазақстандықты Камрань әуежайы" looked like a Kazakh airport). Phrasings written
for these tests (twenty-seventh session)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.ingest.reading import read_article

APRIL_30 = date(2024, 4, 30)


@pytest.mark.parametrize(
    "text",
    [
        "Өткен айда ғана он екі қазақстандықты Камрань әуежайы арқылы депортацияладық, – деді "
        "полиция.",
        "Өткен айда ғана 12 қазақстандықты Камрань әуежайы арқылы депортацияладық, – деді "
        "полиция.",
    ],
)
def test_a_peoples_word_after_a_figure_in_words_is_the_people_counted(text: str) -> None:
    (candidate,) = read_article(text, "kk", APRIL_30).candidates
    assert (candidate.figure.value, candidate.metric) == (12, "deported")
    assert candidate.citizenship == "KAZ"
    assert candidate.origin != "KAZ"
