"""Panelist scores through each persona's lens and the candidate's level, votes, and the panel
verdict."""

from __future__ import annotations

import re
import statistics

from roundtable.catalog.schema import Competency, Family, Panel, Persona
from roundtable.models import VOTES, CriterionScore, PanelistScore, Verdict, Vote

# Vote thresholds on the 1-5 panelist score, calibrated on the labelled dev set (tests/data):
# a calibrated panelist hires from 3.0, where most criteria show real if incomplete evidence.
_THRESHOLDS: tuple[tuple[float, Vote], ...] = (
    (4.2, "strong_hire"),
    (3.0, "hire"),
    (2.0, "no_hire"),
)
LEVEL_POINTS = 0.225
"""Points the bar rises for a candidate at a seniority level with offset 1.0 (see `_LEVELS`).

A persona's strictness is not an offset here: subtracting a constant from a score that one
threshold then reads is the same as giving that panelist a higher threshold of its own, a second
vote rule in disguise. Strictness acts on the evidence instead: a strict panelist does not
credit hedged or vague lines on its own reading and holds against them when a colleague raises
them (`deliberation.reading`), so a strict panelist shown only plain facts agrees with the
rubric, and its score moves only with what the answer says."""
STRICT_READER = 0.15
"""A persona at least this strict reads strictly: it does not credit a hedged or vague line on
its own reading. Below it a persona reads the evidence at face value, as the rubric does."""

_BANDS: tuple[tuple[float, str], ...] = (
    (4.2, "Exceptional: raises the bar"),
    (3.6, "Strong: clear evidence across the rubric"),
    (3.0, "Solid but not exceptional"),
    (2.4, "Mixed: real moments, thin evidence"),
    (1.6, "Below the bar: little evidence of the competency"),
    (1.0, "Far below the bar: almost nothing the rubric can credit"),
)

_LEVELS: tuple[tuple[str, float], ...] = (
    (r"\b(intern|junior|entry|graduate|new grad|associate|l[1-4]|ic1|ic2)\b", -0.15),
    (r"\b(staff|principal|director|head|vp|distinguished|l[7-9]|ic[5-9])\b", 0.2),
    (r"\b(senior|sr\.?|lead|l6|ic4)\b", 0.1),
)


def level_offset(level: str | None) -> float:
    """How much stricter (positive) or more lenient the panel is for a seniority level."""
    if not level:
        return 0.0
    for pattern, offset in _LEVELS:
        if re.search(pattern, level, re.IGNORECASE):
            return offset
    return 0.0


def shown(score: float) -> float:
    """A score as the review shows it, to one decimal ("3.0 overall")."""
    return float(f"{score:.1f}")


def vote_for(score: float) -> Vote:
    """The vote a score corresponds to, read off the score as shown: a panelist who says
    "3.0 overall" is at the hire line whether its unrounded mean is 2.97 or 3.03, so the same
    shown score never gets two votes."""
    for threshold, vote in _THRESHOLDS:
        if shown(score) >= threshold:
            return vote
    return "strong_no_hire"


def _lens_weight(persona: Persona, family: Family) -> float:
    return persona.lens.get(family, 1.0)


def lens_score(
    persona: Persona, competency: Competency, criteria: dict[str, int], offset: float = 0.0
) -> float:
    """One persona's 1-5 score from per-criterion scores: its lens weights the criteria, and
    the candidate's level shifts the result (strictness has already acted on which evidence the
    criterion scores credit). The same formula serves the opening reading, every moved reading
    and the rubric's full reading."""
    weights = {c.id: _lens_weight(persona, c.family) for c in competency.criteria}
    total = sum(weights.values()) or 1.0
    mean = sum(criteria[cid] * w for cid, w in weights.items()) / total
    return round(max(1.0, min(5.0, mean - LEVEL_POINTS * offset)), 2)


def assess(
    persona: Persona, competency: Competency, scores: list[CriterionScore], offset: float = 0.0
) -> PanelistScore:
    """One persona's score on the rubric's full reading of every criterion."""
    by_id = {s.id: s.score for s in scores}
    criteria = {c.id: by_id[c.id] for c in competency.criteria}
    score = lens_score(persona, competency, criteria, offset)
    return PanelistScore(panelist=persona.id, score=score, vote=vote_for(score), criteria=criteria)


def plain_score(scores: list[CriterionScore]) -> float:
    """A single judge's score: every criterion weighed alike, no lens and no strictness."""
    return round(statistics.fmean(s.score for s in scores), 2) if scores else 1.0


def assess_panel(
    panel: Panel, competency: Competency, scores: list[CriterionScore], level: str | None = None
) -> list[PanelistScore]:
    """Every panelist's reading, in panel order."""
    offset = level_offset(level)
    return [assess(p, competency, scores, offset) for p in panel.personas]


def band(score: float) -> str:
    """A short label for where an overall score sits."""
    for floor, label in _BANDS:
        if score >= floor:
            return label
    return _BANDS[-1][1]


def verdict_from(assessments: list[PanelistScore]) -> Verdict:
    """The verdict is the panel's median vote (the lower middle on an even panel)."""
    ranks = sorted(VOTES.index(a.vote) for a in assessments)
    vote = VOTES[ranks[(len(ranks) - 1) // 2]]
    overall = round(statistics.fmean(a.score for a in assessments), 2)
    return Verdict(vote=vote, label=band(overall), score=overall)
