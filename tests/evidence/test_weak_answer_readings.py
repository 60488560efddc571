"""What weak answers say in place of a story, read for what it is.

A weak answer often closes on the candidate's verdict on themselves ("I think it showed I stay
calm"), and pads a step with the time it cost or with "I also started". Each rule is shown on
both sides: the wording it now reads, and the nearby wording where the old reading stays right.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import Analysis, analyze
from roundtable.evidence.credit import steps_taken
from roundtable.evidence.reading import Clause, appraises_self, read_answer
from roundtable.evidence.text import sentences

FLOOD = ("A pipe burst above our archive room on a Sunday. I moved the boxes on the bottom "
         "shelves to the meeting room and called the facilities contractor. ")


def clause(answer: str, starts: str) -> Clause:
    return next(c for c in read_answer(sentences(answer)) if c.text.strip().startswith(starts))


@pytest.mark.parametrize("verdict", [
    "I think it showed that I keep a cool head when things go wrong.",
    "Honestly I feel I proved I can adapt when the plan falls apart.",
    "That proved I'm the one people turn to in a crisis.",
])
def test_a_verdict_on_oneself_is_told_outside_the_story(verdict: str) -> None:
    said = clause(FLOOD + verdict, verdict[:12])
    assert said.role == "other"
    assert appraises_self(said)
    # It is a claim about oneself, and the trait it names earns no credit as a step told.
    found = analyze(FLOOD + verdict)
    last = found.sentences[-1]
    assert "generic_claim" in last.kinds
    assert not [e for e in found.evidence if e.sentence == last.index
                and e.kind in ("adaptation", "ownership", "wellbeing") and e.strength > 0]


@pytest.mark.parametrize("owned", [
    # what the story showed them is a lesson...
    "I think it showed me that I should have moved the boxes on Friday.",
    # ...and what it showed they had done owns a miss: neither is a verdict on themselves
    "The insurer's report showed I had left the drain cover off.",
    "I think it showed that I had ignored the damp patch for weeks.",
])
def test_what_the_story_showed_about_a_miss_or_a_lesson_is_no_verdict(owned: str) -> None:
    said = clause(FLOOD + owned, owned[:12])
    assert not appraises_self(said)
    assert said.role != "other"


TILL = ("The till at our shop kept printing the wrong VAT on receipts, and customers were "
        "complaining. I rang the supplier and they sent a patch. ")


def test_the_time_a_step_cost_is_no_outcome_and_no_bond() -> None:
    story = TILL + ("I checked every receipt by hand before it went out, which took me an extra "
                    "half hour a day. The patch fixed it after a week.")
    cost = clause(story, "which took me")
    assert cost.role not in ("result", "relationship")
    found = analyze(story)
    assert not [e for e in found.evidence if e.kind in ("result", "relationship")
                and "half hour" in e.quote]


def test_what_a_step_brought_about_is_still_its_outcome() -> None:
    story = TILL + ("I rewrote the receipt template myself, which cut the complaints to none "
                    "within a week.")
    assert any(e.kind == "result" and "complaints" in e.quote for e in analyze(story).evidence)


def test_a_step_begun_late_in_the_story_is_no_outcome() -> None:
    story = TILL + ("I put a sign by the till telling customers to ask for a corrected copy. The "
                    "patch took a week to arrive. I also started, to be safe, checking the first "
                    "receipt of every shift myself.")
    begun = [e for e in analyze(story).evidence if e.kind == "result" and "checking" in e.quote]
    assert not begun
    # Others' trouble that eased is how the story came out.
    eased = TILL + ("I put a sign by the till telling customers to ask for a corrected copy. The "
                    "patch took a week to arrive. Complaints fell to almost none once it was in.")
    assert any(e.kind == "result" and "Complaints" in e.quote for e in analyze(eased).evidence)


@pytest.mark.parametrize(("told", "share"), [
    ("My part after that was mostly answering the phones.", "task"),
    ("My part on the night was keeping the families informed.", "task"),
])
def test_the_share_a_candidate_took_on_is_their_task(told: str, share: str) -> None:
    assert clause(FLOOD + told, told[:10]).role == share


def test_where_one_worked_is_the_scene_and_what_one_worked_on_a_step() -> None:
    story = "I worked as a porter at the county hospital. " + FLOOD
    assert clause(story, "I worked as").role == "situation"
    story = FLOOD + "I worked on the drying plan with the contractor."
    assert clause(story, "I worked on").role == "action"


def steps(answer: str) -> tuple[int, int]:
    return steps_taken(analyze(answer).clauses)


KENNEL = ("The kennels' booking system crashed on a bank holiday weekend. {} The owner phoned "
          "every customer. She moved the bookings to paper and she got a developer in. {}")


@pytest.mark.parametrize(("aside", "mine"), [
    # what happened to them, and watching someone else work, are no steps of theirs
    ("So I got called in.", "I watched how she calmed the angry owners."),
    # a share of someone else's step is theirs
    ("I helped her with the phone calls.", "I filled in the paper sheets."),
])
def test_being_called_watching_and_helping_are_not_the_candidates_steps(
        aside: str, mine: str) -> None:
    own, others = steps(KENNEL.format(aside, mine))
    assert own <= 1
    assert others >= 3


def test_taking_a_step_of_ones_own_still_counts() -> None:
    own, _ = steps(KENNEL.format("So I got the developer's number from a friend.",
                                 "I watched the error logs while he restored the database."))
    assert own == 2


def test_what_someone_knew_or_deserved_is_no_step_of_theirs() -> None:
    story = ("Our bakery's oven failed before a wedding order. I rang a hire firm and got a "
             "second oven by noon, and I rebuilt the baking order around it. I phoned the "
             "couple's planner so she knew what had changed. I thanked our junior baker in front "
             "of the owners, which he deserved more than anyone.")
    assert steps(story)[1] == 0
    # Her own move after the call is hers.
    moved = story.replace("so she knew what had changed", "and she moved the cake cutting")
    assert steps(moved)[1] == 1


def test_an_outcome_of_someone_elses_step_shows_less_of_the_candidates_work() -> None:
    story = ("Our payroll run failed on the last day of the month. I posted the error in the "
             "finance channel and I kept the staff updated. {} rolled the tax tables back and "
             "the payroll went out on time.")
    theirs = analyze(story.format("The vendor"))
    mine = analyze(story.format("I"))

    def outcome(found: Analysis) -> float:
        return max(e.strength for e in found.evidence if e.kind == "result")

    assert outcome(theirs) < outcome(mine)


def kinds_of(line: str) -> frozenset[str]:
    found = analyze(TILL + line)
    return found.sentences[-1].kinds


@pytest.mark.parametrize("effort", [
    "I worked long hours that month and kept pushing until the new till software was in.",
    "Honestly I worked really hard on it and never gave up.",
    "I was laser focused on the refunds every day.",
])
def test_effort_in_place_of_a_step_is_vague(effort: str) -> None:
    assert "vague" in kinds_of(effort)


@pytest.mark.parametrize("step", [
    "I worked the Saturday shift on the tills so the manager could call the supplier.",
    "I worked out which receipts were wrong from the VAT codes.",
    "I focused the refunds on customers who had paid by card.",
])
def test_a_step_that_names_what_was_done_is_not(step: str) -> None:
    assert "vague" not in kinds_of(step)


@pytest.mark.parametrize("rule", [
    "Some customers are just going to shout no matter what you do.",
    "Most people will always find something to complain about.",
    "I think the important thing is not to take it to heart.",
])
def test_a_rule_about_a_kind_of_person_is_a_generic_claim(rule: str) -> None:
    assert "generic_claim" in kinds_of(rule)


def test_what_some_customers_did_is_told() -> None:
    assert "generic_claim" not in kinds_of("Some customers asked for a refund by post.")


def test_taking_the_credit_for_the_work_others_did_is_sole_credit() -> None:
    story = TILL + ("The patch was installed by the supplier's engineer and the shop floor "
                    "staff reprinted the receipts, but the fix really came from me chasing them.")
    assert analyze(story).has("sole_credit")
    # Whose idea it was, told of someone else, takes no credit.
    shared = TILL + ("The patch was installed by the supplier's engineer, and the idea to "
                     "reprint the receipts mostly came from my manager.")
    assert not analyze(shared).has("sole_credit")


@pytest.mark.parametrize("praise", [
    "I've had plenty of positive feedback from my director about how I handle suppliers.",
    "My area manager rated me outstanding that year.",
    "I got a really good appraisal after that.",
])
def test_praise_told_to_vouch_for_oneself_is_a_generic_claim(praise: str) -> None:
    assert "generic_claim" in kinds_of(praise)


@pytest.mark.parametrize("feedback", [
    "We get a lot of feedback from customers by email, so I read through a month of it.",
    "The customers gave us good feedback on the corrected receipts.",
])
def test_feedback_the_story_tells_of_is_no_boast(feedback: str) -> None:
    assert "generic_claim" not in kinds_of(feedback)


@pytest.mark.parametrize("verdict", [
    "What this says about me is that I never let a deadline slide.",
    "I think it's a good example of how I handle pressure without fuss.",
    "It really shows how I keep everyone calm when the water is rising.",
    "I read the situation correctly from the very first call.",
])
def test_a_verdict_announced_before_it_is_given_is_told_outside_the_story(verdict: str) -> None:
    said = clause(FLOOD + verdict, verdict[:12])
    assert said.role == "other"
    assert appraises_self(said)


def test_the_verdict_a_frame_hands_on_is_a_habit_claimed_not_a_step() -> None:
    coda = ("I think what it shows is that when things go wrong I stay level, sort the jobs by "
            "urgency and keep everyone informed.")
    claimed = clause(FLOOD + coda, "when things go wrong")
    assert claimed.mode == "habitual"
    found = analyze(FLOOD + coda)
    assert not [e for e in found.evidence if e.sentence == found.sentences[-1].index
                and e.kind in ("action", "prioritization", "communication") and e.strength > 0]


def test_what_the_frame_goes_on_to_tell_in_the_past_is_still_the_story() -> None:
    coda = "It showed I can keep my head, and the insurer paid for the new shelving in a week."
    paid = clause(FLOOD + coda, "and the insurer paid")
    assert paid.mode == "fact"


@pytest.mark.parametrize("definition", [
    "For me, owning a problem means not waiting to be asked.",
    "I think that's what keeping calm in a crisis really looks like: being steady and keeping "
    "the trust of the people around you.",
    "That's what being a good neighbour is all about.",
    "I think good facilities work is really about knowing when to act and trusting your gut.",
])
def test_the_quality_defined_in_place_of_a_story_is_a_platitude(definition: str) -> None:
    said = clause(FLOOD + definition, definition[:12])
    assert said.role == "other"
    found = analyze(FLOOD + definition)
    last = found.sentences[-1]
    assert "generic_claim" in last.kinds
    # "keeping the trust of the people around you" defines a quality: no bond of the story's
    assert not [e for e in found.evidence if e.sentence == last.index
                and e.kind in ("trust", "relationship", "ownership") and e.strength > 0]


@pytest.mark.parametrize("told", [
    "To me, it was about six hours of lifting in all.",
    "For me, the hardest part was ringing the tenants.",
    "The argument is really about who pays for the new shelving.",
    # a lesson drawn, no quality defined
    "For me the lesson is to check the drains before we blame the pipes.",
])
def test_what_it_was_for_them_is_still_the_story(told: str) -> None:
    assert clause(FLOOD + told, told[:10]).role != "other"
