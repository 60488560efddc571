"""What came of a story, asked for and not told (issue 8, "Robust to voice": a fluent weak
answer is never called Hire). "Did any part of it get built?" answered "Not formally" leaves
the outcome untold however well the pitch is put, and costs the results criteria; a pitch only
well received, a case projected, a potential or an addressable market is no outcome either."""

from __future__ import annotations

import pytest

from roundtable.catalog.loader import get_competency
from roundtable.evidence.analysis import analyze
from roundtable.evidence.asked import asks_for_outcome
from roundtable.ingest import parse_input
from roundtable.scoring.criteria import NOTHING_CAME, WITHHELD, score_criteria

OPENING = (
    "Interviewer: Tell me about a time you proposed something bigger than people expected.\n\n"
    "Candidate: I ran the parts counter at a tractor dealer. I drew up a plan to stock parts "
    "for the three farms that kept waiting a week for them, and I took it to the owner.\n\n"
)


def _analysis(ask: str, reply: str):  # type: ignore[no-untyped-def]
    submission = parse_input(OPENING + f"Interviewer: {ask}\n\nCandidate: {reply}\n")
    return analyze(submission.answer, [(a.at, a.text) for a in submission.asks])


@pytest.mark.parametrize("ask", [
    "What was the actual result?",
    "Did any part of it get built or tested?",
    "Has it launched?",
    "How did it turn out?",
    "Did it work?",
])
def test_asks_for_an_outcome(ask: str) -> None:
    assert asks_for_outcome(ask)


@pytest.mark.parametrize("ask", ["What happened next?", "How did the owner take it?",
                                 "What did you do first?"])
def test_other_asks_are_not(ask: str) -> None:
    assert not asks_for_outcome(ask)


@pytest.mark.parametrize("reply", [
    "Not formally. There were some conversations, but it didn't progress before I moved on.",
    "The owner was very excited about it and it's now one of our priorities for next year.",
    "The business case projects a 20% rise in parts sales, which translates into about "
    "£90,000 a year.",
])
def test_an_outcome_asked_for_and_not_told_is_withheld(reply: str) -> None:
    analysis = _analysis("Did any part of it get built?", reply)
    assert analysis.withheld == 1
    results = [s for s in score_criteria(analysis, get_competency("think-big"))
               if s.id == "scale-of-outcome"]
    assert WITHHELD in results[0].rationale


@pytest.mark.parametrize("reply", [
    "Yes. We stocked 140 lines for those farms, and their wait went from a week to same day.",
    "It did. By the spring the three farms were buying all their filters from us.",
])
def test_an_outcome_told_is_an_answer(reply: str) -> None:
    assert _analysis("Did any part of it get built?", reply).withheld == 0


def test_a_reply_to_another_ask_withholds_nothing() -> None:
    assert _analysis("How did the owner take it?", "Not formally, I suppose.").withheld == 0


def test_the_customer_in_a_title_or_a_creed_is_no_customer_and_one_lady_is() -> None:
    creed = analyze("Customer obsession is at the heart of everything I do. As Head of "
                    "Customer Experience I championed a customer-back approach.")
    assert not creed.has("customer")
    lady = analyze("One old lady, maybe 80, come in with her feet swollen.")
    assert lady.has("customer")


@pytest.mark.parametrize(("ask", "reply"), [
    ("Was any of it built?", "Not in the end. It went on the roadmap as a horizon-three item, "
     "and then the priority became profitability."),
    ("Did it ever launch?", "No. The owner liked it and it went into next year's budget plan."),
    ("Has the new rota gone live?", "Not yet, it's with the area manager and should go live "
     "in spring."),
])
def test_asked_whether_it_came_to_be_and_told_it_did_not(ask: str, reply: str) -> None:
    analysis = _analysis(ask, reply)
    assert analysis.came_to_nothing + analysis.withheld == 1
    results = [s for s in score_criteria(analysis, get_competency("think-big"))
               if s.id == "scale-of-outcome"]
    assert NOTHING_CAME in results[0].rationale or WITHHELD in results[0].rationale


@pytest.mark.parametrize(("ask", "reply"), [
    # a step that did not work first time is no thing that never came to be
    ("Did it work first time?", "No. The labels were too small, so I reprinted them and the "
     "next week they passed."),
    ("Was any of it built?", "Yes, we stocked 140 lines and the farms' wait went to same day."),
    ("Did the strike happen?", "No, we settled it the night before and the depot stayed open."),
])
def test_a_reply_that_tells_it_came_to_be_is_no_denial(ask: str, reply: str) -> None:
    assert _analysis(ask, reply).came_to_nothing == 0
