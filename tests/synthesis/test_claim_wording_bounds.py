"""The claim checker's wording rules at their bounds, on the small story of test_claim_rules.py:
where a broken "i" is reported, how short a sentence may be and still count as repeated, where a
quote ends the writer's sentence, and a headline that ends on a letter used as a name. Each
broken sentence is caught where it was written; the sound one beside it is let through. Then
the line a reason to hire may rest on.
"""

from __future__ import annotations

from story_answers import rewrite

import roundtable
from roundtable.models import Review
from roundtable.synthesis.claims import Violation, check_review


def test_a_lower_case_i_is_reported_where_it_was_written(told: Review) -> None:
    where = "consensus.summary"
    text = "The panel agrees that i would hire on this answer."
    assert Violation(where, "lower_case_i", text) in check_review(rewrite(told, where, text))


def test_a_sentence_of_six_words_said_twice_is_repeated(told: Review) -> None:
    text = "The panel weighed the whole pilot. The panel weighed the whole pilot."
    found = check_review(rewrite(told, "consensus.summary", text))
    assert Violation("review", "sentence_repeated", "The panel weighed the whole pilot.") in found
    assert any(v.rule == "sentence_echoed" and v.where == "consensus.summary" for v in found)


def test_a_sentence_under_six_words_said_twice_is_let_through(told: Review) -> None:
    found = check_review(rewrite(told, "consensus.summary", "The panel weighed it. "
                                                            "The panel weighed it."))
    assert not {"sentence_repeated", "sentence_echoed"} & {v.rule for v in found}


def test_a_headline_may_end_on_a_capital_letter_as_a_name(told: Review) -> None:
    rules = {v.rule for v in check_review(rewrite(
        told, "headline", "How a candidate kept the pilot for X."))}
    assert "headline_cut" not in rules
    cut = check_review(rewrite(told, "headline", "How a candidate kept the pilot for."))
    assert Violation("headline", "headline_cut", "How a candidate kept the pilot for.") in cut


def test_a_panelist_with_no_line_above_one_of_five_has_no_line_to_hire_on() -> None:
    # Each reason to hire quotes a line its own panelist weighed on a criterion it left above 1;
    # on a thin answer two of the engineering loop weighed no such line.
    review = roundtable.review(
        "I was shift lead at a parcel depot for about a year, with six people. I made sure "
        "everyone knew what they were doing each day and that we hit our numbers. If there was a "
        "problem I sorted it out. We usually hit our targets and the team got on well. People "
        "listen to me, I think because I'm fair.", competency="leadership",
        panel="engineering-loop")
    none = [s for s in review.signals
            if s.reason_to_hire.startswith("Nothing in this reading reaches the middle anchor")]
    assert len(none) == 2


def test_a_quote_that_ends_its_sentence_ends_the_writers_too(told: Review) -> None:
    text = ("The panel read “it held.” The panel weighed the whole pilot today. Then it read “it "
            "broke.” The panel weighed the whole pilot today.")
    found = check_review(rewrite(told, "consensus.summary", text))
    assert Violation("review", "sentence_repeated",
                     "The panel weighed the whole pilot today.") in found
