"""The interview as it crosses every boundary: CLI JSON, Python API, web API and store.

`interview(...).model_dump(mode="json")` is what `roundtable interview --format json` prints.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from roundtable.models import Flag, PanelistRef, Review, Vote

Rating = Literal["Definitely Not", "No", "Yes", "Strong Yes"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SegmentCompetency(_Model):
    """The competency a question was reviewed against."""

    id: str
    name: str
    inferred: bool = Field(True, description="False when the user gave it (--competencies).")
    confident: bool = Field(True, description="False when it was inferred and another "
                            "competency fits almost as well (a `competency_uncertain` flag says "
                            "which).")


class InterviewSegment(_Model):
    """One behavioral question of the interview and the panel's review of its answer."""

    index: int = Field(ge=1, description="1-based position among the interview's questions.")
    question: str
    competency: SegmentCompetency
    start: float | None = Field(None, description="Seconds into the recording the question "
                                "was asked, when the transcript has times.")
    end: float | None = Field(None, description="Seconds into the recording the answer ended.")
    review: Review | None = Field(None, description="None when the answer is too short to "
                                  "review; `flags` then says so.")
    flags: list[Flag] = Field(default_factory=list)


class PanelistVote(_Model):
    """One panelist over the whole interview."""

    panelist: str = Field(description="Panelist id.")
    vote: Vote = Field(description="The score-to-vote rule applied to `score`.")
    score: float = Field(ge=1.0, le=5.0, description="Mean of the panelist's final scores over "
                         "the reviewed answers.")
    reason_to_hire: str
    concern: str


class CompetencyResult(_Model):
    """How the interview did on one competency (over every question that tested it)."""

    id: str
    name: str
    score: float = Field(ge=1.0, le=5.0)
    vote: Vote
    segments: list[int] = Field(description="Indices of the questions that tested it.")


class Disagreement(_Model):
    """A question (or the interview as a whole) where panelists land on opposite sides."""

    segment: int | None = Field(description="The question's index; None for the overall votes.")
    text: str


class Debrief(_Model):
    """The debrief of the loop."""

    summary: str
    panelists: list[PanelistVote]
    competencies: list[CompetencyResult]
    strongest: int = Field(description="Index of the strongest answer.")
    weakest: int = Field(description="Index of the weakest answer.")
    disagreements: list[Disagreement] = Field(default_factory=list)


class InterviewVerdict(_Model):
    """The hire recommendation: the panel's median overall vote."""

    vote: Vote
    label: str
    score: float = Field(ge=1.0, le=5.0)


class ScorecardRating(_Model):
    """One competency on an ATS scorecard."""

    competency: str
    name: str
    rating: Rating


class Scorecard(_Model):
    """The debrief as an ATS scorecard (Greenhouse-style ratings)."""

    ratings: list[ScorecardRating]
    key_take_aways: list[str]
    overall_recommendation: Rating


class Interview(_Model):
    """A whole interview: each behavioral question reviewed, then the debrief."""

    schema_version: str = "1"
    id: str | None = None
    headline: str
    recording: str | None = None
    role: str | None = None
    level: str | None = None
    panel: list[PanelistRef]
    segments: list[InterviewSegment]
    debrief: Debrief
    verdict: InterviewVerdict
    scorecard: Scorecard
    flags: list[Flag] = Field(default_factory=list)
