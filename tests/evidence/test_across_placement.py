"""Where red flags told across sentences are placed, and how far back they look: going around
the owners is quoted at the first step the candidate took, and a cost waved off is one told at
most three sentences before. Sentences written for these tests.
"""

from __future__ import annotations

from roundtable.evidence.across import harm_waved_off
from roundtable.evidence.analysis import analyze
from roundtable.evidence.text import sentences

GONE_AROUND = (
    "I wanted the retry limit cut to three. The data team owns the pipeline config, and they "
    "wanted a design review first. I still had write access from an old project. So I changed "
    "the limit, got a friend on my squad to approve it, and merged it that night. Told the data "
    "team the next morning.")


def test_going_around_the_owners_is_quoted_at_the_first_step_taken() -> None:
    found = [e.at for e in analyze(GONE_AROUND).evidence if e.kind == "steamroll"]
    # Not the access held before it (no step), nor the second step of the list.
    assert found == [GONE_AROUND.index("So I changed")]


WAVED = "But you can't please everyone when it comes to costs."


def _waved(text: str) -> list[int]:
    return [index for index, *_ in harm_waved_off(sentences(text), analyze(text).clauses)]


def test_a_cost_told_in_the_opening_sentence_is_waved_off_in_the_next() -> None:
    assert _waved("A few nurses complained about rashes from the cheaper gloves I ordered. "
                  f"{WAVED}") == [1]


def test_a_cost_waved_off_is_looked_for_three_sentences_back_and_no_further() -> None:
    assert _waved("I ordered the cheaper gloves. A few nurses complained about rashes. I kept "
                  f"the order. Finance was pleased. {WAVED}") == [4]
    assert _waved("A few nurses complained about rashes from the cheaper gloves I ordered. I "
                  f"kept the order. The saving was real. Finance was pleased. {WAVED}") == []


def test_a_step_told_after_the_wave_off_meets_the_cost() -> None:
    assert _waved("A few nurses complained about rashes from the cheaper gloves I ordered. But "
                  "you can't please everyone, so I moved the wipe-down to the quiet hour.") == []
