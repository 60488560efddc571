"""Claims the reading does not support, counted by rule, over every answer set we can read.

    python scripts/claims_report.py                 # counts by rule per set
    python scripts/claims_report.py --list audit    # also every violation of one set

Sets: `dev` (the dev set, its own competency), `audit` (tests/data/claims_audit: answers a
human audit read sentence by sentence, competency inferred as a user would leave it), `probes`
(tests/data/probes) and `unseen` (the tuned parts of tests/data/unseen: answers written by
others, neither blind nor kept aside), each through every panel. The dev set is held at zero by
tests/synthesis/test_claims_sweep.py; the others are measured here.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import yaml

import roundtable
from roundtable.models import Review
from roundtable.synthesis.claims import Violation, check_review

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
PANELS = ("product-trio", "engineering-loop", "hiring-manager")


def _dev() -> Iterator[tuple[str, str, str | None, str | None]]:
    for path in sorted((DATA / "devset").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line)
            yield row["id"], row["answer"], row["competency"], row["question"]


def _audit() -> Iterator[tuple[str, str, str | None, str | None]]:
    for path in sorted((DATA / "claims_audit").glob("*.txt")):
        question, _, answer = path.read_text("utf-8").partition("\n\n")
        yield path.stem, answer.strip(), None, question.strip()


def _probes() -> Iterator[tuple[str, str, str | None, str | None]]:
    for path in sorted((DATA / "probes").glob("*.yaml")):
        for row in yaml.safe_load(path.read_text("utf-8")) or []:
            if not isinstance(row, dict) or "id" not in row:
                continue
            answers = row.get("voices") or {"": row.get("answer")}
            for voice, answer in answers.items():
                if answer:
                    yield (f"{row['id']}{'/' + voice if voice else ''}", answer,
                           row.get("competency"), row.get("question"))


def _unseen() -> Iterator[tuple[str, str, str | None, str | None]]:
    # Only the tuned parts: the blind sets and every kept-aside fifth are measured, not read.
    for folder in sorted((DATA / "unseen").iterdir()):
        if not (folder / "manifest.jsonl").exists() or folder.name.startswith(("blind", "flag")):
            continue
        rows = [json.loads(line) for line in
                (folder / "manifest.jsonl").read_text("utf-8").splitlines() if line.strip()]
        for i, row in enumerate(rows):
            if i % 5 != 2:
                yield (f"{folder.name}/{row['file']}", (folder / row["file"]).read_text("utf-8"),
                       row["competency"], row["question"])


SETS = {"dev": _dev, "audit": _audit, "probes": _probes, "unseen": _unseen}


def violations(name: str) -> Iterator[tuple[str, str, Violation]]:
    """(answer id, panel, violation) for every review of the set `name`."""
    for rid, answer, competency, question in SETS[name]():
        for panel in PANELS:
            review: Review = roundtable.review(answer, competency=competency,
                                               question=question, panel=panel)
            for found in check_review(review):
                yield rid, panel, found


def main() -> None:
    listed = sys.argv[sys.argv.index("--list") + 1] if "--list" in sys.argv else None
    for name in SETS:
        counts: Counter[str] = Counter()
        for rid, panel, found in violations(name):
            counts[found.rule] += 1
            if name == listed:
                print(f"  {rid} {panel} {found.where} {found.rule}: {found.text[:200]}")
        total = sum(counts.values())
        by_rule = ", ".join(f"{rule} {n}" for rule, n in counts.most_common())
        print(f"{name}: {total} violations{': ' + by_rule if by_rule else ''}")


if __name__ == "__main__":
    main()
