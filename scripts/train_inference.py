"""Train the question model (`src/roundtable/question_model.json`) that competency inference uses.

    python scripts/train_inference.py              # train on every dev question, write the file
    python scripts/train_inference.py --cv         # five-fold cross-validation inside dev
    python scripts/train_inference.py --heldout    # also measure the held-out fifth

Trained on: the dev rows of `tests/data/inference` (the 5th, 10th, 15th… question of each
competency is held out and never read here except by `--heldout`), the catalog's own sample
questions, and the dev/tune parts of the older probe sets (`tests/data/probes/questions.yaml`
`dev`, `asked-tune.yaml`, `asked-tune2.yaml`). Their held-out parts, the interview sets and the
fresh questions are never trained on.

`--cv` trains on four fifths of that pool and measures the other fifth of
`tests/data/inference`'s dev rows (the catalog's keywords were never tuned on them), model alone
and joined with the keyword evidence at several weights; the weight and the regularisation in
`inference.py` and the smoothing here were chosen with it. Training is counting, so the same
data writes the same file.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from roundtable import inference, question_model
from roundtable.catalog.loader import competencies
from roundtable.word_model import fit

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "inference"
PROBES = ROOT / "tests" / "data" / "probes"

ALPHA = 1.0
"""Additive smoothing: each feature counted once more for every competency than it was seen
(cross-validated against 0.5 and 2)."""
MIN_COUNT = 1
"""Features said less than once in all (a word only ever said in a preamble or two counts a
third each) are left out: as accurate on cross-validation, and a smaller file."""

Row = tuple[str, str]  # (question, competency id)


def corpus() -> tuple[list[Row], list[Row]]:
    """`tests/data/inference`: the dev rows and the held-out fifth."""
    dev: list[Row] = []
    held: list[Row] = []
    for path in sorted(CORPUS.glob("questions-*.yaml")):
        for cid, questions in yaml.safe_load(path.read_text(encoding="utf-8")).items():
            for position, question in enumerate(questions, start=1):
                (held if position % 5 == 0 else dev).append((question, cid))
    return dev, held


def older_dev() -> list[Row]:
    """The catalog's sample questions and the dev/tune parts of the older probe sets."""
    rows = [(q, c.id) for c in competencies().values() for q in c.questions]
    probes = yaml.safe_load((PROBES / "questions.yaml").read_text(encoding="utf-8"))
    rows += [(q, cid) for cid, parts in probes.items() for q in parts["dev"]]
    for name in ("asked-tune.yaml", "asked-tune2.yaml"):
        data = yaml.safe_load((PROBES / name).read_text(encoding="utf-8"))
        rows += [(r["question"], r["competency"]) for r in data["questions"]]
    return rows


def older_heldout() -> dict[str, list[tuple[str, list[str]]]]:
    """The older probe sets' held-out parts, each question with the competencies it accepts."""
    probes = yaml.safe_load((PROBES / "questions.yaml").read_text(encoding="utf-8"))
    sets = {f"questions.yaml {part}": [(q, [cid]) for cid, parts in probes.items()
                                       for q in parts[part]]
            for part in ("heldout", "heldout2")}
    for name in ("asked-heldout", "asked-heldout2", "asked-fresh"):
        data = yaml.safe_load((PROBES / f"{name}.yaml").read_text(encoding="utf-8"))
        sets[name] = [(r["question"], [r["competency"], *r.get("also", [])])
                      for r in data["questions"]]
    return sets


def features(question: str) -> dict[str, float]:
    return {t: v for t, (v, _) in inference.question_features(question.strip().lower()).items()}


def catalog_phrases() -> list[Row]:
    """Each competency's keywords and situation phrases, as short training documents: words of
    the catalog's that a question may say though no training question did."""
    return [(p, c.id) for c in competencies().values() for p in [*c.keywords, *c.vocabulary]]


def train(rows: list[Row]) -> dict[str, Any]:
    """Multinomial naive Bayes (`word_model.fit`) over the questions and `catalog_phrases`."""
    return fit(((features(text), cid) for text, cid in [*rows, *catalog_phrases()]),
               sorted(competencies()), ALPHA, MIN_COUNT)


def alone(model: dict[str, Any], question: str) -> str | None:
    with question_model.trial(model):
        found = question_model.log_probabilities(features(question))
    return max(found, key=lambda c: found[c]) if found else None


def joined(model: dict[str, Any], question: str, weight: float) -> str:
    return inferred(model, question, weight).competency.id


def inferred(model: dict[str, Any], question: str, weight: float) -> inference.Inference:
    inference._infer.cache_clear()
    saved = inference._MODEL_WEIGHT
    inference._MODEL_WEIGHT = weight
    try:
        with question_model.trial(model):
            return inference.infer_competency(question, "")
    finally:
        inference._MODEL_WEIGHT = saved
        inference._infer.cache_clear()


WEIGHTS = (0.0, 1.0, 2.0, 3.0, 4.0, 6.0, 1000.0)
"""Weights of the model's probability beside the keyword evidence tried by `--cv`; 0 is the
keywords alone, 1000 the model alone in effect."""


def cross_validate(dev: list[Row], older: list[Row]) -> None:
    """Five folds of the corpus's dev rows (by position); the older dev rows always train."""
    right_alone = 0
    right = Counter[float]()
    flags = Counter[tuple[bool, bool]]()  # (right, flagged uncertain) at the shipped weight
    for fold in range(5):
        tested = [r for i, r in enumerate(dev) if i % 5 == fold]
        model = train([r for i, r in enumerate(dev) if i % 5 != fold] + older)
        right_alone += sum(alone(model, q) == c for q, c in tested)
        for weight in WEIGHTS:
            right[weight] += sum(joined(model, q, weight) == c for q, c in tested)
        for q, c in tested:
            got = inferred(model, q, inference._MODEL_WEIGHT)
            flags[(got.competency.id == c, not got.confident)] += 1
    print(f"cv at the shipped weight: {flags[(False, True)]} of "
          f"{flags[(False, True)] + flags[(False, False)]} wrong choices flagged uncertain, "
          f"{flags[(True, True)]} of {flags[(True, True)] + flags[(True, False)]} right ones")
    print(f"cv model alone: {right_alone}/{len(dev)} ({right_alone / len(dev):.1%})")
    for weight in WEIGHTS:
        print(f"cv joined, weight {weight:g}: {right[weight]}/{len(dev)} "
              f"({right[weight] / len(dev):.1%})")


def measure(model: dict[str, Any], name: str,
            rows: Iterable[tuple[str, list[str]]]) -> None:
    rows = list(rows)
    by_alone = sum(alone(model, q) in wanted for q, wanted in rows)
    keywords = sum(joined(model, q, 0.0) in wanted for q, wanted in rows)
    both = sum(joined(model, q, inference._MODEL_WEIGHT) in wanted for q, wanted in rows)
    print(f"{name}: keywords alone {keywords}/{len(rows)}, model alone {by_alone}/{len(rows)}, "
          f"joined {both}/{len(rows)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--heldout", action="store_true")
    args = parser.parse_args()
    dev, held = corpus()
    older = older_dev()
    if args.cv:
        cross_validate(dev, older)
        return
    model = train(dev + older)
    if args.heldout:
        measure(model, "inference corpus held-out fifth", [(q, [c]) for q, c in held])
        for name, rows in older_heldout().items():
            measure(model, name, rows)
        return
    question_model.MODEL.write(model)
    print(f"wrote {question_model.MODEL_PATH.relative_to(ROOT)}: {len(model['lift'])} "
          f"features from {len(dev) + len(older)} questions")


if __name__ == "__main__":
    sys.exit(main())
