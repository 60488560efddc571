"""The one clause of an answer that a reading test asks about, found by its opening words."""

from __future__ import annotations

from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import Clause


def clause_starting(answer: str, words: str) -> Clause:
    """The reader's one clause that begins with `words`."""
    found = [c for c in analyze(answer).clauses if c.text.startswith(words)]
    assert len(found) == 1, f"{words!r} in {[c.text for c in analyze(answer).clauses]}"
    return found[0]
