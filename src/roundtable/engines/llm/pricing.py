"""Rough list prices, in US dollars per million tokens, for the cost estimate in `EngineInfo`.

Only models whose prices are known are listed; anything else reports no cost rather than a
guess. A server on this machine costs nothing.
"""

from __future__ import annotations

from roundtable.engines.llm.spec import ModelSpec

# (input, output) per million tokens; matched on the longest model-name prefix.
PRICES: dict[str, tuple[float, float]] = {
    "openai:gpt-4o-mini": (0.15, 0.60),
    "openai:gpt-4o": (2.50, 10.00),
    "openai:gpt-4.1-nano": (0.10, 0.40),
    "openai:gpt-4.1-mini": (0.40, 1.60),
    "openai:gpt-4.1": (2.00, 8.00),
    "openai:gpt-5-nano": (0.05, 0.40),
    "openai:gpt-5-mini": (0.25, 2.00),
    "openai:gpt-5": (1.25, 10.00),
    "anthropic:claude-3-5-haiku": (0.80, 4.00),
    "anthropic:claude-haiku-4-5": (1.00, 5.00),
    "anthropic:claude-3-7-sonnet": (3.00, 15.00),
    "anthropic:claude-sonnet-4": (3.00, 15.00),
    "anthropic:claude-opus-4": (15.00, 75.00),
}


def estimate_cost(spec: ModelSpec, tokens_in: int, tokens_out: int, *, local: bool) -> float | None:
    """Dollars for these tokens, 0.0 on a local server, None when the price is unknown."""
    if local:
        return 0.0
    name = f"{spec.provider}:{spec.model}"
    matches = [prefix for prefix in PRICES if name.startswith(prefix)]
    if not matches:
        return None
    price_in, price_out = PRICES[max(matches, key=len)]
    return round((tokens_in * price_in + tokens_out * price_out) / 1_000_000, 6)
