"""A story told in the present is a story, not a habit (issue 8, "Robust to voice": the same
story in second-language English must not be flagged `hypothetical`). "When I join, I ask my
manager if I can look. She say yes." marks its one occasion; "I usually ask my manager" says how
often, and "I would ask my manager" imagines, and both stay flagged (as hypothetical, or as no
story)."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze

PRESENT_STORIES = [
    "I am analyst in a logistics company. The fuel invoices and the ledger never match. When I "
    "join, I ask my manager if I can look. She say yes, one week. I take six months of lines "
    "and I find two fees nobody import. We cancel 23 cards and I change the import.",
    "I work in a hotel kitchen. My partner is slow and we finish late. Later I ask him what is "
    "the problem. He has pain in his back. So we change: I do the heavy pans and he do the "
    "prep. After this we finish on time.",
]
IMAGINED = [
    "When the fuel invoices do not match, I usually ask my manager first. I always look at six "
    "months of lines. I normally find the fees, and I typically change the import later.",
    "I would ask my manager if I can look. Then I would take six months of lines. I would find "
    "the fees and I would change the import.",
]


def _story_flags(answer: str) -> set[str]:
    return {e.kind for e in analyze(answer).evidence if e.kind in ("hypothetical", "no_story")}


@pytest.mark.parametrize("answer", PRESENT_STORIES)
def test_one_occasion_told_in_the_present_is_a_story(answer: str) -> None:
    assert "hypothetical" not in _story_flags(answer)


@pytest.mark.parametrize("answer", IMAGINED)
def test_a_habit_or_an_imagined_story_is_still_flagged(answer: str) -> None:
    # a run of habits told in general words reads as no story at all, which flags it as surely
    assert _story_flags(answer)
