"""A story told in the present after a habitual scene, a creed, a fault put away and a call made
again (round 67, from the studied halves of `voices-present.yaml` and `voices-present2.yaml`).

A spoken telling that opens on how things usually went ("normally we order fish every day") and
then tells one occasion had been read as a habit: its scene's words of habit were counted
against the story, so it was flagged as no story and scored up to two points below its plain
telling. A creed ("I've always believed the
customer is king") was read as a claim never to fail; notes that put the fault elsewhere ("Not
really our fault — head office sets rota") blamed no one where the prose telling did. Each rule
is pinned in other words than the answers that showed it, beside a near miss that must not move.
"""

from __future__ import annotations

import pytest

import roundtable
from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import read_mode

# One occasion told in the present after a scene of how things usually went, with the teller's
# job first, a named person's turn set off after their role, and time passing in weekends.
STORY = (
    "So I run the front desk at a small seaside hotel. Normally we check guests in one at a "
    "time, and every Saturday the queue goes right back to the door. Then the owner, Tomasz, "
    "comes over and says the reviews keep mentioning the wait. So I print the key cards the "
    "night before, and I set up a second laptop on the side table. I show the two part-timers "
    "how to use it. Three weekends in, the longest wait is down from forty minutes to about "
    "ten, and Tomasz puts the same setup in his other hotel."
)
# How the teller works, in the same present: steps under a condition ("When I see…, I stop the
# job there and then") and a portrait ("I hold myself to the same standard") tell no occasion.
HABIT = (
    "I'm a site engineer, and safety is my whole philosophy; I try to live it every day. I never "
    "sign off a scaffold without walking every lift myself, even when the contractor has a clean "
    "record. When I see someone working without a harness, I stop the job there and then. I hold "
    "myself to the same standard. My own method statements go through a checklist, and I review "
    "them quarterly even when nothing has changed. People sometimes call me strict."
)


def _flags(answer: str) -> set[str]:
    return {flag.kind for flag in analyze(answer).flags}


def test_a_habitual_scene_before_one_occasion_is_no_habit() -> None:
    review = roundtable.review(STORY, competency="customer-obsession")
    assert "hypothetical" not in {flag.kind for flag in review.flags}
    assert review.verdict.score >= 3.0


def test_a_way_of_working_in_the_present_is_still_no_story() -> None:
    assert "hypothetical" in _flags(HABIT)


@pytest.mark.parametrize("answer", [
    "So I manage a florist's. And I've always believed, like, the customer comes first, that's "
    "how I work. One Friday a bride rang upset, and I drove the flowers over myself.",
    "I've always loved a busy service. One Friday a bride rang upset, and I drove the flowers "
    "over myself.",
])
def test_a_creed_claims_no_record(answer: str) -> None:
    assert "never_fail" not in _flags(answer)


@pytest.mark.parametrize("answer", [
    "I've always hit my numbers, every single quarter. One Friday a bride rang upset.",
    # a creed's verb over a claim of being right is the claim itself
    "I've always believed I make the right calls. One Friday a bride rang upset.",
])
def test_a_record_or_being_right_still_denies_failing(answer: str) -> None:
    assert "never_fail" in _flags(answer)


@pytest.mark.parametrize("answer", [
    "- Ran the depot.\n- Bins missed twice.\n- Not really our fault — council changed the rota, "
    "never told us.\n- Apologised to residents.",
    "The bins were missed twice. It wasn't our fault, because the council changed the rota "
    "without telling anyone.",
])
def test_a_fault_put_away_onto_a_cause_blames(answer: str) -> None:
    assert "blame" in _flags(answer)


def test_care_given_though_not_at_fault_blames_no_one() -> None:
    answer = ("I ran the café. A kettle we sold broke after a week. Even though it wasn't our "
              "fault, I replaced it the same day and rang her after.")
    assert "blame" not in _flags(answer)


@pytest.mark.parametrize(("clause", "mode"), [
    ("Probably I do same again.", "hypothetical"),
    ("Honestly we make the same call again.", "hypothetical"),
    # a story told in the present doing it once more, with no weighing word
    ("Next day the printer jams and I do the same again.", "fact"),
])
def test_doing_it_all_again_weighed_in_the_present_is_imagined(clause: str, mode: str) -> None:
    assert read_mode(clause, "candidate") == mode


def test_rank_put_over_an_objection_forces_the_call_through() -> None:
    answer = ("Our quality lead wanted the full ten-day validation. She wasn't happy and put her "
              "concerns in writing, but as site manager it was my decision, and we shipped.")
    assert "steamroll" in _flags(answer)


def test_a_call_owned_with_no_one_overruled_forces_nothing() -> None:
    answer = ("The alarms kept firing. As the on-call lead it was my call, so I rolled back and "
              "told the team why.")
    assert "steamroll" not in _flags(answer)


@pytest.mark.parametrize("answer", [
    "- Store mgr, mid-sized supermarket. ~60 staff.\n- Freezer aisle flooded Sat morning.",
    "Night nurse on a surgical ward. Pumps alarming all shift.",
    "Transport planner, chilled-food distributor. On-time fell to 88%.",
    "- Pharmacy tech, nights.\n- Two rota clashes a week.",
    "- Assistant site manager\n- Inspector due at 11.",
    "Team leader, energy company call centre, 12 agents. Calls queued all morning.",
])
def test_a_job_named_bare_at_the_start_is_the_tellers_scene(answer: str) -> None:
    first = analyze(answer).clauses[0]
    assert (first.actor, first.role) == ("candidate", "situation")


@pytest.mark.parametrize("answer", [
    "Ops mgr Priya approved the trial. Then I ran it.",
    "Manager, Sam, was furious. I apologised.",
    "So my manager, she'd say yes to every change the client asked for.",
    "Engineers in the team complained about the pager. I rewrote the rota.",
])
def test_someone_elses_job_with_their_doing_stays_theirs(answer: str) -> None:
    assert analyze(answer).clauses[0].actor == "other"


@pytest.mark.parametrize("line", ["Hard, got through it.", "Tough week, but shipped on Friday."])
def test_how_it_went_opening_a_note_is_no_ones_name(line: str) -> None:
    answer = f"- Nurse on a respiratory ward for six weeks.\n- {line}"
    assert all(c.actor != "other" for c in analyze(answer).clauses)


def test_a_name_opening_a_note_is_still_someones() -> None:
    answer = "- Nurse on a respiratory ward for six weeks.\n- Priya pushed back on the rota."
    assert analyze(answer).clauses[-1].actor == "other"


@pytest.mark.parametrize(("line", "actor"), [
    # a step done to the teller, with no subject of its own, is someone else's
    ("- Site mgr: did fine, thanked me.", "other"),
    ("- Thanked me for the fix the next day.", "other"),
    # …where the teller's own subjectless steps stay theirs
    ("- Pulled the logs, emailed them to Sam.", "candidate"),
    ("- Asked site mgr for a buddy.", "candidate"),
])
def test_a_step_done_to_the_teller_is_someone_elses(line: str, actor: str) -> None:
    answer = f"- Nurse on a respiratory ward for six weeks.\n{line}"
    assert analyze(answer).clauses[-1].actor == actor
