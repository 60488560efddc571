"""Benchmark the whole interview: the six-question, 45-minute transcript (about 8,000 words).

1. Offline (rubric engine): the whole process, `roundtable interview FILE --format json` from
   start to exit, in each transcript format, side by side with a process that only imports
   the dependencies (see `process_time.py`); then in-process, the interview against the six
   single-question reviews it is made of (what splitting and the debrief add).
2. Scripted LLM server on loopback (every call answered after a fixed delay): the six questions
   reviewed in parallel against one question alone. Round-trips within a question are
   sequential (openings, cross-talk, closings, synthesis); across questions they overlap, so
   the interview's wall time should stay close to one question's. Each question sends its
   openings as soon as its brief is ready (the competency and the injection check: "briefs"
   below), and the answers' analyses, CPU work done one after another, run while those calls
   wait on the server. What keeps it above one question: the six briefs come before the last
   question's first call, the analyses must be done before the first replies can be checked,
   and every call costs this process CPU (pydantic-ai, the OpenAI client, the checks on each
   reply), which the questions share on one core.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_interview.py [--delay 0.3 1.0] [--runs 3]
        [--skip-offline]

The scripted server runs in a process of its own, as a model server does; "CPU here" is this
process's CPU time for the run, the floor under its wall time on one core.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from process_time import ROOT, report, side_by_side

DATA = ROOT / "tests" / "data" / "interviews"
sys.path[:0] = [str(ROOT / "src")]

from roundtable.debrief.run import ainterview, segments_of  # noqa: E402
from roundtable.engines.llm import LLMEngine  # noqa: E402
from roundtable.ingest.transcript import to_submission  # noqa: E402
from roundtable.pipeline import areview, brief_of, prepare  # noqa: E402


async def _singles(text: str, engine: str | LLMEngine) -> tuple[float, int]:
    segments, _ = segments_of(text)
    started = time.perf_counter()
    calls = 0
    for segment in segments:
        review = await areview(to_submission(segment, []), engine=engine)
        calls += review.engine.calls
    return time.perf_counter() - started, calls


async def _interview(text: str, engine: str | LLMEngine) -> tuple[float, int]:
    started = time.perf_counter()
    result = await ainterview(text, engine=engine)
    calls = sum(s.review.engine.calls for s in result.segments if s.review is not None)
    return time.perf_counter() - started, calls


async def _one(text: str, engine: LLMEngine) -> tuple[float, int]:
    segment = segments_of(text)[0][0]
    started = time.perf_counter()
    review = await areview(to_submission(segment, []), engine=engine)
    return time.perf_counter() - started, review.engine.calls


def _analyses(text: str) -> float:
    started = time.perf_counter()
    for segment in segments_of(text)[0]:
        prepare(to_submission(segment, []))
    return time.perf_counter() - started


def _briefs(text: str) -> float:
    started = time.perf_counter()
    for segment in segments_of(text)[0]:
        brief, _ = brief_of(to_submission(segment, []))
        assert isinstance(brief.injection, bool)  # checked here, as the first prompt does
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
    inside = [asyncio.run(_interview(text, "rubric"))[0] for _ in range(runs)]
    singles = [asyncio.run(_singles(text, "rubric"))[0] for _ in range(runs)]
    print(f"| in process: interview (6 questions + debrief) | {statistics.median(inside):.2f} | "
          f"{min(inside):.2f} |")
    print(f"| in process: the 6 reviews alone, one by one | {statistics.median(singles):.2f} | "
          f"{min(singles):.2f} |")


_SERVER = """
import sys
sys.path.insert(0, sys.argv[1])
from llm_fake_server import Action, FakeOpenAI
with FakeOpenAI(lambda seen, index: Action(delay_s=float(sys.argv[2]))) as server:
    print(server.base_url, flush=True)
    sys.stdin.read()
"""


@contextmanager
def fake_server(delay: float) -> Iterator[str]:
    """The scripted server in a process of its own, as a model server is: its work does not
    share this process's interpreter with the reviews being measured."""
    child = subprocess.Popen([sys.executable, "-c", _SERVER, str(ROOT / "tests" / "llm"),
                              str(delay)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True)
    try:
        assert child.stdout is not None
        yield child.stdout.readline().strip()
    finally:
        child.terminate()
        child.wait(timeout=10)


def scripted(delay: float, runs: int) -> None:
    text = (DATA / "six-questions.vtt").read_text()
    ones, wholes, serials = [], [], []
    with fake_server(delay) as base_url, tempfile.TemporaryDirectory() as tmp:
        spec = f"openai-compatible:fake@{base_url}"

        def engine() -> LLMEngine:
            return LLMEngine(spec, use_cache=False, cache_dir=Path(tmp))

        asyncio.run(_one(text, engine()))  # warm the imports and the client
        for _ in range(runs):
            cpu = time.process_time()
            ones.append(asyncio.run(_one(text, engine())))
            cpu_one = time.process_time() - cpu
            cpu = time.process_time()
            wholes.append(asyncio.run(_interview(text, engine())))
            cpu_all = time.process_time() - cpu
        serials.append(asyncio.run(_singles(text, engine())))
    analyses = statistics.median(_analyses(text) for _ in range(runs))
    briefs = statistics.median(_briefs(text) for _ in range(runs))
    one = statistics.median(w for w, _ in ones)
    whole = statistics.median(w for w, _ in wholes)
    serial = serials[0][0]
    print()
    print(f"| scripted LLM server (own process), {delay}s per call | wall (s) | calls | "
          "CPU here (s) |")
    print("|---|---|---|---|")
    print(f"| one question (median of {runs}) | {one:.2f} | {ones[0][1]} | {cpu_one:.2f} |")
    print(f"| six questions, roundtable.interview (median of {runs}) | {whole:.2f} | "
          f"{wholes[0][1]} | {cpu_all:.2f} |")
    print(f"| six questions, one after another | {serial:.2f} | {serials[0][1]} | |")
    print(f"| the six answers' analyses alone, one after another (median of {runs}) | "
          f"{analyses:.2f} | 0 | |")
    print(f"| the six briefs alone (competency, injection check; median of {runs}) | "
          f"{briefs:.2f} | 0 | |")
    print(f"\ninterview / one question = {whole / one:.2f}x; one after another = "
          f"{serial / one:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay", type=float, nargs="+", default=[0.3, 1.0],
                        help="scripted delay per call, s (one table per delay)")
    parser.add_argument("--runs", type=int, default=3, help="repetitions of each offline run")
    parser.add_argument("--skip-offline", action="store_true", help="only the scripted server")
    args = parser.parse_args()
    if not args.skip_offline:
        offline(args.runs)
    for delay in args.delay:
        scripted(delay, args.runs)


if __name__ == "__main__":
    main()
