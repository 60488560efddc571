"""A story that gives the interviewer its own verdict, or defines the quality asked about, is
held back from Hire: the verdict is no evidence, and its criteria lose VERDICT_POINTS when their
evidence would otherwise take it to within those points of the hire line, and not further below
it."""

from __future__ import annotations

import pytest

import roundtable
from roundtable.catalog.loader import get_competency
from roundtable.evidence.analysis import analyze
from roundtable.scoring import criteria
from roundtable.scoring.criteria import HIRE_LINE, SELF_VERDICT, VERDICT_POINTS, self_verdict

QUESTION = "Tell me about a time you saved your organisation money."
STORY = (
    "I run procurement for a group of four dental practices. We were buying gloves, bibs and "
    "impression trays from six suppliers at six different prices. I pulled twelve months of "
    "invoices, grouped every line by product and put the whole list out to tender as one "
    "contract, with a price held for two years. Before choosing, I had the nurses at two "
    "practices trial the two cheapest gloves for a week, and we chose the one that did not "
    "tear. I negotiated the delivery days with the winning supplier so each practice gets one "
    "drop a week. In the first year we spent £19,000 less on consumables than the year before."
)


@pytest.mark.parametrize("coda", [
    "For me, frugality is about treating every pound as if it were your own.",
    "That's what frugality means to me: asking whether we need it before we renew it.",
    "I think it shows I can find savings other people walk past.",
    # a portrait of the candidate in place of what the story shows
    "I'm very results-driven, and I don't let a contract renew without checking it.",
    "I'm someone who hates waste.",
    "I think what I bring to procurement is the ability to see the whole spend at once.",
    "That's how I've always worked.",
    # the quality said to be about a way of acting
    "What I'd say about frugality is that it's about not renewing anything on autopilot.",
    "Frugality isn't about being cheap; it's about making every pound work.",
    "Frugality for me is about asking whether we get value.",
    "Part of being a buyer is knowing when to walk away.",
    "I think a big part of leadership is knowing when to walk away.",
    "It's a mindset I'd bring to any role: always question the spend.",
    "Sometimes saving means spending first.",
    "I think it's a good example of trusting the data over habit.",
    "I think my track record speaks for itself.",
    "It's just a big part of who I am.",
    "What I'd bring here is that same eye for waste.",
    "And the numbers speak for themselves.",
    "That's the philosophy I've built my career on.",
    # the teller's pride in it, told to the interviewer
    "I'm really proud of how I was able to bring the practices together on it.",
    "What I'm most proud of is the culture shift in how the practices buy.",
    "I am very proud of this, not one late delivery in the first year.",
])
def test_a_verdict_on_itself_costs_a_story_at_the_hire_line(coda: str) -> None:
    plain = roundtable.review(STORY, competency="frugality", question=QUESTION)
    judged = roundtable.review(f"{STORY} {coda}", competency="frugality", question=QUESTION)
    assert plain.verdict.vote in ("hire", "strong_hire")
    assert self_verdict(analyze(f"{STORY} {coda}")) and not self_verdict(analyze(STORY))
    assert judged.scores.overall < plain.scores.overall
    evidenced = [c for c in judged.scores.criteria if c.evidence]
    assert evidenced and all(SELF_VERDICT in c.rationale for c in evidenced)
    assert not any(SELF_VERDICT in c.rationale for c in plain.scores.criteria)


@pytest.mark.parametrize("coda", [
    # someone else's verdict, reported
    "My manager said that's what frugality looks like.",
    # a lesson drawn is not a definition
    "For me the lesson is to check the invoices before the contract comes up for renewal.",
    # what the dispute was about tells the story
    "The argument with the old supplier was about the delivery charge.",
    # a portrait found out is a lesson, and someone else's portrait is theirs
    "I realised I'm someone who needs to ask for help earlier.",
    "Looking back, I learned I'm the kind of buyer who checks too late.",
    "The head nurse is very detail-oriented, so she checked every line.",
    "That's how the old supplier always worked.",
    # what something was about, and talk about doing something, define nothing
    "The argument with the old supplier was about moving the delivery day.",
    "The nurses are talking about trying the same tender for dressings.",
    "Her invoice was a good example of the old supplier's habits, so I kept it.",
    "Changing the delivery day meant one drop a week instead of three.",
    "Part of the problem was that each practice ordered on its own.",
    "Part of the training is learning the new ordering screen.",
    "Part of onboarding is to shadow the practice nurse for a week.",
    # pride denied owns a failing; pride then is how it felt; someone else's is theirs
    "I'm not proud of how I handled the first supplier, I was short with her.",
    "I was too proud to ask the nurses at first, and I should have.",
    "It was a stressful month, but I was proud of it at the time.",
    "The practice manager was quite proud of the old contract.",
])
def test_what_is_no_verdict_of_the_candidate_costs_nothing(coda: str) -> None:
    assert not self_verdict(analyze(f"{STORY} {coda}"))


def test_a_story_below_the_line_loses_nothing_more() -> None:
    thin = ("I looked at what we spent on printing and suggested we share one printer per "
            "floor. For me, frugality is about small things adding up.")
    review = roundtable.review(thin, competency="frugality", question=QUESTION)
    assert review.scores.overall < 3.0
    assert not any(SELF_VERDICT in c.rationale for c in review.scores.criteria)


def test_the_points_are_half_a_band() -> None:
    assert VERDICT_POINTS == 0.5


def test_a_verdict_in_someone_elses_words_is_theirs() -> None:
    assert not self_verdict(analyze(f"{STORY} She told me that for her, frugality is about "
                                    "small things adding up."))


@pytest.mark.parametrize(("plain", "charged"), [
    (2.49, False), (HIRE_LINE - VERDICT_POINTS, False), (2.6, True), (2.99, True),
    (HIRE_LINE, True)])
def test_the_points_are_taken_from_their_own_size_under_the_line(
        monkeypatch: pytest.MonkeyPatch, plain: float, charged: bool) -> None:
    monkeypatch.setattr(criteria, "plain_score", lambda scores: plain)
    answer = f"{STORY} I'm someone who hates waste."
    scores = criteria.score_criteria(analyze(answer), get_competency("frugality"))
    assert any(SELF_VERDICT in c.rationale for c in scores) is charged


def test_pride_as_an_aside_early_in_the_story_is_no_verdict() -> None:
    # It points at a step the story goes on to tell; told at the end, it judges the story.
    aside = STORY.replace("I pulled twelve months of invoices",
                          "And — this is the bit I'm proud of, actually — I pulled twelve months "
                          "of invoices")
    assert not self_verdict(analyze(aside))
    assert self_verdict(analyze(f"{STORY} This is the bit I'm proud of, actually."))
