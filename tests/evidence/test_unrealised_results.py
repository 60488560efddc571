"""A result only found or forecast is no result (issue 8, "Robust to voice": a fluent weak answer
is never called Hire). "We had identified £4.1m in savings opportunities" and "projected savings
of £200k" tell what might come of the work; what was delivered is told in other words, and keeps
its credit."""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze

SCENE = ("Our warehouse was paying for three courier contracts that overlapped. I pulled a year "
         "of invoices and compared the rates lane by lane. ")
OUTCOMES = ("result", "quantified_result")


def outcomes(answer: str) -> list[str]:
    """The quotes of `answer` credited as an outcome."""
    return [e.quote for e in analyze(answer).of(*OUTCOMES) if e.strength > 0]


@pytest.mark.parametrize("unrealised", [
    "By March we had identified £4.1m in savings opportunities.",
    "I identified just over £2.3 million in savings across the three contracts.",
    "The new contract carried projected savings of £200k a year.",
    "The change was on track to save about 12% of the courier bill.",
    "Together the lanes were opportunities worth £90k a year.",
])
def test_a_result_only_found_or_forecast_is_no_outcome(unrealised: str) -> None:
    assert outcomes(SCENE + unrealised) == []


@pytest.mark.parametrize("realised", [
    "We cut the courier bill by £90k in the first year.",
    "By March the single contract had saved £41,000 against the year before.",
    "Late deliveries fell from 6% to 2% once the lanes moved.",
])
def test_a_result_delivered_keeps_its_credit(realised: str) -> None:
    assert outcomes(SCENE + realised)


def metrics(answer: str) -> list[str]:
    """The quotes of `answer` credited as a number that measures something."""
    return [e.quote for e in analyze(answer).of("metric") if e.strength > 0]


def test_a_number_a_rollout_would_bring_measures_nothing_yet() -> None:
    forecast = "If we roll it out across all the lanes, we could cut the courier bill by £90k."
    assert not any("£90k" in quote for quote in metrics(SCENE + forecast))


@pytest.mark.parametrize("stakes", [
    "If I hadn't caught it, we would have paid £90k more that year.",
    "We cut the courier bill by £90k in the first year.",
])
def test_the_stakes_of_a_step_and_a_number_delivered_keep_their_measure(stakes: str) -> None:
    assert any("£90k" in quote for quote in metrics(SCENE + stakes))
