"""Cues fixed in round 39: a contraction written after a space in a cue ("i (had|'d) been
wrong") could never match "I'd been wrong", so an answer that admits it was wrong in the usual
contracted words was read as never changing its mind; and knowledge passed on in plain words
("I spent the next month teaching the new starters", "I ran two short workshops for the
other nurses", "So now everyone dilutes above 0.4") is spreading what was learned."""

from __future__ import annotations

import re

import pytest

from roundtable.catalog import get_competency
from roundtable.evidence.analysis import analyze


def _cues(competency: str, name: str) -> list[str]:
    return next(c for c in get_competency(competency).criteria if c.name == name).cues


@pytest.mark.parametrize("said", [
    "I told the team at the next meeting I'd been wrong and kept the shifts.",
    "I had been wrong about the tills.",
])
def test_a_contracted_admission_of_being_wrong_is_a_mind_changed(said: str) -> None:
    assert any(re.search(cue, said, re.IGNORECASE)
               for cue in _cues("are-right-a-lot", "Changing their mind"))


def test_a_contracted_would_in_a_cue_matches() -> None:
    cues = next(c for c in get_competency("bias-for-action").criteria
                if any("slow down" in cue for cue in c.cues)).cues
    assert any(re.search(cue, "Next time I'd wait for the second reading.", re.IGNORECASE)
               for cue in cues)


def test_no_cue_puts_a_contraction_after_a_space() -> None:
    # " (had|'d)" needs a space before the "'d", which "I'd" never has.
    broken = re.compile(r" \((?:\?:)?[a-z]+\|\[['’]+\][a-z]+\)")
    for competency in ("are-right-a-lot", "bias-for-action"):
        for criterion in get_competency(competency).criteria:
            assert not any(broken.search(cue) for cue in criterion.cues)


@pytest.mark.parametrize("said", [
    "Then I ran two short workshops for the other nurses on the new pumps.",
    "I spent the next month teaching the new starters how to read the charts.",
])
def test_knowledge_passed_on_in_plain_words_is_mentoring(said: str) -> None:
    assert "mentoring" in {e.kind for e in analyze(said).evidence if e.strength > 0}


@pytest.mark.parametrize("said, spread", [
    ("I showed the head of the lab the plot. So now everyone dilutes above 0.4.", True),
    ("The pricing team adopted the feature in the next renewal cycle.", True),
    ("I read two books about it on the train.", False),
])
def test_others_taking_it_up_is_spreading_what_was_learned(said: str, spread: bool) -> None:
    cues = _cues("learn-and-be-curious", "Spreading what they learned")
    assert any(re.search(cue, said, re.IGNORECASE) for cue in cues) is spread
