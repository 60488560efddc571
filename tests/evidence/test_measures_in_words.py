"""A measure told in words is a measure (issue 8, "Robust to voice").

A plain teller measures an outcome against a baseline or ranks it among peers without a
figure: "my waste was about half of average", "we took twice as many bookings as before", "by
spring I was top three on the team". Each is a number as much as "50%" is, so it counts as a
measured outcome where the story tells one; a fraction with nothing to measure against ("half
of them") or a count of things to do ("the top three priorities") is not.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze

STORY = ("Last year I took over the bread counter at a village bakery. I weighed every tray "
         "before it went out and cut the evening bake by a third. ")


def measured(answer: str) -> list[str]:
    """The quotes of `answer` where a measured outcome earns credit."""
    return [e.quote for e in analyze(answer).of("quantified_result") if e.strength > 0]


@pytest.mark.parametrize("outcome", [
    "By the summer my waste was about half of average for the chain.",
    "Within a month we were selling twice as much bread as before.",
    "By spring I was top three in the region for waste.",
])
def test_a_measure_against_a_baseline_or_a_rank_is_a_measured_outcome(outcome: str) -> None:
    assert any(quote.startswith(outcome[:8]) for quote in measured(STORY + outcome)), outcome


@pytest.mark.parametrize("line", [
    "By the summer half of them had stopped coming in.",
    "In the end I wrote down the top three priorities for the counter.",
])
def test_a_share_with_no_baseline_or_a_list_of_priorities_is_no_measure(line: str) -> None:
    assert not any(quote.startswith(line[:8]) for quote in measured(STORY + line)), line
