"""In an answer that tells nothing in the past, "I would normally ask the newest person first"
is what the candidate would do in general, and a clause that hangs on it takes its mode
(LABELS.md, mode rule 3): "| because they see things the rest of us miss" is part of the
imagined step, not a habit of the story."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


@pytest.mark.parametrize(("answer", "hanging"), [
    ("I would normally ask the newest person first, because they see things the rest of us "
     "miss.", "because they see things the rest of us miss."),
    ("I would normally ask the newest person first, since they see things the rest of us "
     "miss.", "since they see things the rest of us miss."),
    ("I would normally pull the raw logs first, because the dashboards usually smooth out the "
     "spikes.", "because the dashboards usually smooth out the spikes."),
])
def test_a_reason_hanging_on_what_they_would_do_is_imagined_with_it(
        answer: str, hanging: str) -> None:
    modes = {c.text: c.mode for c in analyze(answer).clauses}
    assert hanging in modes, modes
    assert set(modes.values()) == {"hypothetical"}, modes
