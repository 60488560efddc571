"""A panelist whose every criterion but the one it led with is at the top anchor names that one
as its concern: "My concern is the impact, which I can credit only in part, 5 of 5" says two
things at once (seen on `voices-tune4.yaml`'s vt4-05, a strong failure story)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import roundtable
from roundtable.synthesis.claims import check_review

STORY = next(s for s in yaml.safe_load((Path(__file__).parent.parent / "data" / "probes" /
                                        "voices-tune4.yaml").read_text("utf-8"))
             if s["id"] == "vt4-05")


@pytest.mark.parametrize(("voice", "panel"), [("plain", "product-trio"),
                                              ("rambling", "product-trio"),
                                              ("rambling", "engineering-loop")])
def test_the_concern_is_a_criterion_below_the_top(voice: str, panel: str) -> None:
    review = roundtable.review(STORY["voices"][voice], competency=STORY["competency"],
                               question=STORY["question"], panel=panel)
    opening = review.rounds[0].turns[0]
    scores = next(p.opening.criteria for p in review.scores.panelists
                  if p.panelist == opening.speaker and p.opening)
    assert sorted(scores.values())[-2] == 5 and min(scores.values()) < 5, scores
    assert "concern_at_top" not in {v.rule for v in check_review(review)}
    assert "concern is root cause" in opening.text
