"""The structured replies the model is asked for, one shape per round and one for the synthesis.

They are kept flat and small so that small local models can fill them; everything the review
needs beyond them (offsets, votes, ids) is computed by code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, Field, create_model

from roundtable.models import Stance


class Reply(BaseModel):
    """Any structured reply; `max_tokens` bounds how long the model may talk to produce it."""

    max_tokens: ClassVar[int] = 600


class TurnReply(Reply):
    """What every panelist turn carries: what is said and the quotes it rests on."""

    text: str = Field(description="What you say, two to four sentences, in your own voice.")
    quotes: list[str] = Field(
        description="Verbatim quotes copied exactly from the answer that your text relies on. "
        'A quote may skip words with "…" when each part is copied exactly.'
    )


class CriterionReply(BaseModel):
    """One criterion scored by one panelist, with its evidence."""

    criterion: str = Field(description="The criterion id.")
    score: int = Field(ge=1, le=5, description="1 to 5, by the criterion's anchors.")
    quote: str = Field(
        description='Verbatim evidence from the answer for this criterion, or "" if there is none.'
    )


class OpeningReply(TurnReply):
    """A panelist's blind opening take and provisional scores."""

    max_tokens: ClassVar[int] = 1000

    scores: list[CriterionReply] = Field(description="One entry per criterion id.")


class CrosstalkReply(TurnReply):
    """A panelist answering the colleague it disagrees with most."""

    addresses: list[str] = Field(description="First names of the panelists you respond to.")
    stance: Stance = Field(
        description="agree, build (add to their point) or pushback (disagree)."
    )


class ClosingReply(TurnReply):
    """A panelist's closing statement and final scores."""

    max_tokens: ClassVar[int] = 1100

    moved: str = Field(
        description="What moved your view since your opening: whose point, which criterion, "
        'and from what score to what; or "Nothing moved me" if nothing did.'
    )
    scores: list[CriterionReply] = Field(description="One entry per criterion id.")


@dataclass(frozen=True)
class ReplyTypes:
    """The reply shapes for one competency: `criterion` is an enum of its ids."""

    opening: type[OpeningReply]
    crosstalk: type[CrosstalkReply]
    pushback: type[CrosstalkReply]
    """Cross-talk where the gap is a full point or more: the stance can only be a pushback."""
    closing: type[ClosingReply]


@cache
def reply_types(criterion_ids: tuple[str, ...]) -> ReplyTypes:
    """Reply models whose `criterion` field only accepts `criterion_ids`.

    A mistyped id is then a validation error the model is told about and retries, rather than
    a score silently dropped. The names stay fixed, so the schemas (and cache keys) are stable.
    """
    ids: Any = Literal.__getitem__(criterion_ids)  # a Literal built from data, not from source
    scored = create_model(
        "CriterionReply",
        __base__=CriterionReply,
        criterion=(ids, Field(description="The criterion id.")),
    )
    scores: Any = (list[scored], Field(description="One entry per criterion id."))
    pushback: Any = Literal["pushback"]
    pushback_stance = (pushback, Field(description="pushback: you disagree."))
    return ReplyTypes(
        opening=create_model("OpeningReply", __base__=OpeningReply, scores=scores),
        crosstalk=CrosstalkReply,
        pushback=create_model("CrosstalkReply", __base__=CrosstalkReply, stance=pushback_stance),
        closing=create_model("ClosingReply", __base__=ClosingReply, scores=scores),
    )


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
