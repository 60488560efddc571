"""Influence's goal criterion hears the candidate's lack of authority however it is said of the
people they had to move: "none reporting to me" as well as "they didn't report to me"."""

from __future__ import annotations

import re

import pytest

from roundtable.catalog import competencies


def _heard(sentence: str) -> bool:
    goal = next(c for c in competencies()["influence"].criteria if c.id == "the-goal")
    return any(re.search(cue, sentence, re.IGNORECASE) for cue in goal.cues)


@pytest.mark.parametrize(("sentence", "heard"), [
    ("I needed twelve store managers, none reporting to me, to stop editing the rota.", True),
    ("Nobody on the panel reported to me.", True),
    ("I had to win over four leads, not one of whom worked for me.", True),
    # what is reported to the candidate is no word on authority
    ("None of the incidents were reported to me.", False),
    ("Nobody reported the bug to me for a week.", False),
])
def test_no_authority_said_of_all_of_them(sentence: str, heard: bool) -> None:
    assert _heard(sentence) == heard
