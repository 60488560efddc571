"""Teamwork, adaptability and leadership answers as real candidates give them
(`tests/data/probes/team2.yaml`, written for round 60 by a writer who saw no code).

Measured before round 60's rules (mean verdict over the three bundled panels on the right side
of the hire line): the studied half 13 of 19 (four strong teamwork and adaptability answers and
two strong leadership answers voted down, at 1.94-2.88), the held-out half 12 of 17. After them:
19 of 19 and 12 of 17. The held-out answers were never read; their five misses are strong
answers, four of them in words none of the studied answers used, and are held here as they are
so that a change which reads them fails the test and says so.

What the studied half exposed, each pinned in `test_notes_and_speech_readings.py` or by a cue's
examples in `tests/catalog/test_generic_and_panels.py`:
- help said in the moment ("I said, right, you stay with him, I'll do your IVs") read as a
  habit of nobody's, and "she'd frozen" read as "she would";
- what helping cost, told as the end of one's own shift ("I left about forty minutes late"),
  and a holiday given up for a colleague;
- working alongside told plainly: a weekly planning meeting on a weekday, a shared folder,
  planning done "for both of us", a matter settled "between us";
- learning on one's own until it was learned; an outcome told as someone now doing what the
  story led to ("now she shows the new staff how to use it"), as "nobody quit", as "it was
  normal and then better", as "he did fine";
- a priority set for the team, a final warning given, a colleague kept on with development
  work.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from probe_verdicts import assert_on_its_side, reviews_of

PROBES = yaml.safe_load((Path(__file__).parent.parent / "data" / "probes" /
                         "team2.yaml").read_text(encoding="utf-8"))

UNREAD_MISSES = ("t2-06", "t2-10", "t2-14", "t2-20", "t2-35")
"""Held-out strong answers still voted down. They stay unread: what they lack is for a later
round to find from answers of its own."""


@pytest.mark.parametrize("row", [
    pytest.param(row, marks=pytest.mark.xfail(reason="held out, unread, voted down", strict=True))
    if row["id"] in UNREAD_MISSES else row for row in PROBES], ids=lambda row: row["id"])
def test_probe_verdicts_fall_on_the_side_of_their_label(row: dict[str, str]) -> None:
    assert_on_its_side(row, reviews_of(row))

