"""Train the answer model (`src/roundtable/answer_model.json`) that answer-only inference uses.

    python scripts/train_answer_model.py           # train on the studied answers, write the file
    python scripts/train_answer_model.py --cv      # five folds of whole sets, several weights
    python scripts/train_answer_model.py --aside   # measure the kept-aside fifth and dev held-out

Trained on: the studied part of the unseen answer sets (`tests/data/unseen/<set>`, not the
measure-only sets, `blind19`… and `flagblind2`, which are never read, and not each set's
kept-aside fifth: the 3rd, 8th, 13th… answer, position counted from 1) and the dev rows of the
dev set (`tests/data/devset`).

`--cv` trains on four fifths of the studied sets and measures the fifth left out, whole sets at
a time (a set is one writer's batch: its answers share turns of phrase a model can learn from
one another), the model alone and joined with the catalog's evidence at several weights and
temperatures; `inference._ANSWER_MODEL_WEIGHT` and `_ANSWER_MODEL_TEMPERATURE` and the
smoothing here were chosen with it. `--aside` prints only counts: the kept-aside answers are
measured, never read. Training is counting, so the same data writes the same file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from roundtable import answer_model, inference
from roundtable.catalog.loader import competencies
from roundtable.word_model import fit

ROOT = Path(__file__).resolve().parent.parent
UNSEEN = ROOT / "tests" / "data" / "unseen"
DEVSET = ROOT / "tests" / "data" / "devset"

ALPHA = 0.3
"""Additive smoothing (cross-validated against 0.1 and 1)."""
MIN_COUNT = 1.0

Row = tuple[str, str, str]  # (set, answer, competency id)


def unseen(aside: bool) -> list[Row]:
    """The studied part of the unseen sets, or with `aside` their kept-aside fifth."""
    rows: list[Row] = []
    for folder in sorted(p for p in UNSEEN.iterdir() if (p / "manifest.jsonl").exists()):
        if "blind" in folder.name:  # `blind19`…, `flagblind2`: measure-only, never read
            continue
        lines = (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            if line.strip() and (i % 5 == 2) == aside:
                item = json.loads(line)
                answer = (folder / item["file"]).read_text(encoding="utf-8")
                rows.append((folder.name, answer, item["competency"]))
    return rows


def devset(split: str) -> list[Row]:
    return [("devset", item["answer"], item["competency"])
            for path in sorted(DEVSET.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
            for item in [json.loads(line)] if item["split"] == split]


def train(rows: list[Row]) -> dict[str, Any]:
    return fit(((inference.answer_features(answer), cid) for _, answer, cid in rows),
               sorted(competencies()), ALPHA, MIN_COUNT)


@contextmanager
def weighed(model: dict[str, Any], weight: float, temperature: float) -> Iterator[None]:
    """Infer with `model` at `weight` and `temperature` in place of the shipped ones."""
    saved = inference._ANSWER_MODEL_WEIGHT, inference._ANSWER_MODEL_TEMPERATURE
    inference._ANSWER_MODEL_WEIGHT, inference._ANSWER_MODEL_TEMPERATURE = weight, temperature
    inference._infer.cache_clear()
    try:
        with answer_model.MODEL.trial(model):
            yield
    finally:
        inference._ANSWER_MODEL_WEIGHT, inference._ANSWER_MODEL_TEMPERATURE = saved
        inference._infer.cache_clear()


def alone(model: dict[str, Any], answer: str) -> str | None:
    with answer_model.MODEL.trial(model):
        found = answer_model.MODEL.log_probabilities(inference.answer_features(answer))
    return max(found, key=lambda c: found[c]) if found else None


def right(model: dict[str, Any], rows: list[Row], weight: float, temperature: float
          ) -> tuple[int, int, int]:
    """How many answers are inferred right; of the wrong ones, how many are flagged uncertain
    and how many are not."""
    hits = flagged = sure = 0
    with weighed(model, weight, temperature):
        for _, answer, cid in rows:
            got = inference.infer_competency(None, answer)
            if got.competency.id == cid:
                hits += 1
            elif got.confident:
                sure += 1
            else:
                flagged += 1
    return hits, flagged, sure


SETTINGS = ((0.0, 1.0), (8.0, 20.0), (16.0, 30.0), (24.0, 40.0), (8.0, 10.0), (1000.0, 1.0))
"""(weight, temperature) pairs `--cv` tries: 0 is the catalog's evidence alone, 1000 at 1 the
model alone in effect."""


def cross_validate(rows: list[Row]) -> None:
    sets = sorted({name for name, _, _ in rows})
    alone_right = 0
    totals = {setting: [0, 0, 0] for setting in SETTINGS}
    for fold in range(5):
        left_out = {name for i, name in enumerate(sets) if i % 5 == fold}
        tested = [r for r in rows if r[0] in left_out]
        model = train([r for r in rows if r[0] not in left_out])
        alone_right += sum(alone(model, answer) == cid for _, answer, cid in tested)
        for setting in SETTINGS:
            for i, n in enumerate(right(model, tested, *setting)):
                totals[setting][i] += n
    print(f"cv model alone: {alone_right}/{len(rows)} ({alone_right / len(rows):.1%})")
    for (weight, temperature), (hits, flagged, sure) in totals.items():
        print(f"cv joined, weight {weight:g}, temperature {temperature:g}: {hits}/{len(rows)} "
              f"({hits / len(rows):.1%}); wrong {flagged} flagged uncertain, {sure} not")


def measure(model: dict[str, Any], name: str, rows: list[Row]) -> None:
    before = right(model, rows, 0.0, 1.0)
    after = right(model, rows, inference._ANSWER_MODEL_WEIGHT,
                  inference._ANSWER_MODEL_TEMPERATURE)
    by_alone = sum(alone(model, answer) == cid for _, answer, cid in rows)
    print(f"{name}: catalog alone {before[0]}/{len(rows)} (wrong: {before[1]} flagged, "
          f"{before[2]} not), model alone {by_alone}, joined {after[0]}/{len(rows)} "
          f"(wrong: {after[1]} flagged, {after[2]} not)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--aside", action="store_true")
    args = parser.parse_args()
    rows = unseen(aside=False) + devset("dev")
    if args.cv:
        cross_validate(unseen(aside=False))
        return
    model = train(rows)
    if args.aside:
        measure(model, "unseen sets, kept-aside fifth", unseen(aside=True))
        measure(model, "dev set, held-out rows", devset("heldout"))
        return
    answer_model.MODEL.write(model)
    print(f"wrote {answer_model.MODEL_PATH.relative_to(ROOT)}: {len(model['lift'])} features "
          f"from {len(rows)} answers")


if __name__ == "__main__":
    sys.exit(main())
