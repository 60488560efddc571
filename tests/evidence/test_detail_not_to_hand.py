"""A detail the interviewer asks for and the candidate does not have ("Which version was it?"
answered "16-something. I'd have to check.") costs every criterion EVADED_POINTS, up to
NAMED_POINTS with the other asks left unanswered (issue 8, "Robust to voice": a fluent weak
answer is never called Hire). Only a reply to an ask counts: told unasked, "I'd have to check"
was as often in an average answer as in a weak one on the tuned parts of the unseen sets."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.ingest import parse_input
from roundtable.scoring.criteria import EVADED_POINTS, NOT_TO_HAND, untold_penalty

OPENING = (
    "Interviewer: Tell me about a time you got into the details of a problem.\n\n"
    "Candidate: I run the analytics for an online homewares shop. Checkout conversion fell 8% "
    "in a fortnight. I split the drop by device and browser and it was all on one phone "
    "system version, so I pulled the session logs for those users and found the payment page "
    "timing out. I wrote it up for the developers with the logs, and they fixed the script the "
    "same week; conversion was back within two days.\n\n"
)


def _analysis(ask: str, reply: str):  # type: ignore[no-untyped-def]
    submission = parse_input(OPENING + f"Interviewer: {ask}\n\nCandidate: {reply}\n")
    return analyze(submission.answer, [(a.at, a.text) for a in submission.asks])


@pytest.mark.parametrize(("ask", "reply"), [
    ("Which version was it?", "One of the point releases. 16-something. I'd have to check."),
    ("How much revenue was lost?", "Six figures, I want to say. I don't have the exact number."),
    ("What was the timeout set to?", "You'd have to ask the developers, they set it."),
    ("Which page was slowest?", "I can't remember which one it was, to be honest."),
])
def test_a_detail_asked_for_and_not_to_hand_costs_the_criteria(ask: str, reply: str) -> None:
    analysis = _analysis(ask, reply)
    assert analysis.not_to_hand == 1
    points, why = untold_penalty(analysis)
    assert points >= EVADED_POINTS and why == NOT_TO_HAND


@pytest.mark.parametrize(("ask", "reply"), [
    ("What was the specific version?", "16.4.1. It only hit that one because of a WebKit bug."),
    ("How much revenue was lost?", "About £140,000 over the fortnight, by our finance model."),
])
def test_a_detail_given_costs_nothing(ask: str, reply: str) -> None:
    assert _analysis(ask, reply).not_to_hand == 0


def test_an_ask_for_a_step_left_untold_is_counted_once() -> None:
    analysis = _analysis("What did you do specifically?", "I'd have to check my notes.")
    assert (analysis.evaded, analysis.not_to_hand) == (1, 0)


def test_a_gap_told_unasked_is_not_counted() -> None:
    analysis = analyze("Conversion went up, I think about 20%, I'd have to check, and the cost "
                       "per order went down.")
    assert analysis.not_to_hand == 0
