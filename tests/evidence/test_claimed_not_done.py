"""An attitude claimed ("I took it very seriously") and the whole of something gone over with
nothing found ("I reviewed the whole billing relationship") tell no step of what was done."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.credit import told_step

STORY = ("Our biggest client told us invoices kept arriving with errors. {step} They renewed for "
         "two more years.")


def _step(step: str) -> bool:
    analysis = analyze(STORY.format(step=step))
    return any(told_step(c) for c in analysis.clauses if c.sentence == 1)


@pytest.mark.parametrize(("step", "told"), [
    ("I took it very seriously.", False),
    ("I made it my top priority.", False),
    ("I gave it my full attention.", False),
    ("I reviewed the whole billing relationship.", False),
    # what was done, or what the going-over found, is told
    ("I took the invoices from March and checked every line against the contract.", True),
    ("I reviewed the whole billing relationship and found two duplicated rates.", True),
])
def test_an_attitude_or_a_going_over_with_nothing_found_is_no_step(step: str, told: bool) -> None:
    assert _step(step) == told


@pytest.mark.parametrize(("clause", "role"), [
    # a billing relationship is an arrangement, not the bond the story left…
    ("I reviewed the whole billing relationship.", "action"),
    # …where the relationship between people is
    ("Our relationship is much better now.", "relationship"),
])
def test_a_billing_relationship_is_no_bond(clause: str, role: str) -> None:
    analysis = analyze(STORY.format(step=clause))
    assert next(c.role for c in analysis.clauses if c.sentence == 1) == role
