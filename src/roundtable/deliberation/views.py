"""Each panelist's reading of the case: what they credit, what worries them, how they vote.

A view is derived from the numbers only (criterion scores, lens weights, strictness), so the
rounds that follow can only agree or disagree where the numbers do.
"""

from __future__ import annotations

from dataclasses import dataclass

from roundtable.catalog.schema import Criterion, Family, Persona
from roundtable.engines.base import Case
from roundtable.evidence.analysis import Evidence
from roundtable.evidence.kinds import RED_FLAGS
from roundtable.models import CriterionScore, PanelistScore, Quote


@dataclass(frozen=True)
class View:
    """One panelist's take before anyone speaks."""

    persona: Persona
    assessment: PanelistScore
    strength: Criterion | None
    strength_score: CriterionScore | None
    strength_quote: Quote | None
    strength_kinds: list[str]
    """The criterion's signals the answer shows, most central first."""
    concern: Criterion
    concern_score: CriterionScore
    concern_quote: Quote | None
    focus: str
    """The phrase from the persona's voice that this case speaks to most."""
    red_flag: Evidence | None = None
    """A red flag this panelist calls out (one panelist per red flag kind)."""

    @property
    def credits_little(self) -> bool:
        """True when even this panelist's best evidence sits below the middle anchor."""
        return self.strength_score is None or self.strength_score.score <= 2


def _weight(persona: Persona, criterion: Criterion) -> float:
    return persona.lens.get(criterion.family, 1.0)


def _assign(
    personas: list[Persona], options: list[str], affinity: dict[tuple[str, str], float],
    allowed: dict[str, set[str]],
) -> dict[str, str]:
    """Give each persona a different option where possible, best-affinity pairs first.

    Panel order must not decide who gets to raise the obvious point, so pairs are taken in
    order of how much each persona cares; a persona left without a distinct option gets its
    own best one.
    """
    chosen: dict[str, str] = {}
    taken: set[str] = set()
    pairs = sorted(affinity.items(), key=lambda kv: (-kv[1], options.index(kv[0][1])))
    for (pid, option), _ in pairs:
        if pid not in chosen and option not in taken and option in allowed[pid]:
            chosen[pid] = option
            taken.add(option)
    for persona in personas:
        if persona.id not in chosen and allowed[persona.id]:
            best = max(allowed[persona.id],
                       key=lambda o: (affinity[(persona.id, o)], -options.index(o)))
            chosen[persona.id] = best
    return chosen


def _quote(score: CriterionScore, used: set[int]) -> Quote | None:
    """The criterion's best quote not used yet; its best one if all are taken."""
    for quote in score.evidence:
        if quote.start not in used:
            return quote
    return score.evidence[0] if score.evidence else None


def plan_views(case: Case) -> list[View]:
    """Views for every panelist, in panel order, spreading strengths and concerns across them."""
    criteria = {c.id: c for c in case.competency.criteria}
    scores = {s.id: s for s in case.criteria}
    order = list(criteria)
    personas = list(case.panel.personas)
    credited = [cid for cid in order if scores[cid].evidence and scores[cid].score >= 2]
    strength_of = _assign(
        personas, order,
        {(p.id, c): scores[c].score * _weight(p, criteria[c]) for p in personas for c in credited},
        {p.id: set(credited) for p in personas},
    )
    concern_affinity = {
        (p.id, c): 0.6 * _weight(p, criteria[c]) - scores[c].score for p in personas for c in order
    }
    allowed: dict[str, set[str]] = {}
    for p in personas:
        pool = [c for c in order if c != strength_of.get(p.id)] or order
        # A second-choice concern must be within a point of the panelist's real worst,
        # so spreading concerns never invents a non-issue.
        worst = min(scores[c].score for c in pool)
        allowed[p.id] = {c for c in pool if scores[c].score <= worst + 1}
    concern_of = _assign(personas, order, concern_affinity, allowed)
    used_quotes: set[int] = set()
    views: list[View] = []
    for persona, assessment in zip(personas, case.assessments, strict=True):
        strength_id = strength_of.get(persona.id)
        concern_id = concern_of[persona.id]
        strength_score = scores[strength_id] if strength_id else None
        concern_score = scores[concern_id]
        concern_first = concern_score.evidence[0].start if concern_score.evidence else -1
        # A panelist never credits and criticises the same line.
        strength_quote = (_quote(strength_score, used_quotes | {concern_first})
                          if strength_score else None)
        concern_quote = next((q for q in concern_score.evidence
                              if strength_quote is None or q.start != strength_quote.start), None)
        if strength_quote:
            used_quotes.add(strength_quote.start)
        focus_index = sum(map(ord, persona.id + (strength_id or ""))) % len(persona.voice.focus)
        views.append(
            View(
                persona=persona,
                assessment=assessment,
                strength=criteria[strength_id] if strength_id else None,
                strength_score=strength_score,
                strength_quote=strength_quote,
                strength_kinds=_kinds_found(case, criteria[strength_id]) if strength_id else [],
                concern=criteria[concern_id],
                concern_score=concern_score,
                concern_quote=concern_quote,
                focus=persona.voice.focus[focus_index],
            )
        )
    _assign_red_flags(case, views)
    return views


# Which lens families care most about each red flag.
_FLAG_FAMILIES: dict[str, tuple[Family, ...]] = {
    "blame": ("ownership", "relationship"),
    "contempt": ("relationship", "people"),
    "emotional": ("relationship", "communication"),
    "never_fail": ("reflection", "judgment"),
}


def _assign_red_flags(case: Case, views: list[View]) -> None:
    """Give each red flag in the answer to the panelist whose lens weighs it most."""
    for kind, families in _FLAG_FAMILIES.items():
        found = case.analysis.of(kind)
        if not found or kind not in RED_FLAGS:
            continue
        free = [v for v in views if v.red_flag is None] or views
        best = max(free, key=lambda v: sum(v.persona.lens.get(f, 1.0) for f in families))
        views[views.index(best)] = View(**{**best.__dict__, "red_flag": found[0]})


def _kinds_found(case: Case, criterion: Criterion) -> list[str]:
    """The criterion's positive signals present in the answer, most central first."""
    present = {e.kind for e in case.analysis.of(*criterion.signals.positive)}
    return [k for k in criterion.signals.positive if k in present]
