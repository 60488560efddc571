"""The submission: what the user gave us, normalised, before any analysis.

Annotations are not postponed (no `from __future__ import annotations`), as in `models`: pydantic
would evaluate each field's annotation string when it builds the classes, at every start.
"""

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from roundtable import regexes as re
from roundtable.models import Ask, Flag, check_asks

# The pronoun typed or transcribed in lower case ("so i pulled the logs", "i'm", "i’d"); not a
# list marker ("(i)", "i)", "i."), part of a word, a name or a path ("i-beam", "i18n", "/i/").
_LOWER_I = re.compile(r"(?<![\w(\[.’'/@#-])i(?=(?:['’](?:m|d|ve|ll))?(?![\w)\].’'/-]))")


class TimedSpan(BaseModel):
    """Characters `first:last` of the answer were said from `start` to `end` seconds."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    first: int = Field(ge=0)
    last: int = Field(ge=0)
    start: float = Field(ge=0)
    end: float = Field(ge=0)


class Submission(BaseModel):
    """One answer to review, with the optional context around it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    answer: str = Field(description="The candidate's answer; every evidence offset points into it.")
    question: str | None = None
    role: str | None = Field(None, description='The role interviewed for, e.g. "Product Manager".')
    level: str | None = Field(None, description='Seniority, e.g. "Senior" or "L6".')
    recording_url: str | None = None
    from_transcript: bool = False
    timeline: tuple[TimedSpan, ...] = Field(
        (), description="When each stretch of the answer was said, for transcripts with times.")
    notes: tuple[Flag, ...] = Field(
        (), description="What reading the transcript found that the reader should know.")
    asks: tuple[Ask, ...] = Field(
        (), description="The interviewer's follow-up questions inside the story, each with "
        "where in the answer the reply it drew begins.")

    @field_validator("answer")
    @classmethod
    def _pronoun_cased(cls, answer: str) -> str:
        """The pronoun "I" as the reading knows it, however it was typed: the reader tells the
        candidate's clauses by it ("i asked to sit with two of their schedulers" is theirs).
        The same length, so every offset into the answer still holds."""
        return _LOWER_I.sub("I", answer) if _LOWER_I.search(answer) else answer

    @model_validator(mode="after")
    def _asks_in_answer(self) -> "Submission":
        check_asks(self.asks, self.answer)
        return self
