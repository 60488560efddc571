"""What the synthesis names and where it falls back, on small real answers:

- a line where someone else turns to the candidate later is credit for the relationship
  afterwards, and the claim checker lets a panelist cite it for that (not for anything else);
- where the consensus says why two panelists still differ, the line it names is one the higher
  reader weighed and the lower did not;
- a panel with more people than the rubric has criteria still gets one follow-up each.
"""

from __future__ import annotations

import re

import pytest
from story_answers import rewrite

import roundtable
from roundtable.catalog.loader import get_competency, get_panel
from roundtable.catalog.schema import Competency, Panel
from roundtable.deliberation import deliberate
from roundtable.deliberation.phrasing import topic
from roundtable.ingest import parse_input
from roundtable.models import Review
from roundtable.pipeline import prepare
from roundtable.synthesis import build_consensus
from roundtable.synthesis.claims import check_review

PILOT = (
    "Last spring my manager wanted to cut the pilot from six weeks to two. I disagreed because "
    "our churn data showed customers dropping off in weeks three to five. I asked her for a 1:1 "
    "and showed her the cohort numbers, and she agreed to keep four weeks. We launched on time "
    "and churn in the pilot cohort dropped 12%."
)


def _support_rules(review: Review, text: str) -> set[str]:
    where = "rounds[0].turns[0]"
    return {v.rule for v in check_review(rewrite(review, where, text)) if v.where == where}


def test_a_later_turn_to_the_candidate_by_someone_else_supports_the_relationship() -> None:
    # Being asked back by the person you disagreed with is how a story shows the relationship
    # survived, though the candidate does nothing in that line: a panelist who credits it for
    # the relationship afterwards must not be told the line does not bear it out.
    line = "A month later the director asked me to present it at the regional meeting."
    review = roundtable.review(f"{PILOT} {line}", competency="have-backbone")
    credit = "There is also “{line}”, which puts {name} at 4 of 5."
    assert "score_without_support" not in _support_rules(
        review, credit.format(line=line, name="relationship afterwards"))
    # The same line is still no evidence of the grounds for disagreeing.
    assert "score_without_support" in _support_rules(
        review, credit.format(line=line, name="grounds for disagreeing"))


SHIFTS = (
    "At the warehouse where I was an operations manager, leadership decided to move one "
    "distribution centre from two shifts to three. I thought it was the wrong move because we "
    "did not have the staff for a night shift. I brought it up in our weekly meeting and I also "
    "talked to my manager about it. I think people understood where I was coming from, but the "
    "decision was made to go ahead. Once that happened, I committed to it and helped recruit "
    "and train the night team. In the end we hit our peak season numbers."
)
_APART = re.compile(r"(\w+) reads (.+?) higher than (\w+), weighing the line about (.+?)"
                    r"(?= and \w+ reads |$)")


def test_a_line_named_for_a_gap_is_one_only_the_higher_reader_weighed() -> None:
    # "Grace reads how it was raised higher than Kenji, weighing the line about the manager" is
    # read as the reason they differ: a line both of them weighed explains nothing, and sends
    # the hiring manager to the wrong part of the answer.
    case, _ = prepare(parse_input(SHIFTS), "have-backbone", "engineering-loop")
    debate = deliberate(case)
    summary = build_consensus(debate).summary
    apart = re.search(r"They still differ: (.*?)\. Final votes", summary)
    assert apart is not None, summary
    claims = _APART.findall(apart.group(1))
    assert claims, apart.group(1)
    readings = {r.persona.called: r for r in debate.readings}
    criteria = {c.name.lower(): c.id for c in debate.evidence.criteria.values()}
    for high, name, low, subject in claims:
        cid = criteria[name]
        named = [f.quote.start for f in debate.evidence.quotable(cid)
                 if topic(f.quote.quote) == subject]
        assert any(start in readings[high].weighed[cid]
                   and start not in readings[low].weighed[cid] for start in named), (
            high, name, low, subject)


def test_a_panel_larger_than_the_rubric_still_asks_one_question_each() -> None:
    # A hiring team may run a five-person loop against its own four-criterion rubric: once every
    # criterion has been asked about, the fifth interviewer still gets a question on a gap of
    # theirs rather than the whole review failing.
    backbone = get_competency("have-backbone").model_dump(by_alias=True)
    short = Competency.model_validate({**backbone, "id": "backbone-short",
                                       "criteria": backbone["criteria"][:4]})
    loop = Panel(id="five-loop", name="Five Loop", description="Five interviewers.",
                 personas=[*get_panel("product-trio").personas,
                           *get_panel("engineering-loop").personas[:2]])
    review = roundtable.review(PILOT, competency=short, panel=loop)
    asked = review.follow_ups
    assert [f.panelist for f in asked] == [p.id for p in loop.personas]
    assert {f.criterion for f in asked} == {c.id for c in short.criteria}
    assert len({f.question for f in asked}) == len(asked)


PAYROLL = ("I'm a payroll officer for a care company. One Thursday I saw that the night-shift "
           "rate hadn't been applied to about 140 people. My manager was on leave. I didn't "
           "wait for sign-off. I had the authority to reprocess, so I restored the rate table "
           "from the backup. I sent the file at 2:20. {outcome}")


def test_a_headline_names_a_step_not_what_the_candidate_was_allowed() -> None:
    headline = roundtable.review(PAYROLL.format(outcome="Everybody was paid on the Friday."),
                                 competency="bias-for-action").headline
    assert "had the authority" not in headline
    assert headline.startswith("How a Payroll Officer ")


@pytest.mark.parametrize("filler", ["But I mean", "And, you know,", "So, um,"])
def test_a_headline_outcome_leaves_speechs_fillers_out(filler: str) -> None:
    told = PILOT.removesuffix(" We launched on time and churn in the pilot cohort dropped 12%.")
    answer = f"{told} {filler} churn in the pilot cohort dropped 12%."
    headline = roundtable.review(answer, competency="have-backbone").headline
    assert headline.lower().endswith(" churn in the pilot cohort dropped 12%"), headline
    assert not re.search(r"\b(?:mean|know|um)\b", headline), headline


def test_a_person_named_with_a_title_is_named_whole_in_the_headline() -> None:
    answer = ("In my branch there is one old customer, Mr. K, he don't like new staff. One day "
              "the senior clerk is on holiday and he come to me. I explained him every step and "
              "I showed him the receipt. Next week he came back and asked me to open an account.")
    headline = roundtable.review(answer, competency="earn-trust").headline
    assert not re.search(r"\bMr\b(?!\. K)", headline), headline


def test_a_headline_outcome_may_be_what_was_put_right() -> None:
    headline = roundtable.review(PAYROLL.format(outcome="Everybody was paid correctly on the "
                                                        "Friday."),
                                 competency="bias-for-action").headline
    assert headline.endswith(", and everybody was paid correctly on the Friday"), headline


@pytest.mark.parametrize(("denial", "says"), [
    # A conflict that never grew is a denial of conflict, not of ever failing.
    ("I've never had a situation where it turned into a big issue, to be honest.",
     "denies having real conflicts"),
    # near miss: a mistake that never grew is still a denial of failing
    ("I've never made a mistake that turned into a big issue, to be honest.",
     "claims a record without mistakes"),
])
def test_a_denial_of_conflict_is_headlined_as_one(denial: str, says: str) -> None:
    answer = ("I'm quite an easy-going person. If I disagree with someone, I always try to talk "
              f"to them privately first. Usually I'll just say I see it differently. {denial}")
    headline = roundtable.review(answer, competency="conflict").headline
    assert says in headline, headline


@pytest.mark.parametrize(("line", "shown"), [
    # What the teller suspected, or a language they have, is no step to headline.
    ("I suspected the failed topics were mostly the calculation part.", "suspected"),
    ("I speak little bit Urdu from my grandmother, not perfect.", "spoke"),
])
def test_a_headline_names_no_suspicion_or_skill_as_the_step(line: str, shown: str) -> None:
    answer = ("The purser decide we move her to the seat near the front galley. I see she is "
              f"scared. {line} So after we move her I sit with her in my break and I explain "
              "every noise. When we land I walk with her until the ground staff.")
    headline = roundtable.review(answer, competency="customer-obsession").headline
    assert shown not in headline, headline
