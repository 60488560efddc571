"""A Host allow-list: the defence against DNS rebinding.

A page on any site can make its own name resolve to 127.0.0.1 and then read this server as if
it were same-origin; what gives it away is the Host header, which still carries the attacker's
name. Only the loopback names, and the names the operator adds, are answered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from starlette.types import ASGIApp, Receive, Scope, Send

from roundtable.web.guards.asgi import header, send_json

LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "[::1]")
_ENTRY = re.compile(r"(?:[a-z0-9._-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?")


def split_host(value: str) -> tuple[str, str | None]:
    """`NAME[:PORT]` (`[v6]:PORT` for IPv6) as lower-case name and port."""
    value = value.strip().lower()
    if value.startswith("["):
        name, _, rest = value.partition("]")
        name += "]"
        port = rest[1:] if rest.startswith(":") else None
        return name, port
    name, sep, port = value.rpartition(":")
    if not sep or ":" in name:
        return value, None  # no port, or a bare IPv6 address
    return name, port


def allow_entry(value: str) -> str:
    """An `--allowed-host` value as matched: lower case, a bare IPv6 address bracketed.

    Raises ValueError for anything but `NAME` or `NAME:PORT` (a URL, a wildcard, a path).
    """
    value = value.strip().lower()
    if value.count(":") > 1 and not value.startswith("["):
        value = f"[{value}]"
    if not _ENTRY.fullmatch(value):
        raise ValueError(f"allowed host {value!r}: give a host name or address, optionally "
                         "with :PORT (not a URL or a pattern)")
    return value


class HostAllowList:
    """Answer 400 to any request whose Host is not a loopback name or an allowed one.

    An entry without a port allows that name on any port; `NAME:PORT` allows that port only.
    """

    def __init__(self, app: ASGIApp, allowed: Iterable[str] = ()) -> None:
        self.app = app
        entries = [*LOOPBACK_HOSTS, *(allow_entry(a) for a in allowed)]
        self.any_port = {e for e in entries if split_host(e)[1] is None}
        self.exact = {e for e in entries if split_host(e)[1] is not None}

    def allows(self, host: str | None) -> bool:
        """True for a Host header this server answers."""
        if not host:
            return False
        name, port = split_host(host)
        if port is not None and not port.isdigit():
            return False
        return name in self.any_port or f"{name}:{port}" in self.exact

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.allows(header(scope, b"host")):
            await self.app(scope, receive, send)
            return
        await send_json(send, 400, "this server does not answer to that host name; its "
                        "operator can add it with `roundtable serve --allowed-host NAME`")
