"""In a terse bullet a step after a comma is the teller's, whoever the part before it names:
"- guy was clueless, didn't bother explaining our pricing to him" tells what the candidate did
not do, not what the guy did not do. In prose a step with no subject shares the one before it."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


@pytest.mark.parametrize(("answer", "step"), [
    ("- Customer called about a late delivery\n- guy was clueless, didn't bother explaining our "
     "pricing to him\n- Lost the account a month later",
     "didn't bother explaining our pricing to him"),
    ("- Supplier missed the Friday slot\n- driver was rude, called his depot manager anyway\n"
     "- Stock arrived Monday", "called his depot manager anyway"),
    ("- Manager was away, rang the client myself\n- Client agreed to wait a day",
     "rang the client myself"),
])
def test_a_step_after_a_comma_in_a_bullet_is_the_tellers(answer: str, step: str) -> None:
    [clause] = [c for c in analyze(answer).clauses if c.text == step]
    assert clause.actor == "candidate"
