"""In a story told in the past, what someone says of the candidate in the present ("My manager
says | I go to her with everything") is their word about a way the candidate has, not a step of
the story told in the present: it stays a habit, reported, and is never read as something done."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


@pytest.mark.parametrize(("said", "words"), [
    ("My manager says I go to her with everything.", "I go to her with everything."),
    ("My lead says I ask for help too late.", "I ask for help too late."),
    ("Her boss says I talk to him more than she does.", "I talk to him more than she does."),
])
def test_what_someone_says_the_candidate_does_is_no_step_told_in_the_present(
        said: str, words: str) -> None:
    answer = (f"Last month our release slipped by a week. {said} I found a race in the test "
              "fixture and fixed it.")
    [clause] = [c for c in analyze(answer).clauses if c.text == words]
    assert (clause.reported, clause.mode, clause.narrated) == (True, "habitual", False)
