"""Turning checked replies into review objects: turns with offsets, scores with evidence.

Everything here is deterministic code over the model's structured reply; the numbers that
decide the verdict are computed here, never read from the model's prose.
"""

from __future__ import annotations

from dataclasses import dataclass

from roundtable.catalog.schema import Persona
from roundtable.engines.base import Case
from roundtable.engines.llm.quotes import QuoteCheck, check_quotes, locate
from roundtable.engines.llm.replies import ClosingReply, CrosstalkReply, SynthesisReply, TurnReply
from roundtable.models import CriterionScore, PanelistScore, Turn
from roundtable.scoring.panel import assess, level_offset


@dataclass(frozen=True)
class Grounded:
    """A reply's verified quotes, or what is wrong with them."""

    check: QuoteCheck
    needs_quote: bool = True
    """Turns must cite the answer; a synthesis that only summarises the panel need not."""

    @property
    def problem(self) -> str | None:
        """Why the reply cannot stand as it is, or None when every quote is in the answer."""
        if self.check.invented:
            listed = "; ".join(f'"{q[:80]}"' for q in self.check.invented[:3])
            return f"quotes not found in the answer: {listed}"
        if self.needs_quote and not self.check.found:
            return "no quote from the answer supports the turn"
        return None


def ground_turn(reply: TurnReply, answer: str) -> Grounded:
    """Check every quote a turn relies on, including closing scores' evidence."""
    quotes = list(reply.quotes)
    if isinstance(reply, ClosingReply):
        quotes.extend(s.quote for s in reply.scores if s.quote.strip())
    return Grounded(check_quotes(quotes, reply.text, answer))


def ground_synthesis(reply: SynthesisReply, answer: str) -> Grounded:
    """Check any quotation inside the synthesis prose."""
    prose = " ".join([
        reply.headline,
        reply.consensus,
        *reply.agreements,
        *(f"{p.reason_to_hire} {p.concern} {p.emphasis}" for p in reply.panelists),
    ])
    return Grounded(check_quotes([], prose, answer), needs_quote=False)


def panelist_id(name: str, case: Case, *, exclude: str | None = None) -> str | None:
    """The id of the panelist a model named by id, full name or first name."""
    key = name.strip().lower().rstrip(",.:;")
    for persona in case.panel.personas:
        if persona.id == exclude:
            continue
        if key in {persona.id, persona.name.lower(), persona.name.split()[0].lower()}:
            return persona.id
    return None


def build_turn(reply: TurnReply, speaker: Persona, case: Case, check: QuoteCheck) -> Turn:
    """A review Turn from a checked reply: evidence with offsets, addressees resolved to ids."""
    addresses: list[str] = []
    stance = None
    if isinstance(reply, CrosstalkReply):
        stance = reply.stance
        named = [panelist_id(n, case, exclude=speaker.id) for n in reply.addresses]
        # Models often name a colleague in the text but leave `addresses` empty.
        mentioned = [
            p.id
            for p in case.panel.personas
            if p.id != speaker.id and p.name.split()[0] in reply.text
        ]
        for pid in [*named, *mentioned]:
            if pid is not None and pid not in addresses:
                addresses.append(pid)
    return Turn(
        speaker=speaker.id,
        text=reply.text.strip(),
        addresses=addresses,
        stance=stance,
        evidence=check.found,
    )


def closing_assessment(reply: ClosingReply, persona: Persona, case: Case) -> PanelistScore:
    """The panelist's score and vote from its own per-criterion scores, via the rubric's formula.

    A criterion scored above the rubric without a verified quote is held at the rubric's score:
    a number the answer cannot back is not evidence. Criteria the reply skips keep the rubric's.
    """
    rubric = {c.id: c for c in case.criteria}
    given = {s.criterion.strip(): s for s in reply.scores}
    scores: list[CriterionScore] = []
    for criterion in case.competency.criteria:
        base = rubric[criterion.id]
        item = given.get(criterion.id)
        if item is None:
            scores.append(base)
            continue
        quote = locate(item.quote, case.submission.answer) if item.quote.strip() else None
        score = item.score if quote is not None else min(item.score, base.score)
        scores.append(CriterionScore(
            id=criterion.id,
            name=criterion.name,
            score=score,
            evidence=[quote] if quote is not None else [],
            rationale=f"{persona.name}'s score" + ("" if quote else " (no quote given)"),
        ))
    return assess(persona, case.competency, scores, level_offset(case.submission.level))
