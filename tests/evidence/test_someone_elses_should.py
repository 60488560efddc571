"""What someone else should have done is no lesson of the teller's: "we went through what he
should have checked first" is feedback given to him, "they should have told us" is about them.
Read as the teller's reflection, the first was quoted as "they drew a lesson from it". The
teller's own "I should have asked sooner" is still a lesson."""

from __future__ import annotations

import pytest
from one_clause import clause_starting

import roundtable

STORY = (
    "Our newest dispatcher, Tomasz, wanted to move into planning but had never built a route "
    "plan. I gave him the Friday routes for the north depot so he'd own something real, and I "
    "checked his plan with him each Thursday. The second week he sent a van out overloaded, "
    "and I sat down with him and we went through what he should have checked before signing "
    "it off. By the spring he was planning three depots on his own, and in June he moved into "
    "the planning team.")


@pytest.mark.parametrize(("answer", "opening", "role"), [
    (STORY, "and we went through", "action"),
    ("The supplier missed the slot. They should have told us on Monday.", "They should have",
     "action"),
    ("She said the figures were late. Looking back, I should have asked for them sooner.",
     "Looking back", "reflection"),
    ("I should have asked for the figures sooner.", "I should have", "reflection"),
])
def test_only_the_tellers_own_should_have_is_a_lesson(answer: str, opening: str,
                                                      role: str) -> None:
    assert clause_starting(answer, opening).role == role


def test_feedback_and_a_handed_over_area_are_credited_as_such() -> None:
    review = roundtable.review(STORY, competency="hire-and-develop-the-best")
    scores = {c.id: c for c in review.scores.criteria}
    assert any("went through what he should have checked" in e.quote
               for e in scores["candid-feedback"].evidence)
    assert any("so he'd own something" in e.quote for e in scores["room-to-lead"].evidence)
    assert not any("should have checked" in e.quote
                   for e in scores["developer-reflection"].evidence)
    for signal in review.signals:
        assert "drew a lesson" not in signal.reason_to_hire
