"""A failure owned by placing the gap in the teller's own process ("the system for catching
those was mine. So the gap was in my process. I can't really put it on them.") is owning it;
the same words said of someone else, or asked of the listener, are not."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


def _owned(text: str) -> bool:
    return any(e.kind == "failure_owned" and e.strength > 0 for e in analyze(text).evidence)


@pytest.mark.parametrize("line", [
    "The supplier's notice was easy to miss, but the system for catching those was mine.",
    "So the gap was in my process, not theirs.",
    "I can't really put it on them; I had never asked for the updated specs.",
])
def test_the_gap_placed_in_their_own_process_is_owned(line: str) -> None:
    assert _owned(line), line


@pytest.mark.parametrize("line", [
    "The gap was in the supplier's process, not ours.",
    "You can't put it on them, they were new.",
])
def test_the_gap_placed_elsewhere_is_not(line: str) -> None:
    assert not _owned(line), line
