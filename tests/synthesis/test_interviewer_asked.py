"""A follow-up the product writes never asks what the interviewer already asked inside the story
and heard answered: asking it again presumes the reply was not heard."""

from __future__ import annotations

import pytest

import roundtable
from roundtable.evidence.asked import topics
from roundtable.ingest import parse_input
from roundtable.models import FollowUp, Review
from roundtable.synthesis.claims import answered_before, check_review

PANELS = ("product-trio", "engineering-loop", "hiring-manager")

BACKBONE = """Interviewer: Tell me about a time you disagreed with a decision your director made.

Candidate: Our director wanted to switch the mobile app to a new payments provider two weeks \
before the holiday sale. I'd run the provider's sandbox the month before and its refunds \
failed about one time in forty, so I wrote up the failures with the logs and asked her for \
thirty minutes.

Interviewer: What was the outcome?

Candidate: She moved the switch to January, and the sale ran on the old provider without a \
single failed refund.

Interviewer: What would you do differently?

Candidate: I'd share the sandbox numbers with her the day I had them instead of waiting for \
a meeting.
"""

FORGOT = BACKBONE[:BACKBONE.rindex("Candidate:")] + "Candidate: Honestly, I don't remember.\n"


def _planted(review: Review, question: str) -> Review:
    planted = FollowUp(panelist=review.panel[0].id, question=question)
    return review.model_copy(update={"follow_ups": [*review.follow_ups, planted]})


def test_the_checker_flags_a_follow_up_the_interviewer_asked_and_heard() -> None:
    review = roundtable.review(BACKBONE, competency="have-backbone", panel="hiring-manager")
    assert review.asks, "the transcript's follow-ups travel with the review"
    for question in ("Looking back, what would you do differently?",
                     "What happened in the end, and how did you measure it?"):
        rules = [v.rule for v in check_review(_planted(review, question))]
        assert "interviewer_asked" in rules, question
    # A question on something the interviewer did not ask is no repeat.
    asked_else = _planted(review, "Who else did you talk to before the meeting?")
    assert "interviewer_asked" not in [v.rule for v in check_review(asked_else)]


def test_an_ask_the_candidate_did_not_answer_may_be_asked_again() -> None:
    submission = parse_input(FORGOT)
    assert "I don't remember" in submission.answer
    assert answered_before("What would you do differently?", submission.asks,
                           submission.answer) is None
    assert answered_before("What was the outcome?", submission.asks,
                           submission.answer) is not None


def test_a_plain_answer_has_nothing_asked_before() -> None:
    plain = parse_input(BACKBONE).answer
    review = roundtable.review(plain, competency="have-backbone", panel="hiring-manager")
    assert not review.asks
    rules = [v.rule for v in check_review(_planted(review, "What would you do differently?"))]
    assert "interviewer_asked" not in rules


@pytest.mark.parametrize("panel", PANELS)
@pytest.mark.parametrize("competency", ["have-backbone", "conflict", "influence"])
def test_the_products_follow_ups_never_repeat_an_answered_ask(panel: str,
                                                              competency: str) -> None:
    review = roundtable.review(BACKBONE, competency=competency, panel=panel)
    for follow_up in review.follow_ups:
        assert not topics(follow_up.question) & {"result", "reflection"}, follow_up.question
    assert [v for v in check_review(review) if v.rule == "interviewer_asked"] == []
