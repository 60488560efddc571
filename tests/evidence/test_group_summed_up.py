"""A whole group of people summed up in one breath is contempt (issue 8, red flags in varied
wording): "That's the thing with bootcamp grads, sometimes they want to work on the shiny stuff",
"You know what agency staff are like", "typical graduates". Things summed up the same way ("that's
the problem with spreadsheets, they break silently") and a group described without a verdict are
not."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


@pytest.mark.parametrize(("sentence", "flagged"), [
    ("That's the thing with bootcamp grads, sometimes they want to work on the shiny stuff.",
     True),
    ("You know what agency staff are like.", True),
    ("Typical graduates, they want everything handed to them.", True),
    ("That's the trouble with new starters, they always think they know better.", True),
    ("That's the problem with spreadsheets, they break silently.", False),
    ("That's the thing with nights, they creep up on you.", False),
    ("For me, that's the thing with customers who come in unhappy or wary.", False),
    ("A typical Monday on the ward starts with twelve admissions.", False),
])
def test_a_group_summed_up_is_contempt(sentence: str, flagged: bool) -> None:
    assert ("contempt" in {f.kind for f in analyze(sentence).flags}) is flagged
