"""Train where unpunctuated speech ends its sentences (`evidence/boundary_model.json`).

    python scripts/train_boundaries.py           # train, and report on the kept-aside answers
    python scripts/train_boundaries.py --write   # also write the model file

The examples are written answers with their punctuation taken away: each word after a
sentence's end (`evidence.text.sentences`) is a sentence start, every other word is not. Half
the answers are seen a second time with the fillers of speech put in at random ("um", "you
know", "i mean"), so that the model learns they say nothing of where a sentence ends. Trained
on the dev split of the dev set and the tuning parts of the unseen sets (`SETS`); measured on
the dev set's held-out split and the unseen sets' kept-aside fifths, which it never sees.

An averaged perceptron: the same data writes the same file.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import zlib
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_telling import DEVSET, SETS, UNSEEN  # noqa: E402
from unseen_report import _rows  # noqa: E402

from roundtable.evaluation.dataset import read_dataset  # noqa: E402
from roundtable.evidence import runons  # noqa: E402
from roundtable.evidence.text import sentences  # noqa: E402

EPOCHS = 6
FILLERS = ("um", "uh", "you know", "like", "i mean", "so", "kind of", "basically", "right")
FILLER_RATE = 0.05
MIN_SEEN = 20
"""Gaps a feature must be seen at to be learned: rarer ones are one writer's words."""
MIN_WEIGHT = 0.02
"""Averaged weights smaller than this are dropped from the file: they never tip a gap."""

Example = tuple[list[str], list[bool]]


def example(text: str) -> Example:
    """The answer's words, lower-cased, and whether each begins a sentence (not the first)."""
    words: list[str] = []
    begins: list[bool] = []
    for sentence in sentences(text):
        for k, match in enumerate(runons.tokens(sentence.text)):
            begins.append(k == 0 and bool(words))
            words.append(match.group().lower())
    return words, begins


def spoken(found: Example, seed: int) -> Example:
    """The same words with fillers put in; a filler before a sentence's first word begins it."""
    rnd = random.Random(seed)
    words, begins = [], []
    for word, begin in zip(*found, strict=True):
        if rnd.random() < FILLER_RATE:
            filler = rnd.choice(FILLERS).split()
            words += filler
            begins += [begin] + [False] * (len(filler) - 1)
            begin = False
        words.append(word)
        begins.append(begin)
    return words, begins


def texts(part: str) -> list[str]:
    """The answers of the training (`tune`) or measuring (`aside`) part."""
    found = [(UNSEEN / name / row["file"]).read_text("utf-8")
             for name in SETS for row in _rows(UNSEEN / name, part)]
    split = "dev" if part == "tune" else "heldout"
    return found + [row.answer for row in read_dataset(DEVSET, split=split)]


def train(examples: list[Example]) -> dict[str, float]:
    """Averaged perceptron over the gaps, each seen with the true length of its sentence."""
    seen: dict[str, int] = defaultdict(int)
    for words, begins in examples:
        since = 0
        for i, begin in enumerate(begins):
            since += 1
            if i:
                for name in runons.features(words, i, since - 1):
                    seen[name] += 1
            if begin:
                since = 0
    kept = {name for name, count in seen.items() if count >= MIN_SEEN}
    weights: dict[str, float] = defaultdict(float)
    totals: dict[str, float] = defaultdict(float)
    stamp: dict[str, int] = defaultdict(int)
    step = 0
    order = list(range(len(examples)))
    for epoch in range(EPOCHS):
        random.Random(epoch).shuffle(order)
        for index in order:
            words, begins = examples[index]
            since = 0
            for i, begin in enumerate(begins):
                since += 1
                if i == 0:
                    continue
                step += 1
                found = [name for name in runons.features(words, i, since - 1) if name in kept]
                score = sum(weights[name] for name in found)
                if (score > 0) != begin:
                    sign = 1.0 if begin else -1.0
                    for name in found:
                        totals[name] += (step - stamp[name]) * weights[name]
                        stamp[name] = step
                        weights[name] += sign
                if begin:
                    since = 0
    averaged = {}
    for name, weight in weights.items():
        total = totals[name] + (step - stamp[name]) * weight
        if abs(total / step) >= MIN_WEIGHT / 1000:
            averaged[name] = total / step
    top = max(map(abs, averaged.values()))
    # Scaled so the largest weight is 1000, and rounded: small, exact in JSON.
    return {name: round(w / top * 1000, 2) for name, w in sorted(averaged.items())
            if abs(w / top * 1000) >= MIN_WEIGHT}


def measure(examples: Iterable[Example], weights: dict[str, float]) -> tuple[int, int, int]:
    """Sentence starts found right, found wrongly and missed."""
    right = wrong = missed = 0
    for words, begins in examples:
        gold = {i for i, begin in enumerate(begins) if begin}
        found = set(runons.starts(words, weights))
        right += len(gold & found)
        wrong += len(found - gold)
        missed += len(gold - found)
    return right, wrong, missed


def report(name: str, counts: tuple[int, int, int]) -> None:
    right, wrong, missed = counts
    precision = right / (right + wrong) if right + wrong else 0.0
    recall = right / (right + missed) if right + missed else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"{name}: precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f} "
          f"({right} right, {wrong} wrong, {missed} missed)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the model file")
    args = parser.parse_args()
    plain = [example(text) for text in texts("tune")]
    examples = plain + [spoken(found, zlib.crc32(" ".join(found[0]).encode()))
                        for found in plain[::2]]
    weights = train(examples)
    print(f"{len(examples)} answers, {sum(len(w) for w, _ in examples)} words, "
          f"{len(weights)} weights")
    aside = [example(text) for text in texts("aside")]
    report("kept aside, written", measure(aside, weights))
    report("kept aside, spoken", measure(
        (spoken(found, zlib.crc32(" ".join(found[0]).encode())) for found in aside), weights))
    if args.write:
        runons.MODEL_PATH.write_text(json.dumps({"weights": weights}, separators=(",", ":")),
                                     "utf-8")
        print(f"wrote {runons.MODEL_PATH}")


if __name__ == "__main__":
    main()
