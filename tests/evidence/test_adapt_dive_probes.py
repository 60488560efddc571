"""Adaptability and dive-deep answers as real candidates give them
(`tests/data/probes/adapt-dive.yaml`, written for round 61 by a writer who saw no code).

Measured before round 61's rules (on the side of the hire line their label puts them, as
`probe_verdicts.assert_on_its_side` holds them): the studied half 13 of 20, the held-out half 16
of 20. After them: 17 of 20 and 16 of 20, every held-out score unchanged to the hundredth. The
held-out answers were never read.

What the studied half exposed, each pinned in `test_whose_call_and_what_if.py` or by a cue's
examples in `tests/catalog/`:
- a filler before a step ("I, er, I basically made a one-page crib sheet") read as taking sole
  credit, which took a strong adaptability answer to Strong No Hire (1.74);
- the change told by when it landed ("came out two days before it went live"), learning done by
  boiling the new rules down to a crib sheet, the change explained at a huddle;
- the fault put on a shift's care ("night shift was not careful enough") and a motive put on
  them ("they want to finish quickly and go home") raised no flag;
- "that's an example of me using guest feedback…" was credited as a step, not read as the
  candidate's verdict on themselves;
- a weak answer that never says how the night ended got an outcome from "So that meant the
  pick order was wrong" (read as the candidate's step: "so that" taken for a purpose), from the
  transport office's call (an office that "rang through" read as nobody), and from a phrase a
  filler broke in two ("went over to the, um, the office");
- "it shows the importance of relying on data" counted as a cause found; an outcome the teller
  "would have to check the exact numbers" of, and an anecdote explained away ("didn't reflect
  the experience of the vast majority"), counted for nothing against the rubric.

Three weak dive-deep answers of the studied half stay at Hire: a seasonal rise taken as the
fix's effect, a two-week window after a summer peak, and a councillor's complaint answered with
the survey that could not show it. Each is sound on the surface and wrong in its logic; telling
them apart needs a reader of arguments, not of phrases (tried: asking for an alternative ruled
out would have taken 23 of 27 strong dive-deep answers of the tuning sets below the top anchor).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from probe_verdicts import assert_on_its_side, reviews_of

PROBES = yaml.safe_load((Path(__file__).parent.parent / "data" / "probes" /
                         "adapt-dive.yaml").read_text(encoding="utf-8"))

STUDIED_MISSES = ("ad-31", "ad-33", "ad-39")
"""Weak answers whose flaw is in their logic (see above)."""
UNREAD_MISSES = ("ad-30", "ad-34", "ad-38", "ad-40")
"""Held-out answers on the wrong side: one strong, three weak, all dive-deep. They stay unread:
what they lack is for a later round to find from answers of its own."""


def _mark(row: dict[str, str]) -> object:
    if row["id"] in STUDIED_MISSES:
        return pytest.param(row, marks=pytest.mark.xfail(
            reason="studied: a flaw of logic no phrase shows", strict=True))
    if row["id"] in UNREAD_MISSES:
        return pytest.param(row, marks=pytest.mark.xfail(
            reason="held out, unread, on the wrong side", strict=True))
    return row


@pytest.mark.parametrize("row", [_mark(row) for row in PROBES], ids=lambda row: row["id"])
def test_probe_verdicts_fall_on_the_side_of_their_label(row: dict[str, str]) -> None:
    assert_on_its_side(row, reviews_of(row))
