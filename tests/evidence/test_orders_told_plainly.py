"""A prioritisation told the way people talk it through (issue 8, "Robust to voice"): an order
in a line with no verb ("Insulin first.", "The rest, next day."), work put off in plain words
("who I'd deferred and why", "the rest I held back for the next night"), and the choice put on
record as the candidate's ("a decision I'd made") are evidence of choosing; a slogan ("Safety
first.") and a step that happened first ("I called him first.") are not, and catching up on
what was put off ("I did all the deferred ones") claims no one else's work."""

from __future__ import annotations

import pytest

import roundtable
from roundtable.evidence.analysis import analyze


def _kinds(text: str) -> set[str]:
    return {e.kind for e in analyze(text).evidence if e.strength > 0}


@pytest.mark.parametrize("line", [
    "Insulin first.",
    "Then the leg ulcer, first thing.",
    "The rest, next day.",
    "Bloods first thing.",
    "I texted my lead the list of who I'd deferred and why.",
    "The rest I held back for the next night.",
    "I put the stock count off till Friday.",
    "Next-day guaranteed and the pharmacy parcels first, those have penalties.",
    "I couldn't get everything out, so I sorted the trunks by departure.",
    "Order I took them:",
])
def test_an_order_told_plainly_is_prioritisation(line: str) -> None:
    assert "prioritization" in _kinds(line)


@pytest.mark.parametrize("line", [
    "Safety first.",
    "Patients first, always.",
    "I called him first.",
    "She came in later.",
    "What came next.",
    "It came first, because it was urgent.",
    "We had an order we took from the wholesaler.",
])
def test_a_slogan_or_a_step_is_no_order(line: str) -> None:
    assert "prioritization" not in _kinds(line)


def test_the_choice_put_on_record_as_ones_own_is_owned() -> None:
    assert "ownership" in _kinds("So it was on record as a decision I'd made and not a visit "
                                 "that just got missed.")


@pytest.mark.parametrize("line", ["Next day I did all the deferred ones.",
                                  "On Monday I did all the remaining orders myself."])
def test_catching_up_on_what_was_put_off_claims_no_ones_work(line: str) -> None:
    assert "sole_credit" not in _kinds(line)


TERSE = (
    "Heavy snow and fourteen home visits, and I knew by eight I'd manage eight at most. I sat "
    "in the car with the list. Insulin first, those three can't draw up their own doses. Then "
    "the leg ulcer that had been leaking. The stable checks I phoned instead, with the same "
    "four questions for each. The rest, next day. I texted my lead who I'd deferred and why, "
    "so it was on record as a decision I'd made. All three insulin doses went in within forty "
    "minutes of time, and next day I did all the deferred ones and nobody had gone downhill."
)


def test_a_terse_triage_is_credited_with_its_choices() -> None:
    review = roundtable.review(TERSE, competency="prioritization",
                               question="Tell me about a time you had more to do than time.")
    criteria = {c.id: c for c in review.scores.criteria}
    assert criteria["competing-demands"].score >= 4
    assert criteria["owning-trade-off"].score >= 2
    assert not any(f.kind == "sole_credit" for f in review.flags)


@pytest.mark.parametrize(("clause", "actor"), [
    ("The rest I held back for the next night", "candidate"),
    ("Those I phoned instead", "candidate"),
    ("The others I sent home early", "candidate"),
    # a noun put first is a relative clause: the man is the subject
    ("The man I met was rude", "other"),
])
def test_what_is_left_put_first_is_still_the_candidates_act(clause: str, actor: str) -> None:
    from roundtable.evidence.reading import read_actor

    assert read_actor(clause) == actor
