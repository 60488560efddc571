"""The problem-solving competency judges answers told about solving a problem: three answers
written for it (tests/data/problem_solving: a worked fix with its cause, options and result; the
same story told vaguely as "we"; a self-description with no story), through every panel.

Its rubric was also run, untuned, over the 116 tuning-set answers to neighbouring competencies
(dive deep, ownership, invent and simplify…): mean overall 3.46 strong, 2.18 average, 1.60 weak,
against 3.66, 2.31 and 1.63 under their own competencies.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import roundtable
from roundtable.models import Review
from roundtable.synthesis.claims import check_review

DATA = Path(__file__).parents[1] / "data" / "problem_solving"
QUESTION = "Tell me about a time you solved a difficult problem at work."
PANELS = ("product-trio", "engineering-loop", "hiring-manager")


def _review(name: str, panel: str) -> Review:
    answer = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    return roundtable.review(answer, competency="problem solving", question=QUESTION,
                             panel=panel)


@pytest.mark.parametrize("panel", PANELS)
def test_a_worked_fix_is_hired_and_a_vague_or_absent_one_is_not(panel: str) -> None:
    strong, average, weak = (_review(n, panel) for n in ("strong", "average", "weak"))
    assert strong.competency.id == "problem-solving"
    assert strong.verdict.vote in ("hire", "strong_hire")
    assert average.verdict.vote in ("no_hire", "strong_no_hire")
    assert weak.verdict.vote == "strong_no_hire"
    assert strong.scores.overall > average.scores.overall > weak.scores.overall


def test_each_criterion_of_the_worked_fix_quotes_its_own_evidence() -> None:
    scores = {c.id: c for c in _review("strong", "product-trio").scores.criteria}
    assert "I ruled out the glue" in " ".join(q.quote for q in scores["diagnosis"].evidence)
    assert "I went with the cheap one first" in " ".join(
        q.quote for q in scores["options"].evidence)
    assert scores["the-result"].score >= 4


@pytest.mark.parametrize("name", ["strong", "average", "weak"])
@pytest.mark.parametrize("panel", PANELS)
def test_every_claim_about_a_problem_solving_answer_holds(name: str, panel: str) -> None:
    assert check_review(_review(name, panel)) == []
