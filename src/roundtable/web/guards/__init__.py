"""ASGI middleware that guards every request, in front of the app and its streams.

In the order a request meets them: security headers on every answer, the Host allow-list
(400), the body size limit (413), the cross-site check and form token (403), then the access
token (401). All are plain ASGI so they sit in front of server-sent events without buffering
them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fastapi import FastAPI

from roundtable.web.guards.body import BodyLimit
from roundtable.web.guards.crosssite import XSRF_FIELD, XSRF_HEADER, CrossSiteGuard
from roundtable.web.guards.headers import CSP, SecurityHeaders
from roundtable.web.guards.hosts import LOOPBACK_HOSTS, HostAllowList
from roundtable.web.guards.token import RedactTokens, TokenGuard, redact_token, session_cookie

if TYPE_CHECKING:  # settings validate host names with `hosts`, so they import this package
    from roundtable.web.settings import Settings


def install(app: FastAPI, settings: Settings) -> None:
    """Add the guards to `app`; the last one added is the first a request meets."""
    if settings.token is not None:
        app.add_middleware(TokenGuard, token=settings.token.get_secret_value())
    app.add_middleware(CrossSiteGuard)
    # Only the two routes that take a whole interview accept a transcript-sized body.
    interview = settings.transcript_body_bytes
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes,
                       routes={("POST", "/interviews"): interview,
                               ("POST", "/api/interviews"): interview})
    app.add_middleware(HostAllowList, allowed=settings.allowed_hosts)
    app.add_middleware(SecurityHeaders)


__all__ = ["CSP", "LOOPBACK_HOSTS", "XSRF_FIELD", "XSRF_HEADER", "RedactTokens", "install",
           "redact_token", "session_cookie"]
