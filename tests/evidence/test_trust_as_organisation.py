"""A trust that runs schools or hospitals is an organisation, not trust earned: "a multi-academy
trust", "the trust's director of education", "I presented it to the trust myself" show nothing
of trust grown, while "that built trust with the ward" and "she trusts me with it now" do."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


def _trust(text: str) -> list[str]:
    return [e.quote for e in analyze(text).evidence if e.kind == "trust" and e.strength > 0]


@pytest.mark.parametrize("text", [
    "I'm head of a secondary school that's part of a multi-academy trust of nine schools.",
    "The trust's director of education asked all heads to review the entries.",
    "I presented that to governors and to the trust myself.",
    "So this was at an NHS trust where I was an IT service manager.",
    "The hospital trust agreed to a later date after I met them.",
    "Across the trust there were about 400 kids on that borderline.",
    "The safety officer took the report to the trust-wide alert.",
    "I took the figures to the trust board in March.",
])
def test_a_trust_that_runs_schools_or_hospitals_is_no_trust_shown(text: str) -> None:
    assert _trust(text) == [], text


@pytest.mark.parametrize("text", [
    "That built trust with the ward, and the night staff started calling me first.",
    "I trusted her call and signed it off that afternoon.",
    "We earned the trust of the board by showing them every number, good or bad.",
    "I lost the trust of two of the porters and had to win it back.",
])
def test_trust_between_people_still_counts(text: str) -> None:
    assert _trust(text), text
