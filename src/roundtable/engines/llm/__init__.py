"""The LLM engine: the panel's rounds spoken by a language model, grounded in the evidence.

Model spec (`--model`)::

    openai:MODEL                      OpenAI; key OPENAI_API_KEY (OPENAI_BASE_URL optional)
    anthropic:MODEL                   Anthropic; key ANTHROPIC_API_KEY
    ollama:MODEL[@URL]                Ollama; URL OLLAMA_BASE_URL, default http://127.0.0.1:11434/v1
    openai-compatible:MODEL[@URL]     any OpenAI-compatible server (llama.cpp, vLLM, LM Studio,
                                      OpenRouter); URL from @URL, ROUNDTABLE_BASE_URL or
                                      OPENAI_BASE_URL; optional key ROUNDTABLE_API_KEY

Keys and URLs are looked up in this order: the constructor's `api_key`/`base_url`, the config
file (`$ROUNDTABLE_CONFIG` or `~/.config/roundtable/config.toml`, a table per provider, written
with mode 0600 by `config.save_setting`), then the environment. Other environment variables:
ROUNDTABLE_OUTPUT_MODE (tool|native|prompted|grammar), ROUNDTABLE_LLM_CONCURRENCY
(calls in flight), ROUNDTABLE_LLM_TIMEOUT and ROUNDTABLE_LLM_ATTEMPTS (the CLI's --timeout and
--attempts), ROUNDTABLE_LLM_BUDGET (seconds for the whole review), ROUNDTABLE_OLLAMA_NUM_CTX
and ROUNDTABLE_CACHE_DIR / ROUNDTABLE_CACHE_MAX_MB (default `~/.cache/roundtable/llm`, 200 MB).
The README lists them all.

`pydantic_ai` is imported only when `LLMEngine` is first used, so the rest of the package does
not need the `llm` extra.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from roundtable.errors import EngineError

if TYPE_CHECKING:
    from roundtable.engines.llm.engine import LLMEngine
    from roundtable.engines.llm.settings import retry_policy


def __getattr__(name: str) -> Any:
    if name == "retry_policy":
        from roundtable.engines.llm.settings import retry_policy

        return retry_policy
    if name != "LLMEngine":
        raise AttributeError(name)
    try:
        from roundtable.engines.llm.engine import LLMEngine
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith(("pydantic_ai", "openai", "anthropic")):
            raise
        raise EngineError(
            "the llm engine needs the llm extra: pip install 'interview-roundtable[llm]' "
            "(or run with --engine rubric, which needs no model)"
        ) from exc
    return LLMEngine


__all__ = ["LLMEngine", "retry_policy"]
