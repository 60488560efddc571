"""A disagreement told in second-language English is read as one: "I was not agree" is the
teller's objection, "I called again and I said that I am worried" raises it, and "after, the
manager said to me thank you" tells how the relationship stood. Before, a story told so read as
no disagreement, nothing raised and no relationship afterwards, and was scored Strong No Hire."""

from __future__ import annotations

import pytest

import roundtable
from roundtable.evidence.analysis import analyze

STORY = (
    "I am working as warehouse team leader since three years. One day the manager said we load "
    "the truck without the last check, because the driver is late. I was not agree, because "
    "two pallets had wrong labels the week before and the customer send them back. I called "
    "him again and I said the numbers from last week and that I am worried, and I asked for "
    "ten minutes more. He was not happy but he said okay. We found one pallet with the wrong "
    "label and we changed it. After, the manager said to me thank you, and now we always do "
    "the check.")


@pytest.mark.parametrize(("kind", "words"), [
    ("disagreement", "I was not agree"),
    ("raised", "I called him again and I said the numbers"),
    ("relationship", "After, the manager said to me thank you"),
])
def test_each_part_of_the_disagreement_is_found(kind: str, words: str) -> None:
    analysis = analyze(STORY)
    assert any(e.kind == kind and words in e.quote for e in analysis.evidence), kind


def test_such_a_story_is_not_scored_as_no_story() -> None:
    review = roundtable.review(STORY, competency="have-backbone")
    scores = {c.id: c.score for c in review.scores.criteria}
    assert scores["the-disagreement"] >= 3 and scores["how-raised"] >= 2, scores
    assert scores["relationship"] >= 3, scores
    assert review.verdict.vote != "strong_no_hire"


@pytest.mark.parametrize(("near_miss", "kind"), [
    ("The client said thank you for nothing and cancelled the order.", "relationship"),
    ("The date was not agreed until Friday, so I booked the van.", "disagreement"),
])
def test_near_misses_are_not_read_so(near_miss: str, kind: str) -> None:
    assert kind not in {e.kind for e in analyze(near_miss).evidence}
