"""More edges of the claim checker, on the same small story as test_claim_rules.py: what a line
shows, who reads a criterion higher, what a follow-up asks of a line, names, and broken wording.
Each false sentence is caught where it was written; the true one beside it is let through.
Then a closing vote reported at its turn, a lens's want put to the candidate, and the headline
of an answer that tells no story.
"""

from __future__ import annotations

from story_answers import rewrite

from roundtable.ingest.transcript import parse_input
from roundtable.models import Review
from roundtable.pipeline import prepare
from roundtable.synthesis.claims import Violation, check_review
from roundtable.synthesis.followups import _to_you
from roundtable.synthesis.headline import build_headline

SCENE = "Last spring my manager wanted to cut the pilot from six weeks to two."
OUTCOME = "churn in the pilot cohort dropped 12%"
RAISED = "I asked her for a 1:1 and showed her the cohort numbers"


def _rules(found: list[Violation], where: str) -> set[str]:
    return {v.rule for v in found if v.where == where}


def test_a_line_is_said_to_show_an_outcome_only_where_it_tells_one(told: Review) -> None:
    where = "consensus.summary"
    false = f"“{SCENE}”, where there is an outcome."
    assert Violation(where, "shows_not_in_line", f"{SCENE} → there is an outcome") in \
        check_review(rewrite(told, where, false))
    true = f"“{OUTCOME}”, where there is an outcome."
    assert "shows_not_in_line" not in _rules(check_review(rewrite(told, where, true)), where)


def test_a_doing_is_credited_only_to_a_line_where_the_candidate_does_it(told: Review) -> None:
    where = "signals[0].reason_to_hire"
    line = "my manager wanted to cut the pilot from six weeks to two"
    found = check_review(rewrite(told, where, f"“{line}”, where they brought data."))
    assert Violation(where, "doing_not_told", f"{line} → they brought data") in found
    found = check_review(rewrite(told, where, f"“{RAISED}”, where they brought data."))
    assert "doing_not_told" not in _rules(found, where)


def test_no_evidence_beside_a_passing_score_is_caught(told: Review) -> None:
    where = "consensus.summary"
    text = "There is no evidence of escalation, yet it sits at 3 of 5."
    found = [v for v in check_review(rewrite(told, where, text)) if v.rule == "absent_but_scored"]
    assert [(v.where, v.text) for v in found] == [(where, "no evidence of escalation, yet it "
                                                          "sits at 3 of 5")]


def test_a_name_the_story_never_mentions_is_reported_where_it_was_written(
        told: Review) -> None:
    where = "consensus.agreements[0]"
    text = "The candidate talked it through with Zelda before the launch."
    assert Violation(where, "name_not_in_story", "Zelda") in check_review(
        rewrite(told, where, text))


def test_a_comparison_of_two_panelists_must_match_their_scores(told: Review) -> None:
    """Priya scores grounds 5 at the opening and at the end; Elena moves from 3 to 5."""
    where = "consensus.summary"
    true = "Priya reads grounds for disagreeing higher than Elena."
    assert "comparison_not_held" not in _rules(check_review(rewrite(told, where, true)), where)
    false = "Elena reads grounds for disagreeing higher than Priya."
    assert Violation(where, "comparison_not_held", "Elena higher Priya: grounds for "
                     "disagreeing") in check_review(rewrite(told, where, false))


def _asking(told: Review, question: str, criterion: str) -> Review:
    data = told.model_dump()
    data["follow_ups"] = [{"panelist": told.panel[0].id, "question": question,
                           "criterion": criterion}]
    return Review.model_validate(data)


def test_a_follow_up_asking_how_it_was_raised_of_a_line_that_does_not_tell_it_is_fair(
        told: Review) -> None:
    """How it was raised scores 4: asked of the line that tells it, the question asks what is
    told; asked of the opening scene, it asks something the line does not answer."""
    ask = "How did you raise it, and why did you choose that way and that moment?"
    told_line = _asking(told, f"When you said “{RAISED}”: {ask}", "how-raised")
    assert "asks_for_told" in _rules(check_review(told_line), "follow_ups[0]")
    scene = _asking(told, f"When you said “{SCENE}”: {ask}", "how-raised")
    assert "asks_for_told" not in _rules(check_review(scene), "follow_ups[0]")


def test_a_carriage_return_is_a_raw_line_break(told: Review) -> None:
    where = "consensus.summary"
    text = "The pilot held.\rChurn dropped."
    assert Violation(where, "raw_newline", text) in check_review(rewrite(told, where, text))


def test_a_later_sentence_starting_in_lower_case_is_caught(told: Review) -> None:
    where = "consensus.summary"
    text = "The pilot held. then churn dropped."
    assert Violation(where, "starts_lower_case", "then churn dropped.") in check_review(
        rewrite(told, where, text))


def test_an_answer_of_habits_with_no_story_is_headlined_as_general() -> None:
    """Nothing in it is hypothetical, yet it tells no story: the headline says so rather than
    quoting a habit as the candidate's step."""
    answer = ("I always bring data to a disagreement. I usually ask for a 1:1 and I listen to "
              "their side.")
    case, _ = prepare(parse_input(answer), "have-backbone")
    assert build_headline(case) == ("Have Backbone in general terms: The candidate's answer "
                                     "without a concrete story")


def test_asking_about_the_relationship_is_fair_of_the_decision_but_not_of_the_later_ask(
        told: Review) -> None:
    """The relationship afterwards scores 4 and is told by "She later asked me to lead the next
    pilot"; the line where the manager agreed tells the decision, not the relationship."""
    ask = ("How did your working relationship with that person change afterwards, and how do "
           "you know?")
    decided = _asking(told, f"When you said “and she agreed to keep four weeks”: {ask}",
                      "relationship")
    assert "asks_for_told" not in _rules(check_review(decided), "follow_ups[0]")
    later = _asking(told, f"When you said “She later asked me to lead the next pilot”: {ask}",
                    "relationship")
    assert "asks_for_told" in _rules(check_review(later), "follow_ups[0]")


def test_a_closing_vote_that_is_not_the_final_one_is_reported_at_its_turn(told: Review) -> None:
    where = "rounds[2].turns[0]"
    final = next(p for p in told.scores.panelists if p.panelist == told.rounds[2].turns[0].speaker)
    wrong = "No Hire" if final.vote != "no_hire" else "Hire"
    found = check_review(rewrite(told, where, f"So I'm at {wrong}, {final.score:.1f} overall."))
    assert "closing_not_final" in _rules(found, where)


def test_a_lens_want_is_put_to_the_candidate_in_the_second_person() -> None:
    assert _to_you("what they would change in their own process, and who told them") == (
        "what you would change in your own process, and who told you")


def test_a_told_step_is_not_said_to_leave_what_they_did_vague(told: Review) -> None:
    """"They say that they acted, but not what they did" is true only of a line with a vague
    step of the candidate's own (`credit.vague_words`): a step told to a person with the
    numbers shown is no such line."""
    where = "rounds[1].turns[0]"
    false = f"There is also “{RAISED}”, where they say that they acted, but not what they did."
    assert "shows_not_in_line" in _rules(check_review(rewrite(told, where, false)), where)
