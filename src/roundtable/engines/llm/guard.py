"""The rubric as the guard, not the judge: how far a panelist's own scores may rise above it.

The model scores every criterion itself. A score at or below the rubric's stands as given. A
score above it stands only with a verified quote that the evidence reading ties to that very
criterion (a clause it credits for one of the criterion's signals or cues), and then only one
point above the rubric's; an answer that contains text addressed to the reviewer earns no lift
at all. Whatever is held back is reported, so the turn and the review can say so.

The lens (and the candidate's level) is applied here, once, by the rubric's own formula
(`scoring.panel`); the prompts ask for scores by the anchors, a strict persona reading strictly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from roundtable.catalog.schema import Criterion, Persona
from roundtable.engines.base import Case
from roundtable.engines.llm.quotes import FoldedText, locate_parts
from roundtable.engines.llm.replies import CriterionReply
from roundtable.evidence.analysis import Analysis
from roundtable.models import CriterionScore, OpeningScore, PanelistScore, Quote
from roundtable.scoring.panel import assess, flag_weights, level_offset

MAX_LIFT = 1
"""Points a panelist may score a criterion above the rubric, with a quote tied to it."""


@dataclass(frozen=True)
class Held:
    """A score the guard did not let stand as given."""

    criterion: str
    name: str
    asked: int
    kept: int
    reason: str

    def sentence(self) -> str:
        """How the held score reads in the panelist's own turn."""
        return f"my {self.asked} on {self.name} stands at {self.kept} ({self.reason})"


@dataclass(frozen=True)
class Guarded:
    """A panelist's scores after the guard, and what it held back."""

    scores: list[CriterionScore]
    held: list[Held]

    def note(self) -> str:
        """The sentence a turn ends with when something was held back; "" when nothing was."""
        if not self.held:
            return ""
        return "Held back by the rubric guard: " + "; ".join(h.sentence() for h in self.held) + "."


def tied_spans(case: Case, criterion: Criterion) -> list[tuple[int, int]]:
    """The clauses the evidence reading credits to `criterion` (its signals and its cues)."""
    return _tied_spans(_Reading(case.submission.answer, case.analysis),
                       tuple(criterion.signals.positive), tuple(criterion.cues))


@dataclass(frozen=True)
class _Reading:
    """An answer's analysis, compared by the answer alone: the reading is a function of it."""

    answer: str
    analysis: Analysis = field(compare=False, hash=False)


# Every panelist's every turn asks for the same criteria's spans; reading the cues again each
# time was most of the engine's own CPU, which serialises an interview's parallel questions.
@lru_cache(maxsize=256)
def _tied_spans(reading: _Reading, signals: tuple[str, ...],
                cues: tuple[str, ...]) -> list[tuple[int, int]]:
    evidence = reading.analysis.of(*signals)
    for cue in cues:
        evidence += reading.analysis.matches([cue], "cue")
    return [(e.start, e.end) for e in evidence]


def _tied(spans: Sequence[Quote], tied: Sequence[tuple[int, int]]) -> bool:
    return any(q.start < end and start < q.end for q in spans for start, end in tied)


def guard_scores(items: Sequence[CriterionReply], persona: Persona, case: Case) -> Guarded:
    """The panelist's scores within the guard; criteria the reply skips keep the rubric's."""
    rubric = {c.id: c for c in case.criteria}
    given = {item.criterion: item for item in items}
    folded = FoldedText.of(case.submission.answer)
    scores: list[CriterionScore] = []
    held: list[Held] = []
    for criterion in case.competency.criteria:
        base = rubric[criterion.id]
        item = given.get(criterion.id)
        if item is None:
            scores.append(base.model_copy(update={
                "rationale": f"{persona.name} gave no score; the rubric's stands"}))
            continue
        quotes = (locate_parts(item.quote, case.submission.answer, folded) or []
                  if item.quote.strip() else [])
        kept, reason = item.score, ""
        if item.score > base.score:
            if case.analysis.injection:
                kept = base.score
                reason = "the answer addresses the reviewer, so no score rises above the rubric's"
            elif not quotes or not _tied(quotes, tied_spans(case, criterion)):
                kept = base.score
                reason = f"no quote the reading ties to {criterion.name}"
            elif item.score > base.score + MAX_LIFT:
                kept = base.score + MAX_LIFT
                reason = f"at most {MAX_LIFT} point above the rubric's {base.score}"
        if kept != item.score:
            held.append(Held(criterion.id, criterion.name, item.score, kept, reason))
        rationale = f"{persona.name}'s score"
        if reason:
            rationale += f" {item.score}, held at {kept}: {reason}"
        scores.append(CriterionScore(
            id=criterion.id,
            name=criterion.name,
            score=kept,
            evidence=[q.model_copy(update={"criterion": criterion.id}) for q in quotes],
            rationale=rationale,
            # Still silent while the model, too, finds nothing to raise it on.
            silent=base.silent and kept == base.score,
        ))
    return Guarded(scores, held)


def panelist_score(guarded: Guarded, persona: Persona, case: Case) -> PanelistScore:
    """The panelist's score and vote from guarded scores, through its lens."""
    return assess(persona, case.competency, guarded.scores, level_offset(case.submission.level),
                  {f.kind for f in case.analysis.flags}, flag_weights(case.analysis))


def opening_score(guarded: Guarded, persona: Persona, case: Case) -> OpeningScore:
    """The provisional numbers of an opening, by the same formula as the final ones."""
    final = panelist_score(guarded, persona, case)
    return OpeningScore(score=final.score, vote=final.vote, criteria=final.criteria)
