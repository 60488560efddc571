"""`topic` names a line by its noun phrase; the phrase must read as a whole one."""

from __future__ import annotations

import pytest

from roundtable.deliberation.phrasing import topic


@pytest.mark.parametrize(("quote", "expected"), [
    ("and in the support queue those accounts had opened 140 tickets about the template builder",
     "the template builder"),
    ("I pulled the usage data and found that 38% of accounts edited invoices", "the usage data"),
    ("we waited a few weeks", None),
])
def test_a_topic_never_ends_on_a_determiner_or_a_time(quote: str, expected: str | None) -> None:
    assert topic(quote) == expected
