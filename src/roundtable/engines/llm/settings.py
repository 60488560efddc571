"""The LLM engine's tunable limits, from arguments first and the environment second.

    ROUNDTABLE_LLM_TIMEOUT     seconds one request may take (--timeout), default 90
    ROUNDTABLE_LLM_ATTEMPTS    tries per call, the first included (--attempts), default 4
    ROUNDTABLE_LLM_BUDGET      seconds the whole review may spend on the model, default 600
    ROUNDTABLE_LLM_CONCURRENCY calls in flight across the engine's reviews (--concurrency),
                               default every round at once within the server's slots,
                               adapted (see `slots.py`)
    ROUNDTABLE_OLLAMA_NUM_CTX  the context window asked of Ollama, default 8192
"""

from __future__ import annotations

import os

from roundtable.engines.llm.calls import RetryPolicy
from roundtable.errors import EngineError


def env_number(name: str, *, whole: bool = False) -> float | None:
    """A positive number from the environment, None when unset; a bad value is a clear error."""
    value = os.environ.get(name, "").strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        number = 0.0
    if number <= 0 or (whole and not number.is_integer()):
        kind = "a whole number of at least 1" if whole else "a positive number of seconds"
        raise EngineError(f"{name} must be {kind}, not {value!r}")
    return number


def retry_policy(*, timeout_s: float | None = None, attempts: int | None = None) -> RetryPolicy:
    """The policy for one review: arguments, then ROUNDTABLE_LLM_*, then the defaults."""
    default = RetryPolicy()
    timeout = timeout_s or env_number("ROUNDTABLE_LLM_TIMEOUT") or default.call_timeout_s
    tries = attempts or env_number("ROUNDTABLE_LLM_ATTEMPTS", whole=True) or default.max_attempts
    budget = env_number("ROUNDTABLE_LLM_BUDGET") or default.budget_s
    if timeout <= 0:
        raise EngineError(f"--timeout must be a positive number of seconds, not {timeout:g}")
    if tries < 1:
        raise EngineError(f"--attempts must be at least 1, not {tries:g}")
    return RetryPolicy(call_timeout_s=timeout, max_attempts=int(tries), budget_s=budget)


OLLAMA_NUM_CTX = 8192
"""Ollama's own default window (2048 or 4096 tokens, by version) silently drops the start of a
closing or synthesis prompt (about 3-4k tokens, plus up to 1.3k of reply): the persona and the
rules about the answer being data. 8192 fits both. It is one value for every call, because
Ollama reloads the model whenever num_ctx changes."""


def ollama_num_ctx() -> int:
    """The context size sent to Ollama with every request: $ROUNDTABLE_OLLAMA_NUM_CTX or 8192."""
    return int(env_number("ROUNDTABLE_OLLAMA_NUM_CTX", whole=True) or OLLAMA_NUM_CTX)
