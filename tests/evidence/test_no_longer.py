"""The candidate's own way of working changed for good, told in the present, is how a story came
out: "but I'm not turning people away any more". The same words in the past tell a step not
taken ("I didn't raise it again"), no outcome. Before, a learning story whose only outcomes were
told so read "no outcome of the story is told" once a discovery ("it turned out they had the
flow temperature up") was no longer taken for one."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.scoring.criteria import outcomeless

OPENING = ("Customers kept asking me about heat pumps and I had to send them elsewhere, so I "
           "paid for the installer course myself and shadowed an assessor on five surveys. ")


@pytest.mark.parametrize(("ending", "told"), [
    ("I still do boilers, but I'm not turning people away any more.", True),
    ("I don't dread those calls anymore.", True),
    # a step not taken, and a plain habit, are no outcome
    ("After that I didn't raise it with the assessor again.", False),
    ("I don't usually take on big jobs in winter.", False),
])
def test_a_way_of_working_changed_for_good_is_an_outcome(ending: str, told: bool) -> None:
    assert outcomeless(analyze(OPENING + ending)) is not told, ending
