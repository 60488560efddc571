"""Time the offline review pipeline and the CLI's start-up.

    python benchmarks/bench_review.py [--repeat 3]

Reviews every answer of the labelled dev set (tests/data/devset) `--repeat` times in-process
and reports the median and 95th percentile per review, then times `roundtable --help` and a
whole `roundtable review` of the bundled example in fresh processes.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = Path(sys.executable).parent / "roundtable"


def _answers() -> list[dict[str, str]]:
    return [
        json.loads(line)
        for path in sorted((ROOT / "tests" / "data" / "devset").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def bench_reviews(repeat: int) -> list[float]:
    """Wall time of each in-process review, in milliseconds (first call warms the catalog)."""
    import roundtable

    rows = _answers()
    roundtable.review(rows[0]["answer"], competency=rows[0]["competency"])
    times = []
    for _ in range(repeat):
        for row in rows:
            start = time.perf_counter()
            roundtable.review(row["answer"], competency=row["competency"],
                              question=row["question"])
            times.append((time.perf_counter() - start) * 1000)
    return times


def bench_command(args: list[str], runs: int) -> list[float]:
    """Wall time of a whole CLI process, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(SCRIPT), *args], check=True, capture_output=True)
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--runs", type=int, default=10)
    options = parser.parse_args()
    reviews = bench_reviews(options.repeat)
    example = str(ROOT / "examples" / "have-backbone-transcript.txt")
    rows = [
        (f"review, in process ({len(reviews)} reviews)", reviews),
        ("roundtable --help (process)", bench_command(["--help"], options.runs)),
        ("roundtable review example -f json (process)",
         bench_command(["review", example, "-f", "json"], options.runs)),
        ("roundtable review example (text, process)",
         bench_command(["review", example, "--width", "100"], options.runs)),
    ]
    print(f"{'what':48} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}")
    for name, values in rows:
        print(f"{name:48} {statistics.median(values):10.1f} {_percentile(values, 0.95):8.1f} "
              f"{max(values):8.1f}")


if __name__ == "__main__":
    main()
