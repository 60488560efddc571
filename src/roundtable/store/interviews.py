"""Interviews in the store: the transcript as submitted and the review of each question.

Kept apart from `store.Store`'s review methods: an interview is a row of its own that points
at ordinary reviews, so everything that runs, streams, retries or deletes a review works on an
interview's questions unchanged.
"""

from __future__ import annotations

import json
from datetime import datetime

from pydantic import BaseModel, Field
from sqlalchemy import func, select

from roundtable.models import Flag
from roundtable.store.records import Options
from roundtable.store.store import Store, _now, _utc, new_id
from roundtable.store.tables import InterviewRow


class InterviewOptions(Options):
    """How to review a whole interview: the same panel and engine for every question."""

    candidate: str | None = Field(None, max_length=200, description="The candidate's name, "
                                  "when speakers are names and the default guess is wrong.")
    competencies: list[str] | None = Field(
        None, max_length=50, description="One competency id per behavioral question, in "
        "order; inferred per question when omitted.")


class QuestionRef(BaseModel):
    """One behavioral question of a stored interview and the review of its answer."""

    index: int
    question: str
    start: float | None = None
    end: float | None = None
    review_id: str | None = Field(None, description="None when the answer is too short to "
                                  "review (see `flags`).")
    competency: str | None = None
    flags: list[Flag] = Field(default_factory=list)


class InterviewRecord(BaseModel):
    """A stored interview: what was submitted and the review id of each question."""

    id: str
    created_at: datetime
    source: str
    filename: str | None = None
    text: str
    options: InterviewOptions
    segments: list[QuestionRef]


def _record(row: InterviewRow) -> InterviewRecord:
    return InterviewRecord(
        id=row.id, created_at=_utc(row.created_at), source=row.source, filename=row.filename,
        text=row.text, options=InterviewOptions.model_validate_json(row.options_json),
        segments=[QuestionRef.model_validate(s) for s in json.loads(row.segments_json)],
    )


def create_interview(store: Store, text: str, options: InterviewOptions,
                     segments: list[QuestionRef], *, source: str = "api",
                     filename: str | None = None) -> InterviewRecord:
    """Store an interview before any of its questions is reviewed."""
    row = InterviewRow(id=new_id(), created_at=_now(), source=source, filename=filename,
                       text=text, options_json=options.model_dump_json(),
                       segments_json=json.dumps([s.model_dump(mode="json") for s in segments]))
    with store._write() as session:
        session.add(row)
    return _record(row)


def set_segments(store: Store, interview_id: str, segments: list[QuestionRef]) -> None:
    """Record the review id of each question once its review is queued."""
    with store._write() as session:
        row = session.get(InterviewRow, interview_id)
        if row is None:
            raise KeyError(interview_id)
        row.segments_json = json.dumps([s.model_dump(mode="json") for s in segments])


def get_interview(store: Store, interview_id: str) -> InterviewRecord | None:
    """The interview, or None when there is none."""
    with store._read() as session:
        row = session.get(InterviewRow, interview_id)
        return _record(row) if row else None


def list_interviews(store: Store, *, limit: int = 50, offset: int = 0
                    ) -> tuple[list[InterviewRecord], int]:
    """A page of interviews, newest first, and how many there are."""
    with store._read() as session:
        total = session.scalar(select(func.count()).select_from(InterviewRow)) or 0
        rows = session.scalars(select(InterviewRow).order_by(InterviewRow.created_at.desc())
                               .limit(limit).offset(offset)).all()
        return [_record(r) for r in rows], total
