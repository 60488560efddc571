"""How a thin but real answer is read: its plain ending, its "we" and its scene.

Short answers told plainly ("It went fine and we were working Monday") hold real content in
forms the signposted rules missed. Each rule is shown on both sides: the wording it now reads,
and the nearby wording where the old reading stays right.
"""

from __future__ import annotations

import pytest

from roundtable.evidence.analysis import analyze
from roundtable.evidence.credit import credit
from roundtable.evidence.reading import Actor, Clause, Mode, Role, read_answer
from roundtable.evidence.text import Span, sentences

MOVE = ("Our bakery had to move its ovens over a long weekend. I rewired the proofing cabinet "
        "with an electrician. ")


def roles(answer: str) -> dict[str, str]:
    return {c.text.strip(" ."): c.role for c in read_answer(sentences(answer))}


def test_how_things_stood_in_the_last_sentence_is_how_the_story_ended() -> None:
    read = roles(MOVE + "The move went smoothly and we were baking again by Tuesday.")
    assert read["The move went smoothly"] == "result"
    assert read["and we were baking again by Tuesday"] == "result"
    # The same state earlier in the story sets the scene...
    read = roles("We were baking again by Tuesday, so the ovens had to move over the weekend. "
                 "I rewired the proofing cabinet with an electrician. The electrician billed us "
                 "for two days.")
    assert read["We were baking again by Tuesday"] == "situation"


@pytest.mark.parametrize("ending", [
    # ...the candidate's own state is no step of the story's ending...
    "I was exhausted by Tuesday.",
    # ...nor where a thing is...
    "The bakery was on the corner of Mill Street.",
    # ...and a clause hung on another is no ending of its own.
    "The electrician said the old wiring was unsafe, which was true.",
])
def test_a_last_sentence_that_tells_no_state_of_the_story_is_no_ending(ending: str) -> None:
    read = read_answer(sentences(MOVE + ending))
    last = [c for c in read if c.sentence == 2]
    assert last[-1].role != "result"


def test_a_subject_that_takes_in_the_whole_group_is_no_other_side() -> None:
    story = ("Our hall had to be repainted in two days. {} I did the ceilings with one other "
             "painter. It was done on Sunday.")
    assert roles(story.format("Everybody grabbed a roller."))["Everybody grabbed a roller"] \
        == "action"
    assert roles(story.format("My supervisor grabbed the rollers."))[
        "My supervisor grabbed the rollers"] == "dispute"


def test_a_state_told_with_a_participle_is_the_scene_not_a_move() -> None:
    story = ("On my shift {}. I took two of his tables and told the manager. He seemed fine a "
             "week later.")
    assert roles(story.format("one waiter was completely exhausted"))[
        "On my shift one waiter was completely exhausted"] == "situation"
    assert roles(story.format("one waiter walked out mid-service"))[
        "On my shift one waiter walked out mid-service"] == "dispute"


def test_what_the_team_had_sets_the_scene_and_a_meeting_it_had_is_a_step() -> None:
    story = "{} I rang a second printer and got a quote. My manager approved it the same day."
    assert roles(story.format("We had a printer who stopped answering our emails."))[
        "We had a printer who stopped answering our emails"] == "situation"
    assert roles(story.format("We had a meeting with the printer about the delays."))[
        "We had a meeting with the printer about the delays"] == "action"


def test_a_label_on_a_bullet_names_that_bullet_alone() -> None:
    notes = ("- Goal: move 300 patient files to the new records system\n- Files were in three "
             "formats\n- I wrote the converter\n- Done two days before the deadline")
    read = read_answer(sentences(notes))
    assert [c.role for c in read if c.sentence == 0] == ["task"]
    assert all(c.role != "task" for c in read if c.sentence > 0)
    # A heading on a line of its own heads the bullets under it.
    notes = "Result:\n- all 300 files moved\n- two days before the deadline"
    assert all(c.role == "result" for c in read_answer(sentences(notes)) if c.sentence > 0)


def we(text: str, role: Role = "action", mode: Mode = "fact", actor: Actor = "team") -> float:
    read = Clause(0, Span(0, len(text), text), actor, actor, mode, role)
    at = text.index("we ") if text.startswith("we ") else text.index(" we ") + 1
    return credit("collective_we", read, at, at + len(text[at:].split()[1]) + 3)


@pytest.mark.parametrize(("text", "role", "counted"), [
    # A step told as "we" may hide whose step it was...
    ("we repainted the hall over the weekend", "action", 1.0),
    ("the next morning we repainted the hall", "action", 1.0),
    # ...not a reciprocal, which needs more than one doer: no "I" could stand for it...
    ("we covered for each other when an order ran late", "action", 0.0),
    # ...nor a "we" in a relative clause that describes a thing.
    ("the paint we ordered was the wrong shade", "action", 0.0),
    ("so I called another printer we had used before", "action", 0.0),
])
def test_we_hides_a_part_only_where_i_could_stand_for_it(text: str, role: Role,
                                                        counted: float) -> None:
    assert we(text, role) == counted


def test_the_share_of_we_counts_only_the_we_that_hides_a_part() -> None:
    scene = "Our kitchen lost two cooks in one week. I took over the grill on both shifts. "
    shared = analyze(scene + "We covered for each other when orders ran late. It went fine and "
                             "we were on top of it by Friday.")
    hidden = analyze(scene + "We reorganised the prep lists and the rota. It went fine and we "
                             "were on top of it by Friday.")
    assert shared.narrative_share("collective_we") == 0.0
    assert hidden.narrative_share("collective_we") > 0.0


@pytest.mark.parametrize(("text", "shown"), [
    ("Our archive had to go digital. I scanned the boxes with a temp. We finished the "
     "scanning before the deadline.", True),
    # The same date as what had to be done is the task, not what came of it.
    ("Our archive had to go digital. We had to finish the scanning before the deadline. I "
     "scanned the boxes with a temp.", False),
    # A date named in what had to be done, with no finish told, is no date kept.
    ("Our archive had to go digital. I listed what the law required by the deadline and "
     "scanned the boxes with a temp.", False),
])
def test_a_date_kept_is_an_outcome(text: str, shown: bool) -> None:
    assert any(e.kind == "result" and e.strength > 0 for e in analyze(text).evidence) is shown


def test_our_manager_is_a_stakeholder_as_my_manager_is() -> None:
    kinds = {e.kind for e in analyze("We took the idea to our manager. She liked it and we "
                                     "ran a pilot.").evidence}
    assert "stakeholder" in kinds


@pytest.mark.parametrize(("text", "vague"), [
    # a compound names the thing: the experiment, the timetable, the shift, not a big time
    ("The night before a big time-course assay, our incubator failed.", False),
    ("She rebuilt the great timetable for the spring term.", False),
    # the same words standing alone are still the filler they were
    ("It was a big time for all of us.", True),
    ("We had some great experiences with that client.", True),
])
def test_a_filler_phrase_is_read_only_as_whole_words(text: str, vague: bool) -> None:
    assert ("vague" in analyze(text).sentences[0].kinds) is vague


@pytest.mark.parametrize(("text", "shown"), [
    ("When Omar went into hospital, three of us on the desk split his calls between us.", True),
    ("The rest of us shared out her Saturday deliveries among ourselves for a month.", True),
    # the work divided by someone else, or between others, is no one working together
    ("The supervisor divided the calls between the two shifts.", False),
    ("I split the orders between the drivers.", False),
])
def test_work_shared_out_between_us_is_collaboration(text: str, shown: bool) -> None:
    from roundtable.catalog.loader import competencies
    from roundtable.scoring.criteria import score_criterion

    criterion = next(c for c in competencies()["teamwork"].criteria if c.id == "collaboration")
    rationale = score_criterion(analyze(text), criterion).rationale
    assert ("competency-specific phrasing" in rationale) is shown


@pytest.mark.parametrize(("ending", "outcome"), [
    ("The morning handovers are much smoother now.", True),
    ("Our work together is better now.", True),
    # the same words as advice or as a rule of thumb tell no state the story left
    ("It is better now to ask the night nurse first.", False),
    ("Our work together is better when the night nurse writes them up.", False),
])
def test_the_state_the_story_left_told_in_the_present_is_its_outcome(ending: str,
                                                                     outcome: bool) -> None:
    read = analyze("The ward's handovers kept missing medication changes. I wrote a one-page "
                   "checklist with the charge nurse and we trialled it for a month. " + ending)
    assert ("result" in read.sentences[-1].kinds) is outcome


@pytest.mark.parametrize(("text", "shown"), [
    ("I rewrote the rota, rotating the closing shifts so nobody did three in a row.", True),
    ("After that we rotated who took the weekend nights across the whole ward.", True),
    # the shifts as they stood, or someone's turn on them, change nothing about the work
    ("The same two people always got the closing shifts.", False),
    ("I did my share of the weekend nights that winter.", False),
])
def test_hard_shifts_shared_out_in_turn_change_the_conditions_of_work(text: str,
                                                                      shown: bool) -> None:
    from roundtable.catalog.loader import competencies
    from roundtable.scoring.criteria import score_criterion

    criterion = next(c for c in competencies()["strive-to-be-earths-best-employer"].criteria
                     if c.id == "improved-conditions")
    rationale = score_criterion(analyze(text), criterion).rationale
    assert ("competency-specific phrasing" in rationale) is shown
