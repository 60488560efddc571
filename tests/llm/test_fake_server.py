"""The scripted server is a fair stand-in for a model server in the benchmarks: it answers
concurrent requests at once and keeps connections alive, so a slow run is the client's."""

from __future__ import annotations

import asyncio
import time

import httpx
from llm_fake_server import Action, FakeOpenAI

DELAY = 0.3
BODY = {"model": "m", "messages": [{"role": "user", "content": "hello"}]}


def test_concurrent_requests_are_answered_at_once_on_kept_alive_connections() -> None:
    async def burst(client: httpx.AsyncClient, url: str) -> float:
        started = time.monotonic()
        replies = await asyncio.gather(*(client.post(url, json=BODY) for _ in range(24)))
        assert all(r.status_code == 200 for r in replies)
        return time.monotonic() - started

    async def main(url: str) -> tuple[float, float]:
        async with httpx.AsyncClient(limits=httpx.Limits(max_keepalive_connections=24)) as client:
            return await burst(client, url), await burst(client, url)

    with FakeOpenAI(lambda seen, index: Action(content="{}", delay_s=DELAY)) as server:
        first, second = asyncio.run(main(f"{server.base_url}/chat/completions"))
    assert server.peak == 24  # 24 at once (a queue of the standard library's 5 would not)
    assert first < 3 * DELAY and second < 3 * DELAY  # not one after another (7.2 s)
    assert server.connections == 24  # the second burst reused the first one's connections
