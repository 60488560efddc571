"""Backends per provider, output modes and prices; nothing here touches the network."""

from __future__ import annotations

import pytest
from pydantic import SecretStr
from pydantic_ai.models.anthropic import AnthropicModel
from pydantic_ai.models.openai import OpenAIChatModel

from roundtable.engines.llm.config import Connection, resolve_connection
from roundtable.engines.llm.pricing import estimate_cost
from roundtable.engines.llm.providers import build_backend, extra_body
from roundtable.engines.llm.replies import ClosingReply, CrosstalkReply
from roundtable.engines.llm.spec import parse_spec
from roundtable.errors import EngineError

KEY = Connection(api_key=SecretStr("sk-test"), base_url=None)


@pytest.mark.parametrize(
    ("spec", "model_type", "mode"),
    [
        ("openai:gpt-4o-mini", OpenAIChatModel, "tool"),
        ("anthropic:claude-3-5-haiku-latest", AnthropicModel, "tool"),
        ("ollama:llama3.2", OpenAIChatModel, "native"),
        ("openai-compatible:smollm2@http://127.0.0.1:1/v1", OpenAIChatModel, "grammar"),
    ],
)
def test_each_provider_gets_a_pydantic_ai_model(spec: str, model_type: type, mode: str) -> None:
    parsed = parse_spec(spec)
    backend = build_backend(parsed, resolve_connection(parsed, api_key="sk-test"))
    assert isinstance(backend.model, model_type)
    assert backend.model.model_name == parsed.model
    assert backend.output_mode == mode


def test_output_mode_can_be_chosen_and_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = parse_spec("openai-compatible:m@http://127.0.0.1:1/v1")
    monkeypatch.setenv("ROUNDTABLE_OUTPUT_MODE", "native")
    assert build_backend(spec, KEY).output_mode == "native"
    assert build_backend(spec, KEY, "prompted").output_mode == "prompted"
    with pytest.raises(EngineError, match="unknown output mode"):
        build_backend(spec, KEY, "yaml")


def test_grammar_mode_bounds_strings_and_lists_but_not_choices() -> None:
    assert extra_body(ClosingReply, "tool") is None
    body = extra_body(CrosstalkReply, "grammar")
    assert body is not None
    schema = body["response_format"]["schema"]
    assert body["response_format"]["type"] == "json_object"
    assert schema["properties"]["text"]["maxLength"] > 0
    assert schema["properties"]["quotes"]["maxItems"] > 0
    assert "maxLength" not in schema["properties"]["stance"]
    # The reply model itself stays unbounded: a real model's long answer is not an error.
    assert "maxLength" not in CrosstalkReply.model_json_schema()["properties"]["text"]


def test_cost_is_estimated_only_where_prices_are_known() -> None:
    mini = parse_spec("openai:gpt-4o-mini")
    assert estimate_cost(mini, 1_000_000, 1_000_000, local=False) == pytest.approx(0.75)
    # The longest prefix wins: gpt-4o-mini is not priced as gpt-4o.
    assert estimate_cost(parse_spec("openai:gpt-4o"), 1_000_000, 0, local=False) == 2.5
    assert estimate_cost(parse_spec("openai-compatible:x"), 10, 10, local=False) is None
    assert estimate_cost(parse_spec("openai-compatible:x"), 10, 10, local=True) == 0.0
