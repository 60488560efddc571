"""Who speaks the words in quotation marks when the mark follows the verb of saying with no
space ("My manager said"ship it""), as fast typing and some keyboards leave it: still the
speaker the lead-in names, never a mere mention."""

from __future__ import annotations

import pytest

from roundtable.evidence.quotes import quoted


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ('My manager said"ship it on Friday" and walked off.', "ship it on Friday", "other"),
    ('She was like"whatever works" and moved on.', "whatever works", "other"),
    ('My manager said: "ship it on Friday" and walked off.', "ship it on Friday", "other"),
    ('I told him"no, not this sprint" and left it there.', "no, not this sprint", "candidate"),
])
def test_the_lead_in_names_the_speaker_with_or_without_a_space(
        text: str, words: str, speaker: str) -> None:
    [found] = quoted(text)
    assert (text[found.start:found.end], found.speaker) == (words, speaker)
