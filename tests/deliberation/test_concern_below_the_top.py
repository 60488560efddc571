"""A panelist whose every criterion but the one it led with is at the top anchor names that one
as its concern: "My concern is the impact, which I can credit only in part, 5 of 5" says two
things at once (seen on `voices-tune4.yaml`'s vt4-05, a strong failure story)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import roundtable
from roundtable.synthesis.claims import check_review

STORY = next(s for s in yaml.safe_load((Path(__file__).parent.parent / "data" / "probes" /
                                        "voices-tune4.yaml").read_text("utf-8"))
             if s["id"] == "vt4-05")


@pytest.mark.parametrize(("voice", "panel"), [("plain", "product-trio"),
                                              ("rambling", "product-trio"),
                                              ("rambling", "engineering-loop")])
def test_the_concern_is_a_criterion_below_the_top(voice: str, panel: str) -> None:
    review = roundtable.review(STORY["voices"][voice], competency=STORY["competency"],
                               question=STORY["question"], panel=panel)
    opening = review.rounds[0].turns[0]
    scores = next(p.opening.criteria for p in review.scores.panelists
                  if p.panelist == opening.speaker and p.opening)
    assert sorted(scores.values())[-2] == 5 and min(scores.values()) < 5, scores
    assert "concern_at_top" not in {v.rule for v in check_review(review)}
    assert "concern is root cause" in opening.text


def test_a_lens_with_every_criterion_at_the_top_names_no_concern() -> None:
    """No answer of the probe files reaches the top on every criterion a lens weighs, so the
    opening is run on a reading set there: it names no concern and says nothing could change
    the vote, which a "concern … 5 of 5" would contradict."""
    from roundtable.deliberation.debate import DISTINCT_QUOTES, SECOND_CREDIT_WORDS, _openings
    from roundtable.deliberation.discourse import Discourse
    from roundtable.deliberation.reading import gather, opening_reading
    from roundtable.ingest.transcript import parse_input
    from roundtable.pipeline import prepare

    case, _ = prepare(parse_input(STORY["voices"]["plain"], question=STORY["question"]),
                      STORY["competency"])
    evidence = gather(case)
    readings = [opening_reading(case, evidence, p) for p in case.panel.personas]
    for criterion in readings[0].criteria:
        readings[0].criteria[criterion] = 5
    long_answer = len(case.submission.answer.split()) >= SECOND_CREDIT_WORDS
    talk = Discourse.of(case.submission.answer,
                        [f for found in evidence.findings.values() for f in found],
                        case.analysis, DISTINCT_QUOTES if long_answer else 0)
    opening, _, _ = _openings(case, evidence, readings, talk)
    text = opening.turns[0].text
    assert "My concern" not in text and "could change it" not in text
    assert "every criterion here reaches its top anchor" in text
    # the others, below the top somewhere, still name theirs
    assert all("My concern" in turn.text for turn in opening.turns[1:])
