"""Engines: the one place an engine is resolved from the user's choice.

"rubric" is the offline deterministic engine (the default); "llm" with a "provider:model"
string is the language-model engine, imported only when asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from roundtable.engines.base import Case, Deliberation, Engine, TurnSink
from roundtable.errors import EngineError

if TYPE_CHECKING:
    from roundtable.engines.llm.cache import ReplyCache

ENGINES = ("rubric", "llm")


def resolve(
    engine: str = "rubric",
    model: str | None = None,
    *,
    use_cache: bool = True,
    timeout_s: float | None = None,
    attempts: int | None = None,
    concurrency: int | None = None,
    on_progress: Callable[[str], None] | None = None,
    cache: ReplyCache | None = None,
) -> Engine:
    """The engine for `engine` ("rubric" or "llm"); a model implies "llm".

    `timeout_s` (per request), `attempts` (per call), `concurrency` (calls in flight),
    `on_progress` (a line per round and retry) and `cache` (where replies are kept, default
    the local file cache) tune the llm engine; the rubric engine needs none of them.
    """
    name = engine.strip().lower()
    if name == "rubric" and model:
        name = "llm"
    if name == "rubric":
        from roundtable.engines.rubric import RubricEngine

        return RubricEngine()
    if name == "llm":
        if not model:
            raise EngineError(
                "the llm engine needs --model PROVIDER:MODEL (for example openai:gpt-4o-mini, "
                "anthropic:claude-3-5-haiku-latest, ollama:llama3.2); "
                "or use --engine rubric offline"
            )
        from roundtable.engines.llm import LLMEngine, retry_policy

        return LLMEngine(model, use_cache=use_cache, cache=cache, on_progress=on_progress,
                         concurrency=concurrency,
                         policy=retry_policy(timeout_s=timeout_s, attempts=attempts))
    raise EngineError(f"unknown engine '{engine}'; choose one of: {', '.join(ENGINES)}")


__all__ = ["ENGINES", "Case", "Deliberation", "Engine", "TurnSink", "resolve"]
