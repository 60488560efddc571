"""The other side's aim, asked about and found out, is understanding them, not the outcome:
"I asked what she was trying to achieve, and it turned out marketing had given her a sign-up
target" credits understanding the other side, and "it turned out…" there is why things stood as
they did. Before, the line was quoted as "there is an outcome" and the panel asked "what was the
other person trying to achieve?" right after quoting it. Part of each side's way kept ("we kept
guest checkout but added a sign-up prompt") is a resolution."""

from __future__ import annotations

import pytest

import roundtable
from roundtable.evidence.analysis import analyze

STORY = (
    "Our head chef, Tomasz, and I kept clashing about the lunch menu. He wanted to add six new "
    "dishes; I thought the kitchen could not keep up at lunch. Instead of arguing at the "
    "briefing, I asked what he was trying to achieve, and it turned out the owner had given him "
    "a target of ten percent more lunch covers. So we trialled two new dishes for three weeks "
    "and tracked ticket times. Ticket times held under twelve minutes and covers rose eight "
    "percent, and we kept the short menu but added the two dishes for good. He asked me to look "
    "over his autumn menu before he showed the owner.")


def test_what_was_found_out_is_why_not_what_came_of_it() -> None:
    clause = next(c for c in analyze(STORY).clauses if "turned out" in c.text)
    assert clause.role == "grounds"


@pytest.mark.parametrize(("text", "role"), [
    ("She went ahead, and it turned out fine, better than I had expected.", "result"),
    ("It turned out kind of mixed: lead volume went up but quality fell.", "result"),
    ("We switched suppliers, and it turned out the new one cut our waste by 30%.", "result"),
    # a bare "it turned out" takes the role of the clause it introduces
    ("I rebuilt the rota in March. It turned out that the new rota cut overtime by half.",
     "result"),
    ("I reopened the ticket. It turned out the session expired whenever the phone switched "
     "masts.", "grounds"),
])
def test_how_it_turned_out_is_still_an_outcome(text: str, role: str) -> None:
    clause = next(c for c in analyze(text).clauses if "turned out" in c.text)
    assert clause.role == role, text


def test_the_other_sides_aim_and_the_shared_way_are_credited() -> None:
    review = roundtable.review(STORY, competency="conflict")
    scores = {c.id: c for c in review.scores.criteria}
    assert scores["their-perspective"].score >= 4, scores["their-perspective"]
    assert scores["resolution"].score >= 3, scores["resolution"]
    assert not any("turned out" in e.quote for e in scores["outcome"].evidence)
