"""A dive told in few words still tells its cause and its check: the share of the trouble the
cause makes ("Found 92% of slow calls hit one query"), the obvious suspect cleared ("The ORM
wasn't the cause"), the fix tried somewhere safe and measured ("on a replica first, measured:
p99 back to 170ms"). Before, such an answer read "no cause found is told" and was asked how it
confirmed the fix worked."""

from __future__ import annotations

import pytest

import roundtable

WAREHOUSE = (
    "Mis-picks on the night shift doubled in March and everyone blamed the new scanners. I "
    "pulled a month of pick logs and found 80% of the mis-picks came from one aisle, where two "
    "bins had swapped labels after a re-slot. The scanners weren't the cause; the labels were. "
    "I relabelled the aisle on one shift first and re-ran the count: errors down to two a night. "
    "Then I added a label check to the re-slot procedure, and it has caught three swaps since.")
TERSE = (
    "- p95 checkout time went from 2s to 7s after the Friday release\n"
    "- Team blamed the payment provider\n"
    "- Pulled traces for 500 slow checkouts: most of the slow requests hit the stock lookup\n"
    "- The provider wasn't the culprit; a cache had been switched off in the release\n"
    "- Turned it back on in staging first, measured: p95 back to 1.8s, then shipped\n"
    "- Added an alert on cache hit rate")


@pytest.mark.parametrize("answer", [WAREHOUSE, TERSE])
def test_the_cause_and_the_check_are_read(answer: str) -> None:
    review = roundtable.review(answer, competency="dive-deep")
    scores = {c.id: c for c in review.scores.criteria}
    assert scores["root-cause"].score >= 4, scores["root-cause"]
    assert "no cause found is told" not in scores["root-cause"].rationale
    assert scores["verified-fix"].score >= 4, scores["verified-fix"]
    asked = " ".join(f.question for f in review.follow_ups if f.criterion == "verified-fix")
    assert "confirm the fix worked" not in asked
