"""A check from another side points at a line: "how would the other people involved describe
that moment?" asked with no line quoted before it names a moment the review never showed. And
"what would you do differently" is asked once a review, in whichever words came first.

Over every dev-set answer with every panel, and a thin conflict story where two panelists'
gaps fall back on the same safe question.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import roundtable
from roundtable.models import Review
from roundtable.synthesis.followups import _CHECKS

PANELS = ("product-trio", "engineering-loop", "hiring-manager")
DEVSET = Path(__file__).parents[1] / "data" / "devset"

THIN_CONFLICT = (
    "Honestly I don't really have conflicts with people. I get on with everyone. There was one "
    "time a colleague, Dave, kept taking credit for my reports in meetings, which was "
    "frustrating because he is lazy and everyone knows it. I just let it go, because it's not "
    "worth the drama. My manager eventually noticed anyway. I think the best thing is to stay "
    "positive and focus on your own work.")

# "that moment", "it held up", "the same thing": checks that point at a line
NEEDS_A_LINE = (_CHECKS[0], _CHECKS[1], _CHECKS[4])


def _reviews() -> list[Review]:
    rows = [json.loads(line) for path in sorted(DEVSET.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [roundtable.review(answer, competency=competency, question=question, panel=panel)
            for answer, competency, question in [
                *((r["answer"], r["competency"], r["question"]) for r in rows),
                (THIN_CONFLICT, "conflict", None)]
            for panel in PANELS]


@pytest.fixture(scope="module")
def reviews() -> list[Review]:
    return _reviews()


def test_a_check_that_points_at_a_line_comes_after_one(reviews: list[Review]) -> None:
    for review in reviews:
        for follow_up in review.follow_ups:
            if follow_up.question.lower().endswith(NEEDS_A_LINE):
                assert "when you said “" in follow_up.question, follow_up.question


def test_what_they_would_do_differently_is_asked_once(reviews: list[Review]) -> None:
    for review in reviews:
        asked = [f.question for f in review.follow_ups
                 if "differently" in re.sub(r"“[^”]*”", "", f.question)]
        assert len(asked) <= 1, asked


def test_two_panelists_left_with_no_line_to_quote_ask_two_different_checks() -> None:
    """Seen on an unseen failure answer: after "what did it cost you", two panelists both fell
    back on "which step in it was the hardest for you, and why?"."""
    from roundtable.ingest.transcript import parse_input
    from roundtable.pipeline import prepare
    from roundtable.synthesis.followups import _UNANCHORED, _check

    case, _ = prepare(parse_input(THIN_CONFLICT), "conflict")
    used = {c for c in _CHECKS if c != _CHECKS[5] and c in _UNANCHORED} | set(NEEDS_A_LINE)
    first = _check(case, used, anchored=False)
    second = _check(case, used, anchored=False)
    assert first != second
    assert {first, second} <= _UNANCHORED
