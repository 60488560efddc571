"""The interview with the LLM engine against the scripted server on loopback: the questions'
round-trips overlap (their first calls are all in flight before any reply comes back), within
one limit on calls in flight for the whole interview (a one-slot server, --concurrency)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from interview_data import DATA

sys.path.insert(0, str(Path(__file__).parents[1] / "llm"))

from llm_fake_server import Action, FakeOpenAI  # noqa: E402

import roundtable  # noqa: E402
from roundtable.debrief.models import Interview  # noqa: E402
from roundtable.engines.llm import LLMEngine  # noqa: E402

DELAY = 0.5
TRANSCRIPT = DATA / "dev" / "zoom.vtt"
"""Two behavioral questions."""


def run(server: FakeOpenAI, tmp_path: Path, **kwargs: object) -> Interview:
    engine = LLMEngine(f"openai-compatible:fake@{server.base_url}", use_cache=False,
                       cache_dir=tmp_path, **kwargs)  # type: ignore[arg-type]
    return roundtable.interview(TRANSCRIPT.read_text(), engine=engine)


def model_reviewed(result: Interview) -> None:
    assert len(result.segments) == 2
    for segment in result.segments:
        assert segment.review is not None
        assert segment.review.engine.name != "rubric"
        assert segment.review.engine.calls > 0
        assert segment.review.engine.retries == segment.review.engine.fallback_turns == 0


def test_questions_run_in_parallel_against_a_scripted_server(tmp_path: Path) -> None:
    with FakeOpenAI(lambda seen, index: Action(delay_s=DELAY)) as server:
        result = run(server, tmp_path)
        seen = list(server.seen)
    model_reviewed(result)
    panel = len(result.panel)
    first = seen[0].at
    in_flight = [s for s in seen if s.at < first + DELAY * 0.8]
    # Both questions' openings were sent before the first reply could arrive.
    assert len(in_flight) >= 2 * panel
    prompts = " ".join(s.prompt for s in in_flight)
    assert "delay our payments launch" in prompts and "junior engineer" in prompts
    assert server.peak >= 2 * panel


def test_a_one_slot_server_is_asked_one_call_at_a_time_across_the_questions(
        tmp_path: Path) -> None:
    # Each question's review alone would keep within the slot; together they must too.
    with FakeOpenAI(lambda seen, index: Action(delay_s=0.02), slots=1) as server:
        result = run(server, tmp_path)
    model_reviewed(result)
    assert server.gets == ["/props"]  # probed once for the whole interview
    assert server.peak == 1


def test_the_concurrency_the_user_sets_holds_for_the_whole_interview(tmp_path: Path) -> None:
    with FakeOpenAI(lambda seen, index: Action(delay_s=0.1)) as server:
        result = run(server, tmp_path, concurrency=2)
    model_reviewed(result)
    assert server.gets == []
    assert server.peak == 2


def test_cli_interview_takes_the_llm_limits(tmp_path: Path) -> None:
    with FakeOpenAI(lambda seen, index: Action(delay_s=0.05)) as server:
        done = subprocess.run(
            [str(Path(sys.executable).parent / "roundtable"), "interview", str(TRANSCRIPT),
             "--format", "json", "--engine", "llm", "--model",
             f"openai-compatible:fake@{server.base_url}", "--concurrency", "1",
             "--timeout", "20", "--attempts", "2"],
            capture_output=True, text=True, timeout=120, check=False,
            env={**os.environ, "ROUNDTABLE_HOME": str(tmp_path),
                 "ROUNDTABLE_CONFIG": str(tmp_path / "config.toml")})
    assert done.returncode == 0, done.stderr
    reviews = [s["review"] for s in json.loads(done.stdout)["segments"]]
    assert [r["engine"]["name"] for r in reviews] == ["llm", "llm"]
    assert server.peak == 1 and server.gets == []
