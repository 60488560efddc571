"""A strict Content-Security-Policy and related headers on every response."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
       "form-action 'self'; object-src 'none'")
"""Defence in depth: even if some text escaped unescaped, no inline script could run. The API
docs live under the same policy: Swagger UI is served from this server, started by a file."""


class SecurityHeaders:
    """Add the policy, no MIME sniffing, no framing and a same-origin Referer to responses."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = message.get("headers", [])
                # A page that embeds a recording sends its own policy (this one plus the
                # recording's origin for media); two policies would both apply and block it.
                own = any(k.lower() == b"content-security-policy" for k, _ in headers)
                message = {**message, "headers": [
                    *headers,
                    *([] if own else [(b"content-security-policy", CSP.encode())]),
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"same-origin"),
                ]}
            await send(message)

        await self.app(scope, receive, send_with_headers)
