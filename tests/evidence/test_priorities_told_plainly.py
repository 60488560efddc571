"""A prioritisation story told in plain words earns the rubric's middle and top anchors: demands
falling due together against few hands ("two inspections and an upgrade all fell due in the same
week, and there were only three of us"), each option set out on the same measures ("for each
launch the revenue at risk…"), business riding on one ("a signed deal that depended on it"),
and the rest given a later place ("agreed a new date", "put the rest on the roadmap for Q3").
Before, such a story was scored No Hire at 2.8 with "the story ends with something still
pending" although it told the deferred work shipped."""

from __future__ import annotations

import pytest

import roundtable

PHARMACY = (
    "I run the outpatient pharmacy at a regional hospital. Last winter two inspections and a "
    "system upgrade all fell due in the same week, and there were only three of us on the team. "
    "For each one I listed the date, what happened if we missed it and who had asked for it. "
    "The controlled-drugs inspection carried a fine and a licence risk, while the internal "
    "audit could move. I called the audit lead, explained the clash and agreed a new date two "
    "weeks later; she was not thrilled but accepted it. We passed the inspection with no "
    "findings, the upgrade went in on Thursday, and the audit was done on the new date.")
AGENCY = (
    "Situation: our agency had four client campaigns due in the same month and two designers. "
    "Task: as account lead I had to decide the order. Action: I wrote down for each client the "
    "revenue at risk, the launch date in their contract and the design hours needed. The "
    "retailer's renewal depended on their campaign going out by the 10th; the charity had no "
    "fixed date. I told the charity's director on the Monday, and I put the rest on the "
    "backlog for the next month with a date. Result: the retailer's campaign went out on the "
    "9th, they renewed for two years, and the charity's campaign went out on the 28th.")


@pytest.mark.parametrize(("answer", "floors"), [
    (PHARMACY, {"competing-demands": 4, "grounds-for-choice": 3, "saying-no": 4}),
    (AGENCY, {"competing-demands": 4, "grounds-for-choice": 4, "customer-value": 4,
              "saying-no": 3}),
])
def test_a_plain_prioritisation_story_reaches_its_anchors(answer: str,
                                                          floors: dict[str, int]) -> None:
    review = roundtable.review(answer, competency="prioritization")
    scores = {c.id: c.score for c in review.scores.criteria}
    assert all(scores[cid] >= floor for cid, floor in floors.items()), scores
    assert review.verdict.vote in ("hire", "strong_hire"), review.verdict
    assert not any("still pending" in c.rationale for c in review.scores.criteria)
