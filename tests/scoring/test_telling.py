"""The answer-level telling model: its measures, its bounded shift and the reason it gives.

No model file ships, so reviews are unchanged by default; these tests set a model by hand
(`telling.using`) to check what one would do."""

from __future__ import annotations

import pytest

from roundtable.catalog import get_competency
from roundtable.evidence.analysis import analyze
from roundtable.scoring import score_criteria, telling
from roundtable.scoring.criteria import GENERALITY_POINTS, concreteness_penalty

TOLD = (
    "Last March our nightly invoice export started failing. I pulled the job logs, found that a "
    "supplier had added a currency column, and rewrote the parser to read the header first. I "
    "tested it on three months of files and shipped it on the Friday. As a result, the export has "
    "not failed since and month-end close went from five days to three."
)
HABIT = (
    "I always make sure quality comes first. My approach is to align stakeholders around a "
    "shared vision and drive a culture of excellence. I would typically leverage best practices "
    "and I generally find that this creates great outcomes for everyone involved."
)


def _measures(text: str) -> dict[str, float]:
    analysis = analyze(text)
    found = telling.features(analysis, concreteness_penalty(analysis) / GENERALITY_POINTS)
    return dict(zip(telling.FEATURES, found, strict=True))


def _flat(bias: float) -> telling.Model:
    """A model that predicts `bias` for every answer."""
    n = len(telling.FEATURES)
    return telling.Model((0.0,) * n, (1.0,) * n, (0.0,) * n, bias)


def test_a_told_story_and_habit_talk_measure_apart() -> None:
    told, habit = _measures(TOLD), _measures(HABIT)
    assert told["outcome"] == 1.0 and habit["outcome"] == 0.0
    assert told["specific"] > habit["specific"]
    assert habit["habit"] > told["habit"]
    assert habit["generality"] > told["generality"]


def test_the_prediction_is_a_weighted_sum_of_standardised_measures() -> None:
    n = len(telling.FEATURES)
    weights = (0.5,) + (0.0,) * (n - 1)
    chosen = telling.Model((1.0,) * n, (2.0,) * n, weights, 0.25)
    assert chosen.predict([3.0] + [0.0] * (n - 1)) == pytest.approx(0.25 + 0.5 * (3 - 1) / 2)


@pytest.mark.parametrize(("bias", "expected"), [(-5.0, -telling.MAX_SHIFT), (-0.8, -0.4),
                                                (-0.4, 0.0), (0.4, 0.0), (0.8, 0.4),
                                                (5.0, telling.MAX_SHIFT)])
def test_the_shift_is_bounded(bias: float, expected: float) -> None:
    with telling.using(_flat(bias)):
        moved, _ = telling.shift(analyze(TOLD), 0.0)
    assert moved == pytest.approx(expected)


def test_without_a_model_nothing_moves() -> None:
    with telling.without():
        assert telling.shift(analyze(TOLD), 0.0) == (0.0, "")


def test_a_predicted_weak_telling_lowers_criteria_by_at_most_a_point_and_says_why() -> None:
    competency = get_competency("deliver-results")
    analysis = analyze(TOLD)
    with telling.without():
        plain = score_criteria(analysis, competency)
    with telling.using(_flat(-5.0)):
        tipped = score_criteria(analysis, competency)
    for before, after in zip(plain, tipped, strict=True):
        assert before.score - 1 <= after.score <= before.score
        if after.score < before.score:
            assert "told as weaker answers are" in after.rationale
    with telling.using(_flat(5.0)):
        raised = score_criteria(analysis, competency)
    for before, after in zip(plain, raised, strict=True):
        assert before.score <= after.score <= before.score + 1
        assert after.silent == before.silent
