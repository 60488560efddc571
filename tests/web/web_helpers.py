"""Shared helpers for the web tests: real answers, a paced review function, polling."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import httpx
from fastapi.testclient import TestClient

from roundtable.models import Review, RoundKind, Turn
from roundtable.work.execute import ReviewFn

BASE = "http://localhost"
"""Where the test clients address the app: a loopback name the Host allow-list answers."""

QUESTION = "Tell me about a time you disagreed with your manager."
ANSWER = (
    "In my last role my manager wanted to cut our pilot from six weeks to two to hit a quarterly "
    "launch date. I disagreed, because our churn data showed customers dropped off in weeks "
    "three to five. I pulled the cohort data, wrote a one-page analysis and asked for thirty "
    "minutes with him and the engineering lead. I said I would support the date if we kept a "
    "four-week pilot for the two largest accounts. He agreed. We launched on time, caught a "
    "sync bug in week four that would have hit 40% of enterprise users, and churn in the pilot "
    "cohort dropped 12%. Afterwards I set up a weekly review with him so disagreements surfaced "
    "earlier."
)
HOSTILE = ANSWER.replace("He agreed.", "He agreed. <script>window.pwned=1</script><b>bold</b>")


def paced(delay: float) -> ReviewFn:
    """A review function that produces the real review, releasing its turns `delay` apart."""

    async def review(answer: str, *, on_turn: Callable[[RoundKind, Turn], None] | None = None,
                     **options: Any) -> Review:
        import roundtable

        turns: list[tuple[RoundKind, Turn]] = []
        result: Review = await roundtable.areview(
            answer, on_turn=lambda kind, turn: turns.append((kind, turn)), **options)
        for kind, turn in turns:
            await asyncio.sleep(delay)
            if on_turn is not None:
                on_turn(kind, turn)
        return result

    return review


def wait_for(client: TestClient, review_id: str, *, until: tuple[str, ...] = (
        "done", "failed", "interrupted"), timeout: float = 20.0) -> dict[str, Any]:
    """Poll the API until the review reaches one of `until`; return its record."""
    deadline = time.monotonic() + timeout
    while True:
        record: dict[str, Any] = client.get(f"/api/reviews/{review_id}").json()
        if record["status"] in until:
            return record
        if time.monotonic() > deadline:
            raise AssertionError(f"review stuck in {record['status']}")
        time.sleep(0.02)


def submit(client: TestClient, answer: str = ANSWER, **fields: Any) -> str:
    """POST a review and return its id."""
    body = {"answer": answer, "question": QUESTION, "competency": "have-backbone", **fields}
    response = client.post("/api/reviews", json=body)
    assert response.status_code == 202, response.text
    review_id: str = response.json()["id"]
    return review_id


def xsrf_token(client: TestClient) -> str:
    """The form token this client's pages carry (any page hands one out; /login is open)."""
    if "roundtable_xsrf" not in client.cookies:
        client.get("/login")
    token: str = client.cookies["roundtable_xsrf"]
    return token


def post_form(client: TestClient, path: str, data: dict[str, Any] | None = None,
              **kwargs: Any) -> httpx.Response:
    """POST a form as this server's own page does: from its origin, with the page's token."""
    fields = {**(data or {}), "_xsrf": xsrf_token(client)}
    return client.post(path, data=fields, headers={"Origin": BASE}, **kwargs)
