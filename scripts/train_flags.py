"""Train the learned red-flag reader (`evidence/flag_model.json`) and measure it.

    python scripts/train_flags.py              # train on the dev parts and write the file
    python scripts/train_flags.py --heldout    # also measure the held-out fifth
    python scripts/train_flags.py --measure    # measure the shipped model on it, no training
    python scripts/train_flags.py --only dismissive  # retrain one flag, keep the others

Each run prints the five-fold cross-validation inside dev that sets the thresholds: a change to
the features or the corpus is judged by it, and the held-out fifth only reported, with the
kept-aside lines of the fresh batches (`tests/data/flags_fresh`: batch a's every fifth line and
all of batches c and c2, written blind by other hands and never read).

Trained on the dev part of the red-flag corpus (`tests/data/flags`, every item but each fifth),
of the clause corpus (`tests/data/clauses`, ids not divisible by 5) and on every clause of the
dev set's strong answers as a negative (`tests/data/devset`, split "dev"); the flags in
`WRITTEN_FOR` also on the fresh batches' training lines and against every clause of the unseen
sets' tuned strong answers. A corpus sentence is
labelled as a whole, so a flagged sentence is a bag of clauses of which at least one carries the
flag: each epoch trains on the clause the model currently scores highest (multiple-instance
learning); every clause of an unflagged sentence is a negative. Each flag's threshold is the
lowest at which five-fold cross-validation inside dev keeps precision at PRECISION or above and
flags no more than STRONG_SHARE of the strong answers' clauses, and never below FLOOR.
Training is deterministic (fixed order and seed), so the same corpus writes the same file.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "evidence"))

from clause_corpus import read_corpus  # noqa: E402

from roundtable.evidence import flagging  # noqa: E402
from roundtable.evidence.analysis import analyze  # noqa: E402
from roundtable.evidence.reading import read_answer  # noqa: E402
from roundtable.evidence.text import sentences  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "flags"
DEVSET = CORPUS.parent / "devset"
FRESH = CORPUS.parent / "flags_fresh"
UNSEEN = CORPUS.parent / "unseen"
FRESH_ASIDE = {"a/": lambda n: n % 5 == 0, "c/": lambda n: True, "c2/": lambda n: True}
"""Which lines of each fresh batch are kept aside: batch a's every fifth, all of c and c2
(written to measure only), none of the others (written to train on)."""
FRESH_BATCHES = ("a", "b", "c", "c2", "d", "e", "f", "g", "h", "i")
EPOCHS = 30
RATE = 0.1
L2 = 1e-3
POSITIVE_WEIGHT = 3.0
"""Flagged sentences are few beside the clauses that carry nothing; each counts this much."""
PRECISION = 0.75
FLOOR = 0.75
"""Counting each positive thrice triples a clause's odds, so the floor is odds of 3 (it was 0.6,
odds of 1.5, with positives counted once): a flag on a strong answer costs most."""
WRITTEN_FOR = frozenset({"dismissive", "sole_credit"})
"""The flags trained on the fresh batches (`tests/data/flags_fresh`) and against the unseen
sets' strong answers (`read_unseen_strong`); the others are trained on neither, since every
line of those batches is a negative for them. Others were tried so in round 53 and left out:
- blame and steamroll: on batch c recall rose from 7 to 12 and from 11 to 23 of 60, with no
  line falsely flagged, but on the held-out answer sets they flagged four strong answers for
  six weak ones, and one strong answer went to Strong No Hire;
- never_fail: 23 to 35 of batch c2's 60, but denials found in 24 held-out weak answers, not 29;
- contempt and emotional: 21 to 26 and 33 to 34 of c2's 60, but they flagged a designed
  negative of the suite and lost a held-out probe."""
STRONG_SHARE = 0.0005
"""The share of strong answers' clauses a threshold may flag out of fold: one in two thousand,
about one strong answer in a hundred."""
PRUNE = 0.02
MIN_COUNT = 2
"""A feature seen in fewer training items than this is a name or a one-off: it is left out, so
the model generalises and the file stays small enough to load in a few milliseconds."""
"""Weights smaller than this change no decision worth keeping; they only add size."""


@dataclass(frozen=True)
class Item:
    """A corpus sentence (or a labelled clause) as the model sees it."""

    id: str
    kind: str | None
    """The flag of a `+` line; None for a line that carries none."""
    text: str
    bag: tuple[tuple[str, ...], ...]
    """Each clause's features."""
    heldout: bool
    strong: bool = False
    """A clause of a strong answer: a threshold may flag few of them (`STRONG_SHARE`, out of
    fold)."""


def read_flag_corpus(root: Path = CORPUS, batch: str = "") -> list[Item]:
    """The red-flag corpus at `root`, its held-out fifth marked. A fresh batch
    (`tests/data/flags_fresh/<batch>`, `FRESH_ASIDE`) keeps aside what its README says."""
    items: list[Item] = []
    for path in sorted(root.glob("*.txt")):
        number = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            number += 1
            mark, text = line[0], line[2:].strip()
            if mark == "x":
                continue  # withdrawn (see tests/data/flags/README.md); keeps its number
            clauses = read_answer(sentences(text))
            bag = tuple(tuple(flagging.features(c, clauses[i - 1] if i and clauses[i - 1].sentence
                                                == c.sentence else None))
                        for i, c in enumerate(clauses))
            # (the main corpus keeps its every fifth item aside; a training batch, none)
            aside = FRESH_ASIDE[batch](number) if batch in FRESH_ASIDE else (
                not batch and number % 5 == 0)
            items.append(Item(f"{batch}{path.stem}-{number:03d}",
                              path.stem if mark == "+" else None, text, bag, aside))
    return items


def read_clause_corpus() -> list[Item]:
    """The clause corpus's dev clauses: one clause each, labelled with its own flags. A clause
    with a flag not read here, or with several, is left out, and so is one the reader cuts
    differently from its label (its words and its label would not match)."""
    items: list[Item] = []
    for row in read_corpus():
        if row.split != "dev" or not _same_cut(row.text, row.clause.text):
            continue
        flags = row.flags & set(flagging.KINDS)
        if row.flags - flags or len(flags) > 1:
            continue
        items.append(Item(row.id, next(iter(flags), None), row.text,
                          (tuple(flagging.features(row.clause, row.before)),), False))
    return items


def read_strong_answers() -> list[Item]:
    """Every clause of the dev set's strong answers (split "dev"), as a negative: the corpus's
    hard negatives are single sentences, while a real answer's scene ("the students were failing
    because of attendance", "the people above you can check your reasoning") is told in the
    words of blame and of forcing through, and a false flag on a strong answer costs most."""
    answers: list[tuple[str, str]] = []
    for path in sorted(DEVSET.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["split"] == "dev" and row["label"] == "strong":
                answers.append((row["id"], row["answer"]))
    return _strong_clauses(answers)


def read_unseen_strong() -> list[Item]:
    """Every clause of the strong answers of the unseen sets' tuned parts (the kept-aside fifth,
    positions 2, 7, 12…, and the blind sets are never read), as a negative: written by other
    hands in other trades, they tell others' mistakes, objections and complaints as the scene
    of a strong story far more often than the dev set does."""
    answers: list[tuple[str, str]] = []
    for manifest in sorted(UNSEEN.glob("ps*/manifest.jsonl")):
        lines = [json.loads(line) for line in manifest.read_text("utf-8").splitlines() if line]
        answers += [(f"{manifest.parent.name}/{row['file']}",
                     (manifest.parent / row["file"]).read_text("utf-8"))
                    for i, row in enumerate(lines) if i % 5 != 2 and row.get("band") == "strong"]
    return _strong_clauses(answers)


def _strong_clauses(answers: list[tuple[str, str]]) -> list[Item]:
    items: list[Item] = []
    for name, answer in answers:
        clauses = analyze(answer).clauses
        for i, clause in enumerate(clauses):
            same = i and clauses[i - 1].sentence == clause.sentence
            before = clauses[i - 1] if same else None
            items.append(Item(f"{name}-{i}", None, clause.text,
                              (tuple(flagging.features(clause, before)),), False, True))
    return items


def _same_cut(labelled: str, read: str) -> bool:
    words, found = set(labelled.lower().split()), set(read.lower().split())
    return len(words & found) >= 0.8 * max(len(words), len(found))


def _score(weights: dict[str, float], found: tuple[str, ...]) -> float:
    return sum(weights.get(f, 0.0) for f in found)


def _sigmoid(value: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, value))))


def train(kind: str, items: list[Item]) -> dict[str, float]:
    """Logistic regression by stochastic gradient descent; `bias` is a feature of every clause."""
    weights: dict[str, float] = {}
    data: list[tuple[tuple[tuple[str, ...], ...], int]] = []
    for item in items:
        if item.kind == kind:
            data.append((item.bag, 1))
        elif item.kind is None:
            data += [((found,), 0) for found in item.bag]
    counts: dict[str, int] = {}
    for bag, _ in data:
        for feature in {f for found in bag for f in found}:
            counts[feature] = counts.get(feature, 0) + 1
    data = [(tuple(tuple(f for f in found if counts[f] >= MIN_COUNT) for found in bag), label)
            for bag, label in data]
    shuffle = random.Random(0)
    for epoch in range(EPOCHS):
        shuffle.shuffle(data)
        rate = RATE / (1 + epoch / 5)
        for bag, label in data:
            found = max(bag, key=lambda f: _score(weights, f))
            error = label - _sigmoid(_score(weights, found))
            step = rate * error * (POSITIVE_WEIGHT if label else 1.0)
            for feature in found:
                value = weights.get(feature, 0.0)
                weights[feature] = value + step - rate * L2 * value
    return weights


def _best(weights: dict[str, float], bag: tuple[tuple[str, ...], ...]) -> float:
    return max(_sigmoid(_score(weights, f)) for f in bag)


def _fold(item: Item, folds: int) -> int:
    """The item's fold, by its id: lines appended to the corpus join folds without moving any
    other item to another (by position, every item after them moved, and the thresholds moved
    with the shuffle rather than with what the new lines say)."""
    return zlib.crc32(item.id.encode("utf-8")) % folds


def threshold(kind: str, items: list[Item], folds: int = 5) -> tuple[float, float, float]:
    """The lowest threshold at which out-of-fold precision stays at PRECISION or above and no
    more than STRONG_SHARE of the strong answers' clauses (none of the dev set's few hundred)
    is flagged out of fold, with the out-of-fold precision and recall there; 1.0 (never
    flagged) when no threshold does both."""
    scored: list[tuple[float, bool]] = []
    strong_scores: list[float] = []
    for fold in range(folds):
        inside = [it for it in items if _fold(it, folds) != fold]
        weights = train(kind, inside)
        for item in items:
            if _fold(item, folds) == fold and (item.kind in (kind, None)):
                scored.append((_best(weights, item.bag), item.kind == kind))
                if item.strong:
                    strong_scores.append(scored[-1][0])
    strong_scores.sort()
    spared = int(len(strong_scores) * STRONG_SHARE)
    strong = strong_scores[-spared - 1] if strong_scores else 0.0
    positives = sum(gold for _, gold in scored) or 1
    for cut in [x / 100 for x in range(int(FLOOR * 100), 100)]:
        kept = [gold for prob, gold in scored if prob >= cut]
        if cut > strong and kept and sum(kept) / len(kept) >= PRECISION:
            return cut, sum(kept) / len(kept), sum(kept) / positives
    return 1.0, 0.0, 0.0


def _fires(part: dict[str, object], item: Item) -> bool:
    weights = part["weights"]
    assert isinstance(weights, dict)
    cut, bias = float(str(part["threshold"])), float(str(part["bias"]))
    return any(_sigmoid(bias + _score(weights, f)) >= cut for f in item.bag)


def _raised(kind: str, item: Item) -> bool:
    return any(f.kind == kind for f in analyze(item.text).flags)


def _precision(found: int, false: int) -> str:
    return f"{found / (found + false):.2f}" if found + false else "-"


def measure(model: dict[str, dict[str, object]], items: list[Item], label: str) -> None:
    """Per flag, positives found and negatives clean, with precision (a finding on a line that
    carries no flag is false; another flag's line is neither) and recall: by the model alone,
    for the flags it reads, and by the whole reading (phrase rules, model and the vetoes)."""
    print(f"{label}:")
    negatives = [it for it in items if it.kind is None]
    for kind in sorted({it.kind for it in items if it.kind}):
        positives = [it for it in items if it.kind == kind]
        line = f"  {kind:12} "
        if kind in model:
            found = sum(_fires(model[kind], it) for it in positives)
            false = sum(_fires(model[kind], it) for it in negatives)
            line += (f"model {found}/{len(positives)} found, {len(negatives) - false}/"
                     f"{len(negatives)} clean (P {_precision(found, false)}, R "
                     f"{found / len(positives):.2f}); ")
        found = sum(_raised(kind, it) for it in positives)
        false = sum(_raised(kind, it) for it in negatives)
        print(f"{line}reading {found}/{len(positives)} found, {len(negatives) - false}/"
              f"{len(negatives)} clean (P {_precision(found, false)}, R "
              f"{found / len(positives):.2f})")


def shipped() -> dict[str, dict[str, object]]:
    """The model as `flag_model.json` holds it, in the shape `train` gives."""
    data = json.loads(flagging.MODEL_PATH.read_text(encoding="utf-8"))
    return {kind: {"bias": data["bias"][i], "threshold": data["threshold"][i],
                   "weights": {f: row[i] for f, row in data["weights"].items() if row[i]}}
            for i, kind in enumerate(data["kinds"])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", action="store_true", help="measure the held-out fifth")
    parser.add_argument("--measure", action="store_true",
                        help="measure the shipped model on the held-out fifth; train nothing")
    parser.add_argument("--only", nargs="+", choices=flagging.KINDS, metavar="FLAG",
                        help="train these flags only and keep the shipped model's others")
    args = parser.parse_args()
    corpus = read_flag_corpus()
    fresh = {batch: read_flag_corpus(FRESH / batch, f"{batch}/") for batch in FRESH_BATCHES}
    if args.measure:
        _measure_all(shipped(), corpus, fresh)
        return
    dev = [it for it in corpus if not it.heldout] + read_clause_corpus() + read_strong_answers()
    written = [it for batch in fresh.values() for it in batch if not it.heldout]
    scene = read_unseen_strong()
    model = {kind: part for kind, part in shipped().items() if kind in flagging.KINDS}
    for kind in args.only or flagging.KINDS:
        items = dev + written + scene if kind in WRITTEN_FOR else dev
        weights = train(kind, items)
        bias = weights.pop("bias", 0.0)
        cut, precision, recall = threshold(kind, items)
        print(f"  {kind:12} threshold {cut:.2f}: cross-validated precision {precision:.2f}, "
              f"recall {recall:.2f}")
        model[kind] = {"bias": round(bias, 4), "threshold": cut,
                       "weights": {f: round(w, 4) for f, w in sorted(weights.items())
                                   if abs(w) >= PRUNE}}
    # One row per feature with a weight per flag: each name is parsed once when loaded.
    kinds = [kind for kind in flagging.KINDS if kind in model]
    rows: dict[str, list[float]] = {}
    for i, kind in enumerate(kinds):
        weights = model[kind]["weights"]
        assert isinstance(weights, dict)
        for feature, weight in weights.items():
            rows.setdefault(feature, [0] * len(kinds))[i] = weight
    path = flagging.MODEL_PATH
    path.write_text(json.dumps({"kinds": kinds, "bias": [model[k]["bias"] for k in kinds],
                                "threshold": [model[k]["threshold"] for k in kinds],
                                "weights": rows}, sort_keys=True, separators=(",", ":"))
                    + "\n", encoding="utf-8")
    print(f"wrote {path} ({path.stat().st_size // 1024} KiB)")
    flagging.reload()
    if args.heldout:
        _measure_all(model, corpus, fresh)


def _measure_all(model: dict[str, dict[str, object]], corpus: list[Item],
                 fresh: dict[str, list[Item]]) -> None:
    measure(model, [it for it in corpus if it.heldout], "held-out fifth")
    for batch, items in fresh.items():
        aside = [it for it in items if it.heldout]
        if aside:
            measure(model, aside, f"fresh batch {batch}, kept aside")


if __name__ == "__main__":
    main()
