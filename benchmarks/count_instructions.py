"""Count the instructions a first review costs, under callgrind: a measure the load does not move.

    PYTHONPATH=src .venv/bin/python benchmarks/count_instructions.py [--answers 90]
        [--compare ../main]

Reviews the first `--answers` answers of the labelled dev set (tests/data/devset) in one process,
as `bench_review.py`'s first pass does (after one warm-up review), under `valgrind
--tool=callgrind`, and again with no answer: the difference over the answers is what a review of
an answer the process has not read before costs, in machine instructions. Wall and CPU time on
a shared machine swing by a tenth from one minute to the next; the count moves by less than a
thousandth, so a change of one percent shows.

Each checkout runs with its own cache directory (`process_time.environment`), filled by one run
outside valgrind first: a run that finds the stored regular-expression programs or parts
missing builds and writes them, and that work would be counted. With `--compare`, the other
checkout (e.g. the main branch's) is counted the same way, for an A/B. Needs valgrind; each
count takes a few minutes.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from process_time import ROOT, environment

# Run inside the checkout: one warm-up review, then the first `argv[1]` dev answers.
_REVIEWS = """
import json, sys
from pathlib import Path
import roundtable
rows = [json.loads(line) for path in sorted(Path("tests/data/devset").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
roundtable.review(rows[0]["answer"], competency=rows[0]["competency"])
for row in rows[:int(sys.argv[1])]:
    roundtable.review(row["answer"], competency=row["competency"], question=row["question"])
"""
_COLLECTED = re.compile(r"Collected : (\d+)")


def _instructions(checkout: Path, answers: int, env: dict[str, str]) -> int:
    """The instructions callgrind counts for a process reviewing `answers` answers."""
    with tempfile.TemporaryDirectory() as out:
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}/callgrind.out",
             sys.executable, "-c", _REVIEWS, str(answers)],
            cwd=checkout, env=env, capture_output=True, text=True, check=True)
    found = _COLLECTED.search(run.stderr)
    if found is None:
        raise RuntimeError(f"callgrind reported no count:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def per_first_review(checkout: Path, answers: int) -> float:
    """Instructions per first review of the first `answers` dev answers, by `checkout`'s code."""
    env = environment(checkout)
    # Outside valgrind first: the caches are filled, so the counted runs only read them.
    subprocess.run([sys.executable, "-c", _REVIEWS, str(answers)], cwd=checkout, env=env,
                   check=True, stdout=subprocess.DEVNULL)
    return (_instructions(checkout, answers, env) - _instructions(checkout, 0, env)) / answers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=90,
                        help="how many dev answers to review (all 90 by default)")
    parser.add_argument("--compare", type=Path, default=None,
                        help="another checkout to count the same way, e.g. ../main")
    options = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed")
    checkouts = [ROOT] + ([options.compare.resolve()] if options.compare else [])
    for checkout in checkouts:
        count = per_first_review(checkout, options.answers)
        print(f"{checkout}: {count / 1e6:.2f} M instructions per first review", flush=True)


if __name__ == "__main__":
    main()
