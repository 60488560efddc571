"""ASGI middleware that guards every request: the body size limit and the access token.

Both are plain ASGI so they sit in front of streaming responses (server-sent events) without
buffering them.
"""

from __future__ import annotations

import json
import secrets
from http.cookies import SimpleCookie
from urllib.parse import parse_qs, quote, urlencode

from starlette.types import ASGIApp, Message, Receive, Scope, Send

COOKIE = "roundtable_token"
_OPEN_PATHS = ("/login", "/static/")


async def _json(send: Send, status: int, detail: str, headers: list[tuple[bytes, bytes]]) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        *headers]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """Refuse request bodies over `limit` bytes with a 413 that says what the limit is."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    def _message(self) -> str:
        return (f"the request is larger than the {self.limit:,}-byte limit; "
                "send a shorter answer or a smaller file")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        length = headers.get(b"content-length", b"")
        if length.isdigit() and int(length) > self.limit:
            await _json(send, 413, self._message(), [])
            return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await _json(send, 413, self._message(), [])


class _TooLarge(Exception):
    """A chunked body went over the limit."""


def _offered_tokens(scope: Scope) -> tuple[list[str], str | None]:
    """Tokens from the Authorization header and the cookie, and the ?token= value."""
    headers = dict(scope["headers"])
    offered: list[str] = []
    auth = headers.get(b"authorization", b"").decode("latin-1")
    if auth[:7].lower() == "bearer ":
        offered.append(auth[7:].strip())
    cookie = SimpleCookie()
    try:
        cookie.load(headers.get(b"cookie", b"").decode("latin-1"))
    except Exception:  # a malformed cookie header is the same as no cookie
        cookie = SimpleCookie()
    if COOKIE in cookie:
        offered.append(cookie[COOKIE].value)
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    return offered, (query.get("token") or [None])[0]


def cookie_header(token: str) -> tuple[bytes, bytes]:
    """The Set-Cookie header that remembers a valid token in this browser."""
    return (b"set-cookie", f"{COOKIE}={quote(token)}; Path=/; HttpOnly; SameSite=Strict".encode())


class TokenGuard:
    """When a token is configured, every page and API call must present it.

    API clients send `Authorization: Bearer TOKEN`; a browser logs in once (form or ?token=)
    and keeps it in an HttpOnly cookie.
    """

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.token = token

    def _valid(self, candidate: str | None) -> bool:
        return candidate is not None and secrets.compare_digest(
            candidate.encode(), self.token.encode()
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if scope["type"] != "http" or path == "/login" or path.startswith("/static/"):
            await self.app(scope, receive, send)
            return
        offered, from_query = _offered_tokens(scope)
        if any(self._valid(t) for t in offered):
            await self.app(scope, receive, send)
            return
        if self._valid(from_query):
            await self._remember(scope, receive, send, from_query or "")
            return
        if path.startswith("/api/"):
            detail = ("this server needs a token: send 'Authorization: Bearer TOKEN' "
                      "(the token given to `roundtable serve --token`)")
            await _json(send, 401, detail, [(b"www-authenticate", b"Bearer")])
            return
        target = path + (f"?{scope['query_string'].decode('latin-1')}"
                         if scope.get("query_string") else "")
        await _redirect(send, "/login?" + urlencode({"next": target}), [])

    async def _remember(self, scope: Scope, receive: Receive, send: Send, token: str) -> None:
        if scope["path"].startswith("/api/") or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        # A page opened with ?token=: keep it in a cookie and drop it from the address bar.
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        query.pop("token", None)
        rest = urlencode(query, doseq=True)
        await _redirect(send, scope["path"] + (f"?{rest}" if rest else ""), [cookie_header(token)])


async def _redirect(send: Send, location: str, headers: list[tuple[bytes, bytes]]) -> None:
    await send({"type": "http.response.start", "status": 303, "headers": [
        (b"location", location.encode("latin-1", "replace")), (b"content-length", b"0"),
        *headers]})
    await send({"type": "http.response.body", "body": b""})


CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
       "form-action 'self'")
"""Defence in depth: even if some text escaped unescaped, no inline script could run."""


class SecurityHeaders:
    """Add a strict Content-Security-Policy and related headers to every response.

    The interactive API docs load Swagger UI from a CDN with an inline script, so they are the
    one page without the policy.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        strict = scope.get("path") != "/api/docs"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [*message.get("headers", []),
                           (b"x-content-type-options", b"nosniff"),
                           (b"referrer-policy", b"same-origin")]
                if strict:
                    headers += [(b"content-security-policy", CSP.encode()),
                                (b"x-frame-options", b"DENY")]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
