"""Small helpers the guards share: reading headers and cookies, and answering without the app."""

from __future__ import annotations

import json
from http.cookies import CookieError, SimpleCookie

from starlette.types import Scope, Send

Headers = list[tuple[bytes, bytes]]


def header(scope: Scope, name: bytes) -> str | None:
    """The first value of header `name` (lower case), or None."""
    for key, value in scope.get("headers", ()):
        if key == name:
            return str(value.decode("latin-1"))
    return None


def cookie(scope: Scope, name: str) -> str | None:
    """The value of cookie `name`, or None; a malformed Cookie header counts as no cookie."""
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(header(scope, b"cookie") or "")
    except CookieError:
        return None
    return jar[name].value if name in jar else None


def set_cookie(name: str, value: str, *, secure: bool = False) -> tuple[bytes, bytes]:
    """A Set-Cookie header no script can read and no other site's request carries.

    `secure` (for a server reached over https) also keeps it off plain-http requests.
    """
    flags = "; Secure" if secure else ""
    return (b"set-cookie", f"{name}={value}; Path=/; HttpOnly; SameSite=Strict{flags}".encode())


async def send_json(send: Send, status: int, detail: str, headers: Headers | None = None) -> None:
    """Answer `{"detail": ...}` with `status`."""
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        *(headers or [])]})
    await send({"type": "http.response.body", "body": body})


async def send_redirect(send: Send, location: str) -> None:
    """Answer 303 See Other to `location`."""
    await send({"type": "http.response.start", "status": 303, "headers": [
        (b"location", location.encode("latin-1", "replace")), (b"content-length", b"0")]})
    await send({"type": "http.response.body", "body": b""})
