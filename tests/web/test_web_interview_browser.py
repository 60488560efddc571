"""The interview page in a real browser (Debian's Chromium via Playwright): the recording plays
from its own origin under the page's policy, and only the browser ever fetches it."""

from __future__ import annotations

import io
import threading
import wave
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from test_web_browser import ARGS, CHROMIUM, _require_browser, _serve

from roundtable.web import Settings

DATA = Path(__file__).parents[1] / "data" / "interviews"


def _silence() -> bytes:
    """Two seconds of silent 8 kHz mono WAV: a recording any browser plays."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x00" * 16000)
    return buffer.getvalue()


@pytest.fixture
def media() -> Iterator[tuple[str, list[str]]]:
    """A second origin serving the recording; it records who asked for it."""
    clip = _silence()
    agents: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return

        def do_GET(self) -> None:
            agents.append(self.headers.get("user-agent", ""))
            self.send_response(200)
            self.send_header("content-type", "audio/wav")
            self.send_header("content-length", str(len(clip)))
            self.end_headers()
            self.wfile.write(clip)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/interview.wav", agents
    server.shutdown()
    server.server_close()


@pytest.fixture
def app_server(tmp_path: Path) -> Iterator[str]:
    yield from _serve(Settings(db_url=str(tmp_path / "interview.db")))


def test_the_recording_plays_from_its_origin_and_only_the_browser_fetches_it(
        app_server: str, media: tuple[str, list[str]]) -> None:
    sync_playwright = _require_browser()
    recording, agents = media
    created = httpx.post(f"{app_server}/api/interviews", timeout=30, json={
        "transcript": (DATA / "dev" / "zoom.vtt").read_text(), "recording_url": recording})
    assert created.status_code == 202, created.text
    interview_id = created.json()["id"]
    for _ in range(200):
        state = httpx.get(f"{app_server}/api/interviews/{interview_id}").json()
        if state["status"] != "running":
            break
        threading.Event().wait(0.1)
    assert state["status"] == "done"
    assert agents == []  # storing and reviewing never touched the recording
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        violations: list[str] = []
        page.on("console", lambda m: violations.append(m.text)
                if "Content Security Policy" in m.text else None)
        page.goto(f"{app_server}/interviews/{interview_id}")
        page.wait_for_function("document.querySelector('audio').readyState >= 1",
                               timeout=15_000)
        assert page.evaluate("document.querySelector('audio').duration") == pytest.approx(2.0)
        links = page.locator("a.at").evaluate_all("els => els.map(e => e.href)")
        assert links and all(link.startswith(recording + "#t=") for link in links)
        assert page.get_by_role("heading", name="Debrief").is_visible()
        browser.close()
    assert violations == []
    assert agents and all("Chrome" in agent for agent in agents)
