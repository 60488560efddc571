"""A story about developing one named person tells its steps with "her" or "him" ("I gave her
the Friday stand-up to run"), which a headline cannot use without saying who she is. Where the
answer names exactly one person and treats the name as a person's, and every "she" or "he" in it
is of one kind, the headline names them ("gave Marta the Friday stand-up to run"). Before, such
stories got no action at all ("Leadership: The candidate's answer"). A capitalised word that is
no person ("showed Android the crash logs") is never put in for "her"."""

from __future__ import annotations

import roundtable
from roundtable.synthesis.headline import the_one_named

DEVELOPED = ("When I took over the warehouse team, one of my pickers, Marta, kept missing her "
             "targets and was close to a warning. I walked two shifts with her and we saw that "
             "she re-scanned every shelf. I gave her the Friday stand-up to run so she would own "
             "the fix, and I checked in with her every week. Within two months her pick rate "
             "was 140 an hour, the best on the shift.")


def test_the_one_named_person_stands_for_her() -> None:
    headline = roundtable.review(DEVELOPED, competency="hire-and-develop").headline
    assert headline.startswith("How "), headline
    assert "Marta" in headline, headline
    assert " her " not in f" {headline} " and "The candidate's answer" not in headline


def test_two_kinds_of_pronoun_leave_the_name_out() -> None:
    answer = DEVELOPED + " My manager said he was impressed."
    assert the_one_named(answer) is None


def test_a_capitalised_thing_is_no_person() -> None:
    answer = ("Two days before launch QA found the checkout crashed on older Android phones. "
              "The product manager wanted to ship anyway. I showed her the crash logs.")
    assert the_one_named(answer) is None


def test_a_step_told_with_an_irregular_past_is_a_step() -> None:
    # "read", "saw", "rang", "had … checked": before, none opened a headline's step, and a story
    # told only with them was headlined "Failure: The candidate's answer".
    answer = ("Last winter two of our freezers tripped the same alarm in one week. I read the "
              "service logs for every unit, saw both had compressors from one order, and had the "
              "other six units from that order checked the same afternoon.")
    headline = roundtable.review(answer, competency="failure").headline
    assert headline.startswith("How the candidate read the service logs"), headline
