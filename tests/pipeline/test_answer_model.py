"""The answer model beside the catalog's evidence, when no question says what an answer is
about: trained from the studied answers as shipped, right on the kept-aside answers more often
than the catalog alone, and read only when an answer's competency is inferred from the answer.

The kept-aside fifth of the unseen sets (the 3rd, 8th, 13th… answer of each set) is never
trained on; measured once when the model was built (240/361 right, the catalog alone 154/361),
it holds a floor here, never a target to tune towards.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from roundtable import answer_model
from roundtable.answer_model import without_names
from roundtable.inference import _hits, infer_competency

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import train_answer_model  # noqa: E402


def test_the_shipped_model_is_what_the_script_trains_from_the_studied_answers() -> None:
    rows = train_answer_model.unseen(aside=False) + train_answer_model.devset("dev")
    shipped = json.loads(answer_model.MODEL_PATH.read_text(encoding="utf-8"))
    assert train_answer_model.train(rows) == shipped, (
        "retrain: python scripts/train_answer_model.py")


def test_no_measure_only_set_is_trained_on() -> None:
    # `blind19`… and `flagblind2` are never read (tests/data/unseen/README.md)
    trained = {name for name, _, _ in train_answer_model.unseen(aside=False)}
    assert trained and not any("blind" in name for name in trained)


def test_the_kept_aside_answers_are_never_trained_on() -> None:
    studied = {answer for _, answer, _ in train_answer_model.unseen(aside=False)}
    aside = train_answer_model.unseen(aside=True)
    assert len(aside) > 300
    assert not studied & {answer for _, answer, _ in aside}


def test_answers_alone_are_inferred_right_more_often_than_by_the_catalog_alone() -> None:
    aside = train_answer_model.unseen(aside=True)
    shipped = json.loads(answer_model.MODEL_PATH.read_text(encoding="utf-8"))
    catalog, _, _ = train_answer_model.right(shipped, aside, 0.0, 1.0)
    joined = sum(infer_competency(None, answer).competency.id == cid for _, answer, cid in aside)
    assert joined / len(aside) >= 0.66
    assert joined - catalog >= 0.15 * len(aside)


def test_a_story_that_names_no_keyword_is_read_by_its_words() -> None:
    # No keyword of the chosen competency's: the review names the words the model weighed,
    # as the answer says them, instead of "no strong keyword".
    answer = ("When our clinic moved to a new patient record system, I was the only "
              "receptionist who had never used one. I stayed after my shift for two weeks and "
              "worked through the training videos, then asked the trainer to let me shadow her "
              "on a busy Monday. I wrote a one-page cheat sheet of the ten tasks we do most. "
              "Within a month the others were asking me how to do things, and the practice "
              "manager put my sheet up at every desk.")
    got = infer_competency(None, answer)
    assert not _hits(answer, got.competency)
    assert got.matched
    assert all(re.search(rf"\b{word}\b", answer.lower()) for word in got.matched)


def test_names_are_no_words_of_a_subject() -> None:
    answer = ("I took Tomasz on over a candidate with top marks, paired Tomasz with Aisha for "
              "six months, and Tomasz now trains the apprentices at our Leeds depot.")
    kept = without_names(answer)
    assert "Tomasz" not in kept and "Aisha" not in kept and "Leeds" not in kept
    assert "apprentices" in kept and "I took" in kept
    # a word the answer also says in lower case is a word, not a name
    assert "Trust" in without_names("The ward, Trust and all, ran on trust that year.")


def test_the_model_is_read_only_when_an_answer_alone_is_inferred() -> None:
    code = ("import roundtable.cli, roundtable.inference as i, roundtable.answer_model as m\n"
            "assert not m.MODEL.loaded\n"
            "i.infer_competency('Tell me about a time you failed.', 'I fixed the build.')\n"
            "assert not m.MODEL.loaded\n"
            "i.infer_competency(None, 'I fixed the build.')\n"
            "assert m.MODEL.loaded\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT,
                   env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
