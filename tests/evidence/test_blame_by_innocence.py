"""Blame in polite words: a late or failed project put down to the others by saying the teller's
own side did everything right ("which was a shame, because the kitchen had done everything
right"). Before, a conflict answer that blamed a colleague this way raised no red flag at all."""

from __future__ import annotations

import pytest

import roundtable
from roundtable.evidence.analysis import analyze


@pytest.mark.parametrize("answer", [
    "Our buyer kept changing the order at the last minute. In the end the shop opened two weeks "
    "late, which was a pity, because the fit-out crew had done everything right.",
    "The launch slipped a month, even though our engineers did everything by the book.",
])
def test_the_others_blamed_through_their_own_sides_innocence(answer: str) -> None:
    assert any(f.kind == "blame" for f in analyze(answer).flags)


@pytest.mark.parametrize("answer", [
    "We did everything right on the second attempt, and the audit passed.",
    "I checked that the night team had done everything right before I signed the log.",
])
def test_doing_it_right_is_no_blame_on_its_own(answer: str) -> None:
    assert not any(f.kind == "blame" for f in analyze(answer).flags)


def test_the_flag_costs_the_conflict_answer() -> None:
    told = ("On my last team a designer often changed the designs late in the sprint. I raised "
            "it in the retro twice, but nothing changed. In the end the project was delivered "
            "late, which was a shame because the development side had done everything right.")
    review = roundtable.review(told, competency="conflict")
    assert any(f.kind == "blame" for f in review.flags)
