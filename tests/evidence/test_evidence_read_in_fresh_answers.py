"""Evidence read as fresh answers tell it, and what a review may say of it (round 71, from 24
whole answers and eight five-voice stories written for the round by writers who saw no code).

A teamwork story whose candidate said "let me talk to him first" when a teammate wanted to go to
the supervisor was flagged for waving input away; a captain's "fine, do the bags, and that was
it, no argument" was read as the candidate forcing a decision; "I am always honest with them, I
always explain everything" was called "a record without mistakes"; a sous chef's "we sort of
agreed he'd fire tickets as they came in, and I'd call him" earned nothing for the agreement;
"So, basically, I delivered it myself" on a film crew's shoot took no credit from anyone; a note's
"- Proposed: …, cancel last 5 trucks" became the story's outcome in the headline. Each rule is
pinned here in other words than the answers that showed it, beside a near miss that must not
move.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import roundtable
from roundtable.evidence.analysis import analyze
from roundtable.evidence.credit import introduces_self
from roundtable.evidence.reading import read_role, split_clauses
from roundtable.evidence.text import sentences


def _flags(text: str) -> set[str]:
    return {f.kind for f in analyze(text).flags}


def _kinds(text: str) -> set[str]:
    return {e.kind for e in analyze(text).evidence}


def _clause(text: str, words: str):  # type: ignore[no-untyped-def]
    return next(c for c in analyze(text).clauses if words in c.text)


@pytest.mark.parametrize(("text", "flag"), [
    # someone's wish to escalate met with an offer to speak first: hearing them out
    ("Dev wanted to go straight to the head chef, and I sort of said, let me talk to her first.",
     "dismissive"),
    # the other side's assent, told as the end of it
    ("She read the figures, said \"okay, run it,\" and that was that, no argument.", "steamroll"),
    # a way of working claimed as a habit
    ("Trust is very important for me. At the depot the drivers always think the office is "
     "cheating them on the overtime. I am always honest with the drivers, I always explain "
     "everything. There was one driver who still complained every month.", "never_fail"),
])
def test_words_near_a_flag_raise_none(text: str, flag: str) -> None:
    assert flag not in _flags(text)


@pytest.mark.parametrize(("text", "flag"), [
    # the near misses: input waved off, a decree, a record claimed through a habit
    ("I just let her talk and then did what I'd planned.", "dismissive"),
    ("Some of the nurses objected to the new handoff format, but I made it mandatory the next "
     "day, no discussion.", "steamroll"),
    ("I'm always careful, so I've never made a mistake at work.", "never_fail"),
    # the whole delivered alone, however it is said
    ("The director kept changing the shots. So, basically, I delivered it myself.",
     "sole_credit"),
    ("The producer was off with the client, so it really was just me holding it together.",
     "sole_credit"),
    ("Now he runs the payroll on his own, which is honestly down to me.", "sole_credit"),
    ("- Now does the stock count on his own → really down to me.", "sole_credit"),
    # the question's failure named, then none found
    ("- Time it didn't work out: can't really think of one.", "never_fail"),
    ("I run the tills at a garden centre. You asked about mistakes - honestly, I can't think of "
     "any.", "never_fail"),
    # fairness asked for by what the candidate was handed or what failed around them
    ("But to be fair, the form came through to me without the account number on it.", "blame"),
    ("The printer jammed and the courier was late, so it was a bit of a perfect storm really.",
     "blame"),
    ("I explained the grading many times. I think some people just don't want to trust, it is "
     "their character.", "blame"),
    # the other side given no say before the teller acted
    ("I was the sous chef. I didn't really give Priya the chance to argue it, I just binned the "
     "batch. We served at seven.", "dismissive"),
])
def test_a_flag_told_in_other_words_is_raised(text: str, flag: str) -> None:
    assert flag in _flags(text)


@pytest.mark.parametrize(("text", "flag"), [
    ("I delivered it myself to her door that evening.", "sole_credit"),
    ("- Time it didn't work out: the spring rota, when two of them quit.", "never_fail"),
    ("To be fair, the system was new to all of us, so I booked training for the team.", "blame"),
    ("To be fair to her, she had never been shown the form.", "blame"),
    ("I was the sous chef. I didn't let them down on the night. We served at seven.",
     "dismissive"),
])
def test_near_misses_of_the_new_flag_wordings_stay_clean(text: str, flag: str) -> None:
    assert flag not in _flags(text)


def test_the_rest_of_an_agreement_is_what_was_agreed_not_a_plan() -> None:
    text = ("So we sort of agreed she'd take the early deliveries, and I'd ring her when a van "
            "was ten minutes out.")
    assert _clause(text, "and I'd ring her").mode == "fact"
    assert "decision" in _kinds(text)
    # a plan offered stays a plan, and a thing going well is no agreement
    assert _clause("I offered to run the sync for a month, and then we'd decide.",
                   "and then we'd decide").mode == "hypothetical"
    assert "decision" not in _kinds("The move went okay in the end.")


def test_an_assent_said_aloud_is_a_decision() -> None:
    assert "decision" in _kinds("He rang the plant, and they said five could go, and he went, "
                                "okay.")
    assert "decision" in _kinds("She was like, fine, do the bags.")


def test_a_conflict_settled_with_a_spoken_adverb_counts_as_resolved() -> None:
    review = roundtable.review(
        "I was the sous chef and the head waiter, Marco, held tickets, so the kitchen got "
        "slammed. After one bad Friday I had a coffee with him and asked why. So we sort of "
        "agreed he'd fire tickets as they came in.", competency="conflict")
    resolution = next(c for c in review.scores.criteria if c.id == "resolution")
    assert any("sort of agreed" in q.quote for q in resolution.evidence)


def test_speed_needs_someone_moving() -> None:
    story = ("If I had to pick something, a customer's standing order didn't get set up. But "
             "the form came through without the reference, and the system was down for part of "
             "that afternoon. {step} I think things were better after that.")
    down = analyze(story.format(step="I flagged it to my colleague."))
    assert not any(e.kind == "speed" for e in down.evidence)
    quick = analyze(story.format(step="I rang the branch that afternoon and fixed it."))
    assert any(e.kind == "speed" for e in quick.evidence)


def test_a_note_line_headed_by_a_named_person_is_theirs() -> None:
    text = ("- Supervisor, 3 in the team.\n- Priya: joined as a trainee last spring.\n"
            "- Sat with Priya every Friday.\n")
    assert _clause(text, "joined as a trainee").actor == "other"
    assert _clause("- Monday: moved the braise to the slow oven.\n", "moved the braise"
                   ).actor == "candidate"


def test_the_parts_of_a_labelled_proposal_are_a_plan() -> None:
    text = "- Proposed: pour the 6 good bays today, stop-ends, cancel last 5 trucks.\n"
    last = _clause(text, "cancel last 5 trucks")
    assert (last.actor, last.mode) == ("candidate", "hypothetical")
    # a proposal told with its subject runs on as the story tells it
    told = ("I proposed: we keep the old supplier four more weeks, and I go back to the new one "
            "twice to fix the tooling.")
    assert _clause(told, "and I go back").mode != "hypothetical"


def test_what_if_proposes_and_is_not_cut() -> None:
    cut = [s.text for s in split_clauses(sentences(
        "And I said, what if we pour the six good bays today and cancel the rest?")[0])]
    assert not any(piece.startswith("if ") for piece in cut)
    cut = [s.text for s in split_clauses(sentences(
        "I said we would stop the line if the readings went over eight.")[0])]
    assert any(piece.startswith("if ") for piece in cut)


@pytest.mark.parametrize("text", [
    "Gary said no. And his thing was, like, the job was already two weeks behind.",
    "- Site manager said no to it.\n- His reason: job 2 wks behind, penalties for late handover.\n",
])
def test_the_other_sides_reason_told_aloud_or_noted_is_understood(text: str) -> None:
    assert "empathy" in _kinds(text)


def test_a_reason_dismissed_is_no_understanding() -> None:
    assert "empathy" not in _kinds("Honestly his reason was nonsense, so I went ahead.")


@pytest.mark.parametrize(("text", "role"), [
    ("So I went up to the flight deck in person rather than doing it over the headset.",
     "action"),
    ("Then I came down to the floor and took the calls myself.", "action"),
    ("Sales went up 12% over the quarter.", "result"),
    ("Complaints came down by half.", "result"),
])
def test_going_somewhere_is_a_step_and_a_level_moving_an_outcome(text: str, role: str) -> None:
    actor = "candidate" if " I " in f" {text}" else "none"
    assert read_role(text, actor, "fact", 0.6, None, False) == role


def test_the_team_worked_in_introduces_the_job() -> None:
    first = analyze("I worked in the council tax team at a London borough. Every spring the "
                    "letters went out.").clauses[0]
    assert introduces_self(first)
    step = analyze("I worked on the fix all night. By morning it held.").clauses[0]
    assert not introduces_self(step)


def _headline(text: str, competency: str) -> str:
    return roundtable.review(text, competency=competency).headline


def test_a_headline_lowers_a_word_that_opened_a_heading_line() -> None:
    text = ("Situation\nI was the charge nurse on a surgical ward.\n\nAction\nI asked the "
            "registrar for five minutes away from the bed and showed her the chart.\n\nResult\n"
            "The repeat test showed 84% on exertion, and she kept him in.")
    headline = _headline(text, "have-backbone")
    assert ", and The " not in headline


def test_a_headline_outcome_alone_names_who_did_it() -> None:
    text = ("Yeah so, I was on the phones at a water company, in billing. The thing that got me "
            "was callbacks. Yeah so my team leader, she said customers had been complaining about "
            "the wait for months. So what I started doing was keeping my own list. I did that for "
            "maybe two or three months. I think it helped. I definitely got fewer angry repeat "
            "calls, and one man wrote in and named me.")
    headline = _headline(text, "customer-obsession")
    assert ": They " not in headline and "The candidate definitely got" in headline


def test_a_headline_never_takes_a_notes_price_for_its_outcome() -> None:
    text = ("- Site engineer, concrete frame.\n- Refused to sign checklist for 3 bays.\n"
            "- Cost ~£1,300 (2nd pump visit) + ½ day on programme.\n")
    assert "and cost" not in _headline(text, "have-backbone")


def test_a_headline_never_opens_on_the_job() -> None:
    text = ("Situation\nI worked in the licensing team at a city council. Every spring the renewal "
            "letters went out and the phones rang for weeks.\n\nAction\nFirst I listened to "
            "forty recorded calls and tagged each one. Then I took it to the head of licensing as "
            "a trial, not a change.\n\nResult\nCalls from the trial area were 30% lower than "
            "from the rest.")
    headline = _headline(text, "influence")
    assert "worked in" not in headline and ", and calls from" in headline


def test_a_headline_never_opens_on_what_was_learnt() -> None:
    text = ("I was one of four on a group project. Li was absent for the first month. He had a "
            "lot going on, I found out later his dad was ill. So I met him for a coffee.")
    assert "found out" not in _headline(text, "teamwork")


DEVSET = Path(__file__).parent.parent / "data" / "devset"


def test_a_follow_up_after_its_topic_goes_on_in_lower_case() -> None:
    """"On the ownership side: What would you do…" was asked of 12 dev-set reviews."""
    for path in sorted(DEVSET.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line)
            for panel in ("product-trio", "engineering-loop", "hiring-manager"):
                review = roundtable.review(row["answer"], competency=row["competency"],
                                           question=row["question"], panel=panel)
                for follow_up in review.follow_ups:
                    head, _, rest = follow_up.question.partition(": ")
                    if head.startswith("On ") and '"' not in head and "“" not in head:
                        assert not rest[:1].isupper() or rest.startswith("I "), (
                            row["id"], follow_up.question)


SHIFT_LEAD = ("I was the shift lead at a distribution centre, and one of our drivers, Dave, kept "
              "skipping the pre-use checklist. I took him aside after the shift and asked why. We "
              "agreed he would start fifteen minutes earlier. He did the checks every day after "
              "that. About two months later, when we had a near miss with a loose chain on "
              "another truck, he came to me first and showed me how his check had caught the "
              "same fault on his own truck. I learned that people skip safety steps for "
              "practical reasons.")


def test_a_habit_kept_up_after_the_story_is_its_outcome() -> None:
    assert _clause(SHIFT_LEAD, "every day after that").role == "result"
    assert any(e.kind == "result" and "every day after that" in e.quote
               for e in analyze(SHIFT_LEAD).evidence)
    # the candidate's own habit is a practice kept, not what came of the story
    mine = SHIFT_LEAD.replace("He did the checks every day after that.",
                              "I checked his sheet every day after that.")
    assert _clause(mine, "every day after that").role != "result"


def test_a_time_clause_says_when_the_outcome_came_and_is_not_quoted_as_it() -> None:
    assert _clause(SHIFT_LEAD, "About two months later, when").role == "situation"
    assert _clause(SHIFT_LEAD, "he came to me first").role in ("result", "relationship")
    review = roundtable.review(SHIFT_LEAD, competency="ownership", panel="hiring-manager")
    for follow_up in review.follow_ups:
        assert "“About two months later, when" not in follow_up.question


def test_no_follow_up_presumes_the_candidate_made_a_conflict_worse() -> None:
    text = ("Our new case manager disagreed with how I scheduled the repair visits. I asked her "
            "what she would change, and she told me tenants were missing visits in working "
            "hours. I proposed evening slots for a trial month and she agreed. Missed visits "
            "dropped from 30% to 9% that month. She asked me to help plan the winter schedule.")
    for panel in ("product-trio", "engineering-loop", "hiring-manager"):
        review = roundtable.review(text, competency="conflict", panel=panel)
        assert not any("made the conflict worse" in f.question for f in review.follow_ups)


def test_a_step_said_with_just_can_lead_the_headline() -> None:
    text = ("I was the night manager at a hotel. The fire alarm panel showed a fault at 2am. I "
            "just rang the alarm engineer and walked every floor with the porter. By 3am the "
            "fault was cleared and no guest had to leave.")
    assert "rang the alarm engineer" in _headline(text, "ownership")


def test_a_headline_says_they_were_and_the_candidate_was() -> None:
    text = ("Yeah so, I was on the phones at a water company, in billing. The thing that got me "
            "was callbacks. My team leader said customers had been complaining for months. So "
            "what I started doing was keeping my own list. I did that for maybe two or three "
            "months. I think it helped. I was finally getting fewer repeat calls by March.")
    headline = _headline(text, "customer-obsession")
    assert "they was" not in headline.lower() and "The candidate was finally" in headline
