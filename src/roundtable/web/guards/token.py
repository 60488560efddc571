"""The access token: a header for API clients, a login cookie for browsers.

The token never travels in a URL, where it would land in logs, history and Referer headers,
with one exception: a browser's EventSource cannot send headers, so the live stream
(`GET /api/reviews/{id}/events`) also takes `?token=`; `redact_token` keeps it out of the
access log.

The login cookie holds a value derived from the token, not the token itself, so a leaked
cookie cannot be replayed as `Authorization: Bearer`.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
from urllib.parse import unquote, urlencode

from starlette.types import ASGIApp, Receive, Scope, Send

from roundtable.web.guards.asgi import cookie, header, send_json, send_redirect, set_cookie

SESSION_COOKIE = "roundtable_session"
_OPEN_PATHS = ("/login",)
_OPEN_PREFIXES = ("/static/",)
_STREAM = re.compile(r"/api/reviews/[^/]+/events")
"""The one URL that takes the token in its query string."""


def session_value(token: str) -> str:
    """The login cookie's value for `token`."""
    return hmac.new(token.encode(), b"roundtable browser session", hashlib.sha256).hexdigest()


def session_cookie(token: str, *, secure: bool = False) -> tuple[bytes, bytes]:
    """The Set-Cookie header that keeps this browser signed in."""
    return set_cookie(SESSION_COOKIE, session_value(token), secure=secure)


def query_token(query: str) -> str | None:
    """The `token=` value of a raw query string, by its literal name."""
    for part in query.split("&"):
        key, _, value = part.partition("=")
        if key == "token":
            return unquote(value)
    return None


def redact_token(target: str) -> str:
    """`target` (a path with its query) with any `token=` value replaced, for logs."""
    path, sep, query = target.partition("?")
    if not sep:
        return target
    parts = [("token=[redacted]" if p.partition("=")[0] == "token" else p)
             for p in query.split("&")]
    return f"{path}?{'&'.join(parts)}"


class RedactTokens(logging.Filter):
    """Blank `token=` values in uvicorn's access log lines.

    uvicorn logs `(client, method, path with query, http version, status)` as the record's
    arguments; the path is the third.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record's path; never drop the line."""
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], redact_token(args[2]), *args[3:])
        return True

    @classmethod
    def install(cls) -> None:
        """Filter uvicorn's access logger (once, however often this is called)."""
        logger = logging.getLogger("uvicorn.access")
        if not any(isinstance(f, cls) for f in logger.filters):
            logger.addFilter(cls())


def _same(candidate: str | None, expected: str) -> bool:
    return candidate is not None and hmac.compare_digest(candidate.encode(), expected.encode())


class TokenGuard:
    """When a token is configured, every page and API call must present it.

    API clients send `Authorization: Bearer TOKEN`; a browser signs in once on /login and
    keeps the login cookie.
    """

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.token = token
        self.session = session_value(token)

    def authenticated(self, scope: Scope) -> bool:
        """True when the request carries the token where this path accepts it."""
        auth = header(scope, b"authorization") or ""
        if auth[:7].lower() == "bearer " and _same(auth[7:].strip(), self.token):
            return True
        if _same(cookie(scope, SESSION_COOKIE), self.session):
            return True
        if scope["method"] == "GET" and _STREAM.fullmatch(scope["path"]):
            query = scope.get("query_string", b"").decode("latin-1")
            return _same(query_token(query), self.token)
        return False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if (scope["type"] != "http" or path in _OPEN_PATHS or path.startswith(_OPEN_PREFIXES)
                or self.authenticated(scope)):
            await self.app(scope, receive, send)
            return
        if path.startswith("/api/"):
            detail = ("this server needs a token: send 'Authorization: Bearer TOKEN' "
                      "(the token `roundtable serve` was given in ROUNDTABLE_TOKEN or "
                      "--token-file)")
            await send_json(send, 401, detail, [(b"www-authenticate", b"Bearer")])
            return
        # Back to the page after signing in; a stray token= is not carried along.
        query = scope.get("query_string", b"").decode("latin-1")
        kept = "&".join(p for p in query.split("&") if p and p.partition("=")[0] != "token")
        target = path + (f"?{kept}" if kept else "")
        await send_redirect(send, "/login?" + urlencode({"next": target}))
