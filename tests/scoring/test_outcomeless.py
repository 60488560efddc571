"""A story that tells no outcome is held out of Hire: its criteria lose OUTCOMELESS_POINTS when
their evidence would otherwise take it to within those points of the hire line, and not further
below it. Coordination told in place of a step is named, not told."""

from __future__ import annotations

import pytest

import roundtable
from roundtable.catalog.loader import get_competency
from roundtable.evidence.analysis import analyze
from roundtable.evidence.credit import named_not_told, telling
from roundtable.scoring import criteria
from roundtable.scoring.criteria import HIRE_LINE, OUTCOMELESS, OUTCOMELESS_POINTS, outcomeless

FORECAST = (
    "I run procurement for a group of four dental practices. We were buying gloves, bibs and "
    "impression trays from six suppliers at six different prices. I pulled twelve months of "
    "invoices, grouped every line by product and put the whole list out to tender as one "
    "contract, with a price held for two years. Before choosing, I had the nurses at two "
    "practices trial the two cheapest gloves for a week, and we chose the one that did not tear. I "
    "negotiated the delivery days with the winning supplier so each practice gets one drop a "
    "week. The new contract is forecast to "
    "come in about £38,000 under what we pay now over two years, and the savings should start "
    "once the old stock is used up."
)
# The same story, told to the saving it made.
DONE = FORECAST.replace(
    "The new contract is forecast to come in about £38,000 under what we pay now over two "
    "years, and the savings should start once the old stock is used up.",
    "In the first year we spent £19,000 less on consumables than the year before.")
QUESTION = "Tell me about a time you saved your organisation money."


def _review(answer: str) -> roundtable.Review:
    return roundtable.review(answer, competency="frugality", question=QUESTION)


def test_a_forecast_is_no_outcome_told() -> None:
    assert outcomeless(analyze(FORECAST))
    assert not outcomeless(analyze(DONE))


def test_a_story_told_to_its_forecast_is_held_below_the_hire_line() -> None:
    forecast, done = _review(FORECAST), _review(DONE)
    assert done.verdict.vote in ("hire", "strong_hire")
    assert forecast.verdict.vote in ("no_hire", "strong_no_hire")
    assert any(OUTCOMELESS in c.rationale for c in forecast.scores.criteria)
    assert not any(OUTCOMELESS in c.rationale for c in done.scores.criteria)


def test_the_results_criterion_is_not_charged_twice() -> None:
    review = _review(FORECAST)
    results = next(c for c in review.scores.criteria if c.id == "cost-quantified")
    assert OUTCOMELESS not in results.rationale


def test_a_story_below_the_line_loses_nothing_more() -> None:
    # Well below the hire line, a story with no outcome is not pushed further down: there it
    # could only take a strong story whose outcome was missed towards Strong No Hire.
    thin = "I looked at what we spent on printing and suggested we share one printer per floor."
    review = roundtable.review(thin + " My manager liked the idea and said she would think "
                               "about it for next year.", competency="frugality",
                               question=QUESTION)
    assert review.scores.overall < 3.0
    assert not any(OUTCOMELESS in c.rationale for c in review.scores.criteria)


def test_the_points_are_half_a_band() -> None:
    assert OUTCOMELESS_POINTS == 0.5


COORDINATED = (
    "We moved the clinic's records to the new system over a bank holiday weekend. The team "
    "scanned four thousand paper files and checked every allergy entry twice. My part was "
    "keeping it together: I kept everyone aligned between IT and the reception staff, I ran "
    "the weekly steering meeting, I kept the action log and I made sure people felt listened "
    "to. We opened on the Tuesday with every appointment on the new system."
)


def test_keeping_others_in_step_names_a_part_without_telling_one() -> None:
    clauses = analyze(COORDINATED).clauses
    mine = [c for c in clauses if c.actor == "candidate" and c.role == "action"]
    assert mine and all(named_not_told(c) for c in mine
                        if not c.text.lower().startswith(("my part", "and we")))
    told = telling(clauses)
    assert told.told == 0 and told.untold >= 3


def test_a_step_said_with_how_is_told() -> None:
    clause = analyze("I made sure the night staff were on board by walking each of them "
                     "through the new chart.").clauses[0]
    assert not named_not_told(clause)


@pytest.mark.parametrize(("plain", "charged"), [
    (2.49, False), (HIRE_LINE - OUTCOMELESS_POINTS, False), (2.6, True), (2.99, True),
    (HIRE_LINE, True)])
def test_the_points_are_taken_from_their_own_size_under_the_line(
        monkeypatch: pytest.MonkeyPatch, plain: float, charged: bool) -> None:
    # Taken whole from a point, a story just under it kept its score where one just over it
    # lost half a point: less evidence could lift a story. Between the point and the line it
    # loses what takes it to the point (padding a dev answer under it had raised it 2.23 ->
    # 2.38).
    monkeypatch.setattr(criteria, "plain_score", lambda scores: plain)
    scores = criteria.score_criteria(analyze(FORECAST), get_competency("frugality"))
    assert any(OUTCOMELESS in c.rationale for c in scores) is charged


def test_the_points_grow_with_the_evidence_up_to_the_line(monkeypatch: pytest.MonkeyPatch) -> None:
    kept = {}
    for plain in (2.6, 2.8, HIRE_LINE):
        monkeypatch.setattr(criteria, "plain_score", lambda scores, plain=plain: plain)
        scores = criteria.score_criteria(analyze(FORECAST), get_competency("frugality"))
        kept[plain] = sum(c.score for c in scores)
    assert kept[2.6] >= kept[2.8] >= kept[HIRE_LINE]
    assert kept[2.6] > kept[HIRE_LINE]
