"""Train the reader's linear layer (`evidence/clause_model.json`) on the labelled clause corpus.

    python scripts/train_reader.py            # train on the dev split, report held-out F1

Only the dev split (`tests/data/clauses`, ids not divisible by 5) is trained on; the held-out
fifth is read with the rules alone and with the trained layer, and both macro-F1s are printed.
Training is deterministic (fixed shuffle seed), so the same corpus writes the same file.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "evidence"))

from clause_corpus import Labelled, field_pairs, macro_f1, read_corpus  # noqa: E402

from roundtable.evidence import learned  # noqa: E402

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


def main() -> None:
    with learned.rules_only():
        rows = read_corpus()
    dev = [row for row in rows if row.split == "dev"]
    seen = Counter(feature for row in dev for feature in _features(row))
    kept = {feature for feature, count in seen.items() if count >= MIN_COUNT}
    model: dict[str, dict[str, object]] = {}
    for field in learned.FIELDS:
        labels = sorted({row.gold[field] for row in rows})
        data = [([f for f in _features(row) if f in kept], row.gold[field]) for row in dev]
        weights = AveragedPerceptron(labels).train(data, EPOCHS)
        model[field] = {"labels": labels, "weights": weights}
    learned.MODEL_PATH.write_text(json.dumps(model, separators=(",", ":")) + "\n", "utf-8")
    learned._weights.cache_clear()
    trained = read_corpus()
    for split in ("dev", "heldout"):
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
