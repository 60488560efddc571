"""A pytest plugin for `make mutate` (scripts/mutate.py): cheap test files first, and no
answer from a cache filled by the unmutated code.

mutmut runs each mutant against every test that reaches the mutated function and stops at the
first failure, so running the files whose tests are quickest first lets a caught mutant end in
a second rather than after the slow pipeline files. Files keep their own test order, so module
fixtures are still built once per file.

mutmut forks each mutant's test run from a process that has already run the tests on the real
code, so a function behind functools.cache or lru_cache (the clause reader's mode and actor
readers, the flag model) would answer inputs seen before from the unmutated code's results, and
a mutant beneath it would survive tests that kill it in a fresh process.
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

import pytest

# mutmut runs pytest inside mutants/, where it keeps each test's measured duration.
_STATS = Path("mutmut-stats.json")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if not _STATS.exists():
        return  # the run that measures the durations
    took: dict[str, float] = json.loads(_STATS.read_text(encoding="utf-8"))["duration_by_test"]
    per_file: dict[str, list[float]] = {}
    for item in items:
        per_file.setdefault(item.nodeid.split("::")[0], []).append(
            took.get(item.nodeid, float("inf")))
    cost = {name: statistics.fmean(times) for name, times in per_file.items()}
    items.sort(key=lambda item: cost[item.nodeid.split("::")[0]])


def pytest_sessionstart(session: pytest.Session) -> None:
    for name, module in list(sys.modules.items()):
        if name == "roundtable" or name.startswith("roundtable."):
            for value in list(vars(module).values()):
                clear = getattr(value, "cache_clear", None)
                if callable(clear):
                    clear()
