"""Notes write a step with its subject left out, what it led to after an arrow, and why the
teller took a stand after a colon: each is read as the same thing written out. And a denial
that fronts "until" ("It wasn't until the stores called that anyone noticed") is one clause."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import read_mode

SCENE = "- Maths teacher, secondary school.\n- Ran the quizzes w/ my 2 Y9 classes for 1 term.\n"


@pytest.mark.parametrize("step", ["Invited colleagues to sit in.", "Asked colleagues to join.",
                                  "Trained volunteers to run the desk."])
def test_a_step_in_the_past_with_no_subject_is_no_habit(step: str) -> None:
    assert read_mode(step, "candidate") == "fact"


@pytest.mark.parametrize("habit", ["sales listens to dollars", "backup costs 0.4% more",
                                   "Speed matters to them."])
def test_a_thing_doing_what_it_does_is_still_a_habit(habit: str) -> None:
    assert read_mode(habit, "none") == "habitual"


def test_what_a_step_led_to_after_an_arrow_is_a_clause_of_its_own_even_as_a_count() -> None:
    clauses = analyze(SCENE + "- Invited colleagues to sit in → 2 came (Mark, Jen).").clauses
    texts = [c.text for c in clauses]
    assert "Invited colleagues to sit in" in texts
    assert "2 came (Mark, Jen)." in texts
    invited = next(c for c in clauses if c.text == "Invited colleagues to sit in")
    assert (invited.actor, invited.mode) == ("candidate", "fact")


def test_an_arrow_between_two_numbers_is_a_before_and_after_not_two_clauses() -> None:
    texts = [c.text for c in analyze(SCENE + "- Marking time 40 min → 10 min a week.").clauses]
    assert "Marking time 40 min → 10 min a week." in texts


def _grounds(line: str) -> list[str]:
    return [e.quote for e in analyze(SCENE + line).evidence if e.kind == "grounds"]


@pytest.mark.parametrize("line", [
    "- Doubted it: 2 p.m. traffic only 15% above morning.",
    "- Didn't wait: heparin high-alert, mix-up could mean an overdose.",
    "- Refused to sign: cover 15mm vs 40mm on drawings.",
    "- Called pharmacy at once, strength mix-up = possible tenfold overdose.",
])
def test_why_a_note_took_its_stand_is_its_grounds(line: str) -> None:
    assert _grounds(line)


@pytest.mark.parametrize("line", [
    "- Decided: pour 6 good bays today, cancel last 5 trucks.",
    "- Manual regression pack = 300 test cases.",
    "- Agreed: reviews within a day.",
    "- Pushed back on the dates in a 1:1 with her.",
])
def test_what_was_decided_or_defined_is_no_reason(line: str) -> None:
    assert not _grounds(line)


@pytest.mark.parametrize(("sentence", "clauses"), [
    ("It wasn't until the stores called on day eight that anyone on my team noticed.", 1),
    ("I didn't sleep until the fix was live.", 2),
    ("I waited until the stores called.", 2),
])
def test_an_until_a_negation_fronts_is_no_clause_of_its_own(sentence: str, clauses: int) -> None:
    read = analyze(sentence).clauses
    assert len(read) == clauses
    assert read[0].mode == ("negated" if "n't" in sentence else "fact")
