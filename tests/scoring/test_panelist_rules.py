"""A panelist's score from the rubric's criterion scores: the lens weighs criteria by family,
the level shifts the result, strictness does not (it acts on which evidence is credited), and
the vote follows the score as shown.

Personas are bundled ones with their lens and strictness set here, so the arithmetic a reader
can do by hand is what is checked.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roundtable.catalog.loader import competencies, get_competency, get_panel
from roundtable.catalog.schema import Persona
from roundtable.models import CriterionScore
from roundtable.scoring.panel import (
    LEVEL_POINTS,
    assess,
    assess_panel,
    lens_score,
    vote_for,
    weight_at,
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
    keen = lens_score(persona({data: 2.0}), COMPETENCY, mixed)
    blind = lens_score(persona({data: 0.0}), COMPETENCY, mixed)
    assert blind == 3.0 < plain < keen
    # At the top anchor the lens weighs the criterion at its full weight.
    others = sum(1 for f in FAMILIES.values() if f != data)
    grounds_like = sum(1 for f in FAMILIES.values() if f == data)
    assert keen == round((3 * others + 5 * 2.0 * grounds_like) / (others + 2.0 * grounds_like), 2)


@pytest.mark.parametrize(("score", "expected"), [(5, 2.0), (3, 2.0 ** 0.5), (1, 1.0)])
def test_a_lens_weighs_a_criterion_by_what_there_is_to_read(score: int, expected: float) -> None:
    # Full weight where the top anchor is met, the rubric's even weight where the answer
    # gives nothing: every panelist sees the same gap and weighs it alike.
    data = FAMILIES["grounds"]
    assert weight_at(persona({data: 2.0}), data, score) == pytest.approx(expected)
    assert weight_at(persona({data: 0.7}), data, 1) == pytest.approx(1.0)
    assert weight_at(persona(), data, score) == 1.0


def test_a_keen_lens_on_an_empty_criterion_does_not_sink_a_strong_answer() -> None:
    data = FAMILIES["grounds"]
    strong = scores(4, grounds=1)
    even = lens_score(persona(), COMPETENCY, strong)
    assert lens_score(persona({data: 2.0}), COMPETENCY, strong) == even
    # A criterion with some evidence on it is weighed through the lens again.
    thin = scores(4, grounds=2)
    assert lens_score(persona({data: 2.0}), COMPETENCY, thin) < lens_score(persona(),
                                                                          COMPETENCY, thin)


PERSONAS = [p for name in ("product-trio", "engineering-loop", "hiring-manager")
            for p in get_panel(name).personas]
EXTREMES = [persona({family: weight}) for family in set(FAMILIES.values())
            for weight in (0.0, 0.1, 0.37, 2.72, 5.0)]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_more_evidence_on_a_criterion_never_lowers_a_score(data: st.DataObject) -> None:
    # The weights move with the scores, so the score must still rise with every criterion:
    # each weight changes by at most a factor e across the scale (`LENS_RISE`).
    competency = data.draw(st.sampled_from(sorted(competencies().values(), key=lambda c: c.id)))
    who = data.draw(st.sampled_from(PERSONAS + EXTREMES))
    criteria = {c.id: data.draw(st.integers(1, 4)) for c in competency.criteria}
    raised = data.draw(st.sampled_from(sorted(criteria)))
    better = {**criteria, raised: criteria[raised] + 1}
    assert lens_score(who, competency, better) >= lens_score(who, competency, criteria)


@pytest.mark.parametrize("who", PERSONAS + EXTREMES, ids=lambda p: f"{p.id}-{sorted(p.lens)}")
def test_the_worst_case_for_monotony_still_rises(who: Persona) -> None:
    # One criterion at the floor among criteria at the top: its weight rises most steeply
    # against the largest gap to the mean.
    for cid in FAMILIES:
        for low in range(1, 5):
            top = scores(5, **{cid.replace("-", "_"): low})
            step = scores(5, **{cid.replace("-", "_"): low + 1})
            assert lens_score(who, COMPETENCY, step) >= lens_score(who, COMPETENCY, top)


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
