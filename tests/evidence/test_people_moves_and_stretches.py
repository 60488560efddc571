"""Readings the clauses written blind in round 54 (`tests/data/clauses_tune/mode31.jsonl`,
`mode32.jsonl`) showed wrong, each a rule of LABELS.md: "since then" is a time, not a cut; what
someone said each time they would do is what they said, not a habit; a step repeated over a
counted stretch is one step of the story; the teller's move to other work is no step of it; a
person named by a trade no list holds, or by what only people do, is someone; a choice not to
act is a step taken; a "would" with a time ahead foretells."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import handed_on


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(c.text, c.actor, c.mode) for c in analyze(text).clauses]


@pytest.mark.parametrize(("text", "second"), [
    ("He was annoyed at first, and since then he brings me in on every bid.",
     "and since then he brings me in on every bid."),
    ("I was stuck, and since then I check the valves daily.",
     "and since then I check the valves daily."),
    ("It broke twice, and from then on we tested every batch.",
     "and from then on we tested every batch."),
])
def test_since_then_is_a_time_not_a_cut(text: str, second: str) -> None:
    clauses = _read(text)
    assert len(clauses) == 2
    assert clauses[1][0] == second


def test_since_then_with_a_present_step_is_a_lasting_habit() -> None:
    assert _read("He was annoyed at first, and since then he brings me in on every bid.")[1][
        1:] == ("other", "habitual")


@pytest.mark.parametrize("text", [
    "I raised it twice, and each time he said he'd stop.",
    "Every time I chased it, she said she would send the file.",
])
def test_what_someone_said_each_time_they_would_do_is_what_they_said(text: str) -> None:
    clauses = _read(text)
    frame, content = clauses[-2], clauses[-1]
    assert frame[2] == "habitual"  # the saying recurred
    assert content[2] == "hypothetical"  # what was said would happen did not, as told


def test_a_would_after_a_past_occasion_is_still_what_used_to_happen() -> None:
    assert _read("Whenever it rained we'd lose a day.")[-1][2] == "habitual"


@pytest.mark.parametrize("text", [
    "I called him every morning for two weeks.",
    "I rode with a different crew each morning for two weeks.",
    "For a fortnight I checked the fridge log every night.",
])
def test_a_step_repeated_over_a_counted_stretch_is_one_step(text: str) -> None:
    assert _read(text)[0][2] == "fact"


@pytest.mark.parametrize("text", [
    "I'd join the first five minutes every day for a fortnight.",  # "would": a routine
    "Every night for two weeks we were staying until eleven.",  # in progress, timed
    "Our nightly load failed every few days for months.",  # an open stretch
])
def test_a_routine_or_an_open_stretch_stays_a_habit(text: str) -> None:
    assert _read(text)[0][2] == "habitual"


@pytest.mark.parametrize("text", [
    "I moved onto the loyalty project the week after launch",
    "I moved to another ward about four months later",
    "I was reassigned to a different client shortly after",
    "I then moved to the payments team not long after",
])
def test_the_tellers_move_to_other_work_later_is_no_step(text: str) -> None:
    assert handed_on(text)


@pytest.mark.parametrize("text", [
    "I was moved to the mobile team",  # where the story starts
    "I moved two shift start times a week later",  # a step on the work itself
    "I moved the crew onto the east wing soon after",
    "I moved to the payments team in 2019",
])
def test_a_move_that_sets_the_scene_or_does_the_work_is_a_step(text: str) -> None:
    assert not handed_on(text)


def test_the_move_earns_no_credit_in_a_review() -> None:
    story = ("We launched the new checkout on time after I cut two features from scope. "
             "I moved onto the loyalty project the week after launch, so the analytics team "
             "picked up the measurement.")
    moved = next(c for c in analyze(story).clauses if c.text.startswith("I moved onto"))
    assert moved.role == "other"


@pytest.mark.parametrize("text", [
    "The night phlebotomist was leaving samples on a cold windowsill.",
    "Our radiographer flagged it.",
    "The electrician rewired the board.",
    "The ward assumed our analyser was drifting.",
    "The groundworks sub and the steel erector just kept blaming each other.",
    "Then one night a healthcare assistant comes up to me.",
])
def test_a_person_named_by_a_trade_or_by_what_only_people_do_is_someone(text: str) -> None:
    assert _read(text)[0][1] == "other"


@pytest.mark.parametrize("text", [
    "The checklist was out of date.",
    "The shortlist had four names.",
    "The problems persist.",
    "The printer just kept jamming.",
    "Returns went up, and the weekly report blamed a new courier.",
])
def test_things_are_still_nobody(text: str) -> None:
    assert _read(text)[-1][1] == "none"


@pytest.mark.parametrize("text", [
    "She decided not to do it.",
    "I told them not to sign.",
    "We agreed never to ship on a Friday.",
])
def test_a_choice_or_a_word_against_a_step_is_a_step_taken(text: str) -> None:
    assert _read(text)[0][2] == "fact"


@pytest.mark.parametrize("text", [
    "I didn't decide not to go.",  # the choice itself denied
    "She did not sign it.",
])
def test_a_step_denied_is_still_denied(text: str) -> None:
    assert _read(text)[0][2] == "negated"


def test_a_decision_not_to_act_is_credited_as_a_decision() -> None:
    story = ("The client wanted the release on Friday. I checked the test results myself and "
             "found two failures in payments. I decided not to ship until both were fixed, and "
             "we released on Tuesday with no incidents.")
    decided = next(c for c in analyze(story).clauses if "decided" in c.text)
    assert (decided.mode, decided.role) == ("fact", "decision")


def test_a_would_with_a_time_ahead_after_a_past_when_foretells() -> None:
    clauses = _read("The quote was £650. When I checked the car I saw the subframe was rusty, "
                    "it would fail the MOT in two months.")
    assert [mode for _, _, mode in clauses[1:]] == ["fact", "hypothetical"]


def test_a_would_after_a_past_when_with_no_time_ahead_is_still_a_routine() -> None:
    clauses = _read("When the feed failed, we'd rerun it by hand the next morning.")
    assert [mode for _, _, mode in clauses] == ["habitual", "habitual"]

