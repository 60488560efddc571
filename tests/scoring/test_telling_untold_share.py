"""The telling model's share of the candidate's steps only named or left vague
(`telling.features`, "untold_share"): steps told against steps named, on a real answer."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.scoring import telling

EXPORT = "Last March our nightly invoice export started failing. "


@pytest.mark.parametrize(("steps", "share"), [
    ("I pulled the job logs and rewrote the parser to read the header first.", 0.0),
    # one step told, one only named ("drove a culture of accountability") and left vague
    ("I pulled the job logs and rewrote the parser to read the header first. Then I made "
     "some changes to the process and drove a culture of accountability.", 0.5),
    ("I made some changes to the process.", 1.0),
])
def test_the_untold_share_is_the_steps_named_over_all_the_candidates_steps(
        steps: str, share: float) -> None:
    found = telling.features(analyze(EXPORT + steps), telling.Judged())
    measures = dict(zip(telling.FEATURES, found, strict=True))
    assert measures["untold_share"] == share
