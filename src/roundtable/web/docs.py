"""The interactive API docs at /api/docs: Swagger UI served from this server, not a CDN.

Swagger UI's files come from the `swagger-ui-bundle-v2` package; the page loads them and a
small start-up file from /static, so it runs under the same strict Content-Security-Policy as
every other page (no inline script, nothing fetched from another host).
"""

from __future__ import annotations

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS = "/static/swagger"

router = APIRouter(include_in_schema=False)


@router.get("/api/docs", response_class=HTMLResponse)
async def api_docs(request: Request) -> HTMLResponse:
    """Swagger UI over /api/openapi.json."""
    templates = request.app.state.services.templates
    response: HTMLResponse = templates.TemplateResponse(request, "docs.html", {"assets": ASSETS})
    return response


def mount_assets(app: FastAPI) -> None:
    """Serve Swagger UI's files (mount before /static, which would otherwise match first)."""
    from swagger_ui_bundle import swagger_ui_path

    app.mount(ASSETS, StaticFiles(directory=str(swagger_ui_path)), name="swagger")
