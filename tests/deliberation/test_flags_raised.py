"""A red flag is raised in the debate even when the criteria it bears on are already at 1."""

from __future__ import annotations

import pytest

import roundtable

SOLE_CREDIT = (
    "My team was building a new onboarding flow and honestly I did most of the work. The "
    "designer was slow and the other engineer kept making mistakes, so I just rewrote his parts "
    "myself at night. We shipped on time because of me. My manager said it was the best launch "
    "of the quarter. I think the lesson is that sometimes you have to carry the team."
)


@pytest.mark.parametrize("panel", ["product-trio", "engineering-loop", "hiring-manager"])
def test_sole_credit_is_raised_on_an_answer_with_nothing_to_lower(panel: str) -> None:
    review = roundtable.review(SOLE_CREDIT, competency="teamwork", panel=panel)
    opening = review.rounds[0].turns
    raised = [t for t in opening if "takes the credit for what a team did" in t.text]
    assert len(raised) == 1
    # Nothing was left to lower, so the turn does not claim the flag cost a point.
    assert "weighs against" in raised[0].text
