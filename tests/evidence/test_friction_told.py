"""Friction told as it went on ("Dana and I kept stepping on each other") is the dispute the
story is about, and no step of anyone's; an argument the teller chose not to have is no dispute."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze

ENDING = " I asked her for a coffee and we agreed on a shared board. Things were smoother after."


@pytest.mark.parametrize(("opening", "role"), [
    ("Dana and I kept stepping on each other over the warehouse handoffs.", "dispute"),
    ("Marek and I were always bickering about the machine settings.", "dispute"),
    ("Our two shifts kept clashing over the cleaning rota.", "dispute"),
    ("It was the thing they kept arguing about.", "dispute"),
    # an argument set aside for a step is that step
    ("Instead of arguing in the ticket, I pulled the row counts for our top accounts.", "action"),
])
def test_friction_that_went_on_is_the_dispute(opening: str, role: str) -> None:
    assert analyze(opening + ENDING).clauses[0].role == role


def test_friction_that_went_on_is_no_step() -> None:
    analysis = analyze("Dana and I kept stepping on each other over the handoffs." + ENDING)
    assert not any(e.kind == "action" and e.strength > 0 and e.sentence == 0
                   for e in analysis.evidence)
