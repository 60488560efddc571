"""Terse answers whose steps have no subject: a sentence with none goes on with someone else's
doing only after one, not after a state or a thing not done; and acting ahead of the guidance
that would settle things is acting before everything is known."""

from __future__ import annotations

import pytest

import roundtable
from roundtable.evidence.analysis import analyze

_SCENE = ("Walk-in freezer at my store failed on a Sunday night, 11pm. I'm the night manager. "
          "Engineer couldn't come till morning. ")
_STEPS = ("Rang their night manager, he said fine. Took the two delivery cages and the van. "
          "Logged temperatures of each cage.")


def _actors(text: str, *steps: str) -> list[str]:
    clauses = analyze(text).clauses
    return [next(c.actor for c in clauses if c.text.startswith(step)) for step in steps]


@pytest.mark.parametrize("before", [
    "Our sister store is eight minutes away and has a spare freezer bay.",  # a state
    "Area manager not answering.",  # nothing done
])
def test_a_subjectless_step_after_a_state_is_the_tellers(before: str) -> None:
    text = f"{_SCENE}{before} {_STEPS}"
    assert _actors(text, "Rang their", "Took the two", "Logged") == ["candidate"] * 3


def test_a_subjectless_sentence_after_someone_elses_doing_is_still_theirs() -> None:
    text = ("Patient upset at the desk. The patient shouted at the receptionist. "
            "Threatened to move practice.")
    assert _actors(text, "Threatened") == ["other"]


@pytest.mark.parametrize(("told", "credited"), [
    ("I did not wait for the full written guidance from the company, it came four days later.",
     True),
    ("I didn't wait for the official instructions.", True),
    ("I waited for the full written guidance from the company, it came four days later.", False),
])
def test_acting_ahead_of_the_guidance_is_acting_before_everything_is_known(
        told: str, credited: bool) -> None:
    text = ("I supervise a free-range egg unit, 32,000 hens. Bird flu was found 15 km away and a "
            f"housing order came overnight. {told} The first day I put footbaths at every door "
            "and ordered pecking blocks. We lost about 200 birds in one shed, which was my "
            "mistake, and almost none in the others.")
    review = roundtable.review(text, competency="adaptability")
    score = next(c for c in review.scores.criteria if c.id == "acting-under-uncertainty")
    assert ("competency-specific phrasing" in score.rationale) is credited
