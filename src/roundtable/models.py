"""The review as it crosses every boundary: CLI JSON, Python API, web API and store.

One model serves all of them, so `review(...).model_dump(mode="json")` is exactly what
`roundtable review --format json` prints and what `GET /api/reviews/{id}` returns.

Annotations are not postponed (no `from __future__ import annotations`): pydantic would evaluate
each field's annotation string when it builds the classes, at every start of the CLI (about
1.5 ms of a review process for this module).
"""

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1"

Vote = Literal["strong_no_hire", "no_hire", "hire", "strong_hire"]
VOTES: tuple[Vote, ...] = ("strong_no_hire", "no_hire", "hire", "strong_hire")
RoundKind = Literal["opening", "crosstalk", "closing"]
Stance = Literal["agree", "build", "pushback"]


def new_list() -> list[Any]:
    """A new empty list, the default of a list field.

    Not `default_factory=list`: pydantic reads a factory's signature, and a builtin's is parsed
    from its text by `tokenize`, whose patterns then compile in each process (about 2 ms of a
    `roundtable review` process, for the first model that has one).
    """
    return []


def new_dict() -> dict[Any, Any]:
    """A new empty dict, the default of a dict field (not `dict`: see `new_list`)."""
    return {}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


QuoteUse = Literal["credit", "concern", "flag", "context"]


class TimeRange(_Model):
    """When a quote was said, in seconds from the start of the recording."""

    start: float = Field(ge=0)
    end: float = Field(ge=0)


class Quote(_Model):
    """A verbatim span of the answer: `answer[start:end] == quote`."""

    quote: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    criterion: str | None = Field(
        None, description="The criterion this quote is cited for, when a turn cites it for one."
    )
    use: QuoteUse | None = Field(
        None, description="How the turn uses the quote: as credit, as a concern, as a red flag, "
        "or as context (a line that only sets the scene).")
    # Left out of the JSON when absent, so reviews of answers without times read as before.
    time: TimeRange | None = Field(
        None, exclude_if=lambda value: value is None,
        description="When the quote was said, for transcripts with times.")


class CompetencyRef(_Model):
    """Which competency the answer was reviewed against."""

    id: str
    name: str
    short_name: str
    inferred: bool = Field(False, description="True when the panel inferred it, not given.")
    inferred_from: Literal["question", "answer"] | None = Field(
        None, description="What an inferred competency was read from: the question, or the "
        "answer when no question was given or the question named no competency.")


class PanelistRef(_Model):
    """One member of the panel as shown to the reader."""

    id: str
    name: str
    title: str
    called: str = Field(
        "", description="How the other panelists address them in this review: the first name, "
        "or the whole name where the answer has someone of that first name.")

    @model_validator(mode="after")
    def _first_name_by_default(self) -> "PanelistRef":
        # Reviews stored before `called` existed address everyone by first name.
        if not self.called:
            self.called = self.name.split()[0]
        return self


class Turn(_Model):
    """One panelist speaking once in one round."""

    speaker: str = Field(description="Panelist id.")
    text: str
    addresses: list[str] = Field(default_factory=new_list,
                                 description="Ids of panelists addressed.")
    stance: Stance | None = None
    evidence: list[Quote] = Field(default_factory=new_list)
    fallback: bool = Field(False, description="True when the engine's own turn failed and the "
                           "rubric engine's turn for this speaker stands in.")
    error: str | None = Field(None, description="Why the engine's own turn failed, if it did; or, "
                              "starting \"prose replaced: \", why its words were replaced by "
                              "wording built from its numbers (the turn is still the engine's).")


PROSE_REPLACED = "prose replaced: "
"""How `Turn.error` starts on a turn the engine kept but worded from its numbers, because its own
words claimed a vote the numbers do not give."""
STOOD_IN = "this panelist's opening fell back, so its later turns are the rubric engine's too"
"""`Turn.error` of a later stand-in turn whose model was never asked (its opening fell back)."""


class Round(_Model):
    """A round of the deliberation: blind openings, cross-talk, or closings."""

    kind: RoundKind
    turns: list[Turn]


class Emphasis(_Model):
    """What one panelist stresses that the others do not."""

    panelist: str
    text: str


class Consensus(_Model):
    """The panel's shared view after deliberation."""

    summary: str
    agreements: list[str] = Field(default_factory=new_list)
    emphases: list[Emphasis] = Field(default_factory=new_list)


class Signal(_Model):
    """One panelist's hiring signal."""

    panelist: str
    vote: Vote
    score: float = Field(ge=1.0, le=5.0)
    reason_to_hire: str
    concern: str


class Ask(_Model):
    """A question the interviewer asked inside the story ("What was the outcome?", "Did you
    escalate it?"), kept with the answer because the reply it drew means what it does only
    beside it: "No, never." after "Did you escalate?" is an escalation not made."""

    text: str = Field(description="The interviewer's words, as said.")
    at: int = Field(ge=0, description="Where in the answer the candidate's reply to it begins.")


def check_asks(asks: Sequence[Ask], answer: str) -> None:
    """Raise ValueError unless every ask points into `answer`, in the order they were asked."""
    places = [ask.at for ask in asks]
    if any(at > len(answer) for at in places):
        raise ValueError("an ask's reply starts past the end of the answer")
    if places != sorted(places):
        raise ValueError("asks are out of order: each reply starts after the one before")


class FollowUp(_Model):
    """The question a panelist would ask next to close their concern."""

    panelist: str
    question: str
    criterion: str | None = None


class CriterionScore(_Model):
    """A rubric criterion scored 1-5 from evidence in the answer."""

    id: str
    name: str
    score: int = Field(ge=1, le=5)
    evidence: list[Quote] = Field(
        default_factory=new_list, description="Quotes, the most telling first."
    )
    rationale: str = Field(description='Why this score; "no evidence" when nothing was found.')
    silent: bool = Field(
        default=False,
        description="The answer says nothing about the criterion, for it or against it: its 1 "
        "is a gap, not evidence against, and the overall score reads it as such.")


class OpeningScore(_Model):
    """A panelist's provisional numbers before anyone else has spoken."""

    score: float = Field(ge=1.0, le=5.0)
    vote: Vote
    criteria: dict[str, int] = Field(default_factory=new_dict)


class PanelistScore(_Model):
    """One panelist's reading of the criteria through their lens, after deliberation."""

    panelist: str
    score: float = Field(ge=1.0, le=5.0)
    vote: Vote
    criteria: dict[str, int] = Field(default_factory=new_dict)
    opening: OpeningScore | None = Field(
        None, description="The panelist's own reading before the cross-talk; the final numbers "
        "differ from it only where a colleague's cited evidence moved them."
    )


class Scores(_Model):
    """All the numbers, which come from evidence and votes, never from prose."""

    overall: float = Field(ge=1.0, le=5.0)
    criteria: list[CriterionScore]
    panelists: list[PanelistScore] = Field(default_factory=new_list)


class Verdict(_Model):
    """The panel's decision, computed from the panelists' votes."""

    vote: Vote
    label: str
    score: float = Field(ge=1.0, le=5.0)


class Flag(_Model):
    """Something about the input the reader should know (injection, too short, inferred...)."""

    kind: str
    detail: str


class EngineInfo(_Model):
    """Which engine produced the review, and what it cost."""

    name: str
    provider: str | None = None
    model: str | None = None
    seed: int | None = None
    calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    cost_usd: float | None = None
    wall_time_s: float | None = None
    cached_calls: int = 0
    fallback_turns: int = 0
    retries: int = 0
    degraded: bool = Field(False, description="True when the engine could not do its own work: "
                           "more than half of the turns, a panelist's opening (and so its "
                           "vote), or the synthesis are the rubric engine's stand-ins. A model "
                           "that obeyed an injection is flagged `injection_obeyed` instead. "
                           "The CLI exits 1 on it unless --allow-fallback.")
    degraded_reason: str | None = Field(None, description="Why the review is degraded.")


class Review(_Model):
    """A finished Expert Roundtable over one answer."""

    schema_version: str = SCHEMA_VERSION
    id: str | None = None
    created_at: datetime | None = None
    headline: str
    question: str | None = None
    answer: str = Field(description="The text that every quote offset refers to.")
    # Left out of the JSON when empty, so reviews of plain answers read as before.
    asks: list[Ask] = Field(
        default_factory=new_list, exclude_if=lambda value: not value,
        description="The interviewer's follow-up questions inside the story, each with where "
        "the reply it drew begins in the answer (transcripts only).")
    role: str | None = None
    level: str | None = None
    competency: CompetencyRef
    panel: list[PanelistRef]
    rounds: list[Round]
    consensus: Consensus
    signals: list[Signal]
    follow_ups: list[FollowUp]
    scores: Scores
    verdict: Verdict
    flags: list[Flag] = Field(default_factory=new_list)
    engine: EngineInfo

    @model_validator(mode="after")
    def _asks_in_answer(self) -> "Review":
        check_asks(self.asks, self.answer)
        return self
