"""Two things a communication story tells in plain words: what the audience said back and what
was changed for it ("two of the drivers said the sheet was too busy, so I split it"), which is
listening; and the trouble named as absent late on ("at the next open evening I had no
complaints about the fees"), which is how it came out. Before, such an answer scored listening
1 of 5, "nothing in the answer earns credit for it", and was asked "what did you hear back from
them, and what did you change because of it?"."""

from __future__ import annotations

import pytest

import roundtable
from roundtable.evidence.analysis import analyze

ANSWER = ("Our nursery changed how it charges for late pick-ups, and parents were upset at the "
          "first open evening because the new fee looked higher. I offered to write a short "
          "letter explaining it. I tried the draft on three parents first, and two of them said "
          "the example was confusing, so I replaced it with a real week's timetable. We sent it "
          "home in the book bags. At the next open evening I had no complaints about the fees.")


def test_the_trouble_named_absent_late_is_the_outcome() -> None:
    clause = next(c for c in analyze(ANSWER).clauses if "no complaints" in c.text)
    assert clause.role == "result"


@pytest.mark.parametrize("panel", ["product-trio", "engineering-loop", "hiring-manager"])
def test_what_was_heard_back_is_credited_and_not_asked_for(panel: str) -> None:
    review = roundtable.review(ANSWER, competency="communication", panel=panel)
    listening = next(c for c in review.scores.criteria if c.id == "listening")
    assert listening.score >= 3 and listening.evidence
    assert not any("what did you hear back" in q.question.lower() and "when you said" not in
                   q.question for q in review.follow_ups)
