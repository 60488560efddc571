"""Time whole processes side by side with a process that only imports Roundtable's dependencies.

The bound in issue 8: a whole `roundtable review` process within twice the time Python takes to
import rich, pydantic, typer, yaml and jinja2. On a shared machine the wall time of one process
swings with the load, so the two are run alternately, `runs` times each, and compared by their
medians; the CPU time each used (user + system, which other processes' load barely moves) is
reported beside the wall time.

Both run as an installed package would: with its bytecode cached (here under a throwaway
PYTHONPYCACHEPREFIX, so the source tree stays clean, even when PYTHONDONTWRITEBYTECODE is set
in the caller's environment), after one warm-up run each. Roundtable's own cache (the parsed
catalog, the stored regular-expression programs, the compiled code of dataclasses' methods and
forward references) is a throwaway directory too, filled by the warm-up run: the user's cache
may have been written by another version of the code (another checkout on the same machine
rewrites it), and then a run would parse and compile anew.

With `compare` (another checkout, e.g. the main branch's), each command also runs from that
checkout's `src`, in the same rotation and with its own caches, so a change is measured against
its baseline under the same load.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXECUTABLE = Path(sys.executable).parent / "roundtable"
DEPENDENCIES = "import rich, pydantic, typer, yaml, jinja2"
_PYCACHE = tempfile.mkdtemp(prefix="roundtable-bench-pyc-")
_CACHE = tempfile.mkdtemp(prefix="roundtable-bench-cache-")


@dataclass
class Timed:
    """Wall and CPU seconds of each run of one command."""

    name: str
    wall: list[float]
    cpu: list[float]

    @property
    def median_wall(self) -> float:
        return statistics.median(self.wall)

    @property
    def median_cpu(self) -> float:
        return statistics.median(self.cpu)


def environment(root: Path = ROOT) -> dict[str, str]:
    """The environment of a run of the code in `root` (a checkout), with its own caches."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    cache = _CACHE if root == ROOT else tempfile.mkdtemp(prefix="roundtable-bench-cache-")
    return {**env, "PYTHONPATH": str(root / "src"), "PYTHONPYCACHEPREFIX": _PYCACHE,
            "ROUNDTABLE_CACHE_DIR": cache,
            "NO_COLOR": "1", "COLUMNS": "100"}


def _once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def side_by_side(commands: dict[str, list[str]], runs: int,
                 compare: Path | None = None) -> list[Timed]:
    """Time each command (a `roundtable` argument list) and the dependencies' import, in turn;
    with `compare`, each command from that checkout too."""
    env = environment()
    argvs = {"import the dependencies only": ([sys.executable, "-c", DEPENDENCIES], env)}
    argvs |= {name: ([str(EXECUTABLE), *args], env) for name, args in commands.items()}
    if compare is not None:
        other = environment(compare.resolve())
        argvs |= {f"{name} ({compare})": ([str(EXECUTABLE), *args], other)
                  for name, args in commands.items()}
    for argv, run_env in argvs.values():
        _once(argv, run_env)  # warm-up: bytecode written, caches filled, files in the page cache
    timed = {name: Timed(name, [], []) for name in argvs}
    for _ in range(runs):
        for name, (argv, run_env) in argvs.items():
            wall, cpu = _once(argv, run_env)
            timed[name].wall.append(wall)
            timed[name].cpu.append(cpu)
    return list(timed.values())


def report(timed: list[Timed]) -> None:
    """A Markdown table: median wall and CPU seconds, and each as a multiple of the imports'."""
    base = timed[0]
    print(f"| process ({len(base.wall)} runs each, alternating) | median wall (s) | "
          "x imports | median CPU (s) | x imports |")
    print("|---|---|---|---|---|")
    for row in timed:
        print(f"| {row.name} | {row.median_wall:.3f} | {row.median_wall / base.median_wall:.2f} | "
              f"{row.median_cpu:.3f} | {row.median_cpu / base.median_cpu:.2f} |", flush=True)
