"""A result the candidate puts down, in their own words, to more than what they did ("it's hard
to attribute, because we had a new product launch at the same time") is not theirs to score in
full: the results criteria lose EVADED_POINTS and say why. On the tuned parts of the unseen sets
every answer saying so was weak; an answer that measures its own effect keeps its result."""

from __future__ import annotations

import pytest

from roundtable.catalog.loader import get_competency
from roundtable.evidence.analysis import analyze
from roundtable.scoring.criteria import UNATTRIBUTED, score_criteria

STORY = (
    "I manage the marketing team for a chain of fourteen garden centres. In March I briefed our "
    "content lead to start a short-video account with store staff, and I wrote the one-page "
    "guide for it myself so we did not wait for brand sign-off. In the eight weeks after launch, "
    "bedding plant sales were up 31% on the year before. "
)
CODAS = [
    "In terms of sales it's hard to attribute, because we had a price cut at the same time.",
    "Trial-to-paid went from 14% to 16%, but the mix of traffic changed, so it's hard to isolate.",
    "Honestly, there were a lot of moving parts that spring.",
    "The weather was better too, but I think the videos definitely contributed.",
    "To be honest, a big factor was the new garden centre that opened in Leeds.",
    "Obviously the heatwave in June helped.",
    "A rival centre closed in April, so there was definitely a tailwind.",
]


@pytest.mark.parametrize("coda", CODAS)
def test_a_result_with_other_causes_by_its_own_account_costs_the_results(coda: str) -> None:
    analysis = analyze(STORY + coda)
    assert analysis.unattributed
    competency = get_competency("bias-for-action")
    results = next(c.id for c in competency.criteria if c.family == "results")
    costed = next(s for s in score_criteria(analysis, competency) if s.id == results)
    analysis.unattributed = False
    uncosted = next(s for s in score_criteria(analysis, competency) if s.id == results)
    assert UNATTRIBUTED in costed.rationale and UNATTRIBUTED not in uncosted.rationale
    assert costed.score <= uncosted.score


@pytest.mark.parametrize("coda", [
    "The stores without the videos stayed flat, so we could see the effect was ours.",
    "I weighed several factors before choosing the stores: footfall, staff and stock.",
    "We couldn't have done it without the store staff.",
    "If the weather had been bad, it would have been hard to attribute anything.",
    # what cannot be isolated is a person, and a reason given is someone else's
    "We took in guests who had tested positive but could not isolate at home.",
    "It was hard to isolate the patient in a shared bay, so we moved her.",
    "To be honest, the main reason they gave was a warehouse system failure.",
    "Obviously the store team helped a lot with the filming.",
    "If we'd had a tailwind like that, it would have been easy.",
])
def test_a_result_measured_or_factors_weighed_are_not(coda: str) -> None:
    assert not analyze(STORY + coda).unattributed
