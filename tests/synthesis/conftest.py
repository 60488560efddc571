"""The small stories' reviews the claim tests write false sentences into, made once per run."""

from __future__ import annotations

import pytest
from story_answers import ALONE, TOLD

import roundtable
from roundtable.models import Review


@pytest.fixture(scope="session")
def told() -> Review:
    return roundtable.review(TOLD, competency="have-backbone")


@pytest.fixture(scope="session")
def alone() -> Review:
    return roundtable.review(ALONE, competency="ownership")
