"""What the store hands back: typed records, separate from the ORM rows that hold them."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from roundtable.models import Review, RoundKind, Turn, Vote

Status = Literal["queued", "running", "done", "failed", "interrupted"]
STATUSES: tuple[Status, ...] = ("queued", "running", "done", "failed", "interrupted")
RETRYABLE: frozenset[Status] = frozenset({"failed", "interrupted"})
Source = Literal["web", "upload", "api", "cli"]
EngineName = Literal["rubric", "llm"]


Name = Annotated[str, Field(max_length=200)]
"""Short labels; the limits match the columns, so every database accepts what validates."""


class Options(BaseModel):
    """How to review an answer: the context around it and who reviews it with what engine."""

    model_config = ConfigDict(extra="forbid")

    question: Annotated[str, Field(max_length=5000)] | None = None
    role: Name | None = Field(None, examples=["Product Manager"])
    level: Annotated[str, Field(max_length=100)] | None = Field(None, examples=["Senior"])
    recording_url: Annotated[str, Field(max_length=2000)] | None = Field(
        None, description="A link to the interview recording, shown with the review."
    )
    competency: Name | None = Field(
        None, description="Competency id or name; empty lets the panel infer it from the question."
    )
    panel: Name | None = Field(None, description="Panel id; empty means the default panel.")
    engine: EngineName = "rubric"
    model: Name | None = Field(
        None, description="For the llm engine: the name of a model the server offers "
        "(`GET /api/models`); never a provider spec or URL."
    )
    seed: int = Field(0, ge=0, le=2**31 - 1, strict=True)

    @field_validator("*", mode="before")
    @classmethod
    def _storable_text(cls, value: Any) -> Any:
        # NUL and lone surrogates cannot be stored in PostgreSQL text; refuse them up front.
        if isinstance(value, str):
            if "\x00" in value:
                raise ValueError("text must not contain NUL characters")
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise ValueError("text must be valid Unicode (no lone surrogates)") from None
        return value

    @field_validator("recording_url")
    @classmethod
    def _web_link(cls, url: str | None) -> str | None:
        # The link is rendered as an href: only plain web links, never javascript: or data:.
        url = (url or "").strip()
        if not url:
            return None
        if not url.lower().startswith(("https://", "http://")) or any(c.isspace() for c in url):
            raise ValueError("the recording link must be a web address starting with https://")
        return url


class NewReview(Options):
    """A submission as the user gave it: stored before any work on it starts."""

    text: str = Field(description="The answer or transcript exactly as submitted.")
    source: Source = "api"
    rerun_of: str | None = None


class ReviewRecord(NewReview):
    """A stored submission, its status and, once done, its review."""

    id: str
    created_at: datetime
    updated_at: datetime
    status: Status
    competency_id: str | None = None
    competency_name: str | None = None
    verdict: Vote | None = None
    headline: str | None = None
    error: str | None = Field(None, description="Why the review failed, when it did.")
    review: Review | None = Field(None, description="The finished review: the CLI's JSON.")


class ReviewSummary(BaseModel):
    """One line of the history."""

    id: str
    created_at: datetime
    status: Status
    source: Source
    engine: str
    panel: str | None
    rerun_of: str | None = Field(None, description="The review this one re-ran, if any.")
    competency_id: str | None
    competency_name: str | None
    verdict: Vote | None
    headline: str | None
    excerpt: str = Field(description="The start of the submitted text.")
    error: str | None = None


class ReviewPage(BaseModel):
    """A page of the history, newest first."""

    items: list[ReviewSummary]
    total: int
    limit: int
    offset: int


class StoredTurn(BaseModel):
    """A turn as persisted while the review runs, in the order it was produced."""

    seq: int
    round: RoundKind
    turn: Turn


CatalogKind = Literal["competency", "panel"]


class CatalogFile(BaseModel):
    """A competency or panel file a user uploaded."""

    kind: CatalogKind
    item_id: str
    name: str
    text: str
    created_at: datetime
