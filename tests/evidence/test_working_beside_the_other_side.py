"""Working beside someone from the other side is collaboration (issue 8, "Robust to voice").

A plain teller shows working together by doing a step of their own beside someone from the
other crew or team ("I went up the scaffold with their fitter and held the panels", "I did the
stock count with one of their pickers"), not by the word "collaborated". Meeting, talking or
being there with them is no shared work, and someone else's step with them is not the
candidate's.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze

SCENE = ("Last autumn the night crew at our depot were two pickers down before a big delivery "
         "and their lead asked for help. ")


def collaborated(answer: str) -> list[str]:
    """The quotes of `answer` where collaboration earns credit."""
    return [e.quote for e in analyze(answer).of("collaboration") if e.strength > 0]


@pytest.mark.parametrize("step", [
    "I went up to the mezzanine with their picker and pulled the orders by hand.",
    "I did the stock count with one of their drivers.",
    "I unloaded the last trailer with the other team's loaders.",
])
def test_a_step_of_ones_own_beside_someone_from_the_other_side(step: str) -> None:
    told = SCENE + step + " Every order went out by six."
    assert any(quote.startswith(step[:10]) for quote in collaborated(told)), step


@pytest.mark.parametrize("step", [
    "I met with their lead in the canteen.",
    "I had a chat with their supervisor about the rota.",
    "Their lead went round the aisles with his pickers.",
])
def test_meeting_them_or_their_own_step_is_no_shared_work(step: str) -> None:
    told = SCENE + step + " Every order went out by six."
    assert not any(quote.startswith(step[:10]) for quote in collaborated(told)), step
