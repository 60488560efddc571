"""The words a review names as behind how an answer is told (`telling.leaning_words`): only
words that lean at least `_EXAMPLE_LEAN` the asked way, of four letters or more, at most three,
the most leaning first, spelled as the answer spells them; and which sentences count as
specific among the telling model's measures. A vocabulary and answers written for these tests.
"""

from __future__ import annotations

import math

from roundtable.evidence.analysis import analyze
from roundtable.scoring.telling import FEATURES, Judged, features, leaning_words

ANSWER = analyze("The Prep cook was annoyed. I put the times on the prep sheet, and the cook kept "
                 "to it for a month.")


def test_the_words_leaning_most_towards_strong_answers_are_named() -> None:
    vocabulary = {"sheet": 1.2, "annoyed": 0.1, "cook": -0.7, "put": 2.0, "month": 0.5}
    # "put" leans most but is short; "annoyed" leans too little to name.
    assert leaning_words(ANSWER, vocabulary, down=False) == ["sheet", "month"]


def test_the_words_leaning_towards_weak_answers_are_named_when_it_leans_down() -> None:
    vocabulary = {"sheet": 1.2, "cook": -0.7, "annoyed": -0.49, "times": -2.0}
    assert leaning_words(ANSWER, vocabulary, down=True) == ["times", "cook"]


def test_at_most_three_are_named_spelled_as_the_answer_spells_them() -> None:
    vocabulary = {"sheet": 1.2, "prep": 0.9, "month": 0.6, "kept": 0.55, "annoyed": 0.5}
    assert leaning_words(ANSWER, vocabulary, down=False) == ["sheet", "Prep", "month"]


def test_only_sentences_with_a_number_a_date_or_a_name_count_as_specific() -> None:
    story = analyze("Our invoicing run failed every Friday. I traced it to a timeout and raised it "
                    "from 30 to 90 seconds in March. I also wrote a runbook for the team.")
    measures = dict(zip(FEATURES, features(story, Judged()), strict=True))
    assert measures["specific"] == math.log1p(2)
