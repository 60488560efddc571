"""The interactive API docs at /api/docs: Swagger UI served from this server, not a CDN.

Swagger UI's files come from the `swagger-ui-bundle-v2` package; the page loads them and a
small start-up file from /static, so it runs under the same strict Content-Security-Policy as
every other page (no inline script, nothing fetched from another host).
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse

ASSETS = "/static/swagger"
_FILES = {"swagger-ui-bundle.js": "text/javascript", "swagger-ui.css": "text/css",
          "favicon-32x32.png": "image/png"}
"""Only what the page uses: the package also ships a demo page that loads a remote schema."""

router = APIRouter(include_in_schema=False)


@router.get("/api/docs", response_class=HTMLResponse)
async def api_docs(request: Request) -> HTMLResponse:
    """Swagger UI over /api/openapi.json."""
    templates = request.app.state.services.templates
    response: HTMLResponse = templates.TemplateResponse(request, "docs.html", {"assets": ASSETS})
    return response


@router.get(ASSETS + "/{name}")
async def swagger_asset(name: str) -> FileResponse:
    """One of Swagger UI's files, from the installed package."""
    from swagger_ui_bundle import swagger_ui_path

    if name not in _FILES:
        raise HTTPException(404, "Not Found")
    return FileResponse(swagger_ui_path / name, media_type=_FILES[name])
