"""Someone else's authority used in their absence is going around them (issue 8, "Red flags…
going around people"): "My manager was off that day, so I used her override code" flags
`steamroll` however kind the purpose; one's own login, or the manager using her own code, does
not."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


def _flags(text: str) -> set[str]:
    return {f.kind for f in analyze(text).flags}


@pytest.mark.parametrize("text", [
    "My manager was off that day, so I used her override code to refund the customer.",
    "I logged in as the pharmacist and released the batch myself.",
    "We borrowed the supervisor's badge to open the stock room after hours.",
])
def test_someone_elses_authority_used_is_going_around_them(text: str) -> None:
    assert "steamroll" in _flags(text)


@pytest.mark.parametrize("text", [
    "I used my own login to check the order history.",
    "She used her override code to approve the refund.",
    "I asked my manager to use her override code, and she did.",
])
def test_ones_own_authority_or_theirs_used_by_them_is_not(text: str) -> None:
    assert "steamroll" not in _flags(text)
