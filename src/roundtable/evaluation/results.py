"""What one evaluated row yields: the review's numbers plus its probes and reruns.

A `RowResult` keeps only what the metrics need, so results are cheap to pass between
processes and to write into the JSON report.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from roundtable.evaluation.dataset import EvalRow
from roundtable.evaluation.probes import ProbeKind
from roundtable.models import PanelistScore, Review, Vote


class EvalSettings(BaseModel):
    """How to review the rows: engine, panel, single-reviewer persona, reruns, parallelism."""

    model_config = ConfigDict(frozen=True)

    engine: str = "rubric"
    model: str | None = None
    panel: str | None = None
    persona: str | None = Field(
        None, description="Persona id for the single-reviewer baseline; the panel's first if None."
    )
    seed: int = 0
    runs: int = Field(
        1, ge=1, description="Reviews per row for test-retest (1 = no retest)."
    )
    probes: bool = True
    use_cache: bool = True
    workers: int = Field(
        0, ge=0, description="Processes for the rubric engine; 0 picks one per CPU (up to 8)."
    )
    concurrency: int = Field(4, ge=1, description="Reviews in flight for an async engine.")


class RowResult(BaseModel):
    """The numbers from reviewing one row, its probes and its reruns."""

    id: str
    rating: int
    pair_key: str | None
    split: str | None
    competency: str
    words: int = Field(description="Answer length in words: the length baseline's score.")
    score: float = Field(description="The verdict score, 1-5.")
    vote: Vote
    single_score: float
    single_vote: Vote
    panelists: list[str]
    panel_scores: list[float]
    panel_votes: list[Vote]
    pre_votes: list[Vote] | None = Field(
        None, description="Each panelist's vote before deliberation: its opening vote where the "
        "engine records one, else the rubric's reading."
    )
    openings: dict[str, str] = Field(description="Each panelist's opening-round turn text.")
    probe_scores: dict[ProbeKind, float] = Field(default_factory=dict)
    rerun_scores: list[float] = Field(default_factory=list)
    rerun_votes: list[Vote] = Field(default_factory=list)
    reruns_identical: bool | None = Field(
        None, description="Whether every rerun produced the same review (ids and timing aside)."
    )
    flags: list[str] = Field(default_factory=list)


def comparable(review: Review) -> dict[str, object]:
    """The review without what legitimately differs between identical runs: its id and
    time, and the engine's bookkeeping (timing, calls, cache hits, cost)."""
    return review.model_dump(mode="json", exclude={"id", "created_at", "engine"})


def single_reviewer(review: Review, persona: str | None) -> PanelistScore:
    """The chosen persona's own score and vote (the panel's first when `persona` is None)."""
    if not review.scores.panelists:
        raise ValueError("the review has no per-panelist scores")
    if persona is None:
        return review.scores.panelists[0]
    for item in review.scores.panelists:
        if item.panelist == persona:
            return item
    raise ValueError(f"persona '{persona}' is not on the panel")


def _openings(review: Review) -> list[Vote] | None:
    """Each panelist's own opening vote, when the engine records it."""
    opened = [p.opening.vote for p in review.scores.panelists if p.opening is not None]
    return opened if opened and len(opened) == len(review.scores.panelists) else None


def summarise_row(
    row: EvalRow,
    review: Review,
    *,
    persona: str | None,
    probes: dict[ProbeKind, Review],
    reruns: list[Review],
    before: list[PanelistScore] | None,
) -> RowResult:
    """Reduce one row's reviews to the numbers the metrics use."""
    single = single_reviewer(review, persona)
    openings = {t.speaker: t.text for r in review.rounds if r.kind == "opening" for t in r.turns}
    first = comparable(review) if reruns else None
    return RowResult(
        id=row.id,
        rating=row.rating,
        pair_key=row.pair_key,
        split=row.split,
        competency=row.competency,
        words=len(row.answer.split()),
        score=review.verdict.score,
        vote=review.verdict.vote,
        single_score=single.score,
        single_vote=single.vote,
        panelists=[p.panelist for p in review.scores.panelists],
        panel_scores=[p.score for p in review.scores.panelists],
        panel_votes=[p.vote for p in review.scores.panelists],
        pre_votes=_openings(review) or ([p.vote for p in before] if before is not None else None),
        openings=openings,
        probe_scores={kind: probe.verdict.score for kind, probe in probes.items()},
        rerun_scores=[r.verdict.score for r in reruns],
        rerun_votes=[r.verdict.vote for r in reruns],
        reruns_identical=all(comparable(r) == first for r in reruns) if reruns else None,
        flags=[f.kind for f in review.flags],
    )
