"""Each red flag costs the criteria it bears on, in phrasings the current lexicon recognises.

A sentence expressing blame, contempt, emotional framing or never having failed is appended to
strong dev answers; every criterion the competency file says the flag bears on must score lower
than before. The same check over natural phrasings lives in test_red_flags_natural.py.
"""

from __future__ import annotations

import pytest
from red_flags import FLAGS, cases, checkable, not_lowered, raised_flags, strong_rows

# Only the flag's own words: a sentence that also carries words the lexicon credits ("Honestly"
# reads as trust, "my fault" as owning a failure) would test that credit, not the flag's cost.
CAUGHT: dict[str, list[str]] = {
    "blame": [
        "It was entirely their fault that the launch slipped.",
        "They dropped the ball and it was their fault.",
        "In the end it was out of my hands because of them.",
    ],
    "contempt": [
        "The other engineers were clueless about how the system worked.",
        "He just didn't get it.",
        "The product team was impossible to work with.",
    ],
    "emotional": [
        "I was so furious that I nearly walked out of the meeting.",
        "At one point I lost my temper and stormed out of the review.",
        "I got so angry I yelled at him.",
    ],
    "never_fail": [
        "I've never really failed at anything I took on.",
        "I can't really think of a time I got something wrong.",
        "I don't make mistakes on projects like this one.",
    ],
}
CASES = cases(CAUGHT)


def test_every_flag_is_checked_on_several_strong_answers() -> None:
    for flag in FLAGS:
        assert len([r for r in strong_rows(flag) if checkable(flag, r)]) >= 3, flag


@pytest.mark.parametrize(("flag", "row", "sentence"), CASES)
def test_a_red_flag_lowers_the_criteria_it_bears_on(flag: str, row: dict[str, str],
                                                    sentence: str) -> None:
    if not checkable(flag, row):
        pytest.skip(f"every criterion {flag} bears on is already at 1 for {row['id']}")
    assert flag in raised_flags(row, f"{row['answer']} {sentence}")
    assert not_lowered(flag, row, sentence) == {}
