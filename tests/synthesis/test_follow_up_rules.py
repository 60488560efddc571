"""Follow-up questions presuppose only what the answer contains.

A disagreement settled in the first conversation is not asked about "when it did not settle";
an outcome is never asked after as if untold (a reading can miss one told in plain words); an
answer with no story is asked for one; nobody is asked the same thing twice.
"""

from __future__ import annotations

import re

import pytest

import roundtable
from roundtable.catalog.loader import get_competency
from roundtable.ingest import parse_input
from roundtable.models import Review
from roundtable.pipeline import prepare
from roundtable.synthesis.followups import _CHECKS, _asked_already, _check, _presumes_too_much

SETTLED = (
    "Last spring my manager wanted to cut the pilot from six weeks to two. I disagreed because "
    "our churn data showed customers dropping off in weeks three to five. I asked her for a 1:1 "
    "and showed her the cohort numbers, and she agreed to keep four weeks. She later asked me "
    "to lead the next pilot."
)
ESCALATED = (
    "Last spring my manager wanted to cut the pilot from six weeks to two. I disagreed because "
    "our churn data showed customers dropping off in weeks three to five. I asked her for a 1:1 "
    "and showed her the cohort numbers. She did not change her mind, so I took it to our "
    "director, who agreed to keep four weeks."
)
IMAGINED = (
    "I would talk to them first. I would bring data to the meeting. I would listen to their "
    "side and I would commit to the decision."
)
# Views with no occasion at all: no story, and nothing imagined either.
VIEWS = (
    "I'm a very organised person and I believe communication is the key to any team. In my "
    "experience most disagreements come from people not listening to each other. Good teams "
    "talk openly, share the data they have and commit once the call is made, even when "
    "somebody in the room still thinks it is the wrong call for the business."
)
ALONE = (
    "Last year I rebuilt our deployment scripts because releases failed about once a week. I "
    "wrote a checklist, added a dry-run step and tested every script against staging. Failed "
    "releases dropped from four a month to none over the next quarter."
)
PANELS = ("product-trio", "engineering-loop", "hiring-manager")


def review(answer: str, panel: str, competency: str = "have-backbone") -> Review:
    return roundtable.review(answer, competency=competency, panel=panel)


def _unquoted(question: str) -> str:
    return re.sub(r"“[^”]*”", "", question)


@pytest.mark.parametrize("panel", PANELS)
def test_each_panelist_asks_about_a_different_criterion(panel: str) -> None:
    found = review(SETTLED, panel)
    criteria = [f.criterion for f in found.follow_ups]
    assert len(set(criteria)) == len(criteria) == len(found.panel)
    assert set(criteria) <= {c.id for c in get_competency("have-backbone").criteria}
    assert [f.panelist for f in found.follow_ups] == [p.id for p in found.panel]


@pytest.mark.parametrize("panel", PANELS)
def test_a_first_conversation_that_settled_it_is_asked_about_as_a_counterfactual(
        panel: str) -> None:
    for answer in (SETTLED, ESCALATED):
        for follow_up in review(answer, panel).follow_ups:
            assert "did not settle it" not in follow_up.question
            if follow_up.criterion == "escalation":
                # the escalation told is not asked for again: what it leaves open is asked
                assert follow_up.question.endswith(
                    "had that first conversation not settled it, what would you have done "
                    "next, and who would have known?" if answer is SETTLED else
                    "when you took it further, did the person you disagreed with know before "
                    "you did, and how did they take it?")


@pytest.mark.parametrize("panel", PANELS)
def test_an_outcome_is_never_asked_after_as_if_untold(panel: str) -> None:
    asked = [f for answer in (SETTLED, ESCALATED) for f in review(answer, panel).follow_ups]
    assert not any(re.search(r"what happened|in the end|how did it (?:end|turn out)",
                             _unquoted(f.question), re.IGNORECASE) for f in asked)
    results = [f for f in asked if f.criterion == "result-and-reflection"]
    assert results, "no panel here asks about the result: the case no longer tests the rule"
    assert all(f.question.endswith("how did you know whether what you did worked, and what "
                                   "would you do differently next time?") for f in results)


@pytest.mark.parametrize("panel", PANELS)
def test_an_answer_without_a_story_is_asked_for_one(panel: str) -> None:
    for follow_up in review(IMAGINED, panel).follow_ups + review(VIEWS, panel).follow_ups:
        assert ("can you tell me about one time this actually happened: when it was, what you "
                "did yourself, and ") in follow_up.question
        assert follow_up.question.endswith("?")


@pytest.mark.parametrize("panel", PANELS)
def test_nobody_else_is_presumed_in_a_story_told_alone(panel: str) -> None:
    for follow_up in review(ALONE, panel, competency="ownership").follow_ups:
        assert not re.search(r"\b(?:he|she|him|her|they|them|their|your manager)\b",
                             _unquoted(follow_up.question), re.IGNORECASE), follow_up.question


OWNED = (
    "Situation: In 2023 I owned the data migration from our old billing database to Postgres "
    "at a logistics company.\nTask: Move 40 million invoice records over a weekend with no "
    "downtime for the finance team.\nAction: I wrote the migration scripts and tested them on "
    "a 5% sample, but I skipped a full dry run because we were behind schedule. That was my "
    "call. On Saturday night the job failed halfway because of a currency field that had "
    "three different formats in the old data. I rolled back, called my manager to tell her it "
    "was my mistake, and wrote the finance team a short note that Monday's reports would be a "
    "day late. I then wrote a validator that scanned every row for format problems, found "
    "1,800 bad records, and fixed them with the finance analyst.\nResult: We reran it the "
    "following weekend and it finished in 9 hours with zero data loss. Finance got their "
    "reports one day late.\nLearning: I now always do a full-volume dry run, and I added it to "
    "our team's migration checklist, which two other teams have used since."
)


@pytest.mark.parametrize("panel", PANELS)
def test_a_criterion_at_the_top_anchor_is_not_asked_about_as_a_gap(panel: str) -> None:
    review = roundtable.review(OWNED, competency="failure", panel=panel)
    criteria = {c.id: c for c in get_competency("failure").criteria}
    final = {p.panelist: p.criteria for p in review.scores.panelists}
    for follow_up in review.follow_ups:
        if follow_up.criterion and final[follow_up.panelist][follow_up.criterion] >= 5:
            base = criteria[follow_up.criterion].follow_up
            assert base[1:].lower() not in follow_up.question.lower(), follow_up.question


@pytest.mark.parametrize(("manager", "presumes"), [
    # Someone told with a hedge is still someone in the story to ask about.
    ("My manager was probably unhappy about it at first.", False),
    ("", True),
])
def test_a_person_told_with_a_hedge_may_be_asked_about(manager: str, presumes: bool) -> None:
    answer = (f"Last month I rewrote the night rota for our ward. {manager} I kept the "
              "weekend shifts even, and sick days fell by a third over the next two months.")
    case, _ = prepare(parse_input(answer), "ownership", "product-trio")
    assert _presumes_too_much("What did she say when you showed her the rota?",
                              case) is presumes


ASKED_BOTH = """Interviewer: Tell me about a time you juggled competing priorities.
Candidate: I was duty manager at a 120-room hotel. One Saturday at 6pm a pipe burst on the \
third floor, a wedding party arrived forty minutes early, and the card machines went down. I \
shut the floor valve myself and called the plumber, gave the wedding party the bar lounge while \
housekeeping finished, and switched reception to the backup reader.
Interviewer: Outcome?
Candidate: The leak was stopped in twenty minutes, the wedding checked in by 7:15, and we lost \
no payments.
Interviewer: What did you learn from it?
Candidate: To sort by harm, not by noise. I still do it on every busy shift."""


def test_with_the_other_checks_used_the_check_left_is_one_the_interviewer_did_not_ask() -> None:
    # The interviewer asked how it came out and what they learned; the review's other
    # follow-ups took the checks that ask neither. What is left must not be asked again.
    case, _ = prepare(parse_input(ASKED_BOTH), "prioritization")
    used = {_CHECKS[0], _CHECKS[1], _CHECKS[3]}
    check = _check(case, used)
    assert not _asked_already(check, case), check
    assert check in used  # counted as used, so no other follow-up repeats it


ASKED_AGAIN = ASKED_BOTH + """
Interviewer: When did you last do the same thing, and did it work as well?
Candidate: Two weeks ago the lift failed during a conference check-in, and I sorted by harm \
again. It worked."""


def test_with_every_check_used_or_asked_the_one_left_is_not_one_the_interviewer_asked() -> None:
    """When the review has used every other check and the interviewer asked the rest, the
    check it falls back on is the one no ask of the interviewer's settles, never one the
    candidate has just answered."""
    case, _ = prepare(parse_input(ASKED_AGAIN), "prioritization")
    used = {c for c in _CHECKS if not _asked_already(c, case)}
    assert len(used) < len(_CHECKS), "the interviewer asked at least one check"
    check = _check(case, used)
    assert not _asked_already(check, case), check
