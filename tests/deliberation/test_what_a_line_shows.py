"""What a panelist says a quoted line shows is true of that line."""

from __future__ import annotations

import re

import roundtable
from roundtable.deliberation.reading import gather
from roundtable.ingest import parse_input
from roundtable.pipeline import prepare

ANSWER = (
    "When I joined my current team as a senior engineer, the code review culture was pretty "
    "relaxed. I disagreed, and not on taste. I wrote a one-page proposal with our escaped-defect "
    "numbers and took it to the team lead. She agreed to a two-reviewer rule for payment code. "
    "Escaped defects fell from 9 to 2 per quarter."
)
_SHOWS_DOING = re.compile(r"“([^”]*)”[^“]*?they say what they did themselves")


def test_only_a_step_the_candidate_took_is_called_what_they_did() -> None:
    for panel in ("product-trio", "engineering-loop", "hiring-manager"):
        review = roundtable.review(ANSWER, competency="insist-on-the-highest-standards",
                                   panel=panel)
        text = " ".join(t.text for r in review.rounds for t in r.turns)
        called = [m.group(1) for m in _SHOWS_DOING.finditer(text)]
        assert not [q for q in called if q.startswith(("When I joined", "I disagreed",
                                                       "She agreed"))], called


def test_saying_they_disagreed_is_not_called_naming_the_objection() -> None:
    review = roundtable.review(ANSWER, competency="insist-on-the-highest-standards")
    assert "named what they objected to" not in review.model_dump_json()


CUSTOMER = (
    "At my last job I was a support engineer and we had an enterprise customer, a hospital "
    "network, whose nurses kept getting logged out of the scheduling app during night shifts. "
    "Nobody on the product team thought it was a priority because it was just one customer. I "
    "spent a couple of evenings on calls with their night nurses and saw that the session "
    "timeout was 15 minutes but their shift handoffs took longer. I wrote up what I saw, with "
    "the ticket counts, 41 tickets in two months, and took it to the PM. She agreed to make the "
    "timeout configurable per customer. It shipped three weeks later and the tickets from that "
    "customer went to zero."
)


def test_a_line_that_only_names_the_customer_is_not_credited_as_acting_for_them() -> None:
    for panel in ("product-trio", "engineering-loop", "hiring-manager"):
        review = roundtable.review(CUSTOMER, competency="customer-obsession", panel=panel)
        credited = {q.quote for r in review.rounds for t in r.turns for q in t.evidence
                    if q.use == "credit" and q.criterion == "personal-action"}
        assert not [q for q in credited if q.startswith("Nobody on the product team")]


TRUST = (
    "When I joined as the analytics lead, the head of sales, Dana, didn't trust any number "
    "coming out of our team because the previous quarter's forecast had been off by 30%. "
    "The code review culture was pretty relaxed and people approved PRs without looking. "
    "The data showed most misses came from three deals. I asked her for thirty minutes and "
    "went through those deals with her. I told her plainly that one error was ours. The next "
    "quarter we landed inside the range, and Dana asked our team to build the territory plan."
)
# Each of these says the candidate did something; none is true of a line nobody in which is
# the candidate (or their team) telling what they did.
_DOING = ("they brought data", "they were candid about it", "they held work to a bar",
          "they say how they got the message across", "they took the other side's view seriously")


def test_what_someone_else_did_or_thought_is_not_said_to_be_the_candidates_doing() -> None:
    others = ("the head of sales, Dana", "didn't trust any number", "The code review culture",
              "The data showed")
    for competency in ("earn-trust", "insist-on-the-highest-standards"):
        for panel in ("product-trio", "engineering-loop", "hiring-manager"):
            review = roundtable.review(TRUST, competency=competency, panel=panel)
            text = " ".join(t.text for r in review.rounds for t in r.turns)
            for quoted, shown in re.findall(r"“([^”]*)”[^“]*?(?:shows|where) ([^,.;]*)", text):
                if any(o in quoted for o in others) and not any(
                        step in quoted for step in ("I asked", "I told", "we landed")):
                    assert not shown.startswith(_DOING), (quoted, shown)


def test_a_number_in_a_general_rule_is_not_called_setting_the_scene() -> None:
    answer = (
        "I run the returns desk at a garden centre. In April a customer, Mrs Okafor, brought "
        "back a hedge trimmer that kept cutting out. I opened two others from the same batch "
        "and both had a loose battery clip, so I pulled the batch of 30 from the shelf and "
        "rang the supplier. They replaced all 30 within the week and Mrs Okafor still buys "
        "her tools from us. What I took from it is if four customers are bringing back the "
        "same thing, it's probably one fault and not four."
    )
    case, _ = prepare(parse_input(answer), "customer-obsession", "product-trio")
    evidence = gather(case)
    lesson = [f for cid in evidence.criteria for f in evidence.findings[cid]
              if f.quote.quote.startswith("What I took from it")]
    assert lesson, "the lesson is credited somewhere"
    assert not [f for f in lesson if "situation" in f.kinds], [f.kinds for f in lesson]
