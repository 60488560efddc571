"""What a criterion's top anchors cannot do without (`Criterion.needs`): finding the cause needs
a cause found. A search for the cause told step by step, handed on before it found anything,
stays at the middle anchor however thorough it sounds; the same search ending in a cause told
in any plain words scores above it. A cause denied ("we never found out why") or imagined ("I
would find that …") is no cause found."""

from __future__ import annotations

import re

import pytest

from roundtable.catalog import competencies
from roundtable.evidence.analysis import analyze
from roundtable.scoring.criteria import score_criterion

# One example per cue, in cue order, for every criterion that has `needs`.
NEEDS_EXAMPLES = [
    "It turned out the valve was sticking open.",
    "The real cause was a retry setting copied from staging.",
    "The short shots were caused by a blocked vent on cavity three.",
    "I traced it to one loader on the night shift.",
    "I found that the scale read 40 grams heavy.",
    "The problem was that the labels printed before the weights came in.",
    "The new pads were a millimetre thinner, enough that the adjuster sat at its limit.",
    "It was the days my brother was filling the troughs off the same pump.",
    "The spikes matched a reporting job scheduled at 2 p.m.",
    "Traced the loom back and there was a chafed wire behind the engine cover.",
]

SEARCH = (
    "Our bottling line kept stopping for about forty minutes a night in March. I pulled three "
    "weeks of the controller logs and laid them against the stoppage sheet, and I asked the "
    "operators on all three shifts what they saw. I set up a trial where we logged the capper "
    "torque every fifteen minutes and had maintenance check the air supply. "
)
HANDED_ON = "Then I was moved to the new line, and the investigation went to the process team."
FOUND = [
    "The torque readings showed the capper head was slipping once it warmed up, so we replaced "
    "the clutch and the stoppages stopped.",
    "It turned out the compressor was dropping pressure at shift change. We moved its service "
    "window and the stoppages stopped.",
    "The capper clutch was worn, enough that it slipped once the head warmed up. We replaced it "
    "and the stoppages stopped.",
]
NOT_FOUND = [
    "We never found out what was causing it, and the stoppages went on into the summer.",
    "Next time I would find out whether the compressor was dropping pressure at shift change.",
]


def _criteria_with_needs() -> list[tuple[str, str]]:
    return [(comp.id, criterion.id) for comp in competencies().values()
            for criterion in comp.criteria if criterion.needs is not None]


def _diagnosis(text: str) -> tuple[int, str]:
    criterion = next(c for c in competencies()["problem-solving"].criteria if c.id == "diagnosis")
    scored = score_criterion(analyze(text), criterion)
    return scored.score, scored.rationale


def test_the_cause_criteria_need_a_cause_found() -> None:
    assert ("problem-solving", "diagnosis") in _criteria_with_needs()
    assert ("dive-deep", "root-cause") in _criteria_with_needs()


@pytest.mark.parametrize(("competency", "criterion_id"), _criteria_with_needs())
def test_every_needed_cue_has_an_example_and_matches_it(competency: str,
                                                         criterion_id: str) -> None:
    criterion = next(c for c in competencies()[competency].criteria if c.id == criterion_id)
    assert criterion.needs is not None
    assert len(criterion.needs.cues) == len(NEEDS_EXAMPLES), "one example per cue"
    for cue, sentence in zip(criterion.needs.cues, NEEDS_EXAMPLES, strict=True):
        assert re.search(cue, sentence, re.IGNORECASE), (cue, sentence)
    for sentence in SEARCH.split(". "):
        assert not any(re.search(cue, sentence, re.IGNORECASE) for cue in criterion.needs.cues)


def test_a_search_handed_on_before_a_cause_stays_at_the_middle_anchor() -> None:
    score, why = _diagnosis(SEARCH + HANDED_ON)
    assert score <= 3
    assert "no cause found is told" in why


@pytest.mark.parametrize("ending", FOUND)
def test_the_same_search_ending_in_a_cause_scores_above_it(ending: str) -> None:
    score, why = _diagnosis(SEARCH + ending)
    assert "no cause found is told" not in why
    assert score > _diagnosis(SEARCH + HANDED_ON)[0]


@pytest.mark.parametrize("ending", NOT_FOUND)
def test_a_cause_denied_or_imagined_is_no_cause_found(ending: str) -> None:
    score, why = _diagnosis(SEARCH + ending)
    assert score <= 3
    assert "no cause found is told" in why
