"""A short time clause closing a step says when the step was taken: in "I asked the shop next
door if we could use their oven after they closed" the words "after they closed" are the scene
of the step, no outcome (as the verb "closed" alone made them), and "before I sign" in a lesson is
part of the lesson. A time clause that opens a sentence, or "after that", keeps its own reading,
and so does someone else's after their own step."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze


def _roles(answer: str) -> dict[str, str]:
    return {c.text.strip(" .,"): c.role for c in analyze(answer).clauses}


@pytest.mark.parametrize(("answer", "ending", "role"), [
    ("Our oven broke in December. So I rang the shop next door and asked if we could use their "
     "oven after they closed. We baked there for three nights.", "after they closed",
     "situation"),
    ("I learned to slow down. Looking back, I should always read the dose back to the nurse "
     "before I sign.", "before I sign", "reflection"),
])
def test_a_closing_time_clause_is_read_with_its_step(answer: str, ending: str,
                                                      role: str) -> None:
    clauses = analyze(answer).clauses
    at = next(i for i, c in enumerate(clauses) if c.text.strip(" .").endswith(ending))
    assert clauses[at].role == role
    assert clauses[at - 1].role in ("action", role)


def test_an_outcome_after_that_keeps_its_own_reading() -> None:
    roles = _roles("I rewrote the rota with the team in March. After that the overtime stopped, "
                   "and it has not come back.")
    assert "result" in roles.values()


def test_a_time_clause_closing_the_scene_is_part_of_it() -> None:
    # "…it was due three days after the samples were approved": when the state held, neither a
    # call made nor what came of the story, however "approved" reads alone.
    answer = ("I had promised the buyer the labels by Monday. I'd misread the printer's "
              "schedule: it was three days after the proofs were approved, which hadn't "
              "happened yet. I rang the buyer that morning and we moved the date.")
    clauses = analyze(answer).clauses
    at = next(i for i, c in enumerate(clauses) if "proofs were approved" in c.text)
    assert clauses[at - 1].role == "situation"
    assert clauses[at].role == "situation"
    kinds = {e.kind for e in analyze(answer).evidence if e.strength > 0
             and e.at >= clauses[at].span.start and e.at < clauses[at].span.end}
    assert not kinds & {"result", "quantified_result", "decision"}
