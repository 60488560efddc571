"""Time the offline review pipeline and the CLI's start-up.

    python benchmarks/bench_review.py [--repeat 3]

Reviews every answer of the labelled dev set (tests/data/devset) `--repeat` times in-process
and reports the median and 95th percentile per review, as written and as unpunctuated speech
(its marks taken away, so each answer is one run the reader cuts into sentences), and the
first pass apart (what an answer the process has not read before costs); then times
whole processes (`roundtable --help`, `roundtable review` of the bundled example in JSON and
in text) side by side with a process that only imports the dependencies (see
`process_time.py`).

    PYTHONPATH=src .venv/bin/python benchmarks/bench_review.py [--repeat 3] [--runs 10]
        [--compare ../main]

`--compare` times the processes of another checkout too, in the same rotation (an A/B under
the same load).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from pathlib import Path

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


_MARKS = re.compile(r"[^\w\s'’%£$€-]")


def bench_reviews(repeat: int, spoken: bool = False) -> tuple[list[float], list[float]]:
    """Wall and CPU time of each in-process review, in milliseconds (a first call warms the
    catalog, and with `spoken` the model that cuts run-ons). CPU time is what the review costs
    when other processes share the machine."""
    import roundtable

    rows = _answers()
    answers = [" ".join(_MARKS.sub(" ", row["answer"]).split()) if spoken else row["answer"]
               for row in rows]
    roundtable.review(answers[0], competency=rows[0]["competency"])
    walls, cpus = [], []
    for _ in range(repeat):
        for row, answer in zip(rows, answers, strict=True):
            start, cpu = time.perf_counter(), time.process_time()
            roundtable.review(answer, competency=row["competency"], question=row["question"])
            walls.append((time.perf_counter() - start) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
    return walls, cpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--compare", type=Path, default=None,
                        help="another checkout whose processes run alongside, e.g. ../main")
    options = parser.parse_args()
    walls, cpus = bench_reviews(options.repeat)
    spoken_walls, spoken_cpus = bench_reviews(options.repeat, spoken=True)
    answers = len(_answers())
    print(f"| in process ({len(walls)} reviews) | median ms | p95 ms | max ms |")
    print("|---|---|---|---|")
    # The reader keeps what it read of a clause for the next review that says it again, so a
    # review of an answer seen before is cheaper: the first pass over the answers is what a
    # new answer costs, the later passes what reviewing the same answer again costs.
    for name, values in (("roundtable.review, wall", walls), ("roundtable.review, CPU", cpus),
                         ("first review of each answer, CPU", cpus[:answers]),
                         ("the same answers again, CPU", cpus[answers:]),
                         ("unpunctuated speech, wall", spoken_walls),
                         ("unpunctuated speech, CPU", spoken_cpus),
                         ("unpunctuated speech, first review, CPU", spoken_cpus[:answers])):
        if not values:
            continue
        print(f"| {name} | {statistics.median(values):.1f} | {_percentile(values, 0.95):.1f} | "
              f"{max(values):.1f} |")
    print(flush=True)
    example = str(ROOT / "examples" / "have-backbone-transcript.txt")
    report(side_by_side({
        "roundtable --help": ["--help"],
        "roundtable review example -f json": ["review", example, "-f", "json"],
        "roundtable review example (text)": ["review", example, "--width", "100"],
    }, options.runs, options.compare))


if __name__ == "__main__":
    main()
