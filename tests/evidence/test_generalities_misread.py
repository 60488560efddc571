"""Plain story sentences that used to be read as generalities (issue 8, "Robust to voice"): a
question reported ("Asked if I was sandbagging."), the candidate's own words in the story ("I
said if I was wrong I'd take that on me."), a degree ("I'm a bit embarrassed about it") and a
thing with a price ("the energy price spike") are not platitudes, so they neither loosen the
story nor lose their weight. The platitudes they resemble still are."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


def _loose(text: str) -> bool:
    sentence = analyze(text).sentences[0]
    return sentence.filler


@pytest.mark.parametrize("text", [
    "Asked if I was sandbagging.",
    "He asked me if I was sure about the rod batch.",
    "I said if I was wrong I'd take that on me.",
    "I'm a bit embarrassed about it, seeing as we caused it.",
    "This was after the energy price spike.",
    "The energy bills landed in March.",
    "The one thing I'd change: I didn't tell the nurse in charge until quarter past two.",
    "And I said I'd sit with him on a couple of difficult calls.",
    "I thought he was wrong on the facts for that year, not on his approach in general.",
    "The sat-nav didn't know the three places where you have to walk the parcels in.",
])
def test_a_plain_story_sentence_is_no_platitude(text: str) -> None:
    assert not _loose(text)


@pytest.mark.parametrize("text", [
    "If I was in that situation I would call the client first.",
    "I'm a team player.",
    "The energy in the room was great.",
    "In general I'm a calm person.",
    "You have to listen to people.",
    "I'd probably go to the manager first.",
    "One thing I'd say is that communication matters.",
])
def test_the_platitudes_they_resemble_still_are(text: str) -> None:
    assert _loose(text)
