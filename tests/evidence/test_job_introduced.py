"""The candidate introducing their own job opens the scene and shows nothing else.

"I'm a team leader in customer care for an online mattress company" names who is telling the
story: the customers, numbers and people in it size the employer, not the problem, and a
criterion that quotes it ("The customer and their need", "Seeing effects beyond the customer")
says something untrue of the answer. The same words later in the story, or a clause that only
looks like an introduction ("I was a bit nervous in the meeting"), are read as before.
"""

from __future__ import annotations

import pytest

from roundtable.catalog import competencies
from roundtable.evidence.analysis import analyze
from roundtable.evidence.credit import introduces_self
from roundtable.scoring.criteria import score_criteria

INTRODUCTIONS = [
    "I'm a team leader in customer care for an online mattress company.",
    "Yes, so I was transport planner in a freight forwarding company near Lyon.",
    "I became head of maths at a secondary school in Swindon in September 2022.",
    "I was operations manager at a craft brewery that tripled output after a supermarket deal.",
    "I am production supervisor in a plastic injection factory, we make parts for cars.",
    "At the time I was the night pharmacist at a 300-bed hospital.",
    "I joined the council in 2019 as a senior planner for the northern district.",
    "When I joined the Harbourside as operations manager, the team had lost three managers.",
    "After I took over as shift lead on nights, the rota changed.",
    "I was the shift lead.",
    "Yeah, so I've been in car sales about six years, currently at a Volkswagen franchise.",
    "I've worked in hospital pharmacy for twelve years, most recently on nights.",
]
NOT_INTRODUCTIONS = [
    "I was a bit nervous in the meeting with the director.",
    "I was the one who found it in the logs on Friday.",
    "I became frustrated with the delays at the depot.",
    "I was honest with the customer about the refund.",
    "When I joined the call, the client was already angry.",
    "I've been in meetings with him for two years and he never once listened.",
]


@pytest.mark.parametrize("opening", INTRODUCTIONS)
def test_an_opening_job_introduction_is_read_as_one(opening: str) -> None:
    clause = analyze(f"{opening} Then the trouble started.").clauses[0]
    assert introduces_self(clause), clause.text


@pytest.mark.parametrize("opening", NOT_INTRODUCTIONS)
def test_a_clause_that_only_looks_like_one_is_not(opening: str) -> None:
    assert not any(introduces_self(c) for c in analyze(opening).clauses)


def test_an_introduction_told_late_in_the_story_is_a_step_of_it() -> None:
    """Past the opening, "I was made site manager for the second phase" is part of the
    story, and what it holds counts as before."""
    answer = ("The first phase overran by six weeks. I wrote up what went wrong. Then the "
              "director asked me to take it on. I was made site manager for the second phase "
              "at the Leeds depot.")
    assert not any(introduces_self(c) for c in analyze(answer).clauses)


def test_what_an_introduction_names_is_credited_to_nothing_but_the_scene() -> None:
    """The customers and the people in the introduction earn no criterion anything; the scene
    it sets and the specifics it gives still count, and the same words in a step still do."""
    answer = ("I'm a team leader in customer care for an online mattress company with 40,000 "
              "customers. A customer's mattress sagged after five months. I called her, "
              "refunded the £899 and asked the product team to test the batch.")
    analysis = analyze(answer)
    first = {e.kind for e in analysis.evidence if e.sentence == 0 and e.strength > 0}
    assert first <= {"situation", "metric", "named_entity", "timeframe"}, first
    later = {e.kind for e in analysis.evidence if e.sentence > 0 and e.strength > 0}
    assert {"customer", "action"} <= later, later


def test_the_numbers_of_an_introduction_are_no_outcome() -> None:
    """"I was sous chef at a busy bistro, about 180 covers on a Saturday" sizes the kitchen: a
    criterion of what came of the story does not quote it, as it quotes a number that did."""
    competency = competencies()["hire-and-develop-the-best"]
    answer = ("I was sous chef at a busy bistro, about 180 covers on a Saturday. Our new commis, "
              "Sam, froze on the grill. I paired him with me on Tuesdays and gave him the grill "
              "on quiet nights. He passed probation.{more}")
    for more, measured in (("", False), (" By spring he ran the grill alone on 150 covers.", True)):
        scores = {c.id: c for c in score_criteria(analyze(answer.format(more=more)), competency)}
        results = [c for c in scores.values() if "180 covers" in " ".join(
            q.quote for q in c.evidence) and c.rationale.count("metric")]
        assert not [c for c in results if c.id == "growth-outcome"], results
        assert ("metric" in scores["growth-outcome"].rationale) == measured, more


@pytest.mark.parametrize("sizing", [
    "I have four teams, around 30 engineers.",
    "I manage 14 pickers across two shifts.",
    "My team is six nurses and two healthcare assistants.",
    "We're a team of nine developers and a tester.",
])
def test_the_size_of_the_job_told_next_is_part_of_the_introduction(sizing: str) -> None:
    answer = f"I'm director of operations at a logistics firm in Leeds. {sizing} Then it broke."
    clauses = analyze(answer).clauses
    assert [introduces_self(c) for c in clauses if c.sentence == 1] == [True], sizing


@pytest.mark.parametrize("sentence", [
    # the task's time and the trouble are the story, not the job's size
    "I had three weeks to move 40 clients onto the new system.",
    "I had 40 complaints in the first week.",
])
def test_a_number_of_the_story_after_an_introduction_is_not(sentence: str) -> None:
    answer = f"I'm director of operations at a logistics firm in Leeds. {sentence} Then it broke."
    assert not any(introduces_self(c) for c in analyze(answer).clauses if c.sentence == 1)


def test_the_size_of_the_job_is_no_goal_but_may_be_the_constraint() -> None:
    """"I have four teams, around 30 engineers" is no measure of the goal the story sets; the
    same headcount is the constraint a frugality story asks for in numbers."""
    story = ("I'm head of engineering at a booking software company. I have four teams, around "
             "30 engineers. {body}")
    goal = story.format(body="I set the goal of taking self-serve revenue from £180k to £360k a "
                             "month by June, and we got there in eleven months.")
    scores = {c.id: c for c in score_criteria(analyze(goal), competencies()["deliver-results"])}
    assert not any("30 engineers" in q.quote for q in scores["goal-defined"].evidence)
    assert "metric" in scores["goal-defined"].rationale  # the goal's own number still counts
    lean = story.format(body="We got no budget for the migration, so I moved two engineers "
                             "onto it for a month and we reused the old test rigs.")
    scores = {c.id: c for c in score_criteria(analyze(lean), competencies()["frugality"])}
    assert any("30 engineers" in q.quote for q in scores["constraint-named"].evidence)
