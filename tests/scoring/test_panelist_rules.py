"""A panelist's score from the rubric's criterion scores: the lens weighs criteria by family,
the level shifts the result, strictness does not (it acts on which evidence is credited), and
the vote follows the score as shown.

Personas are bundled ones with their lens and strictness set here, so the arithmetic a reader
can do by hand is what is checked.
"""

from __future__ import annotations

import pytest

from roundtable.catalog.loader import get_competency, get_panel
from roundtable.catalog.schema import Persona
from roundtable.models import CriterionScore, Quote
from roundtable.scoring.panel import (
    LEVEL_POINTS,
    assess,
    assess_panel,
    gaps,
    lens_score,
    vote_for,
)

COMPETENCY = get_competency("have-backbone")
FAMILIES = {c.id: c.family for c in COMPETENCY.criteria}


def persona(lens: dict[str, float] | None = None, strictness: float = 0.0) -> Persona:
    base = get_panel("product-trio").personas[0]
    return base.model_copy(update={"lens": lens or {}, "strictness": strictness})


def scores(value: int, **overrides: int) -> dict[str, int]:
    return {cid: overrides.get(cid.replace("-", "_"), value) for cid in FAMILIES}


def test_an_even_lens_is_the_plain_mean() -> None:
    assert lens_score(persona(), COMPETENCY, scores(3)) == 3.0
    mixed = scores(3, grounds=5, relationship=1)
    assert lens_score(persona(), COMPETENCY, mixed) == round(sum(mixed.values()) / 7, 2)


def test_the_lens_weighs_its_families_more() -> None:
    data = FAMILIES["grounds"]
    mixed = scores(3, grounds=5)
    plain = lens_score(persona(), COMPETENCY, mixed)
    keen = lens_score(persona({data: 3.0}), COMPETENCY, mixed)
    blind = lens_score(persona({data: 0.0}), COMPETENCY, mixed)
    assert blind == 3.0 < plain < keen
    others = sum(1 for f in FAMILIES.values() if f != data)
    grounds_like = sum(1 for f in FAMILIES.values() if f == data)
    assert keen == round((3 * others + 5 * 3.0 * grounds_like) / (others + 3.0 * grounds_like), 2)


def test_a_criterion_with_no_evidence_weighs_alike_for_every_lens() -> None:
    # A lens weighs the lines it reads; where the answer has none, every panelist sees the
    # same gap, so a lens keen on that family and one blind to it weigh it the same.
    data = FAMILIES["grounds"]
    mixed = scores(4, grounds=1)
    even = lens_score(persona(), COMPETENCY, mixed)
    keen = lens_score(persona({data: 3.0}), COMPETENCY, mixed, missing={"grounds"})
    blind = lens_score(persona({data: 0.0}), COMPETENCY, mixed, missing={"grounds"})
    assert keen == blind == even
    # With a line to read, the lens weighs it again, the same score or not.
    assert lens_score(persona({data: 3.0}), COMPETENCY, mixed) < even


def test_gaps_are_the_criteria_the_reading_quotes_nothing_for() -> None:
    line = Quote(quote="I pulled the logs", start=0, end=17)
    rubric = [CriterionScore(id=cid, name=cid, score=1 if cid == "grounds" else 4,
                             evidence=[] if cid == "grounds" else [line], rationale="r")
              for cid in FAMILIES]
    assert gaps(rubric) == {"grounds"}
    keen = persona({FAMILIES["grounds"]: 3.0})
    assert assess(keen, COMPETENCY, rubric).score == round((4 * 6 + 1) / 7, 2)
    # Told the criterion has evidence after all, the lens weighs its low score.
    assert assess(keen, COMPETENCY, rubric, missing=()).score < assess(keen, COMPETENCY,
                                                                         rubric).score


@pytest.mark.parametrize(("strictness", "offset", "expected"), [
    (0.0, 0.0, 3.0),
    (1.0, 0.0, 3.0),
    (-1.0, 0.0, 3.0),
    (0.0, 0.2, 3.0 - LEVEL_POINTS * 0.2),
    (1.0, 0.2, 3.0 - LEVEL_POINTS * 0.2),
    (-1.0, -0.15, 3.0 + LEVEL_POINTS * 0.15),
])
def test_the_level_shifts_the_score_and_strictness_does_not(strictness: float, offset: float,
                                                             expected: float) -> None:
    # A constant taken off one panelist's score before the shared threshold would be a hire
    # line of its own: strictness acts on the evidence it credits (deliberation.reading).
    found = lens_score(persona(strictness=strictness), COMPETENCY, scores(3), offset)
    assert found == round(found, 2) and found == pytest.approx(expected, abs=0.0051)


def test_the_score_stays_on_the_scale() -> None:
    assert lens_score(persona(strictness=1.0), COMPETENCY, scores(1), 0.2) == 1.0
    assert lens_score(persona(strictness=-1.0), COMPETENCY, scores(5), -0.15) == 5.0


def test_assess_reads_every_criterion_and_votes_on_the_score() -> None:
    rubric = [CriterionScore(id=cid, name=cid, score=4, rationale="r") for cid in FAMILIES]
    strict = assess(persona(strictness=1.0), COMPETENCY, rubric)
    assert strict.criteria == scores(4)
    assert (strict.score, strict.vote) == (4.0, "hire")
    assert assess(persona(), COMPETENCY, rubric).vote == "hire"
    top = [s.model_copy(update={"score": 5}) for s in rubric]
    assert assess(persona(), COMPETENCY, top).vote == "strong_hire"


@pytest.mark.parametrize(("score", "vote"), [
    (2.97, "hire"), (2.95, "hire"), (2.94, "no_hire"), (3.0, "hire"),
    (1.96, "no_hire"), (1.94, "strong_no_hire"), (4.17, "strong_hire"), (4.14, "hire"),
])
def test_the_vote_is_read_off_the_score_as_shown(score: float, vote: str) -> None:
    # "I'm at No Hire, 3.0 overall" beside "I'm at Hire, 3.0 overall" is the same shown score
    # with two votes; the vote reads the one-decimal score every review prints.
    assert vote_for(score) == vote


def test_the_panel_is_assessed_in_order_with_the_levels_offset() -> None:
    panel = get_panel("engineering-loop")
    rubric = [CriterionScore(id=cid, name=cid, score=3, rationale="r") for cid in FAMILIES]
    junior = assess_panel(panel, COMPETENCY, rubric, "Junior engineer")
    staff = assess_panel(panel, COMPETENCY, rubric, "Staff engineer")
    assert [a.panelist for a in junior] == [p.id for p in panel.personas]
    assert all(j.score > s.score for j, s in zip(junior, staff, strict=True))
