"""The reviews every deliberation test reads: one dev answer per competency, by each panel."""

from __future__ import annotations

from functools import cache

from roundtable.evaluation.deliberation import DeliberationReport, corpus, devset, measure
from roundtable.evaluation.deliberation import review_all as _review_all
from roundtable.models import Review


@cache
def sample() -> list[Review]:
    """The 45 reviews of the text measures (15 answers x 3 panels)."""
    return [review for _, review in _review_all(corpus(devset()))]


@cache
def dev_reviews() -> list[Review]:
    """Every dev answer reviewed by each panel (198 reviews)."""
    return [review for _, review in _review_all(devset())]


@cache
def report() -> DeliberationReport:
    """Every measure over the dev split."""
    return measure(devset())
