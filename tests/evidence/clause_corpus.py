"""The labelled clause corpus (tests/data/clauses) and the reader's agreement with it.

Each line is one sentence with its clauses labelled by hand. The reader reads the sentence in
its context; each labelled clause is matched with the reader's clause that covers most of it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import Clause

CORPUS = Path(__file__).parent.parent / "data" / "clauses"
FRESH = Path(__file__).parent.parent / "data" / "clauses_fresh"
"""A second held-out batch, written before a round of tuning and measured once after it."""
PROBE = Path(__file__).parent.parent / "data" / "clauses_probe"
"""A third, written the same way before the mode round of issue 8."""
BLIND = Path(__file__).parent.parent / "data" / "clauses_blind"
"""Written blind by a writer who saw only LABELS.md, to measure; never read nor tuned on."""
TUNE = Path(__file__).parent.parent / "data" / "clauses_tune"
"""Batches written for tuning rounds; each keeps its rows numbered by fives aside."""
FIELDS = ("actor", "mode", "role")


@dataclass(frozen=True)
class Labelled:
    """One hand-labelled clause and what the reader made of it."""

    id: str
    split: str
    text: str
    gold: dict[str, str]
    flags: frozenset[str]
    read: dict[str, str]
    read_flags: frozenset[str]
    clause: Clause
    """The reader's clause that covers most of the labelled one."""
    before: Clause | None = None
    """The reader's clause before it in the same sentence, if any."""
    bullet: bool = False
    """Whether the sentence is a bullet line."""


_BULLET = re.compile(r"^\s*[-*•]\s")


def _overlap(clause: Clause, start: int, end: int) -> int:
    return max(0, min(clause.span.end, end) - max(clause.span.start, start))


def read_corpus(folder: Path = CORPUS, files: str = "*.jsonl") -> list[Labelled]:
    """Every labelled clause in the corpus (or another folder of the same rows, or those of its
    `files`), read."""
    rows: list[Labelled] = []
    for path in sorted(folder.glob(files)):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            context = item.get("context") or ""
            # A bullet stands on its own line in the answer it was cut from.
            joint = "\n" if _BULLET.match(item["sentence"]) else " "
            prefix = f"{context}{joint}" if context else ""
            analysis = analyze(prefix + item["sentence"])
            offset = len(prefix)
            cursor = 0
            for gold in item["clauses"]:
                at = item["sentence"].index(gold["text"], cursor)
                cursor = at + len(gold["text"])
                start, end = offset + at, offset + cursor
                best = max(analysis.clauses, key=lambda c: _overlap(c, start, end))
                at_best = analysis.clauses.index(best)
                before = analysis.clauses[at_best - 1] if at_best and (
                    analysis.clauses[at_best - 1].sentence == best.sentence) else None
                found = frozenset(
                    e.kind for e in analysis.evidence
                    if e.kind in _FLAG_KINDS and start <= e.at < end
                )
                rows.append(Labelled(
                    id=item["id"], split=item["split"], text=gold["text"],
                    gold={f: gold[f] for f in FIELDS}, flags=frozenset(gold["flags"]),
                    read={"actor": best.actor, "mode": best.mode, "role": best.role},
                    read_flags=found, clause=best, before=before,
                    bullet=bool(_BULLET.match(item["sentence"])),
                ))
    return rows


_FLAG_KINDS = frozenset({"blame", "contempt", "emotional", "never_fail", "sole_credit",
                         "dismissive", "steamroll", "prompt_injection"})


@dataclass(frozen=True)
class LabelScore:
    """Precision, recall and F1 of one label value."""

    label: str
    support: int
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def scores(pairs: list[tuple[str, str]]) -> list[LabelScore]:
    """Per-label precision and recall over (gold, read) pairs."""
    gold = Counter(g for g, _ in pairs)
    read = Counter(r for _, r in pairs)
    hits = Counter(g for g, r in pairs if g == r)
    return [
        LabelScore(label, gold[label], hits[label] / read[label] if read[label] else 0.0,
                   hits[label] / gold[label])
        for label in sorted(gold)
    ]


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    """The mean F1 over the gold labels."""
    found = scores(pairs)
    return sum(s.f1 for s in found) / len(found)


def field_pairs(rows: list[Labelled], field: str) -> list[tuple[str, str]]:
    """(gold, read) for one field."""
    return [(r.gold[field], r.read[field]) for r in rows]


def flag_pairs(rows: list[Labelled]) -> list[tuple[str, str]]:
    """(gold, read) per flag kind and clause: "flag" or "-" for each kind."""
    pairs = []
    for row in rows:
        for kind in sorted(_FLAG_KINDS):
            pairs.append((kind if kind in row.flags else "-", kind if kind in row.read_flags
                          else "-"))
    return pairs
