"""Transcript uploads: a real speech-to-text export fits, a bigger body is refused early.

A 45-minute interview exported as JSON with word times is well over the 200 KB an answer may
be, so the two routes that take a whole interview have a limit of their own (10 MB by default,
`--max-transcript-mb`), and every other request keeps the small one.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import pytest
from exports import whisperx_export
from fastapi.testclient import TestClient
from starlette.types import Message
from web_helpers import BASE, post_form, xsrf_token

from roundtable.ingest import MAX_BYTES

Maker = Callable[..., TestClient]
CHUNK = 65_536


def _send_chunked(client: TestClient, path: str, total: int,
                  headers: list[tuple[bytes, bytes]]) -> tuple[int, int, bytes]:
    """POST `total` bytes to the app in chunks without a declared length; returns the status,
    how many bytes the app pulled from the client, and the answer's body."""
    pulled = 0
    sent = 0
    answer: list[Message] = []

    async def receive() -> Message:
        nonlocal pulled, sent
        size = min(CHUNK, total - sent)
        sent += size
        pulled += size
        return {"type": "http.request", "body": b"x" * size, "more_body": sent < total}

    async def send(message: Message) -> None:
        answer.append(message)

    scope: dict[str, Any] = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
        "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"",
        "root_path": "", "server": ("localhost", 80), "client": ("127.0.0.1", 5000),
        "headers": [(b"host", b"localhost"), *headers],
    }
    asyncio.run(client.app(scope, receive, send))  # type: ignore[arg-type]
    status = next(m["status"] for m in answer if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in answer if m["type"] == "http.response.body")
    return status, pulled, body


def test_attack_an_endless_interview_upload_is_refused_without_reading_it(
        make_client: Maker) -> None:
    """A client streams 60 MB at the interview API and the upload page: the server stops
    reading at the limit and answers 413 with the limit; nothing is stored."""
    client = make_client(max_transcript_bytes=MAX_BYTES)
    limit = 2 * MAX_BYTES + 800_000  # JSON escaping can double a transcript, plus other fields
    # The page's form as a browser sends it: its token is in the body, which the cross-site
    # guard reads, so that read is held to the limit too.
    page = [(b"origin", BASE.encode()),
            (b"cookie", f"roundtable_xsrf={xsrf_token(client)}".encode())]
    for path, kind, more in (("/api/interviews", b"application/json", []),
                             ("/interviews", b"multipart/form-data; boundary=x", page)):
        status, pulled, body = _send_chunked(client, path, 60_000_000,
                                             [(b"content-type", kind), *more])
        assert status == 413, body
        assert pulled <= limit + CHUNK, pulled
        assert f"{limit:,}-byte limit".encode() in body
    # Declaring the length is refused before a byte of the body is read.
    status, pulled, _ = _send_chunked(client, "/api/interviews", 0, [
        (b"content-type", b"application/json"), (b"content-length", b"60000000")])
    assert status == 413 and pulled == 0
    assert client.get("/api/interviews").json()["total"] == 0
    # Routes that take one answer keep the answer-sized limit.
    status, pulled, _ = _send_chunked(client, "/api/reviews", 3_000_000,
                                      [(b"content-type", b"application/json")])
    assert status == 413 and pulled <= 800_000 + CHUNK


def test_a_real_speech_to_text_export_is_accepted(client: TestClient) -> None:
    """The 45-minute, six-question interview as WhisperX writes it (word times, tokens)."""
    export = whisperx_export()
    assert len(export) > 1_500_000  # far past the old 200 KB upload and 800 KB body limits
    posted = post_form(client, "/interviews", {},
                       files={"transcript": ("interview.json", export, "application/json")})
    assert posted.status_code == 303, posted.text[:500]
    interview_id = posted.headers["location"].rsplit("/", 1)[-1]
    state = client.get(f"/api/interviews/{interview_id}").json()
    assert len(state["questions"]) == 6 and state["filename"] == "interview.json"
    sent = client.post("/api/interviews", content=json.dumps(
        {"transcript": export.decode(), "filename": "interview.json"}),
        headers={"content-type": "application/json"})
    assert sent.status_code == 202, sent.text[:500]
    assert len(sent.json()["questions"]) == 6


def test_a_transcript_over_the_configured_limit_says_so_and_keeps_the_form(
        make_client: Maker) -> None:
    client = make_client(max_transcript_bytes=1_000_000)
    posted = post_form(client, "/interviews", {"role": "Backend Engineer"},
                       files={"transcript": ("interview.json", whisperx_export(),
                                             "application/json")})
    assert posted.status_code == 413
    assert "interview.json is over the 1,000,000-byte limit for a transcript" in posted.text
    assert 'value="Backend Engineer"' in posted.text
    sent = client.post("/api/interviews", json={"transcript": "x" * 1_000_001})
    assert sent.status_code == 413
    assert "the limit is 1,000,000 bytes (trim it to the interview itself)" in sent.text


def test_the_transcript_limit_is_configurable_and_bounded() -> None:
    from typer.testing import CliRunner

    from roundtable.cli import app
    from roundtable.web.settings import Settings

    for wrong in ("0", "101"):
        result = CliRunner().invoke(app, ["serve", "--max-transcript-mb", wrong])
        assert result.exit_code == 2 and "--max-transcript-mb" in result.output
    assert Settings(max_transcript_bytes=50_000_000).transcript_body_bytes == 100_800_000
    with pytest.raises(ValueError, match="less than or equal to 100000000"):
        Settings(max_transcript_bytes=100_000_001)
