"""Asked for one instance ("Is there someone you've developed that you could tell me about?"),
a reply that opens on everyone or on what happens in general ("Generally everyone got the
30-60-90 plan") costs every criterion what an evaded ask costs, and the review says why
(`criteria.GENERALISED`). A reply that tells the one instance, even after a general word later
in it, and an ask of another kind read as before."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.ingest import parse_input
from roundtable.scoring.criteria import EVADED_POINTS, GENERALISED, untold_penalty

OPENING = (
    "Interviewer: Tell me about how you've developed people on your team.\n\n"
    "Candidate: I run a team of nine engineers at a payments company. I rewrote our onboarding "
    "so every new starter ships a small change in their first week, and I hold monthly "
    "one-to-ones on career goals with each of them.\n\n"
    "Interviewer: How did that go?\n\n"
    "Candidate: Well. Two of the nine were promoted within the year.\n\n"
)


def _analysis(ask: str, reply: str):  # type: ignore[no-untyped-def]
    submission = parse_input(OPENING + f"Interviewer: {ask}\n\nCandidate: {reply}\n")
    return analyze(submission.answer, [(a.at, a.text) for a in submission.asks])


@pytest.mark.parametrize(("ask", "reply"), [
    ("Of the nine, is there someone you could tell me about?",
     "Generally everyone got the 30-60-90 plan and a buddy. The team grew a lot that year."),
    ("What's one specific change that came out of it?",
     "There were many. The dashboards gave us visibility, so we could prioritise better."),
    ("Is there one person in particular from that team?",
     "Honestly, everyone on the team gets the same thing from me: direct, kind and early."),
    ("Which one of them grew most, specifically?",
     "In general people grow when they own something real, so that's what I give them."),
])
def test_one_instance_asked_for_and_answered_in_general_costs_the_criteria(
        ask: str, reply: str) -> None:
    analysis = _analysis(ask, reply)
    assert analysis.generalised == 1
    points, why = untold_penalty(analysis)
    assert points >= EVADED_POINTS
    assert why is not None and GENERALISED in why


@pytest.mark.parametrize(("ask", "reply"), [
    # the one person told
    ("Of the nine, is there someone you could tell me about?",
     "Yes, Amira. She froze in code review, so I had her run our Friday review for a month; by "
     "March she was leading the payments migration."),
    # the instance first, the general word after it
    ("What's one specific change that came out of it?",
     "We moved the release check to Mondays. Generally that's held since."),
    # an ask for no single instance
    ("How do you usually develop people?",
     "Generally I give each of them one thing they own outright and review it weekly."),
])
def test_the_instance_told_or_another_ask_costs_nothing(ask: str, reply: str) -> None:
    assert _analysis(ask, reply).generalised == 0
