"""Readings a round on leaders' answers found wrong (issue 8): titles the reader did not know as
people ("The CMO handled it." was no one's doing), a mentee's shortfall told and taken up with him
in a second-language present ("so I tell him straight") read as blame, a wrong view owned just
before it or a shortfall met with training read as blame, a job with a possessive ("a children's
social worker") read as a portrait, "would do the same again" read as denial when the next line
names what they would change, and learning everyone's names read as a lesson learned."""

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


@pytest.mark.parametrize(("passage", "flagged"), [
    # a wrong view the candidate owns just before telling it
    ("I got the diagnosis wrong. I'd assumed they were behind on comprehension, because that's "
     "what the tests show.", False),
    ("I'd assumed they were behind on comprehension.", True),
    ("I had a team of five. I'd assumed they were lazy and it was their fault.", True),
    # the shortfall that is the reason for the training the candidate gave
    ("I trained the two TAs myself, because they hadn't done phonics with older children "
     "before.", False),
])
def test_a_shortfall_owned_or_met_with_help_is_no_blame(passage: str, flagged: bool) -> None:
    assert ("blame" in {f.kind for f in analyze(passage).flags}) is flagged


@pytest.mark.parametrize(("sentence", "portrait"), [
    ("So, I'm a children's social worker.", False),
    ("I'm a men's hairdresser in a small salon.", False),
    ("I'm a people person.", True),
])
def test_a_job_with_a_possessive_is_where_the_story_happens(sentence: str,
                                                            portrait: bool) -> None:
    assert analyze(sentence).has("generic_claim") is portrait


@pytest.mark.parametrize(("passage", "flagged"), [
    ("Would do the same again. Only thing I'd change: should have photographed the board "
     "before I opened it.", False),
    ("I'd make the same call again. Next time I'd ring the duty manager first.", False),
    ("I would do exactly the same again. It worked.", True),
])
def test_the_same_again_with_a_change_named_next_is_no_denial(passage: str,
                                                              flagged: bool) -> None:
    assert ("never_fail" in {f.kind for f in analyze(passage).flags}) is flagged
