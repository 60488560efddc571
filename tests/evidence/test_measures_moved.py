"""A measure the teller moved is the result; a change word naming a thing is no change."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze

STORY = "We were six engineers rebuilding the checkout. I rebuilt the basket, and {step}"


def _role(step: str) -> str:
    answer = STORY.format(step=step)
    opening = step.split(",")[0][:15]
    return next(c.role for c in analyze(answer).clauses if opening in c.text)


@pytest.mark.parametrize(("step", "role"), [
    # the measure the teller's step moved, from one level to another…
    ("I got the conversion rate from 2.1% to 2.9%.", "result"),
    ("we brought the weekly refunds from 140 down to 30.", "result"),
    # …where a thing taken from one place to another is a step
    ("I took the cards from the old vault to the new one.", "action"),
])
def test_a_measure_moved_from_one_level_to_another_is_the_result(step: str, role: str) -> None:
    assert _role(step) == role


@pytest.mark.parametrize(("step", "role"), [
    # a change word after an article or a count names a thing…
    ("I migrated the two million saved cards.", "action"),
    ("I rolled out the reduced menu to every site.", "action"),
    ("I reopened our closed tickets one by one.", "action"),
    # …and after its subject tells the change
    ("we saved forty hours a week.", "result"),
    ("refunds fell by half.", "result"),
])
def test_a_change_word_naming_a_thing_tells_no_change(step: str, role: str) -> None:
    assert _role(step) == role
