"""Hearsay about the candidate's own step is someone else's claim (LABELS.md: reported speech
belongs to its speaker). "Apparently I told him directly" or "I was told I raised it well"
tells what another person said the candidate did, not a step the candidate tells as theirs; a
hedge on their own memory ("I think I pushed back in a 1:1") stays theirs. Sentences the corpus
does not hold, with near misses where nothing is heard from anyone.
"""

from __future__ import annotations

import pytest
from one_clause import clause_starting

import roundtable

STORY = (
    "Last spring our designer Priya wanted to keep all seven screens of the onboarding tour, and "
    "I thought three were enough. {how} We kept three screens and activation went up 8% over "
    "the next month."
)


@pytest.mark.parametrize(("how", "step"), [
    ("Apparently I told her directly that the drop-off data showed most people skipped it.",
     "Apparently I told her"),
    ("I apparently talked to her privately about the drop-off numbers.", "I apparently talked"),
    ("Reportedly I raised it with her in a private meeting.", "Reportedly I raised"),
    ("Supposedly we sat down with her one on one to go through the numbers.", "Supposedly we"),
    ("I was told I raised it privately with her, which helped.", "I was told I raised"),
    ("I've been told that I handled it calmly and privately with her.", "I've been told"),
    ("From what I heard, I pushed back on the tour in a 1:1 with her.", "I pushed back"),
    ("According to my manager, I raised it privately with her.", "I raised it"),
    ("My manager told me later that I'd raised it well in the one-on-one.", "that I'd raised"),
    ("She told me on Monday that I had spoken to her calmly and privately.", "that I had spoken"),
    ("She said — fairly — that I had raised it calmly and privately.", "that I had raised"),
])
def test_a_step_of_the_candidates_known_by_hearsay_is_someone_elses_claim(
        how: str, step: str) -> None:
    clause = clause_starting(STORY.format(how=how), step)
    assert (clause.reported, clause.owner) == (True, "other"), clause


@pytest.mark.parametrize(("how", "step"), [
    # A hedge on their own memory, an instruction they were given and then carried out, a
    # thing heard from someone else, and speech of their own about themselves.
    ("I think I pushed back on the tour in a 1:1 with her.", "I think I pushed back"),
    ("I was told to raise it with her directly, so I did.", "so I did"),
    ("I heard her out and then told her directly what the drop-off data showed.", "I heard her"),
    ("I told my manager later that I had raised it with Priya privately.", "I told my manager"),
])
def test_a_step_told_first_hand_stays_the_candidates(how: str, step: str) -> None:
    clause = clause_starting(STORY.format(how=how), step)
    assert clause.owner == "candidate" and not clause.reported, clause


def _directly(how: str) -> int:
    review = roundtable.review(STORY.format(how=how), competency="conflict")
    return next(c.score for c in review.scores.criteria if c.id == "direct-conversation")


@pytest.mark.parametrize("hearsay", [
    "Apparently I talked to her privately about the drop-off numbers.",
    "I was told I talked to her privately about the drop-off numbers.",
    "My manager told me later that I'd talked to her privately about the drop-off numbers.",
    # her words read as what came after ("afterwards") are still hers
    "My manager told me afterwards I had talked to her privately about the drop-off numbers.",
])
def test_hearsay_earns_no_credit_for_how_it_was_raised(hearsay: str) -> None:
    assert _directly("I talked to her privately about the drop-off numbers.") >= 3
    assert _directly(hearsay) == _directly("") == 1
