"""Answers told in plain words land in their band (issue "Read the answer truly", "Robust to
voice": on answers never seen, a strong answer is not called Strong No Hire nor a weak one Hire).

`plain-tune.yaml` and `plain-heldout.yaml` are whole answers from ordinary trades (a van driver,
a school cook, a plumber, a hairdresser…) told without metrics or business words, written before
the scores were calibrated on them; the held-out third was never tuned on. Every answer goes
through every panel. A strong answer must stay at or above the No Hire line, an average one
below Hire, a weak one below the No Hire line: each is a band a real interviewer would agree
with, and each is a verdict the scoring can get wrong in either direction.

Answers the scoring still misjudges are listed and fail the run as soon as they are judged
right, so the lists can only shrink.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import roundtable
from roundtable.catalog import panels

PROBES = Path(__file__).parent.parent / "data" / "probes"
TUNE = yaml.safe_load((PROBES / "plain-tune.yaml").read_text("utf-8"))
HELDOUT = yaml.safe_load((PROBES / "plain-heldout.yaml").read_text("utf-8"))
PANELS = sorted(panels())

NO_HIRE_LINE = 2.0
"""Below it a panel says Strong No Hire (`scoring.panel._THRESHOLDS`)."""
HIRE_LINE = 3.0

# Answers measured outside their band on some panel; none since the calibration of this round.
# Before it, plain-05 (a gardener's three-week wedding deadline, 1.17-1.20) was called Strong No
# Hire by every panel: a wasted week told as a lesson read as sole credit, and its ordering of
# the work and its outcome ("everything was done two days before") went unread.
TOO_LOW: frozenset[str] = frozenset()


def _band_ok(label: str, score: float) -> bool:
    if label == "strong":
        return score >= NO_HIRE_LINE
    if label == "average":
        return score < HIRE_LINE
    return score < NO_HIRE_LINE


@pytest.mark.parametrize("panel", PANELS)
@pytest.mark.parametrize("answer", TUNE + HELDOUT, ids=[a["id"] for a in TUNE + HELDOUT])
def test_a_plain_answer_lands_in_its_band(answer: dict[str, Any], panel: str) -> None:
    review = roundtable.review(answer["answer"], competency=answer["competency"],
                               question=answer["question"], panel=panel)
    ok = _band_ok(answer["label"], review.verdict.score)
    if answer["id"] in TOO_LOW:
        assert not ok, "now in its band: take it off TOO_LOW"
        pytest.xfail("a known misjudgement; see TOO_LOW")
    assert ok, (answer["label"], review.verdict.score, review.verdict.vote)


def test_the_bands_are_ordered_on_average() -> None:
    """Across the plain answers, strong outscores average and average outscores weak, on the
    tuned part and on the held-out part alike."""
    for part in (TUNE, HELDOUT):
        means = {}
        for label in ("strong", "average", "weak"):
            scores = [roundtable.review(a["answer"], competency=a["competency"],
                                        question=a["question"]).verdict.score
                      for a in part if a["label"] == label]
            means[label] = sum(scores) / len(scores)
        assert means["strong"] > means["average"] > means["weak"], means
