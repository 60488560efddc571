"""Competency inference from the question alone, on questions worded as interviewers word them.

The questions in tests/data/probes/questions.yaml were written before inference matched a
question against each competency's own words; the held-out ones are never tuned on, so their
floor is a measured level kept from falling, not a target reached by rules for those rows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from roundtable.inference import infer_competency

_FILE = Path(__file__).parents[1] / "data" / "probes" / "questions.yaml"
PROBES: dict[str, dict[str, list[str]]] = yaml.safe_load(_FILE.read_text(encoding="utf-8"))


def _share(part: str) -> float:
    rows = [(cid, q) for cid, parts in PROBES.items() for q in parts[part]]
    return sum(infer_competency(q, "").competency.id == cid for cid, q in rows) / len(rows)


def test_every_built_in_competency_has_probe_questions() -> None:
    from roundtable.catalog.loader import competencies

    assert set(PROBES) == set(competencies())


@pytest.mark.parametrize(("part", "floor"), [("dev", 0.95), ("heldout", 0.75),
                                             ("heldout2", 0.80)])
def test_questions_asked_in_other_words_find_their_competency(part: str, floor: float) -> None:
    # dev 81/96 and held-out 16/24 when written down (keywords alone: 59/96 and 9/24). Then 72
    # dev rows and the held-out part `heldout2` (48 rows) in interviewers' own phrasing were
    # written before the catalog's vocabularies and the reweighting: dev 125/168, heldout 16/24,
    # heldout2 21/48 before; 144/168, 16/24 and 32/48 after. Since situations named in the
    # question count as phrases (tuned on `dev` and tests/data/probes/asked-tune.yaml only):
    # 164/168, 19/24 and 40/48. With the ask read over the preamble, word families and no
    # one word past the cap (tuned on `dev` and asked-tune2.yaml): 165/168, 21/24 and 40/48.
    assert _share(part) >= floor


def test_a_close_call_is_inferred_with_low_confidence() -> None:
    """A question in words every competency shares names a runner-up close behind; one that
    names its subject does not."""
    # ("a week where nothing went to plan" was the example here until the catalog learned it
    # as adaptability's situation; a hard day names none.)
    vague = infer_competency("Tell me about a hard day at work.", "")
    assert not vague.confident and vague.runner_up is not None
    assert vague.runner_up.id != vague.competency.id
    clear = infer_competency("Tell me about a time you disagreed with a coworker.", "")
    assert clear.confident and clear.competency.id == "conflict"


def test_a_question_in_none_of_the_catalog_words_still_finds_its_subject() -> None:
    asked = "Tell me about the hardest bug you have ever chased down."
    assert infer_competency(asked, "").competency.id == "dive-deep"
