"""The claim checker catches each kind of false claim, so a clean run of it means something.

Every dev-set and audited answer through every panel, with no claim the reading does not
support, is in test_claims_sweep.py: it reviews a few hundred answers, too slow for each
mutant of `make mutate`, which runs this file.
"""

from __future__ import annotations

import pytest
from story_answers import ALONE, TOLD

import roundtable
from roundtable.models import FollowUp, Quote, Review
from roundtable.synthesis.claims import check_review


def rules(review: Review) -> set[str]:
    return {v.rule for v in check_review(review)}


def test_a_real_review_passes(told: Review) -> None:
    assert check_review(told) == []


def test_an_invented_quotation_is_caught(told: Review) -> None:
    bad = told.model_copy(update={"headline": "They said “we should rewrite it all in Rust”"})
    assert "quote_not_in_answer" in rules(bad)


def test_an_absent_outcome_is_caught_when_the_outcome_is_told(told: Review) -> None:
    bad = told.model_copy(update={"headline": "A manager disagreed, but the outcome goes "
                                  "unstated"})
    assert "outcome_is_told" in rules(bad)


def test_asking_what_happened_after_an_outcome_is_caught(told: Review) -> None:
    question = FollowUp(panelist=told.panel[0].id,
                        question="What happened in the end, and how did you measure it?")
    assert "asks_for_told_outcome" in rules(told.model_copy(update={"follow_ups": [question]}))


def test_them_in_a_story_with_no_one_else_is_caught() -> None:
    review = roundtable.review(ALONE, competency="ownership")
    assert check_review(review) == []
    question = FollowUp(panelist=review.panel[0].id,
                        question="What did you hear from them that changed your mind?")
    assert "no_one_else_in_story" in rules(review.model_copy(update={"follow_ups": [question]}))


def test_credit_for_someone_elses_words_is_caught(told: Review) -> None:
    start = TOLD.index("she agreed to keep four weeks")
    quote = Quote(quote="she agreed to keep four weeks", start=start, end=start + 29,
                  criterion="the-disagreement", use="credit")
    rounds = [r.model_copy(deep=True) for r in told.rounds]
    rounds[0].turns[0].evidence.append(quote)
    assert "credit_not_supported" in rules(told.model_copy(update={"rounds": rounds}))


@pytest.mark.parametrize(("line", "caught"), [
    # What the manager wanted is not something the candidate did.
    ("my manager wanted to cut the pilot from six weeks to two", True),
    # ...nor when the line quoted is the answer's very first.
    ("Last spring my manager wanted to cut the pilot from six weeks to two", True),
    ("She later asked me to lead the next pilot", True),
    # The candidate's own step shows what they did.
    ("I asked her for a 1:1 and showed her the cohort numbers", False),
])
def test_a_line_said_to_show_the_candidates_doing_must_tell_it(
        told: Review, line: str, caught: bool) -> None:
    rounds = [r.model_copy(deep=True) for r in told.rounds]
    rounds[0].turns[0].text += f" There is also “{line}”, where they brought data."
    assert ("doing_not_told" in rules(told.model_copy(update={"rounds": rounds}))) is caught


def test_a_score_the_numbers_do_not_hold_is_caught(told: Review) -> None:
    rounds = [r.model_copy(deep=True) for r in told.rounds]
    held = {c.name.lower(): c.score for c in told.scores.criteria}
    name, score = next(iter(held.items()))
    wrong = 1 if score != 1 else 5
    rounds[2].turns[0].text += f" That puts {name} at {wrong} of 5."
    assert "score_not_held" in rules(told.model_copy(update={"rounds": rounds}))


def test_a_vote_the_numbers_do_not_hold_is_caught(told: Review) -> None:
    rounds = [r.model_copy(deep=True) for r in told.rounds]
    vote = told.scores.panelists[0].vote
    wrong = "Strong No Hire" if vote != "strong_no_hire" else "Strong Hire"
    rounds[2].turns[0] = rounds[2].turns[0].model_copy(
        update={"text": f"I'm at {wrong}, and that is final."})
    assert "vote_not_held" in rules(told.model_copy(update={"rounds": rounds}))


def test_a_sentence_or_a_question_twice_is_caught(told: Review) -> None:
    twice = told.follow_ups[:1] * 2
    assert "question_repeated" in rules(told.model_copy(update={"follow_ups": twice}))
    rounds = [r.model_copy(deep=True) for r in told.rounds]
    rounds[1].turns[0] = rounds[1].turns[0].model_copy(update={"text": rounds[0].turns[0].text})
    assert "sentence_repeated" in rules(told.model_copy(update={"rounds": rounds}))


def test_a_headline_cut_mid_phrase_is_caught(told: Review) -> None:
    assert "headline_cut" in rules(told.model_copy(update={"headline": "How they cut the"}))


def test_a_red_flag_headline_the_reading_does_not_raise_is_caught(told: Review) -> None:
    headline = "Have Backbone: The candidate's answer puts the failure on someone else"
    assert "flag_not_raised" in rules(told.model_copy(update={"headline": headline}))


def test_a_reason_to_hire_at_one_of_five_is_caught(told: Review) -> None:
    signals = [s.model_copy(update={"reason_to_hire": "The disagreement itself (1/5): “x”."})
               for s in told.signals]
    assert "reason_at_floor" in rules(told.model_copy(update={"signals": signals}))
    consensus = told.consensus.model_copy(update={
        "summary": "The panel lands on Hire, carried by grounds for disagreeing at 1 of 5 and "
                   "held back by escalation."})
    assert "carried_at_floor" in rules(told.model_copy(update={"consensus": consensus}))
