"""The structured replies the model is asked for, one shape per round and one for the synthesis.

They are kept flat and small so that small local models can fill them; everything the review
needs beyond them (offsets, votes, ids) is computed by code.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import BaseModel, Field


class Reply(BaseModel):
    """Any structured reply; `max_tokens` bounds how long the model may talk to produce it."""

    max_tokens: ClassVar[int] = 600


class TurnReply(Reply):
    """A panelist's opening take."""

    text: str = Field(description="What you say, two to four sentences, in your own voice.")
    quotes: list[str] = Field(
        description="Verbatim quotes copied exactly from the answer that your text relies on."
    )


class CrosstalkReply(TurnReply):
    """A panelist responding to colleagues' openings."""

    addresses: list[str] = Field(description="First names of the panelists you respond to.")
    stance: Literal["agree", "build", "pushback"] = Field(
        description="agree, build (add to their point) or pushback (disagree)."
    )


class CriterionReply(BaseModel):
    """One criterion scored by one panelist, with its evidence."""

    criterion: str = Field(description="The criterion id.")
    score: int = Field(ge=1, le=5, description="1 to 5, by the criterion's anchors.")
    quote: str = Field(description='Verbatim evidence from the answer, or "" if there is none.')


class ClosingReply(TurnReply):
    """A panelist's closing statement and final scores."""

    max_tokens: ClassVar[int] = 1100

    scores: list[CriterionReply] = Field(description="One entry per criterion id.")


class PanelistNote(BaseModel):
    """Synthesis text about one panelist."""

    panelist: str = Field(description="The panelist's first name.")
    reason_to_hire: str
    concern: str
    emphasis: str = Field(description="What this panelist stresses that the others do not.")
    follow_up: str = Field(description="The question this panelist would ask the candidate next.")


class SynthesisReply(Reply):
    """The moderator's synthesis of the whole deliberation."""

    max_tokens: ClassVar[int] = 1300

    headline: str = Field(description="One sentence summing up the panel's view.")
    consensus: str = Field(description="Two or three sentences on where the panel landed.")
    agreements: list[str] = Field(description="Points every panelist agreed on.")
    panelists: list[PanelistNote] = Field(description="One entry per panelist.")
