"""The submission: what the user gave us, normalised, before any analysis."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Submission(BaseModel):
    """One answer to review, with the optional context around it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    answer: str = Field(description="The candidate's answer; every evidence offset points into it.")
    question: str | None = None
    role: str | None = Field(None, description='The role interviewed for, e.g. "Product Manager".')
    level: str | None = Field(None, description='Seniority, e.g. "Senior" or "L6".')
    recording_url: str | None = None
    from_transcript: bool = False
