"""Why a score is what it is: every clause with its reading and what it credits."""

from __future__ import annotations

from dataclasses import dataclass

from roundtable.catalog.schema import Competency
from roundtable.evidence.analysis import Analysis
from roundtable.evidence.kinds import RED_FLAGS
from roundtable.evidence.reading import Clause


@dataclass(frozen=True)
class ClauseReading:
    """One clause as the reader read it, and the criteria its words were credited to."""

    clause: Clause
    flags: list[str]
    credits: list[str]
    """Criterion ids this clause's evidence counts for."""
    kinds: list[str]
    """The evidence kinds credited in this clause."""


def explain(analysis: Analysis, competency: Competency) -> list[ClauseReading]:
    """Every clause of the answer in order, with its flags and the criteria it credits."""
    signals = {c.id: set(c.signals.positive) for c in competency.criteria}
    # A criterion's own cues ("I'm not their supervisor") credit it as its kinds do.
    cued = {c.id: [e.at for e in analysis.matches(c.cues, "cue") if e.strength > 0]
            for c in competency.criteria}
    rows = []
    for clause in analysis.clauses:
        inside = [e for e in analysis.evidence
                  if clause.span.start <= e.at < clause.span.end and e.strength > 0]
        kinds = sorted({e.kind for e in inside})
        flags = [k for k in kinds if k in RED_FLAGS]
        by_cue = [cid for cid, hits in cued.items()
                  if any(clause.span.start <= at < clause.span.end for at in hits)]
        if by_cue:
            kinds.append("cue")
        credits = [cid for cid, wanted in signals.items()
                   if wanted & set(kinds) or cid in by_cue]
        rows.append(ClauseReading(clause, flags, credits,
                                  [k for k in kinds if k not in RED_FLAGS]))
    return rows


__all__ = ["ClauseReading", "explain"]
