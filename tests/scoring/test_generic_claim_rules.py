"""A generic claim or a plan shows no behavior: a criterion it touches is scored as having no
evidence at all, with nothing quoted for it, whatever words it shares with the criterion."""

from __future__ import annotations

from roundtable.catalog import get_competency
from roundtable.evidence.analysis import analyze
from roundtable.scoring.criteria import score_criterion

IMAGINED = ("If a manager wanted to cut a pilot short, I would probably ask for a meeting first. "
            "I would try to bring some data and I would listen to their side.")


def test_data_only_imagined_is_no_evidence_for_the_grounds() -> None:
    grounds = next(c for c in get_competency("have-backbone").criteria if c.id == "grounds")
    scored = score_criterion(analyze(IMAGINED), grounds)
    assert (scored.score, scored.evidence) == (1, [])
    # Nothing for it, and no story told: not a silence but evidence against.
    assert scored.rationale == "no evidence; against: no story" and not scored.silent
