"""A story whose steps of the candidate's own leave what they acted on vague ("I made some
changes to the way we worked", "identified several areas for improvement") tells what was done
no better than one whose steps are only named: the candidate's part is untold, however good
the numbers that follow (`credit.telling`, `scoring.criteria.untold_penalty`)."""

from __future__ import annotations

import re

import pytest

import roundtable
from roundtable.evidence.analysis import analyze
from roundtable.evidence.credit import VAGUE_STEP, credit, telling, vague_step
from roundtable.scoring.criteria import NAMED_POINTS, OURS_POINTS, OURS_STEPS, untold_penalty
from roundtable.synthesis.claims import check_review

# Fluent, and every step of the candidate's leaves what it acted on vague.
VAGUE = (
    "At the bakery I ran, waste was about 14% of what we baked and the owner wanted it under "
    "8%. I carried out a full assessment of the current state and identified several areas for "
    "improvement. I put some new procedures in place and made a number of adjustments to the "
    "morning bake. By the spring waste was down to 6% and we saved about £18,000 a year."
)
# The same story with its steps told: what was counted, what moved, what was printed.
TOLD = (
    "At the bakery I ran, waste was about 14% of what we baked and the owner wanted it under "
    "8%. I logged what was left on the shelves at closing for three weeks and saw that most of "
    "it was sourdough and the seeded rolls baked after ten. I moved the second bake of both to "
    "half past eleven and cut it by a third, and I had the till print a half-price label at "
    "four. By the spring waste was down to 6% and we saved about £18,000 a year."
)
# The same steps told only as "we".
OURS = TOLD.replace("I logged", "We logged").replace("and saw", "and we saw").replace(
    "I moved", "We moved").replace("and I had", "and we had").replace(
    "By the spring", "We also baked the rolls on smaller trays. By the spring")


@pytest.mark.parametrize("step", [
    "I identified several areas for improvement across the warehouse.",
    "I made the necessary changes.",
    "We implemented changes together over the summer.",
    "I aligned key stakeholders before the launch.",
    "I leveraged data to optimise the process.",
    "We renegotiated some contracts.",
    "I tweaked the opening hours.",
    "I worked with the kitchen and front-of-house teams to make sure they understood the plan.",
    "I made sure she had the right support.",
    "I kept morale up through the busy weeks.",
    "I carried out a thorough review of our existing procedures.",
    "I addressed a few of the issues that had built up.",
    # in the present of a second-language telling, and as a bullet: what was done beside the
    # buyers, or to leave them aligned, is not said
    "I work closely with the two buyers and make sure we are aligned on the orders.",
    "- worked hand in hand with the night supervisors",
    # what was found or handed on, unnamed
    "I dug through the till data and surfaced actionable insights for the store managers.",
    "- Identified the key drivers and presented findings and recommendations to the board",
    # a step that is only whom the candidate worked with
    "Then I coordinated with the landlord's agent.",
    "I met the two engineers and documented everything.",
])
def test_a_step_whose_object_is_left_vague_is_read_as_vague(step: str) -> None:
    steps = [c for c in analyze(step).clauses if c.role in ("action", "decision")]
    assert steps and all(vague_step(c) for c in steps)


@pytest.mark.parametrize("step", [
    "I worked closely with the baker to move the second bake to half past eleven.",
    "I moved the second bake to half past eleven.",
    "I rang the supplier and asked for the trays to be wrapped.",
    "I made several changes: the rota, the float and the closing checklist.",
    "I made some changes to the rota by moving the late shift to four.",
    "I put a sample photo of a good label above chutes 3 and 11.",
    "I aligned the shelf labels with the planogram.",
    # the findings a story has told already are named there
    "I presented the findings to the area manager the next morning.",
    "I coordinated with the landlord's agent to get the boiler replaced on the Monday.",
])
def test_a_step_that_names_what_it_acted_on_is_told(step: str) -> None:
    assert not any(vague_step(c) for c in analyze(step).clauses)


def test_a_story_of_vague_steps_loses_the_named_points() -> None:
    assert untold_penalty(analyze(VAGUE)) == (NAMED_POINTS,
                                             "its steps leave vague what was done")
    assert telling(analyze(VAGUE).clauses).told == 0


def test_a_story_with_its_steps_told_loses_nothing() -> None:
    assert untold_penalty(analyze(TOLD)) == (0.0, None)


def test_a_story_of_the_teams_steps_loses_a_share_a_step() -> None:
    told = telling(analyze(OURS).clauses)
    assert (told.told, told.untold) == (0, 0) and told.ours >= OURS_STEPS
    assert untold_penalty(analyze(OURS)) == (min(NAMED_POINTS, OURS_POINTS * told.ours),
                                             "its steps are all told as the team's")


def test_a_short_joint_story_costs_less_than_a_whole_project_told_as_we() -> None:
    two = "We pulled the scanner logs. We swapped the printer head. Mis-sorts halved."
    three = ("We pulled the scanner logs. We swapped the printer head. We reprinted the worst "
             "labels. Mis-sorts halved.")
    many = ("We pulled the scanner logs. We swapped the printer head. We moved a checker to "
            "chute 3. We put a photo of a good label above it. Mis-sorts halved.")
    assert untold_penalty(analyze(two)) == (0.0, None)
    assert untold_penalty(analyze(three))[0] == 3 * OURS_POINTS < NAMED_POINTS
    assert untold_penalty(analyze(many))[0] == NAMED_POINTS


def test_one_vague_step_among_told_ones_is_a_slip() -> None:
    story = TOLD.replace("By the spring", "I also made some adjustments to the rota. By the "
                         "spring")
    assert telling(analyze(story).clauses).untold == 1
    assert untold_penalty(analyze(story)) == (0.0, None)


def test_more_than_half_untold_costs_that_share() -> None:
    story = ("I coached a new supervisor, Dev, in his first months. I gave him regular "
             "feedback. I made sure he had the right support. I also shared some best "
             "practices with him. By the summer his team had the best attendance on site.")
    told = telling(analyze(story).clauses)
    assert told.untold > told.told > 0
    points, _ = untold_penalty(analyze(story))
    assert points == pytest.approx(NAMED_POINTS * told.untold / (told.told + told.untold))


@pytest.mark.parametrize("story", [
    "When I joined the depot, returns took nine days. I rang each of the three carriers and "
    "agreed a Tuesday collection.",
    "I rang each of the three carriers and agreed a Tuesday collection. In the spring I was "
    "put forward for the regional award.",
    "At the depot I supervised, returns took nine days. I rang each of the three carriers and "
    "agreed a Tuesday collection.",
])
def test_a_clause_that_places_the_story_or_tells_what_befell_them_is_no_step(
        story: str) -> None:
    told = telling(analyze(story).clauses)
    assert (told.told, told.untold) == (1, 0)


def test_a_vague_step_counts_only_in_part_as_what_they_did() -> None:
    analysis = analyze("I made a number of adjustments to the morning bake.")
    clause = analysis.clauses[0]
    assert vague_step(clause)
    at = clause.span.start
    assert credit("action", clause, at, at + 6) == VAGUE_STEP


def test_the_vague_telling_scores_below_the_told_one_and_says_why() -> None:
    vague = roundtable.review(VAGUE, competency="frugality")
    told = roundtable.review(TOLD, competency="frugality")
    assert vague.scores.overall < told.scores.overall
    assert vague.verdict.vote in ("no_hire", "strong_no_hire")
    assert any("its steps leave vague what was done" in c.rationale
               for c in vague.scores.criteria)


def _said(review: roundtable.Review) -> list[str]:
    return [turn.text for current in review.rounds for turn in current.turns]


def test_the_panel_says_a_vague_line_tells_that_they_acted_not_what_they_did() -> None:
    vague = roundtable.review(VAGUE, competency="frugality")
    told = roundtable.review(TOLD, competency="frugality")
    saying = re.compile(r"“([^”]*)”[.,:]* (?:where |it )?(?:they say that they acted, but not "
                        r"what they did|leaves vague what exactly they did)")
    quoted = [m.group(1) for text in _said(vague) for m in saying.finditer(text)]
    assert quoted
    # each line said to be vague holds a step of the candidate's that is
    steps = [c.text for c in analyze(VAGUE).clauses if vague_step(c)]
    assert all(any(step in line for step in steps) for line in quoted)
    assert not any(saying.search(text) for text in _said(told))


@pytest.mark.parametrize("panel", ["product-trio", "engineering-loop", "hiring-manager"])
def test_what_the_panel_says_of_the_vague_telling_passes_the_claim_checker(panel: str) -> None:
    assert check_review(roundtable.review(VAGUE, competency="frugality", panel=panel)) == []
