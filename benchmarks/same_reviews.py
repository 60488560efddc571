"""Check that a change meant only to be faster leaves every review as it was.

    PYTHONPATH=src .venv/bin/python benchmarks/same_reviews.py --compare ../main

Reviews every answer of the labelled dev set (tests/data/devset), the tuning part of the unseen
sets (tests/data/unseen/fw3 and flagprec, their kept-aside fifth left out) and the dev split of
the reading probes (tests/data/probes/reading.yaml) with each built-in panel, and once more with
no competency given (inferred), in this checkout and in the other one, each in its own process,
and compares the JSON of the reviews and the `--explain` table of each answer. Prints how many
are the same and the ids of those that differ (never their text: the dev set holds held-out
rows). Exits 1 when any differs. The golden reviews (tests/pipeline/test_golden.py) pin a few
whole reviews; this covers all.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run inside each checkout: one digest per review, keyed by row id and panel.
_DIGESTS = """
import hashlib, io, json, sys
from pathlib import Path
import yaml
from rich.console import Console
import roundtable
from roundtable.catalog.loader import panels
from roundtable.ingest.transcript import parse_input
from roundtable.pipeline import prepare
from roundtable.render.explain import print_reading
rows = [json.loads(line) for path in sorted(Path("tests/data/devset").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
for name in ("fw3", "flagprec"):
    root = Path("tests/data/unseen") / name
    lines = (root / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    listed = [json.loads(line) for line in lines if line.strip()]
    # The kept-aside fifth (manifest positions 2, 7, 12, ...) is never read.
    rows += [{**row, "id": f"{name}/{row['file']}",
              "answer": (root / row["file"]).read_text(encoding="utf-8")}
             for i, row in enumerate(listed) if i % 5 != 2]
probes = yaml.safe_load(Path("tests/data/probes/reading.yaml").read_text(encoding="utf-8"))
rows += [{**probe, "id": f"probe/{probe['id']}"} for probe in probes if probe["split"] == "dev"]
found = {}
for row in rows:
    for panel in [*panels(), None]:
        review = roundtable.review(row["answer"], question=row["question"], panel=panel,
                                   competency=row["competency"] if panel else None)
        text = json.dumps(review.model_dump(mode="json"), sort_keys=True)
        found[f"{row['id']} {panel or 'inferred'}"] = hashlib.sha256(text.encode()).hexdigest()
    case, _ = prepare(parse_input(row["answer"], question=row["question"]), row["competency"])
    table = io.StringIO()
    print_reading(case, Console(file=table, width=140, color_system=None))
    found[f"{row['id']} explain"] = hashlib.sha256(table.getvalue().encode()).hexdigest()
json.dump(found, sys.stdout)
"""


def digests(checkout: Path) -> dict[str, str]:
    """The digest of each review made by `checkout`'s code."""
    env = {**os.environ, "PYTHONPATH": str(checkout / "src")}
    out = subprocess.run([sys.executable, "-c", _DIGESTS], cwd=checkout, env=env,
                         capture_output=True, text=True, check=True).stdout
    found: dict[str, str] = json.loads(out)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", type=Path, required=True,
                        help="the checkout whose reviews are the reference, e.g. ../main")
    options = parser.parse_args()
    mine, theirs = digests(ROOT), digests(options.compare.resolve())
    differ = sorted(key for key in mine.keys() | theirs.keys()
                    if mine.get(key) != theirs.get(key))
    print(f"{len(mine) - len(differ)} of {len(mine)} reviews the same as {options.compare}")
    for key in differ:
        print(f"differs: {key}")
    whole = hashlib.sha256(json.dumps(mine, sort_keys=True).encode()).hexdigest()
    print(f"digest of all reviews here: {whole[:16]}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
