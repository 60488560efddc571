"""Every sentence a review writes about an answer is true of that answer: every dev-set answer
and every answer a human audit read, through every panel, with no claim the reading does not
support. test_claims.py shows the checker catches each kind of false claim, so a clean sweep
here means something.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import roundtable
from roundtable.synthesis.claims import check_review

DEVSET = Path(__file__).parent.parent / "data" / "devset"
ROWS = [json.loads(line) for path in sorted(DEVSET.glob("*.jsonl"))
        for line in path.read_text("utf-8").splitlines()]
PANELS = ("product-trio", "engineering-loop", "hiring-manager")


@pytest.mark.parametrize("panel", PANELS)
def test_no_claim_about_a_dev_answer_contradicts_its_reading(panel: str) -> None:
    found = []
    for row in ROWS:
        review = roundtable.review(row["answer"], competency=row["competency"],
                                   question=row["question"], panel=panel)
        found += [f"{row['id']} {v.where} {v.rule}: {v.text[:120]}" for v in check_review(review)]
    assert found == []


AUDIT = Path(__file__).parent.parent / "data" / "claims_audit"


@pytest.mark.parametrize("path", sorted(AUDIT.glob("*.txt")), ids=lambda p: p.stem)
def test_no_claim_about_an_audited_answer_contradicts_its_reading(path: Path) -> None:
    """The answers a human audit read sentence by sentence (147 false or broken sentences in
    the reviews of six of them), reviewed as a user would: competency inferred."""
    question, _, answer = path.read_text("utf-8").partition("\n\n")
    found = []
    for panel in PANELS:
        review = roundtable.review(answer.strip(), question=question.strip(), panel=panel)
        found += [f"{panel} {v.where} {v.rule}: {v.text[:120]}" for v in check_review(review)]
    assert found == []
