"""Time `roundtable eval`'s runner on the dev set: plain loop against process pools.

Run: PYTHONPATH=src .venv/bin/python benchmarks/bench_eval.py
It is how POOL_MIN_ROWS and the default worker count in `evaluation.runner` were chosen.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from roundtable.evaluation.dataset import read_dataset
from roundtable.evaluation.results import EvalSettings
from roundtable.evaluation.runner import run_sync

DEVSET = Path(__file__).parent.parent / "tests" / "data" / "devset"


def main() -> None:
    """Print wall time per configuration (each row: main review, 3 probes, 1 rerun)."""
    rows = read_dataset(DEVSET)
    cpus = os.cpu_count() or 1
    run_sync(rows[:3], EvalSettings(workers=1))  # warm the imports and catalog caches
    for count in (10, len(rows)):
        for workers in sorted({1, 2, cpus}):
            settings = EvalSettings(runs=2, workers=workers)
            times = []
            for _ in range(3):
                started = time.perf_counter()
                run_sync(rows[:count], settings)
                times.append(time.perf_counter() - started)
            print(f"rows={count:3d} workers={workers}: best of 3 {min(times):.2f} s")


if __name__ == "__main__":
    main()
