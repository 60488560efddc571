"""Time the offline review pipeline and the CLI's start-up.

    python benchmarks/bench_review.py [--repeat 3]

Reviews every answer of the labelled dev set (tests/data/devset) `--repeat` times in-process
and reports the median and 95th percentile per review; then times whole processes
(`roundtable --help`, `roundtable review` of the bundled example in JSON and in text) side by
side with a process that only imports the dependencies (see `process_time.py`).

    PYTHONPATH=src .venv/bin/python benchmarks/bench_review.py [--repeat 3] [--runs 10]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from process_time import ROOT, report, side_by_side


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--runs", type=int, default=10)
    options = parser.parse_args()
    reviews = bench_reviews(options.repeat)
    print(f"| in process ({len(reviews)} reviews) | median ms | p95 ms | max ms |")
    print("|---|---|---|---|")
    print(f"| roundtable.review | {statistics.median(reviews):.1f} | "
          f"{_percentile(reviews, 0.95):.1f} | {max(reviews):.1f} |\n", flush=True)
    example = str(ROOT / "examples" / "have-backbone-transcript.txt")
    report(side_by_side({
        "roundtable --help": ["--help"],
        "roundtable review example -f json": ["review", example, "-f", "json"],
        "roundtable review example (text)": ["review", example, "--width", "100"],
    }, options.runs))


if __name__ == "__main__":
    main()
