"""Review-shaped stand-ins with known numbers, so metrics and reports can be checked exactly."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from roundtable.models import (
    VOTES,
    CompetencyRef,
    Consensus,
    CriterionScore,
    EngineInfo,
    PanelistRef,
    PanelistScore,
    Review,
    Round,
    Scores,
    Turn,
    Verdict,
    Vote,
)

PANEL = ("ana", "ben", "cy")


def vote_for(score: float) -> Vote:
    """A vote from a score, on the usual cut points."""
    return VOTES[0 if score < 2 else 1 if score < 3 else 2 if score < 4 else 3]


def make_review(
    answer: str,
    score: float,
    *,
    panel_scores: tuple[float, ...] | None = None,
    openings: tuple[str, ...] | None = None,
) -> Review:
    """A minimal valid Review with the given verdict score and panelist scores."""
    scores = panel_scores or (score, score, score)
    texts = openings or tuple(f"{who} thinks the answer shows {answer[:20]}" for who in PANEL)
    return Review(
        headline="h",
        answer=answer,
        competency=CompetencyRef(id="c", name="C", short_name="C"),
        panel=[PanelistRef(id=p, name=p.title(), title="t") for p in PANEL],
        rounds=[Round(kind="opening", turns=[Turn(speaker=p, text=t)
                                             for p, t in zip(PANEL, texts, strict=True)])],
        consensus=Consensus(summary="s"),
        signals=[],
        follow_ups=[],
        scores=Scores(
            overall=score,
            criteria=[CriterionScore(id="x", name="X", score=3, rationale="r")],
            panelists=[PanelistScore(panelist=p, score=s, vote=vote_for(s))
                       for p, s in zip(PANEL, scores, strict=True)],
        ),
        verdict=Verdict(vote=vote_for(score), label="l", score=score),
        engine=EngineInfo(name="fake"),
    )


def digit_reviewer(answer: str, **_: Any) -> Review:
    """Scores by how many digits the answer holds: specifics raise it, filler does not."""
    digits = len(re.findall(r"\d", answer))
    score = min(5.0, 1.0 + digits / 2)
    # The first panelist is harsher, so the single-reviewer baseline differs from the panel.
    return make_review(answer, score, panel_scores=(max(1.0, score - 1), score, score))


async def adigit_reviewer(answer: str, **kwargs: Any) -> Review:
    """The async form of `digit_reviewer`."""
    return digit_reviewer(answer, **kwargs)


@pytest.fixture
def review_factory() -> Callable[..., Review]:
    """`make_review`, for tests that need a Review with chosen numbers."""
    return make_review


@pytest.fixture
def reviewer() -> Callable[..., Review]:
    """A synchronous stand-in for `roundtable.review`."""
    return digit_reviewer


@pytest.fixture
def areviewer() -> Callable[..., Any]:
    """An asynchronous stand-in for `roundtable.areview`."""
    return adigit_reviewer
