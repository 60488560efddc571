"""Cross-site request forgery: no page on another site may change anything here.

Every state-changing request (anything but GET, HEAD and OPTIONS) is checked before the app
sees it, and refused with 403 so that it changes nothing:

1. Where it came from. `Sec-Fetch-Site: cross-site` or `same-site` (a page on another port
   of this host is same-site, and the login cookie goes along with it), an `Origin` that is
   not this server's own, or, when there is no `Origin`, a `Referer` from elsewhere.
2. From a browser, a token as well as a same-origin `Origin` or `Referer`. HTML forms always
   come from a browser; an API call does when it carries browser headers or the login cookie
   and no `Authorization` header (a custom header no other site can make a browser send).
   The token is jupyter's `_xsrf` double submit: a random value in an HttpOnly, SameSite=Strict
   cookie, echoed by each form in a hidden `_xsrf` field (or by scripts in `X-XSRF-Token`).
   Scripts and `curl` that send none of the browser headers need no token.
"""

from __future__ import annotations

import hmac
import re
import secrets
from urllib.parse import urlsplit

from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from roundtable.web.guards.asgi import cookie, header, send_json, set_cookie
from roundtable.web.guards.token import SESSION_COOKIE

XSRF_COOKIE = "roundtable_xsrf"
XSRF_FIELD = "_xsrf"
XSRF_HEADER = b"x-xsrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_WELL_FORMED = re.compile(r"[A-Za-z0-9_-]{43}")
_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin_of(url: str | None) -> str | None:
    """`scheme://host:port` of a URL or an Origin header, or None for "null" and junk."""
    try:
        parts = urlsplit((url or "").strip().lower())
        port = parts.port or _DEFAULT_PORTS.get(parts.scheme)
    except ValueError:
        return None
    if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    return f"{parts.scheme}://{parts.hostname}:{port}"


def _own_origin(scope: Scope) -> str | None:
    # The Host header has passed the allow-list by now, so it names this server.
    return origin_of(f"{scope.get('scheme', 'http')}://{header(scope, b'host') or ''}")


def _from_elsewhere(scope: Scope) -> str | None:
    """Why the request came from another site, or None when nothing says it did."""
    if header(scope, b"sec-fetch-site") in ("cross-site", "same-site"):
        return "another site"
    own = _own_origin(scope)
    origin = header(scope, b"origin")
    if origin is not None:
        return None if origin_of(origin) == own else "another origin"
    referer = header(scope, b"referer")
    if referer is not None and origin_of(referer) != own:
        return "another page's link"
    return None


def _from_browser(scope: Scope) -> bool:
    if not scope["path"].startswith("/api/"):
        return True  # the HTML routes take forms, and only browsers send those
    if header(scope, b"authorization") is not None:
        return False
    browser_headers = (b"origin", b"referer", b"sec-fetch-site")
    return (any(header(scope, h) is not None for h in browser_headers)
            or cookie(scope, SESSION_COOKIE) is not None)


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive that hands the app the body already read, then waits as the server would."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _form_token(scope: Scope, body: bytes) -> str | None:
    async def once() -> Message:
        return {"type": "http.request", "body": body, "more_body": False}

    try:
        async with Request(scope, once).form(max_part_size=len(body) + 1) as form:
            value = form.get(XSRF_FIELD)
    except (MultiPartException, HTTPException):
        return None  # a malformed form carries no token; the 403 says so
    return None if value is None or isinstance(value, UploadFile) else value


async def _offered_token(scope: Scope, receive: Receive) -> tuple[str | None, Receive]:
    """The token the request echoes, and the receive the app must read the body from."""
    offered = header(scope, XSRF_HEADER)
    if offered is not None:
        return offered, receive
    if not (header(scope, b"content-type") or "").lower().startswith(_FORMS):
        return None, receive
    # The form is read here (the body limit still applies) and handed on unchanged.
    body = await _read_body(receive)
    return await _form_token(scope, body), _replay(body, receive)


class CrossSiteGuard:
    """Refuse state-changing requests from other sites; hand every page its form token."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        kept = cookie(scope, XSRF_COOKIE)
        token = kept if kept and _WELL_FORMED.fullmatch(kept) else secrets.token_urlsafe(32)
        scope.setdefault("state", {})["xsrf_token"] = token  # for the forms' hidden field
        if scope["method"] not in SAFE_METHODS:
            expected = token if token == kept else None  # a new token was never handed out
            refusal, receive = await self._refusal(scope, receive, expected)
            if refusal is not None:
                await send_json(send, 403, refusal)
                return
        if token == kept:
            await self.app(scope, receive, send)
            return
        secure = scope.get("scheme") == "https"

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start" and _is_html(message):
                headers = [*message.get("headers", []),
                           set_cookie(XSRF_COOKIE, token, secure=secure)]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_cookie)

    async def _refusal(self, scope: Scope, receive: Receive,
                       expected: str | None) -> tuple[str | None, Receive]:
        elsewhere = _from_elsewhere(scope)
        if elsewhere is not None:
            return (f"refused: this request was sent by {elsewhere}, not by this server's own "
                    "pages"), receive
        if not _from_browser(scope):
            return None, receive
        if header(scope, b"origin") is None and header(scope, b"referer") is None:
            return ("refused: the browser did not say which page sent this request (no Origin "
                    "or Referer); submit it from this server's own page"), receive
        offered, receive = await _offered_token(scope, receive)
        if expected is None or offered is None or not hmac.compare_digest(
                offered.encode(), expected.encode()):
            return ("refused: the form's security token is missing or stale; reload the page "
                    "and submit it again"), receive
        return None, receive


def _is_html(message: Message) -> bool:
    return any(k.lower() == b"content-type" and v.startswith(b"text/html")
               for k, v in message.get("headers", []))
