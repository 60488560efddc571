"""A story whose every step of the candidate's own is named by what it stood for ("I championed a
culture of accountability") rather than told by what was done tells nothing the candidate did,
however good its numbers: every criterion loses NAMED_POINTS."""

from __future__ import annotations

import pytest

import roundtable
from roundtable.evidence.analysis import analyze
from roundtable.evidence.credit import VAGUE_STEP, named_not_told
from roundtable.scoring.criteria import NAMED_POINTS, untold_penalty

POLISHED = (
    "As head of housekeeping at a 200-room hotel I owned our room-readiness numbers, and only "
    "71% of rooms were ready by 3pm check-in. I spearheaded a service transformation and "
    "aligned all stakeholders around a shared vision of a seamless arrival. I fostered a "
    "culture of ownership across the floors. Within a quarter, 94% of rooms were ready on "
    "time and complaints about waiting fell by 40%."
)
# The same story with one step told as it was done.
TOLD = POLISHED.replace(
    "I fostered a culture of ownership across the floors.",
    "I moved two attendants from the morning to a noon shift so the late checkouts were "
    "turned first.")


def test_a_story_of_named_steps_is_penalised() -> None:
    assert untold_penalty(analyze(POLISHED)) == (NAMED_POINTS, "its steps are named, not told")


def test_one_step_told_as_it_was_done_lifts_the_penalty() -> None:
    assert untold_penalty(analyze(TOLD)) == (0.0, None)


@pytest.mark.parametrize("story", [
    # no step of the candidate's at all is the onlooker rule's, not this one
    "Our manager spearheaded a transformation and fostered a culture of ownership. Rooms "
    "were ready on time after that.",
    # plain steps, nothing named
    "I counted the late rooms for two weeks, then I changed the order the floors were "
    "cleaned in. Late rooms halved.",
])
def test_stories_without_named_steps_are_not_penalised(story: str) -> None:
    assert untold_penalty(analyze(story)) == (0.0, None)


def test_the_polished_telling_scores_below_the_told_one_and_says_why() -> None:
    polished = roundtable.review(POLISHED, competency="deliver-results")
    told = roundtable.review(TOLD, competency="deliver-results")
    assert polished.scores.overall < told.scores.overall
    assert polished.verdict.vote in ("no_hire", "strong_no_hire")
    assert any("its steps are named, not told" in c.rationale for c in polished.scores.criteria)


def test_a_story_whose_steps_are_named_in_the_present_is_penalised_too() -> None:
    # As a second-language telling puts the past: the same named steps, told as "I bring".
    present = ("I was head of housekeeping at a hotel of 200 rooms and only 71% of rooms was "
               "ready for check-in at 3pm. I bring a lot of energy to the floors and I work "
               "closely with the supervisors. After one quarter 94% of rooms is ready on time.")
    points, why = untold_penalty(analyze(present))
    assert points == NAMED_POINTS
    assert why is not None


@pytest.mark.parametrize(("step", "named"), [
    ("I took a fully data-driven approach to the late deliveries.", True),
    ("So I took a really systematic approach to the van rota.", True),
    ("I took a data-driven approach by logging every late van for a month.", False),
    # taking it on, in place of what was done with it
    ("I took the lead on fixing it.", True),
    ("My supervisor had an idea about the loading order, and I ran with it.", True),
    ("I took the lead on the Monday loads and moved the heavy drops to the first van.", False),
    ("I took ownership immediately.", True),
    ("I rebuilt the rota and owned it through launch.", True),
])
def test_a_way_of_working_claimed_for_a_step_is_named_not_told(step: str, named: bool) -> None:
    story = analyze(f"Late deliveries doubled in March at the depot I ran. {step} By May they "
                    "were back to one van in twenty.")
    steps = [c for c in story.clauses if c.role in ("action", "decision")]
    assert steps and any(named_not_told(c) for c in steps) is named


def test_a_named_step_counts_only_in_part_as_what_they_did() -> None:
    # "data-driven" names the data a step used; told as what the step stood for, it shows
    # that data was claimed, not used.
    named = analyze("Late deliveries doubled in March. I took a fully data-driven approach.")
    told = analyze("Late deliveries doubled in March. I pulled the scan data for every van.")
    claimed = max(e.strength for e in named.evidence if e.kind == "data")
    used = max(e.strength for e in told.evidence if e.kind == "data")
    assert claimed == used * VAGUE_STEP
