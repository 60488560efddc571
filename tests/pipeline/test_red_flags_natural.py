"""Each red flag costs the criteria it bears on, also when said the way people say it.

The same check as test_red_flags.py, over phrasings no pattern in evidence/lexicon.py matches:
blame without the word "fault", contempt without an insult from a list, anger told through the
body, and denial of failure that never says "never failed". The clause reader must catch them in
any clause the candidate speaks (a counterfactual "if the vendor had done their part" included)
and a flagged clause earns no credit of its own.
"""

from __future__ import annotations

import pytest
from red_flags import cases, checkable, not_lowered

NATURAL: dict[str, list[str]] = {
    "blame": [
        "Honestly the whole mess was on the data team, they never delivered what they promised.",
        "If the vendor had done their part, none of this would have happened.",
        "The real problem was QA, who sat on the build for a week without telling anyone.",
    ],
    "contempt": [
        "Frankly, the product managers there couldn't tell a database from a spreadsheet.",
        "Explaining anything to the design team was like talking to a wall.",
        "Half of that team were just there to collect a paycheck.",
    ],
    "emotional": [
        "I was so wound up I could barely sit through the meeting.",
        "It made my blood boil to watch them wave away the numbers.",
        "I'll admit I fired off a pretty heated message to the whole channel that night.",
    ],
    "never_fail": [
        "Honestly, the things I own tend to go exactly the way I plan them.",
        "Nothing I've led has ever really gone wrong, so I'd have to pick something small.",
        "To be honest, my projects just don't fail.",
    ],
}
CASES = cases(NATURAL)


@pytest.mark.parametrize(("flag", "row", "sentence"), CASES)
def test_a_red_flag_in_natural_words_lowers_the_criteria_it_bears_on(
        flag: str, row: dict[str, str], sentence: str) -> None:
    if not checkable(flag, row):
        pytest.skip(f"every criterion {flag} bears on is already at 1 for {row['id']}")
    assert not_lowered(flag, row, sentence) == {}
