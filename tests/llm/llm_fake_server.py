"""A scripted OpenAI-compatible chat server on loopback, for fault tests and the benchmark.

It is a real HTTP server (stdlib, one thread per connection) on 127.0.0.1 and a random port,
which serves concurrent requests and keeps connections alive (HTTP/1.1), as model servers do: a
benchmark against it measures the client, not a server that answers one request at a time or
makes every call open a new connection. A script decides what each request gets: a reply, an
error status with headers, a hang, a delay or a body that is not JSON. By default every request
gets a valid scripted panelist reply.

With `slots`, it answers like a llama.cpp server with that many slots: requests beyond them wait
in the server's queue (the scripted delay is the time one request holds a slot), and `/props`
reports `total_slots` unless `props=False` (Ollama, which does not say).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from llm_scripted import reply_for


@dataclass
class Action:
    """What the server does with one request."""

    content: str | None = None
    """Assistant message content for a 200 reply; None means "the scripted good reply"."""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    raw_body: str | None = None
    """Send this body verbatim instead of a chat completion."""
    delay_s: float = 0.0
    """Wait this long before answering (a hang, when longer than the client's timeout)."""


@dataclass
class Seen:
    """One request as the server received it."""

    body: dict[str, Any]
    headers: dict[str, str]
    at: float

    @property
    def prompt(self) -> str:
        """The first user message: the prompt the engine built for this turn."""
        return next(m["content"] for m in self.body["messages"] if m["role"] == "user")


Script = Callable[[Seen, int], Action]


def good(_: Seen, __: int) -> Action:
    """Every request gets a valid reply."""
    return Action()


class FakeOpenAI:
    """The server; use as a context manager, read `.base_url` and `.seen`."""

    def __init__(self, script: Script = good, *, slots: int | None = None,
                 props: bool = True) -> None:
        self.script = script
        self.slots = slots
        self.props = props
        self.queue = threading.Semaphore(slots) if slots else None
        self.in_flight = 0
        self.peak = 0
        """The most requests the server held at once, queued or in a slot."""
        self.connections = 0
        """TCP connections accepted: fewer than requests when clients keep them alive."""
        self.gets: list[str] = []
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.server = _Server(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        """The OpenAI-style base URL of this server."""
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return

            def setup(self) -> None:
                super().setup()
                with fake.lock:
                    fake.connections += 1

            def do_GET(self) -> None:
                fake.gets.append(self.path)
                if self.path != "/props" or not (fake.slots and fake.props):
                    self.send_error(404)
                    return
                data = json.dumps({"total_slots": fake.slots}).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:
                with fake.lock:
                    fake.in_flight += 1
                    fake.peak = max(fake.peak, fake.in_flight)
                try:
                    if fake.queue is None:
                        self._answer()
                        return
                    with fake.queue:
                        self._answer()
                finally:
                    with fake.lock:
                        fake.in_flight -= 1

            def _answer(self) -> None:
                length = int(self.headers.get("content-length", 0))
                body = json.loads(self.rfile.read(length))
                seen = Seen(body, {k.lower(): v for k, v in self.headers.items()}, time.monotonic())
                with fake.lock:
                    fake.seen.append(seen)
                    index = len(fake.seen) - 1
                action = fake.script(seen, index)
                if action.delay_s and fake.stopping.wait(action.delay_s):
                    self.close_connection = True  # unanswered: the connection cannot be reused
                    return
                if action.raw_body is not None or action.status != 200:
                    payload = action.raw_body or json.dumps(
                        {"error": {"message": f"scripted {action.status}", "type": "scripted"}}
                    )
                else:
                    content = action.content
                    if content is None:
                        content = json.dumps(reply_for(seen.prompt))
                    payload = json.dumps(completion(body.get("model", "m"), content, seen))
                data = payload.encode()
                try:
                    self.send_response(action.status)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(data)))
                    for key, value in action.headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    # The client gave up (its timeout); nothing left to answer.
                    self.close_connection = True
                    return

        return Handler


class _Server(ThreadingHTTPServer):
    request_queue_size = 128
    """The listen backlog: the standard library's 5 would drop the connections of a burst of
    calls (an interview's questions each send a round at once), which then wait a second for
    the kernel to retry them, as no model server makes its clients do."""


def completion(model: str, content: str, seen: Seen) -> dict[str, Any]:
    """A chat.completion object with rough token counts."""
    prompt_tokens = sum(len(str(m.get("content", "")).split()) for m in seen.body["messages"])
    completion_tokens = len(content.split())
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }
