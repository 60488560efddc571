"""Someone else's decision is the story's outcome, but how they reached it is their conduct:
"They listened but decided to go ahead" shows no listening of the candidate's, "the contractor
committed to an improvement plan" no commitment of theirs. What the decision brings about (a
trial agreed, the decision itself) still counts, and so does the candidate's own conduct."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze

_CONDUCT = ("empathy", "communication", "commitment", "prioritization", "simplification")


def _credited(text: str, kinds: tuple[str, ...]) -> set[str]:
    return {e.kind for e in analyze(text).evidence if e.kind in kinds and e.strength > 0}


@pytest.mark.parametrize("text", [
    "I argued for a later date. They listened but decided to go ahead with September.",
    "I raised the defects with the site manager, and the contractor committed to an "
    "improvement plan.",
    "I showed the numbers, and they agreed the whole org would move to the new deck from the "
    "start of Q3.",
    "My manager decided to consolidate their pallets with another customer's shipments.",
])
def test_their_decision_credits_no_conduct_of_the_candidates(text: str) -> None:
    assert _credited(text, _CONDUCT) == set(), text


@pytest.mark.parametrize(("text", "kind"), [
    ("I listened to her carefully and understood why the date mattered to her.", "empathy"),
    ("I committed to the plan and spent the next two weeks fixing the two worst bottlenecks.",
     "commitment"),
    ("I argued for a pilot first. She agreed to a four-week trial, my store only.",
     "experiment"),
])
def test_the_candidates_conduct_and_what_their_decision_brings_still_count(
        text: str, kind: str) -> None:
    assert _credited(text, (kind,)) == {kind}, text
