"""Golden reviews: whole reviews pinned as JSON, so any change in wording is a reviewed diff.

Update on purpose with `pytest tests/pipeline/test_golden.py --snapshot-update`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from devset import rows
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.json import JSONSnapshotExtension
from syrupy.matchers import path_type

import roundtable

EXAMPLE = Path(__file__).parents[2] / "examples" / "have-backbone-transcript.txt"
BY_ID = {r["id"]: r for r in rows()}
# Ids and times are assigned by the store; they must not pin a review's content.
VOLATILE = path_type({"id": (str, type(None)), "created_at": (str, type(None))})


@pytest.fixture
def snapshot_json(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    return snapshot.use_extension(JSONSnapshotExtension)


def _json(review: roundtable.Review) -> dict[str, Any]:
    return review.model_dump(mode="json")


def test_bundled_example(snapshot_json: SnapshotAssertion) -> None:
    review = roundtable.review(EXAMPLE.read_text(), role="Product Manager")
    assert _json(review) == snapshot_json(matcher=VOLATILE)


@pytest.mark.parametrize("row_id,panel", [
    ("fl-01-strong", "product-trio"),
    ("cf-01-weak", "product-trio"),
    ("hs-02-average", "engineering-loop"),
    ("tw-01-strong", "hiring-manager"),
])
def test_devset_reviews(row_id: str, panel: str, snapshot_json: SnapshotAssertion) -> None:
    row = BY_ID[row_id]
    review = roundtable.review(row["answer"], competency=row["competency"],
                               question=row["question"], panel=panel)
    assert _json(review) == snapshot_json(matcher=VOLATILE)
