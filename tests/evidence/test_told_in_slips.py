"""A short telling in a second language: a step in the present next to a slip of the verb is
told, not a habit, where too little is told to say whether the answer is a story."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


def _mode(answer: str, clause: str) -> str:
    return next(c.mode for c in analyze(answer).clauses if c.text.startswith(clause))


@pytest.mark.parametrize(("answer", "clause", "mode"), [
    # the sentence after a slip ("was not agree", "he say") tells a step…
    ("My manager was not agree with the plan. I show him the numbers from March.",
     "I show him", "fact"),
    ("Nobody was agree with me. I explain the risk in the meeting.", "I explain", "fact"),
    # …and so does the sentence that slips ("I take decision")
    ("I take decision to close the line for one hour.", "I take decision", "fact"),
    # a slip two sentences back says nothing of this one
    ("My manager was not agree with the plan. It was a long week for everyone. I show him the "
     "numbers from March.", "I show him", "habitual"),
    # what the teller does now, or whenever something happens, stays a habit
    ("The customer say the app is slow. Now if the server is down, I call the vendor first.",
     "I call the vendor", "habitual"),
    ("The client want the report on Monday. I always propose a shorter version.",
     "I always propose", "habitual"),
])
def test_a_step_next_to_a_slip_is_told(answer: str, clause: str, mode: str) -> None:
    assert _mode(answer, clause) == mode
