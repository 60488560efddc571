"""An outcome opened by "since then" or "as a result", told after a step of the candidate's,
says what came of that step: the link gives it its hand. Before, a panelist whose lens weighs
ownership read "Since then it hasn't failed once in five months" as "the backdrop of the story
rather than their result", closed wanting "what changed because they took it on", and asked
"what changed because you took this on?" of an answer that had just said."""

from __future__ import annotations

import pytest

import roundtable
from roundtable.deliberation.reading import gather
from roundtable.ingest.transcript import parse_input
from roundtable.pipeline import prepare

ANSWERS = [
    "Our month-end export to the warehouse kept timing out, and nobody really looked after it "
    "since the contractor who built it had gone. I took it on: I split the export into four "
    "smaller jobs and added a retry with an alert to whoever is on call. Since then it has run "
    "clean every month for half a year, and the warehouse stopped ringing us on the first.",
    "The returns desk kept losing parcels between the van and the shelf, and it was nobody's "
    "job to track them. I asked my manager if I could own it, and I set up a scan at the door "
    "and a daily count. As a result we lost two parcels in the next quarter instead of thirty.",
]


@pytest.mark.parametrize("answer", ANSWERS)
def test_an_outcome_linked_to_their_step_has_their_hand(answer: str) -> None:
    case, _ = prepare(parse_input(answer), "ownership")
    evidence = gather(case)
    linked = [f for found in evidence.findings.values() for f in found
              if f.quote.quote.lstrip().startswith(("Since then", "As a result"))]
    assert linked, "the linked outcome is credited"
    assert not any(f.unowned for f in linked)


@pytest.mark.parametrize("panel", ["product-trio", "engineering-loop", "hiring-manager"])
@pytest.mark.parametrize("answer", ANSWERS)
def test_no_panelist_asks_for_the_outcome_it_was_told(answer: str, panel: str) -> None:
    review = roundtable.review(answer, competency="ownership", panel=panel)
    words = [t.text for r in review.rounds for t in r.turns] + [
        q.question for q in review.follow_ups]
    assert not any("backdrop of the story" in w for w in words)
    assert not any("what changed because you took this on" in w for w in words)
    assert not any("I'd want what changed because they took it on" in w for w in words)
