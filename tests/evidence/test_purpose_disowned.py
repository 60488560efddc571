"""A red flag's words after a purpose disowned (issue 8, "Red flags, negation-aware, in varied
wording"): "I told him, not to blame him, only so he knew" blames no one, though the clause's
own verb ("told") is a plain fact the reading cannot mark as negated. The flag's words said
outright still count."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


def _flags(text: str) -> set[str]:
    return {f.kind for f in analyze(text).flags}


@pytest.mark.parametrize("text", [
    "When he came back I told him too, not to blame him, only so he knew.",
    "I mentioned it to her, but not to blame her.",
    "I raised it at the stand-up, never to blame anyone, just to fix the process.",
])
def test_a_purpose_disowned_carries_no_flag(text: str) -> None:
    assert "blame" not in _flags(text)


@pytest.mark.parametrize("text", [
    "Honestly I blame him, he never checked the dates.",
    "I told him, and I do blame him for it.",
])
def test_the_same_words_said_outright_still_blame(text: str) -> None:
    assert "blame" in _flags(text)
