"""Benchmark the whole interview: the six-question, 45-minute transcript (about 8,000 words).

1. Offline (rubric engine): the whole process, `roundtable interview FILE --format json` from
   start to exit, in each transcript format, side by side with a process that only imports
   the dependencies (see `process_time.py`); then in-process, the interview against the six
   single-question reviews it is made of (what splitting and the debrief add).
2. Scripted LLM server on loopback (every call answered after a fixed delay): the six questions
   reviewed in parallel against one question alone. Round-trips within a question are
   sequential (openings, cross-talk, closings, synthesis); across questions they overlap, so
   the interview's wall time should stay close to one question's.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_interview.py [--delay 0.3] [--runs 3]
        [--skip-offline]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from process_time import ROOT, report, side_by_side

DATA = ROOT / "tests" / "data" / "interviews"
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests" / "llm")]

from llm_fake_server import Action, FakeOpenAI  # noqa: E402

from roundtable.debrief.run import ainterview, segments_of  # noqa: E402
from roundtable.engines.llm import LLMEngine  # noqa: E402
from roundtable.ingest.transcript import to_submission  # noqa: E402
from roundtable.pipeline import areview  # noqa: E402


async def _singles(text: str, engine: str | LLMEngine) -> float:
    segments, _ = segments_of(text)
    started = time.perf_counter()
    for segment in segments:
        await areview(to_submission(segment, []), engine=engine)
    return time.perf_counter() - started


async def _interview(text: str, engine: str | LLMEngine) -> float:
    started = time.perf_counter()
    await ainterview(text, engine=engine)
    return time.perf_counter() - started


async def _one(text: str, engine: LLMEngine) -> float:
    segment = segments_of(text)[0][0]
    started = time.perf_counter()
    await areview(to_submission(segment, []), engine=engine)
    return time.perf_counter() - started


def offline(runs: int) -> None:
    report(side_by_side({f"roundtable interview {path.name} -f json":
                         ["interview", str(path), "--format", "json"]
                         for path in sorted(DATA.glob("six-questions.*"))}, runs))
    print()
    print("| offline, rubric engine | median wall (s) | min (s) |")
    print("|---|---|---|")
    text = (DATA / "six-questions.vtt").read_text()
    asyncio.run(_interview(text, "rubric"))  # warm the imports and caches
    inside = [asyncio.run(_interview(text, "rubric")) for _ in range(runs)]
    singles = [asyncio.run(_singles(text, "rubric")) for _ in range(runs)]
    print(f"| in process: interview (6 questions + debrief) | {statistics.median(inside):.2f} | "
          f"{min(inside):.2f} |")
    print(f"| in process: the 6 reviews alone, one by one | {statistics.median(singles):.2f} | "
          f"{min(singles):.2f} |")


def scripted(delay: float) -> None:
    text = (DATA / "six-questions.vtt").read_text()
    with FakeOpenAI(lambda seen, index: Action(delay_s=delay)) as server:
        spec = f"openai-compatible:fake@{server.base_url}"
        with tempfile.TemporaryDirectory() as tmp:
            one = asyncio.run(_one(text, LLMEngine(spec, use_cache=False,
                                                   cache_dir=Path(tmp))))
            calls_one = len(server.seen)
            whole = asyncio.run(_interview(text, LLMEngine(spec, use_cache=False,
                                                           cache_dir=Path(tmp))))
            calls_all = len(server.seen) - calls_one
            serial = asyncio.run(_singles(text, LLMEngine(spec, use_cache=False,
                                                          cache_dir=Path(tmp))))
    print()
    print(f"| scripted LLM server, {delay}s per call | wall (s) | calls |")
    print("|---|---|---|")
    print(f"| one question | {one:.2f} | {calls_one} |")
    print(f"| six questions, roundtable.interview (parallel) | {whole:.2f} | {calls_all} |")
    print(f"| six questions, one after another | {serial:.2f} | {6 * calls_one} |")
    print(f"\ninterview / one question = {whole / one:.2f}x; one after another = "
          f"{serial / one:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay", type=float, default=0.3, help="scripted delay per call, s")
    parser.add_argument("--runs", type=int, default=3, help="repetitions of each offline run")
    parser.add_argument("--skip-offline", action="store_true", help="only the scripted server")
    args = parser.parse_args()
    if not args.skip_offline:
        offline(args.runs)
    scripted(args.delay)


if __name__ == "__main__":
    main()
