"""Panelist scores through each persona's lens and the candidate's level, votes, and the panel
verdict."""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping
from typing import cast

from roundtable.catalog.schema import Competency, Family, Panel, Persona
from roundtable.evidence import kinds
from roundtable.evidence.analysis import Analysis
from roundtable.evidence.kinds import CONDUCT_FLAGS
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
FLAG_POINTS = 0.5
"""Points a conduct red flag (`CONDUCT_FLAGS`) takes off the overall score of a panelist whose
lens weighs it, on top of the criteria it lowers. One flag moves a panelist half a vote band
(a solid 3.4 falls below the hire line, a strong 4.0 still hires); two take a point, so an
answer whose only strength is a criterion no flag bears on (a saving, a date hit) does not
reach Hire with them. The vote is still read off the score by the one rule, `vote_for`."""
PASSING = 0.5
"""The share of `FLAG_POINTS` a conduct flag costs when the answer tells it once, in passing
(`flag_weights`).

Answers nobody here had read showed what the whole of it cost. Switching the conduct flags'
points off altogether left weak answers' Hire votes where they were (the tuning sets'
kept-aside fifths 215 -> 216, the flag sets' 45 -> 45) but took strong answers' No Hire votes
from 253 to 234 and Strong No Hire from 42 to 32: on such answers a flag the reader finds is
as often a strong story's scene (a colleague's mistake, a furious customer, a firm call) as a
weak story's conduct. On the held-out sets (blind19-29) each of the 23 flags found on strong
answers was told in one sentence and none as a lesson, against 8 of the 46 on weak answers.
Told once, a flag costs half its points (round 55): strong answers' No Hire votes 253 -> 248
kept aside and 254 -> 232 held out, Strong No Hire 4 -> 0 on the flag sets' kept-aside parts
and 25 -> 16 held out, no weak answer's vote moved on any of them nor on `flagblind2`. The
tuning sets' studied parts, from which the flag rules were written, find their flags right
and lose from the cut: weak Hire votes 407 -> 428, and 76 -> 97 on the flag sets."""
FLAG_ALERT = 1.0
"""A red flag is weighed by a lens weighing one of its families above neutral."""
STRICT_READER = 0.15
"""A persona at least this strict reads strictly: it does not credit a hedged or vague line on
its own reading. Below it a persona reads the evidence at face value, as the rubric does."""

_BANDS: tuple[tuple[float, str], ...] = (
    (4.2, "Exceptional: raises the bar"),
    (3.6, "Strong: clear evidence across the rubric"),
    (3.0, "Solid but not exceptional"),
    (2.4, "Mixed: real moments, thin evidence"),
    (1.6, "Below the bar: little evidence of the competency"),
)
# Every score under the lowest floor above (scores never fall below 1.0).
_BOTTOM_BAND = "Far below the bar: almost nothing the rubric can credit"

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


LENS_RISE = math.e
"""The most a lens's weight on a criterion changes between the floor and the top anchor. A
weighted mean whose weights move with the scores stays monotone (more evidence on a criterion
never lowers the score) while each weight changes by at most a factor e over the 4 points of
the scale: the score's slope in one criterion is its weight times 1 + (s - mean) ln(rise) / 4,
never negative."""


def weight_at(persona: Persona, family: Family, score: float) -> float:
    """How much `persona` weighs a criterion of `family` read at `score`.

    A lens weighs what it reads: the lines on a criterion it cares about count for more, and
    where the answer meets the top anchor they count at the lens's full weight. Where there is
    less to read the emphasis has less to act on, down to the rubric's even weight at the
    floor, where the answer gives nothing: every panelist sees the same gap and weighs it
    alike, so the lenses part where there is evidence to read differently, not over an empty
    criterion (a lens keen on it no longer sinks a strong answer below a vote line on it
    alone). A lens outside 1/e..e starts from as near even as `LENS_RISE` allows."""
    full = _lens_weight(persona, family)
    rise = min(LENS_RISE, max(1 / LENS_RISE, full))
    return float(full * rise ** ((score - 5) / 4))


FLAG_FAMILIES = cast(dict[str, tuple[Family, ...]], kinds.FLAG_FAMILIES)
"""Which lens families are alert to each red flag: the families it bears on (evidence/kinds.py,
which names them as plain words: the catalog that types them reads the evidence kinds), so the
panelist whose lens weighs what a flag costs is the one who raises it."""


def weighs_flag(persona: Persona, flag: str) -> bool:
    """Whether `persona`'s lens weighs a red flag: one of the families it bears on above
    neutral. Such a panelist raises the flag on its own."""
    families = FLAG_FAMILIES.get(flag, ())
    return bool(families) and max(
        _lens_weight(persona, f) for f in families) > FLAG_ALERT


def flag_weights(analysis: Analysis) -> dict[str, float]:
    """Each conduct red flag of the answer, with the share of `FLAG_POINTS` it costs: all of
    them for a flag the answer comes back to (found in two sentences or more) or draws as its
    lesson (in a clause read as reflection), `PASSING` for one told once in the story. (Where
    the answer ends is no measure: a line of filler after the flag would move it mid-story
    and raise the score.)"""
    weights: dict[str, float] = {}
    for kind in sorted(CONDUCT_FLAGS):
        found = analysis.of(kind)
        if found:
            lesson = any(c.role == "reflection" for e in found for c in analysis.clauses
                         if c.span.start <= e.at < c.span.end)
            told = len({e.sentence for e in found})
            weights[kind] = 1.0 if told > 1 or lesson else PASSING
    return weights


def flag_points(persona: Persona, flags: Collection[str],
                weights: Mapping[str, float] | None = None) -> float:
    """Points off `persona`'s overall score for the conduct red flags among `flags` (the flags
    it holds: its own, or raised to it by a colleague) that its lens weighs, each at its share
    in `weights` (`flag_weights`; the whole without one)."""
    shares = weights or {}
    return FLAG_POINTS * sum(shares.get(f, 1.0) for f in set(flags) & CONDUCT_FLAGS
                             if weighs_flag(persona, f))


SILENCE = 1.5
"""What a criterion counts for in the mean when the answer says nothing about it, for or
against (`CriterionScore.silent`), once the answer shows a criterion's worth of evidence
elsewhere (`SILENCE_DEPTH`): halfway from evidence against it (1) to a thin line on it (2), as
a story that never touches a criterion may hide either. Read as 1, silence costs as much as
evidence against, so a deep story on fewer criteria falls below a thin one on all of them: on
blind10, 26 of 162 votes on strong answers were Strong No Hire, and none with silence read at
1.5, 1.75 or 2. Read as 2 or more, finding a line on a silent criterion could lower a score; at
2 an average answer with three criteria at 4 and two silent reached Hire on every panel, at
1.75 on one (`tests/evidence/test_occupations.py`)."""
SILENCE_DEPTH = 4
"""Points above the floor, summed over a reading's criteria, at which a silent criterion reads
at `SILENCE`: the span of the scale, one criterion's worth of full evidence (one at the top
anchor, or two at 3). Below it silence reads proportionally nearer 1, so an answer with nothing
to credit anywhere stays at the floor."""


def silence_value(criteria: Mapping[str, int]) -> float:
    """What a criterion the answer is silent on counts for in the mean: from 1 for an answer
    with nothing to credit anywhere up to `SILENCE`, reached at `SILENCE_DEPTH`.

    A story says nothing about what it was not about: a coaching story about a hiring bar, a
    plan that fell apart about calming others. The value rises with the evidence elsewhere and
    stays under a thin line's 2, so more evidence on any criterion, a silent one included,
    never lowers a score, and a silent criterion is weighed on the lens's curve like any
    other."""
    depth = sum(score - 1 for score in criteria.values())
    return 1.0 + (SILENCE - 1.0) * min(1.0, depth / SILENCE_DEPTH)


def _mean(persona: Persona, competency: Competency, criteria: Mapping[str, int],
          silent: Collection[str]) -> float:
    quiet = silence_value(criteria)
    values = {c.id: quiet if c.id in silent else float(criteria[c.id])
              for c in competency.criteria}
    weights = {c.id: weight_at(persona, c.family, values[c.id]) for c in competency.criteria}
    total = sum(weights.values()) or 1.0
    return sum(values[cid] * w for cid, w in weights.items()) / total


def lens_score(
    persona: Persona, competency: Competency, criteria: dict[str, int], offset: float = 0.0,
    flags: Collection[str] = (), silent: Collection[str] = (),
    weights: Mapping[str, float] | None = None,
) -> float:
    """One persona's 1-5 score from per-criterion scores: its lens weights the criteria, the
    candidate's level shifts the result (strictness has already acted on which evidence the
    criterion scores credit), and each conduct red flag the panelist holds and weighs takes
    `FLAG_POINTS` off, or its share of them in `weights`. The criteria in `silent`, at the floor
    with nothing found for or against them (`CriterionScore.silent`), count at `silence_value`.
    The same formula serves the opening reading, every moved reading and the rubric's full
    reading. The weights follow `weight_at`."""
    mean = _mean(persona, competency, criteria, silent)
    return _on_scale(mean, offset, flag_points(persona, flags, weights))


def _on_scale(mean: float, offset: float, points: float) -> float:
    return round(max(1.0, min(5.0, mean - LEVEL_POINTS * offset - points)), 2)


def flag_cost(
    persona: Persona, competency: Competency, criteria: dict[str, int], offset: float = 0.0,
    flags: Collection[str] = (), silent: Collection[str] = (),
    weights: Mapping[str, float] | None = None,
) -> float:
    """What `flags` take off `persona`'s score on these criteria: its flag points, less what the
    floor of the scale spares."""
    return scored(persona, competency, criteria, offset, flags, silent, weights)[1]


def scored(
    persona: Persona, competency: Competency, criteria: dict[str, int], offset: float = 0.0,
    flags: Collection[str] = (), silent: Collection[str] = (),
    weights: Mapping[str, float] | None = None,
) -> tuple[float, float]:
    """`lens_score` and `flag_cost` of one reading, its weighted mean worked out once (a
    deliberation asks for both after every move)."""
    mean = _mean(persona, competency, criteria, silent)
    score = _on_scale(mean, offset, flag_points(persona, flags, weights))
    return score, round(_on_scale(mean, offset, flag_points(persona, ())) - score, 2)


def assess(
    persona: Persona, competency: Competency, scores: list[CriterionScore], offset: float = 0.0,
    flags: Collection[str] = (), weights: Mapping[str, float] | None = None,
) -> PanelistScore:
    """One persona's score on the rubric's full reading of every criterion, with the answer's
    red flags `flags` at their shares `weights` (`flag_weights`)."""
    by_id = {s.id: s.score for s in scores}
    criteria = {c.id: by_id[c.id] for c in competency.criteria}
    silent = {s.id for s in scores if s.silent}
    score = lens_score(persona, competency, criteria, offset, flags, silent, weights)
    return PanelistScore(panelist=persona.id, score=score, vote=vote_for(score), criteria=criteria)


def _fmean(values: list[float]) -> float:
    """`statistics.fmean(values)`, as it computes it: `statistics` is no other part of a review's,
    and importing it took about a five-hundredth of a `roundtable review` process."""
    return math.fsum(values) / len(values)


def plain_score(scores: list[CriterionScore]) -> float:
    """A single judge's score: every criterion weighed alike, no lens and no strictness, a
    silent criterion read as the panel reads it (`silence_value`)."""
    if not scores:
        return 1.0
    quiet = silence_value({s.id: s.score for s in scores})
    return round(_fmean([quiet if s.silent else s.score for s in scores]), 2)


def assess_panel(
    panel: Panel, competency: Competency, scores: list[CriterionScore], level: str | None = None,
    flags: Collection[str] = (),
) -> list[PanelistScore]:
    """Every panelist's reading, in panel order, with the answer's red flags `flags`."""
    offset = level_offset(level)
    return [assess(p, competency, scores, offset, flags) for p in panel.personas]


def band(score: float) -> str:
    """A short label for where an overall score sits, read off the score as shown (as
    `vote_for` is): "3.6" is never labelled below the band that starts at 3.6."""
    for floor, label in _BANDS:
        if shown(score) >= floor:
            return label
    return _BOTTOM_BAND


def verdict_from(assessments: list[PanelistScore]) -> Verdict:
    """The verdict is the panel's median vote (the lower middle on an even panel)."""
    ranks = sorted(VOTES.index(a.vote) for a in assessments)
    vote = VOTES[ranks[(len(ranks) - 1) // 2]]
    overall = round(_fmean([a.score for a in assessments]), 2)
    return Verdict(vote=vote, label=band(overall), score=overall)
