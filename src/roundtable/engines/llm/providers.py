"""Turning a model spec and its connection into a pydantic-ai model and an output mode.

Every provider goes through pydantic-ai's own model and provider classes; this module only
chooses which ones and how the structured reply is requested:

- `tool`: the reply is a forced tool call (pydantic-ai's default; OpenAI, Anthropic).
- `native`: the provider's JSON-schema response format (Ollama).
- `prompted`: the schema goes in the prompt and the text is parsed.
- `grammar`: `prompted`, plus `response_format={"type": "json_object", "schema": ...}`, which
  llama.cpp's server turns into a grammar, so even a tiny local model emits the right shape.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, cast, get_args

from pydantic import BaseModel
from pydantic_ai import NativeOutput, PromptedOutput, ToolOutput
from pydantic_ai.models import Model
from pydantic_ai.profiles.openai import OpenAIModelProfile

from roundtable.engines.llm.config import Connection
from roundtable.engines.llm.spec import ModelSpec, Provider
from roundtable.errors import EngineError

OutputMode = Literal["tool", "native", "prompted", "grammar"]
OUTPUT_MODES: tuple[str, ...] = get_args(OutputMode)

_DEFAULT_MODE: dict[Provider, OutputMode] = {
    "openai": "tool",
    "anthropic": "tool",
    "ollama": "native",
    "openai-compatible": "grammar",
}


_CLASSIC_MAX_TOKENS = OpenAIModelProfile(openai_chat_supports_max_completion_tokens=False)
"""OpenAI-compatible servers (llama.cpp, Ollama, vLLM) honour `max_tokens`; llama.cpp silently
ignores OpenAI's newer `max_completion_tokens` and would generate to the context limit."""

_COMPATIBLE = OpenAIModelProfile(
    openai_chat_supports_max_completion_tokens=False, supports_json_object_output=False
)
"""As `_CLASSIC_MAX_TOKENS`, and `prompted` sends no `response_format` at all: LM Studio refuses
`json_object`, and prompted JSON is what the engine falls back to when a server does."""


@dataclass(frozen=True)
class Backend:
    """A ready pydantic-ai model and how replies are requested from it."""

    model: Model
    output_mode: OutputMode


def output_mode_for(spec: ModelSpec, requested: str | None) -> OutputMode:
    """The output mode: the argument, then ROUNDTABLE_OUTPUT_MODE, then the provider's default."""
    mode = requested or os.environ.get("ROUNDTABLE_OUTPUT_MODE") or _DEFAULT_MODE[spec.provider]
    if mode not in OUTPUT_MODES:
        raise EngineError(
            f"unknown output mode {mode!r}: use one of {', '.join(OUTPUT_MODES)} "
            "(ROUNDTABLE_OUTPUT_MODE)"
        )
    return mode  # type: ignore[return-value]


def build_backend(spec: ModelSpec, conn: Connection, output_mode: str | None = None) -> Backend:
    """Construct the pydantic-ai model for `spec`; nothing is sent over the network here."""
    key = conn.api_key.get_secret_value() if conn.api_key else None
    model: Model
    if spec.provider == "anthropic":
        from pydantic_ai.models.anthropic import AnthropicModel
        from pydantic_ai.providers.anthropic import AnthropicProvider

        model = AnthropicModel(
            spec.model, provider=AnthropicProvider(api_key=key, base_url=conn.base_url)
        )
    elif spec.provider == "ollama":
        from pydantic_ai.models.openai import OpenAIChatModel
        from pydantic_ai.providers.ollama import OllamaProvider

        model = OpenAIChatModel(
            spec.model,
            provider=OllamaProvider(base_url=conn.base_url, api_key=key or "ollama"),
            profile=_CLASSIC_MAX_TOKENS,
        )
    else:
        from pydantic_ai.models.openai import OpenAIChatModel
        from pydantic_ai.providers.openai import OpenAIProvider

        compatible = spec.provider == "openai-compatible"
        # A local server needs no key, but the OpenAI client insists on a non-empty one.
        model = OpenAIChatModel(
            spec.model,
            provider=OpenAIProvider(
                base_url=conn.base_url, api_key=key or ("not-needed" if compatible else None)
            ),
            profile=_COMPATIBLE if compatible else None,
        )
    return Backend(model=model, output_mode=output_mode_for(spec, output_mode))


def output_spec(reply: type[BaseModel], mode: OutputMode) -> Any:
    """The pydantic-ai output type that asks for `reply` in `mode`."""
    if mode == "tool":
        return ToolOutput(reply, name="reply")
    if mode == "native":
        return NativeOutput(reply)
    return PromptedOutput(reply)


GRAMMAR_MAX_CHARS = 600
GRAMMAR_MAX_ITEMS = 8


def extra_body(reply: type[BaseModel], mode: OutputMode) -> dict[str, Any] | None:
    """Request-body fields for `grammar` mode: a JSON object constrained to the reply's schema.

    The grammar's schema also bounds every string and list, so a small model that would
    ramble inside a string until its token limit (leaving truncated JSON) has to close it.
    """
    if mode != "grammar":
        return None
    return {"response_format": {"type": "json_object", "schema": _grammar_schema(reply)}}


@cache
def _grammar_schema(reply: type[BaseModel]) -> dict[str, Any]:
    # Built once per reply type: pydantic builds a schema anew on every call (about 2 ms of CPU,
    # a fifth of what a call costs this process), and every call of a review sends one.
    return cast(dict[str, Any], _bounded(reply.model_json_schema()))


def _bounded(node: Any) -> Any:
    if isinstance(node, list):
        return [_bounded(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _bounded(value) for key, value in node.items()}
    if out.get("type") == "string" and "enum" not in out:
        out.setdefault("maxLength", GRAMMAR_MAX_CHARS)
    if out.get("type") == "array":
        out.setdefault("maxItems", GRAMMAR_MAX_ITEMS)
    return out
