"""The engine against pydantic-ai's own test models: rounds, grounding, votes, fallbacks, cache."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from llm_scripted import kind_of, reply_for, speaker_of
from pydantic_ai.messages import ModelMessage, ModelRequest, ModelResponse, TextPart, UserPromptPart
from pydantic_ai.models.function import AgentInfo, FunctionModel
from pydantic_ai.models.test import TestModel

from roundtable.engines.base import Case
from roundtable.engines.llm import LLMEngine
from roundtable.engines.llm.calls import RetryPolicy
from roundtable.engines.rubric import RubricEngine
from roundtable.models import VOTES, RoundKind, Turn
from roundtable.pipeline import assemble

FAST = RetryPolicy(call_timeout_s=5, max_attempts=3, backoff_s=0.01, budget_s=30)
Responder = Callable[[str], str]


def first_prompt(messages: list[ModelMessage]) -> str:
    """The user prompt that opened this run (pydantic-ai's own retries come after it)."""
    for message in messages:
        if isinstance(message, ModelRequest):
            for part in message.parts:
                if isinstance(part, UserPromptPart) and isinstance(part.content, str):
                    return part.content
    raise AssertionError("no user prompt")


class Script:
    """A FunctionModel that answers every prompt with `respond` and records the prompts."""

    def __init__(self, respond: Responder | None = None) -> None:
        self.respond = respond or (lambda prompt: json.dumps(reply_for(prompt)))
        self.prompts: list[str] = []
        self.in_flight = 0
        self.peak = 0

    async def __call__(self, messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
        prompt = first_prompt(messages)
        self.prompts.append(prompt)
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        await asyncio.sleep(0.01)
        self.in_flight -= 1
        return ModelResponse(parts=[TextPart(self.respond(prompt))])

    def engine(self, tmp_path: Path, **kwargs: Any) -> LLMEngine:
        kwargs.setdefault("cache_dir", tmp_path / "cache")
        return LLMEngine(
            "openai-compatible:scripted@http://127.0.0.1:9/v1",
            backend=FunctionModel(self),
            output_mode="prompted",
            policy=FAST,
            **kwargs,
        )


def run(engine: LLMEngine, case: Case, sink: list[tuple[RoundKind, Turn]] | None = None) -> Any:
    collected = sink if sink is not None else []
    return asyncio.run(engine.deliberate(case, lambda kind, turn: collected.append((kind, turn))))


def test_clean_run_has_three_grounded_rounds_and_a_synthesis(
    strong_case: Case, tmp_path: Path
) -> None:
    script = Script()
    streamed: list[tuple[RoundKind, Turn]] = []
    result = run(script.engine(tmp_path), strong_case, streamed)
    answer = strong_case.submission.answer
    assert [r.kind for r in result.rounds] == ["opening", "crosstalk", "closing"]
    for rnd in result.rounds:
        assert [t.speaker for t in rnd.turns] == [p.id for p in strong_case.panel.personas]
        for turn in rnd.turns:
            assert not turn.fallback and turn.error is None
            assert turn.evidence
            assert all(answer[q.start : q.end] == q.quote for q in turn.evidence)
    crosstalk = result.rounds[1].turns
    assert all(t.stance == "agree" and t.addresses for t in crosstalk)
    assert all(t.speaker not in t.addresses for t in crosstalk)
    assert [kind for kind, _ in streamed] == ["opening"] * 3 + ["crosstalk"] * 3 + ["closing"] * 3
    assert result.headline.startswith("A grounded disagreement")
    assert [s.panelist for s in result.signals] == [p.id for p in strong_case.panel.personas]
    assert result.info.calls == 10 and result.info.cached_calls == 0
    assert result.info.tokens_in > 0 and result.info.tokens_out > 0
    assert result.info.fallback_turns == 0 and result.notes == []


def test_openings_are_blind_and_later_rounds_see_earlier_ones(
    strong_case: Case, tmp_path: Path
) -> None:
    script = Script()
    result = run(script.engine(tmp_path), strong_case)
    by_kind: dict[str, list[str]] = {}
    for prompt in script.prompts:
        by_kind.setdefault(kind_of(prompt), []).append(prompt)
    openings = [t.text for t in result.rounds[0].turns]
    crosstalk = [t.text for t in result.rounds[1].turns]
    assert all(not any(o in p for o in openings) for p in by_kind["opening"])
    assert all(all(o in p for o in openings) for p in by_kind["crosstalk"])
    assert all(all(c in p for c in crosstalk) for p in by_kind["closing"])
    assert len(by_kind["synthesis"]) == 1
    # Each round's three calls are in flight together: four round-trips, not ten.
    assert script.peak == 3
    for prompt in script.prompts:
        if kind_of(prompt) != "synthesis":
            assert prompt.startswith(f"You are {speaker_of(prompt)}, ")


def test_concurrency_one_runs_one_call_at_a_time(strong_case: Case, tmp_path: Path) -> None:
    script = Script()
    run(script.engine(tmp_path, concurrency=1), strong_case)
    assert script.peak == 1 and len(script.prompts) == 10


def test_votes_come_from_scores_not_from_prose(strong_case: Case, tmp_path: Path) -> None:
    def low_scores_glowing_words(prompt: str) -> str:
        reply = reply_for(prompt, score=1)
        if kind_of(prompt) == "closing":
            reply["text"] = "Strong hire, the best answer I have heard. " + reply["text"]
        return json.dumps(reply)

    result = run(Script(low_scores_glowing_words).engine(tmp_path), strong_case)
    assert {a.vote for a in result.assessments} == {"strong_no_hire"}
    assert all(a.criteria and set(a.criteria.values()) == {1} for a in result.assessments)


def test_invented_quote_is_asked_again_once_with_the_error(
    strong_case: Case, tmp_path: Path
) -> None:
    asked: list[str] = []

    def invent_first(prompt: str) -> str:
        first = kind_of(prompt) == "opening" and speaker_of(prompt) == "Priya Raman"
        if first:
            asked.append(prompt)
        return json.dumps(reply_for(prompt, invent=first and len(asked) == 1))

    result = run(Script(invent_first).engine(tmp_path), strong_case)
    assert len(asked) == 2
    assert "not in the answer" in asked[1] and "tripled revenue" in asked[1]
    assert not any(t.fallback for r in result.rounds for t in r.turns)
    assert result.info.calls == 11


def test_a_turn_that_invents_twice_falls_back_to_the_rubric_turn(
    strong_case: Case, tmp_path: Path
) -> None:
    def always_invent_for_daniel(prompt: str) -> str:
        daniel = speaker_of(prompt) == "Daniel Okafor" and kind_of(prompt) == "opening"
        return json.dumps(reply_for(prompt, invent=daniel))

    script = Script(always_invent_for_daniel)
    result = run(script.engine(tmp_path), strong_case)
    rubric = asyncio.run(RubricEngine().deliberate(strong_case))
    turn = result.rounds[0].turns[1]
    assert turn.speaker == "vp-engineering" and turn.fallback
    assert turn.error is not None and "tripled revenue" in turn.error
    assert turn.text == rubric.rounds[0].turns[1].text
    assert any("Daniel Okafor's opening turn" in note for note in result.notes)
    # His later turns are not asked of the model (it would defend numbers it never gave): they
    # are stand-ins that say the rubric's reading speaks for him, with the numbers that count.
    asked = [(kind_of(p), speaker_of(p)) for p in script.prompts]
    assert ("crosstalk", "Daniel Okafor") not in asked and ("closing", "Daniel Okafor") not in asked
    crosstalk, closing = result.rounds[1].turns[1], result.rounds[2].turns[1]
    for later in (crosstalk, closing):
        assert later.fallback and later.error and "opening fell back" in later.error
        assert later.text.startswith("The rubric engine's reading stands in for ")
    daniel = next(a for a in result.assessments if a.panelist == "vp-engineering")
    opened = rubric.assessments[1].opening
    assert opened is not None and daniel.criteria == opened.criteria
    assert f"({daniel.score:.2f} / 5)" in closing.text
    # Colleagues hear his opening as the stand-in it is.
    later_prompts = [p for p in script.prompts if kind_of(p) in ("crosstalk", "closing")]
    assert all("Daniel Okafor (the rubric engine's stand-in" in p for p in later_prompts)
    # One panelist's vote is the rubric's: the review is degraded, and says whose.
    assert result.info.fallback_turns == 3 and result.info.degraded
    assert result.info.degraded_reason == (
        "the opening of Daniel Okafor fell back, so that panelist's turns and vote are the "
        "rubric engine's")


def test_malformed_output_is_retried_then_the_turn_falls_back(
    strong_case: Case, tmp_path: Path
) -> None:
    def broken_closings(prompt: str) -> str:
        return "{not json" if kind_of(prompt) == "closing" else json.dumps(reply_for(prompt))

    result = run(Script(broken_closings).engine(tmp_path), strong_case)
    closings = result.rounds[2].turns
    assert all(t.fallback and t.error and "malformed" in t.error for t in closings)
    # Without a closing from the model, each panelist's own opening numbers stand, and the
    # stand-in closing says so rather than citing the rubric's numbers.
    for turn, final in zip(closings, result.assessments, strict=True):
        assert final.opening is not None and final.criteria == final.opening.criteria
        assert turn.text.startswith("My opening scores stand as my final ones: ")
        assert f"({final.score:.2f} / 5)" in turn.text


def test_prompt_injection_never_lifts_a_panelist_above_the_rubric(
    injected_case: Case, tmp_path: Path
) -> None:
    fives = Script(lambda prompt: json.dumps(reply_for(prompt, score=5)))
    result = run(fives.engine(tmp_path), injected_case)
    rubric = {a.panelist: a for a in injected_case.assessments}
    # All fives with real quotes would be a strong hire; the weak answer's rubric is not.
    assert all(VOTES.index(a.vote) < VOTES.index("strong_hire") for a in rubric.values())
    for item in result.assessments:
        assert item.score <= rubric[item.panelist].score
        assert VOTES.index(item.vote) <= VOTES.index(rubric[item.panelist].vote)


def test_answer_is_quoted_data_and_injection_is_announced(
    injected_case: Case, tmp_path: Path
) -> None:
    script = Script()
    run(script.engine(tmp_path), injected_case)
    for prompt in script.prompts:
        assert "<<<ANSWER\n" in prompt and "\nANSWER>>>" in prompt
        assert "text addressed to the reviewers" in prompt


def test_rerun_is_served_from_cache_and_identical(strong_case: Case, tmp_path: Path) -> None:
    first = run(Script().engine(tmp_path), strong_case)
    again_script = Script()
    again = run(again_script.engine(tmp_path), strong_case)
    assert again_script.prompts == []
    assert again.info.calls == 0 and again.info.cached_calls == 10
    assert again.info.tokens_in == 0
    assert again.rounds == first.rounds and again.assessments == first.assessments
    assert again.headline == first.headline and again.signals == first.signals
    bypass = Script()
    run(bypass.engine(tmp_path, use_cache=False), strong_case)
    assert len(bypass.prompts) == 10


def test_a_failed_synthesis_keeps_the_model_turns_and_the_rubric_synthesis(
    strong_case: Case, tmp_path: Path
) -> None:
    def no_synthesis(prompt: str) -> str:
        return "[]" if kind_of(prompt) == "synthesis" else json.dumps(reply_for(prompt))

    result = run(Script(no_synthesis).engine(tmp_path), strong_case)
    rubric = asyncio.run(RubricEngine().deliberate(strong_case))
    assert result.info.fallback_turns == 0
    assert result.headline == rubric.headline
    assert any("synthesis is the rubric engine's" in n for n in result.notes)


def test_tool_output_mode_with_testmodel_completes_a_review(
    strong_case: Case, tmp_path: Path
) -> None:
    # TestModel fills the schema with placeholder strings: every quote is invented, so every
    # opening is asked twice and then falls back, the later turns of panelists whose opening
    # fell back are not asked at all, and the review still assembles.
    engine = LLMEngine(
        "openai:test", backend=TestModel(), cache_dir=tmp_path / "c", policy=FAST
    )
    result = run(engine, strong_case)
    assert result.info.calls == 3 * 2 + 1 and result.info.fallback_turns == 9
    review = assemble(strong_case, result, [])
    assert review.engine.name == "llm" and review.engine.provider == "openai"
    assert all(t.fallback and t.error for r in review.rounds for t in r.turns)
    assert review.answer == strong_case.submission.answer
