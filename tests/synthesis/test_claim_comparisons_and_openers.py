"""More edges of the claim checker on the small told story (`story_answers.TOLD`): a panelist
said to read a criterion lower than another, a turn whose speaker is not on the panel, and a
word that opens a sentence after a dash, which is no name the story lacks."""

from __future__ import annotations

import pytest
from story_answers import rewrite

from roundtable.models import Review
from roundtable.synthesis.claims import Violation, check_review

WHERE = "consensus.summary"


@pytest.mark.parametrize(("text", "held"), [
    # Elena scores grounds 3 at the opening and 5 at the end; Priya 5 at both.
    ("Elena reads grounds for disagreeing lower than Priya.", True),
    ("Priya reads grounds for disagreeing lower than Elena.", False),
])
def test_a_panelist_said_to_read_a_criterion_lower_must_score_it_lower(
        told: Review, text: str, held: bool) -> None:
    found = [v for v in check_review(rewrite(told, WHERE, text)) if v.where == WHERE]
    assert ("comparison_not_held" in {v.rule for v in found}) is not held


def test_a_turn_by_someone_not_on_the_panel_is_checked_without_comparing(told: Review) -> None:
    """"You read X higher than I do" needs the speaker's own scores; a speaker the panel does
    not have has none, so the sentence is left unjudged rather than stopping the check."""
    data = told.model_dump()
    data["rounds"][1]["turns"][0]["speaker"] = "moderator"
    data["rounds"][1]["turns"][0]["text"] = (
        "Elena, you read grounds for disagreeing higher than I do.")
    found = check_review(Review.model_validate(data))
    assert "comparison_not_held" not in {v.rule for v in found}


def test_a_word_opening_a_sentence_after_a_dash_is_no_unknown_name(told: Review) -> None:
    text = "The grounds are clear — Still, the outcome needs a number."
    assert Violation(WHERE, "name_not_in_story", "Still") not in check_review(
        rewrite(told, WHERE, text))


@pytest.mark.parametrize(("text", "held"), [
    ("Elena reads grounds for disagreeing lower than Priya Raman.", True),
    ("Priya Raman reads grounds for disagreeing lower than Elena.", False),
    ("Then Elena reads grounds for disagreeing lower than Priya Raman.", True),
])
def test_a_panelist_called_by_the_whole_name_is_compared_by_it(told: Review, text: str,
                                                               held: bool) -> None:
    """Over a story with someone else called Priya, the panel calls its Priya by her whole name
    (`catalog.schema.called`); a comparison naming her so is checked all the same."""
    data = told.model_dump()
    for person in data["panel"]:
        if person["name"].startswith("Priya"):
            person["called"] = person["name"]
    data["consensus"]["summary"] = text
    found = [v for v in check_review(Review.model_validate(data)) if v.where == WHERE]
    assert ("comparison_not_held" in {v.rule for v in found}) is not held
