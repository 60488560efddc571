"""Whole interviews on the web: upload a transcript in any format, get one review per
behavioral question through the same submission path as a single review, and read the debrief.

The interview row is written before any question is reviewed; each question is an ordinary
review (its text is the question's own transcript excerpt, with times), so the runner, the live
page, retry and delete all work on it unchanged. The debrief is computed from the finished
reviews whenever the page or the API is read, never stored.
"""

from __future__ import annotations

import asyncio
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel, Field, ValidationError

from roundtable.debrief.models import Interview, InterviewSegment, SegmentCompetency
from roundtable.debrief.recording import check_recording, origin
from roundtable.debrief.run import assemble, segments_of
from roundtable.errors import InputError, RoundtableError
from roundtable.ingest.reader import decode
from roundtable.models import Flag
from roundtable.store import NewReview, ReviewRecord
from roundtable.store.interviews import (
    InterviewOptions,
    InterviewRecord,
    QuestionRef,
    create_interview,
    get_interview,
    list_interviews,
    set_segments,
)
from roundtable.web.catalog import resolve_competency
from roundtable.web.guards import CSP
from roundtable.web.services import Services, TooLarge, check_answer

api_router = APIRouter(prefix="/api", tags=["api"])
page_router = APIRouter(include_in_schema=False)

InterviewStatus = Literal["running", "done", "failed"]


class InterviewRequest(InterviewOptions):
    """A whole interview transcript to review, one review per behavioral question."""

    transcript: str = Field(description="The transcript in any format Roundtable reads: "
                            "labelled text, WebVTT, SRT, a timestamped export or JSON segments.")
    filename: str | None = Field(None, max_length=300)


class QuestionStatus(QuestionRef):
    """A question of the interview and where its review is."""

    status: str | None = Field(None, description="The review's status; None when too short.")


class InterviewState(BaseModel):
    """A stored interview, each question's review status and, once all are done, the
    interview: the JSON `roundtable interview --format json` prints."""

    id: str
    status: InterviewStatus
    filename: str | None = None
    questions: list[QuestionStatus]
    interview: Interview | None = None


def _svc(request: Request) -> Services:
    found: Services = request.app.state.services
    return found


async def submit_interview(svc: Services, text: str, options: InterviewOptions, *,
                           source: Literal["web", "upload", "api"],
                           filename: str | None = None) -> InterviewRecord:
    """Validate the whole interview, store it, then queue one review per question."""
    check_answer(text, "the transcript", limit=svc.settings.max_transcript_bytes,
                 trim="the interview itself")
    check_recording(options.recording_url)
    if options.question or options.competency:
        raise InputError("an interview takes its questions from the transcript and "
                         "`competencies` (one per question), not `question` or `competency`")
    segments, notes = await asyncio.to_thread(segments_of, text, options.candidate)
    wanted = options.competencies
    if wanted is not None and len(wanted) != len(segments):
        raise InputError(f"competencies gives {len(wanted)} but the transcript has "
                         f"{len(segments)} behavioral questions; give one per question, in order")
    for competency in wanted or []:
        resolve_competency(svc.store, competency)
    if all(s.too_short for s in segments):
        raise InputError("every answer in the transcript is too short to review")
    refs = [QuestionRef(index=s.index, question=s.question, start=s.start, end=s.end,
                        competency=wanted[s.index - 1] if wanted else None,
                        flags=notes + ([Flag(kind="too_short", detail=(
                            f"The answer to question {s.index} has too few words to review; "
                            "it is listed but not scored."))] if s.too_short else []))
            for s in segments]
    record = await asyncio.to_thread(create_interview, svc.store, text, options, refs,
                                     source=source, filename=filename)
    fields = options.model_dump(include={"role", "level", "recording_url", "panel", "engine",
                                         "model", "seed"})
    for ref, segment in zip(refs, segments, strict=True):
        if segment.too_short:
            continue
        review = await svc.submit(NewReview(text=segment.excerpt, source=source,
                                            competency=ref.competency, **fields))
        ref.review_id = review.id
    await asyncio.to_thread(set_segments, svc.store, record.id, refs)
    return record.model_copy(update={"segments": refs})


def _state(svc: Services, record: InterviewRecord) -> tuple[InterviewState,
                                                             dict[int, ReviewRecord]]:
    reviews = {ref.index: found for ref in record.segments
               if ref.review_id and (found := svc.store.get(ref.review_id)) is not None}
    questions = [QuestionStatus(**ref.model_dump(), status=reviews[ref.index].status
                                if ref.index in reviews else None) for ref in record.segments]
    pending = any(q.status in {"queued", "running"} for q in questions)
    done = [r for r in reviews.values() if r.review is not None]
    status: InterviewStatus = "running" if pending else ("done" if done else "failed")
    interview = _interview(record, reviews) if status == "done" else None
    return InterviewState(id=record.id, status=status, filename=record.filename,
                          questions=questions, interview=interview), reviews


def _interview(record: InterviewRecord, reviews: dict[int, ReviewRecord]) -> Interview:
    segments = []
    panel = next(r.review.panel for r in reviews.values() if r.review is not None)
    for ref in record.segments:
        stored = reviews.get(ref.index)
        review = stored.review if stored else None
        flags = list(ref.flags)
        if stored is not None and review is None:
            flags.append(Flag(kind="review_failed", detail=f"The review of question "
                              f"{ref.index} did not finish: {stored.error or stored.status}."))
        if review is not None:
            competency = SegmentCompetency(id=review.competency.id, name=review.competency.name,
                                           inferred=review.competency.inferred)
        else:
            competency = SegmentCompetency(id=ref.competency or "unknown",
                                           name=ref.competency or "Not reviewed")
        segments.append(InterviewSegment(index=ref.index, question=ref.question,
                                         competency=competency, start=ref.start, end=ref.end,
                                         review=review, flags=[f for f in flags
                                                               if f.kind != "speakers_guessed"]))
    notes = [f for f in record.segments[0].flags if f.kind == "speakers_guessed"]
    options = record.options
    return assemble(segments, panel, recording=options.recording_url, role=options.role,
                    level=options.level, flags=notes)


async def _record_or_404(request: Request, interview_id: str) -> InterviewRecord:
    record = await asyncio.to_thread(get_interview, _svc(request).store, interview_id)
    if record is None:
        raise HTTPException(404, f"no interview {interview_id}")
    return record


def page_policy(recording: str | None) -> str:
    """The app's policy, letting media come from the recording's origin and nowhere else."""
    return f"{CSP}; media-src {origin(recording)}" if recording else CSP


# --- JSON API -----------------------------------------------------------------------------------


@api_router.post("/interviews", status_code=202, response_model=InterviewState,
                 responses={400: {"description": "Not a transcript, no candidate turns, no "
                                  "behavioral question, or unknown competency or panel."},
                            413: {"description": "The transcript is too large."}})
async def create_interview_api(body: InterviewRequest, request: Request,
                               response: Response) -> InterviewState:
    """Store the transcript and queue one review per behavioral question; poll
    `GET /api/interviews/{id}` until `status` is done for the debrief."""
    svc = _svc(request)
    options = InterviewOptions.model_validate(body.model_dump(exclude={"transcript",
                                                                       "filename"}))
    record = await submit_interview(svc, body.transcript, options, source="api",
                                    filename=body.filename)
    response.headers["Location"] = f"/api/interviews/{record.id}"
    state, _ = await asyncio.to_thread(_state, svc, record)
    return state


@api_router.get("/interviews/{interview_id}", response_model=InterviewState,
                responses={404: {"description": "No such interview."}})
async def get_interview_api(interview_id: str, request: Request) -> InterviewState:
    """The interview's questions, their reviews' status and, once done, the debrief."""
    record = await _record_or_404(request, interview_id)
    state, _ = await asyncio.to_thread(_state, _svc(request), record)
    return state


class InterviewItem(BaseModel):
    """One line of the interview history."""

    id: str
    created_at: str
    filename: str | None
    questions: int


class InterviewList(BaseModel):
    """Interviews, newest first."""

    items: list[InterviewItem]
    total: int


@api_router.get("/interviews", response_model=InterviewList)
async def list_interviews_api(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    # (bounded as the reviews' list is: an offset past SQLite's integers was a server error)
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> InterviewList:
    """The stored interviews, newest first."""
    items, total = await asyncio.to_thread(list_interviews, _svc(request).store,
                                           limit=limit, offset=offset)
    return InterviewList(items=[InterviewItem(id=i.id, created_at=i.created_at.isoformat(),
                                              filename=i.filename, questions=len(i.segments))
                                for i in items], total=total)


# --- pages --------------------------------------------------------------------------------------

FORM_FIELDS = ("text", "recording_url", "candidate", "competencies", "role", "level", "panel",
               "engine", "model")


def _page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return _svc(request).templates.TemplateResponse(request, name, context, status_code=status)


async def _interviews_page(request: Request, values: dict[str, str] | None = None,
                           error: str | None = None, status: int = 200) -> HTMLResponse:
    items, total = await asyncio.to_thread(list_interviews, _svc(request).store)
    return _page(request, "interviews.html", status, items=items, total=total,
                 form=values or {}, error=error)


@page_router.get("/interviews", response_class=HTMLResponse)
async def interviews_page(request: Request) -> HTMLResponse:
    """Upload an interview; the interviews reviewed so far, newest first."""
    return await _interviews_page(request)


def _options(values: dict[str, str]) -> InterviewOptions:
    fields: dict[str, Any] = {k: v.strip() or None for k, v in values.items()
                              if k not in {"text", "competencies"}}
    fields["engine"] = values.get("engine") or "rubric"
    listed = [c.strip() for c in values.get("competencies", "").split(",") if c.strip()]
    return InterviewOptions(competencies=listed or None, **fields)


@page_router.post("/interviews", response_class=HTMLResponse)
async def submit_interview_page(request: Request) -> Response:
    """Store the interview, queue its questions and go to its page; on error, keep the form."""
    svc = _svc(request)
    limit = svc.settings.max_transcript_bytes
    # A pasted transcript is a form field: it may be as large as an uploaded one.
    async with request.form(max_files=1, max_part_size=limit + 1) as form:
        values = {k: v for k in FORM_FIELDS if isinstance(v := form.get(k), str)}
        upload = form.get("transcript")
        try:
            filename = None
            text = values.get("text", "")
            if upload is not None and not isinstance(upload, str) and upload.filename:
                data = await upload.read(limit + 1)
                if len(data) > limit:
                    raise TooLarge(f"{upload.filename} is over the {limit:,}-byte limit for "
                                   "a transcript")
                filename = upload.filename[:300]
                text = decode(data, filename, limit=limit, subject="the interview transcript")
            record = await submit_interview(svc, text, _options(values),
                                            source="upload" if filename else "web",
                                            filename=filename)
        except ValidationError as exc:
            first = exc.errors()[0]
            return await _interviews_page(request, values, f"{first['loc'][0]}: {first['msg']}",
                                          422)
        except RoundtableError as exc:
            return await _interviews_page(request, values, str(exc),
                                          413 if isinstance(exc, TooLarge) else 400)
    return RedirectResponse(f"/interviews/{record.id}", status_code=303)


@page_router.get("/interviews/{interview_id}", response_class=HTMLResponse)
async def interview_page(request: Request, interview_id: str) -> Response:
    """The debrief on top and each question's roundtable below once every review is done;
    until then, each question with a link to its live review."""
    svc = _svc(request)
    record = await _record_or_404(request, interview_id)
    state, _ = await asyncio.to_thread(_state, svc, record)
    if state.interview is None:
        return _page(request, "interview_progress.html", state=state, record=record)
    from roundtable.render.debrief_html import render_interview_html

    html = render_interview_html(state.interview, standalone=False)
    return HTMLResponse(html, headers={
        "content-security-policy": page_policy(state.interview.recording)})
