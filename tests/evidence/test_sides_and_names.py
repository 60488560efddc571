"""Someone named at the start of a sentence and set off by who they are is a name; two sides set
against each other in one sentence are a disagreement, whichever clause the words open on."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


def _kinds(answer: str) -> set[str]:
    return {e.kind for e in analyze(answer).evidence if e.strength > 0}


@pytest.mark.parametrize(("sentence", "named"), [
    ("Yusuf, our security lead, wanted every tool behind sign-on.", True),
    ("Oren, the QA lead, said the build was not ready.", True),
    ("Priya, my manager, said no to the overtime.", True),
    # an adverb or a day set off the same way names no one
    ("Honestly, my manager, bless her, said no to the overtime.", False),
    ("Monday, our busiest day, the till broke.", False),
    ("Honestly, the whole thing, start to finish, was a mess.", False),
])
def test_a_name_set_off_by_who_they_are_is_a_name(sentence: str, named: bool) -> None:
    assert ("named_entity" in _kinds(sentence)) == named


@pytest.mark.parametrize(("opening", "set_against"), [
    ("My colleague wanted the exam a week earlier, but my class still had two topics to finish.",
     True),
    ("Yusuf, our security lead, wanted every internal tool behind the new sign-on before the "
     "audit; I owned the field app, and a forced sign-on would lock the technicians out.", True),
    # a want met is no dispute
    ("My colleague wanted the exam a week earlier; I moved it to the Monday.", False),
])
def test_two_sides_in_one_sentence_are_a_disagreement(opening: str, set_against: bool) -> None:
    answer = f"{opening} I asked for a coffee with them and we agreed on a plan. It went well."
    assert ("disagreement" in _kinds(answer)) == set_against


@pytest.mark.parametrize(("note", "actor"), [
    # a note's line labelled with a person tells what that person did or said
    ("- Ruth: never made it dept policy.", "other"),
    ("- Ruth not keen: said it meant more marking.", "other"),
    # a label that names no one heads the teller's own step
    ("- Idea: weekly quizzes instead of end-of-unit tests.", "none"),
    ("- Fix: rewrote the rota for the weekend shifts.", "candidate"),
])
def test_a_notes_line_labelled_with_a_person_is_theirs(note: str, actor: str) -> None:
    answer = ("- Maths teacher; HoD Ruth Okafor runs the department.\n" + note +
              "\n- End of term: three teachers using the quizzes.")
    clause = next(c for c in analyze(answer).clauses if c.text.startswith(note[2:8]))
    assert clause.actor == actor
