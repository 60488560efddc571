"""An interviewer's ask for who did the story's work, answered with someone else's name (issue
8, "Robust to voice": a fluent weak answer is never called Hire). "Who found the tracking
discrepancy?" answered "That was Marcus, one of our data analysts." gives away the step the
story told as the candidate's, and costs every criterion; answered "Me." or with the candidate's
part beside a colleague's, nothing is lost. An ask about whom the candidate dealt with ("Who
did you raise it with?") or who was right is not an ask for who did the work."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import Analysis, analyze
from roundtable.ingest import parse_input
from roundtable.scoring.criteria import EVADED_POINTS, NAMED_POINTS, untold_penalty

OPENING = (
    "Interviewer: Tell me about a time you found the real cause of a problem.\n\n"
    "Candidate: Complaints about late orders at our depot doubled in a month. I went through "
    "the scan logs and found that one loading bay's scanner was dropping events. We replaced it "
    "and the complaints went back to normal within two weeks.\n\n"
)


def _analysis(*turns: tuple[str, str]) -> Analysis:
    text = OPENING + "".join(f"Interviewer: {ask}\n\nCandidate: {reply}\n\n"
                             for ask, reply in turns)
    submission = parse_input(text)
    return analyze(submission.answer, [(ask.at, ask.text) for ask in submission.asks])


@pytest.mark.parametrize(("ask", "reply"), [
    ("Who found the scanner fault?", "That was Priya, one of the shift supervisors."),
    ("Who actually spotted the dropped events?",
     "I think that came from one of the night leads, it might have been Sam."),
    ("Who pulled the scan logs?", "I'd say our systems analyst, he has the access."),
    ("Tell me more about the logs, who pulled them?",
     "Our systems analyst, he's the one with access to that."),
    ("Who came up with replacing the scanner?", "Mainly Elena, my deputy, she'd seen it before."),
    ("Who diagnosed it in the end?", "The vendor's engineer. He came out on the Tuesday."),
    ("So what actually got the depot to replace it?",
     "My boss, the regional manager, raised it with the vendor and they agreed to swap it."),
    ("What finally convinced them?", "Priya, she took the logs to the ops meeting."),
    ("Who decided to look at the scanner?", "That was Priya's call really."),
    ("And the new scanning plan, whose design was that?",
     "That was — I mean, it came out of the group. Priya had run something like it before."),
    ("Whose idea was it to swap the scanner?", "Priya's, she'd seen it at her last site."),
])
def test_someone_else_named_for_the_work_is_the_work_handed_over(ask: str, reply: str) -> None:
    analysis = _analysis((ask, reply))
    assert analysis.handed == 1
    points, why = untold_penalty(analysis)
    assert points == EVADED_POINTS
    assert why == "asked who did the work, the reply names someone else"


@pytest.mark.parametrize(("ask", "reply"), [
    ("Who found the scanner fault?", "Me. I was the only one reading the logs that week."),
    ("Who found the scanner fault?", "It was my call to pull the logs, and I found it."),
    ("Who found the scanner fault?", "Priya and I, over two night shifts."),
    ("Who found the scanner fault?", "We did, the two of us on nights."),
    ("Who did you raise it with?", "With the depot manager and then with the vendor."),
    ("Who was right in the end?", "She was, on the timing."),
    ("Who else was involved?", "The shift supervisors and the vendor."),
    ("And the new scanning plan, whose design was that?",
     "Mine. I mean, Priya helped with the rota, but I drew it up."),
    ("How long did it take?", "That was Priya's estimate, about a fortnight."),
    # what did it, answered with a reason rather than a person
    ("So what actually got the depot to replace it?", "The logs. Nobody could argue with them."),
    ("What convinced them?", "Seeing the dropped scans side by side with the complaints."),
])
def test_the_candidates_own_part_or_another_ask_hands_nothing_over(ask: str, reply: str) -> None:
    assert _analysis((ask, reply)).handed == 0


def test_each_ask_handed_over_costs_more_up_to_the_whole() -> None:
    analysis = _analysis(("Who found the fault?", "That was Priya."),
                         ("Who fixed it?", "The vendor's engineer."),
                         ("Who wrote the new check?", "Sam, our analyst."))
    assert analysis.handed == 3
    assert untold_penalty(analysis)[0] == NAMED_POINTS


def test_the_work_handed_over_lowers_the_review() -> None:
    from roundtable import review

    own = OPENING + "Interviewer: Who found the scanner fault?\n\nCandidate: Me, on the Monday.\n"
    other = OPENING + ("Interviewer: Who found the scanner fault?\n\nCandidate: That was Priya, "
                       "one of the shift supervisors.\n")
    assert (review(other, competency="dive-deep").scores.overall
            < review(own, competency="dive-deep").scores.overall)


def test_the_work_handed_over_takes_a_story_over_the_line_under_it() -> None:
    from roundtable import review
    from roundtable.scoring.criteria import HIRE_LINE

    own = OPENING + "Interviewer: Who found the scanner fault?\n\nCandidate: Me, on the Monday.\n"
    other = OPENING + ("Interviewer: Who found the scanner fault?\n\nCandidate: That was Priya, "
                       "one of the shift supervisors.\n")
    assert review(own, competency="dive-deep").scores.overall >= HIRE_LINE
    assert review(other, competency="dive-deep").scores.overall < HIRE_LINE
