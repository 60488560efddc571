"""How much a phrase may count given its clause's reading (credit.py), as a table.

Each row is a clause as the reader would read it (who acts, whose claim, its mode and role),
the phrase a pattern found in it, and the credit a careful interviewer would give. The clauses
are built here rather than read, so the table tests the credit rules alone: a change to how a
sentence is read cannot move it, and a change to what a reading earns fails it.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.credit import HEDGED, SHORTFALL, credit, credit_cue
from roundtable.evidence.reading import Actor, Clause, Mode, Role
from roundtable.evidence.text import Span


def clause(text: str, actor: Actor = "candidate", mode: Mode = "fact", role: Role = "action",
           owner: Actor | None = None, reported: bool = False, at: int = 100) -> Clause:
    return Clause(0, Span(at, at + len(text), text), actor, owner or actor, mode, role,
                  reported)


def found(kind: str, read: Clause, phrase: str) -> float:
    start = read.span.start + read.text.index(phrase)
    return credit(kind, read, start, start + len(phrase))


def cue(pattern: str, read: Clause, phrase: str) -> float:
    start = read.span.start + read.text.index(phrase)
    return credit_cue(pattern, read, start, start + len(phrase))


@pytest.mark.parametrize(("kind", "read", "phrase", "expected"), [
    # Behavior counts in the candidate's or the team's own clause, told as what happened.
    ("escalation", clause("I escalated it to the director"), "escalated", 1.0),
    ("escalation", clause("we escalated it to the director", "team"), "escalated", 1.0),
    ("escalation", clause("I think I escalated it to the director", mode="hedged"),
     "escalated", HEDGED),
    ("escalation", clause("I didn't escalate it", mode="negated"), "escalate", 0.0),
    # a guessed count hedges the number, not the doing; a doubt beside it still hedges
    ("deep_dive", clause("I listened to maybe forty calls", mode="hedged"), "listened", 1.0),
    ("deep_dive", clause("I probably listened to maybe forty calls", mode="hedged"), "listened",
     HEDGED),
    ("escalation", clause("I would escalate it", mode="hypothetical"), "escalate", 0.0),
    ("escalation", clause("I always escalate early", mode="habitual"), "escalate", 0.0),
    ("escalation", clause("she escalated it to the director", "other"), "escalated", 0.0),
    # What someone else does as the story's outcome is its result, not their behavior.
    ("escalation", clause("the director escalated it for us", "other", role="result"),
     "escalated", 1.0),
    # A habit told in the past happened ("we role-played twice a week for a month").
    ("mentoring", clause("we role-played the call twice a week", "team", mode="habitual"),
     "role-played", 1.0),
    # ...but a participle after "be" is a state, and a rule told with it no past at all.
    ("collaboration", clause("most rota clashes can be settled with a chat", "none",
                             mode="habitual", role="other"), "settled", 0.0),
    ("disagreement", clause("it's about being principled in how you disagree", "none",
                            mode="habitual", role="dispute"), "disagree", 0.0),
    # Praise or a reward from above is no bond and no step: the trust in "an award from the
    # trust" is a hospital, and the promoting in "I was promoted" was done to them.
    ("relationship", clause("my area manager thanked me in front of the whole shift", "other",
                            role="relationship"), "thanked me", 0.0),
    ("trust", clause("and I got a carer of the year award from the trust"), "trust", 0.0),
    ("mentoring", clause("and I was promoted to senior carer that spring"), "promoted", 0.0),
    ("relationship", clause("the resident's daughter thanked me at the door", "other",
                            role="relationship"), "thanked me", 1.0),
    # A pattern that reads its own negation has accounted for it.
    ("commitment", clause("I didn't relitigate the decision", mode="negated"),
     "didn't relitigate", 1.0),
    ("commitment", clause("I didn't relitigate the decision", mode="negated"),
     "relitigate", 0.0),
    ("disagreement", clause("I wouldn't sign off on it", mode="hypothetical"),
     "wouldn't sign off", 1.0),
    # A lesson stated as a rule about customers names no customer and no feedback heard...
    ("customer", clause("what I learned is that when a customer calls three times",
                        role="reflection"), "customer", 0.0),
    ("customer_feedback", clause("what I learned is that when a customer calls three times",
                                 role="reflection"), "customer calls", 0.0),
    # ...while a lesson that reports what customers said, or a customer in the story, does.
    ("customer_feedback", clause("I learned from the survey that customers had churned",
                                 role="reflection"), "survey", 1.0),
    ("customer", clause("I called the customer back that evening"), "customer", 1.0),
    # A lesson is not the behavior it names.
    ("data", clause("what I took from it is to bring the numbers", role="reflection"),
     "numbers", 0.0),
    # Reasons are often conditional: a hypothetical consequence is still an argument.
    ("grounds", clause("if it fell over, merchants wouldn't get paid", mode="hypothetical"),
     "merchants wouldn't get paid", HEDGED),
    ("grounds", clause("if it fell over, she said, merchants would leave", "other",
                       mode="hypothetical"), "merchants would leave", 0.0),
    # True whoever tells them, unless denied or imagined.
    ("decision", clause("she decided to keep the date", "other"), "decided", 1.0),
    ("decision", clause("she never decided anything", "other", mode="negated"), "decided",
     0.0),
    ("decision", clause("she would decide later", "other", mode="hypothetical"), "decide",
     0.0),
    ("influence", clause("maybe that convinced them", "none", mode="hedged"), "convinced",
     HEDGED),
    ("influence", clause("that did not convince them", "none", mode="negated"), "convince",
     1.0),
    ("customer_feedback", clause("the customer said it was faster", "other"),
     "said it was faster", 1.0),
    # Who the story is about, and plain properties of the text, count from anyone.
    ("customer", clause("the customer would never come back", "other", mode="hypothetical"),
     "customer", 1.0),
    ("metric", clause("it was not 40% faster", "none", mode="negated"), "40%", 1.0),
    ("situation", clause("he was running the team", "other", reported=True), "running", 1.0),
])
def test_behavior_and_facts(kind: str, read: Clause, phrase: str, expected: float) -> None:
    assert found(kind, read, phrase) == expected


@pytest.mark.parametrize(("read", "phrase", "expected"), [
    (clause("churn dropped 12%", "none", role="result"), "dropped", 1.0),
    (clause("I think churn dropped", "none", mode="hedged", role="result"), "dropped", HEDGED),
    # "We never had that outage again" is an outcome told as an absence.
    (clause("we never had that outage again", "team", mode="negated", role="result"), "again",
     1.0),
    (clause("churn never dropped", "none", mode="negated", role="action"), "dropped", 0.0),
    # Not knowing how it came out tells no outcome, whatever its words ("ended up").
    (clause("I'm not really sure what ended up happening with the rota", mode="negated",
            role="result"), "ended up", 0.0),
    (clause("I never found out whether the new labels stuck", mode="negated", role="result"),
     "stuck", 0.0),
    (clause("churn would have dropped", "none", mode="hypothetical", role="result"), "dropped",
     0.0),
    (clause("churn usually drops in May", "none", mode="habitual", role="result"), "drops",
     0.0),
    # An outcome that lasts, told in the present, is no habit.
    (clause("and two other depots now use the same sheet", "other", mode="habitual",
            role="result"), "use", 1.0),
    # A change given as a reason or as the scene is not the story's outcome.
    (clause("because churn dropped", "none", role="grounds"), "dropped", 0.0),
    (clause("churn had dropped the year before", "none", role="situation"), "dropped", 0.0),
    (clause("my goal was that churn dropped", role="task"), "dropped", 0.0),
    (clause("she insisted churn dropped", "other", role="dispute"), "dropped", 0.0),
    # A change that sets the time or the condition of a lesson or a step is no outcome ("I
    # learned to look at | when things were booked"); one the story tells as its outcome is.
    (clause("when the wards were fully booked", "none", role="reflection"), "were fully booked",
     0.0),
    (clause("if sales dropped", "none", role="action"), "dropped", 0.0),
    (clause("when the rota went live, lateness dropped by half", "none", role="result"),
     "dropped", 1.0),
    # An outcome that went against them counts as a goal missed; complaints that fell are won.
    (clause("in the end the client was not happy with the dinner", "other", role="result"),
     "in the end", SHORTFALL),
    (clause("in the end complaints dropped by half", "none", role="result"), "dropped", 1.0),
    # The trouble still there at the end is a goal missed, however it is framed.
    (clause("in the next quarter the freight was still high, but a bit lower", "none",
            role="result"), "lower", SHORTFALL),
    (clause("the backlog remained a problem into the spring", "none", role="result"),
     "backlog", SHORTFALL),
    (clause("by spring the backlog was still falling every week", "none", role="result"),
     "falling", 1.0),
])
def test_results_count_only_where_an_outcome_is_told(read: Clause, phrase: str,
                                                     expected: float) -> None:
    assert found("result", read, phrase) == expected
    assert found("quantified_result", read, phrase) == expected


@pytest.mark.parametrize(("mode", "bond", "learning"), [
    ("fact", 1.0, 1.0),
    ("habitual", 1.0, 1.0),
    ("hedged", 0.5, HEDGED),
    ("hypothetical", 0.0, HEDGED),
    ("negated", 0.0, 0.0),
])
def test_relationships_and_lessons_by_mode(mode: Mode, bond: float, learning: float) -> None:
    read = clause("we still trust each other and I learned to ask early", mode=mode)
    assert found("relationship", read, "still") == bond
    assert found("trust", read, "trust each other") == bond
    assert found("learning", read, "learned") == learning


@pytest.mark.parametrize(("kind", "read", "expected"), [
    ("blame", clause("it was entirely their fault"), 1.0),
    # A counterfactual still blames; an imagined steamroll is no steamroll.
    ("blame", clause("if they had done their part we would have shipped",
                     mode="hypothetical"), 1.0),
    ("blame", clause("if it weren't for their late files we would have closed on time",
                     mode="hypothetical"), 1.0),
    # A risk weighed in a plain conditional faults no one, though its words are blame's.
    ("blame", clause("if their payroll run failed, 300 people would have to wait for pay",
                     mode="hypothetical"), 0.0),
    ("never_fail", clause("I'd have to pick something small", mode="hypothetical"), 1.0),
    ("steamroll", clause("I would go over her head", mode="hypothetical"), 0.0),
    ("contempt", clause("I never thought they were clueless", mode="negated"), 0.0),
    ("dismissive", clause("I didn't brush off their concerns", mode="negated"), 0.0),
    # Someone else's words, and someone else's conduct, are not the candidate's flag.
    ("contempt", clause("she said they were clueless", "other", reported=True), 0.0),
    ("contempt", clause("they were clueless", "other", owner="candidate"), 1.0),
    ("steamroll", clause("she went straight to the VP", "other"), 0.0),
    ("emotional", clause("he was furious", "other"), 0.0),
    ("emotional", clause("the whole thing made me furious", "other"), 1.0),
    ("emotional", clause("I was furious", reported=True), 1.0),
])
def test_red_flags_are_the_candidates_own_framing(kind: str, read: Clause,
                                                  expected: float) -> None:
    phrase = {"blame": "their", "never_fail": "pick something small", "steamroll": "over",
              "contempt": "clueless", "dismissive": "brush off", "emotional": "furious"}[kind]
    if kind == "steamroll" and read.actor == "other":
        phrase = "went straight"
    assert found(kind, read, phrase) == expected


@pytest.mark.parametrize(("pattern", "read", "phrase", "expected"), [
    (r"push(ed)? back", clause("I pushed back on the date"), "pushed back", 1.0),
    (r"push(ed)? back", clause("I think I pushed back", mode="hedged"), "pushed back", HEDGED),
    (r"push(ed)? back", clause("I didn't push back", mode="negated"), "push back", 0.0),
    (r"push(ed)? back", clause("I would push back", mode="hypothetical"), "push back", 0.0),
    # A cue that names no subject is the candidate's only in the candidate's own clause...
    (r"push(ed)? back", clause("she pushed back hard", "other"), "pushed back", 0.0),
    # ...one that names its subject says whose act counts, and an outcome counts from anyone.
    (r"(she|he|they) agreed to", clause("she agreed to keep four weeks", "other"),
     "she agreed to", 1.0),
    (r"renewed", clause("the client renewed for two years", "other", role="result"),
     "renewed", 1.0),
    # Reported words are the speaker's, never the candidate's behavior.
    (r"(she|he|they) agreed to", clause("she agreed to keep four weeks", "other",
                                        reported=True), "she agreed to", 0.0),
    # The lesson itself: "what I'd do differently", "now I always…".
    (r"differently", clause("next time I would do it differently", mode="hypothetical",
                            role="reflection"), "differently", 1.0),
    (r"always", clause("now I always write it down", mode="habitual", role="reflection"),
     "always", 1.0),
    (r"always", clause("I always write it down", mode="habitual", role="action"), "always",
     0.0),
    # Someone else's practice changed for good is a lasting outcome, told with "now"...
    (r"(she|he|they|the [\w-]+) now sends", clause(
        "The PM now sends any query straight to the regulatory lead", "other", mode="habitual",
        role="other"), "The PM now sends", 1.0),
    # ...and their habit told without it is only a habit.
    (r"(she|he|they|the [\w-]+) sends", clause(
        "The PM sends any query straight to the regulatory lead", "other", mode="habitual",
        role="other"), "The PM sends", 0.0),
])
def test_competency_cues(pattern: str, read: Clause, phrase: str, expected: float) -> None:
    assert cue(pattern, read, phrase) == expected


def test_a_number_that_sizes_what_a_step_chose_is_not_its_outcome() -> None:
    from roundtable.evidence.analysis import analyze

    story = ("Last spring our billing migration had to be live before the fiscal year closed, "
             "which gave us five weeks instead of ten. I sat down with the other engineers and "
             "we cut the scope to the three invoice types that covered 90% of volume. I took the "
             "reconciliation job myself and wrote a nightly diff against the old system. In week "
             "four the diff caught a rounding bug, and I fixed it. We went live two days early "
             "with zero billing errors.")
    results = [e.quote for e in analyze(story).of("quantified_result", "result")
               if e.strength > 0]
    assert results and all("invoice types" not in q for q in results)
    assert any("went live" in q for q in results)


def test_a_failure_owned_in_the_reflection_is_credited() -> None:
    # A pharmacy: the miss told under the lesson's heading is the candidate owning it.
    from roundtable.evidence.analysis import analyze

    story = ("Our pharmacy kept running out of insulin pens on Fridays. I rebuilt the weekly order "
             "around the clinic's appointment list and called the wholesaler to move our "
             "delivery to Thursday. We had no Friday shortages for the rest of the year. "
             "Reflection: I missed the pattern for a whole quarter because I only read the "
             "monthly totals.")
    analysis = analyze(story)
    assert analysis.clauses[-2].role == "reflection"
    assert any(e.kind == "failure_owned" and e.sentence == 3 for e in analysis.evidence)


@pytest.mark.parametrize(("read", "phrase", "expected"), [
    # A lesson that negates after it states itself is still the lesson...
    (clause("the lesson: pilot with the sceptic, not around them", mode="negated",
            role="reflection"), "lesson", 1.0),
    # ...a lesson negated before it is none.
    (clause("I never learned to ask early", mode="negated", role="reflection"), "learned", 0.0),
])
def test_a_lesson_counts_unless_its_negation_comes_first(read: Clause, phrase: str,
                                                          expected: float) -> None:
    assert found("learning", read, phrase) == expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # A miss in someone else's clause is the candidate's where its own words name them...
    ("nobody, including me, had checked the dates", "nobody, including me, had checked", 1.0),
    # ...not where the candidate comes up only later in the clause.
    ("nobody had checked the dates until the client rang me", "nobody had checked", 0.0),
])
def test_a_miss_in_their_clause_is_owned_only_in_its_own_words(text: str, phrase: str,
                                                               expected: float) -> None:
    assert found("failure_owned", clause(text, "other"), phrase) == expected
