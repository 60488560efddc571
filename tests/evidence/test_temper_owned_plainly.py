"""A temper owned in plain words does not frame the story (issue 8, "Robust to voice").

A candidate who owns a flash of temper says so plainly: they ask to talk ("I asked if we could
talk after work") or say they are sorry in reported words ("I told him I was sorry"); either a
few lines on answers the feeling, so it does not frame the story.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


def raised(answer: str, kind: str) -> bool:
    """Whether `answer` carries the red flag `kind`."""
    return any(e.strength > 0 for e in analyze(answer).of(kind))


@pytest.mark.parametrize("owning", [
    "The next morning I asked if we could talk before the shift. I told him I was sorry.",
    "Later that week I asked if we could sit down over a coffee.",
    "After lunch I said I was sorry and that I had been out of line.",
])
def test_temper_owned_in_plain_words_does_not_frame_the_story(owning: str) -> None:
    told = ("I ran the packing line and Dev ran the loading bay. He kept moving my pallets. "
            "I lost my temper. Shouted at him in front of the crew. Not proud of it. "
            + owning + " We agreed a marked lane for my pallets and it has worked since.")
    assert not raised(told, "emotional")


def test_temper_left_standing_still_frames_the_story() -> None:
    told = ("I ran the packing line and Dev ran the loading bay. He kept moving my pallets. "
            "I lost my temper. Shouted at him in front of the crew. "
            "After that he left my pallets alone.")
    assert raised(told, "emotional")
