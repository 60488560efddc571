"""Who speaks inside quotation marks, and what that does to a red flag in the words quoted."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.quotes import quoted


@pytest.mark.parametrize(("text", "expected"), [
    ('Okafor rang, and the first thing he said was, "You people are useless."',
     [("You people are useless.", "other")]),
    ("When a customer says “you lot never listen,” there is usually a fact under it.",
     [("you lot never listen,", "other")]),
    ("I told him, “your code is garbage.”", [("your code is garbage.", "candidate")]),
    ("“They are clowns,” I said.", [("They are clowns,", "candidate")]),
    ('"They are clowns", my manager said.', [("They are clowns", "other")]),
    ("I remember thinking, \"these guys are amateurs.\"", [("these guys are amateurs.",
                                                           "candidate")]),
    ('So "never failed" really meant "never told us."',
     [("never failed", "mention"), ("never told us.", "mention")]),
    ("Then she goes ‘you never listen’ and walks out.", [("you never listen", "other")]),
    ("We didn’t expect it, and the team’s plan held.", []),
])
def test_each_quote_has_its_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[q.start:q.end], q.speaker) for q in quoted(text)] == expected


def _flags(text: str) -> set[str]:
    return {f.kind for f in analyze(text).flags}


STORY = ("Last winter I ran the returns desk at a garden centre. {} I listened, found the order, "
         "and refunded the delivery fee the same day. He came back in spring and bought a shed.")


def test_someone_elses_contempt_in_quotes_is_no_flag_but_the_candidates_own_is() -> None:
    theirs = STORY.format('A customer marched in and said, "You lot are useless and lazy."')
    mine = STORY.format('I told my colleague, "Honestly, the warehouse lot are useless and lazy."')
    assert "contempt" not in _flags(theirs)
    assert "contempt" in _flags(mine)


def test_a_term_in_quotes_denies_no_failing() -> None:
    text = ("I took over the nightly stock import. Everyone said it \"never failed\". I checked "
            "the logs and found it skipped rows every night. So \"never failed\" really meant "
            "\"never told us\". I added a row count check and fixed 312 missing products.")
    assert "never_fail" not in _flags(text)
