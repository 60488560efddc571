"""An outcome told only in loose words ("It did calm down a lot", "we had no complaints that
day") is still an outcome told: the story is scored as one with no outcome credited, but its
concern quotes the loose outcome rather than saying none is told, and the claim checker holds
every rationale to that."""

from __future__ import annotations

import pytest

import roundtable
from roundtable.evidence.analysis import analyze
from roundtable.evidence.loose import loose_outcome
from roundtable.scoring import telling
from roundtable.scoring.criteria import OUTCOMELESS, held_against, outcome_concern, outcomeless
from roundtable.synthesis.claims import check_review

_STEPS = ("The dad was angry at the gate most mornings about his son's reading book. I asked him "
          "to come in on Thursday, showed him the reading record and the book band, and agreed "
          "a plan with him for the next six weeks. ")


@pytest.mark.parametrize(("ending", "quoted"), [
    ("It did calm down a lot.", "It did calm down a lot"),
    ("I think the mornings were hard. But we had no complaints that week from him.",
     "But we had no complaints that week from him"),
    ("After some months everything was ok.", "After some months everything was ok"),
    ("The atmosphere at the gate was so much lighter.",
     "The atmosphere at the gate was so much lighter"),
])
def test_a_loose_outcome_is_quoted_not_denied(ending: str, quoted: str) -> None:
    analysis = analyze(_STEPS + ending)
    assert outcomeless(analysis)
    assert loose_outcome(analysis) == quoted
    assert outcome_concern(analysis) == f"the outcome is told only in loose words (“{quoted}”)"


@pytest.mark.parametrize("ending", [
    "The new plan is projected to save us hours every week.",  # still to come
    "I was happy to help, and I'd do the same again.",  # the teller's own feeling
    "If it went well, it would calm down by the summer.",  # a hypothesis
    "What I learned is that things settle down when parents are heard.",  # a lesson
])
def test_no_loose_outcome_where_none_is_told(ending: str) -> None:
    analysis = analyze(_STEPS + ending)
    assert loose_outcome(analysis) is None
    if outcomeless(analysis):
        assert outcome_concern(analysis) == OUTCOMELESS


def test_a_change_in_the_opening_scene_is_no_outcome() -> None:
    text = ("Things had got better after the merger, but the night shift still missed its "
            "handovers. " + _STEPS.replace("The dad", "One dad"))
    assert loose_outcome(analyze(text)) is None


def test_the_checker_holds_a_rationale_to_a_loose_outcome() -> None:
    review = roundtable.review(_STEPS + "It did calm down a lot.", competency="communication")
    assert check_review(review) == []
    criteria = [c.model_copy(update={"rationale": f"found: action; against: {OUTCOMELESS}"})
                for c in review.scores.criteria]
    denied = review.model_copy(update={"scores": review.scores.model_copy(
        update={"criteria": criteria})})
    assert "outcome_is_told" in {v.rule for v in check_review(denied)}



def test_the_tellings_reason_leaves_the_outcome_to_the_rules() -> None:
    """A model that lowers answers for telling no credited outcome does not give that as its
    reason: the rules already give the outcome's concern, quoting a loose one, where "no outcome
    told" would deny it."""
    pulls = {"outcome": 1.0, "outcomeless": -1.0}
    weights = tuple(pulls.get(name, 0.0) for name in telling.FEATURES)
    lowering = telling.Model(mean=tuple(0.5 for _ in weights), scale=tuple(0.5 for _ in weights),
                             weights=weights, bias=0.0)
    analysis = analyze(_STEPS + "It did calm down a lot.")
    with telling.using(lowering):
        moved, why = telling.shift(analysis, held_against(analysis))
    assert moved < 0
    assert "no outcome" not in why
