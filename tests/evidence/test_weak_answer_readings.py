"""What weak answers say in place of a story, read for what it is.

A weak answer often closes on the candidate's verdict on themselves ("I think it showed I stay
calm"), and pads a step with the time it cost or with "I also started". Each rule is shown on
both sides: the wording it now reads, and the nearby wording where the old reading stays right.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import appraises_self, read_answer
from roundtable.evidence.text import sentences

FLOOD = ("A pipe burst above our archive room on a Sunday. I moved the boxes on the bottom "
         "shelves to the meeting room and called the facilities contractor. ")


def clause(answer: str, starts: str):  # type: ignore[no-untyped-def]
    return next(c for c in read_answer(sentences(answer)) if c.text.strip().startswith(starts))


@pytest.mark.parametrize("verdict", [
    "I think it showed that I keep a cool head when things go wrong.",
    "Honestly I feel I proved I can adapt when the plan falls apart.",
    "That proved I'm the one people turn to in a crisis.",
])
def test_a_verdict_on_oneself_is_told_outside_the_story(verdict: str) -> None:
    said = clause(FLOOD + verdict, verdict[:12])
    assert said.role == "other"
    assert appraises_self(said)
    # It is a claim about oneself, and the trait it names earns no credit as a step told.
    found = analyze(FLOOD + verdict)
    last = found.sentences[-1]
    assert "generic_claim" in last.kinds
    assert not [e for e in found.evidence if e.sentence == last.index
                and e.kind in ("adaptation", "ownership", "wellbeing") and e.strength > 0]


@pytest.mark.parametrize("owned", [
    # what the story showed them is a lesson...
    "I think it showed me that I should have moved the boxes on Friday.",
    # ...and what it showed they had done owns a miss: neither is a verdict on themselves
    "The insurer's report showed I had left the drain cover off.",
    "I think it showed that I had ignored the damp patch for weeks.",
])
def test_what_the_story_showed_about_a_miss_or_a_lesson_is_no_verdict(owned: str) -> None:
    said = clause(FLOOD + owned, owned[:12])
    assert not appraises_self(said)
    assert said.role != "other"


TILL = ("The till at our shop kept printing the wrong VAT on receipts, and customers were "
        "complaining. I rang the supplier and they sent a patch. ")


def test_the_time_a_step_cost_is_no_outcome_and_no_bond() -> None:
    story = TILL + ("I checked every receipt by hand before it went out, which took me an extra "
                    "half hour a day. The patch fixed it after a week.")
    cost = clause(story, "which took me")
    assert cost.role not in ("result", "relationship")
    found = analyze(story)
    assert not [e for e in found.evidence if e.kind in ("result", "relationship")
                and "half hour" in e.quote]


def test_what_a_step_brought_about_is_still_its_outcome() -> None:
    story = TILL + ("I rewrote the receipt template myself, which cut the complaints to none "
                    "within a week.")
    assert any(e.kind == "result" and "complaints" in e.quote for e in analyze(story).evidence)


def test_a_step_begun_late_in_the_story_is_no_outcome() -> None:
    story = TILL + ("I put a sign by the till telling customers to ask for a corrected copy. The "
                    "patch took a week to arrive. I also started, to be safe, checking the first "
                    "receipt of every shift myself.")
    begun = [e for e in analyze(story).evidence if e.kind == "result" and "checking" in e.quote]
    assert not begun
    # Others' trouble that eased is how the story came out.
    eased = TILL + ("I put a sign by the till telling customers to ask for a corrected copy. The "
                    "patch took a week to arrive. Complaints fell to almost none once it was in.")
    assert any(e.kind == "result" and "Complaints" in e.quote for e in analyze(eased).evidence)
