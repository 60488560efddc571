"""Train the reader's linear layer (`evidence/clause_model.json`) on the labelled clause corpus.

    python scripts/train_reader.py              # train on the dev split and write the file
    python scripts/train_reader.py --cv         # five-fold cross-validation inside dev only
    python scripts/train_reader.py --heldout    # also print the held-out fifth's macro-F1

Only the dev split (`tests/data/clauses`, ids not divisible by 5) is trained on. A change to the
rules or the features is judged by `--cv` (folds of whole sentences inside dev), so the held-out
fifth is read only to report, once a round is done. Training is deterministic (fixed shuffle
seed), so the same corpus writes the same file.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import cast

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "evidence"))

from clause_corpus import Labelled, field_pairs, macro_f1, read_corpus, scores  # noqa: E402

from roundtable.evidence import learned  # noqa: E402
from roundtable.evidence.reading import Actor, Mode, licensed  # noqa: E402

EPOCHS = 10
SCALE = 1000
"""Weights are stored as integers (thousandths): the file then loads in a few milliseconds."""
PRUNE = 5
"""Rows whose weights are all smaller than this (in thousandths) change no prediction worth
keeping; they only add size."""
MIN_COUNT = 2
"""A word or word pair seen in fewer dev clauses than this is a name or a one-off: dropping it
generalises better and keeps the file small enough to load in a few milliseconds."""


class AveragedPerceptron:
    """A multiclass perceptron whose weights are averaged over every step (Collins 2002)."""

    def __init__(self, labels: list[str]) -> None:
        self.labels = labels
        self.weights: dict[tuple[str, str], float] = defaultdict(float)
        self._totals: dict[tuple[str, str], float] = defaultdict(float)
        self._stamps: dict[tuple[str, str], int] = defaultdict(int)
        self._step = 0

    def _predict(self, found: list[str]) -> str:
        totals = {label: sum(self.weights.get((f, label), 0.0) for f in found)
                  for label in self.labels}
        return max(self.labels, key=lambda label: totals[label])

    def _update(self, key: tuple[str, str], change: float) -> None:
        self._totals[key] += (self._step - self._stamps[key]) * self.weights[key]
        self._stamps[key] = self._step
        self.weights[key] += change

    def train(self, data: list[tuple[list[str], str]], epochs: int) -> dict[str, list[int]]:
        """Train, then return the averaged weights as feature -> one weight per label."""
        shuffle = random.Random(0)
        for _ in range(epochs):
            shuffle.shuffle(data)
            for found, gold in data:
                self._step += 1
                guess = self._predict(found)
                if guess != gold:
                    for feature in found:
                        self._update((feature, gold), 1.0)
                        self._update((feature, guess), -1.0)
        rows: dict[str, list[int]] = defaultdict(lambda: [0] * len(self.labels))
        for (feature, label), weight in self.weights.items():
            total = self._totals[(feature, label)] + (self._step - self._stamps[(feature, label)]
                                                      ) * weight
            rows[feature][self.labels.index(label)] = round(total / self._step * SCALE)
        return {feature: row for feature, row in sorted(rows.items())
                if max(abs(w) for w in row) >= PRUNE}


def _features(row: Labelled) -> list[str]:
    clause, before = row.clause, row.before
    return learned.features(clause.text, clause.actor, clause.mode, clause.role, clause.reported,
                            (before.actor, before.mode) if before else None, row.bullet)


def _train(rows: list[Labelled], train: list[Labelled]) -> dict[str, dict[str, object]]:
    """The layer's weights for each field, learned from `train` (labels from all `rows`)."""
    seen = Counter(feature for row in train for feature in _features(row))
    kept = {feature for feature, count in seen.items() if count >= MIN_COUNT}
    model: dict[str, dict[str, object]] = {}
    for field in learned.FIELDS:
        labels = sorted({row.gold[field] for row in rows})
        data = [([f for f in _features(row) if f in kept], row.gold[field]) for row in train]
        model[field] = {"labels": labels,
                        "weights": AveragedPerceptron(labels).train(data, EPOCHS)}
    return model


def _relabel(model: dict[str, dict[str, object]], row: Labelled) -> tuple[str, str]:
    """What the layer in `model` reads for a clause the rules read (as `learned.relabel`)."""
    found = _features(row)
    chosen = []
    for field in learned.FIELDS:
        labels = cast("list[str]", model[field]["labels"])
        weights = cast("dict[str, list[int]]", model[field]["weights"])
        rows = [weights[f] for f in found if f in weights]
        totals = [sum(c) for c in zip(*rows, strict=True)] if rows else [0] * len(labels)
        fallback = row.read[field]
        chosen.append(labels[max(range(len(labels)),
                                 key=lambda i: (totals[i], labels[i] == fallback))])
    return licensed(row.clause.text, cast("Actor", row.read["actor"]),
                    cast("Mode", row.read["mode"]), cast("Actor", chosen[0]),
                    cast("Mode", chosen[1]))


FOLDS = 5


def cross_validate(rows: list[Labelled]) -> None:
    """Macro-F1 of the rules and of the layer on each fifth of dev, trained on the rest.

    Folds take whole sentences ((number // 5) % 5), so no sentence is split across train and
    test."""
    dev = [row for row in rows if row.split == "dev"]
    rules: dict[str, list[tuple[str, str]]] = {field: [] for field in learned.FIELDS}
    layer: dict[str, list[tuple[str, str]]] = {field: [] for field in learned.FIELDS}
    for fold in range(FOLDS):
        def held(row: Labelled, fold: int = fold) -> bool:
            return int(row.id.split("-")[1]) // 5 % FOLDS == fold
        model = _train(rows, [row for row in dev if not held(row)])
        for row in (row for row in dev if held(row)):
            for field, read in zip(learned.FIELDS, _relabel(model, row), strict=True):
                rules[field].append((row.gold[field], row.read[field]))
                layer[field].append((row.gold[field], read))
    for field in learned.FIELDS:
        print(f"dev {FOLDS}-fold {field:5} rules {macro_f1(rules[field]):.3f}  "
              f"with the layer {macro_f1(layer[field]):.3f}")
        print("  " + "  ".join(f"{s.label} {s.precision:.2f}/{s.recall:.2f}/{s.f1:.2f} "
                               f"({s.support})" for s in scores(layer[field])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true",
                        help="cross-validate inside dev; write nothing")
    parser.add_argument("--heldout", action="store_true", help="also report the held-out fifth")
    args = parser.parse_args()
    with learned.rules_only():
        rows = read_corpus()
    if args.cv:
        cross_validate(rows)
        return
    model = _train(rows, [row for row in rows if row.split == "dev"])
    shipped = {field: model[field] for field in learned.APPLIED}
    learned.MODEL_PATH.write_text(json.dumps(shipped, separators=(",", ":")) + "\n", "utf-8")
    learned.reload()
    trained = read_corpus()
    for split in ("dev", "heldout") if args.heldout else ("dev",):
        before = [row for row in rows if row.split == split]
        after = [row for row in trained if row.split == split]
        for field in learned.FIELDS:
            rules = macro_f1(field_pairs(before, field))
            layer = macro_f1(field_pairs(after, field))
            print(f"{split:8} {field:5} rules {rules:.3f}  with the layer {layer:.3f}")
    size = learned.MODEL_PATH.stat().st_size
    print(f"wrote {learned.MODEL_PATH} ({size // 1024} KB)")


if __name__ == "__main__":
    main()
