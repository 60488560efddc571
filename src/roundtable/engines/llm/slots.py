"""How many calls an engine keeps in flight: found from the server, or learnt from its timeouts.

The limit is the engine's, shared by every review it runs at once (the questions of an
interview, the answers of an evaluation): a server's slots do not multiply because its
requests come from several reviews.

A llama.cpp server with one slot, or Ollama with OLLAMA_NUM_PARALLEL=1, answers one request at
a time and queues the rest, so a round sent in parallel makes its last call wait for all the
others, and that call times out though the server is healthy. Two defences:

- detect: llama.cpp reports its slots at `/props` (`total_slots`); the engine never keeps more
  calls in flight than that;
- adapt: a request that times out while others were in flight was most likely queued behind
  them (Ollama says nothing about its slots), so from then on the engine asks one at a time.

A concurrency the user set (`--concurrency`, $ROUNDTABLE_LLM_CONCURRENCY) is obeyed as given:
no probe, no narrowing. Otherwise there is no limit of our own: every call a round needs, in
every review running, is sent at once. A rate limit (429) holds back every call not yet sent
until the wait the provider asked for is over, not only the retry of the call it refused.
"""

from __future__ import annotations

import asyncio
import random
import time
from types import TracebackType

import httpx

PROBE_TIMEOUT_S = 2.0

_JITTER = 0.25
"""Calls held back by a rate limit start within this share of the wait after it ends, rather
than all at the same instant."""


async def server_slots(base_url: str | None) -> int | None:
    """The number of slots a llama.cpp server reports at `/props`; None when it says nothing
    (another kind of server, an error, no answer within two seconds)."""
    if not base_url:
        return None
    root = base_url.rstrip("/").removesuffix("/v1")
    try:
        # Certificates are loaded only for https: building a verifying TLS context reads the
        # whole CA bundle (tens of ms of CPU) that a plain-http local server never needs.
        async with httpx.AsyncClient(timeout=PROBE_TIMEOUT_S,
                                     verify=root.startswith("https:")) as client:
            response = await client.get(f"{root}/props")
        slots = response.json().get("total_slots") if response.status_code == 200 else None
    except (httpx.HTTPError, ValueError, AttributeError):
        return None
    return slots if isinstance(slots, int) and slots >= 1 else None


class Slots:
    """At most `limit` calls in flight (None: no limit of our own); `adaptive` lets a timeout
    narrow the limit to one. Bound to the event loop it is first used on."""

    def __init__(self, limit: int | None, *, adaptive: bool = False,
                 narrowed: bool = False) -> None:
        self.limit = None if limit is None else max(1, limit)
        self.adaptive = adaptive
        self.narrowed = narrowed
        """A timeout (now or in an earlier review) narrowed the limit to one."""
        self.busy = 0
        self._resume_at = 0.0
        self._turn = asyncio.Condition()

    async def __aenter__(self) -> int:
        """Take a slot once one is free and no rate limit holds calls back; how many calls
        are in flight with this one, itself included."""
        while True:
            held = self._resume_at - time.monotonic()
            if held > 0:
                await asyncio.sleep(held + random.uniform(0, _JITTER * max(held, 1.0)))
                continue
            async with self._turn:
                await self._turn.wait_for(self._free)
                if self._resume_at > time.monotonic():
                    continue  # a rate limit came in while this call waited for a slot
                self.busy += 1
                return self.busy

    def _free(self) -> bool:
        return self.limit is None or self.busy < self.limit

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        async with self._turn:
            self.busy -= 1
            self._turn.notify_all()

    def hold(self, seconds: float) -> None:
        """The provider asked us to wait `seconds` (a rate limit): no call starts before then."""
        self._resume_at = max(self._resume_at, time.monotonic() + seconds)

    def timed_out(self, crowd: int) -> bool:
        """A call sent with `crowd` calls in flight (itself included) timed out: True when that
        narrowed the limit to one, because it was sent beside others and was probably queued
        behind them."""
        if not self.adaptive or self.limit == 1 or crowd < 2:
            return False
        self.limit = 1
        self.narrowed = True
        return True
