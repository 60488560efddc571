"""A story in which only other people act is someone else's story: its goal and outcome are not
the candidate's evidence, so every criterion loses ONLOOKER_POINTS."""

from __future__ import annotations

import roundtable
from roundtable.evidence.analysis import analyze
from roundtable.scoring.criteria import ONLOOKER_POINTS, onlooker_penalty

WATCHED = (
    "Our store had a tough quarter and sales were down 12%. Our manager, Priya, decided we "
    "needed to change the layout, so she moved the seasonal stock to the front and retrained "
    "the whole team. She also negotiated better delivery times with the suppliers. By the end "
    "of the next quarter sales were up 18%, and we were the second best store in the region. "
    "I learned a lot from watching how she handled it."
)
# The same story with the candidate's own part in it.
TAKEN_PART = WATCHED.replace(
    "She also negotiated better delivery times with the suppliers.",
    "I rebuilt the delivery schedule with the suppliers so the front tables never ran empty.")

# The same story with the candidate's team taking the step the candidate took above (beside
# all three of Priya's it would be a helper's story: see HELPED).
TEAM_PART = WATCHED.replace(
    "She also negotiated better delivery times with the suppliers.",
    "We rebuilt the delivery schedule with the suppliers so the front tables never ran empty.")


def test_a_story_only_others_act_in_is_penalised() -> None:
    assert onlooker_penalty(analyze(WATCHED)) == ONLOOKER_POINTS


def test_one_step_of_the_candidates_own_lifts_the_penalty() -> None:
    assert onlooker_penalty(analyze(TAKEN_PART)) == 0.0


def test_one_step_of_the_candidates_team_lifts_it_too() -> None:
    assert onlooker_penalty(analyze(TEAM_PART)) == 0.0


def test_the_watched_outcome_scores_below_the_same_outcome_earned() -> None:
    question = "Tell me about a time you delivered results under pressure."
    watched = roundtable.review(WATCHED, competency="deliver-results", question=question)
    earned = roundtable.review(TAKEN_PART, competency="deliver-results", question=question)
    score = {c.id: c.score for c in watched.scores.criteria}
    assert score["delivered-result"] < {c.id: c.score for c in earned.scores.criteria}[
        "delivered-result"]
    rationale = next(c.rationale for c in watched.scores.criteria if c.id == "delivered-result")
    # One concern of the rationale's list, in these words: "…; against: told in generalities,
    # only others act in the story".
    assert "only others act in the story" in rationale.split("against: ")[1].split(", ")


# Someone else finds and fixes it; the candidate's one step is a hand with a recount.
HELPED = (
    "Before an audit our count was out by forty coats. It was a worry. My manager took it on "
    "and went through every delivery note, and she traced the gap to a transfer scanned out "
    "twice. Once she'd found it, head office corrected it and the area manager signed it off. "
    "I helped with a recount of the coat rail. It was fine for the audit."
)


def test_fewer_steps_than_three_or_more_of_others_cost_half() -> None:
    assert onlooker_penalty(analyze(HELPED)) == ONLOOKER_POINTS / 2
    # Three steps beside the five of hers and head office's still leave the finding and the
    # fix theirs...
    helped = HELPED.replace("I helped with a recount of the coat rail.",
                            "I recounted the coat rail and I checked the transfer log myself. I "
                            "rang the warehouse about the second scan.")
    assert onlooker_penalty(analyze(helped)) == ONLOOKER_POINTS / 2
    # ...as many steps as theirs make it the candidate's story too.
    shared = helped.replace("second scan.", "second scan, and I wrote up the fix for head "
                            "office. I walked the area manager through it.")
    assert onlooker_penalty(analyze(shared)) == 0.0


def test_a_helpers_story_is_said_to_be_mostly_others_steps() -> None:
    review = roundtable.review(HELPED, competency="dive-deep")
    said = {c.rationale for c in review.scores.criteria}
    assert any("others take most of the steps" in r for r in said), said
    assert not any("only others act" in r for r in said)


def test_three_of_someone_elses_steps_beside_one_own_is_already_a_helpers_story() -> None:
    # Exactly three steps of others beside the candidate's one: half the cost; with two of
    # theirs the one step of the candidate's is a fair share of a short story.
    three = ("Before an audit our count was out by forty coats. My manager went through every "
             "delivery note. She traced the gap to a transfer scanned out twice, and head office "
             "corrected it. I helped with a recount of the coat rail. It was fine for the audit.")
    two = three.replace(", and head office corrected it", "")
    assert onlooker_penalty(analyze(three)) == ONLOOKER_POINTS / 2
    assert onlooker_penalty(analyze(two)) == 0.0
