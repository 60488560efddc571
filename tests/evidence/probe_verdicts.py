"""Probe answers through every bundled panel, held to the side of the hire line their label puts
them on: what `test_found_and_lasting.py`, `test_team_probes.py` and `test_dive_deep_probes.py`
each ask of their probes."""

from __future__ import annotations

import roundtable
from roundtable.scoring.criteria import HIRE_LINE
from roundtable.synthesis.claims import check_review

PANELS = ("product-trio", "engineering-loop", "hiring-manager")
HIRE = ("hire", "strong_hire")


def reviews_of(row: dict[str, str], competency: str | None = None) -> list[roundtable.Review]:
    """The probe's answer reviewed by every bundled panel, for its own competency unless told."""
    return [roundtable.review(row["answer"], competency=competency or row["competency"],
                              question=row["question"], panel=panel) for panel in PANELS]


def assert_on_its_side(row: dict[str, str], reviews: list[roundtable.Review]) -> None:
    """Every claim of every review holds; a strong answer's mean verdict is at or over the hire
    line; no panel gives a weak answer a majority of Hire votes."""
    for review in reviews:
        assert check_review(review) == [], row["id"]
    if row["label"] == "strong":
        mean = sum(r.verdict.score for r in reviews) / len(reviews)
        assert mean >= HIRE_LINE, (row["id"], mean)
        return
    for review in reviews:
        votes = [p.vote for p in review.scores.panelists]
        assert sum(v in HIRE for v in votes) * 2 < len(votes), (row["id"], votes)
