"""The application factory: one store, one queue, the API, the pages and the guards."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from sqlalchemy.exc import SQLAlchemyError
from starlette.exceptions import HTTPException
from starlette.templating import Jinja2Templates

from roundtable.errors import RoundtableError
from roundtable.render.labels import clock, moment_url
from roundtable.store import Store
from roundtable.web import api, docs, guards, interviews, pages
from roundtable.web.methods import AllowHeader
from roundtable.web.offered import OfferedModels
from roundtable.web.services import (
    DB_DOWN,
    RETRY_AFTER_S,
    Dispatcher,
    NotRetryable,
    Services,
    TooLarge,
)
from roundtable.web.settings import Settings
from roundtable.work.execute import ReviewFn
from roundtable.work.local import EmbeddedWorkers, LocalWorker

if TYPE_CHECKING:
    from roundtable.work.queue import QueueDispatcher


log = logging.getLogger("roundtable.web")


def _templates() -> Jinja2Templates:
    folder = str(resources.files("roundtable.web").joinpath("templates"))
    # Autoescaping is on for every template; nothing from a user is ever marked safe.
    env = Environment(loader=FileSystemLoader(folder), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    # A quote from a timed transcript shows when it was said, and plays the recording from there.
    env.globals.update(clock=clock, moment_url=moment_url)
    return Jinja2Templates(env=env)


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _status_for(exc: RoundtableError) -> int:
    if isinstance(exc, TooLarge):
        return 413
    if isinstance(exc, NotRetryable):
        return 409
    return 400


def _error_page(request: Request, status: int, message: str) -> Response:
    services: Services = request.app.state.services
    return services.templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status)


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(RoundtableError)
    async def _user_error(request: Request, exc: RoundtableError) -> Response:
        status = _status_for(exc)
        if _is_api(request):
            return JSONResponse({"detail": str(exc)}, status_code=status)
        return _error_page(request, status, str(exc))

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                                headers=exc.headers)
        return _error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(SQLAlchemyError)
    async def _database_down(request: Request, exc: SQLAlchemyError) -> Response:
        log.warning("%s %s: database error: %s", request.method, request.url.path,
                    type(exc).__name__)
        headers = {"Retry-After": str(RETRY_AFTER_S)}
        if _is_api(request):
            return JSONResponse({"detail": DB_DOWN}, status_code=503, headers=headers)
        response = _error_page(request, 503, DB_DOWN)
        response.headers.update(headers)
        return response

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> Response:
        # Logged with its traceback by the server; the client gets the same shape as any error.
        message = "the server hit an unexpected error; it is logged. Try again"
        if _is_api(request):
            return JSONResponse({"detail": message}, status_code=500)
        return _error_page(request, 500, message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        errors: list[dict[str, Any]] = list(exc.errors())
        if _is_api(request):
            safe = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")),
                     "type": str(e.get("type", ""))} for e in errors]
            return JSONResponse({"detail": safe}, status_code=422)
        first = errors[0] if errors else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _error_page(request, 422, f"{where}: {first.get('msg', 'invalid request')}")


class _LocalDispatcher:
    """The local pool behind the `Dispatcher` interface."""

    def __init__(self, pool: LocalWorker) -> None:
        self.pool = pool

    async def send(self, review_id: str) -> None:
        self.pool.send(review_id)


def create_app(settings: Settings | None = None, *, review_fn: ReviewFn | None = None) -> FastAPI:
    """Build the web app over the store at `settings.db_url`.

    Opening the store runs its migrations; it touches no review (reviews another process runs
    keep their leases). Reviews run in `settings.workers` local worker processes: a process
    pool on SQLite, procrastinate workers on PostgreSQL (0: only `roundtable worker`s run them).
    `review_fn` replaces `roundtable.areview` in a thread pool, for tests (SQLite only).
    """
    settings = settings or Settings()
    store = Store(settings.db_url)
    local: LocalWorker | None = None
    queue: QueueDispatcher | None = None
    dispatcher: Dispatcher
    if store.engine.dialect.name == "postgresql":
        from roundtable.work.queue import QueueDispatcher

        queue = QueueDispatcher(store.url)
        dispatcher = queue
    else:
        local = LocalWorker(store, settings.models, max(settings.workers, 1), review_fn)
        dispatcher = _LocalDispatcher(local)
    embedded = EmbeddedWorkers(store.url, settings.models, settings.workers if queue else 0)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if queue is not None:
            await queue.open()
        if local is not None:
            local.start()
        embedded.start()
        yield
        embedded.stop()
        if local is not None:
            await asyncio.to_thread(local.close)
        if queue is not None:
            await queue.close()
        store.close()

    app = FastAPI(
        title="Roundtable",
        summary="An expert panel that deliberates over one behavioral-interview answer.",
        description="Submit an answer with `POST /api/reviews`, follow its turns on "
        "`/api/reviews/{id}/events`, read the finished review (the same JSON as "
        "`roundtable review --format json`) in the `review` field of `GET /api/reviews/{id}`. "
        "Pick a language model by one of the names `GET /api/models` lists. "
        "When the server was started with a token, send `Authorization: Bearer TOKEN`.",
        version="1",
        lifespan=lifespan,
        docs_url=None,  # served by `docs` from this server, under the CSP
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.services = Services(settings, store, dispatcher, _templates(),
                                  OfferedModels(settings.models))
    app.state.local_pool = local
    _install_handlers(app)
    app.include_router(api.router)
    app.include_router(interviews.api_router)
    app.include_router(interviews.page_router)
    app.include_router(docs.router)
    app.include_router(pages.router)
    static = str(resources.files("roundtable.web").joinpath("static"))
    app.mount("/static", StaticFiles(directory=static), name="static")
    app.add_middleware(AllowHeader, routes=app.router.routes)
    guards.install(app, settings)
    return app

