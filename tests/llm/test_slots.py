"""Single-slot servers: a llama.cpp server's slots are detected, Ollama's queueing is learnt from
its first timeout, and a concurrency the user sets is obeyed as given."""

from __future__ import annotations

import asyncio
from pathlib import Path

from llm_fake_server import Action, FakeOpenAI, Seen

from roundtable.engines.base import Case, Deliberation
from roundtable.engines.llm import LLMEngine
from roundtable.engines.llm.calls import RetryPolicy

SLOT_S = 0.4
"""How long one request holds the server's only slot."""
TIGHT = RetryPolicy(call_timeout_s=1.1, max_attempts=3, backoff_s=0.05, budget_s=30)
"""A timeout two queued requests fit in, and three do not."""


def slow(_: Seen, __: int) -> Action:
    return Action(delay_s=SLOT_S)


def review(server: FakeOpenAI, case: Case, tmp_path: Path, lines: list[str],
           **kwargs: object) -> Deliberation:
    engine = LLMEngine(f"openai-compatible:fake@{server.base_url}", cache_dir=tmp_path / "c",
                       policy=TIGHT, on_progress=lines.append, **kwargs)  # type: ignore[arg-type]
    return asyncio.run(engine.deliberate(case))


def test_a_llama_cpp_server_with_one_slot_is_asked_one_call_at_a_time(
    strong_case: Case, tmp_path: Path
) -> None:
    lines: list[str] = []
    with FakeOpenAI(slow, slots=1) as server:
        result = review(server, strong_case, tmp_path, lines)
    assert server.gets == ["/props"]
    assert server.peak == 1  # nothing ever waited in the server's queue
    assert result.info.retries == 0 and result.info.fallback_turns == 0
    assert "the server has 1 slot: asking 1 at a time" in lines


def test_a_server_that_queues_silently_is_learnt_from_its_first_timeout(
    strong_case: Case, tmp_path: Path
) -> None:
    lines: list[str] = []
    with FakeOpenAI(slow, slots=1, props=False) as server:  # Ollama, OLLAMA_NUM_PARALLEL=1
        engine = LLMEngine(f"openai-compatible:fake@{server.base_url}", policy=TIGHT,
                           use_cache=False, on_progress=lines.append)
        result = asyncio.run(engine.deliberate(strong_case))
        # The third opening queued behind two others and always times out. On a loaded machine
        # the second, queued behind one, may miss the timeout too: both are openings, sent
        # before anything could be learnt. Every retry is an opening's, so the calls from the
        # last retry on are the ones sent after the lesson.
        openings = 3
        assert 1 <= result.info.retries <= openings - 1 and result.info.fallback_turns == 0
        after = server.seen[openings + result.info.retries - 1:]
        # The next review on the same engine starts where this one ended: one at a time.
        again = asyncio.run(engine.deliberate(strong_case))
    # No call after the retry was sent beside another.
    assert all(b.at - a.at >= SLOT_S * 0.9 for a, b in zip(after, after[1:], strict=False))
    assert any("the review now asks one at a time" in line for line in lines)
    assert any("asked one at a time" in note for note in result.notes)
    assert again.info.retries == 0 and again.info.fallback_turns == 0


def test_the_concurrency_the_user_sets_is_obeyed(strong_case: Case, tmp_path: Path) -> None:
    lines: list[str] = []
    with FakeOpenAI(lambda seen, index: Action(delay_s=0.05), slots=1) as server:
        server.queue = None  # a server with room for the whole round
        result = review(server, strong_case, tmp_path, lines, concurrency=3)
    assert server.gets == []  # not probed
    assert server.peak == 3 and result.info.retries == 0

