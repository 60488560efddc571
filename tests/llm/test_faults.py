"""Faults from a real HTTP server on loopback: each is retried, waited out or fallen back from."""

from __future__ import annotations

import asyncio
import json
import socket
import time
from pathlib import Path

import pytest
from llm_cases import case_for, devset_row
from llm_fake_server import Action, FakeOpenAI, Seen
from llm_scripted import kind_of, reply_for, speaker_of
from pydantic_ai.exceptions import ModelRateLimitError, ModelServerError

import roundtable
from roundtable.engines.base import Case, Deliberation
from roundtable.engines.llm import LLMEngine
from roundtable.engines.llm.calls import RetryPolicy, Sampling
from roundtable.engines.llm.slots import Slots
from roundtable.engines.rubric import RubricEngine
from roundtable.errors import EngineError

POLICY = RetryPolicy(call_timeout_s=1.5, max_attempts=3, backoff_s=0.05, budget_s=30)


def review_with(server: FakeOpenAI, case: Case, tmp_path: Path, **kwargs: object) -> Deliberation:
    kwargs.setdefault("policy", POLICY)
    engine = LLMEngine(
        f"openai-compatible:fake@{server.base_url}",
        cache_dir=tmp_path / "cache",
        **kwargs,  # type: ignore[arg-type]
    )
    return asyncio.run(engine.deliberate(case))


def first_opening(seen: Seen) -> bool:
    return kind_of(seen.prompt) == "opening" and speaker_of(seen.prompt) == "Priya Raman"


def test_rate_limit_waits_for_retry_after(strong_case: Case, tmp_path: Path) -> None:
    def script(seen: Seen, index: int) -> Action:
        if index == 0:
            return Action(status=429, headers={"Retry-After": "1"})
        return Action()

    with FakeOpenAI(script) as server:
        result = review_with(server, strong_case, tmp_path)
        limited = server.seen[0]
        retried = next(s for s in server.seen[1:] if s.prompt == limited.prompt)
    assert retried.at - limited.at >= 0.95
    assert result.info.fallback_turns == 0
    assert result.info.calls == 11


def test_a_rate_limit_holds_back_the_calls_not_yet_sent(strong_case: Case, tmp_path: Path) -> None:
    # One call at a time: the call after the refused one would go out at once; the provider's
    # wait is for every call, so it waits too (as do other reviews on the engine).
    def script(seen: Seen, index: int) -> Action:
        if index == 0:
            return Action(status=429, headers={"Retry-After": "1"})
        return Action()

    with FakeOpenAI(script) as server:
        result = review_with(server, strong_case, tmp_path, concurrency=1)
        limited, following = server.seen[0], server.seen[1]
    assert following.at - limited.at >= 0.95
    assert result.info.fallback_turns == 0 and result.info.retries == 1


def test_server_errors_are_retried_with_backoff(strong_case: Case, tmp_path: Path) -> None:
    failures: list[int] = []

    def script(seen: Seen, index: int) -> Action:
        if first_opening(seen) and len(failures) < 2:
            failures.append(index)
            return Action(status=503 if failures == [index] else 500)
        return Action()

    with FakeOpenAI(script) as server:
        result = review_with(server, strong_case, tmp_path)
    assert len(failures) == 2
    assert result.info.fallback_turns == 0 and result.info.calls == 12


def test_a_hung_request_times_out_and_is_retried(strong_case: Case, tmp_path: Path) -> None:
    hung: list[int] = []

    def script(seen: Seen, index: int) -> Action:
        if first_opening(seen) and not hung:
            hung.append(index)
            return Action(delay_s=30)
        return Action()

    started = time.monotonic()
    with FakeOpenAI(script) as server:
        result = review_with(server, strong_case, tmp_path)
    assert hung and time.monotonic() - started < 10
    assert result.info.fallback_turns == 0


def test_malformed_bodies_and_replies(strong_case: Case, tmp_path: Path) -> None:
    def script(seen: Seen, index: int) -> Action:
        if index == 0:
            return Action(raw_body="<html>this is not json</html>")
        if kind_of(seen.prompt) == "closing" and speaker_of(seen.prompt) == "Elena Vasquez":
            return Action(content='{"text": "unterminated')
        return Action()

    with FakeOpenAI(script) as server:
        result = review_with(server, strong_case, tmp_path)
    closing = result.rounds[2].turns[2]
    assert closing.fallback and closing.error and "malformed" in closing.error
    assert result.info.fallback_turns == 1
    elena = result.assessments[2]
    assert elena.opening is not None and elena.criteria == elena.opening.criteria


def test_invented_quotes_are_retried_then_fall_back(strong_case: Case, tmp_path: Path) -> None:
    def script(seen: Seen, index: int) -> Action:
        kind, speaker = kind_of(seen.prompt), speaker_of(seen.prompt)
        asked_again = "not in the answer" in seen.prompt
        invent = (kind == "crosstalk" and speaker == "Daniel Okafor") or (
            kind == "opening" and speaker == "Elena Vasquez" and not asked_again
        )
        return Action(content=json.dumps(reply_for(seen.prompt, invent=invent)))

    with FakeOpenAI(script) as server:
        result = review_with(server, strong_case, tmp_path)
        retries = [s for s in server.seen if "not in the answer" in s.prompt]
    assert len(retries) == 2
    assert not result.rounds[0].turns[2].fallback
    daniel = result.rounds[1].turns[1]
    assert daniel.fallback and daniel.error and "not in the answer" in daniel.error
    assert result.info.fallback_turns == 1


def test_a_server_that_never_recovers_still_returns_a_marked_review(
    strong_case: Case, tmp_path: Path
) -> None:
    with FakeOpenAI(lambda seen, index: Action(status=500)) as server:
        result = review_with(server, strong_case, tmp_path)
    turns = [t for r in result.rounds for t in r.turns]
    assert len(turns) == 9 and all(t.fallback and t.error for t in turns)
    assert all("server error" in (t.error or "") for t in result.rounds[0].turns)
    # With every opening failed, the rest is not asked for: the review ends fast, degraded.
    assert all("failed every opening" in (t.error or "") for t in turns[3:])
    assert result.info.calls == 3 * POLICY.max_attempts
    assert result.info.fallback_turns == 9 and result.info.degraded
    rubric = asyncio.run(RubricEngine().deliberate(strong_case))
    assert result.assessments == rubric.assessments
    assert any("synthesis is the rubric engine's" in note for note in result.notes)


@pytest.mark.parametrize("concurrency", [None, 1])
def test_the_time_budget_bounds_a_review_against_a_hanging_server(
    strong_case: Case, tmp_path: Path, concurrency: int | None
) -> None:
    # With one call at a time, the time a call waits for its slot counts against the budget.
    policy = RetryPolicy(call_timeout_s=2, max_attempts=5, backoff_s=0.05, budget_s=3)
    started = time.monotonic()
    with FakeOpenAI(lambda seen, index: Action(delay_s=30)) as server:
        result = review_with(server, strong_case, tmp_path, policy=policy,
                             concurrency=concurrency)
    assert time.monotonic() - started < 8
    assert result.info.fallback_turns == 9
    assert all(t.error for r in result.rounds for t in r.turns)


def test_an_unreachable_server_is_a_one_line_error(strong_case: Case, tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    engine = LLMEngine(
        f"openai-compatible:fake@http://127.0.0.1:{port}/v1",
        cache_dir=tmp_path,
        policy=RetryPolicy(max_attempts=2, backoff_s=0.01),
    )
    with pytest.raises(EngineError) as info:
        asyncio.run(engine.deliberate(strong_case))
    message = str(info.value)
    assert f"127.0.0.1:{port}" in message and "ROUNDTABLE_BASE_URL" in message
    assert "--engine rubric" in message and "\n" not in message


def test_the_key_is_sent_but_never_stored_or_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "sk-roundtable-test-SECRET-0123456789"
    monkeypatch.setenv("ROUNDTABLE_API_KEY", secret)
    monkeypatch.setenv("ROUNDTABLE_CACHE_DIR", str(tmp_path / "cache"))
    row = devset_row("hb-01-average")
    with FakeOpenAI() as server:
        review = roundtable.review(
            row["answer"],
            question=row["question"],
            competency="have-backbone",
            engine="llm",
            model=f"openai-compatible:fake@{server.base_url}",
        )
        sent = {s.headers.get("authorization") for s in server.seen}
    assert sent == {f"Bearer {secret}"}
    dumped = review.model_dump_json()
    assert secret not in dumped
    assert review.engine.name == "llm" and review.engine.model == "fake"
    assert review.engine.calls == 10 and review.engine.cost_usd == 0.0
    assert review.answer == row["answer"]
    cached = list((tmp_path / "cache").rglob("*.json"))
    assert len(cached) == 10
    assert all(secret not in path.read_text() for path in cached)


def test_a_rejected_key_stops_the_review_with_a_one_line_error(
    strong_case: Case, tmp_path: Path
) -> None:
    with FakeOpenAI(lambda seen, index: Action(status=401)) as server:
        engine = LLMEngine(
            f"openai-compatible:fake@{server.base_url}", cache_dir=tmp_path, policy=POLICY
        )
        with pytest.raises(EngineError) as info:
            asyncio.run(engine.deliberate(strong_case))
    assert "rejected the API key" in str(info.value) and "\n" not in str(info.value)


def test_an_unknown_model_names_the_model(strong_case: Case, tmp_path: Path) -> None:
    with FakeOpenAI(lambda seen, index: Action(status=404)) as server:
        engine = LLMEngine(
            f"openai-compatible:no-such-model@{server.base_url}", cache_dir=tmp_path, policy=POLICY
        )
        with pytest.raises(EngineError, match="no-such-model"):
            asyncio.run(engine.deliberate(strong_case))


def test_requests_carry_the_grammar_and_a_token_cap_local_servers_honour(
    strong_case: Case, tmp_path: Path
) -> None:
    with FakeOpenAI() as server:
        review_with(server, strong_case, tmp_path, sampling=Sampling(max_tokens=200))
        bodies = [s.body for s in server.seen]
    assert all(b["max_tokens"] == 200 and "max_completion_tokens" not in b for b in bodies)
    formats = [b["response_format"] for b in bodies]
    assert all(f["type"] == "json_object" and f["schema"]["properties"] for f in formats)
    assert {b["seed"] for b in bodies} == {strong_case.seed}


def test_ollama_is_sent_a_context_window_that_fits_every_prompt_and_reply(
    strong_case: Case, tmp_path: Path
) -> None:
    with FakeOpenAI() as server:
        engine = LLMEngine(f"ollama:llama3.2@{server.base_url}", cache_dir=tmp_path / "c",
                           policy=POLICY)
        asyncio.run(engine.deliberate(strong_case))
        bodies = [s.body for s in server.seen]
    assert len(bodies) == 10
    for body in bodies:
        num_ctx = body["options"]["num_ctx"]
        assert num_ctx == 8192
        # A generous 3 characters a token: the prompt and the longest reply still fit.
        prompt_tokens = sum(len(str(m["content"])) for m in body["messages"]) / 3
        assert prompt_tokens + body["max_tokens"] < num_ctx, (prompt_tokens, body["max_tokens"])


def test_a_server_that_refuses_json_object_is_asked_for_prompted_json(
    strong_case: Case, tmp_path: Path
) -> None:
    # LM Studio's answer to llama.cpp's grammar request.
    refusal = json.dumps({"error": "'response_format.type' must be 'json_schema' or 'text'"})

    def script(seen: Seen, index: int) -> Action:
        if "response_format" in seen.body:
            return Action(status=400, raw_body=refusal)
        return Action()

    with FakeOpenAI(script) as server:
        result = review_with(server, strong_case, tmp_path)
        refused = sum(1 for s in server.seen if "response_format" in s.body)
    assert result.info.fallback_turns == 0 and not result.info.degraded
    assert 1 <= refused <= 3  # the first round's calls, at most; then never again
    assert any("refused the json_object response format" in n for n in result.notes)


def test_a_clean_run_is_four_sequential_round_trips_and_ten_calls(
    strong_case: Case, tmp_path: Path
) -> None:
    delay = 0.3
    with FakeOpenAI(lambda seen, index: Action(delay_s=delay)) as server:
        result = review_with(server, strong_case, tmp_path)
        arrivals = sorted(s.at for s in server.seen)
    # A new round-trip starts when a request arrives after the previous ones were answered.
    trips = 1 + sum(1 for a, b in zip(arrivals, arrivals[1:], strict=False) if b - a > delay / 2)
    assert trips == 4 <= 5
    assert result.info.calls == len(arrivals) == 10 <= 13
    assert result.info.tokens_in > 0 and result.info.tokens_out > 0


def test_retries_are_reseeded_and_a_rate_limited_round_does_not_retry_in_step(
    strong_case: Case, tmp_path: Path
) -> None:
    def script(seen: Seen, index: int) -> Action:
        if index < 3:  # the whole opening round is told to come back in a second
            return Action(status=429, headers={"Retry-After": "1"})
        return Action()

    with FakeOpenAI(script) as server:
        result = review_with(server, strong_case, tmp_path)
        first = server.seen[:3]
        again = [next(s for s in server.seen[3:] if s.prompt == f.prompt) for f in first]
    assert result.info.retries == 3 and result.info.fallback_turns == 0
    for before, after in zip(first, again, strict=True):
        assert after.at - before.at >= 0.95  # never earlier than asked
        assert after.body["seed"] == before.body["seed"] + 1


def test_backoff_waits_are_jittered_and_never_shorter_than_retry_after(tmp_path: Path) -> None:
    engine = LLMEngine("openai-compatible:fake@http://127.0.0.1:9/v1", cache_dir=tmp_path)
    caller = engine._caller(case_for("x " * 80, None), Slots(1))
    limited = [caller._classify(ModelRateLimitError("m", "429", retry_after=2.0), 1)[0]
               for _ in range(50)]
    assert all(2.0 <= wait <= 2.5 for wait in limited) and len(set(limited)) > 40
    backoff = [caller._classify(ModelServerError("m", "500"), 2)[0] for _ in range(50)]
    assert all(1.5 <= wait <= 2.5 for wait in backoff) and len(set(backoff)) > 40


def test_turns_stream_in_the_order_the_finished_review_has_them(
        strong_case: Case, tmp_path: Path) -> None:
    # The first panelist is the slowest in every round: its turns land last. A page watching
    # the review must still get them first, or it reorders when the review finishes (#10).
    def script(seen: Seen, index: int) -> Action:
        return Action(delay_s=0.4 if speaker_of(seen.prompt) == "Priya Raman" else 0.0)

    streamed: list[tuple[str, str]] = []
    with FakeOpenAI(script) as server:
        engine = LLMEngine(f"openai-compatible:fake@{server.base_url}",
                           cache_dir=tmp_path / "cache", policy=POLICY)
        result = asyncio.run(engine.deliberate(
            strong_case, on_turn=lambda kind, turn: streamed.append((kind, turn.speaker))))
    assert result.info.fallback_turns == 0
    assert streamed == [(r.kind, t.speaker) for r in result.rounds for t in r.turns]
    assert streamed[0] == ("opening", "director-of-product")
