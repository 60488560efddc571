"""How many calls a review keeps in flight: found from the server, or learnt from its timeouts.

A llama.cpp server with one slot, or Ollama with OLLAMA_NUM_PARALLEL=1, answers one request at
a time and queues the rest, so a round sent in parallel makes its last call wait for all the
others, and that call times out though the server is healthy. Two defences:

- detect: llama.cpp reports its slots at `/props` (`total_slots`); a review never keeps more
  calls in flight than that;
- adapt: a request that times out while others were in flight was most likely queued behind
  them (Ollama says nothing about its slots), so from then on the review asks one at a time.

A concurrency the user set (`--concurrency`, $ROUNDTABLE_LLM_CONCURRENCY) is obeyed as given:
no probe, no narrowing.
"""

from __future__ import annotations

import asyncio
from types import TracebackType

import httpx

PROBE_TIMEOUT_S = 2.0


async def server_slots(base_url: str | None) -> int | None:
    """The number of slots a llama.cpp server reports at `/props`; None when it says nothing
    (another kind of server, an error, no answer within two seconds)."""
    if not base_url:
        return None
    root = base_url.rstrip("/").removesuffix("/v1")
    try:
        async with httpx.AsyncClient(timeout=PROBE_TIMEOUT_S) as client:
            response = await client.get(f"{root}/props")
        slots = response.json().get("total_slots") if response.status_code == 200 else None
    except (httpx.HTTPError, ValueError, AttributeError):
        return None
    return slots if isinstance(slots, int) and slots >= 1 else None


class Slots:
    """At most `limit` calls in flight; `adaptive` lets a timeout narrow the limit to one."""

    def __init__(self, limit: int, *, adaptive: bool = False) -> None:
        self.limit = max(1, limit)
        self.adaptive = adaptive
        self.busy = 0
        self._turn = asyncio.Condition()

    async def __aenter__(self) -> int:
        """Take a slot; how many calls are in flight with this one, itself included."""
        async with self._turn:
            await self._turn.wait_for(lambda: self.busy < self.limit)
            self.busy += 1
            return self.busy

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        async with self._turn:
            self.busy -= 1
            self._turn.notify_all()

    def timed_out(self, crowd: int) -> bool:
        """A call sent with `crowd` calls in flight (itself included) timed out: True when that
        narrowed the limit to one, because it was sent beside others and was probably queued
        behind them."""
        if not self.adaptive or self.limit == 1 or crowd < 2:
            return False
        self.limit = 1
        return True
