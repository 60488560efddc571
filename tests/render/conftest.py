"""Fixtures for the renderer tests: the reviews built in `render_samples`."""

from __future__ import annotations

import pytest
from render_samples import build_hostile_review, build_review

from roundtable.models import Review


@pytest.fixture
def review() -> Review:
    """The realistic review: three panelists, three rounds, flags and a fallback turn."""
    return build_review()


@pytest.fixture
def hostile() -> Review:
    """The review whose user text tries to break every format."""
    return build_hostile_review()
