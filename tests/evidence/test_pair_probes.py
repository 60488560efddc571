"""Ranking probes: two answers to one question that differ in one reading skill (an outcome
told in plain words, a later event that shows the relationship, whose words a quote is, the
candidate's part in a "we" story, a lesson about customers in general, padding, one strong line
in a thin answer). Every panel must rank the stronger answer above the weaker one.

Pairs the engine still ranks wrongly are listed in KNOWN_MISSES; they fail the run as soon as
they are ranked right, so the list can only shrink.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import roundtable

PAIRS: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent.parent / "data" / "probes" / "pairs.yaml").read_text("utf-8")
)
PANELS = ("product-trio", "engineering-loop", "hiring-manager")
# Measured when the set was written: the 13 dev pairs all ranked right (10 of the first 10
# before this round's credit changes too); 3 of the 4 held-out pairs, before and after.
# own-part-h1 (held out, never tuned on): a "we" story whose candidate tells their own part
# ("Me, I did the hard part: … I wrote the mapping") is not ranked above a plain "we did it"
# answer on every panel. Issue 8, round 23: it is now ranked right on every panel, though no
# change looked at it (found when this test failed; the round's changes to reading "As the
# <role>, I…", raising and outcome criteria were made on sentences of the round's own).
# Lost again on the product trio (2.35 against 2.73) when a state told in the story's last
# sentence came to be read as its outcome ("it went fine and we were working Monday"): with
# that rule off the weaker answer scores 2.05 and the stronger one the same 2.35. Found when
# this test failed; the pair was not read.
# Round 30: ranked right on every panel again, found when this test failed (the pair was not
# read): a story whose steps are all told as "we" now loses OURS_POINTS a step
# (`scoring.criteria.untold_penalty`), which a story telling the candidate's own part does not.
KNOWN_MISSES: frozenset[str] = frozenset()


def score(pair: dict[str, Any], side: str, panel: str) -> float:
    review = roundtable.review(pair[side], competency=pair["competency"],
                               question=pair["question"], panel=panel)
    return review.verdict.score


def misranked(pair: dict[str, Any]) -> list[str]:
    """The panels that do not rank the stronger answer strictly above the weaker one."""
    wrong = []
    for panel in PANELS:
        stronger, weaker = score(pair, "stronger", panel), score(pair, "weaker", panel)
        if stronger <= weaker:
            wrong.append(f"{panel}: {stronger:.2f} <= {weaker:.2f}")
    return wrong


@pytest.mark.parametrize("pair", PAIRS, ids=[p["id"] for p in PAIRS])
def test_stronger_answer_ranks_higher(pair: dict[str, Any]) -> None:
    if pair["id"] in KNOWN_MISSES:
        pytest.xfail("a known misranking; see KNOWN_MISSES")
    assert misranked(pair) == []


def test_known_misses_are_still_missed() -> None:
    fixed = [p["id"] for p in PAIRS if p["id"] in KNOWN_MISSES and not misranked(p)]
    assert fixed == []


def test_pairs_share_a_question_and_differ() -> None:
    """Each pair is one question answered twice, so only the reading can tell them apart."""
    assert len({p["id"] for p in PAIRS}) == len(PAIRS)
    for pair in PAIRS:
        assert pair["stronger"].strip() != pair["weaker"].strip()
        assert pair["split"] in ("dev", "heldout")
