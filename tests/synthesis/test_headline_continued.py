"""A headline that joins the candidate's step to an outcome that opened its own sentence keeps
that outcome's acronyms and names as the answer writes them ("and SSO shipped", never "and sSO
shipped"), lower-cases an ordinary first word, and drops a second-language "In the end of the
year" whole rather than leaving "of the year the team had…"."""

from __future__ import annotations

import pytest

import roundtable

OPENING = ("Three launches were due in the same quarter and we had four engineers. I wrote down "
           "for each launch the revenue at risk and the engineering estimate. ")


@pytest.mark.parametrize(("outcome", "said"), [
    ("SSO shipped on 28 February and the deal closed.", "and SSO shipped on 28 February"),
    ("In the end of the year we had 10 percent more sign-ups than the year before.",
     "and the team had 10 percent more sign-ups"),
    ("By the end of the quarter we had shipped all three.", "and the team had shipped all three"),
    ("Sign-ups rose by a fifth within a month.", "and sign-ups rose by a fifth"),
])
def test_the_outcome_continues_the_headline_as_the_answer_writes_it(outcome: str,
                                                                     said: str) -> None:
    headline = roundtable.review(OPENING + outcome, competency="prioritization").headline
    assert said in headline, headline
    assert " of the year" not in headline


def test_a_name_that_opens_the_outcome_keeps_its_capital() -> None:
    answer = ("Our two biggest clients wanted their reports on the same day and I had one "
              "analyst, Marta. I wrote down for each client the revenue at risk and the hours "
              "each report needed. I asked the second client for two more days. Marta "
              "delivered both reports on Friday and both clients renewed.")
    headline = roundtable.review(answer, competency="prioritization").headline
    assert "and Marta delivered both reports" in headline, headline
