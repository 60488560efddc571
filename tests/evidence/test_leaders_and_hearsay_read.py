"""Readings a round on leaders' answers found wrong (issue 8): titles the reader did not know as
people ("The CMO handled it." was no one's doing), a mentee's shortfall told and taken up with him
in a second-language present ("so I tell him straight") read as blame, and learning everyone's
names read as a lesson learned."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


@pytest.mark.parametrize("sentence", [
    "The CMO handled it.", "The GP signed the form.", "Our registrar took over the ward round.",
    "The headteacher said no.", "The sergeant called it off.", "The juniors took on the cleaning.",
    "The apprentice rewired the board.", "My deputy ran the late shift.",
])
def test_a_title_is_someone_elses_doing(sentence: str) -> None:
    assert analyze(sentence).clauses[0].actor == "other"


@pytest.mark.parametrize(("passage", "flagged"), [
    ("The first months on the line he was too slow and on Saturday service it was costing us "
     "tables, so I tell him straight and I move him back to prep for two weeks.", False),
    ("He was too slow on the line, so I told him and moved him back to prep.", False),
    # a fault named outright stays blame however it is then taken up
    ("He was too slow and it was costing us tables, so I told him it was his fault.", True),
    ("He was too slow and it was costing us tables.", True),
])
def test_a_shortfall_told_to_the_person_and_acted_on(passage: str, flagged: bool) -> None:
    assert ("blame" in {f.kind for f in analyze(passage).flags}) is flagged


@pytest.mark.parametrize(("sentence", "lesson"), [
    ("I learned everyone's names in my first week, all 46 of them.", False),
    ("I learned all their names by the Friday.", False),
    ("I learned that people need the rota before they plan their week.", True),
    ("I learned to ask before I assume.", True),
])
def test_learning_names_is_no_lesson(sentence: str, lesson: bool) -> None:
    assert analyze(sentence).has("learning") is lesson
