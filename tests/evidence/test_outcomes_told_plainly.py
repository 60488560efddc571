"""Outcomes a short strong answer tells without the usual words (issue 8, an outcome told without
signpost words): the harm stopped at the door ("Nothing left the building wrong") and the fix
taken up by the organisation after the candidate's step ("the company added a winter fuel buffer
for that airport"). What was left over ("almost nothing left for margin") and a policy imposed on
the candidate ("they brought in this new marking policy") are not outcomes. A concern said to the
person's face, and how ("I said clearly, 'I'm not comfortable'"), is the concern raised."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


@pytest.mark.parametrize(("sentence", "outcome"), [
    ("Nothing left the building wrong, and they added a scan check between label and case.",
     True),
    ("Nothing wrong shipped.", True),
    ("None of it reached a patient.", True),
    ("Not one mislabelled pallet left the site.", True),
    ("I filed a safety report, and the company added a winter fuel buffer for that airport.",
     True),
    ("A month later the trust brought in a rule that the bed manager checks acuity first.", True),
    ("At that price there was almost nothing left for margin.", False),
    ("They brought in this new marking policy with green and purple pens.", False),
])
def test_an_outcome_told_plainly(sentence: str, outcome: bool) -> None:
    assert analyze(sentence).has("result") is outcome


@pytest.mark.parametrize(("sentence", "raised"), [
    ("I said clearly, \"I'm not comfortable, we don't have the visual reference.\"", True),
    ("I told him plainly I wasn't comfortable.", True),
    ("I said, \"I'm not happy to continue like this.\"", True),
    ("I told the captain: \"We're past holdover, and I think I can see contamination.\"", True),
    ("So I gave him the facts, not an opinion: the time, the table and what I'd seen.", True),
    ("He told the team: \"We're going.\"", False),
    ("She said clearly that it was fine.", False),
    ("I said it was fine.", False),
])
def test_a_concern_said_to_the_face_is_raised(sentence: str, raised: bool) -> None:
    assert analyze(sentence).has("raised") is raised


# Terse lines tell a measure back where it belongs without a verb; a step done twice ("and
# again in September") is a step, not the trouble gone.
@pytest.mark.parametrize(("sentence", "role"), [
    ("Rejects from that oven back to about one a week.", "result"),
    ("Errors back to zero by 6:25.", "result"),
    ("We sent the invoices back to the supplier.", "action"),
    ("I raised it at the partners' meeting in May and again in September.", "action"),
    ("It never failed again.", "result"),
])
def test_a_terse_outcome_and_a_step_done_twice(sentence: str, role: str) -> None:
    story = "The loaves from oven 2 were coming out pale. I had the door seal replaced. "
    clauses = analyze(story + sentence).clauses
    assert clauses[-1].role == role


@pytest.mark.parametrize(("sentence", "role"), [
    ("Came in at £9,200.", "result"),
    ("Growth for the year came in at 4.2%.", "result"),
    ("Kids didn't notice a difference.", "result"),
    ("Results as good.", "result"),
    ("I came in at 7am on the Monday.", "action"),
])
def test_a_spend_landed_or_a_change_nobody_could_tell(sentence: str, role: str) -> None:
    story = "The budget was cut to £9,500. I switched to microscale titrations. "
    assert analyze(story + sentence).clauses[-1].role == role
