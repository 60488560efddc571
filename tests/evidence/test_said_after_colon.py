"""Words after a reporting frame's colon are the speaker's to the end of the sentence, as a
quote's are, however a note leaves out their subject: "Manager said: drivers are the problem,
start disciplinary reviews" gives the manager's instruction, no step of the candidate's. And
the reviews a workplace holds of its people are no customer feedback."""

from __future__ import annotations

import pytest

import roundtable
from roundtable.evidence.analysis import analyze

NOTES = (
    "- Ops analyst, regional bus company\n"
    "- Complaint volume about late buses doubled in Q3\n"
    "- Manager said: drivers are the problem, start disciplinary reviews\n"
    "- I wasn't convinced. Pulled GPS logs for 6 weeks\n"
    "- 70% of late departures = 3 routes, all through the new roadworks on the ring road\n"
    "- Showed manager the map + numbers; suggested retiming those 3 routes instead\n"
    "- He agreed to a 4-week trial\n"
    "- Late departures on those routes down from 31% to 9%; complaints back to Q2 level\n")


def _clause(answer: str, opening: str):  # type: ignore[no-untyped-def]
    return next(c for c in analyze(answer).clauses if c.text.startswith(opening))


@pytest.mark.parametrize(("answer", "opening", "owner", "reported"), [
    (NOTES, "start disciplinary reviews", "other", True),
    ("- Site manager said: stop the line, check every seal\n- Rang the supplier",
     "check every seal", "other", True),
    # near misses: the story taken up again in the sentence, and in the next one
    ("- Site manager said: stop the line, and then I called the supplier myself\n- Rang them",
     "and then I called the supplier", "candidate", False),
    ("He said: wait a week. I went ahead anyway.", "I went ahead", "candidate", False),
])
def test_words_after_a_colon_are_the_speakers(answer: str, opening: str, owner: str,
                                               reported: bool) -> None:
    clause = _clause(answer, opening)
    assert (clause.owner, clause.reported) == (owner, reported)


@pytest.mark.parametrize(("text", "found"), [
    ("He told us to start disciplinary reviews for the drivers.", False),
    ("I ran weekly code reviews with the team.", False),
    ("Our online reviews went from 3.9 to 4.6 stars.", True),
])
def test_reviews_are_customer_feedback_only_when_customers_wrote_them(text: str,
                                                                       found: bool) -> None:
    assert ("customer_feedback" in {e.kind for e in analyze(text).evidence}) is found


def test_the_managers_instruction_is_never_the_candidates_grounds() -> None:
    for panel in ("product-trio", "engineering-loop", "hiring-manager"):
        review = roundtable.review(NOTES, competency="have-backbone", panel=panel)
        grounds = next(c for c in review.scores.criteria if c.id == "grounds")
        assert all("disciplinary" not in e.quote for e in grounds.evidence)
        for turn in review.rounds[0].turns:
            assert "drivers are the problem" not in turn.text.split("My concern")[0], turn.text
