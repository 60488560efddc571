"""The red flags read in sentences written blind by other hands (`tests/data/flags_fresh`).

Batches c and c2 were written only to measure: nothing was tuned on them and no one read them.
The floors are what the reader finds there today: a change that loses flags in wording it was
never shown, or flags more of its negatives, fails here however well it does on the corpus it
was tuned on. Batch g's strong-answer sentences carry no flag, and most must stay clean.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtable.evidence.analysis import analyze

FRESH = Path(__file__).resolve().parents[1] / "data" / "flags_fresh"
# Flags read over a whole answer, not in a sentence: a lone sentence is always too short.
_WHOLE_ANSWER = frozenset({"too_short", "no_story", "hypothetical"})


def _lines(path: Path) -> list[tuple[bool, str]]:
    return [(line.startswith("+"), line[2:].strip())
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _flags(sentence: str) -> set[str]:
    return {f.kind for f in analyze(sentence).flags} - _WHOLE_ANSWER


@pytest.mark.parametrize(("batch", "kind", "floor", "false"), [
    ("c", "blame", 7, 1),
    ("c", "steamroll", 11, 1),
    ("c", "dismissive", 10, 0),
    ("c2", "contempt", 21, 3),
    ("c2", "emotional", 33, 6),
    ("c2", "sole_credit", 18, 1),
    ("c2", "never_fail", 23, 1),
])
def test_flags_in_wording_never_shown_are_found(batch: str, kind: str, floor: int,
                                                false: int) -> None:
    lines = _lines(FRESH / batch / f"{kind}.txt")
    found = sum(kind in _flags(text) for flagged, text in lines if flagged)
    falsely = sum(kind in _flags(text) for flagged, text in lines if not flagged)
    assert found >= floor, f"{kind}: {found} of {sum(f for f, _ in lines)} found"
    assert falsely <= false, f"{kind}: {falsely} negatives flagged"


def test_strong_answers_scenes_stay_clean() -> None:
    """Others' mistakes, objections and complaints told as a strong story's scene."""
    flagged = [text for _, text in _lines(FRESH / "g" / "clean.txt") if _flags(text)]
    assert len(flagged) <= 8, flagged
