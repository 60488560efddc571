"""Evidence the reading places where no signpost word says it: an outcome told as how things
came to stand late in the story ("After a month he was running the small batch jobs alone"),
and a reason told in a sentence of its own rather than after "I… because". Each has a near miss
that must not count: the candidate's own later step, trouble that went on, the other side's
reasons, a date set told with "due to"; and the story the candidate chooses to tell, whose
"I'd" imagines nothing."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import read_role


@pytest.mark.parametrize(("text", "actor", "mode", "position", "role"), [
    # Late in the story, time having passed or a later date opens how things came to stand.
    ("After six weeks she was closing the till on her own.", "other", "habitual", 0.9,
     "result"),
    ("Last autumn he ran the induction for the new starters himself.", "other", "fact", 0.9,
     "result"),
    ("By the end of March the backlog was down to a single shelf.", "none", "fact", 0.8,
     "result"),
    # The same date early on sets the scene, and the candidate's own step after a wait is a step.
    ("Last autumn he ran the induction for the new starters himself.", "other", "fact", 0.1,
     "situation"),
    ("After a week I went to my manager with the rota.", "candidate", "fact", 0.9, "action"),
])
def test_time_passing_late_in_the_story_opens_its_outcome(
        text: str, actor: str, mode: str, position: float, role: str) -> None:
    assert read_role(text, actor, mode, position, None, False) == role  # type: ignore[arg-type]


def test_the_readings_own_outcome_counts_without_a_change_word() -> None:
    story = ("Our new apprentice, Callum, was scared of the lathe and kept finding reasons to "
             "sweep up instead. I stayed back two evenings a week and had him turn scrap bar "
             "until he trusted the chuck. After a month he was running the small batch jobs "
             "alone. Last winter he showed the two new apprentices the lathe himself.")
    found = analyze(story)
    assert "result" in found.sentences[-2].kinds
    assert "result" in found.sentences[-1].kinds


def test_a_step_of_the_candidates_or_trouble_that_went_on_is_no_told_outcome() -> None:
    story = ("The stock counts in the system never matched the shelves, and that belonged to "
             "the inventory team. I emailed them about it a dozen times and raised it in the "
             "morning meeting. They never really prioritised it. After a couple of months I "
             "stopped raising it.")
    assert not analyze(story).has("result")


def test_a_reason_the_reading_places_is_the_candidates_grounds_without_a_because() -> None:
    held = ("The site manager wanted to pour on Friday. I held the sign-off. Because the east "
            "frame welds had failed twice that week, nobody could call the frame safe.")
    assert "grounds" in analyze(held).sentences[2].kinds
    # The other side's reasons, under their "wanted", are the position disputed.
    theirs = ("The site manager wanted to pour on Friday, because the round ran long and the "
              "crew was tired. I went along with it.")
    assert not analyze(theirs).has("grounds")


def test_a_reason_placed_later_in_the_story_is_credited_on_its_own_line() -> None:
    """A reason the reading places, told in a sentence after the candidate's position, is
    credited as their grounds, quoting that sentence: the placed reason is found where its
    clause stands in the answer, not only in the answer's first sentence."""
    held = ("The site manager wanted to pour on Friday. I held the sign-off. Because the east "
            "frame welds had failed twice that week, nobody could call the frame safe.")
    [grounds] = [e for e in analyze(held).of("grounds") if e.strength > 0]
    assert grounds.sentence == 2
    assert grounds.quote.startswith("Because the east frame welds had failed")


def test_the_story_chosen_in_the_candidates_words_is_told_not_imagined() -> None:
    # "the failure I'd talk about is…" chooses the story; its "I'd" imagines nothing of it, so
    # the miss told in it is owned. "I'd talk to the chef first" is still what they would do.
    chosen = ("I'm a line cook, and the failure I'd talk about is a Saturday where I missed the "
              "delivery slot for our biggest customer. I told the head chef straight away.")
    found = analyze(chosen)
    assert any(e.kind == "failure_owned" and e.strength > 0 for e in found.evidence)
    assert not found.has("generic_claim")
    assert analyze("I'd talk to the head chef first and agree a plan.").clauses[0].mode == (
        "hypothetical")


@pytest.mark.parametrize(("text", "grounds"), [
    ("The delay was due to a customs hold at Dover.", True),
    ("Due to the storm, the trucks were four hours late.", True),
    # A date set is no reason: the reading must not credit it as the candidate's grounds.
    ("We were due to retire the old till system at the end of June.", False),
])
def test_due_to_gives_a_cause_not_a_date_set(text: str, grounds: bool) -> None:
    assert (read_role(text, "team", "fact", 0.1, None, False) == "grounds") is grounds


def test_a_cause_of_an_event_is_no_grounds_of_the_candidates() -> None:
    # "because of bad Wi-Fi" explains why the tablets were slow, a finding on the way; it gives
    # no reason for the candidate's position.
    found = analyze("I timed the checks myself for a week. The check took about six minutes, "
                    "but the tablets took another four to log in because of bad Wi-Fi.")
    assert "grounds" not in found.sentences[1].kinds
