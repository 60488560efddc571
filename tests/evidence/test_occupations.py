"""Answers from work outside software keep their band (issue 8: strong answers from hospitals,
shops, warehouses, schools and trades were underscored, half their votes No Hire or worse).

`occupations.yaml` tells ten stories from ten occupations, each in a strong, an average and a
weak version, in plain, rambling, terse and non-native voices. Every panel must call a strong
telling Hire or better, an average one below Hire, and a weak one below Hire at a score under
2. Tellings still misjudged are listed in MISJUDGED and fail the run as soon as they pass.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import roundtable
from roundtable.models import Review

STORIES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent.parent / "data" / "probes" / "occupations.yaml").read_text("utf-8"))
PANELS = ("hiring-manager", "product-trio", "engineering-loop")
CASES = [(story, band) for story in STORIES for band in ("strong", "average", "weak")]

# Measured on the first six stories when they were written, before any change: strong tellings
# 3.16 per panelist (the warehouse's and the teacher's below the hire line on every panel),
# average 1.72, weak 1.01. The other four were written after the first round of changes. On all
# ten now: strong 3.47, average 2.05, weak 1.07. The warehouse's terse telling reached Hire on
# every panel once numbers of pallets, trucks and the like counted as measures. The vet nurse's
# plain telling, held at 2.7-2.9 while what she told the children was read as communication but
# not as the evidence or the outcome the rubric asks for, reached Hire on every panel once the
# candidate's own "I decided" counted as a call made.
# Round 46: the farm's average telling (worn parts "fixed", "the cows did better and we saved
# money on feed") scores 2.88-2.90 on its evidence; the telling model, reading its farm words
# as the words strong answers use, lifts it to the hire line (3.04-3.07). Round 47: with a
# vocabulary of words from at least six training sets (`telling.MIN_SOURCES`) it stays under
# the line on every panel (2.88-2.90, No Hire).
MISJUDGED: frozenset[tuple[str, str]] = frozenset()


def _reviews(story: dict[str, Any], band: str) -> list[Review]:
    return [roundtable.review(story["answers"][band], competency=story["competency"],
                              question=story["question"], panel=panel) for panel in PANELS]


def _wrong(story: dict[str, Any], band: str) -> list[str]:
    wrong = []
    for panel, review in zip(PANELS, _reviews(story, band), strict=True):
        vote, score = review.verdict.vote, review.verdict.score
        hires = vote in ("hire", "strong_hire")
        if (band == "strong" and not hires) or (band != "strong" and hires) or (
                band == "weak" and score >= 2.0):
            wrong.append(f"{panel}: {vote} {score:.2f}")
    return wrong


def test_the_stories_cover_ten_occupations_in_three_bands() -> None:
    assert len({s["occupation"] for s in STORIES}) == 10
    assert len({s["competency"] for s in STORIES}) >= 8
    assert all(set(s["answers"]) == {"strong", "average", "weak"} for s in STORIES)


@pytest.mark.parametrize(("story", "band"), CASES,
                         ids=[f"{s['id']}-{band}" for s, band in CASES])
def test_a_telling_keeps_its_band_on_every_panel(story: dict[str, Any], band: str) -> None:
    if (story["id"], band) in MISJUDGED:
        assert _wrong(story, band), "now right: take it off MISJUDGED"
        pytest.xfail("a known misjudgement; see MISJUDGED")
    assert _wrong(story, band) == []
