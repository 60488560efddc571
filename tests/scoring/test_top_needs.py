"""What a criterion's top anchors cannot do without (`Criterion.needs`): finding the cause needs
a cause found. A search for the cause told step by step, handed on before it found anything,
stays at the middle anchor however thorough it sounds; the same search ending in a cause told
in any plain words scores above it. A cause denied ("we never found out why") or imagined ("I
would find that …") is no cause found. Savings quantified need a figure: "we saved money on
feed", with no number anywhere, is what the anchors put at the floor."""

from __future__ import annotations

import re

import pytest

from roundtable.catalog import competencies
from roundtable.evidence.analysis import analyze
from roundtable.scoring.criteria import score_criterion

# One example per cue, in cue order, for the criteria that need a cause found.
CAUSE_EXAMPLES = [
    "It turned out the valve was sticking open.",
    "The real cause was a retry setting copied from staging.",
    "The short shots were caused by a blocked vent on cavity three.",
    "I traced it to one loader on the night shift.",
    "I found that the scale read 40 grams heavy.",
    "What did stand out was that nine of the eleven were booked on a Friday.",
    "Found 92% of slow calls hit one query, an invoice lookup with no index.",
    "The problem was that the labels printed before the weights came in.",
    "The new pads were a millimetre thinner, enough that the adjuster sat at its limit.",
    "It was the days my brother was filling the troughs off the same pump.",
    "The spikes matched a reporting job scheduled at 2 p.m.",
    "Traced the loom back and there was a chafed wire behind the engine cover.",
]
CAUSE_CRITERIA = (("problem-solving", "diagnosis"), ("dive-deep", "root-cause"))
FIGURE_EXAMPLES = ["We cut the feed bill by about a third."]
NEEDS_EXAMPLES = {**dict.fromkeys(CAUSE_CRITERIA, CAUSE_EXAMPLES),
                  ("frugality", "cost-quantified"): FIGURE_EXAMPLES,
                  # met by a kind the reading finds, not by cues
                  ("have-backbone", "the-disagreement"): []}
"""Every criterion with `needs`, and one example per cue of it, in cue order."""
NO_FIGURE = ["We saved money on feed.", "Costs went down a lot and the cows did better."]

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
    # the symptom pinned to what set it off, every time
    "Every stoppage was within a minute of the compressor starting its purge cycle. We moved "
    "the purge to the changeover and the stoppages stopped.",
]
NOT_FOUND = [
    "We never found out what was causing it, and the stoppages went on into the summer.",
    "Next time I would find out whether the compressor was dropping pressure at shift change.",
    # a lesson about evidence reveals no cause
    "Then I was moved to the new line. I think it shows the importance of relying on data.",
]


def _criteria_with_needs() -> list[tuple[str, str]]:
    return [(comp.id, criterion.id) for comp in competencies().values()
            for criterion in comp.criteria if criterion.needs is not None]


def _scored(competency: str, criterion_id: str, text: str) -> tuple[int, str]:
    """One criterion's score for `text`, and why."""
    criterion = next(c for c in competencies()[competency].criteria if c.id == criterion_id)
    scored = score_criterion(analyze(text), criterion)
    return scored.score, scored.rationale


def _diagnosis(text: str) -> tuple[int, str]:
    return _scored("problem-solving", "diagnosis", text)


def test_every_criterion_with_needs_has_its_examples() -> None:
    assert sorted(_criteria_with_needs()) == sorted(NEEDS_EXAMPLES)


@pytest.mark.parametrize(("competency", "criterion_id"), _criteria_with_needs())
def test_every_needed_cue_has_an_example_and_matches_it(competency: str,
                                                         criterion_id: str) -> None:
    criterion = next(c for c in competencies()[competency].criteria if c.id == criterion_id)
    assert criterion.needs is not None
    examples = NEEDS_EXAMPLES[(competency, criterion_id)]
    assert len(criterion.needs.cues) == len(examples), "one example per cue"
    for cue, sentence in zip(criterion.needs.cues, examples, strict=True):
        assert re.search(cue, sentence, re.IGNORECASE), (cue, sentence)
    unmet = SEARCH.split(". ") if examples is CAUSE_EXAMPLES else NO_FIGURE if (
        examples is FIGURE_EXAMPLES) else []
    for sentence in unmet:
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


SAVING = (
    "Feed prices went up sharply last winter and there was no budget for a new mixer wagon. I "
    "stripped the old mixer down myself, found the worn auger knives and the slipping belt, and "
    "had our own fitter replace them instead of buying new. I also changed the loading order so "
    "the forage went in first and mixed evenly. "
)


def _savings(text: str) -> tuple[int, str]:
    return _scored("frugality", "cost-quantified", text)


@pytest.mark.parametrize("ending", NO_FIGURE)
def test_savings_with_no_figure_stay_at_the_middle_anchor(ending: str) -> None:
    assert _savings(SAVING + ending)[0] <= 3


def test_a_saving_claimed_with_no_figure_says_so() -> None:
    assert "no figure for what was saved" in _savings(SAVING + NO_FIGURE[0])[1]


def test_the_same_savings_with_a_figure_score_above_it() -> None:
    score, why = _savings(SAVING + "The feed bill came down by about £900 a month and the "
                          "yield held at 31 litres a cow.")
    assert "no figure for what was saved" not in why
    assert score > _savings(SAVING + NO_FIGURE[0])[0]


# A backbone story whose decision is concrete, told three ways: agreeing with it, disagreeing in
# so many words, and disagreeing in the negative. Only a disagreement found meets the need.
DECISION = (
    "Our area manager, Colette, decided in January that every branch would close at six on "
    "Saturdays to save on staff. "
)
AGREEING = ["I thought she was right, the late shift was always empty, so I just did it.",
            "Honestly it made sense to me and I rolled it out the next week."]
DISAGREEING = ["I disagreed, our Saturday evenings were a fifth of the week's takings.",
               "I did not agree, because our Saturday evenings were a fifth of the takings.",
               "I wasn't convinced, our Saturday evenings were a fifth of the takings."]


def _disagreement(text: str) -> tuple[int, str]:
    return _scored("have-backbone", "the-disagreement", text)


@pytest.mark.parametrize("ending", AGREEING)
def test_a_story_about_agreeing_stays_at_the_middle_anchor(ending: str) -> None:
    score, why = _disagreement(DECISION + ending)
    assert score <= 3
    assert "no disagreement of their own is told" in why or score <= 2


@pytest.mark.parametrize("ending", DISAGREEING)
def test_a_disagreement_in_any_words_meets_the_need(ending: str) -> None:
    assert "no disagreement of their own is told" not in _disagreement(DECISION + ending)[1]
