"""Competency cues that hear a thing however it is said: the candidate's lack of authority said
of all the people they had to move ("none reporting to me"), help offered to a teammate by name
("I offered him help")."""

from __future__ import annotations

import re

import pytest

from roundtable.catalog import competencies


def _heard(competency: str, criterion: str, sentence: str) -> bool:
    found = next(c for c in competencies()[competency].criteria if c.id == criterion)
    return any(re.search(cue, sentence, re.IGNORECASE) for cue in found.cues)


@pytest.mark.parametrize(("sentence", "heard"), [
    ("I needed twelve store managers, none reporting to me, to stop editing the rota.", True),
    ("Nobody on the panel reported to me.", True),
    ("I had to win over four leads, not one of whom worked for me.", True),
    # what is reported to the candidate is no word on authority
    ("None of the incidents were reported to me.", False),
    ("Nobody reported the bug to me for a week.", False),
])
def test_no_authority_said_of_all_of_them(sentence: str, heard: bool) -> None:
    assert _heard("influence", "the-goal", sentence) == heard


@pytest.mark.parametrize(("sentence", "heard"), [
    ("I finished my own tickets early, so I offered him help.", True),
    ("I am offering her a hand with the export.", True),
    # help offered to the candidate is theirs to take, not given
    ("My lead offered me help with the export.", False),
    ("They offered us a discount.", False),
])
def test_help_offered_to_a_teammate_by_name(sentence: str, heard: bool) -> None:
    assert _heard("teamwork", "helping-others", sentence) == heard
