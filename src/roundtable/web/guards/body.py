"""413 for any request body over the limit, whether it declares its length or is chunked."""

from __future__ import annotations

from collections.abc import Mapping

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from roundtable.web.guards.asgi import send_json


class _TooLarge(Exception):
    """A body went over the limit while it was being read."""


class BodyLimit:
    """Refuse request bodies over `limit` bytes with a 413 that says what the limit is;
    `routes` gives some (method, path) a larger limit of their own (a whole interview's
    transcript), so every other request keeps the small one.

    A declared Content-Length over the limit is refused before the body is read. A chunked
    body is counted as it arrives; past the limit, reading it fails, and whatever the app then
    answers (FastAPI turns the failure into a 400 "error parsing the body") is replaced by the
    413, so the client always learns the real reason.
    """

    def __init__(self, app: ASGIApp, limit: int,
                 routes: Mapping[tuple[str, str], int] | None = None) -> None:
        self.app = app
        self.limit = limit
        self.routes = dict(routes or {})

    @staticmethod
    def _message(limit: int) -> str:
        return (f"the request is larger than the {limit:,}-byte limit; "
                "send a shorter answer or a smaller file")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.routes.get((scope["method"], scope["path"]), self.limit)
        length = dict(scope["headers"]).get(b"content-length", b"")
        if length.isdigit() and int(length) > limit:
            await send_json(send, 413, self._message(limit))
            return
        seen = 0
        over = started = False

        async def limited_receive() -> Message:
            nonlocal seen, over
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    over = True
                    raise _TooLarge
            return message

        async def checked_send(message: Message) -> None:
            nonlocal started
            if over:
                return  # the app's answer to the failed read; the 413 goes out instead
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, checked_send)
        except Exception:
            if not over:
                raise  # only a failure caused by the oversized body becomes the 413
        if over and not started:
            await send_json(send, 413, self._message(limit))
