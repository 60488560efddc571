"""Readings fixed in round 39 on the tuning parts of the unseen sets, each a misreading that sank
a strong answer told plainly or let a weak one through:

- a cause found, told as a plain person tells it ("it was that the milk was going in warm", "it
  was the days my brother was filling the troughs", "took me another week to twig it"), is a
  cause found, where "it was that simple" finds none;
- records kept by hand ("kept a notebook on a nail", "I started writing down every day what
  time milking finished") are data gathered and a dig into the facts;
- the trouble not seen since, told with "'ve not" ("We've not had a single temperature
  deduction since"), is an outcome that held;
- waiting for permission called a thing one does not do ("When it's broken, you don't wait for
  the process", "sometimes you have to own a decision rather than wait for permission") is a
  creed of forcing a decision through, even said as a platitude; waiting for a meeting or a
  drawing is a pace, not a permission.
"""

from __future__ import annotations

import pytest

import roundtable
from roundtable.catalog import get_competency
from roundtable.evidence.analysis import analyze
from roundtable.models import CriterionScore

QUESTION = "Tell me about a tricky problem you worked out yourself."
SCENE = ("We milk about 180 cows. The milk company started docking us because the milk was "
         "coming in too warm some days. The refrigeration engineer tested the tank and said it "
         "was fine. ")
RECORDS = ("So I started writing down every day what time milking finished, the tank temperature "
           "and the weather, and kept the notebook on a nail in the dairy. After three weeks the "
           "bad days were the hot afternoons. I stood there during milking with my hand on the "
           "pipe into the plate cooler, and some days it was barely a trickle. ")
FOUND = ("Took me another week to twig it. It was the days my brother was filling the troughs at "
         "the same time, same pump. ")
FIX = ("I put a timer on the trough filling so it only runs outside milking. We've not had a "
       "single deduction since, and that's two summers now.")


def _kinds(text: str) -> set[str]:
    return {e.kind for e in analyze(text).evidence if e.strength > 0}


def _needs() -> list[str]:
    needs = next(c for c in get_competency("problem-solving").criteria
                 if c.id == "diagnosis").needs
    assert needs is not None
    return needs.cues


def _criterion(answer: str, name: str) -> CriterionScore:
    review = roundtable.review(answer, competency="problem-solving", question=QUESTION)
    return next(c for c in review.scores.criteria if c.name == name)


@pytest.mark.parametrize("said", [
    "Took me another week to twig it.",
    "It was the days my brother was filling the troughs in the top field.",
    "The tank was fine, it was that the milk was going in warm.",
    "Then the penny dropped: same well, same pump.",
])
def test_a_cause_told_plainly_is_a_cause_found(said: str) -> None:
    needs = _needs()
    assert analyze(said).tells(needs)


@pytest.mark.parametrize("said", [
    "Honestly, it was that simple.",
    "It was the first time I had run the dairy on my own.",
])
def test_what_finds_no_cause_is_none(said: str) -> None:
    needs = _needs()
    assert not analyze(said).tells(needs)


def test_the_plain_telling_is_credited_its_dig_and_its_lasting_result() -> None:
    told = SCENE + RECORDS + FOUND + FIX
    assert _criterion(told, "Finding the cause").score > _criterion(
        SCENE + FOUND + FIX, "Finding the cause").score
    assert _criterion(told, "The result and what held").score >= 4


@pytest.mark.parametrize("said, kind", [
    ("So I started writing down every day what time milking finished and the tank temperature.",
     "deep_dive"),
    ("Kept a notebook on a nail in the dairy.", "data"),
    ("We've not had a single temperature deduction since, and that's two summers now.", "result"),
])
def test_records_kept_and_trouble_not_seen_since_are_read(said: str, kind: str) -> None:
    assert kind in _kinds(said)


@pytest.mark.parametrize("said, flagged", [
    ("When it's broken, you don't wait for the process.", True),
    ("I think sometimes you have to own a decision rather than wait for permission when the "
     "customer is waiting on those orders.", True),
    ("I called the client's programme director the same afternoon rather than waiting for the "
     "weekly status meeting.", False),
    ("I went and sat with their engineer rather than waiting for a drawing issue.", False),
    ("We don't wait for the lift on a fire drill, we take the stairs.", False),
])
def test_permission_not_waited_for_as_a_creed_forces_it_through(said: str,
                                                                flagged: bool) -> None:
    assert ("steamroll" in _kinds(said)) is flagged


@pytest.mark.parametrize("said, role", [
    ("All the guaranteed and pharmacy parcels made it.", "result"),
    ("I made it clear to her that the rota stayed.", "action"),
])
def test_what_got_through_told_plainly_is_a_result(said: str, role: str) -> None:
    assert analyze(said).clauses[0].role == role
