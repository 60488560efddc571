"""Whose call a quote shows, and what was only imagined (round 61, from `voices-tune4.yaml`):
each reading pinned with a near miss beside it."""

from __future__ import annotations

import pytest

import roundtable
from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import Clause, appraises_self


def _clause(text: str, starting: str) -> Clause:
    return next(c for c in analyze(text).clauses if c.text.startswith(starting))


@pytest.mark.parametrize(("text", "starting", "actor"), [
    # "me" and someone else, after a connective, are one subject
    ("And then me and the exams officer sat down and rang the board together.", "And then me",
     "team"),
    ("So then me and my manager decided to stop the line.", "So then me", "team"),
    ("Then me and Sam rang the board.", "Then me", "team"),
    # "me" as an object ends its clause: the next one has its own subject
    ("He called me and the nurse checked every chart.", "He called me", "other"),
    ("They blamed me and I left.", "and I left", "candidate"),
])
def test_me_and_another_are_read_as_one_subject(text: str, starting: str, actor: str) -> None:
    assert _clause(text, starting).actor == actor


@pytest.mark.parametrize(("text", "starting", "mode"), [
    # a condition after it that did not hold makes "might have" imagined
    ("I might have said something if I had known.", "I might have said", "hypothetical"),
    ("We may have flagged it if we'd been told earlier.", "We may have flagged", "hypothetical"),
    # without one, or with a plain past after it, it stays a doubt about what was said
    ("I might have mentioned it in the team chat.", "I might have mentioned", "hedged"),
    ("I might have said something, but I didn't know.", "I might have said", "hedged"),
])
def test_a_might_have_is_read_with_the_condition_after_it(text: str, starting: str,
                                                         mode: str) -> None:
    assert _clause(text, starting).mode == mode


_EXAM = (
    "I was a science teacher and I was responsible for submitting the coursework sample for my "
    "Year 11 class of 26 students. The deadline was the 5th of May, but I had written it down "
    "as the 15th, copying it from an old note instead of the board's schedule. On the 9th our "
    "exams officer noticed and told me. I went straight to my head of department and told her "
    "it was my mistake. Then me and the exams officer rang the board and asked them to accept "
    "it late. They said yes, as long as the sample got there within 48 hours. That night I "
    "checked every folder and we couriered them the next morning, and all 26 students got "
    "their results on time. Since then I take every deadline from the board's own schedule."
)


def _quotes(review: roundtable.Review, criterion: str) -> list[str]:
    return [q.quote for c in review.scores.criteria if c.id == criterion for q in c.evidence]


def test_someone_elses_decision_is_no_part_of_the_candidates_in_a_failure() -> None:
    review = roundtable.review(_EXAM, competency="failure")
    quotes = _quotes(review, "their-part")
    assert not any("They said yes" in q for q in quotes), quotes
    # the slip itself, told as what was written down and from where, is their part
    assert any("I had written it down as the 15th" in q for q in quotes), quotes


def test_someone_elses_decision_still_shows_the_outcome_an_argument_won() -> None:
    story = (
        "I disagreed with my director about launching the pricing change in December, because "
        "our churn data showed that a price rise in the holiday month had cost us 4% of "
        "accounts the year before. I wrote a one-page memo with the numbers and asked for "
        "fifteen minutes in her staff meeting. After the meeting she decided to delay the "
        "change to February, and churn that quarter stayed under 1%."
    )
    review = roundtable.review(story, competency="influence")
    assert any("she decided to delay" in q for q in _quotes(review, "result-and-reflection"))


@pytest.mark.parametrize(("text", "starting", "actor"), [
    # "that" is the subject of "So that meant…", where "so that" opens a purpose
    ("I never found out exactly. So that meant the pick order was wrong, basically.",
     "So that meant", "none"),
    ("I moved the shoot to dawn so that we'd lose as little light as possible.", "so that",
     "team"),
    # an office that rings is its people; an alarm that rings is a thing
    ("The transport office rang through about ten o'clock and said two trailers had moved.",
     "The transport office", "other"),
    ("The alarm rang twice and we evacuated.", "The alarm", "none"),
    # a filler after a word that needs one after it breaks a phrase, not a clause
    ("So I went over to the, um, the office and got the new list printed.", "So I went",
     "candidate"),
])
def test_a_subject_is_read_through_speech(text: str, starting: str, actor: str) -> None:
    assert _clause(text, starting).actor == actor


def test_a_filler_inside_a_phrase_leaves_one_clause() -> None:
    text = "So I went over to the, um, the office and got the new list printed."
    assert len(analyze(text).clauses) == 1
    # …where one between two clauses still parts them
    assert len(analyze("We fixed it, um, and then the client signed.").clauses) == 2


_WAREHOUSE = ("I was operations manager in warehouse for online pharmacy products, we have day "
              "shift and night shift. Picking errors go up from 0.4% to 1.1% in three months. I "
              "check the data in our WMS system and I move the best supervisor to nights. After "
              "two months error rate go down to 0.6%.")


@pytest.mark.parametrize(("text", "starting", "role"), [
    # the job named without its article is the scene, as "I was an operations manager" is
    (_WAREHOUSE, "I was operations manager", "situation"),
    ("I was shift supervisor at the depot.", "I was shift", "situation"),
    ("I am science teacher in secondary school.", "I am science", "situation"),
    ("I was head of the project and I rebuilt the plan.", "and I rebuilt", "action"),
    # what the team had, told in the present, is the scene; a step of theirs is not
    (_WAREHOUSE, "we have day shift", "situation"),
    (_WAREHOUSE, "I check the data", "action"),
])
def test_the_scene_is_read_in_plain_and_second_language_words(text: str, starting: str,
                                                              role: str) -> None:
    assert _clause(text, starting).role == role


def _flags(text: str) -> set[str]:
    return {e.kind for e in analyze(text).evidence
            if e.kind in ("blame", "contempt", "sole_credit") and e.strength > 0}


@pytest.mark.parametrize(("text", "flags"), [
    # the fault put on others' care, and a motive put on them
    ("For me it was clear that night shift was not careful enough, they want to finish quickly "
     "and go home.", {"blame", "contempt"}),
    ("The pickers weren't really careful enough.", {"blame"}),
    ("They just wanted to clock off.", {"contempt"}),
    # the teller's own care, and a wish told plainly, blame no one
    ("I wasn't careful enough with the labels.", set()),
    ("We weren't careful enough.", set()),
    ("They wanted to finish early so we moved the meeting.", set()),
    # a filler before a step claims nothing; the whole claimed after it does
    ("I sat down the night before and I, er, I basically made a one-page crib sheet.", set()),
    ("On that project I basically did everything myself.", {"sole_credit"}),
    ("I basically built the whole thing.", {"sole_credit"}),
])
def test_red_flags_told_in_plain_words(text: str, flags: set[str]) -> None:
    assert _flags(text) == flags


def test_an_example_of_me_is_a_verdict_on_oneself() -> None:
    text = ("So yeah, I'd say that's an example of me using guest feedback to get to the root "
            "cause and then fixing it.")
    assert appraises_self(analyze(text).clauses[0])
