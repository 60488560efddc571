"""Red flags in plain words a round on leaders' answers found (issue 8, red flags in varied
wording). A whole group of people summed up in one breath is contempt: "That's the thing with
bootcamp grads, sometimes they want to work on the shiny stuff", "You know what agency staff are
like", "typical graduates"; things summed up the same way ("that's the problem with spreadsheets,
they break silently") are not. The cost to people told as the price of the plan ("this was the
reality of running lean") waves the harm away. A delay passed off as something else ("I
positioned that to the client as a deliberate extra QA window", "I kept the project at amber
rather than red") hides it from the people it affects."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("That's the thing with bootcamp grads, sometimes they want to work on the shiny stuff.",
     True),
    ("You know what agency staff are like.", True),
    ("Typical graduates, they want everything handed to them.", True),
    ("That's the trouble with new starters, they always think they know better.", True),
    ("That's the problem with spreadsheets, they break silently.", False),
    ("That's the thing with nights, they creep up on you.", False),
    ("For me, that's the thing with customers who come in unhappy or wary.", False),
    ("A typical Monday on the ward starts with twelve admissions.", False),
    ("Our typical customers are small dairy farms with two or three staff.", False),
    ("That's the thing with patients, they don't always tell you about the pain.", False),
    ("Honestly, typical contractors. They never read the brief.", True),
])
def test_a_group_summed_up_is_contempt(sentence: str, flagged: bool) -> None:
    assert ("contempt" in {f.kind for f in analyze(sentence).flags}) is flagged


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("I was very clear with them that this was the reality of running lean.", True),
    ("It's the reality of running a small team.", True),
    ("The reality of running lean is that you plan the rota harder.", False),
    ("Two of them did leave, which was a shame, but I think that's partly the reality of the "
     "fintech market.", True),
    ("That's the reality of the market we sell into, so we priced lower.", False),
    ("Detentions were about 2,300 in the first term, but that's to be expected when you raise "
     "the bar.", True),
    ("The first week the queues were long, but that was just par for the course.", True),
    ("Pick rates dropped about 15% in June, but that's normal with any change.", True),
    ("Scanning is normal with any new system, so we trained for it.", False),
    ("Some delay was to be expected, so I booked the crane for two days.", False),
    ("That's to be expected of a new system, and we planned the extra cover for it.", False),
])
def test_the_cost_to_people_told_as_the_price_of_the_plan(sentence: str, flagged: bool) -> None:
    assert ("dismissive" in {f.kind for f in analyze(sentence).flags}) is flagged


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("We went live four days late, and I positioned that to the client as a deliberate extra "
     "QA window.", True),
    ("In my weekly status updates I kept the project at amber rather than red.", True),
    ("I described the payment work as \"in final testing\".", True),
    ("I presented the change as a planned upgrade, which it was.", False),
    ("I described the work as planned maintenance, which it was.", False),
    ("She described the delay as planned.", False),
])
def test_a_delay_passed_off_as_something_else_is_concealment(sentence: str,
                                                              flagged: bool) -> None:
    assert ("concealment" in {f.kind for f in analyze(sentence).flags}) is flagged
