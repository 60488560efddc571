"""A STAR heading heads the lines under it until the next one; a label inside a paragraph
("Food bank warehouse, I was the coordinator. Goal: 2,600 parcels out by 20 December.") heads
only its own paragraph, so the steps and the outcome told in the paragraphs after it are read
as steps and outcome, not as more of the goal."""

from __future__ import annotations

from roundtable.evidence.analysis import analyze

TERSE = ("Food bank warehouse, I was the coordinator. Goal: 2,600 Christmas parcels out by 20 "
         "December. Year before we did 1,900 and ran two days late.\n\n"
         "Recruited a second evening shift through the local rugby club. Checked 1 in 20 parcels "
         "against the list.\n\n"
         "2,640 out by the 19th.")
STAR = ("Situation: our depot missed two deliveries a week.\n\nTask: get misses to zero by "
        "March.\nI also had to keep overtime flat.\n\nAction: I moved the cut-off to 4pm.")


def _roles(text: str) -> dict[str, str]:
    return {c.text: c.role for c in analyze(text).clauses}


def test_a_label_inside_a_paragraph_heads_no_paragraph_after_it() -> None:
    roles = _roles(TERSE)
    assert roles["Recruited a second evening shift through the local rugby club."] == "action"
    assert roles["2,640 out by the 19th."] == "result"


def test_a_heading_that_opens_its_lines_still_heads_them() -> None:
    roles = _roles(STAR)
    assert roles["I also had to keep overtime flat."] == "task"
