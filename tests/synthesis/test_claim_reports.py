"""What a violation reports, and where: the rule alone is not enough for a reader to find the
false sentence, and a score held for a moment in the cross-talk is not held at the close."""

from __future__ import annotations

from story_answers import rewrite

from roundtable.models import Review
from roundtable.synthesis.claims import Violation, check_review

# Daniel (vp-engineering) opens the TOLD story at 2 of 5 on result and reflection and is moved
# to 5 in the cross-talk: 3 and 4 are readings he passes through there, and nowhere else.
DANIEL_CROSSTALK = "rounds[1].turns[3]"
DANIEL_CLOSE = "rounds[2].turns[1]"
PASSING = "Fair point, Priya. I have result and reflection at 3 of 5 for now."


def test_a_score_passed_through_in_the_cross_talk_is_held_there(told: Review) -> None:
    assert told.rounds[1].turns[3].speaker == "vp-engineering"
    found = check_review(rewrite(told, DANIEL_CROSSTALK, PASSING))
    assert "score_not_held" not in {v.rule for v in found if v.where == DANIEL_CROSSTALK}


def test_a_score_passed_through_is_not_held_at_the_close(told: Review) -> None:
    assert told.rounds[2].turns[1].speaker == "vp-engineering"
    assert Violation(DANIEL_CLOSE, "score_not_held", "I have result and reflection at 3 of 5") \
        in check_review(rewrite(told, DANIEL_CLOSE, PASSING))


def test_a_doubled_word_is_reported_as_the_words_doubled(told: Review) -> None:
    found = check_review(rewrite(told, "consensus.summary",
                                 "The panel lands on on Hire, carried by the grounds."))
    assert Violation("consensus.summary", "doubled_word", "on on") in found


def test_a_pronoun_with_no_one_behind_it_is_reported_at_its_follow_up(alone: Review) -> None:
    found = check_review(rewrite(alone, "follow_ups[0]",
                                 "What did he say when you showed him the checklist?"))
    assert [v.where for v in found if v.rule == "no_he_in_story"] == ["follow_ups[0]"]


def test_a_criterion_named_without_its_article_is_still_checked(told: Review) -> None:
    """"The disagreement itself" is written "disagreement itself" mid-sentence."""
    line = "We launched on time and churn in the pilot cohort dropped 12%."
    found = check_review(rewrite(told, "consensus.summary",
                                 f"“{line}” puts disagreement itself at 5 of 5."))
    assert [v.text for v in found if v.rule == "score_without_support"] == [
        f"the-disagreement: {line}"]


def test_a_line_not_in_the_answer_is_misquoted_not_misread(told: Review) -> None:
    line = "I rebuilt the whole pricing model over a weekend"
    found = {v.rule for v in check_review(rewrite(told, "consensus.summary",
                                                  f"“{line}”, where there is an outcome."))}
    assert "quote_not_in_answer" in found
    assert "shows_not_in_line" not in found
