"""The web app's configuration: one typed model, filled by `roundtable serve` or by tests."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from roundtable.ingest import MAX_BYTES


class Settings(BaseModel):
    """How the web app runs."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    db_url: str | None = Field(
        None, description="Database URL or SQLite file path; None uses the default store."
    )
    token: str | None = Field(
        None, description="When set, every page and API call needs this token."
    )
    max_body_bytes: int = Field(
        4 * MAX_BYTES,
        description="Largest request body accepted; JSON escaping can make an answer grow.",
    )
    max_upload_bytes: int = Field(MAX_BYTES, description="Largest transcript or catalog file.")
    page_size: int = Field(20, ge=1, le=200, description="Reviews per page of the history.")
