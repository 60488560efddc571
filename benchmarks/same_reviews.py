"""Check that a change meant only to be faster leaves every review as it was.

    PYTHONPATH=src .venv/bin/python benchmarks/same_reviews.py --compare ../main

Reviews every answer of the labelled dev set (tests/data/devset) with each built-in panel, and
once more with no competency given (inferred), in this checkout and in the other one, each in
its own process, and compares the JSON of the reviews. Prints how many are the same and the ids
of those that differ (never their text: the set holds held-out rows). Exits 1 when any differs.
The golden reviews (tests/pipeline/test_golden.py) pin a few whole reviews; this covers all.
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
import hashlib, json, sys
from pathlib import Path
import roundtable
from roundtable.catalog.loader import panels
rows = [json.loads(line) for path in sorted(Path("tests/data/devset").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
found = {}
for row in rows:
    for panel in [*panels(), None]:
        review = roundtable.review(row["answer"], question=row["question"], panel=panel,
                                   competency=row["competency"] if panel else None)
        text = json.dumps(review.model_dump(mode="json"), sort_keys=True)
        found[f"{row['id']} {panel or 'inferred'}"] = hashlib.sha256(text.encode()).hexdigest()
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
