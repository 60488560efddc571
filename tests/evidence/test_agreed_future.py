"""What was agreed for later is a fact of the story, not an imagined act."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


@pytest.mark.parametrize(("sentence", "mode"), [
    ("We agreed I would give her builds by Tuesday noon.", "fact"),
    ("I promised we would have the fix out by Friday.", "fact"),
    # what was agreed of a thing, not only of a person
    ("We agreed deliveries would be checked within the hour.", "fact"),
    ("She decided the night team would cover the gap.", "fact"),
    ("I would sit down with them first.", "hypothetical"),
    ("If it happened again I would escalate.", "hypothetical"),
])
def test_would_after_an_agreement_is_the_past_s_future(sentence: str, mode: str) -> None:
    assert analyze(sentence).clauses[0].mode == mode
