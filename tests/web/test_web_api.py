"""The JSON API: submit, read, list, delete, retry, stream; errors are 4xx with a message."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update
from web_helpers import ANSWER, BASE, QUESTION, paced, submit, wait_for

import roundtable
from roundtable.errors import EngineError
from roundtable.ingest import MAX_BYTES
from roundtable.models import Review
from roundtable.store import NewReview, Store
from roundtable.store.tables import ReviewRow
from roundtable.web import Settings, create_app
from roundtable.work.local import SWEEP_S

Maker = Callable[..., TestClient]


@pytest.fixture(scope="module")
def real_review() -> Review:
    """A review the real pipeline made of the sample answer."""
    return roundtable.review(ANSWER, competency="have-backbone", question=QUESTION)


def _events(text: str) -> list[tuple[str, dict[str, Any], str | None]]:
    found = []
    for block in text.strip().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line
                      and not line.startswith(":"))
        if "event" in fields:
            found.append((fields["event"], json.loads(fields["data"]), fields.get("id")))
    return found


def test_a_submitted_review_returns_the_same_json_as_the_cli(client: TestClient) -> None:
    response = client.post("/api/reviews", json={
        "answer": ANSWER, "question": QUESTION, "competency": "have-backbone",
        "role": "Product Manager", "recording_url": "https://video.example/interview"})
    assert response.status_code == 202
    created = response.json()
    assert created["status"] == "queued" and created["text"] == ANSWER
    assert response.headers["location"] == f"/api/reviews/{created['id']}"

    record = wait_for(client, created["id"])
    assert record["status"] == "done" and record["error"] is None
    expected = roundtable.review(ANSWER, question=QUESTION, competency="have-backbone",
                                 role="Product Manager").model_dump(mode="json")
    got = Review.model_validate(record["review"]).model_dump(mode="json")
    assert got["id"] == created["id"] and got["created_at"]
    assert {k: v for k, v in got.items() if k not in ("id", "created_at", "engine")} == {
        k: v for k, v in expected.items() if k not in ("id", "created_at", "engine")}
    assert record["recording_url"] == "https://video.example/interview"
    assert record["verdict"] == expected["verdict"]["vote"]


def test_the_answer_is_in_the_store_before_the_review_starts(make_client: Maker,
                                                              db_path: Path) -> None:
    seen: list[str] = []

    async def checking(answer: str, **options: Any) -> Review:
        store = Store(str(db_path))
        page = store.search(q="cohort data")
        store.close()
        seen.extend(item.status for item in page.items)
        result: Review = await roundtable.areview(answer, **options)
        return result

    client = make_client(checking)
    wait_for(client, submit(client))
    assert seen == ["running"]


def test_unknown_ids_are_404_with_a_message(client: TestClient) -> None:
    for method, path in [("GET", "/api/reviews/nope"), ("DELETE", "/api/reviews/nope"),
                         ("GET", "/api/reviews/nope/events"),
                         ("POST", "/api/reviews/nope/retry")]:
        response = client.request(method, path)
        assert response.status_code == 404, path
        assert response.json() == {"detail": "no review with id 'nope'"}


@pytest.mark.parametrize("body, status, needle", [
    (b"{not json", 422, "JSON"),
    (b'{"question": "no answer"}', 422, "answer"),
    (b'{"answer": "x", "surprise": 1}', 422, "surprise"),
    (b'{"answer": "x", "engine": "gpt"}', 422, "engine"),
    (b'{"answer": "x", "recording_url": "javascript:alert(1)"}', 422, "web address"),
    (b'{"answer": "   "}', 400, "empty"),
    (b'{"answer": "x", "competency": "backbon"}', 400, "unknown competency"),
    (b'{"answer": "x", "panel": "/etc/passwd"}', 400, "unknown panel"),
])
def test_bad_requests_get_a_4xx_that_says_why(client: TestClient, body: bytes, status: int,
                                               needle: str) -> None:
    response = client.post("/api/reviews", content=body,
                           headers={"content-type": "application/json"})
    assert response.status_code == status, response.text
    assert needle in json.dumps(response.json())
    assert client.get("/api/reviews").json()["total"] == 0


def test_size_limits_give_413_with_the_limit(make_client: Maker) -> None:
    client = make_client(max_body_bytes=1_000_000)
    response = client.post("/api/reviews", json={"answer": "word " * (MAX_BYTES // 5 + 1)})
    assert response.status_code == 413
    assert f"{MAX_BYTES:,} bytes" in response.json()["detail"]
    small = make_client(max_body_bytes=2_000)
    response = small.post("/api/reviews", json={"answer": "x" * 3_000})
    assert response.status_code == 413 and "2,000-byte limit" in response.json()["detail"]


def test_list_is_paged_newest_first_and_filtered(client: TestClient) -> None:
    ids = [submit(client, ANSWER + f" Marker{i}.") for i in range(3)]
    for review_id in ids:
        wait_for(client, review_id)
    page = client.get("/api/reviews", params={"limit": 2}).json()
    assert page["total"] == 3 and [i["id"] for i in page["items"]] == ids[::-1][:2]
    assert [i["id"] for i in client.get("/api/reviews?q=marker1").json()["items"]] == [ids[1]]
    vote = client.get(f"/api/reviews/{ids[0]}").json()["verdict"]
    assert client.get("/api/reviews", params={"verdict": vote}).json()["total"] == 3
    assert client.get("/api/reviews?competency=have-backbone").json()["total"] == 3
    assert client.get("/api/reviews?verdict=maybe").status_code == 422
    assert client.get("/api/reviews?limit=0").status_code == 422


def test_delete_removes_the_review_and_its_answer(client: TestClient) -> None:
    review_id = submit(client)
    wait_for(client, review_id)
    assert client.delete(f"/api/reviews/{review_id}").status_code == 204
    assert client.get(f"/api/reviews/{review_id}").status_code == 404
    assert client.get("/api/reviews", params={"q": "cohort"}).json()["total"] == 0


def test_a_failed_review_keeps_its_answer_and_error_and_can_be_retried(
        make_client: Maker) -> None:
    calls: list[int] = []

    async def flaky(answer: str, **options: Any) -> Review:
        calls.append(1)
        if len(calls) == 1:
            raise EngineError("no API key for openai: set OPENAI_API_KEY")
        result: Review = await roundtable.areview(answer, **options)
        return result

    client = make_client(flaky)
    review_id = submit(client)
    failed = wait_for(client, review_id)
    assert failed["status"] == "failed" and "OPENAI_API_KEY" in failed["error"]
    assert failed["text"] == ANSWER
    assert client.post(f"/api/reviews/{review_id}/retry").status_code == 202
    done = wait_for(client, review_id)
    assert done["status"] == "done" and done["error"] is None
    again = client.post(f"/api/reviews/{review_id}/retry")
    assert again.status_code == 409 and "only failed or interrupted" in again.json()["detail"]


def test_an_engine_crash_is_a_failed_review_not_a_server_error(make_client: Maker) -> None:
    async def broken(answer: str, **options: Any) -> Review:
        raise ZeroDivisionError("division by zero")

    client = make_client(broken)
    record = wait_for(client, submit(client))
    assert record["status"] == "failed" and "ZeroDivisionError" in record["error"]
    assert record["text"] == ANSWER


def test_starting_a_second_server_leaves_the_first_ones_running_review_alone(
        db_path: Path, real_review: Review) -> None:
    # The attack from the issue: a second `serve` on the same database marked the first one's
    # running review "interrupted", and retrying it ran it twice.
    first = Store(str(db_path))
    record = first.create(NewReview(text=ANSWER, competency="have-backbone"))
    attempt = first.claim(record.id, "first-server")
    assert attempt is not None
    with TestClient(create_app(Settings(db_url=str(db_path))), base_url=BASE) as client:
        time.sleep(SWEEP_S * 1.5)  # the second server's sweeper has looked
        left = client.get(f"/api/reviews/{record.id}").json()
        assert left["status"] == "running" and left["error"] is None
        refused = client.post(f"/api/reviews/{record.id}/retry")
        assert refused.status_code == 409
    turn = real_review.rounds[0].turns[0]
    first.add_turn(record.id, 0, "opening", turn, attempt)  # still the first one's review
    first.finish(record.id, real_review, attempt)
    assert first.get(record.id).status == "done"  # type: ignore[union-attr]
    first.close()


def test_a_review_whose_worker_died_finishes_elsewhere_once_its_lease_expires(
        db_path: Path) -> None:
    store = Store(str(db_path))
    record = store.create(NewReview(text=ANSWER, competency="have-backbone"))
    assert store.claim(record.id, "dead-worker") == 1
    with store.engine.begin() as connection:  # the dead worker's last heartbeat, a lease ago
        connection.execute(update(ReviewRow).where(ReviewRow.id == record.id).values(
            lease_until=datetime.now(UTC) - timedelta(seconds=1)))
    with TestClient(create_app(Settings(db_url=str(db_path))), base_url=BASE) as client:
        done = wait_for(client, record.id, timeout=30)
        assert done["status"] == "done" and done["text"] == ANSWER
        events = client.get(f"/api/reviews/{record.id}/events").text
        assert events.count("event: turn") == sum(len(r["turns"]) for r in
                                                 done["review"]["rounds"])
    store.close()


def test_events_replay_stored_turns_then_the_final_status(client: TestClient) -> None:
    review_id = submit(client, ANSWER.replace("He agreed.", "He agreed. <b>bold</b>"))
    review = Review.model_validate(wait_for(client, review_id)["review"])
    turns = [t for r in review.rounds for t in r.turns]
    events = _events(client.get(f"/api/reviews/{review_id}/events?html=1").text)
    assert [e[0] for e in events] == ["turn"] * len(turns) + ["status"]
    assert [e[1]["turn"]["text"] for e in events[:-1]] == [
        t.text for t in turns]
    assert events[-1][1]["status"] == "done"
    assert all("<b>" not in e[1]["html"] for e in events[:-1])
    resumed = _events(client.get(f"/api/reviews/{review_id}/events",
                                 headers={"Last-Event-ID": "4"}).text)
    assert [e[2] for e in resumed[:-1]] == [str(i) for i in range(5, len(turns))]


def test_events_stream_live_turns_while_the_review_runs(db_path: Path) -> None:
    app = create_app(Settings(db_url=str(db_path)), review_fn=paced(0.03))

    async def scenario() -> tuple[list[Any], dict[str, Any]]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE) as api:
            created = await api.post("/api/reviews", json={"answer": ANSWER,
                                                           "competency": "have-backbone"})
            review_id = created.json()["id"]
            await asyncio.sleep(0.1)  # some turns are stored, most are still to come
            stream = await api.get(f"/api/reviews/{review_id}/events")
            record = (await api.get(f"/api/reviews/{review_id}")).json()
            return _events(stream.text), record

    events, record = asyncio.run(scenario())
    assert record["status"] == "done"
    turns = [t for r in record["review"]["rounds"] for t in r["turns"]]
    assert [e[1]["turn"] for e in events[:-1]] == turns
    assert [e[1]["seq"] for e in events[:-1]] == list(range(len(turns)))
    assert events[-1][1] == {"status": "done", "error": None}


def test_catalog_and_health(client: TestClient) -> None:
    competencies = client.get("/api/competencies").json()
    assert "have-backbone" in {c["id"] for c in competencies}
    assert all(len(c["criteria"]) >= 4 and c["uploaded"] is False for c in competencies)
    panels = client.get("/api/panels").json()
    assert "product-trio" in {p["id"] for p in panels}
    health = client.get("/api/health").json()
    assert health == {"status": "ok", "database": "sqlite", "database_up": True,
                      "queue": "local-pool", "queued": 0, "running": 0, "workers": 1}


def test_openapi_describes_the_api_and_the_review_body_is_the_review_model(
        client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert {"/api/reviews", "/api/reviews/{review_id}", "/api/reviews/{review_id}/events",
            "/api/competencies", "/api/panels", "/api/health"} <= set(spec["paths"])
    assert not [p for p in spec["paths"] if not p.startswith("/api/")]
    schemas = spec["components"]["schemas"]
    review_ref = schemas["ReviewRecord"]["properties"]["review"]["anyOf"][0]["$ref"]
    assert review_ref.endswith("/Review")
    assert set(schemas["Review"]["properties"]) == set(Review.model_fields)


def test_every_setting_is_documented() -> None:
    undocumented = [name for name, field in Settings.model_fields.items()
                    if not field.description]
    assert undocumented == []
