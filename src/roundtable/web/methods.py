"""A correct `Allow` header on 405 responses.

Starlette answers 405 from the first route whose path matches, so when GET and POST on one
path are separate routes, `Allow` lists only one of them. This middleware lists them all.
"""

from __future__ import annotations

from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class AllowHeader:
    """Rewrite `Allow` on 405 responses to every method the path supports."""

    def __init__(self, app: ASGIApp, routes: list[BaseRoute]) -> None:
        self.app = app
        self.routes = routes

    def _allowed(self, scope: Scope) -> str:
        methods: set[str] = set()
        for route in self.routes:
            match, _ = route.matches(scope)
            if match in (Match.FULL, Match.PARTIAL):
                methods |= set(getattr(route, "methods", None) or ())
        return ", ".join(sorted(methods))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_allow(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 405:
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"allow"]
                headers.append((b"allow", self._allowed(scope).encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_allow)
