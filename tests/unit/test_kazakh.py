"""The Kazakh suffix stripper, and Kazakh typed with and without its own letters."""

from __future__ import annotations

import pytest

from bot.language.kazakh import kazakh_stems
from bot.language.lemmas import forms
from bot.language.text import fold, kazakh_fold


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("Қазақстанға", "казакстан"),  # dative: into
        ("Қазақстаннан", "казакстан"),  # ablative: out of
        ("ресейлік", "ресей"),  # "-лік": of Russia, Russian
        ("ресейліктер", "ресейлик"),
        ("кірді", "кир"),
        ("шықты", "шык"),
        ("кетті", "кет"),
        ("азаматтығына", "азаматтык"),  # citizenship, its voiced "ғ" read back as "қ"
        ("азаматы", "азамат"),  # citizen
        ("жібермеді", "жиберме"),  # did not let go
        ("ұстамаймыз", "уста"),  # will not catch
        ("қашқандарды", "каш"),
        ("запастағы", "запас"),
        ("казакстанга", "казакстан"),  # typed on a Russian keyboard
        ("Бұқарестен", "букарест"),  # "-тен" merged with the name's own "т"
        ("Бұқаресттен", "букарест"),
        ("Тбилисиден", "тбилиси"),
    ],
)  # fmt: skip
def test_stems(word: str, stem: str):
    assert stem in kazakh_stems(kazakh_fold(fold(word)))


def test_stems_run_longest_first_and_never_shorter_than_three_letters():
    stems = kazakh_stems(kazakh_fold("азаматтығына"))
    assert list(stems) == sorted(stems, key=len, reverse=True)
    assert all(len(stem) >= 3 for stem in stems)


def test_a_kazakh_word_is_not_read_with_russian_s_dictionary():
    # "Қытай": Russian's dictionary knows no word with "ы" after "қ"; a guess at one by
    # analogy would only add keys that are no word.
    read = forms("қытайдан", "kk")
    assert "кытай" in read.keys
    assert "қытайдан" in read.keys
    assert not read.known
    assert not read.name


def test_a_russian_word_in_kazakh_text_keeps_its_russian_reading():
    # Kazakh news borrows Russian words ("мобилизация"): their dictionary forms still count.
    read = forms("мобилизации", "kk")
    assert "мобилизация" in read.keys
    assert read.known
