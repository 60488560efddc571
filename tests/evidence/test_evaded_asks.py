"""An interviewer's ask for a step of the candidate's own, answered with none (issue 8, "Robust
to voice": a fluent weak answer is never called Hire). "Can you give me a specific thing you did?"
answered "It was really about resetting the culture" leaves the candidate's part untold however
well it is put, and costs every criterion; answered with a step told as done, nothing is lost.
"What did you do differently?" asks what was done, not for a lesson."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.asked import about, asks_for_steps
from roundtable.ingest import parse_input
from roundtable.scoring.criteria import EVADED_POINTS, untold_penalty

OPENING = (
    "Interviewer: Tell me about a time you turned around a team's results.\n\n"
    "Candidate: I took over a regional support team whose first-response time had slipped to "
    "two days. I moved two agents onto the morning queue and rebuilt the triage rota myself. "
    "Within a quarter first response was down to four hours.\n\n"
)
EVASIONS = [
    "It was really about resetting the culture and bringing a sharper focus on the customer.",
    "Honestly it was a team effort, and there was a lot of energy once everyone was aligned.",
    "The first month was very much about listening and understanding the landscape.",
]
STEPS = [
    "I sat with each agent for an hour and wrote down where the tickets stalled.",
    "I moved the weekly review to Monday mornings and chaired it myself.",
]


def _analysis(follow_up: str, reply: str):  # type: ignore[no-untyped-def]
    submission = parse_input(OPENING + f"Interviewer: {follow_up}\n\nCandidate: {reply}\n")
    return analyze(submission.answer, [(ask.at, ask.text) for ask in submission.asks])


@pytest.mark.parametrize("ask", [
    "Can you give me a specific thing you did in the first month?",
    "What did you change?",
    "Walk me through what you did.",
    "When did you last speak to a customer yourself?",
])
def test_asks_for_a_step(ask: str) -> None:
    assert asks_for_steps(ask)


@pytest.mark.parametrize("ask", ["How did the team take it?", "What would you do differently?",
                                 "What was the outcome?",
                                 # what was wrong, however pressed, wants the problem told
                                 "What was the issue, specifically?",
                                 "So what was the problem exactly?"])
def test_other_asks_are_not(ask: str) -> None:
    assert not asks_for_steps(ask)


def test_what_you_did_differently_is_no_lesson() -> None:
    assert about("What would you do differently next time?") == "reflection"
    assert about("What did you do differently?") is None


@pytest.mark.parametrize("reply", EVASIONS)
def test_a_reply_with_no_step_is_an_ask_evaded(reply: str) -> None:
    analysis = _analysis("Can you give me a specific thing you did?", reply)
    assert analysis.evaded == 1
    points, why = untold_penalty(analysis)
    assert points >= EVADED_POINTS
    assert why == "asked for a step of their own, the reply tells none"


@pytest.mark.parametrize("reply", STEPS)
def test_a_reply_with_a_step_is_an_answer(reply: str) -> None:
    analysis = _analysis("Can you give me a specific thing you did?", reply)
    assert analysis.evaded == 0
    assert untold_penalty(analysis)[0] < EVADED_POINTS


@pytest.mark.parametrize("reply", EVASIONS)
def test_a_reply_to_another_ask_is_no_evasion(reply: str) -> None:
    assert _analysis("How did the team take it?", reply).evaded == 0


def test_a_part_of_their_own_pressed_for_and_handed_to_another_team_is_evaded() -> None:
    analysis = _analysis("When did you last speak to one of those agents yourself?",
                         "Directly? That is more the role of our workforce team, they are "
                         "much closer to the day-to-day.")
    assert analysis.evaded == 1


@pytest.mark.parametrize("reply", [
    "The CFO, I think, and the sales director. I wasn't in that meeting. The CMO handled it. "
    "I heard it was a bit of a battle.",
    "I heard from the area manager that it went fine in the end.",
])
def test_hearsay_of_what_others_did_is_no_step(reply: str) -> None:
    analysis = _analysis("Who was resistant, and what did you do about that?", reply)
    assert analysis.evaded == 1


def test_hearing_someone_out_is_a_step() -> None:
    analysis = _analysis("What did you do about that?",
                         "I heard him out for an hour and then rewrote the rota with him.")
    assert analysis.evaded == 0
