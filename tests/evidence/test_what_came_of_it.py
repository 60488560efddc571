"""What a story says came of it, read for what it is: a target for a year to come, the work in
the news or up for a prize, and a result the teller puts down to the weather or the market are
no outcome of the steps; asked why it went wrong, a reply naming only others failing puts the
blame on them; a test skipped to make the date lowers the bar."""

from __future__ import annotations

import pytest

import roundtable
from roundtable.catalog.loader import get_competency
from roundtable.evidence.analysis import analyze
from roundtable.evidence.credit import realised
from roundtable.ingest import parse_input
from roundtable.pipeline import prepare
from roundtable.scoring.criteria import UNATTRIBUTED, score_criteria


@pytest.mark.parametrize("said", [
    "It was approved as a company commitment: net zero by 2030, with a 40% reduction by 2026.",
    "The strategy targets 500,000 patient interactions a year by 2030.",
    "The programme was shortlisted for a regional Green Business award.",
    "It was picked up by a couple of trade publications.",
    "It became a real talking point in enterprise sales.",
    "The vendor's case studies suggested a 20 to 30% uplift.",
    "It was expected to lift conversion and basket size.",
])
def test_a_target_a_prize_or_a_forecast_is_no_outcome(said: str) -> None:
    assert not realised(said)


@pytest.mark.parametrize("said", [
    "Emissions from the two data centres fell 22% by March.",
    "We cut 3,100 tonnes of CO2e in the first year.",
    "The team's leavers went from 19 to 7.",
])
def test_an_outcome_told_is_realised(said: str) -> None:
    assert realised(said)


CENTRE = ("I was assistant manager at a garden centre, one of a chain of twelve. In spring I "
          "moved the bedding plants to the front by the car park, made a ready-to-plant zone "
          "with compost and pots beside them, and trained the team on suggesting the pots. Our "
          "April-to-June sales were up 31% on the year before.")


@pytest.mark.parametrize("other_cause", [
    " The whole chain had a good spring, the weather was really good that year.",
    " Other stores were up 28%, so they were up as well.",
    " The diesel price goes down again after the crisis, so it is a very good year for "
    "everything.",
])
def test_a_result_put_down_to_other_causes_costs_the_whole_story(other_cause: str) -> None:
    plain = score_criteria(analyze(CENTRE), get_competency("deliver-results"))
    other = score_criteria(analyze(CENTRE + other_cause), get_competency("deliver-results"))
    assert analyze(CENTRE + other_cause).unattributed
    assert sum(s.score for s in other) < sum(s.score for s in plain)
    assert any(UNATTRIBUTED in s.rationale for s in other if s.id != "delivered-result")


def test_the_weather_as_a_problem_is_no_other_cause() -> None:
    story = CENTRE.replace("In spring", "The weather was awful that spring, so")
    assert not analyze(story).unattributed


FAILED = ("Interviewer: Tell me about a time you failed.\n"
          "Candidate: I owned the launch of a family plan for our meal-kit app. We targeted 8,000 "
          "subscribers in the first quarter and got about 2,100.\n"
          "Interviewer: Why do you think it underperformed?\n"
          "Candidate: {reply}\n")


def _blamed(reply: str) -> bool:
    submission = parse_input(FAILED.format(reply=reply))
    case, _ = prepare(submission, "failure")
    return "blame" in {f.kind for f in case.analysis.flags}


def test_asked_why_it_failed_a_reply_naming_only_others_failing_blames_them() -> None:
    assert _blamed("A few reasons. The marketing team's launch campaign went out three weeks "
                   "late, and ops couldn't get the larger boxes out of the warehouse.")


@pytest.mark.parametrize("reply", [
    # the teller's own part in it
    "I got the price wrong. Marketing's campaign also went out late, but the price was mine.",
    # a cause that names no one failing
    "The model assumed most families would pay more, and only a few did.",
])
def test_a_reply_with_the_tellers_part_or_no_one_failing_blames_no_one(reply: str) -> None:
    assert not _blamed(reply)


def test_a_test_skipped_to_make_the_date_lowers_the_bar() -> None:
    story = ("I owned the checkout launch with seven weeks to go. I mapped the critical path and "
             "descoped the account page. We went live nine days before Black Friday. There were "
             "refund problems for finance, because we'd skipped testing the refund flow to hit "
             "the date.")
    kept = {s.id: s for s in score_criteria(analyze(story), get_competency("deliver-results"))}
    assert kept["bar-kept"].score == 1
    assert "standards" not in {e.kind for e in analyze(story).evidence}


def test_a_review_of_a_target_told_as_the_outcome_names_no_outcome() -> None:
    story = ("I led our first sustainability programme at a 900-person video platform. I built a "
             "baseline of 14,000 tonnes of CO2e a year with the cloud provider's tool, drafted a "
             "net-zero roadmap and presented it to the executive team. It was approved as a "
             "company commitment: net zero by 2030, with a 40% reduction by 2026. The programme "
             "was shortlisted for a regional Green Business award.")
    review = roundtable.review(story, competency="success-and-scale-bring-broad-responsibility")
    outcome = next(s for s in review.scores.criteria if s.id == "broad-result")
    assert outcome.score <= 2
