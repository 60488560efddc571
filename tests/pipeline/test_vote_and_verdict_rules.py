"""The score-to-vote rule and the verdict rule at their exact boundaries.

Every expected value is written out by hand from the documented rule, never recomputed with the
code's own formula, so a changed threshold, a flipped comparison or another way of picking the
panel's vote fails here:

- a panelist's vote: Strong Hire from 4.2, Hire from 3.0, No Hire from 2.0, else Strong No Hire,
  read off the score as shown to one decimal (2.95 shows as 3.0 and is Hire; 2.94 is No Hire);
- the verdict: the median vote, the lower middle one on an even panel; its score is the mean of
  the panelists' scores to two places, and its label the band that score falls in.
"""

from __future__ import annotations

import pytest

from roundtable.models import PanelistScore, Vote
from roundtable.scoring.panel import verdict_from, vote_for

SNH: Vote = "strong_no_hire"
NH: Vote = "no_hire"
H: Vote = "hire"
SH: Vote = "strong_hire"


@pytest.mark.parametrize(("score", "vote"), [
    (5.0, SH),
    (4.21, SH),
    (4.2, SH),
    (4.15, SH),
    (4.14, H),
    (4.1, H),
    (3.01, H),
    (3.0, H),
    (2.99, H),
    (2.95, H),
    (2.94, NH),
    (2.9, NH),
    (2.01, NH),
    (2.0, NH),
    (1.96, NH),
    (1.94, SNH),
    (1.9, SNH),
    (1.0, SNH),
])
def test_vote_for_at_each_threshold(score: float, vote: Vote) -> None:
    assert vote_for(score) == vote


def _panel(*votes: Vote, scores: tuple[float, ...] | None = None) -> list[PanelistScore]:
    """Panelists with the given votes; their scores are irrelevant to the vote unless given."""
    given = scores or (3.0,) * len(votes)
    return [PanelistScore(panelist=f"p{i}", score=s, vote=v)
            for i, (v, s) in enumerate(zip(votes, given, strict=True))]


@pytest.mark.parametrize(("votes", "verdict"), [
    ((H,), H),
    ((SNH,), SNH),
    # Odd panels: the middle vote, whatever order the panel speaks in.
    ((SNH, H, SH), H),
    ((SH, SNH, H), H),
    ((NH, NH, SH), NH),
    ((SH, NH, NH), NH),
    ((SNH, SNH, SH), SNH),
    ((H, SH, SH), SH),
    ((SNH, SNH, SH, SH, SH), SH),
    ((SNH, NH, NH, SH, SH), NH),
    # Even panels: the lower of the two middle votes, never the upper one.
    ((NH, H), NH),
    ((H, NH), NH),
    ((SNH, NH, H, SH), NH),
    ((SH, SNH, SH, SNH), SNH),
    ((H, H, SH, SH), H),
    ((NH, H, H, H), H),
    ((SNH, SNH, SNH, SH), SNH),
])
def test_the_verdict_is_the_median_vote_lower_middle_when_even(votes: tuple[Vote, ...],
                                                               verdict: Vote) -> None:
    assert verdict_from(_panel(*votes)).vote == verdict


@pytest.mark.parametrize("votes", [
    (NH, NH, SH),
    (SNH, SNH, H),
    (NH, SH),
    (SNH, NH, NH, SH),
])
def test_one_enthusiast_does_not_carry_the_panel(votes: tuple[Vote, ...]) -> None:
    """Taking the most favourable vote instead of the median would hire here; the rule does not."""
    assert verdict_from(_panel(*votes)).vote in {SNH, NH}


@pytest.mark.parametrize("votes", [(SH, SH, SNH), (H, SH), (SNH, H, H, SH)])
def test_one_sceptic_does_not_sink_the_panel(votes: tuple[Vote, ...]) -> None:
    """Taking the least favourable vote instead of the median would reject here."""
    assert verdict_from(_panel(*votes)).vote in {H, SH}


@pytest.mark.parametrize(("scores", "overall"), [
    ((3.0, 3.1, 3.2), 3.1),
    ((1.0, 1.0, 5.0), 2.33),  # the mean, not the median (1.0)
    ((2.5, 3.3), 2.9),
    ((4.0, 4.0, 4.0, 4.01), 4.0),
    ((1.0, 2.0, 2.0, 2.0), 1.75),
])
def test_the_verdict_score_is_the_mean_to_two_places(scores: tuple[float, ...],
                                                     overall: float) -> None:
    assert verdict_from(_panel(*(H,) * len(scores), scores=scores)).score == overall


@pytest.mark.parametrize(("score", "label"), [
    (5.0, "Exceptional: raises the bar"),
    (4.16, "Exceptional: raises the bar"),
    (4.14, "Strong: clear evidence across the rubric"),
    (3.56, "Strong: clear evidence across the rubric"),
    (3.54, "Solid but not exceptional"),
    (2.96, "Solid but not exceptional"),
    (2.94, "Mixed: real moments, thin evidence"),
    (2.36, "Mixed: real moments, thin evidence"),
    (2.34, "Below the bar: little evidence of the competency"),
    (1.56, "Below the bar: little evidence of the competency"),
    (1.54, "Far below the bar: almost nothing the rubric can credit"),
    (1.0, "Far below the bar: almost nothing the rubric can credit"),
])
def test_the_verdict_label_at_each_band_boundary(score: float, label: str) -> None:
    # The label reads the score as the review shows it, as the vote does: a panel shown at
    # "3.6" is in the band that starts at 3.6.
    assert verdict_from(_panel(H, scores=(score,))).label == label


def test_the_label_follows_the_mean_score_not_the_median_vote() -> None:
    verdict = verdict_from(_panel(SNH, SNH, SH, scores=(1.0, 1.0, 5.0)))
    assert verdict.vote == SNH
    assert verdict.label == "Below the bar: little evidence of the competency"
