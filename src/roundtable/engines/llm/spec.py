"""The model spec a user types after `--model`, parsed into provider, model and server.

Grammar (see the package docstring for the full story)::

    SPEC     := PROVIDER ":" MODEL [ "@" BASE_URL ]
    PROVIDER := "openai" | "anthropic" | "ollama" | "openai-compatible"

`@BASE_URL` is accepted for `ollama` and `openai-compatible` only; it must start with `http://`
or `https://`. A bare `http(s)://...` URL with no provider is not accepted: the model name
is required because every OpenAI-compatible server routes on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, cast, get_args

from roundtable.errors import EngineError

Provider = Literal["openai", "anthropic", "ollama", "openai-compatible"]
PROVIDERS: tuple[str, ...] = get_args(Provider)

_URL_PROVIDERS = ("ollama", "openai-compatible")
_EXAMPLES = (
    "openai:gpt-4o-mini, anthropic:claude-3-5-haiku-latest, ollama:llama3.2, "
    "openai-compatible:MODEL@http://127.0.0.1:8080/v1"
)


@dataclass(frozen=True)
class ModelSpec:
    """A parsed `provider:model[@base_url]`."""

    provider: Provider
    model: str
    base_url: str | None = None

    def __str__(self) -> str:
        suffix = f"@{self.base_url}" if self.base_url else ""
        return f"{self.provider}:{self.model}{suffix}"


def parse_spec(text: str | None) -> ModelSpec:
    """Parse a model spec or raise a one-line `EngineError` with examples of valid specs."""
    raw = (text or "").strip()
    if not raw:
        raise EngineError(f"the llm engine needs --model PROVIDER:MODEL (for example {_EXAMPLES})")
    provider, sep, rest = raw.partition(":")
    provider = provider.strip().lower()
    if not sep or provider not in PROVIDERS:
        raise EngineError(
            f"unknown model spec {raw!r}: expected PROVIDER:MODEL with PROVIDER one of "
            f"{', '.join(PROVIDERS)} (for example {_EXAMPLES})"
        )
    model, base_url = _split_url(rest.strip())
    if not model:
        raise EngineError(f"model spec {raw!r} names no model after {provider + ':'!r}")
    if base_url is not None and provider not in _URL_PROVIDERS:
        raise EngineError(
            f"model spec {raw!r}: @BASE_URL is only for ollama and openai-compatible servers"
        )
    return ModelSpec(provider=cast(Provider, provider), model=model, base_url=base_url)


def _split_url(rest: str) -> tuple[str, str | None]:
    for scheme in ("@http://", "@https://"):
        at = rest.find(scheme)
        if at >= 0:
            return rest[:at].strip(), rest[at + 1 :].strip().rstrip("/")
    return rest, None
