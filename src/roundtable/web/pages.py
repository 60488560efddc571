"""The HTML pages: home (submit), review (live, then finished), history, catalog, login.

Handlers only parse, call the services and render; every piece of user text reaches the page
through Jinja's autoescaping, never marked safe.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy.exc import SQLAlchemyError
from starlette.datastructures import FormData, UploadFile
from starlette.templating import Jinja2Templates

from roundtable.catalog import DEFAULT_PANEL
from roundtable.errors import RoundtableError
from roundtable.ingest import parse_input
from roundtable.ingest.reader import decode
from roundtable.models import VOTES, PanelistRef, Turn
from roundtable.store import NewReview, ReviewRecord
from roundtable.store.records import CatalogKind
from roundtable.web import view
from roundtable.web.catalog import (
    competency_entries,
    example,
    panel_entries,
    resolve_competency,
    resolve_panel,
    upload,
    uploaded_item,
)
from roundtable.web.guards import session_cookie
from roundtable.web.services import DB_DOWN, RETRY_AFTER_S, Services, TooLarge

router = APIRouter(include_in_schema=False)
FORM_FIELDS = ("answer", "question", "role", "level", "recording_url", "competency", "panel",
               "engine", "model")


def _svc(request: Request) -> Services:
    found: Services = request.app.state.services
    return found


def _page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    svc = _svc(request)
    context.setdefault("view", view)
    return svc.templates.TemplateResponse(request, name, context, status_code=status)


def turn_html(templates: Jinja2Templates, panel: list[PanelistRef]) -> Callable[[dict[str, Any]],
                                                                                str]:
    """A function that renders one streamed turn with the same partial the page uses."""
    template = templates.get_template("_partials/turn.html")
    people = {p.id: p for p in panel}
    order = {p.id: i for i, p in enumerate(panel)}

    def render(data: dict[str, Any]) -> str:
        turn = Turn.model_validate(data["turn"])
        return template.render(turn=turn, people=people, order=order, view=view)

    return render


async def _record_or_404(request: Request, review_id: str) -> ReviewRecord:
    record = await asyncio.to_thread(_svc(request).store.get, review_id)
    if record is None:
        raise HTTPException(404, "There is no review at this address; it may have been deleted.")
    return record


def _choices(request: Request) -> dict[str, Any]:
    svc = _svc(request)
    try:
        competencies, panels = competency_entries(svc.store), panel_entries(svc.store)
    except SQLAlchemyError:
        # The database is away: offer the built-in catalog and keep the page (and form) up.
        competencies, panels = competency_entries(None), panel_entries(None)
    return {"competencies": competencies, "panels": panels,
            "panel_names": {p.item.id: p.item.name for p in panels},
            "default_panel": DEFAULT_PANEL, "models": svc.offered.names}


def _panel_label(choices: dict[str, Any], panel: str | None, source: str) -> str | None:
    return view.panel_label(panel, source, choices["panel_names"], DEFAULT_PANEL)


@router.get("/", response_class=HTMLResponse)
async def home(request: Request) -> HTMLResponse:
    """The submit form."""
    choices = await asyncio.to_thread(_choices, request)
    form = {"engine": "rubric", "panel": DEFAULT_PANEL}
    return _page(request, "home.html", form=form, error=None, **choices)


async def _form_text(form: FormData, max_bytes: int) -> tuple[str, str]:
    """The answer from the uploaded transcript if one was given, else from the text box."""
    upload_field = form.get("transcript")
    if isinstance(upload_field, UploadFile) and upload_field.filename:
        data = await upload_field.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise TooLarge(f"{upload_field.filename} is over the {max_bytes:,}-byte limit; "
                           "trim it to the question and the answer, or upload the whole "
                           "interview on the Interviews page")
        return decode(data, upload_field.filename), "upload"
    text = form.get("answer")
    return (text if isinstance(text, str) else ""), "web"


def _form_values(form: FormData) -> dict[str, str]:
    return {k: v for k in FORM_FIELDS if isinstance(v := form.get(k), str)}


def _options(values: dict[str, str]) -> dict[str, Any]:
    return {k: v.strip() or None for k, v in values.items() if k != "answer"} | {
        "engine": values.get("engine") or "rubric"}


@router.post("/reviews", response_class=HTMLResponse)
async def submit(request: Request) -> Response:
    """Store the answer, start the review and go to its page; on error, keep what was typed."""
    svc = _svc(request)
    async with request.form(max_files=1, max_part_size=svc.settings.max_body_bytes) as form:
        values = _form_values(form)
        try:
            text, source = await _form_text(form, svc.settings.max_upload_bytes)
            new = NewReview(text=text, source=source, **_options(values))
            record = await svc.submit(new)
        except ValidationError as exc:
            return await _home_error(request, values, _validation_message(exc), 422)
        except RoundtableError as exc:
            status = 413 if isinstance(exc, TooLarge) else 400
            return await _home_error(request, values, str(exc), status)
        except SQLAlchemyError:
            # Not stored: say so, keep every field the user typed, and ask to send it again.
            page = await _home_error(request, values, DB_DOWN, 503)
            page.headers["Retry-After"] = str(RETRY_AFTER_S)
            return page
    return RedirectResponse(f"/reviews/{record.id}", status_code=303)


def _validation_message(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"{where.replace('_', ' ')}: {first['msg'].removeprefix('Value error, ')}"


async def _home_error(request: Request, values: dict[str, str], error: str,
                      status: int) -> HTMLResponse:
    choices = await asyncio.to_thread(_choices, request)
    return _page(request, "home.html", status, form=values, error=error, **choices)


@router.get("/reviews/{review_id}", response_class=HTMLResponse)
async def review_page(request: Request, review_id: str) -> HTMLResponse:
    """A review: live while it runs (turns so far, then streamed), complete once done."""
    svc = _svc(request)
    record = await _record_or_404(request, review_id)
    context: dict[str, Any] = {"record": record, "view": view, "votes": VOTES}
    choices = await asyncio.to_thread(_choices, request)
    if record.review is not None:
        review = record.review
        context |= {
            "review": review,
            "panel": review.panel,
            "rounds": review.rounds,
            "question": review.question,
            "segments": view.segments(review.answer, view.citations(review), review.asks),
            "competency_short": review.competency.short_name,
        }
    else:
        context |= await asyncio.to_thread(_unfinished, svc, record)
    context |= await asyncio.to_thread(_lineage, svc, record, choices)
    context["panel_name"] = _panel_label(choices, record.panel, record.source)
    context["people"] = {p.id: p for p in context["panel"]}
    context["order"] = {p.id: i for i, p in enumerate(context["panel"])}
    return _page(request, "review.html", **context, **choices)


def _lineage(svc: Services, record: ReviewRecord, choices: dict[str, Any]) -> dict[str, Any]:
    """The review this one re-ran (None once deleted) and the re-runs made from this one."""
    reruns = svc.store.reruns(record.id)
    return {
        "rerun_of": record.rerun_of,
        "original": svc.store.get(record.rerun_of) if record.rerun_of else None,
        "reruns": reruns,
        "panel_labels": {r.id: _panel_label(choices, r.panel, r.source) for r in reruns},
    }


def _unfinished(svc: Services, record: ReviewRecord) -> dict[str, Any]:
    """What a review page shows before there is a review: the parsed answer, turns so far."""
    try:
        panel = view.panel_refs(resolve_panel(svc.store, record.panel).over(record.text))
    except RoundtableError:
        panel = []
    try:
        competency = resolve_competency(svc.store, record.competency)
    except RoundtableError:
        competency = None
    # The same parsing the pipeline does, so a transcript shows as question and answer.
    submission = parse_input(record.text, question=record.question)
    stored = svc.store.turns(record.id)
    names = view.names_by_id(panel)
    cited = [(names.get(t.turn.speaker, t.turn.speaker), quote)
             for t in stored for quote in t.turn.evidence]
    return {
        "review": None,
        "panel": panel,
        "rounds": view.group_turns((t.round, t.turn) for t in stored),
        "question": submission.question,
        "segments": view.segments(submission.answer, cited, submission.asks),
        "last_seq": stored[-1].seq if stored else -1,
        "competency_short": competency.short_name if competency else None,
    }


@router.post("/reviews/{review_id}/retry")
async def retry(request: Request, review_id: str) -> Response:
    """Run a failed or interrupted review again."""
    record = await _record_or_404(request, review_id)
    try:
        await _svc(request).retry(record)
    except RoundtableError as exc:
        raise HTTPException(409, str(exc)) from None
    return RedirectResponse(f"/reviews/{review_id}", status_code=303)


@router.post("/reviews/{review_id}/rerun")
async def rerun(request: Request, review_id: str) -> Response:
    """Review the same answer again, with another panel or engine, as a new review."""
    record = await _record_or_404(request, review_id)
    async with request.form(max_files=0) as form:
        values = _form_values(form)
    fields = record.model_dump(include={"question", "role", "level", "recording_url",
                                        "competency", "panel", "engine", "model", "seed"})
    fields |= {k: v for k, v in _options(values).items()
               if k in ("competency", "panel", "engine", "model")}
    try:
        new = NewReview(text=record.text, source=record.source, rerun_of=record.id, **fields)
        created = await _svc(request).submit(new)
    except ValidationError as exc:
        raise HTTPException(422, _validation_message(exc)) from None
    except RoundtableError as exc:
        raise HTTPException(400, str(exc)) from None
    return RedirectResponse(f"/reviews/{created.id}", status_code=303)


@router.get("/reviews/{review_id}/delete", response_class=HTMLResponse)
async def confirm_delete(request: Request, review_id: str) -> HTMLResponse:
    """Ask before deleting a review: a page, so it works without JavaScript."""
    record = await _record_or_404(request, review_id)
    what = f"“{record.headline}”" if record.headline else "this review"
    return _page(request, "confirm.html", title="Delete this review?",
                 message=f"Delete {what} and the answer it was made from? This cannot be undone.",
                 action=f"/reviews/{record.id}/delete", button="Delete",
                 back=f"/reviews/{record.id}")


@router.post("/reviews/{review_id}/delete")
async def delete(request: Request, review_id: str) -> Response:
    """Delete a review with its answer."""
    if not await _svc(request).delete(review_id):
        raise HTTPException(404, "There is no review at this address; it may have been deleted.")
    return RedirectResponse("/history?deleted=1", status_code=303)


@router.get("/history", response_class=HTMLResponse)
async def history(request: Request, q: str = "", competency: str = "", verdict: str = "",
                  page: int = 1) -> HTMLResponse:
    """Every review, newest first, searchable."""
    svc = _svc(request)
    size = svc.settings.page_size
    page = max(1, min(page, 100_000))
    verdict = verdict if verdict in VOTES else ""
    result = await asyncio.to_thread(
        svc.store.search, q=q[:200] or None, competency=competency[:200] or None,
        verdict=verdict or None, limit=size, offset=(page - 1) * size)
    pages = max(1, -(-result.total // size))
    query = {"q": q, "competency": competency, "verdict": verdict}

    def link(n: int) -> str:
        return "/history?" + urlencode({**{k: v for k, v in query.items() if v}, "page": n})

    choices = await asyncio.to_thread(_choices, request)
    panel_labels = {r.id: _panel_label(choices, r.panel, r.source) for r in result.items}
    return _page(request, "history.html", result=result, query=query, page=page, pages=pages,
                 link=link, view=view, votes=VOTES, panel_labels=panel_labels,
                 deleted=request.query_params.get("deleted") == "1", **choices)


async def _catalog(request: Request, kind: CatalogKind, *, error: str | None = None,
                   added: str | None = None, status: int = 200) -> HTMLResponse:
    choices = await asyncio.to_thread(_choices, request)
    return _page(request, "catalog.html", status, kind=kind, error=error, added=added,
                 example=example(kind), **choices)


async def _upload(request: Request, kind: CatalogKind) -> HTMLResponse:
    svc = _svc(request)
    async with request.form(max_files=1,
                            max_part_size=svc.settings.max_upload_bytes + 1) as form:
        file = form.get("file")
        if not isinstance(file, UploadFile) or not file.filename:
            return await _catalog(request, kind, error="choose a YAML file to upload",
                                  status=400)
        filename = file.filename
        data = await file.read(svc.settings.max_upload_bytes + 1)
    if len(data) > svc.settings.max_upload_bytes:
        return await _catalog(request, kind, status=413, error=(
            f"{filename}: larger than the {svc.settings.max_upload_bytes:,}-byte limit"))
    try:
        item = await asyncio.to_thread(upload, svc.store, kind, filename, data)
    except RoundtableError as exc:
        return await _catalog(request, kind, error=str(exc), status=400)
    return await _catalog(request, kind, added=item.name)


@router.get("/competencies", response_class=HTMLResponse)
async def competencies_page(request: Request) -> HTMLResponse:
    """Competencies, with an upload form for a user's own file."""
    return await _catalog(request, "competency")


@router.post("/competencies", response_class=HTMLResponse)
async def upload_competency(request: Request) -> HTMLResponse:
    """Validate and keep an uploaded competency file."""
    return await _upload(request, "competency")


@router.get("/panels", response_class=HTMLResponse)
async def panels_page(request: Request) -> HTMLResponse:
    """Panels, with an upload form for a user's own file."""
    return await _catalog(request, "panel")


@router.post("/panels", response_class=HTMLResponse)
async def upload_panel(request: Request) -> HTMLResponse:
    """Validate and keep an uploaded panel file."""
    return await _upload(request, "panel")


_KINDS: dict[str, CatalogKind] = {"competencies": "competency", "panels": "panel"}


def _kind(plural: str) -> CatalogKind:
    if plural not in _KINDS:
        raise HTTPException(404, "Nothing at this address.")
    return _KINDS[plural]


@router.get("/{plural}/example.yaml")
async def example_file(plural: str) -> Response:
    """A valid file to download, edit and upload."""
    found = example(_kind(plural))
    return Response(found.text, media_type="application/yaml; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="{found.filename}"'})


@router.get("/{plural}/{item_id}/delete", response_class=HTMLResponse)
async def confirm_remove(request: Request, plural: str, item_id: str) -> HTMLResponse:
    """Ask before removing an uploaded competency or panel."""
    kind = _kind(plural)
    item = await asyncio.to_thread(uploaded_item, _svc(request).store, kind, item_id)
    if item is None:
        raise HTTPException(404, f"No uploaded {kind} with id '{item_id}'.")
    return _page(request, "confirm.html", title=f"Remove this {kind}?",
                 message=f"Remove the uploaded {kind} “{item.name}” ({item.id})? New reviews "
                 "can no longer use it; finished reviews that used it keep their results.",
                 action=f"/{plural}/{item.id}/delete", button="Remove", back=f"/{plural}")


@router.post("/{plural}/{item_id}/delete")
async def delete_upload(request: Request, plural: str, item_id: str) -> Response:
    """Remove an uploaded competency or panel (built-ins cannot be removed)."""
    kind = _kind(plural)
    if not await asyncio.to_thread(_svc(request).store.delete_catalog_file, kind, item_id):
        raise HTTPException(404, f"No uploaded {kind} with id '{item_id}'.")
    return RedirectResponse(f"/{plural}", status_code=303)


@router.get("/login", response_class=HTMLResponse)
async def login_form(request: Request, next: str = "/") -> HTMLResponse:
    """Ask for the server's token."""
    return _page(request, "login.html", next=_safe_next(next), error=None)


def _safe_next(target: str) -> str:
    # Only same-site paths: never an absolute URL or a scheme-relative //host.
    return target if target.startswith("/") and not target.startswith("//") else "/"


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request) -> Response:
    """Check the token, remember it in a cookie, and go where the user was headed."""
    import secrets

    async with request.form(max_files=0) as form:
        token = form.get("token")
        target = _safe_next(str(form.get("next") or "/"))
    secret = _svc(request).settings.token
    if secret is None:
        return RedirectResponse(target, status_code=303)
    expected = secret.get_secret_value()
    if isinstance(token, str) and secrets.compare_digest(token.encode(), expected.encode()):
        response = RedirectResponse(target, status_code=303)
        response.raw_headers.append(session_cookie(expected,
                                                   secure=request.url.scheme == "https"))
        return response
    return _page(request, "login.html", 401, next=target, error="That token is not right.")
