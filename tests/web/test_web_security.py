"""The web app under attack: each test replays the request that found a hole (issue #10).

A request naming a URL as its model, a form posted from another site, a no-cors DELETE with the
login cookie, a DNS-rebinding Host, a token in a URL, the CDN-loaded API docs, a chunked
oversized body: each is refused, and refused before it changes anything.
"""

from __future__ import annotations

import re
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from web_helpers import ANSWER, BASE, QUESTION, post_form, submit, wait_for, xsrf_token

from roundtable.store import NewReview, Store
from roundtable.web import Settings, api, create_app, docs, pages

sys.path.insert(0, str(Path(__file__).parents[1] / "llm"))  # the LLM tests' loopback fake
from llm_fake_server import FakeOpenAI  # noqa: E402

Maker = Callable[..., TestClient]
EVIL = "http://evil.example"
FORM = {"answer": ANSWER, "question": QUESTION, "competency": "have-backbone",
        "engine": "rubric"}


class Listener:
    """A loopback port that counts every connection made to it: where a stolen key would go."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.05)
        self.port: int = self.sock.getsockname()[1]
        self.connections = 0
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            self.connections += 1
            conn.close()

    def __enter__(self) -> Listener:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.thread.join(timeout=2)
        self.sock.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _url_model(port: int) -> str:
    return f"openai-compatible:x@http://127.0.0.1:{port}/v1"


def test_a_request_naming_a_url_model_is_refused_before_any_connection(
        make_client: Maker, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROUNDTABLE_API_KEY", "the-operators-key")
    with Listener() as trap:
        url_model = _url_model(trap.port)
        # A review stored before this fix (or by another configuration) naming the trap.
        store = Store(str(db_path))
        legacy = store.create(NewReview(text=ANSWER, engine="llm", model=url_model))
        store.fail(legacy.id, "an old failure")
        store.close()
        client = make_client(models={"local": _url_model(_free_port())})

        api = [client.post("/api/reviews", json={"answer": ANSWER, "engine": engine,
                                                 "model": model})
               for engine in ("llm", "rubric")
               for model in (url_model, "openai:gpt-4o", "ollama:llama3.2@http://127.0.0.1:1")]
        assert [r.status_code for r in api] == [400] * 6, [r.text for r in api]
        assert "local" in api[0].json()["detail"]
        form = post_form(client, "/reviews", data={**FORM, "engine": "llm", "model": url_model})
        assert form.status_code == 400 and "cohort data" in form.text  # keeps what was typed
        rerun = post_form(client, f"/reviews/{legacy.id}/rerun",
                          data={"engine": "llm", "model": url_model})
        assert rerun.status_code == 400
        # Retrying the stored review runs only what the operator offers now: it fails, unsent.
        assert client.post(f"/api/reviews/{legacy.id}/retry").status_code == 202
        retried = wait_for(client, legacy.id)
        assert retried["status"] == "failed" and "not offered" in retried["error"]
        time.sleep(0.2)
        assert trap.connections == 0
        assert client.get("/api/reviews").json()["total"] == 1

        # No oracle: the refusal reads the same whether something listens at the URL or not.
        listening, closed = (client.post("/api/reviews", json={
            "answer": ANSWER, "engine": "llm", "model": _url_model(port)}).json()
            for port in (trap.port, _free_port()))
        assert listening == closed and "127.0.0.1" not in listening["detail"]
        assert trap.connections == 0


def test_an_offered_model_runs_end_to_end_by_its_name(
        make_client: Maker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROUNDTABLE_CONFIG", str(tmp_path / "config.toml"))  # no stray keys
    monkeypatch.setenv("ROUNDTABLE_API_KEY", "the-operators-key")
    monkeypatch.setenv("ROUNDTABLE_CACHE_DIR", str(tmp_path / "cache"))  # every call is sent
    with FakeOpenAI() as fake:
        client = make_client(models={"tiny": f"openai-compatible:tiny@{fake.base_url}"})
        assert client.get("/api/models").json() == [
            {"name": "tiny", "provider": "openai-compatible", "model": "tiny"}]
        assert '<option value="tiny"' in client.get("/").text
        record = wait_for(client, submit(client, engine="llm", model="tiny"), timeout=60)
        assert record["status"] == "done", record["error"]
        assert record["model"] == "tiny" and record["review"]["engine"]["name"] == "llm"
        assert record["review"]["engine"]["fallback_turns"] == 0
        assert fake.seen and {s.headers["authorization"] for s in fake.seen} == {
            "Bearer the-operators-key"}
        # A rubric review from the same form ignores the model field it also carries.
        form = post_form(client, "/reviews", data={**FORM, "model": "tiny"})
        rubric = wait_for(client, form.headers["location"].rsplit("/", 1)[1])
        assert rubric["engine"] == "rubric" and rubric["model"] is None


CROSS_SITE = [
    {"Origin": EVIL, "Sec-Fetch-Site": "cross-site"},
    {"Origin": EVIL},  # a browser that does not send Sec-Fetch-*
    {"Sec-Fetch-Site": "cross-site"},
    {"Origin": "null"},  # a sandboxed frame or a no-referrer page
    {"Referer": f"{EVIL}/trap.html"},
    {"Origin": "http://localhost:9999", "Sec-Fetch-Site": "same-site"},  # another port
    {"Origin": "http://localhost:9999"},
    {"Origin": "https://localhost"},  # same host, another scheme
]


@pytest.mark.parametrize("headers", CROSS_SITE)
def test_a_form_posted_from_another_site_is_refused_and_creates_nothing(
        client: TestClient, headers: dict[str, str]) -> None:
    token = xsrf_token(client)  # the attacker holding a valid token changes nothing
    response = client.post("/reviews", data={**FORM, "_xsrf": token}, headers=headers)
    assert response.status_code == 403 and "refused" in response.json()["detail"]
    assert client.get("/api/reviews").json()["total"] == 0


def test_a_form_without_its_token_or_origin_is_refused(client: TestClient) -> None:
    token = xsrf_token(client)
    attempts = [
        client.post("/reviews", data=FORM, headers={"Origin": BASE}),
        client.post("/reviews", data={**FORM, "_xsrf": "x" * 43}, headers={"Origin": BASE}),
        client.post("/reviews", data={**FORM, "_xsrf": token}),  # no Origin, no Referer
        client.post("/reviews", files={"_xsrf": ("t.txt", token.encode())},
                    data=FORM, headers={"Origin": BASE}),  # a file is not the field
    ]
    assert [r.status_code for r in attempts] == [403] * 4
    assert client.get("/api/reviews").json()["total"] == 0
    own_page = client.post("/reviews", data={**FORM, "_xsrf": token},
                           headers={"Referer": f"{BASE}/"})
    assert own_page.status_code == 303


def _signed_in(make_client: Maker) -> tuple[TestClient, str, str]:
    """A browser signed in to a token-protected server, with a review and an uploaded panel."""
    client = make_client(token="s3cret")
    assert post_form(client, "/login", data={"token": "s3cret"}).status_code == 303
    panel = Path(__file__).parents[2] / "src/roundtable/catalog/panels/product-trio.yaml"
    mine = panel.read_text(encoding="utf-8").replace("id: product-trio", "id: my-panel", 1)
    assert post_form(client, "/panels", files={"file": ("mine.yaml", mine)}).status_code == 200
    review_id = submit_with_bearer(client)
    wait_for(client, review_id)
    return client, review_id, xsrf_token(client)


@pytest.mark.parametrize("headers", CROSS_SITE)
def test_a_no_cors_delete_with_the_login_cookie_is_refused_and_deletes_nothing(
        make_client: Maker, headers: dict[str, str]) -> None:
    client, review_id, token = _signed_in(make_client)
    with_token = {**headers, "X-XSRF-Token": token}
    attempts = [
        client.delete(f"/api/reviews/{review_id}", headers=with_token),
        client.post(f"/api/reviews/{review_id}/retry", headers=with_token),
        client.post("/api/reviews", json={"answer": ANSWER}, headers=with_token),
        client.post("/panels/my-panel/delete", data={"_xsrf": token}, headers=headers),
        client.post(f"/reviews/{review_id}/delete", data={"_xsrf": token}, headers=headers),
    ]
    assert [r.status_code for r in attempts] == [403] * 5
    assert client.get(f"/api/reviews/{review_id}").status_code == 200
    assert client.get("/api/reviews").json()["total"] == 1
    assert "my-panel" in {p["id"] for p in client.get("/api/panels").json()}


def test_every_state_changing_route_refuses_another_site(make_client: Maker) -> None:
    client, review_id, token = _signed_in(make_client)
    routes = [(method, re.sub(r"\{[^}]+\}", "x", route.path))
              for router in (api.router, docs.router, pages.router)
              for route in router.routes if isinstance(route, APIRoute)
              for method in sorted(route.methods)
              if method not in ("GET", "HEAD", "OPTIONS")]
    assert len(routes) >= 10
    headers = {"Origin": EVIL, "Sec-Fetch-Site": "cross-site", "X-XSRF-Token": token}
    for method, path in routes:
        response = client.request(method, path, headers=headers, data={"_xsrf": token})
        assert response.status_code == 403, (method, path)
    assert client.get("/api/reviews").json()["total"] == 1


def test_the_login_cookie_alone_changes_nothing(make_client: Maker) -> None:
    client, review_id, token = _signed_in(make_client)
    # The cookie goes along with any request the browser sends; it is never enough.
    assert client.delete(f"/api/reviews/{review_id}").status_code == 403
    assert client.delete(f"/api/reviews/{review_id}", headers={"Origin": BASE}).status_code == 403
    assert client.get(f"/api/reviews/{review_id}").status_code == 200
    # This server's own pages (same origin, the page's token) and API clients (a header) can.
    assert client.delete(f"/api/reviews/{review_id}", headers={
        "Origin": BASE, "X-XSRF-Token": token}).status_code == 204
    second = submit_with_bearer(client)
    client.cookies.clear()
    assert client.delete(f"/api/reviews/{second}", headers={
        "Authorization": "Bearer s3cret"}).status_code == 204
    assert post_form(client, "/panels/my-panel/delete").status_code == 303  # redirected: sign in


def test_cookies_are_http_only_and_same_site_strict(make_client: Maker) -> None:
    client = make_client(token="s3cret")
    page = client.get("/login")
    login = post_form(client, "/login", data={"token": "s3cret"})
    for response in (page, login):
        cookie = response.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie


@pytest.mark.parametrize("host", ["attacker.example", "attacker.example:8000",
                                  "localhost.attacker.example", "127.0.0.1.nip.io:8000",
                                  "localhost:x", ""])
def test_a_dns_rebinding_host_is_answered_400_without_data(client: TestClient,
                                                           host: str) -> None:
    review_id = submit(client)
    for path in ("/api/reviews", f"/api/reviews/{review_id}", "/", "/api/docs"):
        response = client.get(path, headers={"Host": host})
        assert response.status_code == 400, path
        assert "cohort" not in response.text and review_id not in response.text


@pytest.mark.parametrize("host", ["localhost", "localhost:8000", "127.0.0.1:80", "[::1]:8000",
                                  "LOCALHOST:8000"])
def test_loopback_names_are_answered_on_any_port(client: TestClient, host: str) -> None:
    assert client.get("/api/health", headers={"Host": host}).status_code == 200


def test_allowed_hosts_add_names_with_or_without_a_port(make_client: Maker) -> None:
    client = make_client(allowed_hosts=("reviews.internal", "box:8443", "2001:db8::1"))
    answered = {host: client.get("/api/health", headers={"Host": host}).status_code
                for host in ("reviews.internal", "reviews.internal:9000", "box:8443", "box:80",
                             "box", "reviews.internal.evil", "[2001:db8::1]:8000")}
    assert answered == {"reviews.internal": 200, "reviews.internal:9000": 200, "box:8443": 200,
                        "box:80": 400, "box": 400, "reviews.internal.evil": 400,
                        "[2001:db8::1]:8000": 200}


def test_a_token_in_a_url_is_refused_except_on_the_live_stream(make_client: Maker) -> None:
    client = make_client(token="s3cret")
    review_id = submit_with_bearer(client)
    for path in ("/api/reviews", f"/api/reviews/{review_id}", "/api/health",
                 "/api/openapi.json", "/api/docs", "/api/models"):
        assert client.get(f"{path}?token=s3cret").status_code == 401, path
    assert client.delete(f"/api/reviews/{review_id}?token=s3cret").status_code == 401
    assert client.get(f"/reviews/{review_id}?token=s3cret").status_code == 303  # to /login
    assert client.get(f"/api/reviews/{review_id}/events?token=wrong").status_code == 401
    stream = client.get(f"/api/reviews/{review_id}/events?token=s3cret")
    assert stream.status_code == 200 and "event: status" in stream.text


def submit_with_bearer(client: TestClient) -> str:
    """A review submitted by an API client with the token in its header."""
    response = client.post("/api/reviews", json={"answer": ANSWER},
                           headers={"Authorization": "Bearer s3cret"})
    assert response.status_code == 202, response.text
    review_id: str = response.json()["id"]
    return review_id


def test_the_api_docs_load_nothing_from_another_host_under_the_csp(client: TestClient) -> None:
    page = client.get("/api/docs")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "unsafe-eval" not in csp
    assert "default-src 'self'" in csp and "connect-src 'self'" in csp
    assert "http:" not in page.text and "https:" not in page.text and "//" not in page.text
    assert not re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", page.text), "no inline script"
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert len(assets) >= 4
    for asset in assets:
        assert asset.startswith("/") and client.get(asset).status_code == 200, asset
    assert client.get("/api/openapi.json").json()["openapi"].startswith("3.1")
    # The package's demo page, which would fetch a schema from the internet, is not served.
    assert client.get("/static/swagger/index.html").status_code == 404


@contextmanager
def _live(settings: Settings) -> Iterator[str]:
    """The app under uvicorn on a loopback port, as the attacker met it."""
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _chunks(total: int, size: int = 16_384) -> Iterator[bytes]:
    for start in range(0, total, size):
        yield b"x" * min(size, total - start)


def test_a_chunked_body_over_the_limit_gets_413(db_path: Path) -> None:
    with _live(Settings(db_url=str(db_path))) as base, httpx.Client(base_url=base) as http:
        sent = http.post("/api/reviews", content=_chunks(900_000),
                         headers={"content-type": "application/json"})
        assert sent.request.headers.get("transfer-encoding") == "chunked"
        assert sent.status_code == 413, sent.text
        assert "800,000-byte limit" in sent.json()["detail"]
        token = http.get("/").cookies["roundtable_xsrf"]
        form = http.post("/reviews", content=_chunks(900_000), headers={
            "content-type": "application/x-www-form-urlencoded", "origin": base,
            "x-xsrf-token": token})
        assert form.status_code == 413
        assert http.get("/api/reviews").json()["total"] == 0
        small = http.post("/api/reviews", content=iter([b'{"answer": ', b'"' + b"ok " * 50,
                                                        b'"}']),
                          headers={"content-type": "application/json"})
        assert small.status_code == 202  # a chunked body under the limit is read as usual


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for path in ("/", "/api/reviews", "/api/docs", "/static/app.js", "/nope"):
        headers = client.get(path).headers
        assert "frame-ancestors 'none'" in headers["content-security-policy"], path
        assert headers["x-frame-options"] == "DENY" and headers["x-content-type-options"] == (
            "nosniff")


def test_settings_refuse_an_empty_token_and_a_bad_model_spec() -> None:
    with pytest.raises(ValueError, match="token is empty"):
        Settings(token=" ")
    with pytest.raises(ValueError, match="unknown model spec"):
        Settings(models={"x": "gpt-4o"})

