"""A course, a certificate or a qualification finished is where learning or development
starts, not what came of it: "I finished the certificate in five months, a month ahead of
schedule" earns no result, while what the learning was then used for does."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


def _results(text: str) -> list[str]:
    analysis = analyze(text)
    return [e.quote for e in analysis.evidence
            if e.kind in ("result", "quantified_result") and e.strength > 0]


STEP = ("Data was a bigger part of marketing every quarter and I couldn't read our campaign "
        "numbers. I set myself a plan and studied an hour every morning before work. ")


@pytest.mark.parametrize("done", [
    "I finished the certificate in five months, a month ahead of schedule.",
    "In the end I passed the final exam with 92% and got the certification.",
    "She passed her level 3 qualification first time, with 36 out of 40.",
])
def test_a_course_finished_is_no_result(done: str) -> None:
    assert not any(done[:20] in quote for quote in _results(STEP + done)), done


def test_what_the_learning_was_used_for_is() -> None:
    used = ("I finished the course in March. Then I rebuilt our campaign report in SQL myself, "
            "and it cut the Monday reporting from four hours to twenty minutes.")
    assert any("four hours" in quote for quote in _results(STEP + used))
