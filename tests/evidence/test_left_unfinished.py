"""Fluent but empty: what a weak answer tells in place of a step or an outcome is not credited
as one (issue 8, "Robust to voice": a weak answer is never called Hire).

A polished weak answer passes its work on unfinished ("handed over to the process team to carry
forward"), leaves before the end ("I moved on to my current role shortly afterwards"), joins in
without saying how ("I got involved and helped where I could"), lets someone else do the hard
part ("one of our engineers, Priya, went through the logs") or calls what the role required
taking ownership ("I completed the mandatory e-learning module"). Each is read for what it is;
the look-alikes that tell a real step or a real outcome keep their credit.
"""

from __future__ import annotations

import pytest

from roundtable.catalog.loader import competencies
from roundtable.evidence.analysis import analyze
from roundtable.evidence.credit import telling
from roundtable.scoring.criteria import untold_penalty

SCENE = ("Our bottling line kept jamming at the labeller, about twice a shift. I pulled the stop "
         "log for a month and timed the jams against the label reels. ")


def credited(answer: str, kind: str) -> list[str]:
    """The quotes of `answer` where `kind` earns credit."""
    return [e.quote for e in analyze(answer).of(kind) if e.strength > 0]


@pytest.mark.parametrize("handoff", [
    "Then I was moved to another project, so the work was handed over to the maintenance team "
    "to carry forward.",
    "My findings were passed to the shift managers to take forward in their own plans.",
    "I wrote it all up and sent it to the engineering lead to take forward.",
])
def test_work_passed_on_unfinished_is_no_outcome(handoff: str) -> None:
    assert not credited(SCENE + handoff, "result"), handoff


@pytest.mark.parametrize("leaving", [
    "I moved on to my current role shortly afterwards.",
    "I left the company a couple of months later.",
])
def test_leaving_before_the_end_is_no_step(leaving: str) -> None:
    answer = SCENE + leaving
    assert not [q for q in credited(answer, "action") if q in leaving], leaving
    assert not credited(answer, "result"), leaving


@pytest.mark.parametrize("outcome", [
    "I swapped the reel holder for a sprung one and the jams went down to one a week.",
    "I handed the new reel check over to the night shift, who still run it.",
])
def test_an_outcome_or_a_handover_that_lasts_is_still_the_result(outcome: str) -> None:
    assert credited(SCENE + outcome, "result"), outcome


@pytest.mark.parametrize("joined", [
    "So I helped out where I could.",
    "I pitched in and did what I could.",
    "I made sure it stayed on people's radar.",
])
def test_joining_in_without_saying_how_is_no_step_told(joined: str) -> None:
    answer = ("I sat in the commercial team at head office. A big customer was unhappy with late "
              "deliveries. " + joined + " Eventually things improved.")
    told = telling(analyze(answer).clauses)
    assert told.told == 0 and told.untold >= 1, joined
    assert untold_penalty(analyze(answer))[0] > 0, joined


def test_a_step_told_beside_joining_in_is_still_told() -> None:
    answer = ("A big customer was unhappy with late deliveries. I got involved and I rang "
              "the depot at six the next morning to check the loading list against the orders.")
    assert telling(analyze(answer).clauses).told >= 1


@pytest.mark.parametrize("theirs", [
    "One of our engineers, Priya, went through the session recordings and found the fault.",
    "One of the night nurses checked every chart and found the missing doses.",
])
def test_one_person_picked_out_of_a_group_is_someone_else(theirs: str) -> None:
    answer = "Our mobile sales dropped by a fifth. I set up a meeting with the teams. " + theirs
    clause = next(c for c in analyze(answer).clauses if c.text.startswith("One of"))
    assert clause.actor == "other", clause


def test_what_the_role_required_counts_against_taking_it_on() -> None:
    criterion = next(c for c in competencies()["ownership"].criteria if c.id == "took-it-on")
    required = ("Every year each branch does a file review. I worked through every one of the "
                "files allocated to me and completed the mandatory e-learning module on time.")
    unasked = ("The cabinet belonged to the day team, and the usual route was to log it for "
               "their weekly review, but I didn't want to wait, so I pulled the reports myself.")
    assert analyze(required).matches(criterion.negative_cues, "negative_cue")
    assert not analyze(unasked).matches(criterion.negative_cues, "negative_cue")
