"""The teller's job, told in the present as a story opens, is the scene, not a step: "So, I run
the front desk at a dental practice" credits no criterion of acting, and a review never quotes
it as what the candidate did."""

from __future__ import annotations

import pytest

import roundtable
from roundtable.evidence.analysis import analyze
from roundtable.evidence.credit import introduces_self

STORY = (
    "So, I run the front desk at a dental practice. Couple of years back our booking system "
    "crashed on a Monday morning, and we had forty patients booked and no way to see who was "
    "coming. I grab the paper diary from last week's printout and I ring every patient for that "
    "day myself to confirm their time. By eleven we're running almost on time, and only two "
    "patients had to be moved.")


def _role(answer: str, opening: str) -> str:
    return next(c.role for c in analyze(answer).clauses if c.text.startswith(opening))


@pytest.mark.parametrize(("answer", "opening", "role"), [
    (STORY, "So, I run the front desk", "situation"),
    ("I manage a small print shop, and last spring a big order came back smudged. I reprinted "
     "it overnight at my own cost.", "I manage a small print shop", "situation"),
    ("I work as dispatcher in a parcel company. One Friday the van for the north route broke "
     "down, so I split its parcels across two other drivers.", "I work as dispatcher",
     "situation"),
    # near misses: a step told in the present, and the teller's part in what followed
    ("So I call the supplier and I ask for the delivery by noon. They bring it at eleven.",
     "So I call the supplier", "action"),
    ("Our invoices kept going out late. I own it end to end now, and none has been late since.",
     "I own it end to end", "action"),
])
def test_the_tellers_job_is_the_scene(answer: str, opening: str, role: str) -> None:
    assert _role(answer, opening) == role


def test_a_review_never_quotes_the_tellers_job_as_a_step() -> None:
    for panel in ("product-trio", "engineering-loop", "hiring-manager"):
        review = roundtable.review(STORY, competency="bias-for-action", panel=panel)
        for criterion in review.scores.criteria:
            assert all("front desk" not in e.quote for e in criterion.evidence), criterion.id
        for signal in review.signals:
            assert "front desk" not in signal.reason_to_hire, signal.reason_to_hire


@pytest.mark.parametrize(("answer", "introduced"), [
    ("In my last company I was responsible for the marketing events budget. The budget was cut "
     "in half, so I compared the cost per lead of every event.", True),
    ("At my previous job, I was in charge of the returns desk. One week the returns doubled.",
     True),
    # without the job named first, the remit may be the task the story is about
    ("I was responsible for the migration, and it was three weeks late when I took it over.",
     False),
])
def test_a_remit_after_the_job_is_named_introduces_the_teller(answer: str,
                                                             introduced: bool) -> None:
    first = analyze(answer).clauses[0]
    assert introduces_self(first) is introduced


def test_a_job_recalled_as_when_the_story_was_introduces_the_teller() -> None:
    answer = ("Um, yeah, so the one that comes to mind is from when I was a shift supervisor at "
              "a call centre. A customer had called three times about a wrong bill, so I stayed "
              "on the line until we had his meter reading.")
    clause = next(c for c in analyze(answer).clauses if c.text.startswith("when I was"))
    assert introduces_self(clause)
    later = next(c for c in analyze(answer).clauses if "stayed on the line" in c.text)
    assert not introduces_self(later)
