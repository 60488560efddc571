"""The interview with the LLM engine against the scripted server on loopback: the questions'
round-trips overlap (their first calls are all in flight before any reply comes back)."""

from __future__ import annotations

import sys
from pathlib import Path

from interview_data import DATA

sys.path.insert(0, str(Path(__file__).parents[1] / "llm"))

from llm_fake_server import Action, FakeOpenAI  # noqa: E402

import roundtable  # noqa: E402
from roundtable.engines.llm import LLMEngine  # noqa: E402

DELAY = 0.5


def test_questions_run_in_parallel_against_a_scripted_server(tmp_path: Path) -> None:
    text = (DATA / "dev" / "zoom.vtt").read_text()
    with FakeOpenAI(lambda seen, index: Action(delay_s=DELAY)) as server:
        engine = LLMEngine(f"openai-compatible:fake@{server.base_url}", use_cache=False,
                           cache_dir=tmp_path)
        result = roundtable.interview(text, engine=engine)
        seen = list(server.seen)
    assert len(result.segments) == 2
    for segment in result.segments:
        assert segment.review is not None
        assert segment.review.engine.name != "rubric"
        assert segment.review.engine.calls > 0
    panel = len(result.panel)
    first = seen[0].at
    in_flight = [s for s in seen if s.at < first + DELAY * 0.8]
    # Both questions' openings were sent before the first reply could arrive.
    assert len(in_flight) >= 2 * panel
    prompts = " ".join(s.prompt for s in in_flight)
    assert "delay our payments launch" in prompts and "junior engineer" in prompts
