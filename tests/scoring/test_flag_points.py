"""A conduct red flag costs the overall score of a panelist whose lens weighs it, on top of the
criteria it lowers, and the vote is still read off the score by the one rule.

The boundaries are checked by hand-computable arithmetic: an even criterion mean, minus
FLAG_POINTS per conduct flag the lens weighs; a flag the lens does not weigh, or a story flag,
costs nothing here (story flags already lower every criterion).
"""

from __future__ import annotations

import pytest

import roundtable
from roundtable.catalog.loader import get_competency, get_panel
from roundtable.catalog.schema import Persona
from roundtable.evidence.kinds import CONDUCT_FLAGS, FLAG_FAMILIES
from roundtable.ingest import parse_input
from roundtable.models import CriterionScore
from roundtable.pipeline import prepare
from roundtable.scoring import verdict_from
from roundtable.scoring.panel import (
    FLAG_POINTS,
    assess,
    flag_cost,
    flag_points,
    lens_score,
    vote_for,
    weighs_flag,
)

COMPETENCY = get_competency("frugality")


def persona(lens: dict[str, float]) -> Persona:
    base = get_panel("product-trio").personas[0]
    return base.model_copy(update={"lens": lens, "strictness": 0.0})


PEOPLE = persona({"people": 2.0})
"""Weighs people: sole_credit, contempt, dismissive and steamroll bear on it."""
NEUTRAL = persona({})


def even(mean: float) -> dict[str, int]:
    """Criterion scores whose plain mean is `mean` (a multiple of 1/6: six criteria)."""
    ids = [c.id for c in COMPETENCY.criteria]
    low = int(mean)
    share = round((mean - low) * len(ids))
    return {cid: low + 1 if i < share else low for i, cid in enumerate(ids)}


def test_a_lens_weighs_a_flag_when_it_weighs_one_of_its_families_above_neutral() -> None:
    assert weighs_flag(PEOPLE, "sole_credit")
    assert not weighs_flag(PEOPLE, "never_fail")  # reflection, ownership, judgment
    assert not weighs_flag(persona({"people": 1.0}), "sole_credit")
    assert not weighs_flag(NEUTRAL, "blame")


@pytest.mark.parametrize("flag", sorted(CONDUCT_FLAGS))
def test_each_conduct_flag_costs_a_panelist_who_weighs_it(flag: str) -> None:
    keen = persona({FLAG_FAMILIES[flag][0]: 1.5})
    assert flag_points(keen, {flag}) == FLAG_POINTS
    assert flag_points(NEUTRAL, {flag}) == 0.0


def test_story_flags_cost_nothing_here() -> None:
    everything = persona({f: 2.0 for f in FLAG_FAMILIES["no_story"]})
    assert flag_points(everything, {"hypothetical", "no_story", "prompt_injection"}) == 0.0


def test_flags_add_up_once_each() -> None:
    assert flag_points(PEOPLE, ["sole_credit", "sole_credit", "steamroll"]) == 2 * FLAG_POINTS


@pytest.mark.parametrize(("mean", "flags", "score", "vote"), [
    (21 / 6, (), 3.5, "hire"),
    (21 / 6, ("sole_credit",), 3.0, "hire"),        # exactly on the hire line
    (20 / 6, ("sole_credit",), 2.83, "no_hire"),    # a sixth under it
    (4.0, ("sole_credit",), 3.5, "hire"),           # one flag in a strong story still hires
    (4.0, ("sole_credit", "steamroll"), 3.0, "hire"),
    (23 / 6, ("sole_credit", "steamroll"), 2.83, "no_hire"),
    (27 / 6, ("sole_credit", "steamroll"), 3.5, "hire"),
    (26 / 6, ("sole_credit",), 3.83, "hire"),
    (27 / 6, ("sole_credit",), 4.0, "hire"),
    (28 / 6, ("sole_credit",), 4.17, "strong_hire"),  # shown as 4.2, the strong-hire line
    (21 / 6, ("never_fail",), 3.5, "hire"),         # a flag the lens does not weigh
    (1.5, ("sole_credit", "steamroll", "contempt"), 1.0, "strong_no_hire"),  # the scale's floor
])
def test_flag_points_at_the_vote_boundaries(mean: float, flags: tuple[str, ...], score: float,
                                            vote: str) -> None:
    criteria = even(mean)
    assert sum(criteria.values()) / len(criteria) == pytest.approx(mean)
    got = lens_score(PEOPLE, COMPETENCY, criteria, 0.0, flags)
    assert got == pytest.approx(score)
    assert vote_for(got) == vote


def test_assess_takes_the_answers_flags() -> None:
    criteria = even(3.5)
    rows = [CriterionScore(id=cid, name=cid, score=s, rationale="") for cid, s in criteria.items()]
    assert assess(PEOPLE, COMPETENCY, rows).vote == "hire"
    assert assess(PEOPLE, COMPETENCY, rows, flags={"steamroll"}).score == 3.0
    assert assess(PEOPLE, COMPETENCY, rows, flags={"steamroll", "dismissive"}).vote == "no_hire"


SAVING = (
    "Last year our cloud bill for the analytics cluster had grown to $40,000 a month with no "
    "budget for more, and my director asked me to cut it without slowing the nightly reports. I "
    "pulled three months of usage data and found that half the nodes sat idle between 8pm and "
    "6am. {flags}Instead of buying reserved capacity, I reused the scheduler we already had: I "
    "moved the batch jobs to spot instances and scaled the cluster down at night. I kept the "
    "morning dashboards on regular nodes, because a late report would cost the sales team more "
    "than we saved. I checked the report timings every morning for two weeks and none of them "
    "ran late. The bill dropped to $26,000 a month, a saving of about $170,000 a year. What I "
    "learned is to look at idle capacity first, before buying anything new."
)
FLAGGED = ("Honestly, I did all the real work on this; the rest of the team just watched. The "
           "platform lead wanted to wait for the quarterly review, so I went over his head to the "
           "VP and got it approved before he could object. ")


def test_a_saving_told_with_sole_credit_and_steamroll_is_not_a_hire() -> None:
    """Frugality has no criterion in the families steamroll bears on: the flag still costs."""
    question = "Tell me about a time you saved money."
    clean = roundtable.review(SAVING.format(flags=""), competency="frugality", question=question)
    flagged = roundtable.review(SAVING.format(flags=FLAGGED), competency="frugality",
                                question=question)
    assert clean.verdict.vote == "hire" and not clean.flags
    assert {f.kind for f in flagged.flags} == {"sole_credit", "steamroll"}
    assert flagged.verdict.vote in ("no_hire", "strong_no_hire")


def test_the_rubrics_full_reading_counts_the_flags_too() -> None:
    """The reading before deliberation (the evaluation's "full reading", and the floor no
    panelist may rise above when the answer addresses the reviewer) takes the same flag costs:
    no panel that saw every line would hire the saving told with sole credit and a steamroll."""
    question = "Tell me about a time you saved money."
    for panel in ("product-trio", "engineering-loop", "hiring-manager"):
        clean, _ = prepare(parse_input(SAVING.format(flags=""), question=question), "frugality",
                           panel)
        flagged, _ = prepare(parse_input(SAVING.format(flags=FLAGGED), question=question),
                             "frugality", panel)
        assert verdict_from(clean.assessments).vote == "hire", panel
        assert verdict_from(flagged.assessments).vote in ("no_hire", "strong_no_hire"), panel


@pytest.mark.parametrize(("mean", "flags", "cost"), [
    (3.5, ("sole_credit",), 0.5),
    (1.5, ("sole_credit", "steamroll"), 0.5),  # spared by the floor of the scale
    (1.0, ("sole_credit",), 0.0),
    (3.5, ("never_fail",), 0.0),               # a flag the lens does not weigh
])
def test_the_cost_said_is_the_cost_taken(mean: float, flags: tuple[str, ...], cost: float) -> None:
    assert flag_cost(PEOPLE, COMPETENCY, even(mean), 0.0, flags) == cost
