"""Disagreeing without committing: after taking a side, the candidate keeps their own option
going beside the one decided ("I kept our November plan running in parallel as a contingency"),
which goes around the decision (a `steamroll` flag). Running an old process beside one's own new
one, or a backup kept with no side taken, is not."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze

_DISPUTE = ("Leadership wanted to launch at the September conference. I didn't think the export "
            "would be ready, and I told the VP and the CMO so with a one-pager of the open "
            "issues. They listened but decided to go ahead with September. ")


def _flags(text: str) -> set[str]:
    return {flag.kind for flag in analyze(text).flags}


@pytest.mark.parametrize("kept", [
    "I kept our November plan running in parallel as a contingency, and built the deck for it.",
    "In the meantime I started building the November version on a branch with two engineers.",
])
def test_the_candidates_own_option_kept_after_the_decision_is_flagged(kept: str) -> None:
    assert "steamroll" in _flags(_DISPUTE + kept + " The launch slipped to November.")


@pytest.mark.parametrize("text", [
    # no side taken: a backup of one's own change
    "I moved the close to the new ledger in March. I kept the old spreadsheets running in "
    "parallel as a backup for a month. The first close took four days instead of seven.",
    # committed: the plan put behind them, told as what could have been
    _DISPUTE + "I could have kept our November plan running in parallel, but I put the team on "
    "September and we shipped on the day.",
    # the decided option worked in parallel with others, not the candidate's own
    _DISPUTE + "I put the team on September and ran the export fixes in parallel with QA.",
])
def test_no_own_option_is_kept_where_none_is(text: str) -> None:
    assert "steamroll" not in _flags(text)
