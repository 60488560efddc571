"""Asked yes or no whether they took a step ("Did you check the shortage with anyone else?"),
a reply that opens by saying they did not ("No. It was in the trade press…") costs every
criterion what an evaded ask costs, and the review says why in its own words
(`criteria.DECLINED`). A reply that goes on to the step taken instead ("No, but I rang two
other installers"), a yes, and an ask of another kind are read as before."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.ingest import parse_input
from roundtable.scoring.criteria import DECLINED, EVADED_POINTS, untold_penalty

OPENING = (
    "Interviewer: Tell me about a time you delivered an important project.\n\n"
    "Candidate: I was site manager on a 48-unit housing scheme with a fixed handover date and "
    "damages of £4,000 a week. I ran weekly meetings with the trades and walked the site every "
    "morning. The window installer told us the frames would be seven weeks late, so I "
    "re-baselined the programme with the client and we handed over a week after the new "
    "date.\n\n"
)


def _analysis(ask: str, reply: str):  # type: ignore[no-untyped-def]
    submission = parse_input(OPENING + f"Interviewer: {ask}\n\nCandidate: {reply}\n")
    return analyze(submission.answer, [(a.at, a.text) for a in submission.asks])


@pytest.mark.parametrize(("ask", "reply"), [
    ("Did you check the shortage with anyone else?",
     "No. It was in the trade press that there were supply issues that year, so it made sense."),
    ("Did you talk to the installer's supplier directly at any point?",
     "Not really. The installer had always been reliable for us."),
    ("Did you measure what the delay cost the trades?",
     "We didn't, it was a busy time and everyone was stretched."),
    ("So did you raise it with the client's surveyor?",
     "Honestly, no. I thought the programme spoke for itself."),
    # the yes-or-no ask after what it is about
    ("What about the trades themselves — did you talk to them about the knock-on?",
     "Not directly. The contracts manager handled that conversation."),
])
def test_a_step_asked_about_and_not_taken_costs_the_criteria(ask: str, reply: str) -> None:
    analysis = _analysis(ask, reply)
    assert analysis.declined == 1
    points, why = untold_penalty(analysis)
    assert points >= EVADED_POINTS
    assert why is not None and DECLINED in why


@pytest.mark.parametrize(("ask", "reply"), [
    # the step taken instead
    ("Did you check the shortage with anyone else?",
     "No, but I rang two other installers and both quoted the same lead time."),
    # a yes
    ("Did you check the shortage with anyone else?",
     "Yes, I rang their supplier in Poland and got the shipping dates in writing."),
    # an ask of another kind: what came of it, not a step
    ("What did the client say about the damages?",
     "No complaints: they agreed a six-week extension given the supply issue."),
    # an ask for how, with "did you" inside it, is no yes-or-no ask
    ("How did you decide which trades to move first?",
     "Not by the programme alone: I walked the site with each foreman."),
    # whether the thing came to be is counted elsewhere (`came_to_nothing`)
    ("Did it ever get signed off?", "Not in the end. The client changed surveyors."),
])
def test_other_replies_are_not(ask: str, reply: str) -> None:
    assert _analysis(ask, reply).declined == 0
