"""Rules of the reader an interviewer relies on without thinking: a story told in the present is
still a past story, a bond told through a later visit is a bond, an aside does not end a
sentence, and a teammate's delay told as the scene of helping is no blame.

Each test is one short answer run through the real reader; each names the behaviour it pins.
"""

from __future__ import annotations

import pytest

from roundtable.evidence import flagging
from roundtable.evidence.analysis import analyze
from roundtable.evidence.reading import (
    cue_signals,
    later_bond,
    read_actor,
    read_answer,
    read_role,
    split_clauses,
    told_in_past,
)
from roundtable.evidence.text import Span, sentences


def _past_forms(answer: str) -> dict[str, str]:
    """What each narrated present verb of `answer` reads as, in the past."""
    forms = {}
    for clause in read_answer(sentences(answer)):
        edit = told_in_past(clause)
        if edit is not None:
            forms[answer[edit[0]:edit[1]]] = edit[2]
    return forms


def test_a_story_told_in_the_present_is_read_in_the_past_with_irregular_verbs() -> None:
    forms = _past_forms(
        "In 2021 I ran our billing team. One day the pipeline is failing. So I decide I take it. "
        "I catch the bug and we are playing it back with the client. He teaches me the trick. "
        "She goes to the director.")
    assert forms == {"is failing": "failed", "decide": "decided", "catch": "caught",
                     "are playing": "played", "teaches": "taught", "goes": "went"}


def _last_mode(answer: str) -> str:
    return read_answer(sentences(answer))[-1].mode


def test_a_present_telling_that_introduces_its_teller_and_turns_with_her_is_a_story() -> None:
    # "I'm a site nurse…" introduces the teller, and "she says… she thinks about it and agrees"
    # tells one person's turns, not anyone's habit; the same told with "usually", "normally"
    # and "always" is how things generally go.
    story = ("I'm a site nurse at a care home. It's a Sunday night and the agency carer doesn't "
             "turn up. I ring the manager on call and she says to manage with who we have. I "
             "tell her that isn't safe for the dementia wing. She thinks about it and agrees to "
             "call in a bank carer. The bank carer arrives by ten and we get through the night "
             "without a fall.")
    told = analyze(story)
    assert not told.has("hypothetical") and not told.has("no_story")
    assert [c.mode for c in told.clauses if c.text.startswith(("I ring", "I tell"))] == [
        "fact", "fact"]
    habit = ("I'm a site nurse at a care home. When an agency carer doesn't turn up, I usually "
             "ring the manager on call. Normally she says to manage with who we have, and I "
             "always tell her that isn't safe for the dementia wing. She generally agrees to "
             "call in a bank carer.")
    assert analyze(habit).has("no_story")


def test_a_step_in_the_present_is_a_step_when_the_story_around_it_is_past() -> None:
    # Three past clauses, one of them a denial, make a past story: "I go to my manager" is its
    # next step. With two, nothing says the answer is a story, and it reads as a habit.
    assert _last_mode("Our releases failed in March. I never accepted that. I wrote a "
                      "checklist. I go to my manager with it.") == "fact"
    assert _last_mode("Our releases failed in March. I wrote a checklist. I go to my manager "
                      "with it.") == "habitual"


def test_as_many_past_steps_as_habits_make_a_past_story() -> None:
    # Four past steps against four present clauses (the bare "I go to my manager" among them,
    # as the rules read it before the story is known): the story is past, and its present step
    # is a step. Two against three is an account of habits.
    assert _last_mode_of("Our releases failed in March. I wrote a checklist. I tested it on "
                         "staging. I timed every deploy. I go to my manager with it. We usually "
                         "ship on Fridays. I always check the logs first. I usually pair with "
                         "QA.", 4) == "fact"
    assert _last_mode_of("Our releases failed in March. I wrote a checklist. I go to my manager "
                         "with it. We usually ship on Fridays. I always check the logs first.",
                         2) == "habitual"


def _last_mode_of(answer: str, index: int) -> str:
    return read_answer(sentences(answer))[index].mode


def test_a_past_frame_and_two_past_steps_make_a_past_story() -> None:
    # ("Our releases failed weekly" would be a habit of the story, no past step: LABELS.md.)
    assert _last_mode("Last year our biggest release failed. I wrote a checklist. I go to my "
                      "manager with it.") == "fact"
    assert _last_mode("Our biggest release failed. I wrote a checklist. I go to my manager "
                      "with it.") == "habitual"


def test_a_habit_of_theirs_that_began_with_the_story_is_a_later_bond() -> None:
    assert later_bond("She still sends us a photo every year", "other", "habitual", 1.0, False)
    # The candidate's own habit is a boast about every story, not a bond this one left.
    assert not later_bond("I still send her a photo every year", "candidate", "habitual", 1.0,
                          False)


@pytest.mark.parametrize("when", [
    "When sales asked me about readiness",
    "and when the PM rang me about the date",
    "While the auditors were asking us for the files",
])
def test_a_turn_toward_the_candidate_that_times_a_step_is_no_bond(when: str) -> None:
    """"When sales asked me about readiness, I was transparent…" sets the time of the
    candidate's step; the same turn told as an event of its own still is one."""
    assert not later_bond(when, "other", "fact", 1.0, False)


def test_a_turn_told_as_its_own_event_is_still_a_bond() -> None:
    assert later_bond("Sales asked me to brief the whole team the next quarter", "other", "fact",
                      1.0, False)


def test_a_later_turn_toward_the_candidate_is_a_bond_only_when_told_not_reported() -> None:
    text = "She asked me to come with her to her new company"
    assert read_role(text, "other", "fact", 1.0, None, False) == "relationship"
    # Reported ("he said she asked me…"), it is someone's account, not the bond itself.
    assert read_role(text, "other", "fact", 1.0, None, True) != "relationship"


def test_a_later_turn_toward_the_candidate_is_relationship_evidence_with_no_bond_word() -> None:
    answer = ("Last year my manager wanted to skip the pilot. I disagreed and showed her the churn "
              "numbers, and she agreed to a four-week pilot. Churn dropped 12%. Six months later "
              "she asked me to come with her to her new company.")
    assert analyze(answer).has("relationship")


def test_a_teammates_delay_told_as_the_scene_of_helping_is_no_blame() -> None:
    scene = "Backend developer on my team was behind on his part of the API"
    assert "blame" not in {f.kind for f in analyze(
        f"{scene}, so I offered to take the auth endpoints.").flags}
    assert "blame" in {f.kind for f in analyze(
        f"{scene}, and that is why we missed the launch.").flags}


def test_the_learned_flag_reader_reads_a_clause_on_its_own() -> None:
    clause = read_answer(sentences(
        "Her team was a bunch of amateurs who couldn't organise anything."))[0]
    assert "contempt" in flagging.flags_of(clause, None)


def test_a_capitalised_opening_word_is_no_person() -> None:
    assert not flagging.mentions_others("Details matter; I like getting to the bottom of things.")
    assert flagging.mentions_others("I asked Priya for the numbers.")


def test_a_relative_who_or_whom_is_someone_else() -> None:
    assert read_actor("whom to call") == "other"
    assert read_actor("who called the client") == "other"


def test_a_lead_phrase_before_the_subject_is_a_cue_of_its_own() -> None:
    assert "stripped-lead" in cue_signals("Last year, the client called")
    assert "stripped-lead" not in cue_signals("The client called")


def _clauses(text: str) -> list[str]:
    return [s.text for s in split_clauses(Span(0, len(text), text))]


def test_no_clause_is_cut_inside_an_aside() -> None:
    text = "I disagreed (it would cost more, but I had checked) and told him so."
    assert _clauses(text) == [text]
    # After the aside closes, the next clause is cut as usual.
    assert _clauses("We cut two features (reports and exports, because nobody used them) and I "
                    "told the client.") == [
        "We cut two features (reports and exports, because nobody used them)",
        "and I told the client."]


def test_a_stray_bracket_on_a_later_line_does_not_swallow_a_stop() -> None:
    # The "(" of the first bullet never closes on its line; the ":)" two lines down is not its
    # closing bracket, so the stop after "outage" ends a sentence.
    answer = ("- We moved the job (after the outage. It was noisy\n"
              "- Then the alert was quiet :)\n"
              "- Done.")
    assert [s.text for s in sentences(answer)][:2] == ["- We moved the job (after the outage.",
                                                        "It was noisy"]



# One depot quarrel told in the present, three ways; each is placed in time and names its people,
# and each was read as a plan by one rule of how habits are told.
_QUARRELS = {
    # "each other" is who fought, not how often
    "each other": (
        "In March I'm shift lead at a parcel depot and two loaders, Sunil and Kasia, can't stand "
        "each other. They're blaming each other for missed vans and snapping at each other in "
        "front of the new starters. I take them aside one at a time in the canteen. It turns out "
        "Sunil is covering a second bay. I put both names on one board with who loads which van, "
        "and the missed vans drop from nine a week to one."),
    # a lesson looks back on the one event
    "a lesson": (
        "In March I'm shift lead at a parcel depot and two loaders, Sunil and Kasia, are at war "
        "over missed vans, and every late van costs us a penalty. I take them aside one at a "
        "time in the canteen. It turns out Sunil is covering a second bay. I put both names on "
        "one board with who loads which van, and the missed vans drop from nine a week to one. "
        "What I'd do differently is talk to them sooner."),
    # a fortnight passing counts as days and weeks do
    "a fortnight": (
        "I'm shift lead at a parcel depot and two loaders, Sunil and Kasia, are at war over "
        "missed vans. I take them aside one at a time in the canteen. It turns out Sunil is "
        "covering a second bay. A fortnight later I put both names on one board with who loads "
        "which van. Within two weeks the missed vans drop from nine a week to one."),
}


@pytest.mark.parametrize("story", list(_QUARRELS.values()), ids=list(_QUARRELS))
def test_a_present_telling_with_each_other_a_lesson_or_a_fortnight_is_one_story(
        story: str) -> None:
    told = analyze(story)
    assert not told.has("hypothetical") and not told.has("no_story")
    assert [c.mode for c in told.clauses if c.text.startswith("I take")] == ["fact"]


def test_the_same_quarrel_told_as_what_one_does_whenever_it_happens_stays_a_plan() -> None:
    # Neither "each other" nor a lesson nor a fortnight makes a routine one story.
    plan = ("When two of my loaders can't stand each other, I usually take them aside one at a "
            "time. I'd always ask what is really going on before I pick a side. I would put both "
            "names on one board with who loads which van. Normally within a fortnight it "
            "settles, and what I'd do differently each time is start sooner.")
    told = analyze(plan)
    assert told.has("hypothetical") or told.has("no_story")


def test_an_outcome_that_lasted_tells_a_story_with_the_step_before_it() -> None:
    # "After that she hit the cut-off every week" is the story's outcome told as the habit it
    # became; with the step before it, the answer tells something that happened.
    story = ("My new starter kept missing the cut-off. I gave her a slot on Thursday with Priya "
             "from planning. After that she hit the cut-off every week.")
    assert not analyze(story).has("no_story")
    # A routine with no step of one occasion stays no story.
    routine = ("New starters often miss the cut-off. People usually ask Priya from planning. "
               "After a while they hit the cut-off every week.")
    assert analyze(routine).has("no_story") or analyze(routine).has("hypothetical")
