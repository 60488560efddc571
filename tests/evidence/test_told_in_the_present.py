"""A story told in the present, as a second-language speaker often tells one: an occasion the
teller points back to ("In this meeting we agree…") is one that happened, and "when I look
back" opens the lesson as "looking back" does."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


def _mode_of(answer: str, words: str) -> str:
    return next(c.mode for c in analyze(answer).clauses if words in c.text)


def test_an_occasion_pointed_back_to_is_one_that_happened() -> None:
    told = ("My colleague often leaves the stock room full at handover. So I ask our manager to "
            "sit with us two. In this meeting we agree that the returns are cleared before "
            "handover.")
    assert _mode_of(told, "we agree") == "fact"


def test_a_meeting_that_recurs_is_still_a_habit() -> None:
    routine = ("Every Monday we have a planning meeting. In this meeting we always agree the "
               "rota for the week.")
    assert _mode_of(routine, "we always agree") == "habitual"


@pytest.mark.parametrize(("opening", "lesson"), [
    ("When I look back, I should talk with him much earlier.", True),
    ("When I look back at the logs, I see the error at 3 a.m.", False),
])
def test_when_i_look_back_opens_the_lesson(opening: str, lesson: bool) -> None:
    told = ("Last spring a supplier delivers the wrong fabric, so I call him and we fix the "
            "order in two days. " + opening)
    found = {e.kind for e in analyze(told).evidence if e.quote in opening}
    assert ("learning" in found) is lesson
