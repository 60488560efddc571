"""Which words of the learned flag reader's classes count in a clause (`flagging.features`): a
word of having done it all said of whom it reached ("my whole team") or handed on ("not mine")
is no claim to all of it. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.flagging import features
from roundtable.evidence.reading import Clause
from roundtable.evidence.text import Span


def _classes(text: str) -> set[str]:
    clause = Clause(0, Span(0, len(text), text), "candidate", "candidate", "fact", "action")
    return {f for f in features(clause, None) if f.startswith("class=") and "|" not in f}


@pytest.mark.parametrize("text", [
    "I did the whole thing",
    "I did the entire build",
    "it was all mine",
    "I did it alone",
    "I finished the entire",
])
def test_having_done_it_all_is_counted(text: str) -> None:
    assert "class=all_mine" in _classes(text)


@pytest.mark.parametrize("text", [
    "I did it for my whole team",
    "I thanked the entire crew",
    "the best idea was Tomasz's phasing, not mine",
    "not only to her but to the board",
])
def test_whom_it_reached_or_whose_it_was_is_no_claim_to_all_of_it(text: str) -> None:
    assert "class=all_mine" not in _classes(text)
