"""The one narrow interface every engine implements, and the case it is handed.

The rubric engine and the LLM engine both receive the same `Case` (the answer, its evidence and
the rubric's numbers) and return a `Deliberation`. The pipeline, not the engine, turns the
panelists' votes into the verdict.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal, Protocol

from roundtable.catalog.schema import Competency, Panel
from roundtable.evidence.analysis import Analysis, addressed_to_reviewers
from roundtable.ingest.submission import Submission
from roundtable.models import (
    VOTES,
    Consensus,
    CriterionScore,
    EngineInfo,
    Flag,
    FollowUp,
    PanelistScore,
    Round,
    RoundKind,
    Turn,
)

TurnSink = Callable[[RoundKind, Turn], None]
"""Called once per turn as soon as it exists, so interfaces can stream the deliberation."""


@dataclass(frozen=True)
class Brief:
    """What an engine needs to start asking before the answer's analysis is done: the answer,
    the competency and the panel (a prompt never carries the rubric's numbers)."""

    submission: Submission
    competency: Competency
    panel: Panel
    seed: int = 0
    inferred_from: Literal["question", "answer"] | None = None
    known_injection: bool | None = None
    """`Analysis.injection`, when the analysis is done already."""

    @cached_property
    def injection(self) -> bool:
        """Whether the answer addresses the reviewer: checked on its own, in a fraction of the
        analysis's time, when the analysis is still running."""
        if self.known_injection is not None:
            return self.known_injection
        return addressed_to_reviewers(self.submission.answer)


@dataclass(frozen=True)
class Case:
    """Everything an engine may use to deliberate over one answer."""

    submission: Submission
    competency: Competency
    panel: Panel
    analysis: Analysis
    criteria: list[CriterionScore]
    """The rubric's per-criterion scores, with their evidence."""
    assessments: list[PanelistScore]
    """The rubric's reading per panelist (lens and level applied), in panel order."""
    seed: int = 0
    inferred_from: Literal["question", "answer"] | None = None
    """Set when no competency was given: what it was inferred from, so the header can say so."""

    @property
    def brief(self) -> Brief:
        """The case as an engine starts from it."""
        return Brief(self.submission, self.competency, self.panel, self.seed,
                     self.inferred_from, self.analysis.injection)

    def cap(self, assessment: PanelistScore) -> PanelistScore:
        """With a prompt injection in the answer, no panelist may rise above the rubric's reading.

        Every engine's numbers pass through here, so text addressed to the reviewer can never
        buy a better score or vote, whatever a model made of it.
        """
        if not self.analysis.injection:
            return assessment
        floor = next(a for a in self.assessments if a.panelist == assessment.panelist)
        if assessment.score > floor.score or VOTES.index(assessment.vote) > VOTES.index(floor.vote):
            return floor
        return assessment


@dataclass(frozen=True)
class SignalText:
    """One panelist's reason to hire and concern, in words."""

    panelist: str
    reason_to_hire: str
    concern: str


@dataclass
class Deliberation:
    """What an engine returns: the rounds, each panelist's numbers, and the synthesis prose."""

    rounds: list[Round]
    assessments: list[PanelistScore]
    consensus: Consensus
    signals: list[SignalText]
    headline: str
    follow_ups: list[FollowUp]
    info: EngineInfo
    notes: list[str] = field(default_factory=list)
    """Anything the engine wants surfaced as a flag (for example, turns that failed)."""
    flags: list[Flag] = field(default_factory=list)
    """Flags of their own kind (for example, scores the guard held back)."""


class Engine(Protocol):
    """An engine deliberates over a case; it never decides the verdict itself."""

    name: str

    async def deliberate(self, case: Case, on_turn: TurnSink | None = None) -> Deliberation:
        """Run the rounds over `case`, calling `on_turn` for each turn as it is produced."""
        ...

    async def deliberate_early(self, brief: Brief, case: Awaitable[Case],
                               on_turn: TurnSink | None = None) -> Deliberation:
        """`deliberate`, started while the case is still being analysed: an engine that waits
        on a server sends its first requests from `brief` and reads `case` when it needs it."""
        ...
