"""The JSON API under /api: reviews, their live events, the catalog, and a health check."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, HTTPException, Query, Request, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field
from sqlalchemy.exc import SQLAlchemyError

from roundtable.engines.llm.spec import parse_spec
from roundtable.errors import RoundtableError
from roundtable.models import Vote
from roundtable.store import NewReview, ReviewPage, ReviewRecord
from roundtable.store.records import Options, Status
from roundtable.web.catalog import competency_entries, panel_entries, resolve_panel
from roundtable.web.services import Services
from roundtable.web.view import panel_refs

router = APIRouter(prefix="/api", tags=["api"])
KEEPALIVE_S = 15.0
_HEALTH_THREAD = ThreadPoolExecutor(1, thread_name_prefix="health")
POLL_S = 0.25
"""How often a live stream reads the store for new turns: whichever process runs the review."""


class ErrorBody(BaseModel):
    """Every error the API returns: one line saying what is wrong."""

    detail: str


class ReviewRequest(Options):
    """An answer to review, and how to review it."""

    answer: str = Field(
        description="The candidate's answer, or a labelled transcript (Interviewer:/Candidate:).",
        examples=["Situation: our launch plan cut the pilot short. I disagreed with my manager..."],
    )


class Health(BaseModel):
    """Whether the server can take reviews: its database, and the queue of reviews."""

    status: Literal["ok", "unavailable"] = Field(
        description="ok, or unavailable (503) while the database does not answer.")
    database: str = Field(description="The database kind: sqlite or postgresql.")
    database_up: bool
    queue: str = Field(description="What runs reviews: procrastinate (PostgreSQL) or "
                       "local-pool (SQLite).")
    queued: int | None = Field(None, description="Reviews waiting for a worker.")
    running: int | None = Field(None, description="Reviews a worker is running now.")
    workers: int | None = Field(None, description="Workers alive: procrastinate workers "
                                "with a recent heartbeat, or this server's pool size.")


class CriterionInfo(BaseModel):
    """A rubric criterion, by id and name."""

    id: str
    name: str


class CompetencyInfo(BaseModel):
    """A competency a review can use."""

    id: str
    name: str
    short_name: str
    aliases: list[str]
    source: str
    description: str
    criteria: list[CriterionInfo]
    uploaded: bool


class PersonaInfo(BaseModel):
    """A panelist."""

    id: str
    name: str
    title: str


class PanelInfo(BaseModel):
    """A panel a review can use."""

    id: str
    name: str
    description: str
    personas: list[PersonaInfo]
    uploaded: bool


class ModelInfo(BaseModel):
    """A language model this server offers; a review picks it by `name`."""

    name: str
    provider: str
    model: str


NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "No review with this id."}
}


def services(request: Request) -> Services:
    """The app's shared services."""
    found: Services = request.app.state.services
    return found


async def _record(request: Request, review_id: str) -> ReviewRecord:
    record = await asyncio.to_thread(services(request).store.get, review_id)
    if record is None:
        raise HTTPException(404, f"no review with id '{review_id}'")
    return record


@router.get("/health", response_model=Health,
            responses={503: {"model": Health, "description": "The database is down."}})
async def health(request: Request, response: Response) -> Health:
    """The database and the queue: 503 while the database does not answer."""
    svc = services(request)
    pool = request.app.state.local_pool
    kind = svc.store.engine.dialect.name
    queue = "local-pool" if pool is not None else "procrastinate"
    try:
        # Its own thread: the shared pool may be busy storing a burst of submissions, and the
        # health check must answer without queueing behind them.
        counts, alive = await asyncio.get_running_loop().run_in_executor(
            _HEALTH_THREAD, svc.store.queue_state)
    except SQLAlchemyError:
        response.status_code = 503
        response.headers["Retry-After"] = "5"
        return Health(status="unavailable", database=kind, database_up=False, queue=queue)
    return Health(status="ok", database=kind, database_up=True, queue=queue,
                  queued=counts.get("queued", 0), running=counts.get("running", 0),
                  workers=pool.size if pool is not None else alive)


@router.post(
    "/reviews", status_code=202, response_model=ReviewRecord,
    responses={400: {"model": ErrorBody, "description": "Unknown competency, panel or model "
                     "(a model is one of the names `GET /api/models` lists), or an answer that "
                     "is empty or too short to review."},
               413: {"model": ErrorBody, "description": "The answer or body is too large."}},
)
async def create_review(body: ReviewRequest, request: Request, response: Response) -> ReviewRecord:
    """Store the answer and start its review; follow `/api/reviews/{id}/events` to watch it."""
    fields = body.model_dump(exclude={"answer"})
    record = await services(request).submit(NewReview(text=body.answer, source="api", **fields))
    response.headers["Location"] = f"/api/reviews/{record.id}"
    return record


@router.get("/reviews", response_model=ReviewPage)
async def list_reviews(
    request: Request,
    q: Annotated[str | None, Query(max_length=200, description="Text in the answer, "
                                   "question or headline.")] = None,
    competency: Annotated[str | None, Query(max_length=200)] = None,
    verdict: Vote | None = None,
    status: Status | None = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> ReviewPage:
    """Reviews, newest first, filtered by text, competency id, verdict and status."""
    return await asyncio.to_thread(
        services(request).store.search, q=q, competency=competency, verdict=verdict,
        status=status, limit=limit, offset=offset,
    )


@router.get("/reviews/{review_id}", response_model=ReviewRecord, responses=NOT_FOUND)
async def get_review(review_id: str, request: Request) -> ReviewRecord:
    """A submission, its status and, once done, its review (`review`: the CLI's JSON)."""
    return await _record(request, review_id)


@router.delete("/reviews/{review_id}", status_code=204, responses=NOT_FOUND)
async def delete_review(review_id: str, request: Request) -> Response:
    """Delete a review together with its answer and turns."""
    if not await services(request).delete(review_id):
        raise HTTPException(404, f"no review with id '{review_id}'")
    return Response(status_code=204)


@router.post(
    "/reviews/{review_id}/retry", status_code=202, response_model=ReviewRecord,
    responses={**NOT_FOUND, 409: {"model": ErrorBody, "description": "Not failed or "
                                  "interrupted."}},
)
async def retry_review(review_id: str, request: Request) -> ReviewRecord:
    """Run a failed or interrupted review again from its stored answer."""
    return await services(request).retry(await _record(request, review_id))


def _sse(event: str, data: object, seq: int | None = None) -> str:
    head = f"id: {seq}\n" if seq is not None else ""
    return f"{head}event: {event}\ndata: {json.dumps(data)}\n\n"


@router.get(
    "/reviews/{review_id}/events",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {"schema": {"type": "string"}}},
                     "description": "Server-sent events: `turn` (seq, round, turn) as each turn "
                     "is produced, then one `status` (done, failed or interrupted)."},
               **NOT_FOUND},
)
async def review_events(
    review_id: str,
    request: Request,
    html: Annotated[bool, Query(description="Add each turn rendered as HTML.")] = False,
    last_event_id: Annotated[str | None, Header(max_length=20)] = None,
) -> StreamingResponse:
    """Stream a review's turns from the store, in order, until it ends.

    The stream reads the store, not this process: a review any worker runs streams the same.
    """
    svc = services(request)
    record = await _record(request, review_id)
    after = int(last_event_id) if last_event_id and last_event_id.isdigit() else -1
    render = None
    if html:
        from roundtable.web.pages import turn_html

        try:
            refs = record.review.panel if record.review else panel_refs(
                resolve_panel(svc.store, record.panel).over(record.text))
        except RoundtableError:
            refs = []  # the panel file was removed since: show ids rather than fail
        render = turn_html(svc.templates, refs)

    def turn_event(seq: int, data: dict[str, object]) -> str:
        if render is not None:
            data = {**data, "html": render(data)}
        return _sse("turn", data, seq)

    async def stream() -> AsyncIterator[str]:
        last, quiet = after, 0.0
        while True:
            try:
                status, error, turns = await asyncio.to_thread(svc.store.progress, review_id,
                                                               last)
            except SQLAlchemyError:
                status, error, turns = "running", None, []  # the database is away: wait
            for stored in turns:
                last = stored.seq
                yield turn_event(stored.seq, stored.model_dump(mode="json"))
            if status not in ("queued", "running"):
                yield _sse("status", {"status": status or "deleted", "error": error})
                return
            quiet = 0.0 if turns else quiet + POLL_S
            if quiet >= KEEPALIVE_S:
                quiet = 0.0
                yield ": keep-alive\n\n"
            await asyncio.sleep(POLL_S)

    return StreamingResponse(stream(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})


@router.get("/competencies", response_model=list[CompetencyInfo])
async def list_competencies(request: Request) -> list[CompetencyInfo]:
    """Competencies: the built-in ones, then any uploaded."""
    entries = await asyncio.to_thread(competency_entries, services(request).store)
    return [CompetencyInfo(
        id=e.item.id, name=e.item.name, short_name=e.item.short_name, aliases=e.item.aliases,
        source=e.item.source,
        description=e.item.description, uploaded=e.uploaded,
        criteria=[CriterionInfo(id=c.id, name=c.name) for c in e.item.criteria],
    ) for e in entries]


@router.get("/panels", response_model=list[PanelInfo])
async def list_panels(request: Request) -> list[PanelInfo]:
    """Panels: the built-in ones, then any uploaded."""
    entries = await asyncio.to_thread(panel_entries, services(request).store)
    return [PanelInfo(
        id=e.item.id, name=e.item.name, description=e.item.description, uploaded=e.uploaded,
        personas=[PersonaInfo(id=p.id, name=p.name, title=p.title) for p in e.item.personas],
    ) for e in entries]


@router.get("/models", response_model=list[ModelInfo])
async def list_models(request: Request) -> list[ModelInfo]:
    """The language models this server offers, by name (its operator chose them)."""
    offered = services(request).offered.specs
    # Provider and model only: where a model's server lives is the operator's business.
    return [ModelInfo(name=name, provider=spec.provider, model=spec.model)
            for name, spec in ((n, parse_spec(s)) for n, s in offered.items())]
