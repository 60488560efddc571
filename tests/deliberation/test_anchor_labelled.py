"""A score below the top is said against its anchor, and the anchor is always labelled as the
rubric's words. Bare, the middle anchor read as a claim about the answer, and could contradict
the turn that said it: "they say what they did themselves, which gets clearing obstacles to 3 of
5 and no further (overcame an obstacle, with their own actions unclear)"."""

from __future__ import annotations

import re

from deliberation_corpus import dev_reviews

_AT_THREE = re.compile(r"to 3 of 5 and no further \((?!middle anchor: )")


def test_the_middle_anchor_is_never_quoted_bare() -> None:
    said = [turn.text for review in dev_reviews() for round_ in review.rounds
            for turn in round_.turns]
    assert any("to 3 of 5 and no further (middle anchor: " in text for text in said)
    assert not [text for text in said if _AT_THREE.search(text)]
