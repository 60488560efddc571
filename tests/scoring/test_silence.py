"""A criterion the answer says nothing about is a gap, not evidence against: it counts at
`silence_value` (from 1 up to `SILENCE`, under a thin line's 2, with the evidence elsewhere),
while a criterion with a red flag, phrasing against it, a story told in generalities (more than
a slip: `GENERALITIES_SPEAK`) or one where only others act still counts at 1.

The arithmetic is checked by hand with an even lens, where every weight is 1."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import roundtable
from roundtable.catalog.loader import competencies, get_competency, get_panel, panels
from roundtable.evidence.analysis import analyze
from roundtable.models import CriterionScore
from roundtable.scoring.criteria import GENERALITIES_SPEAK, concreteness_penalty, score_criteria
from roundtable.scoring.panel import (
    SILENCE,
    SILENCE_DEPTH,
    lens_score,
    plain_score,
    silence_value,
    vote_for,
)

BACKBONE = get_competency("have-backbone")
IDS = [c.id for c in BACKBONE.criteria]
EVEN = get_panel("product-trio").personas[0].model_copy(update={"lens": {}, "strictness": 0.0})
PERSONAS = [p for name in ("product-trio", "engineering-loop", "hiring-manager")
            for p in get_panel(name).personas]


def test_silence_reads_halfway_to_a_thin_line() -> None:
    assert (SILENCE, SILENCE_DEPTH) == (1.5, 4)


@pytest.mark.parametrize(("scores", "value"), [
    ([1, 1, 1, 1], 1.0),          # nothing credited anywhere: silence is the floor
    ([2, 1, 1, 1], 1.125),
    ([3, 1, 1, 1], 1.25),
    ([3, 2, 1, 1], 1.375),
    ([5, 1, 1, 1], 1.5),          # one criterion at the top anchor
    ([3, 3, 1, 1], 1.5),
    ([5, 5, 5, 1], 1.5),          # never more
])
def test_silence_reads_as_the_evidence_elsewhere_up_to_its_ceiling(scores: list[int],
                                                                   value: float) -> None:
    assert silence_value({f"c{i}": s for i, s in enumerate(scores)}) == value


def backbone(*evidenced: int) -> dict[str, int]:
    """have-backbone's seven criteria: the first ones at `evidenced`, the rest at the floor."""
    return {cid: evidenced[i] if i < len(evidenced) else 1 for i, cid in enumerate(IDS)}


@pytest.mark.parametrize(("evidenced", "silent", "score", "vote"), [
    # Two criteria at 4, five at the floor: silent, they read as 1.5.
    ((4, 4), 5, round((8 + 5 * 1.5) / 7, 2), "no_hire"),
    ((4, 4), 0, round((8 + 5) / 7, 2), "strong_no_hire"),
    # The same floor, two of it silent and three spoken against: exactly on the No Hire line.
    ((4, 4), 2, 2.0, "no_hire"),
    # One criterion at 3 is half of SILENCE_DEPTH: silence reads as 1.25.
    ((3,), 6, round((3 + 6 * 1.25) / 7, 2), "strong_no_hire"),
    # One criterion at the top anchor and nothing else: exactly on the No Hire line.
    ((5,), 6, 2.0, "no_hire"),
    # Three at the top anchor and the rest silent: exactly on the hire line; a point less, or
    # the rest spoken against, and they fall below it.
    ((5, 5, 5), 4, 3.0, "hire"),
    ((5, 5, 4), 4, round((14 + 4 * 1.5) / 7, 2), "no_hire"),
    ((5, 5, 5), 0, round((15 + 4) / 7, 2), "no_hire"),
    # Nothing credited and nothing against: still the floor.
    ((), 7, 1.0, "strong_no_hire"),
])
def test_silence_at_the_vote_boundaries(evidenced: tuple[int, ...], silent: int, score: float,
                                        vote: str) -> None:
    # The silent criteria are the last ones, all at the floor.
    quiet = set(IDS[len(IDS) - silent:]) if silent else set()
    assert not quiet & set(IDS[:len(evidenced)])
    got = lens_score(EVEN, BACKBONE, backbone(*evidenced), silent=quiet)
    assert got == score
    assert vote_for(got) == vote


@pytest.mark.parametrize(("rows", "expected"), [
    ([(3, False), (3, False), (1, True)], round((3 + 3 + 1.5) / 3, 2)),
    ([(3, False), (3, False), (1, False)], round(7 / 3, 2)),
    ([(3, False), (1, True), (1, True)], round((3 + 2 * 1.25) / 3, 2)),
    ([(1, True), (1, True)], 1.0),
])
def test_a_single_judge_reads_silence_as_the_panel_does(rows: list[tuple[int, bool]],
                                                        expected: float) -> None:
    given = [CriterionScore(id=f"c{i}", name="c", score=s, rationale="r", silent=quiet)
             for i, (s, quiet) in enumerate(rows)]
    assert plain_score(given) == expected


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_line_found_on_a_silent_criterion_never_lowers_a_score(data: st.DataObject) -> None:
    # A silent criterion reads at most as a thin line, so crediting a line on it (it leaves
    # the silent set at 2 or more) never costs, and more evidence anywhere raises the value
    # silence reads at.
    competency = data.draw(st.sampled_from(sorted(competencies().values(), key=lambda c: c.id)))
    who = data.draw(st.sampled_from(PERSONAS + [EVEN]))
    criteria = {c.id: data.draw(st.integers(1, 4)) for c in competency.criteria}
    floor = sorted(cid for cid, s in criteria.items() if s == 1)
    silent = set(data.draw(st.lists(st.sampled_from(floor), unique=True))) if floor else set()
    raised = data.draw(st.sampled_from(sorted(criteria)))
    better = {**criteria, raised: criteria[raised] + 1}
    assert (lens_score(who, competency, better, silent=silent - {raised})
            >= lens_score(who, competency, criteria, silent=silent))
    if silent:
        spoken = data.draw(st.sampled_from(sorted(silent)))
        # Something said against a silent criterion never raises the score.
        assert (lens_score(who, competency, criteria, silent=silent - {spoken})
                <= lens_score(who, competency, criteria, silent=silent))


# A short coaching story of one apprentice, which says nothing of hiring or of feedback.
COACHED = (
    "I run the workshop at a bike shop. Last year we took on Amir, an apprentice whose wheel "
    "truing kept coming back from customers. Every Tuesday before opening I put a spare wheel "
    "on the stand and we trued it together while I checked his spoke tension with the gauge. "
    "By the sixth week his comebacks had dropped from five a month to none. This spring he "
    "taught our Saturday helper to true wheels himself."
)
COACHING = "Tell me about someone you've coached or developed."
DEVELOP = get_competency("hire-and-develop-the-best")


def silent_ids(answer: str) -> set[str]:
    return {s.id for s in score_criteria(analyze(answer), DEVELOP) if s.silent}


def test_a_criterion_the_story_never_touches_is_silent() -> None:
    scores = {s.id: s for s in score_criteria(analyze(COACHED), DEVELOP)}
    assert scores["hiring-bar"].silent and scores["hiring-bar"].score == 1
    assert not any(s.silent for s in scores.values() if s.evidence)


def test_a_red_flag_speaks_against_the_criteria_it_bears_on() -> None:
    scorned = COACHED + " The other mechanics were too lazy to help him, to be honest."
    assert {f.kind for f in analyze(scorned).flags} == {"contempt"}
    # Contempt bears on people and communication: the feedback criterion is no longer silent,
    # while the hiring bar (standards) and the lesson (reflection) still are.
    assert "candid-feedback" in silent_ids(COACHED)
    assert "candid-feedback" not in silent_ids(scorned)
    assert {"hiring-bar", "developer-reflection"} <= silent_ids(scorned)


def test_a_story_told_in_generalities_leaves_nothing_silent() -> None:
    general = ("I always try to support people on my team and help them grow. I think coaching "
               "is really important and I usually give feedback when it is needed. People "
               "generally do well with me.")
    assert not silent_ids(general)


def test_a_slip_of_generality_in_a_concrete_story_leaves_silence_alone() -> None:
    # One hedged line is a slip: it costs the lines it loosens, not the silence of the hiring
    # bar, which the story never touches. Two loose clauses are a story told in generalities.
    slip = COACHED + " I think he was embarrassed at first."
    loose = COACHED + " He was probably embarrassed at first, and I guess I hovered."
    assert 0 < concreteness_penalty(analyze(slip)) < GENERALITIES_SPEAK
    assert concreteness_penalty(analyze(loose)) >= GENERALITIES_SPEAK
    assert silent_ids(slip) == silent_ids(COACHED) == {
        "hiring-bar", "candid-feedback", "developer-reflection"}
    assert not silent_ids(loose)


@pytest.mark.parametrize("panel", sorted(panels()))
def test_a_short_strong_story_silent_on_hiring_is_not_strong_no_hire(panel: str) -> None:
    # Read with silence at 1 it was Strong No Hire on every panel (1.64-1.65).
    review = roundtable.review(COACHED, competency=DEVELOP.id, question=COACHING, panel=panel)
    assert review.verdict.vote != "strong_no_hire"


@pytest.mark.parametrize("panel", sorted(panels()))
def test_a_short_weak_story_with_silent_criteria_is_not_hire(panel: str) -> None:
    # Blame and contempt, and a lesson refused: the criteria it never touches are silent,
    # but what it does say counts against it.
    blamed = ("When the route software crashed I told everyone to wait because it wasn't my job "
              "to fix IT problems. The IT team were useless as always and took hours. The "
              "drivers went out late but that was their fault for not checking. I don't think I "
              "would do anything differently.")
    review = roundtable.review(blamed, competency="adaptability",
                               question="Tell me about a time your plan fell apart.", panel=panel)
    assert any(s.silent for s in review.scores.criteria)
    assert all(p.vote in ("strong_no_hire", "no_hire") for p in review.scores.panelists)


def test_silence_is_shown_in_the_review() -> None:
    review = roundtable.review(COACHED, competency=DEVELOP.id, question=COACHING)
    data = review.model_dump(mode="json")
    shown = {c["id"]: c["silent"] for c in data["scores"]["criteria"]}
    assert shown["hiring-bar"] is True and shown["individual-growth"] is False

