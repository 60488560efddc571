"""The web app's configuration: one typed model, filled by `roundtable serve` or by tests."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator

from roundtable.engines.llm.spec import parse_spec
from roundtable.errors import EngineError
from roundtable.ingest import MAX_BYTES
from roundtable.ingest.reader import MAX_TRANSCRIPT_BYTES
from roundtable.web.guards.hosts import allow_entry

TRANSCRIPT_CEILING = 100_000_000
"""However it is configured, a transcript upload stays bounded: it is read into memory."""


class Settings(BaseModel):
    """How the web app runs."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    db_url: str | None = Field(
        None, description="Database URL or SQLite file path; None uses the default store."
    )
    token: SecretStr | None = Field(
        None, description="When set, every page and API call needs this token."
    )
    allowed_hosts: tuple[str, ...] = Field(
        (), description="Host names (optionally NAME:PORT) answered besides localhost, "
        "127.0.0.1 and [::1]; any other Host header gets 400 (DNS rebinding)."
    )
    models: dict[str, str] = Field(
        default_factory=dict,
        description="The language models a request may pick, name → PROVIDER:MODEL[@URL].",
    )
    max_body_bytes: int = Field(
        4 * MAX_BYTES,
        description="Largest request body accepted; JSON escaping can make an answer grow.",
    )
    max_upload_bytes: int = Field(MAX_BYTES, description="Largest answer or catalog file.")
    max_transcript_bytes: int = Field(
        MAX_TRANSCRIPT_BYTES, ge=MAX_BYTES, le=TRANSCRIPT_CEILING,
        description="Largest whole-interview transcript (uploaded, pasted or sent to the API): "
        "a speech-to-text JSON export with word times runs to a few MB for 45 minutes.",
    )
    workers: int = Field(
        1, ge=0, le=64, description="Reviews this server runs at once in its own worker "
        "processes (at least 1 on SQLite); 0 leaves them all to `roundtable worker` "
        "(PostgreSQL).",
    )
    page_size: int = Field(20, ge=1, le=200, description="Reviews per page of the history.")

    @property
    def transcript_body_bytes(self) -> int:
        """The request body an interview may take: JSON escaping can double a transcript
        (a JSON export sent inside JSON), plus the form's other fields."""
        return 2 * self.max_transcript_bytes + self.max_body_bytes

    @field_validator("token")
    @classmethod
    def _not_empty(cls, token: SecretStr | None) -> SecretStr | None:
        # An empty token would look like protection and be none.
        if token is not None and not token.get_secret_value().strip():
            raise ValueError("the token is empty")
        return token

    @field_validator("allowed_hosts")
    @classmethod
    def _host_names(cls, hosts: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(allow_entry(host) for host in hosts)

    @field_validator("models")
    @classmethod
    def _valid_specs(cls, models: dict[str, str]) -> dict[str, str]:
        for spec in models.values():
            try:
                parse_spec(spec)
            except EngineError as exc:
                raise ValueError(str(exc)) from None
        return models
