"""A story that tells nothing that came of it reaches at most the middle anchor on any criterion
(`criteria.UNFINISHED_CAP`): the steps may be well told, but the panel cannot see they worked."""

from __future__ import annotations

import pytest

from roundtable.catalog.loader import get_competency
from roundtable.evidence.analysis import analyze
from roundtable.scoring.criteria import UNFINISHED, UNFINISHED_CAP, score_criteria

STORY = (
    "Last year I ran the returns desk at a regional furniture retailer with 14 stores. Customers "
    "waited an average of nine days for a refund on damaged deliveries, and the complaints log "
    "showed it was our top reason for one-star reviews. I called forty customers who had "
    "returned items that quarter and asked what had gone wrong for them. Most said the worst "
    "part was not knowing where their refund was. I mapped the refund steps with our finance "
    "lead, Priya, and found that every refund waited for a weekly batch sign-off. I proposed "
    "that store managers approve refunds under 300 pounds the same day, and I wrote the "
    "approval guide and trained the managers in two sessions. {end}"
)
TOLD = ("Within two months refunds took two days on average and refund complaints fell from 60 a "
        "month to 14.")
FORECAST = ("The business case I wrote projects that refunds will take two days and that "
            "complaints will halve next year.")
PITCH = "The board was extremely excited and it is now one of our priorities for next year."


def _scores(end: str) -> dict[str, tuple[int, str]]:
    competency = get_competency("customer-obsession")
    return {s.id: (s.score, s.rationale)
            for s in score_criteria(analyze(STORY.format(end=end)), competency)}


def test_the_story_with_its_outcome_reaches_the_top_anchor() -> None:
    scores = _scores(TOLD)
    assert max(score for score, _ in scores.values()) == 5
    assert not any(UNFINISHED in why for _, why in scores.values())


@pytest.mark.parametrize("end", [FORECAST, PITCH, ""])
def test_the_same_steps_with_nothing_come_of_them_stop_at_the_middle(end: str) -> None:
    told, unfinished = _scores(TOLD), _scores(end)
    assert max(score for score, _ in unfinished.values()) == UNFINISHED_CAP
    capped = [cid for cid, (score, _) in told.items() if score > UNFINISHED_CAP]
    assert capped, "the told story must have criteria above the cap for this test to bite"
    for cid in capped:
        score, why = unfinished[cid]
        # (the outcome criterion itself is left with no evidence at all)
        assert score <= UNFINISHED_CAP and (UNFINISHED in why or why == "no evidence"), cid
