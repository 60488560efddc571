"""A point dropped at the first "no", in the candidate's own words, is the escalation
criterion's floor anchor, however well the first raising of it is told."""

from __future__ import annotations

import pytest

import roundtable
from roundtable.evidence.analysis import analyze

OPENING = ("My manager, Ines, wanted to outsource the billing rewrite to an agency. I thought it "
           "would cost twice as much over two years, and I told her so in our 1:1. She said the "
           "budget was already signed off. ")
ENDING = " We signed with the agency, and the rewrite went live in March."


@pytest.mark.parametrize(("middle", "dropped"), [
    # two steps of pressing the point, told as not taken
    ("I didn't escalate it, and I never brought it up with her again.", True),
    ("I didn't push back after that. I never put the numbers together either.", True),
    ("I did not take it to the steering group and I didn't follow up.", True),
    # one may be a way chosen, and not going around her is pressing it well
    ("I didn't escalate; I went back to her a week later with the two-year costs.", False),
    ("I didn't go over her head and I didn't go around her.", False),
    # …and pressing it later answers the denials
    ("I didn't escalate at first and I didn't push back in the meeting, but a month later I "
     "took it to the finance director with her.", False),
    # someone else's denials are theirs
    ("She didn't escalate it and she never brought it up with finance.", False),
])
def test_a_point_dropped_is_told_by_more_than_one_step_not_taken(
        middle: str, dropped: bool) -> None:
    assert analyze(OPENING + middle + ENDING).no_further == dropped


def _escalation(answer: str) -> int:
    review = roundtable.review(answer, competency="have-backbone")
    return next(c.score for c in review.scores.criteria if c.id == "escalation")


@pytest.mark.parametrize("middle", [
    "I didn't escalate it, and I never brought it up with her again.",
    "I didn't push back after that. I never put the numbers together either.",
])
def test_dropping_the_point_costs_the_escalation_criterion(middle: str) -> None:
    # told without the denials, the same story's mention of her as manager earns a 3
    assert _escalation(OPENING + ENDING) == 3
    assert _escalation(OPENING + middle + ENDING) <= 2
