"""A line that holds the candidate's step and someone else's clause: credit for what only the
other clause tells is caught ("and my manager said the team's trust in me had grown" is her word,
not trust that grew), and credit for what the candidate's or their team's own step tells is not
(a "we" step beside her view is still the team's step)."""

from __future__ import annotations

from story_answers import TOLD, rewrite

import roundtable
from roundtable.models import Review
from roundtable.synthesis.claims import check_review


def _rules(review: Review, where: str) -> set[str]:
    return {v.rule for v in check_review(review) if v.where == where}


def test_trust_that_only_a_managers_praise_tells_is_no_credit_beside_a_step() -> None:
    line = ("I set up a weekly review with her and walked her through each estimate against "
            "actuals, and my manager said that the team's trust in me had grown.")
    answer = ("We had a new product owner, Jenna, who didn't trust our estimates. "
              f"{line} After two months Jenna dropped the daily status requests.")
    review = roundtable.review(answer, competency="earn-trust")
    assert check_review(review) == []
    text = f"There is also “{line}”, which puts evidence that trust grew at 4 of 5."
    assert "score_without_support" in _rules(rewrite(review, "rounds[0].turns[0]", text),
                                             "rounds[0].turns[0]")


def test_the_teams_step_beside_her_view_is_credit_for_the_grounds_it_shows() -> None:
    line = ("She was sure two weeks was enough, so we asked her for a 1:1 and showed her the "
            "cohort numbers.")
    answer = TOLD.replace("I asked her for a 1:1 and showed her the cohort numbers, and she "
                          "agreed to keep four weeks.", line)
    assert line in answer
    review = roundtable.review(answer, competency="have-backbone")
    text = f"There is also “{line}”, which puts grounds for disagreeing at 4 of 5."
    assert "score_without_support" not in _rules(
        rewrite(review, "rounds[0].turns[0]", text), "rounds[0].turns[0]")
    # The same score on the scene alone, her view and no step, is still caught.
    scene = "Last spring my manager wanted to cut the pilot from six weeks to two."
    text = f"There is also “{scene}”, which puts grounds for disagreeing at 4 of 5."
    assert "score_without_support" in _rules(rewrite(review, "rounds[0].turns[0]", text),
                                             "rounds[0].turns[0]")
