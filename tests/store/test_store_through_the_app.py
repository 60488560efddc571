"""The web app over each database: what a user does in the browser lands in that store."""

from __future__ import annotations

import time
from typing import Any

from fastapi.testclient import TestClient
from store_samples import ANSWER

from roundtable.web import Settings, create_app


def _wait(client: TestClient, review_id: str) -> dict[str, Any]:
    deadline = time.monotonic() + 20
    while True:
        record: dict[str, Any] = client.get(f"/api/reviews/{review_id}").json()
        if record["status"] not in ("queued", "running") or time.monotonic() > deadline:
            return record
        time.sleep(0.02)


def test_submit_read_search_and_delete_through_the_app(db_url: str) -> None:
    # A loopback name: the app answers no other Host.
    with TestClient(create_app(Settings(db_url=db_url)), base_url="http://localhost") as client:
        created = client.post("/api/reviews", json={
            "answer": ANSWER + " <script>x()</script> ünïcode ✓", "competency": "have-backbone"})
        assert created.status_code == 202
        review_id = created.json()["id"]
        record = _wait(client, review_id)
        assert record["status"] == "done" and record["review"]["id"] == review_id
        assert "ünïcode ✓" in record["review"]["answer"]
        events = client.get(f"/api/reviews/{review_id}/events").text
        turns = sum(len(r["turns"]) for r in record["review"]["rounds"])
        assert events.count("event: turn") == turns
        assert client.get("/api/reviews", params={"q": "ünïcode ✓"}).json()["total"] == 1
        assert client.get("/api/reviews", params={"q": "cohort"}).json()["total"] == 1
        page = client.get(f"/reviews/{review_id}").text
        assert "&lt;script&gt;x()&lt;/script&gt;" in page
        assert client.delete(f"/api/reviews/{review_id}").status_code == 204
        assert client.get("/api/reviews").json()["total"] == 0
        assert client.get("/api/health").json()["database"] == db_url.split(":")[0].split("+")[0]
