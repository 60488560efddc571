"""A reply to a follow-up that passes what was asked about to someone else's remit ("Did you
find out why it sagged?" answered "Product issues go to the product team, so that's outside my
remit.") costs every criterion EVADED_POINTS, up to NAMED_POINTS with the other asks left
unanswered, and the review says so in its own words (`criteria.PASSED_ON`), not as a detail
not to hand. Told unasked, "It wasn't my job" opens strong stories as often as weak ones (the
candidate then does it anyway), so only a reply to an ask counts."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.ingest import parse_input
from roundtable.scoring.criteria import EVADED_POINTS, NOT_TO_HAND, PASSED_ON, untold_penalty

OPENING = (
    "Interviewer: Tell me about a time you got to the bottom of a problem.\n\n"
    "Candidate: I lead the customer care team for an online furniture shop. Contacts about "
    "late deliveries doubled in a month. I pulled the tickets, sorted them by courier and "
    "region, and found nearly all of them were parcels marked dispatched but still in our "
    "yard. I took that to the warehouse manager with forty order numbers, and contacts were "
    "back to normal within three weeks.\n\n"
)


def _analysis(ask: str, reply: str):  # type: ignore[no-untyped-def]
    submission = parse_input(OPENING + f"Interviewer: {ask}\n\nCandidate: {reply}\n")
    return analyze(submission.answer, [(a.at, a.text) for a in submission.asks])


@pytest.mark.parametrize(("ask", "reply"), [
    ("Did you find out why they were marked dispatched?",
     "Warehouse systems go to the IT team, so that's outside my remit. I did put it in my "
     "weekly report."),
    ("Do you know why the scanner marked them early?",
     "Something to do with the batch upload, I think. The developers would know the exact "
     "detail."),
    ("Did you look at what it cost the couriers?",
     "That wasn't really my area, I was measuring contacts."),
    ("Did you chase the fix?",
     "I mentioned it to my manager. But it's not really my remit to chase the warehouse."),
])
def test_a_reply_passing_it_to_another_remit_costs_the_criteria(ask: str, reply: str) -> None:
    analysis = _analysis(ask, reply)
    assert (analysis.passed_on, analysis.not_to_hand) == (1, 0)
    points, why = untold_penalty(analysis)
    assert points >= EVADED_POINTS and why == PASSED_ON


@pytest.mark.parametrize(("ask", "reply"), [
    # the cause told, with whose system it was
    ("Did you find out why they were marked dispatched?",
     "Yes: the packers scanned the label at printing, not at loading. It wasn't my area, but I "
     "sat with the warehouse manager and we moved the scan to the dock door."),
    # someone else's knowledge named as where the candidate went, not as a stop
    ("How did you find out?",
     "I asked the night shift lead, who showed me the scanners on the dock."),
])
def test_a_reply_that_answers_is_not_passed_on(ask: str, reply: str) -> None:
    assert _analysis(ask, reply).passed_on == 0


def test_not_my_job_told_unasked_is_not_counted() -> None:
    analysis = analyze("It wasn't my area, the yard belongs to the warehouse team. But nobody "
                       "else had noticed, so I pulled forty order numbers and took them to the "
                       "warehouse manager that afternoon.")
    assert analysis.passed_on == 0


def test_the_why_names_every_reply_that_took_points() -> None:
    """Two replies, two reasons: the rationale names both, not only the last one counted."""
    submission = parse_input(
        OPENING
        + "Interviewer: Did you find out why they were marked dispatched?\n\n"
        "Candidate: Warehouse systems go to the IT team, so that's outside my remit.\n\n"
        "Interviewer: How many orders did it affect in the end?\n\n"
        "Candidate: I'd have to check, I don't have the number to hand.\n")
    analysis = analyze(submission.answer, [(a.at, a.text) for a in submission.asks])
    assert (analysis.passed_on, analysis.not_to_hand) == (1, 1)
    points, why = untold_penalty(analysis)
    assert points == 2 * EVADED_POINTS
    assert why is not None and NOT_TO_HAND in why and PASSED_ON in why
