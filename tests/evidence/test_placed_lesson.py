"""A lesson told without a signpost: the clause the reading places as the candidate's
reflection is what they took from the story, though no "looking back" or "I learned" is said;
a verdict on themselves, someone else's view of what they should have done, or a boast is not."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze

STORY = """- Ran the Saturday shift at a garden centre, 14 staff
- Till system went down at 10 a.m., queue out the door
- Switched two tills to card readers on phones; opened the cash desk
- Queue back to normal by 11; lost about £300 in abandoned trolleys
"""


def _lessons(answer: str) -> list[str]:
    analysis = analyze(answer)
    return [e.quote for e in analysis.evidence if e.kind == "learning"]


@pytest.mark.parametrize("ending", [
    "- Should have had the card readers charged and ready before opening",
    "- Shouldn't have waited for IT to call back before switching",
])
def test_the_reflection_a_terse_story_ends_on_is_its_lesson(ending: str) -> None:
    assert any(ending[2:20] in quote for quote in _lessons(STORY + ending))


@pytest.mark.parametrize("ending", [
    "- I think it shows I stay calm under pressure",
    "- My manager said I should have called IT sooner",
])
def test_a_verdict_on_themselves_or_someone_elses_view_is_no_lesson(ending: str) -> None:
    assert _lessons(STORY + ending) == []


def test_a_lesson_with_its_signpost_is_found_once() -> None:
    told = STORY + "- Looking back, should have had the card readers charged before opening"
    assert len(_lessons(told)) == 1
