"""The question model beside the keyword evidence: trained from the corpus as shipped, right on
the corpus's held-out fifth more often than the keywords alone, and read lazily.

The held-out fifth of `tests/data/inference` (every fifth question of each competency's list)
is never trained on; measured once when the model was built (199/288 right, the keywords alone
188/288), it holds a floor here, never a target to tune towards.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from roundtable import inference, question_model
from roundtable.inference import infer_competency

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import train_inference  # noqa: E402


def test_the_shipped_model_is_what_the_script_trains_from_the_corpus() -> None:
    dev, _ = train_inference.corpus()
    trained = train_inference.train(dev + train_inference.older_dev())
    shipped = json.loads(question_model.MODEL_PATH.read_text(encoding="utf-8"))
    assert trained == shipped, "retrain: python scripts/train_inference.py"


def test_the_corpus_has_sixty_questions_for_every_competency_and_holds_a_fifth_out() -> None:
    from roundtable.catalog.loader import competencies

    dev, held = train_inference.corpus()
    for cid in competencies():
        assert sum(c == cid for _, c in dev) == 48
        assert sum(c == cid for _, c in held) == 12
    assert not {q for q, _ in held} & {q for q, _ in dev + train_inference.older_dev()}


def test_the_held_out_fifth_is_read_better_with_the_model_than_without() -> None:
    _, held = train_inference.corpus()
    joined = sum(infer_competency(q, "").competency.id == c for q, c in held)
    saved = inference._MODEL_WEIGHT
    inference._MODEL_WEIGHT = 0.0
    inference._infer.cache_clear()
    try:
        alone = sum(infer_competency(q, "").competency.id == c for q, c in held)
    finally:
        inference._MODEL_WEIGHT = saved
        inference._infer.cache_clear()
    assert joined >= 0.68 * len(held)
    assert joined > alone


@pytest.mark.parametrize(("question", "wanted"), [
    # Written for this test, in words no keyword or situation of the catalog lists.
    ("Have you ever had your job redefined while you were in it? What did you do?",
     "adaptability"),
    ("Tell me about a time you stayed late to help a colleague finish their part of a group "
     "project.", "teamwork"),
    ("When did you last get a peer group to back a proposal you had no power to impose?",
     "influence"),
])
def test_a_question_in_none_of_the_catalog_phrases_is_inferred_from_its_words(
        question: str, wanted: str) -> None:
    got = infer_competency(question, "")
    assert got.competency.id == wanted
    assert got.from_question and got.matched
    # What the review names as matched are the question's own words, never "did you" alone.
    for said in got.matched:
        assert said in question.lower()
        assert set(said.split()) - {"did", "you", "have", "ever", "a", "the", "to"}


def test_a_question_the_model_knows_no_word_of_leaves_the_choice_to_the_keywords() -> None:
    assert question_model.log_probabilities({"w=zzzz": 1.0}) == {}
    got = infer_competency("Zzzz qqqq?", "We shipped the release two days early.")
    assert not got.from_question


def test_the_model_is_read_only_when_a_question_is_inferred() -> None:
    code = ("import roundtable.cli, roundtable.inference as i, roundtable.question_model as m\n"
            "assert not m.MODEL.loaded\n"
            "i.infer_competency(None, 'I fixed the build.')\n"
            "assert not m.MODEL.loaded\n"
            "i.infer_competency('Tell me about a time you failed.', '')\n"
            "assert m.MODEL.loaded\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT,
                   env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
