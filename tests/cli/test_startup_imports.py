"""What a `roundtable review` process imports. Its wall time is bounded against importing its
dependencies (issue 8; `benchmarks/bench_review.py`), and each module listed here costs
start-up time that an offline review does not need."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "have-backbone-transcript.txt"
NOT_NEEDED = ("asyncio", "yaml", "jinja2", "fastapi", "sqlalchemy", "pydantic_ai", "httpx")
# Package metadata, for pydantic's plugin lookup: answered from the cache once looked up; the
# package's resource readers (and zipfile), needed only for a package inside an archive; `json`,
# for a model file read from its cache or a transcript given as JSON; `statistics`.
NOT_NEEDED_MODULES = ("importlib.metadata", "email", "importlib.resources", "zipfile", "json",
                      "statistics")

# The modules loaded when the process exits, printed after the review on standard output (on
# one line, by name: `json` is among the modules a review does not load).
_RUN = (
    "import atexit, sys\n"
    "atexit.register(lambda: print(' '.join(sorted(sys.modules))))\n"
    "sys.argv = ['roundtable', *sys.argv[1:]]\n"
    "from roundtable.cli import main\n"
    "main()\n"
)


def _loaded(cache: Path, *args: str) -> tuple[str, set[str]]:
    env = {**os.environ, "ROUNDTABLE_CACHE_DIR": str(cache), "NO_COLOR": "1"}
    done = subprocess.run([sys.executable, "-c", _RUN, "review", str(EXAMPLE), *args],
                          capture_output=True, text=True, env=env, check=True)
    review, _, modules = done.stdout.rstrip("\n").rpartition("\n")
    return review, set(modules.split())


def test_an_offline_review_loads_no_event_loop_yaml_or_optional_stack(tmp_path: Path) -> None:
    _loaded(tmp_path, "-f", "json")  # a first run fills the cache: the catalog parsed from YAML
    for args in (("-f", "json"), ("--width", "100")):
        review, loaded = _loaded(tmp_path, *args)
        assert review.strip()
        packages = {name.split(".")[0] for name in loaded}
        assert sorted(packages.intersection(NOT_NEEDED)) == [], args
        assert sorted(loaded.intersection(NOT_NEEDED_MODULES)) == [], args


def test_a_second_review_process_compiles_no_pattern_anew(tmp_path: Path) -> None:
    """Every pattern the code compiles has the same text in every process: one built from a
    set's order (which changes with each process's string hashing) was compiled anew by most
    processes, and the whole regex cache rewritten at exit."""
    env = {**os.environ, "ROUNDTABLE_CACHE_DIR": str(tmp_path), "NO_COLOR": "1"}
    command = [sys.executable, "-c", _RUN, "review", str(EXAMPLE), "-f", "json"]
    subprocess.run(command, capture_output=True, env={**env, "PYTHONHASHSEED": "1"}, check=True)
    stored = {path.name: path.read_bytes() for path in tmp_path.glob("*regex*.marshal")}
    assert stored
    for seed in ("2", "3"):
        subprocess.run(command, capture_output=True, env={**env, "PYTHONHASHSEED": seed},
                       check=True)
        assert {path.name: path.read_bytes() for path in tmp_path.glob("*regex*.marshal")} == (
            stored), seed


def test_no_model_a_review_builds_has_a_builtin_default_factory() -> None:
    """pydantic reads a default factory's signature; a builtin's (`list`, `dict`) is parsed from
    its text by `tokenize`, whose patterns then compile in every review process."""
    from pydantic import BaseModel

    from roundtable import models
    from roundtable.catalog import schema

    builtin = []
    for module in (models, schema):
        for name, value in vars(module).items():
            if isinstance(value, type) and issubclass(value, BaseModel):
                builtin += [f"{name}.{field}" for field, info in value.model_fields.items()
                            if type(info.default_factory) is type]
    assert builtin == []
