"""What one voice of a story tells in its own way must read as the others do (seen on
`voices-tune4.yaml`, where terse notes, a second-language telling and plain prose of the same
facts scored up to half a point apart): notes' arrows, labels and spans of time, a name set off
after the role it names, a verdict on a decision with a word between, a call that names what it
gave up, a level reached said plainly, and words that only look like evidence ("the main
course"). Every rule is pinned here in other words than the answers that showed it, each with a
near miss beside it."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import Clause


def _at(answer: str, words: str) -> Clause:
    return next(c for c in analyze(answer).clauses if words in c.text)


def _kinds(answer: str) -> set[str]:
    return {e.kind for e in analyze(answer).evidence}


@pytest.mark.parametrize("answer", [
    "Lamb was the main course for sixty diners, so I rang the butcher at six.",
    "Of course, I rang the butcher at six and he had nothing left.",
    "Over the course of the evening I rang three butchers.",
])
def test_a_course_that_is_no_training_shows_no_curiosity(answer: str) -> None:
    assert "curiosity" not in _kinds(answer)


def test_a_course_taken_still_shows_curiosity() -> None:
    assert "curiosity" in _kinds("I signed up for an evening course in bookkeeping.")


@pytest.mark.parametrize("answer", [
    "On the Thursday I made the call to ship the web version rather than hold everything for "
    "the app.",
    "- Wed: kiln still down. Call: fire the mugs at the college, not cancel the fair.\n"
    "- Sold out by noon.",
    "So I take decision to send the half order, and not wait for all boxes.",
])
def test_a_call_that_names_what_it_gave_up_is_prioritising(answer: str) -> None:
    assert "prioritization" in _kinds(answer)


def test_a_call_with_nothing_given_up_is_no_prioritising() -> None:
    assert "prioritization" not in _kinds("On the Thursday I made the call to ship the web "
                                          "version.")


@pytest.mark.parametrize("answer", [
    "The glaze crazed in the test firing, so we swapped it for a matte one.",
    "The hall flooded on the Friday, so we changed it to the church rooms.",
    "Last Friday at the fair the cups are not arriving, so we change them for paper cups from "
    "the corner shop.",
    "- The foam cracked in the cold. Swapped to cork tiles.\n- Held fine.",
])
def test_one_thing_put_in_for_another_is_adapting(answer: str) -> None:
    assert "adaptation" in _kinds(answer)


def test_swapping_stories_is_no_adapting() -> None:
    assert "adaptation" not in _kinds("We swapped stories over lunch and went back to work.")


def test_the_same_night_is_speed() -> None:
    assert "speed" in _kinds("- Reprinted the order forms the same night.\n- Posted them.")


def test_a_step_after_an_arrow_is_its_own_clause_and_the_tellers() -> None:
    answer = ("- Printer jammed, toner low → ordered a spare from the supplier.\n"
              "- Printed the packs by nine.")
    step = _at(answer, "ordered a spare")
    assert "toner" not in step.text
    assert step.actor == "candidate"


def test_a_name_set_off_after_the_role_it_names_keeps_its_clause() -> None:
    answer = ("There were six of us on the shift, and our supervisor, Dana, decided to skip the "
              "fire drill because the auditors were due.")
    assert _at(answer, "decided to skip").actor == "other"
    # (a name the clause goes on from with "and" is no subject of the next verb)
    answer = "I rang our supplier, Kestrel, and they said the van had left."
    assert _at(answer, "I rang").actor == "candidate"


@pytest.mark.parametrize("answer", [
    "I personally thought that was a bad call, given the weather.",
    "Personally I think it is bad idea, because the floor is still wet.",
    "- I thought bad idea: floor still wet.\n- Said so at the huddle.",
])
def test_a_verdict_on_the_decision_is_disagreeing(answer: str) -> None:
    assert "disagreement" in _kinds(answer)


def test_a_good_idea_is_no_disagreement() -> None:
    assert "disagreement" not in _kinds("I personally thought that was a good idea.")


@pytest.mark.parametrize(("answer", "words"), [
    ("- Went along.\n- Next time: probably raise it at the planning meeting.\n- Fine now.",
     "probably raise it"),
    ("If this happen again, I think maybe I ask the tenants first.", "I ask the tenants"),
])
def test_what_they_would_do_next_time_is_imagined(answer: str, words: str) -> None:
    assert _at(answer, words).mode == "hypothetical"


def test_the_other_of_two_things_they_would_do_is_imagined_too() -> None:
    answer = ("If it came up again I'd raise it at the planning meeting, or maybe email the "
              "director the week before.")
    assert _at(answer, "email the director").mode == "hypothetical"


def test_the_next_time_something_happened_is_a_fact() -> None:
    answer = "Next time he called, I put him straight through to the duty manager."
    assert _at(answer, "I put him").mode == "fact"


def test_a_notes_call_is_the_tellers() -> None:
    answer = "- Two orders lost in the post.\n- Call: refund both, not argue with the courier."
    assert _at(answer, "refund both").actor == "candidate"
    answer = "- Two orders lost.\n- Decision: the owner refunded both.\n- Done."
    assert _at(answer, "refunded both").actor != "candidate"


@pytest.mark.parametrize("answer", [
    "I think we got to around 430 boxes a week by March.",
    "- Boxes up, ~430/week by March.\n- Kept the second van.",
    "After this we arrive around 430 boxes every week.",
])
def test_a_level_reached_said_plainly_is_a_measure(answer: str) -> None:
    assert "metric" in _kinds(answer)


def test_a_round_of_one_to_ones_with_everyone_is_listening_not_raising() -> None:
    answer = "- First 3 wks: 1:1 w/ every driver — what slows you down?\n- Route sheet changed."
    clause = _at(answer, "1:1 w/ every driver")
    assert clause.actor != "other"
    assert "raised" not in _kinds("In my first month I had a one-to-one with everyone.")
    assert "raised" in _kinds("I raised it with her in a one-to-one on the Monday.")
