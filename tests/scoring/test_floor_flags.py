"""A red flag a rubric names as a criterion's floor anchor (`Signals.floor`) holds that criterion
below the middle anchor, whatever else the answer shows of it."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

import roundtable
from roundtable.catalog.schema import Signals

STORY = ("We were five analysts rebuilding the sales forecast for a grocery chain. I built the "
         "demand model, I cleaned three years of till data, I wrote the dashboard, and the "
         "forecast error fell from 12% to 4%. ")
SOLE = ("The others did small tickets, but the design and the results were mine, and everyone "
        "knew who had made it happen.")


def _own_contribution(answer: str) -> tuple[int, str]:
    review = roundtable.review(answer, competency="teamwork")
    found = next(c for c in review.scores.criteria if c.id == "own-contribution")
    return found.score, found.rationale


def test_taking_the_teams_work_as_ones_own_holds_own_contribution_down() -> None:
    plain, _ = _own_contribution(STORY)
    held, rationale = _own_contribution(STORY + SOLE)
    assert plain >= 3
    assert held <= 2
    # the ceiling, not the telling, held it: no empty reason is listed
    assert "sole credit" in rationale and not rationale.rstrip().endswith(",")


def test_only_red_flags_can_be_a_floor() -> None:
    assert Signals(positive=["action"], floor=["sole_credit"]).floor == ["sole_credit"]
    with pytest.raises(ValidationError, match="floor signals must be red flags"):
        Signals(positive=["action"], floor=["metric"])
