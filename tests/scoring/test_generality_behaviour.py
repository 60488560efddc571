"""How much an answer told in generalities loses (`scoring.criteria.concreteness_penalty`), at
its edges: a concrete story loses nothing, an answer of nothing but platitudes loses the most,
filler can only add to the loss and description cannot dilute it, and a hedge costs less than
vague words.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.scoring.criteria import (
    GENERALITIES_SPEAK,
    GENERALITY_POINTS,
    concreteness_penalty,
)

STORY = ("I rewrote the deploy scripts in March. I added a dry-run step to every release. "
         "Failed releases dropped from four a month to none.")
PLATITUDES = ["I always give one hundred percent.", "Communication is key in any team.",
              "I believe in working hard and staying positive."]


def _penalty(text: str) -> float:
    return concreteness_penalty(analyze(text))


def test_a_concrete_story_loses_nothing() -> None:
    assert _penalty(STORY) == 0.0


def test_nothing_but_platitudes_loses_the_full_points_less_the_slip_forgiven() -> None:
    assert _penalty(" ".join(PLATITUDES)) == pytest.approx(GENERALITY_POINTS - GENERALITIES_SPEAK)


def test_each_platitude_added_to_a_story_costs_more() -> None:
    told = STORY
    before = _penalty(told)
    for platitude in PLATITUDES:
        told = f"{told} {platitude}"
        after = _penalty(told)
        assert before < after < GENERALITY_POINTS
        before = after


def test_description_that_is_neither_a_step_nor_a_generality_dilutes_nothing() -> None:
    padded = f"{PLATITUDES[1]} {STORY}"
    assert _penalty(f"{padded} The office was on the fourth floor.") == _penalty(padded)
    assert _penalty(f"{STORY} The office was on the fourth floor.") == 0.0


def test_a_hedge_costs_less_than_vague_words_and_both_cost_something() -> None:
    hedged = _penalty(f"{STORY} I think it probably helped the team a bit.")
    vague = _penalty(f"{STORY} We did a lot of things to help the team.")
    assert 0.0 < hedged < vague


def test_one_hedged_step_alone_is_loose_but_not_a_platitude() -> None:
    hedged = _penalty("I think I rewrote the deploy scripts in March.")
    assert 0.0 < hedged < _penalty(" ".join(PLATITUDES))
