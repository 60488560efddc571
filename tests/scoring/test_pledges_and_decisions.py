"""What a disagree-and-commit answer told by a second-language speaker showed a review things
it did not hold (round 43, ps21):

- a percentage pledged ("you must commit one hundred percent", "I trust you 100%") was read as
  a measure, and the review said "there are numbers in it";
- where the candidate works now, told beside the job they introduce ("and now I am in the UK
  office since two years"), was read as a lesson drawn;
- the number in the disputed decision ("he decided to consolidate the pallets, to save around
  €900 per week") was credited as what came of the story;
- "I said this to him in the weekly meeting" was not read as raising the objection, and the
  review said nothing in the answer told how it was raised;
- the manager's decision, told before the candidate's first step, was the candidate's
  "decision and commitment" and a reason to hire;
- "No more night collisions that year", a strong answer's outcome, was read as nothing.

Each has a near miss that must still read as before.
"""

from __future__ import annotations

import pytest

from roundtable.catalog import competencies
from roundtable.evidence.analysis import analyze
from roundtable.scoring.criteria import score_criteria

BACKBONE = competencies()["have-backbone"]


def _metrics(text: str) -> list[str]:
    return [e.quote for e in analyze(text).evidence if e.kind == "metric" and e.strength > 0]


@pytest.mark.parametrize("pledge", [
    "I learned that when you disagree you must say it, and after, you must commit one hundred "
    "percent.",
    "I tell them in the first meeting, I trust you 100%, you are professionals.",
    "Once a decision is made you back it a hundred percent.",
])
def test_a_percentage_pledged_is_no_measure(pledge: str) -> None:
    assert _metrics(pledge) == []


@pytest.mark.parametrize("forecast", [
    "Based on the model we built, we're projecting a six-point lift in NPS for returning "
    "customers.",
    "The new contract is forecast to save us about £38,000 over two years.",
    "We're on track to cut returns contacts by 15% by the end of Q3.",
])
def test_a_number_forecast_is_no_measure(forecast: str) -> None:
    assert _metrics(forecast) == []


@pytest.mark.parametrize("measure", [
    "In the beta, returns contacts fell 12% against the control group.",
    "We forecast 400 covers and did 412.",
])
def test_a_number_measured_beside_a_forecast_word_still_is(measure: str) -> None:
    assert _metrics(measure) != []


@pytest.mark.parametrize("measure", [
    "Satisfaction in the exit survey was 100%.",
    "We spent 100% of our allocation on the two courses.",
    "By week three every site was at 100% scanning.",
])
def test_a_percentage_measured_still_is(measure: str) -> None:
    assert _metrics(measure) != []


def test_where_they_work_now_beside_the_job_is_no_lesson() -> None:
    answer = ("Yes, so I was transport planner in a freight forwarding company near Lyon, and "
              "now I am in the UK office since two years. The manager decided to put two "
              "customers on one truck.")
    analysis = analyze(answer)
    assert not [e for e in analysis.evidence
                if e.sentence == 0 and e.kind == "learning" and e.strength > 0]


STORY = ("My manager, Philippe, he decided to consolidate their pallets with another customer's "
         "shipments on the same truck to Paris, to save around €900 per week. I did not agree. "
         "I looked at the route, and with the extra stops the transit was 44 to 50 hours, so "
         "some deliveries would be outside the 48 hours. {raised} He said no. So I implemented "
         "it. After some weeks the customer complained about late deliveries.")


def _criterion(answer: str, criterion: str) -> tuple[int, str, list[str]]:
    found = {c.id: c for c in score_criteria(analyze(answer), BACKBONE)}[criterion]
    return found.score, found.rationale, [q.quote for q in found.evidence]


def test_the_number_in_the_disputed_decision_is_no_outcome() -> None:
    answer = STORY.format(raised="I told him.") + " I learned to say it when I disagree."
    _, rationale, quotes = _criterion(answer, "result-and-reflection")
    assert "metric" not in rationale
    assert not any("€900" in quote for quote in quotes)


def test_a_number_that_came_of_the_story_still_is() -> None:
    answer = STORY.format(raised="I told him.") + " We lost the contract, worth £90,000 a year."
    _, rationale, _ = _criterion(answer, "result-and-reflection")
    assert "metric" in rationale


@pytest.mark.parametrize("raised", [
    "I said this to him in the weekly meeting, I said, 'I think this is a risk for the SLA.'",
    "I say this to him in the Monday meeting.",
])
def test_saying_it_to_them_in_a_named_meeting_raises_it(raised: str) -> None:
    score, rationale, quotes = _criterion(STORY.format(raised=raised), "how-raised")
    assert score >= 2, rationale
    assert any("meeting" in quote for quote in quotes)


def test_saying_it_with_no_forum_named_is_not_read_so() -> None:
    score, rationale, _ = _criterion(STORY.format(raised="I said this to him."), "how-raised")
    assert "competency-specific phrasing" not in rationale, (score, rationale)


def test_the_call_they_were_handed_is_no_decision_of_theirs() -> None:
    """The manager's decision told before the candidate's first step is the call disputed: it
    earns their decision and commitment nothing, and a reason to hire cannot quote it. Past
    their first step, someone else's decision can be what they moved ("They agreed")."""
    answer = ("Yes, so I was transport planner in a freight forwarding company near Lyon. "
              + STORY.format(raised="I told him."))
    analysis = analyze(answer)
    assert not [e for e in analysis.evidence
                if e.kind == "decision" and e.strength > 0 and "consolidate" in e.quote]
    moved = analyze("I took the numbers to the director and asked her to stop the consolidation. "
                    "She decided to stop it the same week.")
    assert [e for e in moved.evidence if e.kind == "decision" and e.strength > 0]


@pytest.mark.parametrize("line", [
    "No more night collisions that year.",
    "No Monday tickets from Lincoln since, and that was two years ago.",
    "Not a single missed collection for the rest of the quarter.",
])
def test_a_trouble_counted_gone_is_a_measured_outcome(line: str) -> None:
    analysis = analyze("I asked the founders to block those roads and they agreed. " + line)
    kinds = {e.kind for e in analysis.evidence if e.sentence == 1 and e.strength > 0}
    assert {"result", "quantified_result"} <= kinds, kinds


@pytest.mark.parametrize("line", [
    "And no money to replace it that year.",
    "No lighting, no cycle lane, fast traffic.",
])
def test_a_lack_told_as_the_scene_is_no_outcome(line: str) -> None:
    analysis = analyze("I asked the founders to block those roads and they agreed. " + line)
    assert not {e.kind for e in analysis.evidence if e.sentence == 1 and e.strength > 0} & {
        "result", "quantified_result"}


@pytest.mark.parametrize("measure", [
    "The new test suite gives 100% coverage of the payment paths.",
    "We closed the quarter with 100% of orders on time.",
    "We now support 100% of the sites from one desk.",
])
def test_a_full_measure_near_a_pledging_verb_is_still_one(measure: str) -> None:
    assert _metrics(measure) != []


def _bonds(text: str) -> list[str]:
    return [e.quote for e in analyze(text).evidence
            if e.kind in ("relationship", "trust") and e.strength > 0]


def test_someone_elses_word_on_a_bond_with_a_third_party_is_no_bond_of_theirs() -> None:
    said = ("I said in the weekly meeting that it was a risk for the SLA. He said no, it will be "
            "fine, the customer will not see the difference, and we have a good relationship "
            "with them.")
    assert _bonds(said) == []


@pytest.mark.parametrize("bond", [
    "He told me in the kickoff that he trusted our numbers because of that phone call.",
    "A month later she said she trusted me again.",
    "We still have a good relationship with them; they renewed for three years.",
])
def test_a_bond_of_the_candidates_side_still_is(bond: str) -> None:
    assert _bonds(bond) != []
