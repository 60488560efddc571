"""Unseen answers by band: mean score and panelist votes over every bundled panel.

    python scripts/unseen_report.py tests/data/unseen/blind19   # a held-out set: totals only
    python scripts/unseen_report.py DIR --part tune --answers  # a tuning set, per answer

A set is a directory of answers (`NNN.txt`) with a `manifest.jsonl` written by someone who never
saw the code: one line per answer with its file, competency, question and band (strong, average or
weak). Each answer is reviewed by the offline engine with each bundled panel, so a band of 20
answers gives 20 × 3 panels × 3 panelists = 180 votes. What matters for a strong answer is how many
votes fall at No Hire or worse (and at Strong No Hire); for a weak answer, how many at Hire or
better.

A manifest whose lines also list `flags` (the red flags each answer carries; empty for a clean
answer) measures the red-flag reader instead with `--flags`: answers flagged falsely, and flags
found.

`--part aside` keeps every fifth answer (positions 2, 7, 12, … in the manifest) out of tuning:
`--part tune` measures the rest, `--part aside` only those.
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections import Counter
from pathlib import Path

import roundtable
from roundtable.evidence.kinds import RED_FLAGS

PANELS = ("product-trio", "engineering-loop", "hiring-manager")
BANDS = ("strong", "average", "weak")


def _rows(root: Path, part: str) -> list[dict[str, str]]:
    lines = (root / "manifest.jsonl").read_text("utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    if part == "all":
        return rows
    return [row for i, row in enumerate(rows) if (i % 5 == 2) == (part == "aside")]


def measure(root: Path, part: str, answers: bool) -> None:
    scores: dict[str, list[float]] = {band: [] for band in BANDS}
    votes: dict[str, Counter[str]] = {band: Counter() for band in BANDS}
    for row in _rows(root, part):
        text = (root / row["file"]).read_text("utf-8")
        per_panel = []
        for panel in PANELS:
            review = roundtable.review(text, competency=row["competency"],
                                       question=row["question"], panel=panel)
            scores[row["band"]].append(review.scores.overall)
            votes[row["band"]].update(p.vote for p in review.scores.panelists)
            per_panel.append(f"{review.scores.overall:.2f}")
        if answers:
            print(f"  {row['file']} {row['band']:7} {row['competency']:28} {' '.join(per_panel)}")
    print(f"{root.name} ({part})")
    for band in BANDS:
        if not scores[band]:
            continue
        count = votes[band]
        print(f"  {band:7} n={len(scores[band]) // len(PANELS):3} "
              f"mean {statistics.fmean(scores[band]):.3f}  "
              f"SNH {count['strong_no_hire']:3} NH {count['no_hire']:3} "
              f"H {count['hire']:3} SH {count['strong_hire']:3}  "
              f"NH+ {count['strong_no_hire'] + count['no_hire']:3} "
              f"H+ {count['hire'] + count['strong_hire']:3} of {sum(count.values())}")


def measure_flags(root: Path, part: str, answers: bool) -> None:
    false_answers, clean, found, expected = 0, 0, 0, 0
    for row in _rows(root, part):
        text = (root / row["file"]).read_text("utf-8")
        review = roundtable.review(text, competency=row["competency"], question=row["question"])
        raised = {f.kind for f in review.flags} & RED_FLAGS
        wanted = set(row["flags"])
        wrong = raised - wanted
        clean += not wanted
        false_answers += bool(wrong)
        expected += len(wanted)
        found += len(wanted & raised)
        if answers and (wrong or wanted - raised):
            print(f"  {row['file']} wanted {sorted(wanted)} raised {sorted(raised)}")
    print(f"{root.name} ({part}): answers with a false flag {false_answers} "
          f"(of {clean} clean); flags found {found}/{expected}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--part", choices=("all", "tune", "aside"), default="all")
    parser.add_argument("--answers", action="store_true", help="print each answer's scores")
    parser.add_argument("--flags", action="store_true", help="measure red flags, not votes")
    args = parser.parse_args()
    for root in args.sets:
        (measure_flags if args.flags else measure)(root, args.part, args.answers)


if __name__ == "__main__":
    main()
