"""Interviews on the web: upload any transcript format, one review per question through the
same submission path as a single review, the debrief page with the recording, and the API."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from web_helpers import BASE, post_form

from roundtable.errors import EngineError
from roundtable.models import Review

DATA = Path(__file__).parents[1] / "data" / "interviews"
SIX = ["conflict", "customer-obsession", "failure", "dive-deep", "prioritization", "influence"]
RECORDING = "https://media.example.com/loop/interview.mp4"


def _wait(client: TestClient, interview_id: str, timeout: float = 60.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        state: dict[str, Any] = client.get(f"/api/interviews/{interview_id}").json()
        if state["status"] != "running":
            return state
        assert time.monotonic() < deadline, state
        time.sleep(0.2)


def test_api_creates_one_review_per_question_and_the_debrief(client: TestClient) -> None:
    text = (DATA / "six-questions.vtt").read_text()
    created = client.post("/api/interviews", json={"transcript": text, "role": "Backend "
                                                   "Engineer", "recording_url": RECORDING})
    assert created.status_code == 202, created.text
    body = created.json()
    assert created.headers["location"] == f"/api/interviews/{body['id']}"
    assert [q["index"] for q in body["questions"]] == [1, 2, 3, 4, 5, 6]
    ids = [q["review_id"] for q in body["questions"]]
    assert all(ids) and len(set(ids)) == 6
    state = _wait(client, body["id"])
    assert state["status"] == "done"
    interview = state["interview"]
    assert [s["competency"]["id"] for s in interview["segments"]] == SIX
    assert interview["recording"] == RECORDING
    assert {"summary", "panelists", "competencies", "strongest", "weakest"} <= set(
        interview["debrief"])
    # Each question is an ordinary review: same record, same JSON, quotes with times.
    for review_id, segment in zip(ids, interview["segments"], strict=True):
        record = client.get(f"/api/reviews/{review_id}").json()
        assert record["status"] == "done"
        assert record["text"].startswith("WEBVTT")
        assert record["review"] == segment["review"]
        quotes = [q for r in record["review"]["rounds"] for t in r["turns"]
                  for q in t["evidence"]]
        assert quotes and all(segment["start"] <= q["time"]["start"] <= segment["end"]
                              for q in quotes)
    listed = client.get("/api/interviews").json()
    assert listed["total"] == 1 and listed["items"][0]["questions"] == 6


def test_upload_page_and_interview_page_with_the_recording(client: TestClient) -> None:
    page = client.get("/interviews")
    assert page.status_code == 200 and 'action="/interviews"' in page.text
    data = (DATA / "six-questions.otter.txt").read_bytes()
    posted = post_form(client, "/interviews", {"recording_url": RECORDING},
                       files={"transcript": ("loop.txt", data, "text/plain")})
    assert posted.status_code == 303, posted.text
    location = posted.headers["location"]
    interview_id = location.rsplit("/", 1)[-1]
    running = client.get(location)
    assert running.status_code == 200
    _wait(client, interview_id)
    done = client.get(location)
    assert done.status_code == 200
    policies = done.headers.get_list("content-security-policy")
    assert len(policies) == 1
    assert policies[0].endswith("; media-src https://media.example.com")
    assert "default-src 'self'" in policies[0] and "script-src 'self'" in policies[0]
    assert f'<video controls preload="metadata" src="{RECORDING}">' in done.text
    assert "Debrief" in done.text and 'id="question-6"' in done.text
    assert f'href="{RECORDING}#t=' in done.text
    # Other pages keep the strict policy without media from anywhere else.
    assert "media-src" not in client.get("/interviews").headers["content-security-policy"]
    listing = client.get("/interviews").text
    assert "loop.txt" in listing and f"/interviews/{interview_id}" in listing


@pytest.mark.parametrize(("transcript", "says"), [
    ("WEBVTT\n\n00:00:01.000 --> 00:00:0x.000\nAnn: Tell me about a time you failed.\n",
     "line 3: broken WebVTT timestamp"),
    ("Interviewer: How was your weekend?\nCandidate: Great, we went hiking in the hills and "
     "it was lovely, thanks.\n", "no behavioral question"),
    ("Interviewer: Tell me about a time you failed.\nCandidate:\n", "no candidate turns"),
])
def test_bad_transcripts_are_refused_before_anything_is_stored(client: TestClient,
                                                               transcript: str,
                                                               says: str) -> None:
    response = client.post("/api/interviews", json={"transcript": transcript})
    assert response.status_code == 400
    assert says in response.json()["detail"]
    assert client.get("/api/interviews").json()["total"] == 0
    assert client.get("/api/reviews").json()["total"] == 0


@pytest.mark.parametrize("url", [
    "javascript:alert(1)",
    "https://evil.example.com;script-src:*/a.mp4",
    'https://evil.example.com/a.mp4"onerror="alert(1)',
    "https://*.example.com/a.mp4",
])
def test_attack_a_recording_link_cannot_widen_the_policy_or_run_script(client: TestClient,
                                                                        url: str) -> None:
    text = (DATA / "dev" / "zoom.vtt").read_text()
    response = client.post("/api/interviews", json={"transcript": text, "recording_url": url})
    assert response.status_code in {400, 422}
    assert client.get("/api/interviews").json()["total"] == 0


def test_form_keeps_what_was_typed_on_error(client: TestClient) -> None:
    response = post_form(client, "/interviews", {"text": "Interviewer: Hi!\nCandidate: Hello "
                                                 "there, nice to meet you all today.",
                                                 "candidate": "Nobody"})
    assert response.status_code == 400
    assert "is not a speaker" in response.text
    assert "nice to meet you all today" in response.text


def test_too_short_question_is_listed_not_reviewed(client: TestClient) -> None:
    text = (DATA / "dev" / "two-line.txt").read_text()
    body = client.post("/api/interviews", json={"transcript": text}).json()
    assert [q["review_id"] is None for q in body["questions"]] == [False, True]
    state = _wait(client, body["id"])
    second = state["interview"]["segments"][1]
    assert second["review"] is None and second["flags"][0]["kind"] == "too_short"


def test_cross_site_form_posts_are_refused(client: TestClient) -> None:
    response = client.post("/interviews", data={"text": "x"},
                           headers={"Origin": "https://evil.example"})
    assert response.status_code == 403
    assert BASE.startswith("http://")


def test_a_failed_question_is_flagged_and_the_rest_debriefed(
        make_client: Callable[..., TestClient]) -> None:
    async def flaky(answer: str, **options: Any) -> Review:
        import roundtable

        if "junior engineer" in answer:
            raise EngineError("the model server went away")
        result: Review = await roundtable.areview(answer, **options)
        return result

    client = make_client(review_fn=flaky)
    body = client.post("/api/interviews",
                       json={"transcript": (DATA / "dev" / "zoom.vtt").read_text()}).json()
    state = _wait(client, body["id"])
    assert state["status"] == "done"
    first, second = state["interview"]["segments"]
    assert first["review"] is not None and second["review"] is None
    assert second["flags"][0]["kind"] == "review_failed"
    assert "the model server went away" in second["flags"][0]["detail"]
    summary = state["interview"]["debrief"]["summary"]
    assert "1 review did not finish" in summary and "too short" not in summary


@pytest.mark.parametrize("query", ["offset=9223372036854775808", "offset=-1", "limit=0",
                                   "limit=100000"])
def test_attack_a_list_page_past_the_stores_integers_is_refused(client: TestClient,
                                                                 query: str) -> None:
    # The API fuzz test found it: an offset past SQLite's 64-bit integers was a server error.
    response = client.get(f"/api/interviews?{query}")
    assert response.status_code == 422, response.text
    assert client.get("/api/interviews?limit=5&offset=0").status_code == 200
