"""The scene a helper's story opens on is not the candidate's evidence, and someone else's early
step in a story with no disagreement is a step, not a side taken (`evidence.credit`)."""

from __future__ import annotations

import roundtable
from roundtable.evidence.analysis import analyze
from roundtable.evidence.credit import opening_scene, steps_taken

QUESTION = "Tell me about a time you investigated an issue in detail."
SCENE = ("Last spring we had a spike in overtime at the care home where I worked, about £2,400 "
         "more than the month before.")
# The supervisor investigates; the candidate photocopies.
HELPED = (f"{SCENE} It worried everyone because the auditors were due. My supervisor took it on "
          "and pulled every timesheet for the month, and she spotted that two agency shifts had "
          "been keyed in twice. Payroll reversed the duplicate. I helped by photocopying the "
          "timesheets for her. It was sorted before the month end.")
# The same scene, and the candidate investigates.
OWN = (f"{SCENE} It worried everyone because the auditors were due. I took it on and pulled every "
       "timesheet for the month, and I spotted that two agency shifts had been keyed in twice. "
       "Payroll reversed the duplicate. I walked my supervisor through it. It was sorted before "
       "the month end.")


def _criterion(answer: str, criterion: str) -> tuple[int, str]:
    review = roundtable.review(answer, competency="dive-deep", question=QUESTION)
    found = next(c for c in review.scores.criteria if c.id == criterion)
    return found.score, found.rationale


def test_the_supervisors_early_steps_count_as_steps_in_a_story_without_a_disagreement() -> None:
    assert steps_taken(analyze(HELPED).clauses) == (1, 3)


def test_a_helpers_story_opens_on_a_scene_that_is_no_noticing_of_theirs() -> None:
    analysis = analyze(HELPED)
    assert [c.text for c in analysis.clauses if c.span.start in opening_scene(
        analysis.clauses)][0] == SCENE
    score, rationale = _criterion(HELPED, "spotted-anomaly")
    assert score <= 2 and "competency-specific phrasing" not in rationale, rationale


def test_the_same_scene_is_noticed_by_a_candidate_who_investigates() -> None:
    assert opening_scene(analyze(OWN).clauses) == frozenset()
    score, rationale = _criterion(OWN, "spotted-anomaly")
    assert score >= 4 and "competency-specific phrasing" in rationale, rationale


def test_the_other_sides_position_is_no_step_where_the_candidate_takes_a_side() -> None:
    disagreed = analyze(
        "My manager wanted to launch the new checkout on the Friday. I disagreed, because the "
        "refund tests were still failing. I showed her the three failing cases and proposed the "
        "Tuesday instead. She agreed and we launched on Tuesday with no refund errors.")
    # "She agreed" is her step; her wanting Friday is the side she took.
    assert steps_taken(disagreed.clauses) == (1, 1)


def test_a_sceptics_doubt_is_no_step_in_a_story_without_a_disagreement_of_the_candidates() -> None:
    doubted = analyze(
        "Referral letters at our clinic took nine days to go out. Dr Okafor doubted a template "
        "would cope with complex cases. I drafted a one-page template anyway and asked him to "
        "review ten letters written with it. He signed off all ten. Letters now go out in two "
        "days.")
    # Signing off is his step; doubting is the side he took.
    assert [c.role for c in doubted.clauses][1] == "dispute"
    assert steps_taken(doubted.clauses) == (1, 1)


def test_where_they_worked_is_the_scene_and_working_through_is_a_step() -> None:
    scene = analyze(HELPED).clauses[0]
    assert (scene.text, scene.actor, scene.role) == (SCENE, "team", "situation")
    step = analyze("Last spring I worked through every timesheet for the month.").clauses[0]
    assert step.role == "action"
