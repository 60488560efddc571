"""Mutation testing of the reading, scoring and synthesis code with mutmut (`make mutate`).

    python scripts/mutate.py                 # a seeded sample of 150 mutants
    python scripts/mutate.py --sample 600    # a tighter estimate, on a machine to itself
    python scripts/mutate.py --sample 0      # every mutant (about 6,800)

On a 2-core machine with little else running, 300 mutants took 24.7 minutes of wall time and
150 about 14 (round 50); with the cores shared by about five other busy sessions, 150 took 38.

What is mutated and which tests run is configured under [tool.mutmut] in pyproject.toml;
mutmut runs each mutant against only the tests that reach the mutated function. Steps:

1. Run the selected tests on the real code. A test that already fails (a golden file awaiting
   review, a judgment test awaiting the clause reader) cannot tell a mutant from the original,
   and mutmut refuses to start while any fails, so those are deselected for this run and listed.
2. Generate every mutant and record which tests reach which function (`mutmut run` with a name
   that matches no mutant does exactly that).
3. Run a seeded random sample of the mutants, so a run fits in 30 minutes on 2 cores, and
   print the share killed with the survivors, which `mutmut show NAME` explains.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shlex
import shutil
import subprocess
import sys
import time
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
# mutmut's exit codes per mutant: a failing test run (1), a pytest internal error (3) or a
# timeout means the tests noticed the mutant.
KILLED = {1, 3}
TIMEOUT = {36, 24, -24, 152, 255}
SURVIVED = 0
NO_TESTS = {5, 33}


def _selection() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    selected: list[str] = config["tool"]["mutmut"]["pytest_add_cli_args_test_selection"]
    return selected


def _already_failing(tests: list[str]) -> list[str]:
    """Node ids of the selected tests that fail on the real code."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT / "src"), *filter(None, [os.environ.get("PYTHONPATH")])])}
    done = subprocess.run(
        [str(BIN / "pytest"), *tests, "-q", "-rfE", "-p", "no:cacheprovider",
         "--snapshot-warn-unused"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    failing = re.findall(r"^(?:FAILED|ERROR) (\S+)", done.stdout, re.MULTILINE)
    if done.returncode not in (0, 1) or (done.returncode == 1 and not failing):
        sys.exit(f"the selected tests did not run:\n{done.stdout[-3000:]}{done.stderr[-3000:]}")
    return sorted(set(failing))


def _mutmut(*args: str, addopts: str, check: bool = True, quiet: bool = False) -> str:
    """Run mutmut; with `quiet`, return its output instead of printing it."""
    # mutmut puts mutants/src first on sys.path itself; a PYTHONPATH pointing at src/ would let
    # the tests import the unmutated code.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(ROOT / "scripts")  # for the mutate_order plugin
    env["PYTEST_ADDOPTS"] = addopts
    done = subprocess.run([str(BIN / "mutmut"), *args], cwd=ROOT, env=env, check=check,
                          capture_output=quiet, text=True)
    return f"{done.stdout or ''}{done.stderr or ''}"


def _exit_codes() -> dict[str, int | None]:
    codes: dict[str, int | None] = {}
    for meta in (ROOT / "mutants").rglob("*.meta"):
        codes |= json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    return codes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=150,
                        help="mutants to run, drawn at random with --seed; 0 runs all")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-children", type=int, default=os.cpu_count() or 2)
    options = parser.parse_args()
    started = time.monotonic()

    failing = _already_failing(_selection())
    for node in failing:
        print(f"deselected (fails on the real code): {node}")
    addopts = " ".join(["-p", "no:cacheprovider", "--snapshot-warn-unused", "-p", "mutate_order",
                        *(f"--deselect={shlex.quote(node)}" for node in failing)])

    shutil.rmtree(ROOT / "mutants", ignore_errors=True)  # results of older code would mislead
    # Generating the mutants and recording which tests reach each function come before mutmut
    # filters by name, so a name that matches nothing does both and then stops with an error.
    # Its "nothing matches" error is the expected end of this step, so its output is shown
    # only when the step did not do its work.
    output = _mutmut("run", "no-mutant-has-this-name", addopts=addopts, check=False, quiet=True)
    names = sorted(_exit_codes())
    if not names or not (ROOT / "mutants" / "mutmut-stats.json").exists():
        sys.exit(f"mutmut generated no mutants or no test statistics:\n{output[-5000:]}")
    chosen = names if options.sample <= 0 or options.sample >= len(names) else sorted(
        random.Random(options.seed).sample(names, options.sample))
    print(f"running {len(chosen)} of {len(names)} mutants")
    # Interrupted (Ctrl-C), mutmut keeps what it finished and exits non-zero: report on that.
    _mutmut("run", "--max-children", str(options.max_children), *chosen, addopts=addopts,
            check=False)

    codes = _exit_codes()
    outcome = Counter()
    survivors = []
    for name in chosen:
        code = codes.get(name)
        if code is None:
            outcome["not run (interrupted)"] += 1
        elif code in KILLED:
            outcome["killed"] += 1
        elif code in TIMEOUT:
            outcome["timeout"] += 1
        elif code == SURVIVED:
            outcome["survived"] += 1
            survivors.append(name)
        elif code in NO_TESTS:
            outcome["no tests reach it"] += 1
            survivors.append(name)
        else:
            outcome[f"other ({code})"] += 1
    caught = outcome["killed"] + outcome["timeout"]
    ran = len(chosen) - outcome["not run (interrupted)"]
    minutes = (time.monotonic() - started) / 60
    print("\nsurvivors (see `mutmut show NAME`):")
    print("\n".join(f"  {name}" for name in survivors) or "  none")
    print(f"\n{dict(outcome)}")
    # An interrupted run (Ctrl-C stops mutmut, which keeps what it finished) reports on the
    # mutants it ran.
    print(f"killed {caught} of {ran} sampled mutants run ({caught / max(ran, 1):.1%}) "
          f"out of {len(names)}; {len(failing)} failing tests deselected; {minutes:.1f} min")


if __name__ == "__main__":
    main()
