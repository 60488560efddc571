"""The web app: submit an answer, watch the panel deliberate live, keep the history.

`create_app(settings)` builds the FastAPI application; `roundtable serve` runs it with uvicorn.
Both names load lazily, so the CLI can import `roundtable.web.command` without FastAPI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from roundtable.web.app import create_app
    from roundtable.web.settings import Settings

__all__ = ["Settings", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from roundtable.web.app import create_app

        return create_app
    if name == "Settings":
        from roundtable.web.settings import Settings

        return Settings
    raise AttributeError(f"module 'roundtable.web' has no attribute {name!r}")
