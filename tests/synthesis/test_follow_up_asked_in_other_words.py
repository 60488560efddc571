"""A follow-up that puts a criterion's own question to a line already answering it is caught
however the question is closed: run on into a request of its own ("…that moment, in a sentence
or two?") it still asks what the line tells. Put to a line that does not tell it, it is fair."""

from __future__ import annotations

import pytest

from roundtable.models import Review
from roundtable.synthesis.claims import check_review

RAISED = "I asked her for a 1:1 and showed her the cohort numbers"
SCENE = "Last spring my manager wanted to cut the pilot from six weeks to two."
ASK = "How did you raise it, and why did you choose that way and that moment"


def _asking(told: Review, question: str) -> set[str]:
    data = told.model_dump()
    data["follow_ups"] = [{"panelist": told.panel[0].id, "question": question,
                           "criterion": "how-raised"}]
    return {v.rule for v in check_review(Review.model_validate(data))
            if v.where == "follow_ups[0]"}


@pytest.mark.parametrize("closing", ["?", ", in a sentence or two?", ". Walk me through it."])
def test_the_criterions_own_question_of_a_line_that_tells_it_is_caught(
        told: Review, closing: str) -> None:
    assert "asks_for_told" in _asking(told, f"When you said “{RAISED}”: {ASK}{closing}")


@pytest.mark.parametrize("closing", ["?", ", in a sentence or two?"])
def test_the_same_question_of_the_opening_scene_is_fair(told: Review, closing: str) -> None:
    assert "asks_for_told" not in _asking(told, f"When you said “{SCENE}”: {ASK}{closing}")
