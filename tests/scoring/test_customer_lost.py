"""A customer who left is told against the trust the story claims kept, however politely the
story tells it (the customer-trust criterion's negative cues)."""

from __future__ import annotations

import pytest

from roundtable.catalog import get_competency
from roundtable.evidence.analysis import analyze
from roundtable.scoring.criteria import score_criteria

STORY = ("A dental practice we supplied asked for next-day delivery of a sterilising unit we "
         "did not stock. I rang them the same morning, explained why we could not get it in "
         "time, and sent them the name of a local supplier who could. I called back twice that "
         "week to check they had what they needed. {end}")


def trust(end: str) -> int:
    scores = score_criteria(analyze(STORY.format(end=end)), get_competency("customer-obsession"))
    return next(s.score for s in scores if s.id == "customer-trust")


@pytest.mark.parametrize("left", [
    "They thanked me for being straight with them, but they chose not to renew in the spring.",
    "They thanked me for being straight with them, but they moved to a competitor in the spring.",
])
def test_a_customer_who_left_counts_against_the_trust_claimed(left: str) -> None:
    stayed = "They thanked me for being straight with them, and they stayed on in the spring."
    assert trust(left) < trust(stayed)
