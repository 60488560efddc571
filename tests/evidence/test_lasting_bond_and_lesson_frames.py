"""A lasting habit of someone else's after the story is the relationship it left; a sentence
framed as what the candidate took from it is the lesson."""

from __future__ import annotations

import pytest

from roundtable.evidence.reading import read_role


@pytest.mark.parametrize(("text", "mode", "position", "role"), [
    # The customer's yearly photo is the bond the story left behind.
    ("Mrs. Okoye still sends us a photo of her cake every year.", "habitual", 0.9,
     "relationship"),
    ("He calls me every quarter for a second opinion.", "habitual", 0.85, "relationship"),
    # A habit of theirs told early sets the scene.
    ("He calls me every quarter for a second opinion.", "habitual", 0.1, "situation"),
])
def test_a_lasting_habit_of_theirs_late_in_the_story(text: str, mode: str, position: float,
                                                     role: str) -> None:
    assert read_role(text, "other", mode, position, None, False) == role  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "What I took from it is that the script had already failed",
    "What it taught me is to ask for the screen first",
])
def test_what_the_candidate_took_from_it_is_the_lesson(text: str) -> None:
    assert read_role(text, "candidate", "fact", 0.95, None, False) == "reflection"
